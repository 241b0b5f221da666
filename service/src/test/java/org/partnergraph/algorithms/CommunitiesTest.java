package org.partnergraph.algorithms;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnergraph.generator.SyntheticNetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CommunitiesTest {

	static Stream<Reference> withGroups() {
		return Reference.ALL.stream().map(Reference::load);
	}

	@Test
	void emptyGraphHasNoCommunitiesAndUndefinedModularity() {
		Communities.Partition partition = Communities.leiden(CompactGraph.builder(0).build(), false, 1, 1);
		assertThat(partition.count()).isZero();
		assertThat(partition.modularity()).isNaN();
	}

	@Test
	void graphWithoutEdgesIsAllSingletons() {
		Communities.Partition partition = Communities.leiden(CompactGraph.builder(3).build(), false, 1, 1);
		assertThat(partition.community()).containsExactly(0, 1, 2);
		assertThat(partition.modularity()).isNaN();
	}

	@Test
	void twoTrianglesJoinedByOneEdgeAreTwoCommunities() {
		CompactGraph graph = CompactGraph.builder(7)
			.addLink(0, 1)
			.addLink(1, 2)
			.addLink(2, 0)
			.addLink(3, 4)
			.addLink(4, 5)
			.addLink(5, 3)
			.addLink(2, 3)
			.build();
		Communities.Partition partition = Communities.leiden(graph, false, 1, 42);
		int[] c = partition.community();
		assertThat(c[0]).isEqualTo(c[1]).isEqualTo(c[2]);
		assertThat(c[3]).isEqualTo(c[4]).isEqualTo(c[5]);
		assertThat(c[0]).isNotEqualTo(c[3]);
		assertThat(partition.count()).isEqualTo(3); // node 6 is an isolate
		assertThat(partition.modularity()).isCloseTo(5.0 / 14, within(1e-12));
	}

	@Test
	void karateClubBeatsNetworkXLouvain() {
		Reference karate = Reference.load("karate");
		CompactGraph graph = karate.graph();
		Communities.Partition partition = Communities.leiden(graph, false, 1.0, 42);
		assertThat(partition.modularity()).isGreaterThanOrEqualTo(0.4188);
		assertThat(partition.modularity())
			.isGreaterThanOrEqualTo(karate.number("communities", "louvainBestOf10") - 1e-12);
		assertThat(partition.modularity()).isCloseTo(Communities.modularity(graph, partition.community(), false, 1.0),
				within(1e-15));
		assertThat(Communities.leiden(graph, false, 1.0, 42).community()).containsExactly(partition.community());
	}

	@Test
	void weightedKarateClubBeatsNetworkXLouvain() {
		Reference karate = Reference.load("karate-weighted");
		Communities.Partition partition = Communities.leiden(karate.graph(), true, 1.0, 7);
		assertThat(partition.modularity())
			.isGreaterThanOrEqualTo(karate.number("communities", "louvainBestOf10") - 1e-12);
	}

	@Test
	void runsStopWhenAnIterationGainsTooLittle() {
		CompactGraph graph = SyntheticNetwork.generate(2_000, 10_000, 42).graph();
		// The first iteration always counts; with a gain no iteration can reach, the
		// second is the last.
		assertThat(Communities.leiden(graph, false, 1.0, 5, 1, -1, 1.0).community())
			.containsExactly(Communities.leiden(graph, false, 1.0, 5, 1, 2).community());
		// The default's early stop costs next to nothing in modularity.
		double untilStable = Communities.leiden(graph, false, 1.0, 5, 1, -1).modularity();
		assertThat(Communities.leiden(graph, false, 1.0, 5).modularity()).isGreaterThan(untilStable - 0.01);
	}

	@Test
	void largeGraphsGetFewerStartsAndIterationsAtLittleCost() {
		CompactGraph graph = SyntheticNetwork.generate(10_000, 50_000, 42).graph();
		assertThat(graph.edgeCount()).isGreaterThan(40_000);
		// 100,000 / edges: two starts of at most two iterations.
		Communities.Partition partition = Communities.leiden(graph, false, 1.0, 5);
		assertThat(partition.community())
			.containsExactly(Communities.leiden(graph, false, 1.0, 5, 2, 2, Communities.MIN_GAIN).community());
		double untilStable = Communities.leiden(graph, false, 1.0, 5, 1, -1).modularity();
		assertThat(partition.modularity()).isGreaterThan(untilStable - 0.01);
	}

	@Test
	void higherResolutionGivesMoreCommunities() {
		CompactGraph graph = Reference.load("karate").graph();
		assertThat(Communities.leiden(graph, false, 3.0, 1).count())
			.isGreaterThan(Communities.leiden(graph, false, 1.0, 1).count());
	}

	@Test
	void rejectsBadInput() {
		CompactGraph graph = CompactGraph.builder(2).addLink(0, 1).build();
		assertThatIllegalArgumentException().isThrownBy(() -> Communities.leiden(graph, false, 0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> Communities.modularity(graph, new int[] { 0 }, false, 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Communities.modularity(graph, new int[] { 0, -1 }, false, 1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("withGroups")
	void modularityOfAFixedPartitionMatchesNetworkX(Reference ref) {
		CompactGraph g = ref.graph();
		int[] groups = ref.groups();
		assertThat(Communities.modularity(g, groups, false, 1.0)).isCloseTo(ref.number("summary", "groupModularity"),
				within(1e-9));
		assertThat(Communities.modularity(g, groups, true, 1.0))
			.isCloseTo(ref.number("summary", "groupModularityWeighted"), within(1e-9));
		assertThat(Communities.modularity(g, groups, false, 2.0))
			.isCloseTo(ref.number("summary", "groupModularityResolution2"), within(1e-9));
	}

}
