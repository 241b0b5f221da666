package org.partnergraph.algorithms;

import java.util.Arrays;

/**
 * An immutable graph over the nodes {@code 0 .. n-1}, held as primitive arrays in
 * compressed sparse row (CSR) form, with three simple views of the same links:
 *
 * <ul>
 * <li><b>undirected</b>: every link {@code from - to} is an edge; parallel links of a
 * pair, in either direction, collapse into one edge whose weight is the <em>sum</em> of
 * their weights;</li>
 * <li><b>outgoing</b> (directed): a link gives the arc {@code from -> to}, and a
 * symmetric link also gives {@code to -> from}; parallel arcs collapse into one with the
 * summed weight;</li>
 * <li><b>incoming</b>: the outgoing view reversed, for measures that follow arcs
 * backwards.</li>
 * </ul>
 *
 * <p>
 * Self-loops are dropped from every view: no measure here gives them a meaning, and
 * NetworkX's measures mostly reject or ignore them. Weights must be finite and positive,
 * because weighted path measures use {@code 1/weight} as a distance.
 *
 * <p>
 * Node attributes (sector, country, ...) are not stored here: the algorithms that need a
 * grouping take it as an {@code int[]} indexed by node, so one graph serves many
 * groupings.
 *
 * <p>
 * Building sorts the links with two stable counting sorts (by target, then by source), so
 * it takes {@code O(n + l)} time and space for {@code l} links. The graph then takes
 * {@code O(n + l)} space; each view answers neighbourhood scans in {@code O(deg)} and
 * adjacency tests in {@code O(log deg)}.
 */
public final class CompactGraph {

	private final int nodeCount;

	private final int linkCount;

	private final Adjacency undirected;

	private final Adjacency outgoing;

	private final Adjacency incoming;

	private CompactGraph(int nodeCount, int linkCount, Adjacency undirected, Adjacency outgoing, Adjacency incoming) {
		this.nodeCount = nodeCount;
		this.linkCount = linkCount;
		this.undirected = undirected;
		this.outgoing = outgoing;
		this.incoming = incoming;
	}

	/** A builder for a graph with the nodes {@code 0 .. nodeCount-1}. */
	public static Builder builder(int nodeCount) {
		return new Builder(nodeCount);
	}

	/** Number of nodes, n. */
	public int nodeCount() {
		return this.nodeCount;
	}

	/** Number of links passed to the builder, self-loops and parallel links included. */
	public int linkCount() {
		return this.linkCount;
	}

	/** Number of edges in the undirected simple view. */
	public int edgeCount() {
		return this.undirected.entryCount() / 2;
	}

	/** Number of arcs in the directed simple view (a symmetric link gives two). */
	public int arcCount() {
		return this.outgoing.entryCount();
	}

	/** Number of neighbours of {@code node} in the undirected simple view. */
	public int degree(int node) {
		return this.undirected.degree(node);
	}

	/**
	 * Neighbours of {@code node} in the undirected simple view, ascending; a fresh array.
	 */
	public int[] neighbours(int node) {
		return Arrays.copyOfRange(this.undirected.targets, this.undirected.offsets[node],
				this.undirected.offsets[node + 1]);
	}

	/**
	 * Weight of the undirected edge {@code u - v} (the sum of the links), or 0 if there
	 * is none.
	 */
	public double edgeWeight(int u, int v) {
		int i = this.undirected.find(u, v);
		return (i < 0) ? 0 : this.undirected.weights[i];
	}

	/** Weight of the arc {@code u -> v} in the directed view, or 0 if there is none. */
	public double arcWeight(int u, int v) {
		int i = this.outgoing.find(u, v);
		return (i < 0) ? 0 : this.outgoing.weights[i];
	}

	Adjacency undirected() {
		return this.undirected;
	}

	Adjacency outgoing() {
		return this.outgoing;
	}

	Adjacency incoming() {
		return this.incoming;
	}

	/**
	 * The view a measure walks for {@code direction}: UNDIRECTED, OUT (arcs forward) or
	 * IN.
	 */
	Adjacency view(Direction direction) {
		return switch (direction) {
			case UNDIRECTED -> this.undirected;
			case OUT -> this.outgoing;
			case IN -> this.incoming;
		};
	}

	/**
	 * Collects links, then builds the immutable graph. Not thread-safe; reusable after
	 * {@link #build()} (later links add to the earlier ones).
	 */
	public static final class Builder {

		private final int nodeCount;

		private int size;

		private int[] from = new int[16];

		private int[] to = new int[16];

		private double[] weight = new double[16];

		private boolean[] symmetric = new boolean[16];

		private Builder(int nodeCount) {
			if (nodeCount < 0) {
				throw new IllegalArgumentException("nodeCount must not be negative: " + nodeCount);
			}
			this.nodeCount = nodeCount;
		}

