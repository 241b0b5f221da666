package org.partnergraph.bridging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.Projection;

/**
 * The network suggestions are scored on: the projection (the ties the filter keeps, which
 * by default are the current ones) with the two facts it does not carry, each
 * organisation's subsector (for the fit table) and each link's evidence (for the
 * reasons).
 *
 * @param projection the filtered network
 * @param subsectors subsector by stakeholder id; absent when unknown
 * @param evidence evidence by link id; absent when unknown
 */
record BridgingNetwork(Projection projection, Map<String, String> subsectors, Map<String, String> evidence) {

	/** A network with no subsectors or evidence known, for measures on bare graphs. */
	static BridgingNetwork of(Projection projection) {
		return new BridgingNetwork(projection, Map.of(), Map.of());
	}

	/**
	 * The projection with the subsectors and evidence a snapshot of the same data holds.
	 */
	static BridgingNetwork of(Projection projection, NetworkSnapshot snapshot) {
		var subsectors = new HashMap<String, String>();
		snapshot.stakeholders().forEach(s -> {
			if (s.subsector() != null) {
				subsectors.put(s.id(), s.subsector());
			}
		});
		var evidence = new HashMap<String, String>();
		snapshot.links().forEach(l -> {
			if (l.evidence() != null) {
				evidence.put(l.id(), l.evidence());
			}
		});
		return new BridgingNetwork(projection, subsectors, evidence);
	}

	Projection.Node node(int index) {
		return this.projection.nodes().get(index);
	}

	String subsector(int index) {
		return this.subsectors.get(node(index).id());
	}

	String evidence(Projection.Link link) {
		return this.evidence.get(link.id());
	}

	/** Every link of the projection by the unordered pair of its ends. */
	Map<Long, List<Projection.Link>> linksByPair() {
		var byPair = new HashMap<Long, List<Projection.Link>>();
		for (Projection.Link link : this.projection.links()) {
			byPair.computeIfAbsent(pair(link.from(), link.to()), k -> new ArrayList<>()).add(link);
		}
		return byPair;
	}

	static long pair(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

}
