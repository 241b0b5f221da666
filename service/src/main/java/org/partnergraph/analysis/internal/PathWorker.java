package org.partnergraph.analysis.internal;

import java.util.Arrays;

/**
 * One worker's scratch space for single-source shortest paths: a breadth-first search (unit
 * lengths) or Dijkstra's algorithm (positive lengths) that also counts shortest paths, and
 * Brandes' dependency accumulation over the result.
 *
 * <p>Every array has one slot per node and is reset after each source by touching only the nodes
 * that source reached, so a source costs {@code O(m)} (BFS) or {@code O(m log n)} (Dijkstra), not
 * {@code O(n)} extra. Space: {@code 40n} bytes plus the heap. A worker is used by one thread.
 */
final class PathWorker {

	/** Distance from the source; +infinity when not reached. */
	final double[] dist;

	/** Number of shortest paths from the source. */
	final double[] sigma;

	/** Brandes' dependency of the source on each node. */
	final double[] delta;

	/** The reached nodes in the order they were settled (non-decreasing distance). */
	final int[] order;

	int reached;

	private IndexedMinHeap heap;

	PathWorker(int nodeCount) {
		this.dist = new double[nodeCount];
		this.sigma = new double[nodeCount];
		this.delta = new double[nodeCount];
		this.order = new int[nodeCount];
		Arrays.fill(this.dist, Double.POSITIVE_INFINITY);
	}

	/**
	 * Shortest paths from {@code source} in {@code view}; {@code lengths == null} means every
	 * entry has length 1 (breadth-first search).
	 */
	void search(Adjacency view, double[] lengths, int source) {
		reset();
		if (lengths == null) {
			breadthFirst(view, source);
		}
		else {
			dijkstra(view, lengths, source);
		}
	}

	private void breadthFirst(Adjacency view, int source) {
		int[] offsets = view.offsets;
		int[] targets = view.targets;
		this.dist[source] = 0;
		this.sigma[source] = 1;
		this.order[0] = source;
		int size = 1;
		for (int head = 0; head < size; head++) {
			int v = this.order[head];
			double next = this.dist[v] + 1;
			double sigmaV = this.sigma[v];
			for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
				int w = targets[i];
				double dw = this.dist[w];
				if (dw == Double.POSITIVE_INFINITY) {
					this.dist[w] = next;
					this.sigma[w] = sigmaV;
					this.order[size++] = w;
				}
				else if (dw == next) {
					this.sigma[w] += sigmaV;
				}
			}
		}
		this.reached = size;
	}

	private void dijkstra(Adjacency view, double[] lengths, int source) {
		if (this.heap == null) {
			this.heap = new IndexedMinHeap(this.dist.length);
		}
		int[] offsets = view.offsets;
		int[] targets = view.targets;
		IndexedMinHeap queue = this.heap;
		// settled[v] is encoded as "v is in order[0 .. size)": tracked with delta = -1 until
		// accumulation, which overwrites delta anyway.
		this.dist[source] = 0;
		this.sigma[source] = 1;
		queue.insertOrDecrease(source, 0);
		int size = 0;
		while (!queue.isEmpty()) {
			int v = queue.pollMin();
			this.order[size++] = v;
			this.delta[v] = -1;
			double dv = this.dist[v];
			double sigmaV = this.sigma[v];
			for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
				int w = targets[i];
				if (this.delta[w] == -1) {
					continue;
				}
				// Same arithmetic and exact comparison as NetworkX, so ties are ties in both.
				double candidate = dv + lengths[i];
				double dw = this.dist[w];
				if (candidate < dw) {
					this.dist[w] = candidate;
					this.sigma[w] = sigmaV;
					queue.insertOrDecrease(w, candidate);
				}
				else if (candidate == dw) {
					this.sigma[w] += sigmaV;
				}
			}
		}
		this.reached = size;
		for (int i = 0; i < size; i++) {
			this.delta[this.order[i]] = 0;
		}
	}

	/**
	 * Brandes' accumulation after {@link #search}: adds to {@code betweenness[v]} the dependency
	 * of the source on every node {@code v} other than the source. Walks the reached nodes from
	 * the farthest back, pulling from each node's successors on shortest paths, so it needs only
	 * the forward view and no predecessor lists.
	 */
	void accumulate(Adjacency view, double[] lengths, double[] betweenness) {
		int[] offsets = view.offsets;
		int[] targets = view.targets;
		for (int k = this.reached - 1; k >= 0; k--) {
			int v = this.order[k];
			double dv = this.dist[v];
			double sigmaV = this.sigma[v];
			double dependency = 0;
			for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
				int w = targets[i];
				double step = (lengths == null) ? 1 : lengths[i];
				if (this.dist[w] == dv + step) {
					dependency += sigmaV / this.sigma[w] * (1 + this.delta[w]);
				}
			}
			this.delta[v] = dependency;
			if (k > 0) {
				betweenness[v] += dependency;
			}
		}
	}

	private void reset() {
		for (int k = 0; k < this.reached; k++) {
			int v = this.order[k];
			this.dist[v] = Double.POSITIVE_INFINITY;
			this.sigma[v] = 0;
			this.delta[v] = 0;
		}
		this.reached = 0;
	}

}
