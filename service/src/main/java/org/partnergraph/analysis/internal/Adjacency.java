package org.partnergraph.analysis.internal;

/**
 * One simple view of a {@link CompactGraph} in compressed sparse row form: the neighbours of node
 * {@code v} are {@code targets[offsets[v]] .. targets[offsets[v + 1] - 1]}, sorted ascending and
 * without repeats, with the matching {@code weights}. An undirected view stores every edge twice,
 * once in each endpoint's row.
 *
 * <p>The arrays are shared, never copied: algorithms in this package read them directly in their
 * inner loops, which is the whole point of the layout, and must not write to them.
 *
 * <p>Space: {@code 4(n + 1) + 12e} bytes for {@code e} stored entries.
 */
final class Adjacency {

	final int nodeCount;

	final int[] offsets;

	final int[] targets;

	final double[] weights;

	Adjacency(int nodeCount, int[] offsets, int[] targets, double[] weights) {
		this.nodeCount = nodeCount;
		this.offsets = offsets;
		this.targets = targets;
		this.weights = weights;
	}

	/** Number of stored entries: arcs in a directed view, twice the edges in an undirected one. */
	int entryCount() {
		return this.targets.length;
	}

	int degree(int v) {
		return this.offsets[v + 1] - this.offsets[v];
	}

	/** Sum of the weights in the row of {@code v}. */
	double strength(int v) {
		double sum = 0;
		for (int i = this.offsets[v], end = this.offsets[v + 1]; i < end; i++) {
			sum += this.weights[i];
		}
		return sum;
	}

	/** Index of the entry {@code v -> w}, or -1; binary search in the sorted row, O(log deg v). */
	int find(int v, int w) {
		int low = this.offsets[v];
		int high = this.offsets[v + 1] - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int t = this.targets[mid];
			if (t < w) {
				low = mid + 1;
			}
			else if (t > w) {
				high = mid - 1;
			}
			else {
				return mid;
			}
		}
		return -1;
	}

	/**
	 * Lengths for shortest-path measures: 1 per entry when unweighted, otherwise 1/weight, so that
	 * a stronger tie is a shorter distance.
	 */
	double[] lengths(boolean weighted) {
		double[] lengths = new double[this.weights.length];
		for (int i = 0; i < lengths.length; i++) {
			lengths[i] = weighted ? 1.0 / this.weights[i] : 1.0;
		}
		return lengths;
	}

}
