package org.partnergraph.briefing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnergraph.algorithms.CompactGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Shares of the shortest paths between two groups, on a network worked out by hand. */
class SectorBrokersTest {

	// Justice agency 0; CSOs 2, 4 and 5 (5 alone). 0 reaches 2 by two shortest paths,
	// through 1 and through 3, and 4 only through 1.
	private final CompactGraph graph = CompactGraph.builder(6)
		.addLink(0, 1)
		.addLink(1, 2)
		.addLink(0, 3)
		.addLink(3, 2)
		.addLink(1, 4)
		.build();

	private final SectorBrokers brokers = new SectorBrokers(this.graph, new int[] { 0 },
			new boolean[] { false, false, true, false, true, true });

	@Test
	void countsPairsAndThoseConnected() {
		assertThat(this.brokers.pairs()).isEqualTo(3);
		assertThat(this.brokers.connectedPairs()).isEqualTo(2);
	}

	@Test
	void aBrokersDependencyIsItsPartOfEachPairsShortestPaths() {
		double[] dependency = this.brokers.dependencies();
		// Half of 0-2 and all of 0-4 through 1; the other half of 0-2 through 3.
		assertThat(dependency[1]).isCloseTo(1.5, within(1e-12));
		assertThat(dependency[3]).isCloseTo(0.5, within(1e-12));
		assertThat(dependency[2]).isZero();
		assertThat(dependency[0]).isZero();
	}

	@Test
	void theShareOfSeveralBrokersCountsEachPathOnce() {
		assertThat(this.brokers.shareThrough(List.of(1))).isCloseTo(0.75, within(1e-12));
		assertThat(this.brokers.shareThrough(List.of(3))).isCloseTo(0.25, within(1e-12));
		assertThat(this.brokers.shareThrough(List.of(1, 3))).isCloseTo(1.0, within(1e-12));
		// An end of a pair brokers nothing for it.
		assertThat(this.brokers.shareThrough(List.of(2))).isZero();
	}

}
