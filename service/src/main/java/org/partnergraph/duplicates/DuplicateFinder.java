package org.partnergraph.duplicates;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.partnergraph.security.Visibility;
import org.partnergraph.store.GraphStore;
import org.springframework.stereotype.Service;

/**
 * The likely duplicates among what the current caller may see. Only visible stakeholders
 * are read and compared, so a hidden one neither appears in a pair nor changes the score
 * of a visible pair.
 *
 * <p>
 * The last answer is kept per data version and visibility: the explorer asks again each
 * time its list opens, and the network changes far less often.
 */
@Service
public class DuplicateFinder {

	/** Pairs below this score are not kept; lower requests are computed afresh. */
	static final double CACHED_FLOOR = 0.3;

	private final GraphStore store;

	private final AtomicReference<Cached> last = new AtomicReference<>();

	DuplicateFinder(GraphStore store) {
		this.store = store;
	}

	/** The pairs with at least {@code minScore}, best first. */
	public List<DuplicatePair> find(Visibility visibility, double minScore) {
		if (minScore < CACHED_FLOOR) {
			return DuplicateDetector.detect(this.store.stakeholders(visibility), minScore);
		}
		String version = this.store.dataVersion();
		Cached cached = this.last.get();
		if (cached == null || !cached.version().equals(version) || !cached.visible().equals(visibility.names())) {
			cached = new Cached(version, visibility.names(),
					DuplicateDetector.detect(this.store.stakeholders(visibility), CACHED_FLOOR));
			this.last.set(cached);
		}
		return cached.pairs().stream().filter(pair -> pair.score() >= minScore).toList();
	}

	private record Cached(String version, List<String> visible, List<DuplicatePair> pairs) {
	}

}
