package org.partnergraph.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The accounts as they are now, for the check every session-signed-in request makes
 * ({@link SessionAccountRefresh}). Kept in memory so that check costs no database read; every change
 * of an account goes through {@link AccountService} or {@link OidcAccountService}, which call
 * {@link #changed} so the next request sees it. One process owns the accounts (the embedded database,
 * or one service in front of an external one), so an in-process cache is enough.
 */
@Component
class CurrentAccounts {

	// Accounts are few; the bound only stops names that do not exist from filling memory.
	private static final int MAX_ENTRIES = 2_000;

	private final AccountStore store;

	private final Map<String, Optional<UserAccount>> accounts = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Optional<UserAccount>> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	// Bumped by every change, so a read that raced with one is not cached.
	private long version;

	CurrentAccounts(AccountStore store) {
		this.store = store;
	}

	Optional<UserAccount> find(String username) {
		long versionBefore;
		synchronized (this.accounts) {
			var cached = this.accounts.get(username);
			if (cached != null) {
				return cached;
			}
			versionBefore = this.version;
		}
		Optional<UserAccount> account = this.store.find(username);
		synchronized (this.accounts) {
			if (this.version == versionBefore) {
				this.accounts.put(username, account);
			}
		}
		return account;
	}

	/** Forgets what is known of the account, so its next request reads it again. */
	void changed(String username) {
		synchronized (this.accounts) {
			this.version++;
			this.accounts.remove(username);
		}
	}

}
