package org.partnergraph.analysis;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Results of the analyses, reused until the data changes. Keys include the projection's key, which
 * holds the data version, so an import makes every earlier entry unreachable; the least used go when
 * the cache is full.
 */
@Component
class ResultCache {

	private static final int MAX_ENTRIES = 64;

	private final Cache<Object, Object> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

	/** The cached value for the key, computed and kept when absent or when {@code useCache} is false. */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, boolean useCache, Supplier<T> compute) {
		if (useCache) {
			Object cached = this.entries.getIfPresent(key);
			if (cached != null) {
				return (T) cached;
			}
		}
		// Computed outside any lock: a long betweenness must not hold up cheap lookups of other keys.
		T value = compute.get();
		this.entries.put(key, value);
		return value;
	}

}
