package org.partnergraph.security;

import org.partnergraph.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds sign-in outcomes to the throttle and the audit log. */
@Component
class AuthenticationEvents {

	private final LoginThrottle throttle;

	private final AuditService audit;

	AuthenticationEvents(LoginThrottle throttle, AuditService audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		var authentication = event.getAuthentication();
		String address = address(authentication);
		String name = authentication instanceof ApiTokenAuthenticationProvider.BearerToken ? null
				: authentication.getName();
		this.throttle.failed(address, name);
		this.audit.recordAs(name == null ? "anonymous" : name, "login.failure", name,
				"from " + address + ": " + event.getException().getMessage());
	}

	// Every sign-in, by the form, Basic or a token: clears the failures of that name from
	// that address.
	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.throttle.succeeded(address(event.getAuthentication()), event.getAuthentication().getName());
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		this.audit.recordAs(event.getAuthentication().getName(), "login", event.getAuthentication().getName(), null);
	}

	private static String address(org.springframework.security.core.Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
