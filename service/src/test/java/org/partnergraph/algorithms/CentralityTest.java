package org.partnergraph.algorithms;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.partnergraph.algorithms.NumericAssertions.assertClose;

class CentralityTest {

	private static final double TOLERANCE = 1e-6;

	static Stream<Reference> references() {
		return Reference.ALL.stream().map(Reference::load);
	}

	// --- edge cases ---

	@Test
	void emptyGraphGivesEmptyArrays() {
		CompactGraph graph = CompactGraph.builder(0).build();
		for (Direction d : Direction.values()) {
			assertThat(Centrality.degree(graph, d, false)).isEmpty();
			assertThat(Centrality.betweenness(graph, d, false)).isEmpty();
			assertThat(Centrality.closeness(graph, d, true)).isEmpty();
			assertThat(Centrality.harmonic(graph, d, false)).isEmpty();
			assertThat(Centrality.pageRank(graph, d, false, 0.85)).isEmpty();
		}
		assertThat(Centrality.eigenvector(graph, false)).isEmpty();
		assertThat(Centrality.approximateBetweenness(graph, Direction.UNDIRECTED, false, 10, 1)).isEmpty();
	}

	@Test
	void singleNodeAsNetworkX() {
		CompactGraph graph = CompactGraph.builder(1).build();
		assertThat(Centrality.degree(graph, Direction.UNDIRECTED, false)).containsExactly(1.0);
		assertThat(Centrality.degree(graph, Direction.IN, false)).containsExactly(1.0);
		assertThat(Centrality.degree(graph, Direction.UNDIRECTED, true)).containsExactly(0.0);
		assertThat(Centrality.betweenness(graph, Direction.UNDIRECTED, false)).containsExactly(0.0);
		assertThat(Centrality.closeness(graph, Direction.UNDIRECTED, false)).containsExactly(0.0);
		assertThat(Centrality.harmonic(graph, Direction.UNDIRECTED, false)).containsExactly(0.0);
		assertThat(Centrality.pageRank(graph, Direction.UNDIRECTED, false, 0.85)).containsExactly(1.0);
		assertThat(Centrality.eigenvector(graph, false)).containsExactly(0.0);
	}

	@Test
	void twoLinkedNodes() {
		CompactGraph graph = CompactGraph.builder(2).addLink(0, 1, 2.0, false).build();
		assertThat(Centrality.degree(graph, Direction.UNDIRECTED, false)).containsExactly(1.0, 1.0);
		assertThat(Centrality.degree(graph, Direction.OUT, false)).containsExactly(1.0, 0.0);
		assertThat(Centrality.degree(graph, Direction.IN, false)).containsExactly(0.0, 1.0);
		assertThat(Centrality.betweenness(graph, Direction.UNDIRECTED, false)).containsExactly(0.0, 0.0);
		assertThat(Centrality.closeness(graph, Direction.UNDIRECTED, false)).containsExactly(1.0, 1.0);
		assertThat(Centrality.closeness(graph, Direction.UNDIRECTED, true)).containsExactly(2.0, 2.0);
		// NetworkX on a DiGraph: distances *to* the node; node 1 is reached from 0.
		assertThat(Centrality.closeness(graph, Direction.IN, false)).containsExactly(0.0, 1.0);
		assertThat(Centrality.closeness(graph, Direction.OUT, false)).containsExactly(1.0, 0.0);
		assertThat(Centrality.harmonic(graph, Direction.IN, false)).containsExactly(0.0, 1.0);
		assertThat(Centrality.pageRank(graph, Direction.UNDIRECTED, false, 0.85))
			.containsExactly(new double[] { 0.5, 0.5 }, within(1e-12));
		double[] eigen = Centrality.eigenvector(graph, false);
		assertThat(eigen[0]).isCloseTo(Math.sqrt(0.5), within(1e-12));
		assertThat(eigen[1]).isCloseTo(Math.sqrt(0.5), within(1e-12));
	}

	@Test
	void directedPathPageRankTreatsTheSinkAsDangling() {
		// 0 -> 1: node 1 is dangling and teleports uniformly, as NetworkX does.
		CompactGraph graph = CompactGraph.builder(2).addLink(0, 1).build();
		double[] rank = Centrality.pageRank(graph, Direction.OUT, false, 0.85);
		// x0 = 0.075 + 0.425 x1 and x0 + x1 = 1, so x0 = 0.5 / 1.425.
		assertThat(rank[0]).isCloseTo(0.5 / 1.425, within(1e-12));
		assertThat(rank[1]).isCloseTo(1 - 0.5 / 1.425, within(1e-12));
	}

	@Test
	void approximateBetweennessWithAllSamplesIsExact() {
		Reference karate = Reference.load("karate");
		CompactGraph graph = karate.graph();
		assertThat(Centrality.approximateBetweenness(graph, Direction.UNDIRECTED, false, 34, 1))
			.containsExactly(Centrality.betweenness(graph, Direction.UNDIRECTED, false));
	}

