package org.partnergraph.algorithms;

import java.util.stream.IntStream;

/**
 * Burt's structural-hole measures of the undirected view (Burt 1992, <i>Structural
 * Holes</i>), equal to NetworkX's {@code constraint}, {@code effective_size} and the
 * efficiency its documentation defines.
 *
 * <p>
 * With {@code p(u,v)} the normalised mutual weight {@code w(u,v) / strength(u)}
 * (unweighted: {@code 1/deg(u)}) and {@code N(v)} the neighbours of {@code v}:
 * <ul>
 * <li><b>constraint</b> {@code c(v) = Σ_{j∈N(v)} (p(v,j) + Σ_{q∈N(v)} p(v,q)·p(q,j))²}:
 * how much v's contacts are tied to each other; low constraint means v spans structural
 * holes;</li>
 * <li><b>effective size</b> {@code Σ_{u∈N(v)} (1 - Σ_{w∈N(v)} p(v,w)·m(u,w))} with
 * {@code m(u,w) = w(u,w) / max_x w(u,x)}: the number of contacts less their redundancy.
 * Unweighted this is Borgatti's (1997) {@code deg(v) - 2t(v)/deg(v)} for {@code t(v)} the
 * links among v's neighbours, which is what NetworkX computes;</li>
 * <li><b>efficiency</b>: effective size divided by degree.</li>
 * </ul>
 * An isolate has no contacts and every measure is NaN for it, as in NetworkX.
 *
 * <p>
 * Time {@code O(Σ_v deg(v)²)}, spread over all cores; space {@code O(n)} per worker.
 */
public final class StructuralHoles {

	/**
	 * The three measures, indexed by node; arrays owned by the caller.
	 *
	 * @param constraint Burt's constraint
	 * @param effectiveSize Burt's effective size
	 * @param efficiency effective size over degree
	 */
	public record Scores(double[] constraint, double[] effectiveSize, double[] efficiency) {
	}

	private StructuralHoles() {
	}

	public static Scores compute(CompactGraph graph, boolean weighted) {
		Adjacency view = graph.undirected();
		int n = graph.nodeCount();
		double[] strength = new double[n];
		double[] maxWeight = new double[n];
		for (int v = 0; v < n; v++) {
			for (int i = view.offsets[v]; i < view.offsets[v + 1]; i++) {
				double w = weighted ? view.weights[i] : 1.0;
				strength[v] += w;
				maxWeight[v] = Math.max(maxWeight[v], w);
			}
		}
		double[] constraint = new double[n];
		double[] effectiveSize = new double[n];
		double[] efficiency = new double[n];
		int blocks = Math.min(n, 64);
		IntStream.range(0, blocks).parallel().forEach(block -> {
			// share[j] = p(v, j) for the neighbours j of the current v, indirect[j] the
			// two-step part.
			double[] share = new double[n];
			double[] indirect = new double[n];
			boolean[] isNeighbour = new boolean[n];
			for (int v = block; v < n; v += blocks) {
				int start = view.offsets[v];
				int end = view.offsets[v + 1];
				if (start == end) {
					constraint[v] = Double.NaN;
					effectiveSize[v] = Double.NaN;
					efficiency[v] = Double.NaN;
					continue;
				}
				for (int i = start; i < end; i++) {
					int j = view.targets[i];
					isNeighbour[j] = true;
					share[j] = (weighted ? view.weights[i] : 1.0) / strength[v];
				}
				double redundancy = 0;
				for (int i = start; i < end; i++) {
					int q = view.targets[i];
					double pvq = share[q];
					for (int k = view.offsets[q], qEnd = view.offsets[q + 1]; k < qEnd; k++) {
						int j = view.targets[k];
						if (isNeighbour[j]) {
							double wqj = weighted ? view.weights[k] : 1.0;
							indirect[j] += pvq * wqj / strength[q];
							redundancy += share[j] * wqj / maxWeight[q];
						}
					}
				}
				double c = 0;
				for (int i = start; i < end; i++) {
					int j = view.targets[i];
					double local = share[j] + indirect[j];
					c += local * local;
					isNeighbour[j] = false;
					share[j] = 0;
					indirect[j] = 0;
				}
				int degree = end - start;
				constraint[v] = c;
				// Unweighted, redundancy counts each link among the neighbours twice,
				// divided by
				// deg(v): Borgatti's 2t/deg.
				effectiveSize[v] = degree - redundancy;
				efficiency[v] = effectiveSize[v] / degree;
			}
		});
		return new Scores(constraint, effectiveSize, efficiency);
	}

}
