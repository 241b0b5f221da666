package org.partnergraph.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A brake on password guessing that cannot be turned against the people it protects.
 *
 * <ul>
 * <li>Per user name <em>and</em> address: after {@code max-login-failures} wrong
 * passwords for one name from one address, that address waits before it may try that name
 * again, 10 seconds at first, doubling with each further failure, at most
 * {@code lockout}. The same name from any other address is not slowed down, so a guesser
 * cannot lock the real person out.</li>
 * <li>Per address: after {@code max-address-failures} failures of any kind (wrong
 * passwords for any names, bad API tokens) within {@code lockout}, password sign-ins from
 * that address wait until the window has passed: a brake on trying many names, or many
 * passwords one each.</li>
 * <li>API tokens are never refused here: a valid token always works (a token is a 256-bit
 * secret; there is nothing to slow down).</li>
 * </ul>
 * The store is bounded and forgets the least recently used entries first; a blocked
 * address keeps its entry fresh with every attempt, so trying many names cannot push its
 * own block out.
 */
@Component
public class LoginThrottle {

	/** Entries kept (a few MB at most); past it the least recently touched goes first. */
	static final int MAX_KEYS = 50_000;

	/**
	 * The first wait once a name has failed too often from one address; each further
	 * failure doubles it.
	 */
	static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);

	private final SecuritySettings settings;

	private final Clock clock;

	private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
			return size() > MAX_KEYS;
		}

	};

	// Sign-ins running now, per name and address: how many with each password digest.
	// Guarded by the lock of failures.
	private final Map<String, Map<String, Integer>> inFlight = new HashMap<>();

	@Autowired
	LoginThrottle(SecuritySettings settings) {
		this(settings, Clock.systemUTC());
	}

	LoginThrottle(SecuritySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * How long a password sign-in for this name from this address must wait, if it must.
	 */
	public Optional<Duration> blockedFor(String address, String username) {
		Instant now = this.clock.instant();
		Instant until = null;
		synchronized (this.failures) {
			for (String key : new String[] { pairKey(address, username), addressKey(address) }) {
				Failures entry = key == null ? null : this.failures.get(key);
				if (entry != null && entry.blockedUntil != null && entry.blockedUntil.isAfter(now)
						&& (until == null || entry.blockedUntil.isAfter(until))) {
					until = entry.blockedUntil;
				}
			}
		}
		return Optional.ofNullable(until).map(end -> Duration.between(now, end));
	}

	/**
	 * Starts a password sign-in, or says how long it must wait. Sign-ins for one name
	 * from one address that run at the same time are counted as failures in advance, one
	 * per distinct password: a burst of parallel guesses gets no more tries than guesses
	 * one after another, while a script sending the same right password on parallel
	 * requests is never held back. Every start that returns empty must be followed by
	 * {@link #finish}.
	 * @param password a digest of the password tried, kept only while the sign-in runs
	 */
	public Optional<Duration> start(String address, String username, String password) {
		Optional<Duration> wait = blockedFor(address, username);
		String pair = pairKey(address, username);
		if (wait.isPresent() || pair == null) {
			return wait;
		}
		Instant now = this.clock.instant();
		synchronized (this.failures) {
			Map<String, Integer> running = this.inFlight.computeIfAbsent(pair, key -> new HashMap<>());
			int others = running.size() - (running.containsKey(password) ? 1 : 0);
			Failures entry = this.failures.get(pair);
			int failed = (entry == null || entry.last.plus(this.settings.lockout()).isBefore(now)) ? 0 : entry.count;
			if (failed + others + 1 > this.settings.maxLoginFailures()) {
				if (running.isEmpty()) {
					this.inFlight.remove(pair);
				}
				return Optional.of(Duration.ofSeconds(1));
			}
			running.merge(password, 1, Integer::sum);
		}
		return Optional.empty();
	}

	/** Ends a sign-in that {@link #start} let through; its outcome is recorded apart. */
	public void finish(String address, String username, String password) {
		String pair = pairKey(address, username);
		if (pair == null) {
			return;
		}
		synchronized (this.failures) {
			Map<String, Integer> running = this.inFlight.get(pair);
			if (running != null) {
				running.computeIfPresent(password, (key, count) -> count > 1 ? count - 1 : null);
				if (running.isEmpty()) {
					this.inFlight.remove(pair);
				}
			}
		}
	}

	/**
	 * A failed sign-in; {@code username} is null for a bad API token, which counts for
	 * the address only.
	 */
	public void failed(String address, String username) {
		Instant now = this.clock.instant();
		Duration window = this.settings.lockout();
		synchronized (this.failures) {
			String pair = pairKey(address, username);
			if (pair != null) {
				Failures entry = fresh(pair, now, window);
				entry.count++;
				int over = entry.count - this.settings.maxLoginFailures();
				if (over >= 0) {
					entry.blockedUntil = now.plus(backoff(over, window));
				}
			}
			String whole = addressKey(address);
			if (whole != null) {
				Failures entry = fresh(whole, now, window);
				entry.count++;
				if (entry.count >= this.settings.maxAddressFailures()) {
					entry.blockedUntil = entry.since.plus(window);
				}
			}
		}
	}

	/**
	 * A successful sign-in clears the name's failures from that address (not the
	 * address's own count).
	 */
	public void succeeded(String address, String username) {
		String pair = pairKey(address, username);
		if (pair != null) {
			synchronized (this.failures) {
				this.failures.remove(pair);
			}
		}
	}

	// The failures of a key, started afresh when the last one is older than the window.
	private Failures fresh(String key, Instant now, Duration window) {
		Failures entry = this.failures.get(key);
		if (entry == null || entry.last.plus(window).isBefore(now)
				&& (entry.blockedUntil == null || entry.blockedUntil.isBefore(now))) {
			entry = new Failures(now);
			this.failures.put(key, entry);
		}
		entry.last = now;
		return entry;
	}

	private static Duration backoff(int failuresOver, Duration longest) {
		Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failuresOver, 20));
		return wait.compareTo(longest) > 0 ? longest : wait;
	}

	private static String pairKey(String address, String username) {
		return username == null || username.isBlank() ? null : "user:" + username + "@" + address;
	}

	private static String addressKey(String address) {
		return address == null ? null : "address:" + address;
	}

	private static final class Failures {

		final Instant since;

		Instant last;

		int count;

		Instant blockedUntil;

		Failures(Instant since) {
			this.since = since;
			this.last = since;
		}

	}

}
