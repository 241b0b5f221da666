package org.partnergraph.algorithms;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NetworkSummaryTest {

	static Stream<Reference> references() {
		return Reference.ALL.stream().map(Reference::load);
	}

	@Test
	void emptyGraph() {
		NetworkSummary summary = NetworkSummary.of(CompactGraph.builder(0).build(), new int[0]);
		assertThat(summary.nodes()).isZero();
		assertThat(summary.density()).isZero();
		assertThat(summary.components()).isZero();
		assertThat(summary.largestComponentNodes()).isZero();
		assertThat(summary.diameter()).isZero();
		assertThat(summary.averageClustering()).isNaN();
		assertThat(summary.groupAssortativity()).isNaN();
	}

	@Test
	void componentSizesInOrderOfTheirLowestNodeWithIsolates() {
		// 0 alone, 1-3 (a directed link counts both ways), 2 alone, 4-5-6
		CompactGraph graph = CompactGraph.builder(7).addLink(3, 1, 1.0, false).addLink(4, 5).addLink(6, 5).build();
		assertThat(NetworkSummary.componentSizes(graph)).containsExactly(1, 2, 1, 3);
		assertThat(NetworkSummary.componentSizes(CompactGraph.builder(0).build())).isEmpty();
	}

	@Test
	void singleNode() {
		NetworkSummary summary = NetworkSummary.of(CompactGraph.builder(1).build(), null);
		assertThat(summary.components()).isEqualTo(1);
		assertThat(summary.density()).isZero();
		assertThat(summary.averageShortestPathLength()).isZero();
		assertThat(summary.averageClustering()).isZero();
		assertThat(summary.groupAssortativity()).isNaN();
	}

	@Test
	void twoComponentsOfEqualSizeTakeTheOneWithTheLowestNode() {
		// 0-1-2 path (diameter 2) and triangle 3-4-5 (diameter 1)
		CompactGraph graph = CompactGraph.builder(6)
			.addLink(0, 1)
			.addLink(1, 2)
			.addLink(3, 4)
			.addLink(4, 5)
			.addLink(5, 3)
			.build();
		NetworkSummary summary = NetworkSummary.of(graph, new int[] { 0, 0, 0, 0, 0, 0 });
		assertThat(summary.components()).isEqualTo(2);
		assertThat(summary.diameter()).isEqualTo(2);
		assertThat(summary.averageShortestPathLength()).isCloseTo(4.0 / 3, within(1e-12));
		assertThat(summary.groupAssortativity()).isNaN();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("references")
	void matchesNetworkX(Reference ref) {
		NetworkSummary s = NetworkSummary.of(ref.graph(), ref.groups());
		assertThat(s.nodes()).isEqualTo((int) ref.number("summary", "nodes"));
		assertThat(s.links()).isEqualTo(ref.linkCount());
		assertThat(s.edges()).isEqualTo((int) ref.number("summary", "edges"));
		assertThat(s.density()).isCloseTo(ref.number("summary", "density"), within(1e-12));
		assertThat(s.components()).isEqualTo((int) ref.number("summary", "components"));
		assertThat(s.largestComponentNodes()).isEqualTo((int) ref.number("summary", "largestComponentNodes"));
		assertThat(s.diameter()).isEqualTo((int) ref.number("summary", "diameter"));
		assertThat(s.averageShortestPathLength()).isCloseTo(ref.number("summary", "averageShortestPathLength"),
				within(1e-9));
		assertThat(s.averageClustering()).isCloseTo(ref.number("summary", "averageClustering"), within(1e-9));
		assertThat(s.groupAssortativity()).isCloseTo(ref.number("summary", "groupAssortativity"), within(1e-9));
	}

}
