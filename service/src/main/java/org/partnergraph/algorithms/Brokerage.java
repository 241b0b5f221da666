package org.partnergraph.algorithms;

import java.util.stream.IntStream;

/**
 * Gould and Fernandez brokerage roles (Gould and Fernandez 1989, "Structures of
 * Mediation", Sociological Methodology 19:89-126) on the directed view, exactly as R's
 * {@code sna::brokerage(g, cl)} (sna 2.7) computes them, counts and null-model z-scores
 * alike.
 *
 * <p>
 * Node {@code v} brokers an open two-path {@code a -> v -> b} when {@code a}, {@code v}
 * and {@code b} are distinct and there is no arc {@code a -> b} (an arc {@code b -> a}
 * does not matter). Its role depends on the groups of the three:
 * <ul>
 * <li>{@link Role#COORDINATOR} ({@code w_I}): all three in one group;</li>
 * <li>{@link Role#ITINERANT} ({@code w_O}): {@code a} and {@code b} in one group,
 * {@code v} in another;</li>
 * <li>{@link Role#REPRESENTATIVE} ({@code b_IO}): {@code a} in {@code v}'s group,
 * {@code b} outside it;</li>
 * <li>{@link Role#GATEKEEPER} ({@code b_OI}): {@code b} in {@code v}'s group, {@code a}
 * outside it;</li>
 * <li>{@link Role#LIAISON} ({@code b_O}): three different groups;</li>
 * <li>{@link Role#TOTAL} ({@code t}): the sum.</li>
 * </ul>
 *
 * <p>
 * The null model is sna's: a random digraph of the same density
 * {@code d = arcs / (n(n-1))} with the same group sizes. The per-node expectations and
 * standard deviations depend only on the node's group; z is
 * {@code (count - expected) / sd}, NaN or infinite where sd is 0 (a group of one, say),
 * as in R. The whole-network ({@code gli}) versions are given too.
 *
 * <p>
 * Time {@code O(Σ_v indeg(v)·outdeg(v)·log n)}, spread over all cores; space
 * {@code O(n)}.
 */
public final class Brokerage {

	/** The roles, in sna's column order. */
	public enum Role {

		COORDINATOR, ITINERANT, REPRESENTATIVE, GATEKEEPER, LIAISON, TOTAL

	}

	/**
	 * Brokerage counts and their null-model comparison; arrays indexed
	 * {@code [role][node]} (or {@code [role]} for the network totals) by
	 * {@link Role#ordinal()}, owned by the caller.
	 *
	 * @param counts per node, sna's {@code raw.nli}
	 * @param expected per node, {@code exp.nli}
	 * @param sd per node, {@code sd.nli}
	 * @param z per node, {@code z.nli}
	 * @param networkCounts whole network, {@code raw.gli}
	 * @param networkExpected {@code exp.gli}
	 * @param networkSd {@code sd.gli}
	 * @param networkZ {@code z.gli}
	 */
	public record Result(long[][] counts, double[][] expected, double[][] sd, double[][] z, long[] networkCounts,
			double[] networkExpected, double[] networkSd, double[] networkZ) {

		public long count(Role role, int node) {
			return this.counts[role.ordinal()][node];
		}

		public double z(Role role, int node) {
			return this.z[role.ordinal()][node];
		}

	}

	private static final int ROLES = 6;

	private Brokerage() {
	}

