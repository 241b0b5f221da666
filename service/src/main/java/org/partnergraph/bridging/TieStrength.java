package org.partnergraph.bridging;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.partnergraph.store.Projection;

/**
 * How good a tie is for an introduction, from 0 to 1: strong (weight), recent (a tie that
 * ended years ago counts less) and open (a PUBLIC tie can be named to both sides; a
 * RESTRICTED one hardly). The best link of a pair is its tie.
 */
final class TieStrength {

	private final Map<Long, Double> strength = new HashMap<>();

	TieStrength(Projection projection, LocalDate today) {
		for (Projection.Link link : projection.links()) {
			double weight = link.weight() / (link.weight() + 1);
			double recency = 1.0;
			if (link.end() != null && link.end().isBefore(today)) {
				recency = 1.0 / (1.0 + ChronoUnit.DAYS.between(link.end(), today) / 365.25);
			}
			double openness = switch (link.confidentiality()) {
				case PUBLIC -> 1.0;
				case INTERNAL -> 0.6;
				case RESTRICTED -> 0.3;
			};
			this.strength.merge(key(link.from(), link.to()), 2 * weight * recency * openness, Math::max);
		}
	}

	/** The strength of the tie between two nodes, 0 when there is none. */
	double of(int a, int b) {
		return Math.min(1.0, this.strength.getOrDefault(key(a, b), 0.0));
	}

	private static long key(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

}
