package org.partnergraph.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs local accounts in, for form login and HTTP Basic. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountStore store;

	AccountUserDetailsService(AccountStore store) {
		this.store = store;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.store.find(username)
			.filter(a -> a.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(authorities(account))
			.disabled(!account.enabled())
			.build();
	}

	static List<GrantedAuthority> authorities(UserAccount account) {
		var authorities = new ArrayList<GrantedAuthority>();
		account.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		if (account.restrictedAccess()) {
			authorities.add(new SimpleGrantedAuthority(Visibility.RESTRICTED_AUTHORITY));
		}
		return authorities;
	}

}
