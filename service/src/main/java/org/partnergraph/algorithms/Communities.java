package org.partnergraph.algorithms;

import java.util.Random;
import java.util.stream.IntStream;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Communities of the undirected view by modularity, found with the Leiden algorithm
 * (Traag, Waltman and van Eck 2019, "From Louvain to Leiden: guaranteeing well-connected
 * communities", Scientific Reports 9:5233) as implemented by CWTS's
 * {@code networkanalysis} library.
 *
 * <p>
 * That library optimises the constant Potts model (CPM) with node weights; with each node
 * weighted by its degree (or strength) and the CPM resolution set to
 * {@code resolution / 2m}, CPM quality is modularity, which is how the library's own
 * command line does modularity. Leiden is run from several seeds derived from the given
 * one ({@link #MAX_STARTS} on small graphs), each for at most {@link #MAX_ITERATIONS}
 * iterations on small graphs (fewer on large ones) or until an iteration gains less than
 * {@link #MIN_GAIN}, and the partition with the highest modularity wins, so the same seed
 * gives the same communities.
 *
 * <p>
 * Modularity is computed exactly as NetworkX's {@code community.modularity}:
 * {@code Q = Σ_c [L_c/m - resolution·(D_c/2m)²]} for {@code L_c} the weight of the edges
 * inside community {@code c}, {@code D_c} the sum of its degrees (strengths) and
 * {@code m} the total weight. It is NaN for a graph without edges.
 *
 * <p>
 * Time: about {@code O(m)} per Leiden iteration, a few iterations per start; space
 * {@code O(n + m)}.
 */
public final class Communities {

	/**
	 * The defaults' scale: a graph of up to a tenth of this many edges gets
	 * {@link #MAX_STARTS} starts of up to {@link #MAX_ITERATIONS} iterations; a larger
	 * one gets {@code BUDGET_EDGES / edges} of each (at least one start and
	 * {@link #MIN_ITERATIONS} iterations), so a large graph gets a few short runs instead
	 * of ten long ones.
	 */
	static final long BUDGET_EDGES = 100_000;

	/**
	 * Default number of independent Leiden runs, the best kept: 10 on small graphs, fewer
	 * as the graph grows ({@code 100,000 / edges}, at least 1), to keep the time bounded.
	 */
	static final int MAX_STARTS = 10;

	/**
	 * Default cap on the iterations of each run on small graphs. Running until stable
	 * gains little: on the synthetic 10,000-node network 10 iterations reach modularity
	 * 0.2913 where running to the end (about 25 iterations, three times as long) reaches
	 * 0.2938.
	 */
	static final int MAX_ITERATIONS = 10;

	/**
	 * The fewest iterations a default run may be capped at, on the largest graphs. One
	 * Leiden iteration leaves most of the gain of the second behind: on the synthetic
	 * 10,000 / 50,000 network (two starts, twenty seeds, in process) one iteration
	 * reaches modularity 0.2791 on average (0.2768 at worst) in 22 ms, two 0.2863 (0.2849
	 * at worst) in 34 ms, three 0.2879 in 44 ms; igraph's Leiden run until stable reaches
	 * about 0.278 on that network.
	 */
	static final int MIN_ITERATIONS = 2;

	/**
	 * By default a run also ends at the first iteration that raises modularity by less
	 * than this. The late iterations each move a few nodes for a gain no reader of the
	 * communities would notice: on the synthetic 10,000-node network the first three
	 * reach 0.288 in about a third of the time of ten (0.291).
	 */
	static final double MIN_GAIN = 0.001;

	/**
	 * A partition of the nodes.
	 *
	 * @param community the community of each node, numbered from 0 by decreasing size
	 * @param count number of communities
	 * @param modularity its modularity at the resolution it was found with
	 */
	public record Partition(int[] community, int count, double modularity) {
	}

	private Communities() {
	}

	/**
	 * Communities of maximal modularity at {@code resolution} (1 is standard modularity;
	 * higher gives more, smaller communities). Isolates are communities of their own.
	 */
	public static Partition leiden(CompactGraph graph, boolean weighted, double resolution, long seed) {
		long scale = BUDGET_EDGES / Math.max(1, graph.edgeCount());
		int starts = (int) Math.clamp(scale, 1, MAX_STARTS);
		int iterations = (int) Math.clamp(scale, MIN_ITERATIONS, MAX_ITERATIONS);
		return leiden(graph, weighted, resolution, seed, starts, iterations, MIN_GAIN);
	}

	/**
	 * Leiden with {@code starts} random starts of at most {@code iterations} iterations
	 * each, a run stopping early once an iteration changes nothing;
	 * {@code iterations < 0} means until stable.
	 */
	public static Partition leiden(CompactGraph graph, boolean weighted, double resolution, long seed, int starts,
			int iterations) {
		return leiden(graph, weighted, resolution, seed, starts, iterations, Double.NEGATIVE_INFINITY);
	}

	/**
	 * Leiden as {@link #leiden(CompactGraph, boolean, double, long, int, int)}, a run
	 * also stopping once an iteration raises modularity by less than {@code minGain}.
	 */
	static Partition leiden(CompactGraph graph, boolean weighted, double resolution, long seed, int starts,
			int iterations, double minGain) {
		if (starts < 1) {
			throw new IllegalArgumentException("starts must be at least 1: " + starts);
		}
		if (!(resolution > 0)) {
			throw new IllegalArgumentException("resolution must be positive: " + resolution);
		}
		int n = graph.nodeCount();
		Adjacency view = graph.undirected();
		if (view.entryCount() == 0) {
			int[] singletons = Centrality.allNodes(n);
			return new Partition(singletons, n, Double.NaN);
		}
		long[] firstNeighbour = new long[n + 1];
		for (int v = 0; v <= n; v++) {
			firstNeighbour[v] = view.offsets[v];
		}
		double[] weights = new double[view.entryCount()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = weighted ? view.weights[i] : 1.0;
		}
		// Node weights = strengths, the library's way of doing modularity.
		Network network = new Network(n, true, firstNeighbour, new LargeIntArray(view.targets.clone()),
				new LargeDoubleArray(weights), false);
		double cpmResolution = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
		Random seeds = new Random(seed);
		long[] startSeeds = new long[starts];
		for (int start = 0; start < starts; start++) {
			startSeeds[start] = seeds.nextLong();
		}
		// The starts are independent, so they run side by side on the common pool (the
		// network is only read); each start's seed is drawn above, in order, so the
		// answer is the same whatever the number of cores.
		int[][] communities = IntStream.range(0, starts).parallel().mapToObj(start -> {
			LeidenAlgorithm leiden = new LeidenAlgorithm(cpmResolution, 1, LeidenAlgorithm.DEFAULT_RANDOMNESS,
					new Random(startSeeds[start]));
			Clustering clustering = new Clustering(n);
			double quality = Double.NEGATIVE_INFINITY;
			for (int i = 0; i != iterations && leiden.improveClustering(network, clustering); i++) {
				// One Leiden iteration per round, until it stops improving, the budget is
				// spent, or the gain is too small to matter. With the node weights and
				// resolution above, the library's quality is the modularity.
				double improved = leiden.calcQuality(network, clustering);
				if (improved - quality < minGain) {
					break;
				}
				quality = improved;
			}
			return clustering.getClusters();
		}).toArray(int[][]::new);
		int[] best = null;
		double bestModularity = Double.NEGATIVE_INFINITY;
		for (int[] community : communities) {
			// The first of equally good starts wins, as when they ran one after another.
			double q = modularity(graph, community, weighted, resolution);
			if (q > bestModularity) {
				bestModularity = q;
				best = community;
			}
		}
		Clustering clustering = new Clustering(best);
		clustering.orderClustersByNNodes();
		return new Partition(clustering.getClusters(), clustering.getNClusters(), bestModularity);
	}

	/**
	 * Modularity of a partition, as NetworkX's
	 * {@code community.modularity(G, communities,
	 * weight, resolution)}; {@code community[v]} is any non-negative label.
	 */
	public static double modularity(CompactGraph graph, int[] community, boolean weighted, double resolution) {
		int n = graph.nodeCount();
		if (community.length != n) {
			throw new IllegalArgumentException("need one community per node: " + community.length + " != " + n);
		}
		Adjacency view = graph.undirected();
		int labels = 0;
		for (int c : community) {
			if (c < 0) {
				throw new IllegalArgumentException("community labels must not be negative: " + c);
			}
			labels = Math.max(labels, c + 1);
		}
		double[] inside = new double[labels];
		double[] degreeSum = new double[labels];
		double total = 0;
		for (int v = 0; v < n; v++) {
			for (int i = view.offsets[v]; i < view.offsets[v + 1]; i++) {
				double w = weighted ? view.weights[i] : 1.0;
				degreeSum[community[v]] += w;
				total += w;
				if (community[view.targets[i]] == community[v]) {
					inside[community[v]] += w;
				}
			}
		}
		if (total == 0) {
			return Double.NaN;
		}
		// total = 2m; inside[c] counts each internal edge twice, so inside[c]/total =
		// L_c/m.
		double q = 0;
		for (int c = 0; c < labels; c++) {
			double share = degreeSum[c] / total;
			q += inside[c] / total - resolution * share * share;
		}
		return q;
	}

}
