package org.partnergraph.algorithms;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs one task per source node on all cores of the common {@link ForkJoinPool}. The
 * sources are dealt round-robin into a few blocks per core (a node's cost varies, so
 * several blocks per core even out the load); each block gets its own {@link PathWorker}
 * and partial-sum array, so the hot loops share nothing, and the partial sums are added
 * up at the end.
 */
final class ParallelSources {

	/**
	 * Blocks per core: enough to balance uneven sources, few enough to keep the memory
	 * small.
	 */
	private static final int BLOCKS_PER_CORE = 4;

	@FunctionalInterface
	interface SourceTask {

		/**
		 * Handles one source with the block's own worker; may add to {@code partial} (the
		 * block's own array) or write results that belong to {@code source} alone.
		 */
		void run(PathWorker worker, int source, double[] partial);

	}

	private ParallelSources() {
	}

	/**
	 * Runs {@code task} for every source and returns the sum of the blocks' partial
	 * arrays.
	 */
	static double[] sum(int nodeCount, int[] sources, SourceTask task) {
		int blocks = blockCount(sources.length);
		if (blocks == 0) {
			return new double[nodeCount];
		}
		return IntStream.range(0, blocks).parallel().mapToObj(block -> {
			PathWorker worker = new PathWorker(nodeCount);
			double[] partial = new double[nodeCount];
			for (int i = block; i < sources.length; i += blocks) {
				task.run(worker, sources[i], partial);
			}
			return partial;
		}).reduce((a, b) -> {
			for (int v = 0; v < a.length; v++) {
				a[v] += b[v];
			}
			return a;
		}).orElseThrow();
	}

	/**
	 * Runs {@code task} for every source, for tasks that write only their own source's
	 * result.
	 */
	static void run(int nodeCount, int[] sources, SourceTask task) {
		int blocks = blockCount(sources.length);
		IntStream.range(0, blocks).parallel().forEach(block -> {
			PathWorker worker = new PathWorker(nodeCount);
			for (int i = block; i < sources.length; i += blocks) {
				task.run(worker, sources[i], null);
			}
		});
	}

	private static int blockCount(int sources) {
		return Math.min(sources, BLOCKS_PER_CORE * Math.max(1, ForkJoinPool.getCommonPoolParallelism()));
	}

}
