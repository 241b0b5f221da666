package org.partnergraph.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.store.Projection;

/**
 * A part of a projection kept in memory: the nodes a predicate keeps and the links
 * between them. It is what the store would read with a country filter (a link counts for
 * a country when both ends operate in it) or for a view's focus, without reading again.
 */
final class SubNetwork {

	private SubNetwork() {
	}

	static Projection of(Projection projection, Predicate<Projection.Node> keep) {
		int[] index = new int[projection.nodes().size()];
		var nodes = new ArrayList<Projection.Node>();
		for (int i = 0; i < index.length; i++) {
			Projection.Node node = projection.nodes().get(i);
			index[i] = keep.test(node) ? nodes.size() : -1;
			if (index[i] >= 0) {
				nodes.add(node);
			}
		}
		if (nodes.size() == index.length) {
			return projection;
		}
		var builder = CompactGraph.builder(nodes.size());
		var links = new ArrayList<Projection.Link>();
		for (Projection.Link link : projection.links()) {
			int from = index[link.from()];
			int to = index[link.to()];
			if (from >= 0 && to >= 0) {
				builder.addLink(from, to, link.weight(), link.type().symmetric());
				links.add(new Projection.Link(link.id(), from, to, link.type(), link.weight(), link.start(), link.end(),
						link.status(), link.confidentiality()));
			}
		}
		return new Projection(builder.build(), List.copyOf(nodes), List.copyOf(links));
	}

}
