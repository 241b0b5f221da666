package org.partnergraph.bridging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.store.Projection;

/**
 * A temporal hold-out of the bridging suggestions: score the network as it stood on a
 * past day, then see how highly the candidate pairs that did form a link in the following
 * years rank (Liben-Nowell and Kleinberg 2007). Compared with the plain Adamic-Adar index
 * and with a random order.
 *
 * <ul>
 * <li><b>Candidates</b>: every pair of a {@code from} and a {@code to} organisation with
 * no tie on the day, as the scorer considers them; pairs the scorer leaves out (cross
 * border, programme only) rank last, tied.</li>
 * <li><b>Positives</b>: candidates that got a link starting after the day and on or
 * before the end of the window.</li>
 * <li><b>AUC</b>: the chance that a random positive ranks above a random negative, ties
 * counting one half (the Mann-Whitney statistic); random is 0.5.</li>
 * <li><b>precision@20</b>: the share of positives among the first 20, ties broken the
 * same random way for every method; for random it is the expectation, the share of
 * positives among all candidates. For the suggestions it is given for the score order and
 * for the diversified shortlist the endpoint serves.</li>
 * </ul>
 */
final class HoldOutEvaluation {

	static final int TOP = 20;

	private HoldOutEvaluation() {
	}

	/** A network whose links have dates: every node, and every link ever. */
	record DatedNetwork(String name, List<Projection.Node> nodes, List<Projection.Link> links,
			Map<String, String> subsectors) {

		DatedNetwork renamed(String other) {
			return new DatedNetwork(other, this.nodes, this.links, this.subsectors);
		}

	}

	/** The figures of one hold-out. */
	record Figures(String network, LocalDate asOf, LocalDate until, boolean crossBorder, int candidates, int positives,
			double aucScore, double aucProximity, double aucAdamicAdar, double precisionScore,
			double precisionShortlist, double precisionAdamicAdar, double precisionRandom) {

		String line() {
			return String.format(Locale.ROOT,
					"%-34s %s..%s crossBorder=%-5s candidates %6d positives %4d | AUC score %.3f (its proximity alone %.3f), Adamic-Adar %.3f, random 0.500 "
							+ "| precision@20 score %.2f, shortlist %.2f, Adamic-Adar %.2f, random %.3f",
					this.network, this.asOf, this.until, this.crossBorder, this.candidates, this.positives,
					this.aucScore, this.aucProximity, this.aucAdamicAdar, this.precisionScore, this.precisionShortlist,
					this.precisionAdamicAdar, this.precisionRandom);
		}

	}

	static Figures evaluate(DatedNetwork network, LocalDate asOf, LocalDate until, SuggestionScorer.Options options,
			FitTable table) {
		Projection past = on(network, asOf);
		var bridging = new BridgingNetwork(past, network.subsectors(), Map.of());
		SuggestionScorer.Result result = new SuggestionScorer(table).score(bridging, options);
		var score = new HashMap<Long, Double>();
		var proximity = new HashMap<Long, Double>();
		for (SuggestionScorer.Scored scored : result.ranked()) {
			score.put(BridgingNetwork.pair(scored.a, scored.b), scored.score);
			proximity.put(BridgingNetwork.pair(scored.a, scored.b), scored.proximity);
		}
		List<long[]> candidates = candidates(past, options);
		Set<Long> formed = formed(network, past, asOf, until);
		CompactGraph graph = past.graph();
		boolean[] positive = new boolean[candidates.size()];
		double[] suggested = new double[candidates.size()];
		double[] adamicAdar = new double[candidates.size()];
		double[] proximityOnly = new double[candidates.size()];
		double[] tieBreak = new double[candidates.size()];
		var random = new SplittableRandom(42);
		int positives = 0;
		for (int i = 0; i < candidates.size(); i++) {
			int a = (int) candidates.get(i)[0];
			int b = (int) candidates.get(i)[1];
			long key = BridgingNetwork.pair(a, b);
			positive[i] = formed.contains(key);
			positives += positive[i] ? 1 : 0;
			// Left out by the scorer: below every suggestion.
			suggested[i] = score.getOrDefault(key, -1.0);
			proximityOnly[i] = proximity.getOrDefault(key, -1.0);
			adamicAdar[i] = SuggestionScorer.adamicAdar(graph, a, b);
			tieBreak[i] = random.nextDouble();
		}
		var shortlist = Shortlist.diverse(result.ranked(), s -> s.score, s -> s.a, s -> s.b, TOP);
		int shortlistHits = 0;
		for (SuggestionScorer.Scored scored : shortlist) {
			shortlistHits += formed.contains(BridgingNetwork.pair(scored.a, scored.b)) ? 1 : 0;
		}
		return new Figures(network.name(), asOf, until, options.crossBorder(), candidates.size(), positives,
				auc(suggested, positive), auc(proximityOnly, positive), auc(adamicAdar, positive),
				precisionAtTop(suggested, tieBreak, positive),
				shortlist.isEmpty() ? 0 : shortlistHits / (double) Math.min(TOP, candidates.size()),
				precisionAtTop(adamicAdar, tieBreak, positive),
				candidates.isEmpty() ? 0 : positives / (double) candidates.size());
	}