	/**
	 * Brokerage of every node given the group of each node ({@code group[v]} any int
	 * label).
	 */
	public static Result compute(CompactGraph graph, int[] group) {
		int n = graph.nodeCount();
		if (group.length != n) {
			throw new IllegalArgumentException("need one group per node: " + group.length + " != " + n);
		}
		Adjacency out = graph.outgoing();
		Adjacency in = graph.incoming();
		long[][] counts = new long[ROLES][n];
		IntStream.range(0, n).parallel().forEach(v -> {
			long[] c = new long[5];
			int gv = group[v];
			for (int i = in.offsets[v]; i < in.offsets[v + 1]; i++) {
				int a = in.targets[i];
				int ga = group[a];
				for (int k = out.offsets[v]; k < out.offsets[v + 1]; k++) {
					int b = out.targets[k];
					if (b == a || out.find(a, b) >= 0) {
						continue;
					}
					int gb = group[b];
					if (ga == gv) {
						c[(gv == gb) ? 0 : 2]++;
					}
					else if (gv == gb) {
						c[3]++;
					}
					else if (ga == gb) {
						c[1]++;
					}
					else {
						c[4]++;
					}
				}
			}
			for (int r = 0; r < 5; r++) {
				counts[r][v] = c[r];
				counts[5][v] += c[r];
			}
		});

		// Group sizes, in order of first appearance as sna's unique(cl); the formulas are
		// sums
		// over groups, so the order only matters for rounding.
		java.util.LinkedHashMap<Integer, Integer> sizes = new java.util.LinkedHashMap<>();
		for (int g : group) {
			sizes.merge(g, 1, Integer::sum);
		}
		int[] labels = sizes.keySet().stream().mapToInt(Integer::intValue).toArray();
		double[] size = sizes.values().stream().mapToDouble(Integer::doubleValue).toArray();
		double bigN = n;
		double d = (n > 1) ? graph.arcCount() / (bigN * (bigN - 1)) : Double.NaN;
		double[][] groupExpected = new double[labels.length][];
		double[][] groupVariance = new double[labels.length][];
		for (int i = 0; i < labels.length; i++) {
			groupExpected[i] = new double[ROLES];
			groupVariance[i] = new double[ROLES];
			nodeMoments(size, i, bigN, d, groupExpected[i], groupVariance[i]);
		}
		java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
		for (int i = 0; i < labels.length; i++) {
			index.put(labels[i], i);
		}
		double[][] expected = new double[ROLES][n];
		double[][] sd = new double[ROLES][n];
		double[][] z = new double[ROLES][n];
		for (int v = 0; v < n; v++) {
			int gi = index.get(group[v]);
			for (int r = 0; r < ROLES; r++) {
				expected[r][v] = groupExpected[gi][r];
				sd[r][v] = Math.sqrt(groupVariance[gi][r]);
				z[r][v] = (counts[r][v] - expected[r][v]) / sd[r][v];
			}
		}
		long[] networkCounts = new long[ROLES];
		for (int r = 0; r < ROLES; r++) {
			for (int v = 0; v < n; v++) {
				networkCounts[r] += counts[r][v];
			}
		}
		double[] networkExpected = new double[ROLES];
		double[] networkVariance = new double[ROLES];
		networkMoments(size, bigN, d, networkExpected, networkVariance);
		double[] networkSd = new double[ROLES];
		double[] networkZ = new double[ROLES];
		for (int r = 0; r < ROLES; r++) {
			networkSd[r] = Math.sqrt(networkVariance[r]);
			networkZ[r] = (networkCounts[r] - networkExpected[r]) / networkSd[r];
		}
		return new Result(counts, expected, sd, z, networkCounts, networkExpected, networkSd, networkZ);
	}

	/** sna's {@code ebr[i,]} and {@code vbr[i,]} for a node of group {@code i}. */
	private static void nodeMoments(double[] n, int i, double bigN, double d, double[] e, double[] var) {
		double p = d * d * (1 - d);
		double q = d * d * d * Math.pow(1 - d, 3);
		double ni = n[i];
		double sumOthersPairs = 0;
		double sumOthersTriples = 0;
		double sumOthers = 0;
		double sumOthersSquared = 0;
		double liaisonExtra = 0;
		for (int j = 0; j < n.length; j++) {
			if (j != i) {
				sumOthersPairs += n[j] * (n[j] - 1);
				sumOthersTriples += n[j] * (n[j] - 1) * (n[j] - 2);
				sumOthers += n[j];
				sumOthersSquared += n[j] * n[j];
				liaisonExtra += n[j] * choose2(bigN - n[j] - ni) * q;
			}
		}
		e[0] = p * (ni - 1) * (ni - 2);
		var[0] = e[0] * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q;
		e[1] = p * sumOthersPairs;
		var[1] = e[1] * (1 - p) + 2 * sumOthersTriples * q;
		e[2] = p * (bigN - ni) * (ni - 1);
		var[2] = e[2] * (1 - p) + 2 * ((ni - 1) * choose2(bigN - ni) + (bigN - ni) * choose2(ni - 1)) * q;
		e[3] = e[2];
		var[3] = var[2];
		// sum(n[-i] %o% n[-i]) - sum(n[-i]^2): ordered pairs of distinct other groups.
		e[4] = p * (sumOthers * sumOthers - sumOthersSquared);
		var[4] = e[4] * (1 - p) + 4 * liaisonExtra;
		e[5] = p * (bigN - 1) * (bigN - 2);
		var[5] = e[5] * (1 - p) + 2 * (bigN - 1) * (bigN - 2) * (bigN - 3) * q;
	}

