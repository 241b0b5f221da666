package org.partnergraph.analysis;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.partnergraph.problem.BusyException;
import org.partnergraph.timing.ServerTiming;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Results of the analyses, reused until the data changes. Keys include the projection's
 * key, which holds the data version, so an import makes every earlier entry unreachable;
 * the least used go when the cache is full.
 */
@Component
class ResultCache {

	private static final int MAX_ENTRIES = 64;

	private final Cache<Object, Object> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

	// Heavy computations at once, by default one per core: more would only share the
	// cores and slow
	// every one of them down. The rest wait their turn, up to the queue timeout.
	private final Semaphore computing;

	private final Duration queueTimeout;

	ResultCache(@Value("${partnergraph.analysis.max-concurrent:0}") int maxConcurrent,
			@Value("${partnergraph.analysis.queue-timeout:2m}") Duration queueTimeout) {
		int permits = maxConcurrent > 0 ? maxConcurrent : Math.max(1, Runtime.getRuntime().availableProcessors());
		this.computing = new Semaphore(permits, true);
		this.queueTimeout = queueTimeout;
	}

	/**
	 * The cached value for the key, computed and kept when absent or when
	 * {@code useCache} is false.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, boolean useCache, Supplier<T> compute) {
		if (useCache) {
			Object cached = this.entries.getIfPresent(key);
			if (cached != null) {
				return (T) cached;
			}
		}
		// Computed outside any lock, so a long betweenness does not hold up cached
		// answers; requests
		// beyond the cap wait their turn rather than multiply the load.
		long queued = System.nanoTime();
		acquire();
		ServerTiming.add("queue", queued);
		long started = System.nanoTime();
		try {
			T value = compute.get();
			ServerTiming.add("analysis", started);
			this.entries.put(key, value);
			return value;
		}
		finally {
			this.computing.release();
		}
	}

	private void acquire() {
		try {
			if (!this.computing.tryAcquire(this.queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new BusyException("The service is busy computing other analyses; try again in a minute.");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BusyException("The computation was interrupted; try again.");
		}
	}

}
