package org.partnergraph.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address, and blocks further attempts from
 * either for a while once there are too many: a brake on password guessing.
 */
@Component
public class LoginThrottle {

	// Bounds memory when someone sprays many names; past it the oldest entries go first.
	private static final int MAX_KEYS = 10_000;

	private final SecuritySettings settings;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	LoginThrottle(SecuritySettings settings) {
		this(settings, Clock.systemUTC());
	}

	LoginThrottle(SecuritySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long the caller must wait, if either its address or the user name it tries is blocked. */
	public Optional<java.time.Duration> blockedFor(String address, String username) {
		Instant now = this.clock.instant();
		java.time.Duration longest = null;
		for (String key : keys(address, username)) {
			Deque<Instant> times = this.failures.get(key);
			if (times == null) {
				continue;
			}
			synchronized (times) {
				prune(times, now);
				if (times.size() >= this.settings.maxLoginFailures()) {
					var wait = java.time.Duration.between(now, times.peekFirst().plus(this.settings.lockout()));
					if (longest == null || wait.compareTo(longest) > 0) {
						longest = wait;
					}
				}
			}
		}
		return Optional.ofNullable(longest);
	}

	public void failed(String address, String username) {
		if (this.failures.size() > MAX_KEYS) {
			this.failures.clear();
		}
		Instant now = this.clock.instant();
		for (String key : keys(address, username)) {
			Deque<Instant> times = this.failures.computeIfAbsent(key, k -> new ArrayDeque<>());
			synchronized (times) {
				prune(times, now);
				times.addLast(now);
			}
		}
	}

	public void succeeded(String username) {
		if (username != null) {
			this.failures.remove("user:" + username);
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && times.peekFirst().plus(this.settings.lockout()).isBefore(now)) {
			times.removeFirst();
		}
	}

	private static java.util.List<String> keys(String address, String username) {
		var keys = new java.util.ArrayList<String>(2);
		if (address != null) {
			keys.add("address:" + address);
		}
		if (username != null && !username.isBlank()) {
			keys.add("user:" + username);
		}
		return keys;
	}

}