		/** Adds a directed, non-symmetric link of weight 1. */
		public Builder addLink(int from, int to) {
			return addLink(from, to, 1.0, false);
		}

		/**
		 * Adds a link. {@code symmetric} links count both ways in the directed view;
		 * every link is one undirected edge.
		 * @throws IllegalArgumentException if a node is out of range or the weight is not
		 * a finite positive number
		 */
		public Builder addLink(int from, int to, double weight, boolean symmetric) {
			checkNode(from);
			checkNode(to);
			if (!(weight > 0) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException("weight must be finite and positive: " + weight);
			}
			if (this.size == this.from.length) {
				int capacity = Math.max(16, this.size + (this.size >> 1));
				this.from = Arrays.copyOf(this.from, capacity);
				this.to = Arrays.copyOf(this.to, capacity);
				this.weight = Arrays.copyOf(this.weight, capacity);
				this.symmetric = Arrays.copyOf(this.symmetric, capacity);
			}
			this.from[this.size] = from;
			this.to[this.size] = to;
			this.weight[this.size] = weight;
			this.symmetric[this.size] = symmetric;
			this.size++;
			return this;
		}

		private void checkNode(int node) {
			if (node < 0 || node >= this.nodeCount) {
				throw new IllegalArgumentException("node " + node + " not in 0.." + (this.nodeCount - 1));
			}
		}

		public CompactGraph build() {
			int loops = 0;
			int symmetricLinks = 0;
			for (int i = 0; i < this.size; i++) {
				if (this.from[i] == this.to[i]) {
					loops++;
				}
				else if (this.symmetric[i]) {
					symmetricLinks++;
				}
			}
			int proper = this.size - loops;

			// Undirected: each link once in each endpoint's row.
			int[] src = new int[2 * proper];
			int[] dst = new int[2 * proper];
			double[] w = new double[2 * proper];
			int k = 0;
			for (int i = 0; i < this.size; i++) {
				if (this.from[i] != this.to[i]) {
					src[k] = this.from[i];
					dst[k] = this.to[i];
					w[k++] = this.weight[i];
					src[k] = this.to[i];
					dst[k] = this.from[i];
					w[k++] = this.weight[i];
				}
			}
			Adjacency undirected = compress(this.nodeCount, src, dst, w, k);

			// Directed: the arc as given, plus the reverse one for symmetric links.
			int arcs = proper + symmetricLinks;
			src = new int[arcs];
			dst = new int[arcs];
			w = new double[arcs];
			k = 0;
			for (int i = 0; i < this.size; i++) {
				if (this.from[i] != this.to[i]) {
					src[k] = this.from[i];
					dst[k] = this.to[i];
					w[k++] = this.weight[i];
					if (this.symmetric[i]) {
						src[k] = this.to[i];
						dst[k] = this.from[i];
						w[k++] = this.weight[i];
					}
				}
			}
			Adjacency outgoing = compress(this.nodeCount, src, dst, w, k);
			Adjacency incoming = compress(this.nodeCount, dst, src, w, k);
			return new CompactGraph(this.nodeCount, this.size, undirected, outgoing, incoming);
		}

		/**
		 * Sorts the entries by (source, target) with two stable counting sorts, then
		 * merges repeats of a pair by summing their weights.
		 */
		private static Adjacency compress(int n, int[] src, int[] dst, double[] w, int count) {
			int[] byTarget = countingSort(n, dst, identity(count));
			int[] order = countingSort(n, src, byTarget);
			int[] offsets = new int[n + 1];
			int[] targets = new int[count];
			double[] weights = new double[count];
			int size = 0;
			int row = 0;
			for (int i = 0; i < count; i++) {
				int e = order[i];
				int s = src[e];
				while (row < s) {
					offsets[++row] = size;
				}
				if (size > offsets[s] && targets[size - 1] == dst[e]) {
					weights[size - 1] += w[e];
				}
				else {
					targets[size] = dst[e];
					weights[size] = w[e];
					size++;
				}
			}
			while (row < n) {
				offsets[++row] = size;
			}
			return new Adjacency(n, offsets, Arrays.copyOf(targets, size), Arrays.copyOf(weights, size));
		}

		private static int[] identity(int count) {
			int[] order = new int[count];
			for (int i = 0; i < count; i++) {
				order[i] = i;
			}
			return order;
		}

		/**
		 * Stable counting sort of the entry indices {@code order} by {@code key[entry]}.
		 */
		private static int[] countingSort(int n, int[] key, int[] order) {
			int[] start = new int[n + 1];
			for (int e : order) {
				start[key[e] + 1]++;
			}
			for (int v = 0; v < n; v++) {
				start[v + 1] += start[v];
			}
			int[] sorted = new int[order.length];
			for (int e : order) {
				sorted[start[key[e]]++] = e;
			}
			return sorted;
		}

	}

}
