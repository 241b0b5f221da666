package org.partnergraph.algorithms;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergraph.algorithms.NumericAssertions.assertClose;

class StructuralHolesTest {

	static Stream<Reference> references() {
		return Reference.ALL.stream().map(Reference::load);
	}

	@Test
	void emptyGraph() {
		CompactGraph graph = CompactGraph.builder(0).build();
		StructuralHoles.Scores scores = StructuralHoles.compute(graph, false);
		assertThat(scores.constraint()).isEmpty();
		assertThat(CutElements.of(graph).articulationPoints()).isEmpty();
		assertThat(CutElements.of(graph).bridges()).isEmpty();
	}

	@Test
	void isolatesAreNaNAsInNetworkX() {
		StructuralHoles.Scores scores = StructuralHoles.compute(CompactGraph.builder(1).build(), true);
		assertThat(scores.constraint()[0]).isNaN();
		assertThat(scores.effectiveSize()[0]).isNaN();
		assertThat(scores.efficiency()[0]).isNaN();
	}

	@Test
	void twoNodesAreFullyConstrainedAndOneBridge() {
		CompactGraph graph = CompactGraph.builder(2).addLink(0, 1).build();
		StructuralHoles.Scores scores = StructuralHoles.compute(graph, false);
		assertThat(scores.constraint()).containsExactly(1.0, 1.0);
		assertThat(scores.effectiveSize()).containsExactly(1.0, 1.0);
		assertThat(scores.efficiency()).containsExactly(1.0, 1.0);
		CutElements cuts = CutElements.of(graph);
		assertThat(cuts.articulationPoints()).isEmpty();
		assertThat(cuts.bridges()).containsExactly(new int[] { 0, 1 });
	}

	@Test
	void starCentreIsTheOnlyCutVertexAndSpansAllHoles() {
		CompactGraph.Builder builder = CompactGraph.builder(5);
		for (int leaf = 1; leaf < 5; leaf++) {
			builder.addLink(0, leaf);
		}
		CompactGraph star = builder.build();
		StructuralHoles.Scores scores = StructuralHoles.compute(star, false);
		assertThat(scores.effectiveSize()[0]).isEqualTo(4.0);
		assertThat(scores.constraint()[0]).isEqualTo(0.25);
		assertThat(CutElements.of(star).articulationPoints()).containsExactly(0);
		assertThat(CutElements.of(star).bridges()).hasSize(4);
	}

	@Test
	void deepPathDoesNotOverflowTheStack() {
		int n = 200_000;
		CompactGraph.Builder builder = CompactGraph.builder(n);
		for (int v = 1; v < n; v++) {
			builder.addLink(v - 1, v);
		}
		CutElements cuts = CutElements.of(builder.build());
		assertThat(cuts.articulationPoints()).hasSize(n - 2);
		assertThat(cuts.bridges()).hasSize(n - 1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("references")
	void matchesNetworkX(Reference ref) {
		CompactGraph g = ref.graph();
		StructuralHoles.Scores plain = StructuralHoles.compute(g, false);
		assertClose(plain.constraint(), ref.values("undirected", "constraint"), 1e-9, "constraint");
		assertClose(plain.effectiveSize(), ref.values("undirected", "effectiveSize"), 1e-9, "effective size");
		assertClose(plain.efficiency(), ref.values("undirected", "efficiency"), 1e-9, "efficiency");
		StructuralHoles.Scores weighted = StructuralHoles.compute(g, true);
		assertClose(weighted.constraint(), ref.values("undirected", "constraintWeighted"), 1e-9, "weighted constraint");
		assertClose(weighted.effectiveSize(), ref.values("undirected", "effectiveSizeWeighted"), 1e-9,
				"weighted effective size");
		assertClose(weighted.efficiency(), ref.values("undirected", "efficiencyWeighted"), 1e-9, "weighted efficiency");

		CutElements cuts = CutElements.of(g);
		assertThat(cuts.articulationPoints())
			.containsExactly(Reference.ints(ref.node("undirected", "articulationPoints")));
		List<int[]> bridges = new ArrayList<>();
		for (JsonNode bridge : ref.node("undirected", "bridges")) {
			bridges.add(Reference.ints(bridge));
		}
		assertThat(cuts.bridges()).containsExactlyElementsOf(bridges);
	}

}
