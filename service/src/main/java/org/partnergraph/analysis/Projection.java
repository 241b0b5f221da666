package org.partnergraph.analysis;

import java.util.List;

import org.partnergraph.analysis.internal.CompactGraph;

/**
 * A filtered part of the network, loaded once into a compact in-memory graph. Node {@code i} of
 * {@link #graph()} is {@code nodes().get(i)}.
 *
 * @param graph the links, as a compact graph
 * @param nodes what each node is
 */
record Projection(CompactGraph graph, List<Node> nodes) {

	/** A stakeholder in the projection. */
	record Node(String id, String name, String sector, List<String> countries) {
	}

}
