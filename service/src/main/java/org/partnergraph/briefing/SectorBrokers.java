package org.partnergraph.briefing;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

import org.partnergraph.algorithms.CompactGraph;

/**
 * Who lies on the shortest paths between two groups of organisations (justice agencies
 * and CSOs, say), and what share of those paths a few of them hold together.
 *
 * <p>
 * For every connected pair (s, t) of a source and a target, the share of the shortest
 * paths from s to t that pass through a broker b (not s or t) is {@code σ_st(b) / σ_st};
 * a broker's share of all the paths is the mean over the connected pairs, so each pair
 * counts once however many paths it has (Brandes' pair dependencies, accumulated over the
 * targets only; Brandes 2008, "On variants of shortest-path betweenness centrality and
 * their generic computation", Social Networks 30:136-145). The share of a set of brokers
 * together is worked out exactly: a path avoids them all when it is a shortest path in
 * the network without them of the same length. Unweighted, undirected: an introduction
 * can go either way along a tie.
 *
 * <p>
 * Time {@code O(|sources| (n + m))} per question; space {@code O(n)}.
 */
final class SectorBrokers {

	private final CompactGraph graph;

	private final int[] sources;

	private final boolean[] target;

	private final int targets;

	SectorBrokers(CompactGraph graph, int[] sources, boolean[] target) {
		this.graph = graph;
		this.sources = sources;
		this.target = target;
		int count = 0;
		for (boolean t : target) {
			count += t ? 1 : 0;
		}
		this.targets = count;
	}

	/** Source-target pairs, whether connected or not. */
	long pairs() {
		long pairs = 0;
		for (int s : this.sources) {
			pairs += this.target[s] ? this.targets - 1 : this.targets;
		}
		return pairs;
	}

	/** Source-target pairs joined by some path. */
	long connectedPairs() {
		long connected = 0;
		for (int s : this.sources) {
			Bfs bfs = new Bfs(this.graph, s, null);
			for (int v = 0; v < this.target.length; v++) {
				if (this.target[v] && v != s && bfs.distance[v] >= 0) {
					connected++;
				}
			}
		}
		return connected;
	}

	/**
	 * Each node's summed pair dependency: divided by {@link #connectedPairs()}, its share
	 * of the shortest paths between the groups.
	 */
	double[] dependencies() {
		int n = this.graph.nodeCount();
		double[] total = new double[n];
		for (int s : this.sources) {
			Bfs bfs = new Bfs(this.graph, s, null);
			double[] delta = new double[n];
			for (int i = bfs.order.length - 1; i >= 0; i--) {
				int w = bfs.order[i];
				double own = (this.target[w] && w != s ? 1 : 0) + delta[w];
				for (int v : this.graph.neighbours(w)) {
					if (bfs.distance[v] == bfs.distance[w] - 1) {
						delta[v] += bfs.paths[v] / bfs.paths[w] * own;
					}
				}
				if (w != s) {
					total[w] += delta[w];
				}
			}
		}
		return total;
	}

	/**
	 * The share of the shortest paths between the groups that pass through any of these.
	 */
	double shareThrough(List<Integer> brokers) {
		boolean[] removed = new boolean[this.graph.nodeCount()];
		brokers.forEach(b -> removed[b] = true);
		double sum = 0;
		long connected = 0;
		for (int s : this.sources) {
			Bfs with = new Bfs(this.graph, s, null);
			Bfs without = removed[s] ? null : new Bfs(this.graph, s, removed);
			for (int t = 0; t < this.target.length; t++) {
				if (!this.target[t] || t == s || with.distance[t] < 0) {
					continue;
				}
				connected++;
				if (removed[s] || removed[t]) {
					// A broker that is an end of the pair does not broker it.
					if (without == null || without.distance[t] != with.distance[t]) {
						continue;
					}
				}
				double avoiding = without != null && without.distance[t] == with.distance[t] ? without.paths[t] : 0;
				sum += 1 - avoiding / with.paths[t];
			}
		}
		return connected == 0 ? 0 : sum / connected;
	}

	/** Breadth-first search counting shortest paths, optionally around removed nodes. */
	private static final class Bfs {

		final int[] distance;

		final double[] paths;

		final int[] order;

		Bfs(CompactGraph graph, int source, boolean[] removed) {
			int n = graph.nodeCount();
			this.distance = new int[n];
			this.paths = new double[n];
			Arrays.fill(this.distance, -1);
			int[] seen = new int[n];
			int count = 0;
			this.distance[source] = 0;
			this.paths[source] = 1;
			var queue = new ArrayDeque<Integer>();
			queue.add(source);
			while (!queue.isEmpty()) {
				int v = queue.poll();
				seen[count++] = v;
				for (int w : graph.neighbours(v)) {
					if (removed != null && removed[w]) {
						continue;
					}
					if (this.distance[w] < 0) {
						this.distance[w] = this.distance[v] + 1;
						queue.add(w);
					}
					if (this.distance[w] == this.distance[v] + 1) {
						this.paths[w] += this.paths[v];
					}
				}
			}
			this.order = Arrays.copyOf(seen, count);
		}

	}

}
