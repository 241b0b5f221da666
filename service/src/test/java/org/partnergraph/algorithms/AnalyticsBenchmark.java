package org.partnergraph.algorithms;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import org.partnergraph.generator.SyntheticNetwork;

/**
 * A plain timing harness (no JMH on the classpath): generates the synthetic network,
 * warms each measure up, then reports the best and median of a few timed runs. Run from
 * the repository root after {@code ./mvnw -pl service -am test-compile}:
 *
 * <pre>
 * java -cp service/target/classes:service/target/test-classes:$(cat cp.txt) \
 *     org.partnergraph.algorithms.AnalyticsBenchmark [nodes links]
 * </pre>
 *
 * where {@code cp.txt} comes from {@code ./mvnw -q -pl service dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}. Add {@code large} as the last argument to also time
 * approximate betweenness on 100,000 and 1,000,000 nodes, and {@code error} to measure
 * the sampling error.
 *
 * <p>
 * Figures from the first runs (2-core Xeon at 2.3 GHz, Java 25, 10,000 nodes and 50,000
 * links, 48,984 edges, largest degree 1,285), process CPU time per run; the machine was
 * shared with another build (load average 5 to 11), so wall times were 1.5 to 2.5 times
 * CPU/2: exact betweenness 7.8 s CPU (best wall 5.1 s on the quietest run), directed 6.6
 * s, weighted 22 s; 500-sample betweenness 0.4 s; closeness and harmonic 0.37 s, weighted
 * closeness 17 s; PageRank 0.02 s; eigenvector 0.02 s; structural holes 0.04 s; cut
 * elements 0.006 s; Leiden 0.57 s; brokerage 0.09 s; summary 0.43 s. 100-sample
 * betweenness: 1.5 s CPU on 100,000 nodes, 40 s on 1,000,000 nodes (5,000,000 links).
 */
public final class AnalyticsBenchmark {

	private static volatile Object sink;

	private AnalyticsBenchmark() {
	}

	public static void main(String[] args) {
		int nodes = (args.length >= 2) ? Integer.parseInt(args[0]) : 10_000;
		int links = (args.length >= 2) ? Integer.parseInt(args[1]) : 50_000;
		boolean large = Arrays.asList(args).contains("large");
		boolean error = Arrays.asList(args).contains("error");
		System.out.printf(Locale.ROOT, "cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));

		long t0 = System.nanoTime();
		SyntheticNetwork network = SyntheticNetwork.generate(nodes, links, 42);
		CompactGraph graph = network.graph();
		System.out.printf(Locale.ROOT,
				"generate + build %d nodes, %d links (%d edges, %d arcs, max degree %d): %.0f ms%n", nodes, links,
				graph.edgeCount(), graph.arcCount(), maxDegree(graph), (System.nanoTime() - t0) / 1e6);
		int[] sectors = network.sectorGroups();
		Direction u = Direction.UNDIRECTED;

		time("build CompactGraph", 5, network::graph);
		time("degree", 5, () -> Centrality.degree(graph, u, false));
		time("betweenness (exact)", 3, () -> Centrality.betweenness(graph, u, false));
		time("betweenness (exact, weighted)", 2, () -> Centrality.betweenness(graph, u, true));
		time("betweenness (exact, directed)", 3, () -> Centrality.betweenness(graph, Direction.OUT, false));
		time("betweenness (500 samples)", 5, () -> Centrality.approximateBetweenness(graph, u, false, 500, 1));
		time("closeness", 3, () -> Centrality.closeness(graph, u, false));
		time("closeness (weighted)", 3, () -> Centrality.closeness(graph, u, true));
		time("harmonic", 3, () -> Centrality.harmonic(graph, u, false));
		time("pagerank", 5, () -> Centrality.pageRank(graph, u, false, 0.85));
		time("pagerank (directed, weighted)", 5, () -> Centrality.pageRank(graph, Direction.OUT, true, 0.85));
		time("eigenvector", 5, () -> Centrality.eigenvector(graph, false));
		timeIfPresent("structural holes", 5, () -> StructuralHoles.compute(graph, false));
		timeIfPresent("articulation points + bridges", 5, () -> CutElements.of(graph));
		timeIfPresent("communities (Leiden)", 5, () -> Communities.leiden(graph, false, 1.0, 42));
		timeIfPresent("brokerage (sectors)", 5, () -> Brokerage.compute(graph, sectors));
		timeIfPresent("summary", 3, () -> NetworkSummary.of(graph, sectors));

		if (error) {
			samplingError(graph);
		}
		if (large) {
			for (int n : new int[] { 100_000, 1_000_000 }) {
				long start = System.nanoTime();
				CompactGraph big = SyntheticNetwork.generate(n, 5 * n, 7).graph();
				System.out.printf(Locale.ROOT, "generate + build %d nodes, %d links: %.0f ms%n", n, 5 * n,
						(System.nanoTime() - start) / 1e6);
				time("betweenness " + n + " (100 samples)", 2,
						() -> Centrality.approximateBetweenness(big, u, false, 100, 1));
				time("pagerank " + n, 2, () -> Centrality.pageRank(big, u, false, 0.85));
				timeIfPresent("communities (Leiden) " + n, 1, () -> Communities.leiden(big, false, 1.0, 42));
			}
		}
	}

	private static void samplingError(CompactGraph graph) {
		double[] exact = Centrality.betweenness(graph, Direction.UNDIRECTED, false);
		Integer[] order = topOrder(exact);
		for (int samples : new int[] { 100, 500, 1000 }) {
			double[] approx = Centrality.approximateBetweenness(graph, Direction.UNDIRECTED, false, samples, 1);
			double max = 0;
			double sum = 0;
			for (int v = 0; v < exact.length; v++) {
				double e = Math.abs(approx[v] - exact[v]);
				max = Math.max(max, e);
				sum += e;
			}
			Integer[] approxOrder = topOrder(approx);
			int common = 0;
			for (int i = 0; i < 10; i++) {
				for (int j = 0; j < 10; j++) {
					if (order[i].equals(approxOrder[j])) {
						common++;
					}
				}
			}
			System.out.printf(Locale.ROOT,
					"samples %5d: mean abs error %.2e, max abs error %.2e (largest exact value %.3f), top-10 overlap %d%n",
					samples, sum / exact.length, max, exact[order[0]], common);
		}
	}

	private static Integer[] topOrder(double[] values) {
		Integer[] order = new Integer[values.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
		return order;
	}

	private static int maxDegree(CompactGraph graph) {
		int max = 0;
		for (int v = 0; v < graph.nodeCount(); v++) {
			max = Math.max(max, graph.degree(v));
		}
		return max;
	}

	private static void timeIfPresent(String name, int runs, Supplier<Object> measure) {
		time(name, runs, measure);
	}

	/**
	 * Wall-clock best and median, plus the process CPU time per run: on a shared machine
	 * the wall time swings with the neighbours' load, the CPU time much less (divide it
	 * by the cores for the wall time of a parallel measure on an idle machine).
	 */
	private static void time(String name, int runs, Supplier<Object> measure) {
		sink = measure.get(); // warm-up
		double[] millis = new double[runs];
		long cpuStart = processCpuNanos();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			sink = measure.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		double cpu = (processCpuNanos() - cpuStart) / 1e6 / runs;
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "%-40s best %9.1f ms, median %9.1f ms, cpu %9.1f ms/run (%d runs)%n", name,
				millis[0], millis[runs / 2], cpu, runs);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

}
