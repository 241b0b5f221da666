package org.partnergraph.bridging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.store.Projection;

/**
 * Scores every candidate partnership: a pair of organisations, one of the {@code from}
 * sectors and one of the {@code to} sectors, with no tie yet. Pure: no Spring, no
 * database, so the hold-out evaluation scores past networks with the very same code.
 *
 * <p>
 * score = 0.35 fit + 0.25 proximity + 0.15 geography + 0.15 gap + 0.10 complementarity,
 * each from 0 to 1:
 * <ul>
 * <li><b>fit</b>: 1 when the pair satisfies a row of the {@link FitTable} (what each side
 * does), else 0;</li>
 * <li><b>proximity</b>: {@code 1 - prod(1 - 1/k_z)} over the shared partners {@code z},
 * {@code k_z} being the number of partners of {@code z}: the chance that at least one of
 * them, introducing one of its partners at random, picks this one. A hub tied to everyone
 * adds almost nothing, as in the resource allocation index (Zhou, Lü and Zhang 2009),
 * whose terms {@code 1/k_z} these are. A programme does not count as a shared partner
 * between its own implementer (an IMPLEMENTS link to it, or a subsector implementer or
 * contractor) and the programme's other counterparts;</li>
 * <li><b>geography</b>: the share of the narrower side's countries that the other also
 * works in (1 for the same country, or a regional body covering it); 0 when either side's
 * countries are not recorded. The level (national, regional) alone is not shared
 * geography. Two organisations whose recorded countries are all different are left out
 * unless {@code crossBorder};</li>
 * <li><b>gap</b>: 0.5 for each side to which the link would be the first tie to the
 * other's sector;</li>
 * <li><b>complementarity</b>: the share of the partner's themes the first side
 * lacks.</li>
 * </ul>
 * A pair whose only connection is a programme one of them implements, and that no row of
 * the fit table supports, is left out: the programme's contractor is not a partner to
 * suggest to the programme's counterparts.
 *
 * <p>
 * Time {@code O(|from| |to| d)} for the candidate pairs and {@code d} the largest degree
 * (shared partners are found by merging sorted neighbour lists); space {@code O(n + l)}
 * besides the candidates kept.
 */
final class SuggestionScorer {

	/** How the score weighs its components; they sum to 1. */
	static final Map<String, Double> WEIGHTS = weights();

	/** Subsectors that mark an organisation as a programme's implementer. */
	private static final Set<String> IMPLEMENTER_SUBSECTORS = Set.of("implementer", "contractor");

	private final FitTable fitTable;

	SuggestionScorer(FitTable fitTable) {
		this.fitTable = fitTable;
	}

	/**
	 * What to score.
	 *
	 * @param from sector codes of the first side
	 * @param to sector codes of the partner side
	 * @param partnerThemes when not empty, partners must work on one of these
	 * @param crossBorder whether organisations working in different countries may be
	 * paired
	 */
	record Options(Set<String> from, Set<String> to, List<String> partnerThemes, boolean crossBorder) {

		static Options of(List<Sector> from, List<Sector> to) {
			return new Options(names(from), names(to), List.of(), false);
		}

		static Set<String> names(List<Sector> sectors) {
			var names = new TreeSet<String>();
			sectors.forEach(s -> names.add(s.name()));
			return names;
		}

	}

	/**
	 * The candidates, best first, and how many pairs were left out, by why.
	 */
	record Result(List<Scored> ranked, Map<String, Integer> leftOut) {
	}

	/** A scored candidate pair: {@code a} of the first side, {@code b} the partner. */
	static final class Scored {

		final int a;

		final int b;

		/** Every partner both are tied to. */
		final int[] shared;

		/** The shared partners proximity counts. */
		final int[] counted;

		/**
		 * Shared programmes one of the two implements, which proximity does not count.
		 */
		final int[] programmeOnly;

		double adamicAdar;

		double resourceAllocation;

		double proximity;

		double fit;

		List<FitTable.Match> fits = List.of();

		double geography;

		/** Countries both work in. */
		Set<String> sharedCountries = Set.of();

		boolean crossBorder;

		boolean aLacksSector;

		boolean bLacksSector;

		double gap;

		/** The partner's themes the first side lacks. */
		Set<String> offered = Set.of();

		double complementarity;

		double score;

		Scored(int a, int b, int[] shared, int[] counted, int[] programmeOnly) {
			this.a = a;
			this.b = b;
			this.shared = shared;
			this.counted = counted;
			this.programmeOnly = programmeOnly;
		}

