package org.partnergraph.security;

import java.time.OffsetDateTime;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A local account. The password hash never leaves the service.
 *
 * @param username unique sign-in name
 * @param passwordHash the encoded password, or null for accounts that sign in only
 * through OIDC
 * @param roles what the account may do
 * @param enabled whether it may sign in
 * @param restrictedAccess whether it is granted RESTRICTED data (effective for ANALYST
 * and above)
 * @param createdAt when it was created
 */
public record UserAccount(String username, @JsonIgnore String passwordHash, Set<Role> roles, boolean enabled,
		boolean restrictedAccess, OffsetDateTime createdAt) {

	public UserAccount {
		roles = Set.copyOf(roles);
	}

}
