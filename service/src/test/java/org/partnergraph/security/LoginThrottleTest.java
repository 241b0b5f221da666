package org.partnergraph.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's bookkeeping, on a clock the test moves. */
class LoginThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new SecuritySettings(false, 5, Duration.ofMinutes(15), 100, 12, true), this.clock);

	@Test
	void sprayingManyNamesDoesNotLiftALockout() {
		for (int i = 0; i < 6; i++) {
			attempt("198.51.100.1", "admin");
		}
		assertThat(this.throttle.blockedFor("198.51.100.1", "admin")).isPresent();
		// Many names tried from the blocked address itself do not get through...
		for (int n = 0; n < 20_000; n++) {
			attempt("198.51.100.1", "other-" + n);
		}
		// ...nor do five names each from 2,500 addresses, more keys than the old store
		// kept before it forgot
		// them all (and with them this lockout).
		for (int a = 0; a < 2_500; a++) {
			for (int n = 0; n < 5; n++) {
				attempt("10.0." + (a / 250) + "." + (a % 250), "name-" + a + "-" + n);
			}
		}
		assertThat(this.throttle.blockedFor("198.51.100.1", "admin")).isPresent();
	}

	// What the filter does: a blocked attempt is refused before it is checked, so it is
	// not a failure.
	private void attempt(String address, String username) {
		if (this.throttle.blockedFor(address, username).isEmpty()) {
			this.throttle.failed(address, username);
		}
	}

	/**
	 * Twenty guesses sent at once, before any of them has failed, get no more tries than
	 * five sent one after another; the same right password on parallel requests is never
	 * held back.
	 */
	@Test
	void parallelGuessesAreCountedBeforeTheyFail() {
		int started = 0;
		for (int guess = 0; guess < 20; guess++) {
			if (this.throttle.start("198.51.100.7", "admin", "guess-" + guess).isEmpty()) {
				started++;
			}
		}
		assertThat(started).isEqualTo(5);
		for (int request = 0; request < 20; request++) {
			assertThat(this.throttle.start("198.51.100.8", "script", "the-right-one")).isEmpty();
		}
		// Once they end, with a success, the name is free again.
		for (int request = 0; request < 20; request++) {
			this.throttle.finish("198.51.100.8", "script", "the-right-one");
		}
		this.throttle.succeeded("198.51.100.8", "script");
		assertThat(this.throttle.start("198.51.100.8", "script", "another")).isEmpty();
		// The five guesses fail: the name is now blocked from that address, not
		// elsewhere.
		for (int guess = 0; guess < 5; guess++) {
			this.throttle.finish("198.51.100.7", "admin", "guess-" + guess);
			this.throttle.failed("198.51.100.7", "admin");
		}
		assertThat(this.throttle.start("198.51.100.7", "admin", "guess-99")).isPresent();
		assertThat(this.throttle.start("203.0.113.5", "admin", "the-real-one")).isEmpty();
	}

	@Test
	void theWaitGrowsWithEachFurtherFailureUpToTheLockout() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("198.51.100.2", "maria");
		}
		Duration first = this.throttle.blockedFor("198.51.100.2", "maria").orElseThrow();
		this.clock.advance(first.plusSeconds(1));
		assertThat(this.throttle.blockedFor("198.51.100.2", "maria")).isEmpty();
		this.throttle.failed("198.51.100.2", "maria");
		Duration second = this.throttle.blockedFor("198.51.100.2", "maria").orElseThrow();
		assertThat(second).isGreaterThan(first);
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("198.51.100.2", "maria");
		}
		assertThat(this.throttle.blockedFor("198.51.100.2", "maria").orElseThrow())
			.isLessThanOrEqualTo(Duration.ofMinutes(15));
		// Elsewhere the same account is not blocked, and a success clears the pair.
		assertThat(this.throttle.blockedFor("203.0.113.2", "maria")).isEmpty();
		this.throttle.succeeded("198.51.100.2", "maria");
		assertThat(this.throttle.blockedFor("198.51.100.2", "maria")).isEmpty();
	}

	@Test
	void oneAddressFailingForManyNamesIsBlockedAsAWhole() {
		for (int i = 0; i < 200; i++) {
			this.throttle.failed("198.51.100.3", "someone-" + i);
		}
		assertThat(this.throttle.blockedFor("198.51.100.3", "someone-else")).isPresent();
		assertThat(this.throttle.blockedFor("198.51.100.4", "someone-else")).isEmpty();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