	@Test
	void approximateBetweennessIsRepeatableAndClose() {
		Reference ba = Reference.load("barabasi-albert-300");
		CompactGraph graph = ba.graph();
		double[] a = Centrality.approximateBetweenness(graph, Direction.UNDIRECTED, false, 150, 42);
		double[] b = Centrality.approximateBetweenness(graph, Direction.UNDIRECTED, false, 150, 42);
		assertThat(a).containsExactly(b);
		double[] exact = ba.values("undirected", "betweenness");
		double error = 0;
		for (int v = 0; v < exact.length; v++) {
			error = Math.max(error, Math.abs(a[v] - exact[v]));
		}
		assertThat(error).isLessThan(0.05);
	}

	// --- known answers from NetworkX ---

	@ParameterizedTest(name = "{0}")
	@MethodSource("references")
	void undirectedMatchesNetworkX(Reference ref) {
		CompactGraph g = ref.graph();
		Direction u = Direction.UNDIRECTED;
		assertClose(Centrality.degree(g, u, false), ref.values("undirected", "degree"), TOLERANCE, "degree");
		assertClose(Centrality.degree(g, u, true), ref.values("undirected", "strength"), TOLERANCE, "strength");
		assertClose(Centrality.betweenness(g, u, false), ref.values("undirected", "betweenness"), TOLERANCE,
				"betweenness");
		assertClose(Centrality.betweenness(g, u, true), ref.values("undirected", "betweennessWeighted"), TOLERANCE,
				"weighted betweenness");
		assertClose(Centrality.closeness(g, u, false), ref.values("undirected", "closeness"), TOLERANCE, "closeness");
		assertClose(Centrality.closeness(g, u, true), ref.values("undirected", "closenessWeighted"), TOLERANCE,
				"weighted closeness");
		assertClose(Centrality.harmonic(g, u, false), ref.values("undirected", "harmonic"), TOLERANCE, "harmonic");
		assertClose(Centrality.harmonic(g, u, true), ref.values("undirected", "harmonicWeighted"), TOLERANCE,
				"weighted harmonic");
		assertClose(Centrality.pageRank(g, u, false, 0.85), ref.values("undirected", "pagerank"), TOLERANCE,
				"pagerank");
		assertClose(Centrality.pageRank(g, u, true, 0.85), ref.values("undirected", "pagerankWeighted"), TOLERANCE,
				"weighted pagerank");
		assertClose(Centrality.eigenvector(g, false), ref.values("undirected", "eigenvector"), TOLERANCE,
				"eigenvector");
		assertClose(Centrality.eigenvector(g, true), ref.values("undirected", "eigenvectorWeighted"), TOLERANCE,
				"weighted eigenvector");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("references")
	void directedMatchesNetworkX(Reference ref) {
		CompactGraph g = ref.graph();
		assertClose(Centrality.degree(g, Direction.IN, false), ref.values("directed", "inDegree"), TOLERANCE,
				"in-degree");
		assertClose(Centrality.degree(g, Direction.OUT, false), ref.values("directed", "outDegree"), TOLERANCE,
				"out-degree");
		assertClose(Centrality.degree(g, Direction.IN, true), ref.values("directed", "inStrength"), TOLERANCE,
				"in-strength");
		assertClose(Centrality.degree(g, Direction.OUT, true), ref.values("directed", "outStrength"), TOLERANCE,
				"out-strength");
		assertClose(Centrality.betweenness(g, Direction.OUT, false), ref.values("directed", "betweenness"), TOLERANCE,
				"directed betweenness");
		assertClose(Centrality.betweenness(g, Direction.IN, false), ref.values("directed", "betweenness"), TOLERANCE,
				"directed betweenness, IN");
		assertClose(Centrality.betweenness(g, Direction.OUT, true), ref.values("directed", "betweennessWeighted"),
				TOLERANCE, "weighted directed betweenness");
		assertClose(Centrality.closeness(g, Direction.IN, false), ref.values("directed", "closenessIn"), TOLERANCE,
				"closeness IN");
		assertClose(Centrality.closeness(g, Direction.OUT, false), ref.values("directed", "closenessOut"), TOLERANCE,
				"closeness OUT");
		assertClose(Centrality.closeness(g, Direction.IN, true), ref.values("directed", "closenessInWeighted"),
				TOLERANCE, "weighted closeness IN");
		assertClose(Centrality.harmonic(g, Direction.IN, false), ref.values("directed", "harmonicIn"), TOLERANCE,
				"harmonic IN");
		assertClose(Centrality.harmonic(g, Direction.OUT, false), ref.values("directed", "harmonicOut"), TOLERANCE,
				"harmonic OUT");
		assertClose(Centrality.pageRank(g, Direction.OUT, false, 0.85), ref.values("directed", "pagerankOut"),
				TOLERANCE, "pagerank OUT");
		assertClose(Centrality.pageRank(g, Direction.OUT, true, 0.85), ref.values("directed", "pagerankOutWeighted"),
				TOLERANCE, "weighted pagerank OUT");
		assertClose(Centrality.pageRank(g, Direction.IN, false, 0.85), ref.values("directed", "pagerankIn"), TOLERANCE,
				"pagerank IN");
	}

}
