package org.partnergraph.analysis;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.partnergraph.problem.BusyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultCacheTest {

	@Test
	void aSecondComputationWaitsForTheFirstThenRuns() throws Exception {
		var cache = new ResultCache(1, Duration.ofSeconds(10));
		var started = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("a", true, () -> {
			started.countDown();
			await(release);
			return "A";
		}));
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get("b", true, () -> "B"));
		Thread.sleep(200);
		assertThat(second).isNotDone();
		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("B");
		// Cached now: no computation, no waiting.
		assertThat(cache.<String>get("a", true, () -> "again")).isEqualTo("A");
	}

	@Test
	void aComputationThatCannotStartInTimeIsBusy() throws Exception {
		var cache = new ResultCache(1, Duration.ofMillis(200));
		var started = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		CompletableFuture.supplyAsync(() -> cache.get("a", true, () -> {
			started.countDown();
			await(release);
			return "A";
		}));
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		assertThatThrownBy(() -> cache.get("b", true, () -> "B")).isInstanceOf(BusyException.class);
		release.countDown();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
