package org.partnergraph.analysis;

import java.util.List;
import java.util.Map;

/** The answers of the analysis endpoints. Scores that are undefined for a node are null. */
public final class AnalysisResults {

	private AnalysisResults() {
	}

	public record Centrality(String measure, boolean weighted, String direction, Integer samples,
			List<Score> scores) {
	}

	public record Score(String id, String name, String sector, Double score, int rank) {
	}

	public record Communities(String algorithm, double resolution, long seed, double modularity,
			List<Community> communities) {
	}

	public record Community(int id, List<String> members) {
	}

	public record StructuralHoles(List<HoleScores> nodes, List<String> articulationPoints,
			List<List<String>> bridges) {
	}

	public record HoleScores(String id, String name, String sector, Double constraint, Double effectiveSize,
			Double efficiency) {
	}

	public record Brokerage(String groupBy, List<BrokerScores> nodes) {
	}

	public record BrokerScores(String id, String name, String group, long coordinator, long itinerant,
			long gatekeeper, long representative, long liaison, long total, Map<String, Double> z) {
	}

	public record Summary(int nodes, int links, int ties, double density, int components, int largestComponentNodes,
			int diameter, Double averagePathLength, Double averageClustering, Double sectorAssortativity) {
	}

}
