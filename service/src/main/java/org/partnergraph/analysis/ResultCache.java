package org.partnergraph.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Projections and results, reused until the data changes. Keys include the data version, so an
 * import makes every earlier entry unreachable; the least recently used go when the cache is full.
 */
@Component
class ResultCache {

	private static final int MAX_ENTRIES = 64;

	private final Map<Object, Object> entries = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	/** The cached value for the key, computed and kept when absent or when {@code useCache} is false. */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, boolean useCache, Supplier<T> compute) {
		if (useCache) {
			synchronized (this.entries) {
				Object cached = this.entries.get(key);
				if (cached != null) {
					return (T) cached;
				}
			}
		}
		// Computed outside the lock: a long betweenness must not hold up cheap lookups.
		T value = compute.get();
		synchronized (this.entries) {
			this.entries.put(key, value);
		}
		return value;
	}

}
