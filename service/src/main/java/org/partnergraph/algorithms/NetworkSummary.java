package org.partnergraph.algorithms;

import java.util.stream.IntStream;

/**
 * Whole-network figures of a {@link CompactGraph}, each as NetworkX computes it on the
 * undirected simple view (unweighted):
 *
 * <ul>
 * <li>{@code density}: {@code nx.density}, {@code 2E / (n(n-1))}, 0 for
 * {@code n <= 1};</li>
 * <li>{@code components}: {@code nx.number_connected_components};</li>
 * <li>{@code diameter} and {@code averageShortestPathLength} of the largest connected
 * component ({@code nx.diameter}, {@code nx.average_shortest_path_length}); on a tie in
 * size, the component with the lowest node id, as NetworkX's
 * {@code max(connected_components(G),
 * key=len)}; 0 for a component of one node;;</li>
 * <li>{@code averageClustering}: {@code nx.average_clustering}, the mean over all nodes
 * of the local clustering coefficient, nodes of degree below 2 counting as 0; NaN for
 * {@code n = 0};</li>
 * <li>{@code groupAssortativity}: {@code nx.attribute_assortativity_coefficient} of the
 * given grouping (e.g. sector): 1 when links stay within groups, negative when they cross
 * them; NaN without groups, without edges, or when every node is in one group.</li>
 * </ul>
 *
 * <p>
 * Time {@code O(n/64 · ecc · (n + m) + n²)} for the path figures (a bit-parallel BFS from
 * every node of the largest component) and {@code O(Σ deg²)} for clustering; space
 * {@code O(n + m)}.
 *
 * @param nodes n
 * @param links links passed in, self-loops and parallel links included
 * @param edges edges of the undirected simple view
 * @param density see above
 * @param components number of connected components
 * @param largestComponentNodes nodes in the largest component
 * @param diameter of the largest component
 * @param averageShortestPathLength of the largest component
 * @param averageClustering see above
 * @param groupAssortativity see above
 */
public record NetworkSummary(int nodes, int links, int edges, double density, int components, int largestComponentNodes,
		int diameter, double averageShortestPathLength, double averageClustering, double groupAssortativity) {

	/**
	 * The summary; {@code groups} may be null, which makes {@code groupAssortativity}
	 * NaN.
	 */
	public static NetworkSummary of(CompactGraph graph, int[] groups) {
		int n = graph.nodeCount();
		Adjacency view = graph.undirected();
		int edges = graph.edgeCount();
		double density = (n <= 1) ? 0.0 : 2.0 * edges / ((double) n * (n - 1));

		int[] component = componentLabels(view);
		int components = 0;
		for (int c : component) {
			components = Math.max(components, c + 1);
		}
		int[] componentSize = new int[components];
		for (int c : component) {
			componentSize[c]++;
		}
		// Labels are given in order of lowest node, so the first maximum is NetworkX's
		// choice.
		int largest = -1;
		for (int c = 0; c < components; c++) {
			if (largest < 0 || componentSize[c] > componentSize[largest]) {
				largest = c;
			}
		}
		int largestSize = (largest < 0) ? 0 : componentSize[largest];
		int diameter = 0;
		double averagePath = 0;
		if (largestSize > 1) {
			MultiSourceBfs.Totals totals = MultiSourceBfs.run(view);
			long distanceSum = 0;
			for (int v = 0; v < n; v++) {
				if (component[v] == largest) {
					distanceSum += totals.distanceSum()[v];
					diameter = Math.max(diameter, totals.eccentricity()[v]);
				}
			}
			averagePath = distanceSum / ((double) largestSize * (largestSize - 1));
		}
		double clustering = (n == 0) ? Double.NaN
				: IntStream.range(0, n).parallel().mapToDouble(v -> localClustering(view, v)).sum() / n;
		double assortativity = (groups == null) ? Double.NaN : assortativity(view, groups);
		return new NetworkSummary(n, graph.linkCount(), edges, density, components, largestSize, diameter, averagePath,
				clustering, assortativity);
	}

	/**
	 * The connected component of each node, links taken both ways, numbered 0, 1, ... in
	 * order of each component's lowest node.
	 */
	public static int[] componentOf(CompactGraph graph) {
		return componentLabels(graph.view(Direction.UNDIRECTED));
	}

	/**
	 * The size of each connected component, links taken both ways, in order of each
	 * component's lowest node.
	 */
	public static int[] componentSizes(CompactGraph graph) {
		int[] label = componentLabels(graph.view(Direction.UNDIRECTED));
		int count = 0;
		for (int component : label) {
			count = Math.max(count, component + 1);
		}
		int[] sizes = new int[count];
		for (int component : label) {
			sizes[component]++;
		}
		return sizes;
	}

	/**
	 * Component of each node, numbered 0, 1, ... in order of each component's lowest
	 * node.
	 */
	static int[] componentLabels(Adjacency view) {
		int n = view.nodeCount;
		int[] label = new int[n];
		java.util.Arrays.fill(label, -1);
		int[] queue = new int[n];
		int next = 0;
		for (int root = 0; root < n; root++) {
			if (label[root] >= 0) {
				continue;
			}
			label[root] = next;
			int size = 0;
			queue[size++] = root;
			for (int head = 0; head < size; head++) {
				int v = queue[head];
				for (int i = view.offsets[v]; i < view.offsets[v + 1]; i++) {
					int w = view.targets[i];
					if (label[w] < 0) {
						label[w] = next;
						queue[size++] = w;
					}
				}
			}
			next++;
		}
		return label;
	}

	/**
	 * Links among the neighbours of v over the pairs of neighbours; rows are sorted, so
	 * merge.
	 */
	private static double localClustering(Adjacency view, int v) {
		int start = view.offsets[v];
		int end = view.offsets[v + 1];
		int degree = end - start;
		if (degree < 2) {
			return 0.0;
		}
		long links = 0;
		for (int i = start; i < end; i++) {
			int u = view.targets[i];
			// count common neighbours of u and v by merging the two sorted rows
			int a = start;
			int b = view.offsets[u];
			int bEnd = view.offsets[u + 1];
			while (a < end && b < bEnd) {
				int x = view.targets[a];
				int y = view.targets[b];
				if (x < y) {
					a++;
				}
				else if (x > y) {
					b++;
				}
				else {
					links++;
					a++;
					b++;
				}
			}
		}
		// each link among neighbours was seen from both ends
		return links / ((double) degree * (degree - 1));
	}

	private static double assortativity(Adjacency view, int[] groups) {
		int n = view.nodeCount;
		if (groups.length != n) {
			throw new IllegalArgumentException("need one group per node: " + groups.length + " != " + n);
		}
		java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
		for (int g : groups) {
			index.putIfAbsent(g, index.size());
		}
		int k = index.size();
		double[][] mixing = new double[k][k];
		double total = 0;
		for (int v = 0; v < n; v++) {
			int gv = index.get(groups[v]);
			for (int i = view.offsets[v]; i < view.offsets[v + 1]; i++) {
				mixing[gv][index.get(groups[view.targets[i]])] += 1;
				total += 1;
			}
		}
		if (total == 0) {
			return Double.NaN;
		}
		double trace = 0;
		double products = 0;
		for (int a = 0; a < k; a++) {
			double row = 0;
			double column = 0;
			for (int b = 0; b < k; b++) {
				row += mixing[a][b];
				column += mixing[b][a];
			}
			trace += mixing[a][a] / total;
			products += (row / total) * (column / total);
		}
		return (trace - products) / (1 - products);
	}

}
