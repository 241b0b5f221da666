package org.partnergraph.security;

import java.time.OffsetDateTime;
import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a person who signs in through OIDC to a local account of the same user name, so
 * roles and the RESTRICTED grant are managed in one place. A first sign-in creates the
 * account as VIEWER; a disabled account is refused.
 */
@Component
class OidcAccountService extends OidcUserService {

	private final AccountStore store;

	private final CurrentAccounts current;

	OidcAccountService(AccountStore store, CurrentAccounts current) {
		this.store = store;
		this.current = current;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);
		String nameClaim = user.getPreferredUsername() != null ? "preferred_username"
				: user.getEmail() != null ? "email" : "sub";
		String username = String.valueOf(user.getClaims().get(nameClaim));
		UserAccount account = this.store.find(username).orElseGet(() -> {
			var created = new UserAccount(username, null, Set.of(Role.VIEWER), true, false, OffsetDateTime.now());
			this.store.create(created);
			this.current.changed(username);
			return created;
		});
		if (!account.enabled()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"), "Account is disabled");
		}
		return new DefaultOidcUser(AccountUserDetailsService.authorities(account), user.getIdToken(),
				user.getUserInfo(), nameClaim);
	}

}
