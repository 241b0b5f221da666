package org.partnergraph.analysis;

import java.util.Locale;

import org.partnergraph.algorithms.Centrality;
import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.algorithms.Direction;

/**
 * The centrality measures, each with its algorithm and what it means to a reader. The
 * API, the page's choices and its legend all read this list (the page through
 * {@code GET /api/v1/meta}), so a measure is added here alone.
 */
public enum Measure {

	DEGREE("Degree", "How many partners an organisation has (share of all the others).", true) {
		@Override
		double[] compute(CompactGraph graph, Direction direction, boolean weighted) {
			return Centrality.degree(graph, direction, weighted);
		}
	},
	BETWEENNESS("Betweenness", "How often an organisation lies on the shortest path between two others: a broker.",
			true) {
		@Override
		double[] compute(CompactGraph graph, Direction direction, boolean weighted) {
			return Centrality.betweenness(graph, direction, weighted);
		}
	},
	CLOSENESS("Closeness", "How near an organisation is to all the others it can reach.", true) {
		@Override
		double[] compute(CompactGraph graph, Direction direction, boolean weighted) {
			return Centrality.closeness(graph, direction, weighted);
		}
	},
	HARMONIC("Harmonic", "Closeness that also counts organisations it cannot reach, as zero.", true) {
		@Override
		double[] compute(CompactGraph graph, Direction direction, boolean weighted) {
			return Centrality.harmonic(graph, direction, weighted);
		}
	},
	PAGERANK("PageRank", "Partners that are themselves well connected count for more.", true) {
		@Override
		double[] compute(CompactGraph graph, Direction direction, boolean weighted) {
			return Centrality.pageRank(graph, direction, weighted, 0.85);
		}
	},
	EIGENVECTOR("Eigenvector", "Influence through influential partners (undirected only).", false) {
		@Override
		double[] compute(CompactGraph graph, Direction direction, boolean weighted) {
			return Centrality.eigenvector(graph, weighted);
		}
	};

	private final String label;

	private final String description;

	private final boolean directed;

	Measure(String label, String description, boolean directed) {
		this.label = label;
		this.description = description;
		this.directed = directed;
	}

	/** The score of every node, in node order. */
	abstract double[] compute(CompactGraph graph, Direction direction, boolean weighted);

	/** The name in the API and the page, e.g. {@code pagerank}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	/** Whether the measure has directed variants ({@code direction=out|in}). */
	public boolean directed() {
		return this.directed;
	}

}
