package org.partnergraph.store;

import java.time.LocalDate;
import java.util.List;

import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;

/**
 * A filtered part of the network the caller may see, loaded once into memory. Node
 * {@code i} of {@link #graph()} is {@code nodes().get(i)}; {@link #links()} keeps every
 * link with its type and dates for the analyses that need more than the collapsed graph.
 *
 * @param graph the links as a compact graph (parallel links collapsed, weights summed)
 * @param nodes what each node is
 * @param links every link, by node index
 */
public record Projection(CompactGraph graph, List<Node> nodes, List<Link> links) {

	/**
	 * Identifies what a projection was read from: the same data, the same filter, the
	 * same eyes. Results computed from a projection are cached under its key.
	 */
	public record Key(String dataVersion, NetworkFilter filter, List<String> visible) {
	}

	/** A stakeholder in the projection. */
	public record Node(String id, String name, String sector, String level, List<String> countries,
			List<String> themes) {
	}

	/** A link in the projection; {@code from} and {@code to} are node indexes. */
	public record Link(String id, int from, int to, LinkType type, double weight, LocalDate start, LocalDate end,
			String status, Confidentiality confidentiality) {
	}

	/** The index of the node with this id, or -1. */
	public int indexOf(String id) {
		for (int i = 0; i < this.nodes.size(); i++) {
			if (this.nodes.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

}
