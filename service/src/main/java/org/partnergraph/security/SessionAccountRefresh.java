package org.partnergraph.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where a request's sign-in comes from, and the guarantee that a browser session holds
 * the rights its account has now:
 * <ul>
 * <li>a request carrying its own credentials ({@code Authorization: Basic} or
 * {@code Bearer}) is signed in by them or not at all: the session cookie it may also
 * carry is not looked at, which is what lets such requests skip the CSRF check safely
 * ({@link SecurityConfiguration#signsItselfIn});</li>
 * <li>a session's sign-in is checked against the account on every request: the roles and
 * the RESTRICTED grant are the current ones, and a session whose account is disabled,
 * deleted or has a new password, or was disabled since the session signed in, is
 * ended.</li>
 * </ul>
 * The account is read through {@link CurrentAccounts}, so the check costs no database
 * read.
 */
final class SessionAccountRefresh implements SecurityContextRepository {

	/**
	 * Session attribute: a fingerprint of the password the session was signed in with.
	 */
	static final String CREDENTIALS_STAMP = SessionAccountRefresh.class.getName() + ".CREDENTIALS";

	/**
	 * Session attribute: the number of its sign-in ({@link CurrentAccounts#nextSignIn}).
	 */
	static final String SIGN_IN = SessionAccountRefresh.class.getName() + ".SIGN_IN";

	private final RequestAttributeSecurityContextRepository requestAttributes = new RequestAttributeSecurityContextRepository();

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final CurrentAccounts accounts;

	SessionAccountRefresh(CurrentAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext inRequest = this.requestAttributes.loadDeferredContext(request);
		if (SecurityConfiguration.signsItselfIn(request)) {
			return inRequest;
		}
		return new DeferredSecurityContext() {

			private SecurityContext context;

			private boolean generated;

			@Override
			public SecurityContext get() {
				if (this.context == null) {
					if (!inRequest.isGenerated()) {
						this.context = inRequest.get();
					}
					else {
						DeferredSecurityContext inSession = SessionAccountRefresh.this.sessions
							.loadDeferredContext(request);
						this.context = inSession.isGenerated() ? inSession.get() : current(inSession.get(), request);
						this.generated = this.context.getAuthentication() == null;
					}
				}
				return this.context;
			}

			@Override
			public boolean isGenerated() {
				get();
				return this.generated;
			}

		};
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		this.requestAttributes.saveContext(context, request, response);
		this.sessions.saveContext(context, request, response);
		Authentication authentication = context.getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && signedIn(authentication)) {
			this.accounts.find(authentication.getName())
				.ifPresent(account -> session.setAttribute(CREDENTIALS_STAMP, credentialsStamp(account)));
			session.setAttribute(SIGN_IN, this.accounts.nextSignIn());
		}
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return this.requestAttributes.containsContext(request) || this.sessions.containsContext(request);
	}

	/**
	 * The session's sign-in as the account stands now, or an empty context after ending
	 * the session.
	 */
	private SecurityContext current(SecurityContext stored, HttpServletRequest request) {
		Authentication authentication = stored.getAuthentication();
		if (!signedIn(authentication)) {
			return stored;
		}
		HttpSession session = request.getSession(false);
		Optional<UserAccount> account = this.accounts.find(authentication.getName());
		if (session == null || account.isEmpty() || !account.get().enabled()
				|| !credentialsStamp(account.get()).equals(session.getAttribute(CREDENTIALS_STAMP))
				|| !(session.getAttribute(SIGN_IN) instanceof Long signIn)
				|| this.accounts.sessionEnded(authentication.getName(), signIn)) {
			return end(session);
		}
		List<GrantedAuthority> authorities = AccountUserDetailsService.authorities(account.get());
		if (names(authentication.getAuthorities()).equals(names(authorities))) {
			return stored;
		}
		Authentication refreshed;
		if (authentication instanceof UsernamePasswordAuthenticationToken) {
			refreshed = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
					authorities);
		}
		else if (authentication instanceof OAuth2AuthenticationToken oauth) {
			refreshed = new OAuth2AuthenticationToken(oauth.getPrincipal(), authorities,
					oauth.getAuthorizedClientRegistrationId());
		}
		else {
			// A kind of sign-in this service does not issue: safer to ask for a new one.
			return end(session);
		}
		if (refreshed instanceof org.springframework.security.authentication.AbstractAuthenticationToken token) {
			token.setDetails(authentication.getDetails());
		}
		SecurityContext context = new SecurityContextImpl(refreshed);
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		return context;
	}

	private static SecurityContext end(HttpSession session) {
		if (session != null) {
			try {
				session.invalidate();
			}
			catch (IllegalStateException alreadyInvalidated) {
				// Another request of the same session ended it first.
			}
		}
		return SecurityContextHolder.createEmptyContext();
	}

	private static boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static Set<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	// A fingerprint, not the hash itself: the session needs only to notice that the
	// password changed.
	private static String credentialsStamp(UserAccount account) {
		return account.passwordHash() == null ? "single-sign-on"
				: AccountService.hash(account.passwordHash()).substring(0, 32);
	}

}
