package org.partnergraph.algorithms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Articulation points (cut vertices) and bridges (cut edges) of the undirected view: the
 * nodes and edges whose removal disconnects part of the network, i.e. the single points
 * of failure between partners. Equal to NetworkX's {@code articulation_points} and
 * {@code bridges}.
 *
 * <p>
 * Hopcroft and Tarjan's depth-first search with low points (Tarjan 1974), written with an
 * explicit stack so that graphs of millions of nodes cannot overflow the thread's stack.
 * Because the view is simple, two links between the same pair are one edge: such an edge
 * can be a bridge even though two links back it.
 *
 * <p>
 * Time {@code O(n + m)}, space {@code O(n)}.
 *
 * @param articulationPoints the cut vertices, ascending
 * @param bridges the cut edges {@code {u, v}} with {@code u < v}, ascending
 */
public record CutElements(int[] articulationPoints, List<int[]> bridges) {

	public static CutElements of(CompactGraph graph) {
		Adjacency view = graph.undirected();
		int n = graph.nodeCount();
		int[] discovery = new int[n];
		int[] low = new int[n];
		int[] parent = new int[n];
		int[] nextEdge = new int[n];
		int[] stack = new int[n];
		boolean[] cut = new boolean[n];
		List<int[]> bridges = new ArrayList<>();
		Arrays.fill(discovery, -1);
		int time = 0;
		for (int root = 0; root < n; root++) {
			if (discovery[root] >= 0) {
				continue;
			}
			int top = 0;
			stack[0] = root;
			parent[root] = -1;
			discovery[root] = low[root] = time++;
			nextEdge[root] = view.offsets[root];
			int rootChildren = 0;
			while (top >= 0) {
				int v = stack[top];
				if (nextEdge[v] < view.offsets[v + 1]) {
					int w = view.targets[nextEdge[v]++];
					if (discovery[w] < 0) {
						parent[w] = v;
						discovery[w] = low[w] = time++;
						nextEdge[w] = view.offsets[w];
						stack[++top] = w;
						if (v == root) {
							rootChildren++;
						}
					}
					else if (w != parent[v]) {
						low[v] = Math.min(low[v], discovery[w]);
					}
				}
				else {
					top--;
					int p = parent[v];
					if (p >= 0) {
						low[p] = Math.min(low[p], low[v]);
						if (low[v] >= discovery[p] && p != root) {
							cut[p] = true;
						}
						if (low[v] > discovery[p]) {
							bridges.add(new int[] { Math.min(p, v), Math.max(p, v) });
						}
					}
				}
			}
			if (rootChildren > 1) {
				cut[root] = true;
			}
		}
		int[] points = java.util.stream.IntStream.range(0, n).filter(v -> cut[v]).toArray();
		bridges.sort((a, b) -> (a[0] != b[0]) ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
		return new CutElements(points, List.copyOf(bridges));
	}

}
