package org.partnergraph.bridging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Re-orders a ranked list so that it covers more organisations: within the first
 * {@code 10 k} places no organisation appears more than {@code 2 k} times (so at most
 * twice in the top 10, four times in the top 20...), on either side of the pair. Greedy:
 * each place takes the best remaining candidate whose two organisations are both under
 * their cap, and among equal scores the one whose organisations have appeared least;
 * failing that, the best whose partner is under its cap (a list asked for one
 * organisation of the first side can only repeat it); failing that, the best remaining
 * one. Within the caps the order of the scores is kept.
 */
final class Shortlist {

	static final int BLOCK = 10;

	static final int PER_BLOCK = 2;

	/** How far past the first eligible candidate to look for an equal score. */
	private static final int TIE_WINDOW = 500;

	private Shortlist() {
	}

	/**
	 * The first {@code limit} of {@code ranked} (best first), diversified by the
	 * {@code first} and {@code partner} organisation of each pair.
	 */
	static <T> List<T> diverse(List<T> ranked, ToDoubleFunction<T> score, Function<T, ?> first, Function<T, ?> partner,
			int limit) {
		var remaining = new LinkedList<>(ranked);
		var counts = new HashMap<Object, Integer>();
		var chosen = new ArrayList<T>(Math.min(limit, ranked.size()));
		while (chosen.size() < limit && !remaining.isEmpty()) {
			int cap = PER_BLOCK * (chosen.size() / BLOCK + 1);
			T both = null;
			int bothSeen = Integer.MAX_VALUE;
			int looked = 0;
			T partnerOnly = null;
			for (T candidate : remaining) {
				if (both != null
						&& (score.applyAsDouble(candidate) != score.applyAsDouble(both) || ++looked > TIE_WINDOW)) {
					break;
				}
				int partnerSeen = counts.getOrDefault(partner.apply(candidate), 0);
				int firstSeen = counts.getOrDefault(first.apply(candidate), 0);
				if (partnerSeen < cap && firstSeen < cap && partnerSeen + firstSeen < bothSeen) {
					both = candidate;
					bothSeen = partnerSeen + firstSeen;
				}
				if (partnerSeen < cap && partnerOnly == null) {
					partnerOnly = candidate;
				}
			}
			T pick = (both != null) ? both : (partnerOnly != null) ? partnerOnly : remaining.getFirst();
			remaining.remove(pick);
			counts.merge(partner.apply(pick), 1, Integer::sum);
			counts.merge(first.apply(pick), 1, Integer::sum);
			chosen.add(pick);
		}
		return chosen;
	}

}
