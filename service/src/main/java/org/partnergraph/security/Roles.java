package org.partnergraph.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the caller of the current request holds a role, counting the roles above it.
 */
public final class Roles {

	private Roles() {
	}

	/** True when the current caller has {@code role} or a role above it. */
	public static boolean currentHasAtLeast(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role held : Role.values()) {
				if (held.authority().equals(authority.getAuthority()) && held.ordinal() >= role.ordinal()) {
					return true;
				}
			}
		}
		return false;
	}

}
