package org.partnergraph.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Signs a request in from {@code Authorization: Bearer <personal API token>}.
 * Deliberately not a bean: an AuthenticationProvider bean would displace the password
 * sign-in Spring Security builds from the UserDetailsService.
 */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final AccountService accounts;

	ApiTokenAuthenticationProvider(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String token = (String) authentication.getCredentials();
		UserAccount account = this.accounts.authenticateToken(token)
			.orElseThrow(() -> new BadCredentialsException("Invalid, expired or revoked API token"));
		var result = UsernamePasswordAuthenticationToken.authenticated(account.username(), null,
				AccountUserDetailsService.authorities(account));
		result.setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerToken.class.isAssignableFrom(authentication);
	}

	/** An API token not yet checked. */
	static final class BearerToken extends AbstractAuthenticationToken {

		private final String token;

		BearerToken(String token) {
			super(java.util.List.of());
			this.token = token;
		}

		@Override
		public Object getCredentials() {
			return this.token;
		}

		@Override
		public Object getPrincipal() {
			// The token names no user until it is checked; rate limiting keys on the
			// address instead.
			return "api-token";
		}

	}

}