	/** The network as it stood on {@code day}: every node, the links alive then. */
	static Projection on(DatedNetwork network, LocalDate day) {
		var builder = CompactGraph.builder(network.nodes().size());
		var links = new ArrayList<Projection.Link>();
		for (Projection.Link link : network.links()) {
			if (alive(link, day)) {
				builder.addLink(link.from(), link.to(), link.weight(), link.type().symmetric());
				links.add(link);
			}
		}
		return new Projection(builder.build(), network.nodes(), links);
	}

	static boolean alive(Projection.Link link, LocalDate day) {
		return (link.start() == null || !link.start().isAfter(day))
				&& (link.end() == null || !link.end().isBefore(day));
	}

	/** The candidate pairs, as the scorer enumerates them, before it leaves any out. */
	private static List<long[]> candidates(Projection projection, SuggestionScorer.Options options) {
		var candidates = new ArrayList<long[]>();
		int n = projection.nodes().size();
		for (int a = 0; a < n; a++) {
			String left = projection.nodes().get(a).sector();
			if (!options.from().contains(left)) {
				continue;
			}
			for (int b = 0; b < n; b++) {
				String right = projection.nodes().get(b).sector();
				if (a == b || !options.to().contains(right) || projection.graph().edgeWeight(a, b) > 0) {
					continue;
				}
				if (options.from().contains(right) && options.to().contains(left) && b < a) {
					continue;
				}
				candidates.add(new long[] { a, b });
			}
		}
		return candidates;
	}

	/** Pairs unlinked on {@code asOf} that got a link starting in (asOf, until]. */
	private static Set<Long> formed(DatedNetwork network, Projection past, LocalDate asOf, LocalDate until) {
		var formed = new HashSet<Long>();
		for (Projection.Link link : network.links()) {
			if (link.start() != null && link.start().isAfter(asOf) && !link.start().isAfter(until)
					&& past.graph().edgeWeight(link.from(), link.to()) == 0) {
				formed.add(BridgingNetwork.pair(link.from(), link.to()));
			}
		}
		return formed;
	}

	/**
	 * The Mann-Whitney AUC of {@code scores} for the {@code positive} ones, ties counting
	 * one half; NaN without positives or negatives.
	 */
	static double auc(double[] scores, boolean[] positive) {
		Integer[] order = new Integer[scores.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> Double.compare(scores[x], scores[y]));
		double positiveRankSum = 0;
		long positives = 0;
		for (int i = 0; i < order.length;) {
			int j = i;
			while (j < order.length && scores[order[j]] == scores[order[i]]) {
				j++;
			}
			// Ranks i+1 .. j share their mean.
			double rank = (i + 1 + j) / 2.0;
			for (int k = i; k < j; k++) {
				if (positive[order[k]]) {
					positiveRankSum += rank;
					positives++;
				}
			}
			i = j;
		}
		long negatives = scores.length - positives;
		if (positives == 0 || negatives == 0) {
			return Double.NaN;
		}
		return (positiveRankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
	}

	/**
	 * The share of positives among the first {@link #TOP} by score, ties broken by
	 * {@code tieBreak}.
	 */
	static double precisionAtTop(double[] scores, double[] tieBreak, boolean[] positive) {
		Integer[] order = new Integer[scores.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> {
			int byScore = Double.compare(scores[y], scores[x]);
			return (byScore != 0) ? byScore : Double.compare(tieBreak[x], tieBreak[y]);
		});
		int top = Math.min(TOP, order.length);
		int hits = 0;
		for (int i = 0; i < top; i++) {
			hits += positive[order[i]] ? 1 : 0;
		}
		return (top == 0) ? 0 : hits / (double) top;
	}

}
