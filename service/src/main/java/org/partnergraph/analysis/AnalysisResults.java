package org.partnergraph.analysis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

import org.partnergraph.web.ReusedAnswer;

/**
 * The answers of the analysis endpoints. Scores that are undefined for a node are null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class AnalysisResults {

	private AnalysisResults() {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Centrality(String measure, boolean weighted, String direction, Integer samples,
			List<Score> scores) implements ReusedAnswer {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Score(String id, String name, String sector, Double score, int rank) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Communities(String algorithm, double resolution, long seed, double modularity,
			List<Community> communities) implements ReusedAnswer {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Community(int id, List<String> members) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record StructuralHoles(List<HoleScores> nodes, List<String> articulationPoints,
			List<List<String>> bridges) implements ReusedAnswer {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record HoleScores(String id, String name, String sector, Double constraint, Double effectiveSize,
			Double efficiency) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Brokerage(String groupBy, List<BrokerScores> nodes) implements ReusedAnswer {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record BrokerScores(String id, String name, String group, long coordinator, long itinerant, long gatekeeper,
			long representative, long liaison, long total, Map<String, Double> z) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Summary(int nodes, int links, int ties, double density, int components, int largestComponentNodes,
			int diameter, Double averagePathLength, Double averageClustering,
			Double sectorAssortativity) implements ReusedAnswer {
	}

}