		Map<String, Double> components() {
			var components = new LinkedHashMap<String, Double>();
			components.put("fit", this.fit);
			components.put("proximity", this.proximity);
			components.put("geography", this.geography);
			components.put("gap", this.gap);
			components.put("complementarity", this.complementarity);
			components.put("sharedPartners", (double) this.shared.length);
			components.put("adamicAdar", this.adamicAdar);
			components.put("resourceAllocation", this.resourceAllocation);
			return components;
		}

	}

	Result score(BridgingNetwork network, Options options) {
		Projection projection = network.projection();
		CompactGraph graph = projection.graph();
		int n = projection.nodes().size();
		List<Set<String>> reaches = reaches(projection);
		Set<Long> implementers = implementers(network);
		var sides = new ArrayList<FitTable.Side>(n);
		for (int node = 0; node < n; node++) {
			Projection.Node info = projection.nodes().get(node);
			sides.add(new FitTable.Side(info.name(), info.sector(), network.subsector(node), info.themes()));
		}
		var ranked = new ArrayList<Scored>();
		var leftOut = new LinkedHashMap<String, Integer>();
		leftOut.put("crossBorder", 0);
		leftOut.put("programmeOnly", 0);
		for (int a = 0; a < n; a++) {
			Projection.Node left = projection.nodes().get(a);
			if (!options.from().contains(left.sector())) {
				continue;
			}
			int[] leftNeighbours = graph.neighbours(a);
			for (int b = 0; b < n; b++) {
				Projection.Node right = projection.nodes().get(b);
				if (a == b || !options.to().contains(right.sector()) || graph.edgeWeight(a, b) > 0) {
					continue;
				}
				if (!options.partnerThemes().isEmpty()
						&& right.themes().stream().noneMatch(options.partnerThemes()::contains)) {
					continue;
				}
				// A pair both sides of which are in both sector lists is one candidate,
				// not
				// two.
				if (options.from().contains(right.sector()) && options.to().contains(left.sector()) && b < a) {
					continue;
				}
				var sharedCountries = new TreeSet<>(left.countries());
				sharedCountries.retainAll(right.countries());
				boolean crossBorder = !left.countries().isEmpty() && !right.countries().isEmpty()
						&& sharedCountries.isEmpty();
				if (crossBorder && !options.crossBorder()) {
					leftOut.merge("crossBorder", 1, Integer::sum);
					continue;
				}
				Scored scored = shared(graph, projection, implementers, a, b,
						common(leftNeighbours, graph.neighbours(b)));
				scored.fits = this.fitTable.matches(sides.get(a), sides.get(b));
				if (scored.counted.length == 0 && scored.programmeOnly.length > 0 && scored.fits.isEmpty()) {
					leftOut.merge("programmeOnly", 1, Integer::sum);
					continue;
				}
				scored.fit = scored.fits.isEmpty() ? 0 : 1;
				scored.sharedCountries = Collections.unmodifiableSet(sharedCountries);
				scored.crossBorder = crossBorder;
				scored.geography = sharedCountries.isEmpty() ? 0
						: sharedCountries.size() / (double) Math.min(left.countries().size(), right.countries().size());
				scored.aLacksSector = !reaches.get(a).contains(right.sector());
				scored.bLacksSector = !reaches.get(b).contains(left.sector());
				scored.gap = (scored.aLacksSector ? 0.5 : 0) + (scored.bLacksSector ? 0.5 : 0);
				var offered = new TreeSet<>(right.themes());
				offered.removeAll(left.themes());
				scored.offered = Collections.unmodifiableSet(offered);
				scored.complementarity = right.themes().isEmpty() ? 0 : offered.size() / (double) right.themes().size();
				scored.score = WEIGHTS.get("fit") * scored.fit + WEIGHTS.get("proximity") * scored.proximity
						+ WEIGHTS.get("geography") * scored.geography + WEIGHTS.get("gap") * scored.gap
						+ WEIGHTS.get("complementarity") * scored.complementarity;
				ranked.add(scored);
			}
		}
		ranked.sort(Comparator.comparingDouble((Scored s) -> s.score)
			.reversed()
			.thenComparing(Comparator.comparingDouble((Scored s) -> s.resourceAllocation).reversed())
			.thenComparing(s -> projection.nodes().get(s.a).id())
			.thenComparing(s -> projection.nodes().get(s.b).id()));
		return new Result(ranked, Collections.unmodifiableMap(leftOut));
	}

