package org.partnergraph.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewLayoutTest {

	@Test
	void anEmptyNetworkHasNoPositionsAndALoneNodeOne() {
		assertThat(ViewLayout.forceDirected(List.of(), List.of())).isEmpty();
		assertThat(ViewLayout.forceDirected(List.of("a"), List.of())).containsOnlyKeys("a");
	}

	@Test
	void theSameNetworkInAnyOrderGetsTheSamePositions() {
		List<String> nodes = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f"));
		List<List<String>> links = new ArrayList<>(
				List.of(List.of("a", "b"), List.of("b", "c"), List.of("c", "a"), List.of("d", "e"), List.of("a", "d")));
		Map<String, SavedView.Position> first = ViewLayout.forceDirected(nodes, links);
		java.util.Collections.reverse(nodes);
		java.util.Collections.reverse(links);
		links.add(List.of("b", "a"));
		assertThat(ViewLayout.forceDirected(nodes, links)).isEqualTo(first);
		assertThat(first).containsOnlyKeys("a", "b", "c", "d", "e", "f");
	}

	@Test
	void aSmallerComponentLeavesTheLargestWhereItWas() {
		List<List<String>> links = List.of(List.of("a", "b"), List.of("b", "c"), List.of("c", "d"));
		Map<String, SavedView.Position> alone = ViewLayout.forceDirected(List.of("a", "b", "c", "d"), links);
		Map<String, SavedView.Position> withOthers = ViewLayout.forceDirected(
				List.of("a", "b", "c", "d", "x", "y", "z"),
				List.of(List.of("a", "b"), List.of("b", "c"), List.of("c", "d"), List.of("x", "y")));
		for (String id : alone.keySet()) {
			assertThat(withOthers.get(id)).isEqualTo(alone.get(id));
		}
		// The others are packed beside it, not on it.
		for (String other : List.of("x", "y", "z")) {
			for (String id : alone.keySet()) {
				assertThat(withOthers.get(other)).isNotEqualTo(alone.get(id));
			}
		}
	}

}
