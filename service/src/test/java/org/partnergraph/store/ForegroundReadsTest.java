package org.partnergraph.store;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForegroundReadsTest {

	private final ForegroundReads reads = new ForegroundReads();

	@Test
	void withNoReadRunningTheWriterGoesOnAtOnce() {
		assertThat(this.reads.awaitNone(Duration.ZERO)).isTrue();
	}

	@Test
	void theWriterWaitsUntilTheLastReadEnds() throws Exception {
		this.reads.begin();
		this.reads.begin();
		CompletableFuture<Boolean> writer = CompletableFuture
			.supplyAsync(() -> this.reads.awaitNone(Duration.ofMinutes(1)));
		this.reads.end();
		Thread.sleep(100);
		assertThat(writer).isNotDone();
		this.reads.end();
		assertThat(writer.get(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void aReadThatDoesNotEndDelaysTheWriterOnlySoLong() {
		this.reads.begin();
		long started = System.nanoTime();
		assertThat(this.reads.awaitNone(Duration.ofMillis(200))).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

}
