package org.partnergraph.algorithms;

/**
 * One simple view of a {@link CompactGraph} in compressed sparse row form: the neighbours
 * of node {@code v} are {@code targets[offsets[v]] .. targets[offsets[v + 1] - 1]},
 * sorted ascending and without repeats, with the matching {@code weights}. An undirected
 * view stores every edge twice, once in each endpoint's row.
 *
 * <p>
 * The arrays are shared, never copied: algorithms in this package read them directly in
 * their inner loops, which is the whole point of the layout, and must not write to them.
 *
 * <p>
 * Space: {@code 4(n + 1) + 12e} bytes for {@code e} stored entries.
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

	/**
	 * Number of stored entries: arcs in a directed view, twice the edges in an undirected
	 * one.
	 */
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

	/**
	 * Index of the entry {@code v -> w}, or -1; binary search in the sorted row, O(log
	 * deg v).
	 */
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
	 * The same graph with node {@code v} renamed {@code newId[v]}; rows stay sorted. Used
	 * to put the hubs first: most neighbour look-ups in a heavy-tailed graph hit a hub,
	 * and with the hubs' entries side by side in the per-node arrays those look-ups stay
	 * in the fastest cache.
	 */
	Adjacency relabel(int[] newId) {
		int n = this.nodeCount;
		int[] oldId = new int[n];
		for (int v = 0; v < n; v++) {
			oldId[newId[v]] = v;
		}
		int[] newOffsets = new int[n + 1];
		for (int u = 0; u < n; u++) {
			newOffsets[u + 1] = newOffsets[u] + degree(oldId[u]);
		}
		int[] newTargets = new int[this.targets.length];
		double[] newWeights = new double[this.weights.length];
		long[] row = new long[0];
		for (int u = 0; u < n; u++) {
			int v = oldId[u];
			int start = this.offsets[v];
			int degree = degree(v);
			if (row.length < degree) {
				row = new long[Math.max(degree, 2 * row.length)];
			}
			for (int i = 0; i < degree; i++) {
				row[i] = ((long) newId[this.targets[start + i]] << 32) | i;
			}
			java.util.Arrays.sort(row, 0, degree);
			for (int i = 0; i < degree; i++) {
				newTargets[newOffsets[u] + i] = (int) (row[i] >>> 32);
				newWeights[newOffsets[u] + i] = this.weights[start + (int) row[i]];
			}
		}
		return new Adjacency(n, newOffsets, newTargets, newWeights);
	}

	/**
	 * New ids that order the nodes by decreasing degree (ties by old id):
	 * {@code newId[v]}.
	 */
	int[] hubsFirst() {
		int n = this.nodeCount;
		long[] keys = new long[n];
		for (int v = 0; v < n; v++) {
			keys[v] = ((long) (Integer.MAX_VALUE - degree(v)) << 32) | v;
		}
		java.util.Arrays.sort(keys);
		int[] newId = new int[n];
		for (int rank = 0; rank < n; rank++) {
			newId[(int) keys[rank]] = rank;
		}
		return newId;
	}

	/**
	 * Lengths for shortest-path measures: 1 per entry when unweighted, otherwise
	 * 1/weight, so that a stronger tie is a shorter distance.
	 */
	double[] lengths(boolean weighted) {
		double[] lengths = new double[this.weights.length];
		for (int i = 0; i < lengths.length; i++) {
			lengths[i] = weighted ? 1.0 / this.weights[i] : 1.0;
		}
		return lengths;
	}

}