	/** sna's {@code egbr} and {@code vgbr}, the whole-network moments. */
	private static void networkMoments(double[] n, double bigN, double d, double[] e, double[] var) {
		double p = d * d * (1 - d);
		double d3 = d * d * d * Math.pow(1 - d, 3);
		double d4 = Math.pow(d, 4) * Math.pow(1 - d, 2);
		double d5 = Math.pow(d, 5) * (1 - d);
		int groups = n.length;
		double sum0 = 0;
		double var0 = 0;
		double sum1 = 0;
		double sum2 = 0;
		double var2 = 0;
		for (double x : n) {
			sum0 += x * (x - 1) * (x - 2);
			var0 += x * (x - 1) * (x - 2) * ((4 * x - 10) * d3 - 4 * (x - 3) * d4 + (x - 3) * d5);
			sum1 += x * (bigN - x) * (x - 1);
			sum2 += x * (bigN - x) * (x - 1);
			var2 += x * (bigN - x) * (x - 1) * ((bigN - 3) * d3 + (x - 2) * d5);
		}
		e[0] = p * sum0;
		var[0] = e[0] * (1 - p) + var0;
		e[1] = p * sum1;
		double outer = 0;
		for (double x : n) {
			for (double y : n) {
				outer += x * y * (x - 1) * ((2 * x + 2 * y - 6) * d3 + (bigN - x - 1) * d5);
			}
		}
		double diagonal = 0;
		for (double x : n) {
			diagonal += x * x * (x - 1) * ((4 * x - 6) * d3 + (bigN - x - 1) * d5);
		}
		var[1] = e[1] * (1 - p) + (outer - diagonal);
		e[2] = p * sum2;
		var[2] = e[2] * (1 - p) + var2;
		e[3] = e[2];
		var[3] = var[2];
		double outer5 = 0;
		for (double x : n) {
			for (double y : n) {
				outer5 += x * y * (bigN - x - y);
			}
		}
		double diagonal5 = 0;
		for (double x : n) {
			diagonal5 += x * x * (bigN - 2 * x);
		}
		e[4] = p * (outer5 - diagonal5);
		var[4] = e[4] * (1 - p);
		for (int i = 0; i < groups; i++) {
			for (int j = 0; j < groups; j++) {
				for (int k = 0; k < groups; k++) {
					if (i != j && j != k && i != k) {
						var[4] += n[i] * n[j] * n[k] * ((4 * (bigN - n[j]) - 2 * (n[i] + n[k] + 1)) * d3
								- (4 * (bigN - n[k]) - 2 * (n[i] + n[j] + 1)) * d4 + (bigN - (n[i] + n[k] + 1)) * d5);
					}
				}
			}
		}
		e[5] = p * bigN * (bigN - 1) * (bigN - 2);
		var[5] = e[5] * (1 - p)
				+ bigN * (bigN - 1) * (bigN - 2) * ((4 * bigN - 10) * d3 - 4 * (bigN - 3) * d4 + (bigN - 3) * d5);
	}

	/**
	 * R's {@code choose(x, 2)}: {@code x(x-1)/2}, which is also 0 for x = 0 and x = 1.
	 */
	private static double choose2(double x) {
		return x * (x - 1) / 2;
	}

}