	/**
	 * The shared partners of a pair, split into those proximity counts and the programmes
	 * one side implements, with the plain Adamic-Adar and resource allocation indexes
	 * over all of them.
	 */
	private static Scored shared(CompactGraph graph, Projection projection, Set<Long> implementers, int a, int b,
			int[] shared) {
		int[] counted = new int[shared.length];
		int[] programmeOnly = new int[shared.length];
		int c = 0;
		int p = 0;
		for (int z : shared) {
			boolean viaOwnProgramme = Sector.PROGRAMME.name().equals(projection.nodes().get(z).sector())
					&& (implementers.contains(BridgingNetwork.pair(a, z))
							|| implementers.contains(BridgingNetwork.pair(b, z)));
			if (viaOwnProgramme) {
				programmeOnly[p++] = z;
			}
			else {
				counted[c++] = z;
			}
		}
		var scored = new Scored(a, b, shared, Arrays.copyOf(counted, c), Arrays.copyOf(programmeOnly, p));
		for (int z : shared) {
			scored.adamicAdar += adamicAdarTerm(graph.degree(z));
			scored.resourceAllocation += 1.0 / graph.degree(z);
		}
		double noIntroduction = 1;
		for (int z : scored.counted) {
			noIntroduction *= 1 - 1.0 / graph.degree(z);
		}
		scored.proximity = 1 - noIntroduction;
		return scored;
	}

	/**
	 * The Adamic-Adar index of two nodes (Adamic and Adar 2003), as NetworkX counts it.
	 */
	static double adamicAdar(CompactGraph graph, int a, int b) {
		double sum = 0;
		for (int z : common(graph.neighbours(a), graph.neighbours(b))) {
			sum += adamicAdarTerm(graph.degree(z));
		}
		return sum;
	}

	/** The resource allocation index of two nodes (Zhou, Lü and Zhang 2009). */
	static double resourceAllocation(CompactGraph graph, int a, int b) {
		double sum = 0;
		for (int z : common(graph.neighbours(a), graph.neighbours(b))) {
			sum += 1.0 / graph.degree(z);
		}
		return sum;
	}

	private static double adamicAdarTerm(int degree) {
		// A shared partner has at least the two of them; NetworkX gives degree 1 no term
		// either
		// (it cannot occur between two distinct nodes).
		return degree > 1 ? 1.0 / Math.log(degree) : 0;
	}

	/**
	 * The pairs (organisation, programme) where the organisation implements the
	 * programme: an IMPLEMENTS link to it, or any tie to it from an implementer or
	 * contractor by subsector.
	 */
	private static Set<Long> implementers(BridgingNetwork network) {
		var pairs = new HashSet<Long>();
		for (Projection.Link link : network.projection().links()) {
			Projection.Node to = network.node(link.to());
			Projection.Node from = network.node(link.from());
			if (link.type() == LinkType.IMPLEMENTS && Sector.PROGRAMME.name().equals(to.sector())) {
				pairs.add(BridgingNetwork.pair(link.from(), link.to()));
			}
			if (Sector.PROGRAMME.name().equals(to.sector()) && isImplementer(network.subsector(link.from()))) {
				pairs.add(BridgingNetwork.pair(link.from(), link.to()));
			}
			if (Sector.PROGRAMME.name().equals(from.sector()) && isImplementer(network.subsector(link.to()))) {
				pairs.add(BridgingNetwork.pair(link.from(), link.to()));
			}
		}
		return pairs;
	}

	static boolean isImplementer(String subsector) {
		return subsector != null && IMPLEMENTER_SUBSECTORS.contains(subsector);
	}

	/** Which sectors each node already reaches, for the gap a new link would close. */
	private static List<Set<String>> reaches(Projection projection) {
		CompactGraph graph = projection.graph();
		List<Set<String>> reaches = new ArrayList<>();
		for (int node = 0; node < projection.nodes().size(); node++) {
			var sectors = new HashSet<String>();
			for (int other : graph.neighbours(node)) {
				sectors.add(projection.nodes().get(other).sector());
			}
			reaches.add(sectors);
		}
		return reaches;
	}

	static int[] common(int[] left, int[] right) {
		// Both are sorted ascending: a merge finds the shared ones in one pass.
		int[] shared = new int[Math.min(left.length, right.length)];
		int count = 0;
		for (int i = 0, j = 0; i < left.length && j < right.length;) {
			if (left[i] == right[j]) {
				shared[count++] = left[i];
				i++;
				j++;
			}
			else if (left[i] < right[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return Arrays.copyOf(shared, count);
	}

	private static Map<String, Double> weights() {
		var weights = new LinkedHashMap<String, Double>();
		weights.put("fit", 0.35);
		weights.put("proximity", 0.25);
		weights.put("geography", 0.15);
		weights.put("gap", 0.15);
		weights.put("complementarity", 0.10);
		return Collections.unmodifiableMap(weights);
	}

}
