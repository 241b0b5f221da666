package org.partnergraph.algorithms;

import java.util.Arrays;

/**
 * One worker's scratch space for single-source shortest paths: a breadth-first search
 * (unit lengths) or Dijkstra's algorithm (positive lengths) that also counts shortest
 * paths, and Brandes' dependency accumulation over the result.
 *
 * <p>
 * Every array has one slot per node and is reset after each source by touching only the
 * nodes that source reached, so a source costs {@code O(m)} (BFS) or {@code O(m log n)}
 * (Dijkstra), not {@code O(n)} extra. Space: {@code 52n} bytes plus the heap. A worker is
 * used by one thread.
 */
final class PathWorker {

	/** Distance from the source; +infinity when not reached. */
	final double[] dist;

	/** Number of shortest paths from the source. */
	final double[] sigma;

	/** Brandes' dependency of the source on each node. */
	final double[] delta;

	/** Breadth-first search only: hop count from the source, -1 when not reached. */
	final int[] hop;

	/**
	 * Breadth-first accumulation only: {@code (1 + delta[w]) / sigma[w]} once {@code w}'s
	 * level is done, 0 before; see {@link #accumulate}.
	 */
	final double[] coefficient;

	/** The reached nodes in the order they were settled (non-decreasing distance). */
	final int[] order;

	int reached;

	private IndexedMinHeap heap;

	PathWorker(int nodeCount) {
		this.dist = new double[nodeCount];
		this.sigma = new double[nodeCount];
		this.delta = new double[nodeCount];
		this.order = new int[nodeCount];
		this.hop = new int[nodeCount];
		this.coefficient = new double[nodeCount];
		Arrays.fill(this.dist, Double.POSITIVE_INFINITY);
		Arrays.fill(this.hop, -1);
	}

	/**
	 * Shortest paths from {@code source} in {@code view}; {@code lengths == null} means
	 * every entry has length 1 (breadth-first search).
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
		int[] hops = this.hop;
		double[] paths = this.sigma;
		int[] queue = this.order;
		hops[source] = 0;
		paths[source] = 1;
		queue[0] = source;
		int size = 1;
		for (int head = 0; head < size; head++) {
			int v = queue[head];
			int next = hops[v] + 1;
			double sigmaV = paths[v];
			for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
				int w = targets[i];
				int hw = hops[w];
				if (hw < 0) {
					hops[w] = next;
					paths[w] = sigmaV;
					queue[size++] = w;
				}
				else if (hw == next) {
					paths[w] += sigmaV;
				}
			}
		}
		this.reached = size;
		for (int k = 0; k < size; k++) {
			this.dist[queue[k]] = hops[queue[k]];
		}
	}

	private void dijkstra(Adjacency view, double[] lengths, int source) {
		if (this.heap == null) {
			this.heap = new IndexedMinHeap(this.dist.length);
		}
		int[] offsets = view.offsets;
		int[] targets = view.targets;
		IndexedMinHeap queue = this.heap;
		this.dist[source] = 0;
		this.sigma[source] = 1;
		queue.insertOrDecrease(source, 0);
		int size = 0;
		while (!queue.isEmpty()) {
			int v = queue.pollMin();
			this.order[size++] = v;
			double dv = this.dist[v];
			double sigmaV = this.sigma[v];
			for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
				int w = targets[i];
				// Same arithmetic and exact comparisons as NetworkX, so that ties are
				// ties in both.
				// A settled w needs no test: with positive lengths the candidate exceeds
				// its distance.
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
	}

	/**
	 * Brandes' accumulation after {@link #search}: adds to {@code betweenness[v]} the
	 * dependency of the source on every node {@code v} other than the source, pulling
	 * from each node's successors on shortest paths, farthest nodes first, so that it
	 * needs only the forward view and no predecessor lists.
	 */
	void accumulate(Adjacency view, double[] lengths, double[] betweenness) {
		if (lengths == null) {
			accumulateByLevel(view, betweenness);
			return;
		}
		int[] offsets = view.offsets;
		int[] targets = view.targets;
		for (int k = this.reached - 1; k >= 0; k--) {
			int v = this.order[k];
			double dv = this.dist[v];
			double sigmaV = this.sigma[v];
			double dependency = 0;
			for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
				int w = targets[i];
				if (this.dist[w] == dv + lengths[i]) {
					dependency += this.coefficient[w];
				}
			}
			dependency *= sigmaV;
			this.delta[v] = dependency;
			this.coefficient[v] = (1 + dependency) / sigmaV;
			if (k > 0) {
				betweenness[v] += dependency;
			}
		}
	}

	/**
	 * The unit-length accumulation, one BFS level at a time from the deepest. A node's
	 * {@code coefficient} is set only when its whole level is done, so while level
	 * {@code L} is processed exactly the neighbours on level {@code L + 1}, its
	 * successors, have a non-zero coefficient: the sum over <em>all</em> neighbours is
	 * the sum over successors, and the inner loop needs no branch (mispredicted branches
	 * are most of a BFS's cost).
	 */
	private void accumulateByLevel(Adjacency view, double[] betweenness) {
		int[] offsets = view.offsets;
		int[] targets = view.targets;
		int[] queue = this.order;
		double[] coef = this.coefficient;
		int last = this.reached - 1;
		while (last >= 0) {
			int level = this.hop[queue[last]];
			int first = last;
			while (first > 0 && this.hop[queue[first - 1]] == level) {
				first--;
			}
			for (int k = first; k <= last; k++) {
				int v = queue[k];
				double sum = 0;
				for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
					sum += coef[targets[i]];
				}
				this.delta[v] = this.sigma[v] * sum;
			}
			for (int k = first; k <= last; k++) {
				int v = queue[k];
				coef[v] = (1 + this.delta[v]) / this.sigma[v];
				if (k > 0) {
					betweenness[v] += this.delta[v];
				}
			}
			last = first - 1;
		}
	}

	private void reset() {
		for (int k = 0; k < this.reached; k++) {
			int v = this.order[k];
			this.dist[v] = Double.POSITIVE_INFINITY;
			this.sigma[v] = 0;
			this.delta[v] = 0;
			this.hop[v] = -1;
			this.coefficient[v] = 0;
		}
		this.reached = 0;
	}

}
