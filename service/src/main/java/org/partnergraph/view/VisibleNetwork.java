package org.partnergraph.view;

import java.util.List;

import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;

/**
 * A saved view as one reader may see it: the stakeholders and links its filters and focus
 * select among those the reader's levels allow, each node with its place and its degree
 * in this network. Everything in it (counts, degrees, positions) is computed from these
 * nodes and links alone, so nothing the reader may not see leaves a trace in it.
 *
 * @param nodes by id
 * @param edges by id
 * @param levels the levels it was read at
 */
public record VisibleNetwork(List<Node> nodes, List<Edge> edges, List<Confidentiality> levels) {

	/**
	 * @param degree the links it has in this network (parallel links each count, as in
	 * the explorer)
	 */
	public record Node(String id, String label, String acronym, Sector sector, List<String> countries, int degree,
			double x, double y) {
	}

	public record Edge(String id, String source, String target, LinkType type) {
	}

	/** Whether only PUBLIC data went into it. */
	public boolean publicOnly() {
		return this.levels.equals(List.of(Confidentiality.PUBLIC));
	}

}
