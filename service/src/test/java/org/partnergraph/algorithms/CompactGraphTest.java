package org.partnergraph.algorithms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CompactGraphTest {

	@Test
	void emptyGraphHasNothing() {
		CompactGraph graph = CompactGraph.builder(0).build();
		assertThat(graph.nodeCount()).isZero();
		assertThat(graph.linkCount()).isZero();
		assertThat(graph.edgeCount()).isZero();
		assertThat(graph.arcCount()).isZero();
	}

	@Test
	void singleNodeHasNoNeighbours() {
		CompactGraph graph = CompactGraph.builder(1).build();
		assertThat(graph.degree(0)).isZero();
		assertThat(graph.neighbours(0)).isEmpty();
	}

	@Test
	void parallelLinksInEitherDirectionCollapseIntoOneEdgeWithSummedWeight() {
		CompactGraph graph = CompactGraph.builder(3)
			.addLink(0, 1, 2.0, false)
			.addLink(1, 0, 0.5, false)
			.addLink(0, 1, 1.0, true)
			.addLink(2, 1, 1.0, false)
			.build();
		assertThat(graph.linkCount()).isEqualTo(4);
		assertThat(graph.edgeCount()).isEqualTo(2);
		assertThat(graph.edgeWeight(0, 1)).isEqualTo(3.5);
		assertThat(graph.edgeWeight(1, 0)).isEqualTo(3.5);
		assertThat(graph.neighbours(1)).containsExactly(0, 2);
	}

	@Test
	void directedViewKeepsDirectionAndCountsSymmetricLinksBothWays() {
		CompactGraph graph = CompactGraph.builder(3)
			.addLink(0, 1, 2.0, false)
			.addLink(0, 1, 1.0, false)
			.addLink(1, 2, 4.0, true)
			.build();
		assertThat(graph.arcCount()).isEqualTo(3);
		assertThat(graph.arcWeight(0, 1)).isEqualTo(3.0);
		assertThat(graph.arcWeight(1, 0)).isZero();
		assertThat(graph.arcWeight(1, 2)).isEqualTo(4.0);
		assertThat(graph.arcWeight(2, 1)).isEqualTo(4.0);
		Adjacency in = graph.incoming();
		assertThat(in.degree(1)).isEqualTo(2);
		assertThat(in.degree(0)).isZero();
	}

	@Test
	void selfLoopsAreDroppedFromEveryViewButCountAsLinks() {
		CompactGraph graph = CompactGraph.builder(2).addLink(0, 0, 1.0, true).addLink(0, 1).build();
		assertThat(graph.linkCount()).isEqualTo(2);
		assertThat(graph.edgeCount()).isEqualTo(1);
		assertThat(graph.arcCount()).isEqualTo(1);
	}

	@Test
	void rowsAreSortedWhateverTheInsertionOrder() {
		CompactGraph graph = CompactGraph.builder(6).addLink(3, 5).addLink(3, 0).addLink(4, 3).addLink(1, 3).build();
		assertThat(graph.neighbours(3)).containsExactly(0, 1, 4, 5);
		assertThat(graph.undirected().find(3, 4)).isNotNegative();
		assertThat(graph.undirected().find(3, 2)).isNegative();
	}

	@Test
	void rejectsBadNodesAndWeights() {
		CompactGraph.Builder builder = CompactGraph.builder(2);
		assertThatIllegalArgumentException().isThrownBy(() -> builder.addLink(0, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.addLink(-1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.addLink(0, 1, 0.0, false));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.addLink(0, 1, Double.NaN, false));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.addLink(0, 1, Double.POSITIVE_INFINITY, false));
		assertThatIllegalArgumentException().isThrownBy(() -> CompactGraph.builder(-1));
	}

	@Test
	void relabellingKeepsEveryEdgeAndWeightAndPutsHubsFirst() {
		CompactGraph graph = Reference.load("weighted-random").graph();
		Adjacency view = graph.undirected();
		int[] newId = view.hubsFirst();
		Adjacency renamed = view.relabel(newId);
		assertThat(renamed.entryCount()).isEqualTo(view.entryCount());
		for (int v = 0; v < graph.nodeCount(); v++) {
			for (int i = view.offsets[v]; i < view.offsets[v + 1]; i++) {
				int j = renamed.find(newId[v], newId[view.targets[i]]);
				assertThat(j).isNotNegative();
				assertThat(renamed.weights[j]).isEqualTo(view.weights[i]);
			}
		}
		for (int u = 1; u < graph.nodeCount(); u++) {
			assertThat(renamed.degree(u)).isLessThanOrEqualTo(renamed.degree(u - 1));
		}
	}

	@Test
	void matchesTheReferenceViews() {
		for (String name : Reference.ALL) {
			Reference reference = Reference.load(name);
			CompactGraph graph = reference.graph();
			assertThat(graph.edgeCount()).as(name).isEqualTo((int) reference.number("summary", "edges"));
			assertThat(graph.linkCount()).as(name).isEqualTo(reference.linkCount());
			NumericAssertions.assertClose(Centrality.degree(graph, Direction.UNDIRECTED, true),
					reference.values("undirected", "strength"), 1e-9, name + " strength");
		}
	}

}
