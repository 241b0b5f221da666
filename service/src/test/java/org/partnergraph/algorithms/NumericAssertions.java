package org.partnergraph.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Element-wise comparison of double arrays with a message that names the failing node.
 */
final class NumericAssertions {

	private NumericAssertions() {
	}

	static void assertClose(double[] actual, double[] expected, double tolerance, String what) {
		assertThat(actual).as(what + ": length").hasSize(expected.length);
		for (int v = 0; v < expected.length; v++) {
			if (Double.isNaN(expected[v])) {
				assertThat(actual[v]).as(what + " at node " + v).isNaN();
			}
			else {
				assertThat(actual[v]).as(what + " at node " + v).isCloseTo(expected[v], within(tolerance));
			}
		}
	}

}
