package org.partnergraph.algorithms;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.partnergraph.algorithms.NumericAssertions.assertClose;

class BrokerageTest {

	static Stream<Reference> withBrokerage() {
		return Reference.ALL.stream().map(Reference::load).filter(r -> r.root().has("brokerage"));
	}

	@Test
	void emptyGraph() {
		Brokerage.Result result = Brokerage.compute(CompactGraph.builder(0).build(), new int[0]);
		assertThat(result.networkCounts()).containsOnly(0L);
	}

	@Test
	void oneOpenTwoPathInEachRole() {
		// a -> v -> b with no a -> b; groups decide the role of v.
		CompactGraph path = CompactGraph.builder(3).addLink(0, 1).addLink(1, 2).build();
		assertThat(role(path, 0, 0, 0)).isEqualTo(Brokerage.Role.COORDINATOR);
		assertThat(role(path, 0, 1, 0)).isEqualTo(Brokerage.Role.ITINERANT);
		assertThat(role(path, 0, 0, 1)).isEqualTo(Brokerage.Role.REPRESENTATIVE);
		assertThat(role(path, 1, 0, 0)).isEqualTo(Brokerage.Role.GATEKEEPER);
		assertThat(role(path, 0, 1, 2)).isEqualTo(Brokerage.Role.LIAISON);
	}

	@Test
	void closedOrReversedTwoPathsDoNotCount() {
		CompactGraph closed = CompactGraph.builder(3).addLink(0, 1).addLink(1, 2).addLink(0, 2).build();
		assertThat(Brokerage.compute(closed, new int[] { 0, 0, 0 }).count(Brokerage.Role.TOTAL, 1)).isZero();
		// b -> a does not close a -> v -> b
		CompactGraph back = CompactGraph.builder(3).addLink(0, 1).addLink(1, 2).addLink(2, 0).build();
		assertThat(Brokerage.compute(back, new int[] { 0, 0, 0 }).count(Brokerage.Role.TOTAL, 1)).isEqualTo(1);
		// a symmetric link a - v - a is no two-path: a == b
		CompactGraph mutual = CompactGraph.builder(2).addLink(0, 1, 1, true).build();
		assertThat(Brokerage.compute(mutual, new int[] { 0, 1 }).networkCounts()).containsOnly(0L);
	}

	@Test
	void rejectsMismatchedGroups() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Brokerage.compute(CompactGraph.builder(2).build(), new int[] { 0 }));
	}

	private static Brokerage.Role role(CompactGraph graph, int... groups) {
		Brokerage.Result result = Brokerage.compute(graph, groups);
		assertThat(result.count(Brokerage.Role.TOTAL, 1)).isEqualTo(1);
		for (Brokerage.Role role : Brokerage.Role.values()) {
			if (role != Brokerage.Role.TOTAL && result.count(role, 1) == 1) {
				return role;
			}
		}
		throw new AssertionError("no role");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("withBrokerage")
	void matchesRSna(Reference ref) {
		Brokerage.Result result = Brokerage.compute(ref.graph(), ref.groups());
		JsonNode raw = ref.node("brokerage", "raw");
		for (int v = 0; v < ref.nodeCount(); v++) {
			for (Brokerage.Role role : Brokerage.Role.values()) {
				assertThat(result.count(role, v)).as(role + " of " + v)
					.isEqualTo(raw.get(v).get(role.ordinal()).asLong());
			}
		}
		for (Brokerage.Role role : Brokerage.Role.values()) {
			int r = role.ordinal();
			assertClose(result.expected()[r], column(ref.node("brokerage", "exp"), r), 1e-6, "expected " + role);
			assertClose(result.sd()[r], column(ref.node("brokerage", "sd"), r), 1e-6, "sd " + role);
			assertClose(result.z()[r], column(ref.node("brokerage", "z"), r), 1e-6, "z " + role);
		}
		assertThat(result.networkCounts()).containsExactly(toLongs(ref.node("brokerage", "rawGlobal")));
		assertClose(result.networkExpected(), ref.values("brokerage", "expGlobal"), 1e-6, "network expected");
		assertClose(result.networkSd(), ref.values("brokerage", "sdGlobal"), 1e-6, "network sd");
		assertClose(result.networkZ(), ref.values("brokerage", "zGlobal"), 1e-6, "network z");
	}

	private static double[] column(JsonNode rows, int column) {
		double[] values = new double[rows.size()];
		for (int i = 0; i < values.length; i++) {
			JsonNode cell = rows.get(i).get(column);
			values[i] = cell.isNull() ? Double.NaN : cell.asDouble();
		}
		return values;
	}

	private static long[] toLongs(JsonNode array) {
		long[] values = new long[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).asLong();
		}
		return values;
	}

}
