package org.partnergraph.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The accounts as they are now, for the check every session-signed-in request makes
 * ({@link SessionAccountRefresh}), kept in memory so that check rarely costs a database
 * read. {@link AccountService} and {@link OidcAccountService} call {@link #changed} on
 * every change, so this process sees it on the next request; an entry is also read again
 * after {@link #MAX_AGE}, so several service processes in front of one external database
 * see each other's changes within that time.
 *
 * <p>
 * It also numbers the sign-ins of this process, so that disabling an account or changing
 * its password ends the sessions signed in before, even if the account is enabled again
 * before they make another request. (Sessions live in this process's memory, as do these
 * numbers.)
 */
@Component
class CurrentAccounts {

	/** How long a cached account is trusted before it is read again. */
	static final Duration MAX_AGE = Duration.ofSeconds(10);

	// Accounts are few; the bound only stops names that do not exist from filling memory.
	private static final int MAX_ENTRIES = 2_000;

	private final AccountStore store;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Cached> accounts = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	// Bumped by every change, so a read that raced with one is not cached.
	private long version;

	private final AtomicLong signIns = new AtomicLong();

	// Per account: sessions whose sign-in number is at most this one are ended.
	private final Map<String, Long> sessionsEndedUpTo = new ConcurrentHashMap<>();

	CurrentAccounts(AccountStore store) {
		this.store = store;
	}

	Optional<UserAccount> find(String username) {
		long versionBefore;
		Instant now = this.clock.instant();
		synchronized (this.accounts) {
			Cached cached = this.accounts.get(username);
			if (cached != null && cached.readAt.plus(MAX_AGE).isAfter(now)) {
				return cached.account;
			}
			versionBefore = this.version;
		}
		Optional<UserAccount> account = this.store.find(username);
		synchronized (this.accounts) {
			if (this.version == versionBefore) {
				this.accounts.put(username, new Cached(account, now));
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

	/** Ends every session of the account signed in until now (at its next request). */
	void endSessions(String username) {
		this.sessionsEndedUpTo.put(username, this.signIns.get());
		changed(username);
	}

	/** A number for a new sign-in, later than every one before. */
	long nextSignIn() {
		return this.signIns.incrementAndGet();
	}

	boolean sessionEnded(String username, long signIn) {
		Long endedUpTo = this.sessionsEndedUpTo.get(username);
		return endedUpTo != null && signIn <= endedUpTo;
	}

	private record Cached(Optional<UserAccount> account, Instant readAt) {
	}

}
