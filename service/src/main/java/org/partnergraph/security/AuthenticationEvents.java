package org.partnergraph.security;

import org.partnergraph.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
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
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		String name = authentication instanceof ApiTokenAuthenticationProvider.BearerToken ? null
				: authentication.getName();
		this.throttle.failed(address, name);
		this.audit.recordAs(name == null ? "anonymous" : name, "login.failure", name,
				"from " + address + ": " + event.getException().getMessage());
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		this.throttle.succeeded(event.getAuthentication().getName());
		this.audit.recordAs(event.getAuthentication().getName(), "login", event.getAuthentication().getName(), null);
	}

}
