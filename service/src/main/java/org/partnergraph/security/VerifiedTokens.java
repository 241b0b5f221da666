package org.partnergraph.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * API tokens verified lately, so a script's every request does not cost a write
 * transaction (checking the token and marking it used): under 20 concurrent clients that
 * write was a large part of a cached answer's time. Only good tokens are kept, by hash,
 * for {@link CurrentAccounts#MAX_AGE} like the accounts themselves, and never past their
 * expiry; a bad token is looked up every time, so the sign-in throttle counts it as
 * before. The account behind a kept token is taken from {@link CurrentAccounts}, so
 * disabling it or changing its roles applies at the next request. Revoking a token in
 * this process applies at the next request too; another service process in front of the
 * same external database sees the revocation within {@code MAX_AGE}, as it sees account
 * changes. A token's {@code lastUsedAt} is written when it is verified, so at most
 * {@code MAX_AGE} late.
 */
@Component
class VerifiedTokens {

	// Tokens are few; the bound only keeps memory in check.
	private static final int MAX_ENTRIES = 10_000;

	private final AccountStore store;

	private final CurrentAccounts current;

	private final Clock clock = Clock.systemUTC();

	private final Cache<String, Verified> verified = Caffeine.newBuilder()
		.maximumSize(MAX_ENTRIES)
		.expireAfterWrite(CurrentAccounts.MAX_AGE)
		.build();

	// Bumped by every revocation, so a verification that raced with one is not kept.
	private final AtomicLong revocations = new AtomicLong();

	VerifiedTokens(AccountStore store, CurrentAccounts current) {
		this.store = store;
		this.current = current;
	}

	/** The account owning the live token with this hash, if any (enabled or not). */
	Optional<UserAccount> verify(String hash) {
		Verified known = this.verified.getIfPresent(hash);
		Instant now = this.clock.instant();
		if (known != null && (known.expiresAt() == null || known.expiresAt().isAfter(now))) {
			return this.current.find(known.username());
		}
		long revocationsBefore = this.revocations.get();
		Optional<AccountStore.TokenUse> use = this.store.useToken(hash);
		if (use.isPresent() && this.revocations.get() == revocationsBefore) {
			AccountStore.TokenUse token = use.get();
			this.verified.put(hash, new Verified(token.account().username(),
					token.expiresAt() == null ? null : token.expiresAt().toInstant()));
		}
		return use.map(AccountStore.TokenUse::account);
	}

	/** To be called once a token was deleted: every kept verification is dropped. */
	void revoked() {
		this.revocations.incrementAndGet();
		this.verified.invalidateAll();
	}

	private record Verified(String username, Instant expiresAt) {
	}

}
