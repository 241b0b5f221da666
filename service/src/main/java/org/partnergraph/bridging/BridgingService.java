package org.partnergraph.bridging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.model.Countries;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.store.Projection;
import org.springframework.stereotype.Service;

/**
 * Which new partnerships would close a gap, who could make the introduction, and how two
 * organisations could be introduced. Computed from what the caller may see only.
 */
@Service
public class BridgingService {

	/** How the score weighs its components; they sum to 1. */
	static final Map<String, Double> WEIGHTS = weights();

	private static final int MAX_PATHS = 5;

	private final GraphStore store;

	BridgingService(GraphStore store) {
		this.store = store;
	}

	/**
	 * Ranked candidate partnerships between organisations of the {@code from} sectors and
	 * of the {@code to} sectors that are not linked yet. {@code partnerThemes}, when
	 * given, keeps partners working on one of those themes.
	 */
	public BridgingResults.Opportunities opportunities(NetworkFilter filter, List<Sector> from, List<Sector> to,
			List<String> partnerThemes, int limit, boolean useCache) {
		Projection projection = this.store.projection(filter, useCache);
		CompactGraph graph = projection.graph();
		int n = projection.nodes().size();
		var tie = new TieStrength(projection, LocalDate.now());
		Set<String> fromSectors = names(from);
		Set<String> toSectors = names(to);
		// Which sectors each node already reaches, for the gap a new link would close.
		List<Set<String>> reaches = new ArrayList<>();
		for (int node = 0; node < n; node++) {
			var sectors = new TreeSet<String>();
			for (int other : graph.neighbours(node)) {
				sectors.add(projection.nodes().get(other).sector());
			}
			reaches.add(sectors);
		}
		var candidates = new ArrayList<Candidate>();
		double maxAdamicAdar = 0;
		for (int a = 0; a < n; a++) {
			Projection.Node left = projection.nodes().get(a);
			if (!fromSectors.contains(left.sector())) {
				continue;
			}
			int[] leftNeighbours = graph.neighbours(a);
			for (int b = 0; b < n; b++) {
				Projection.Node right = projection.nodes().get(b);
				if (a == b || !toSectors.contains(right.sector()) || graph.edgeWeight(a, b) > 0) {
					continue;
				}
				if (!partnerThemes.isEmpty() && right.themes().stream().noneMatch(partnerThemes::contains)) {
					continue;
				}
				// A pair both sides of which are in both sector lists is one candidate,
				// not two.
				if (fromSectors.contains(right.sector()) && toSectors.contains(left.sector()) && b < a) {
					continue;
				}
				var candidate = new Candidate(a, b, common(leftNeighbours, graph.neighbours(b)));
				for (int z : candidate.shared) {
					int degree = graph.degree(z);
					candidate.resourceAllocation += 1.0 / degree;
					candidate.adamicAdar += degree > 1 ? 1.0 / Math.log(degree) : 0;
				}
				maxAdamicAdar = Math.max(maxAdamicAdar, candidate.adamicAdar);
				candidates.add(candidate);
			}
		}
		var opportunities = new ArrayList<BridgingResults.Opportunity>();
		for (Candidate candidate : candidates) {
			opportunities.add(opportunity(projection, tie, reaches, candidate, maxAdamicAdar));
		}
		opportunities.sort(Comparator.comparingDouble(BridgingResults.Opportunity::score)
			.reversed()
			.thenComparing(o -> o.from().id())
			.thenComparing(o -> o.to().id()));
		return new BridgingResults.Opportunities(List.copyOf(fromSectors), List.copyOf(toSectors), WEIGHTS,
				opportunities.subList(0, Math.min(limit, opportunities.size())));
	}

	/**
	 * The shortest introduction paths between two organisations, at most {@code maxHops}
	 * long: fewer hops first, then strong, recent, PUBLIC ties.
	 */
	public BridgingResults.Paths paths(NetworkFilter filter, String fromId, String toId, int maxHops,
			boolean useCache) {
		Projection projection = this.store.projection(filter, useCache);
		int from = projection.indexOf(fromId);
		int to = projection.indexOf(toId);
		if (from < 0) {
			throw new NotFoundException("No stakeholder '" + fromId + "'");
		}
		if (to < 0) {
			throw new NotFoundException("No stakeholder '" + toId + "'");
		}
		var tie = new TieStrength(projection, LocalDate.now());
		CompactGraph compact = projection.graph();
		var graph = new SimpleWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
		for (int node = 0; node < compact.nodeCount(); node++) {
			graph.addVertex(node);
		}
		for (int u = 0; u < compact.nodeCount(); u++) {
			for (int v : compact.neighbours(u)) {
				if (u < v) {
					// Each hop costs 1 plus less than 1/(maxHops+1) for a weak tie, so
					// fewer hops always win
					// and quality only breaks ties between paths of the same length.
					DefaultWeightedEdge edge = graph.addEdge(u, v);
					graph.setEdgeWeight(edge, 1 + (1 - tie.of(u, v)) / (maxHops + 1));
				}
			}
		}
		var found = new ArrayList<BridgingResults.Path>();
		if (from != to) {
			for (var path : new YenKShortestPath<>(graph).getPaths(from, to, MAX_PATHS)) {
				if (path.getLength() > maxHops) {
					continue;
				}
				List<Integer> vertices = path.getVertexList();
				var nodes = vertices.stream().map(node -> party(projection, node)).toList();
				var links = new ArrayList<BridgingResults.PathLink>();
				double quality = 0;
				for (int i = 0; i + 1 < vertices.size(); i++) {
					int a = vertices.get(i);
					int b = vertices.get(i + 1);
					quality += tie.of(a, b);
					links.add(strongestLink(projection, tie, a, b));
				}
				found.add(new BridgingResults.Path(path.getLength(), quality / path.getLength(), nodes, links));
			}
		}
		return new BridgingResults.Paths(party(projection, from), party(projection, to), maxHops, found);
	}

	private static BridgingResults.Opportunity opportunity(Projection projection, TieStrength tie,
			List<Set<String>> reaches, Candidate candidate, double maxAdamicAdar) {
		Projection.Node left = projection.nodes().get(candidate.a);
		Projection.Node right = projection.nodes().get(candidate.b);
		var reasons = new ArrayList<String>();

		double proximity = maxAdamicAdar > 0 ? candidate.adamicAdar / maxAdamicAdar : 0;
		if (candidate.shared.length > 0) {
			reasons.add(candidate.shared.length + " shared partner(s): " + String.join(", ",
					Arrays.stream(candidate.shared).mapToObj(z -> projection.nodes().get(z).name()).sorted().toList()));
		}

		var offered = new TreeSet<>(right.themes());
		offered.removeAll(left.themes());
		double complementarity = right.themes().isEmpty() ? 0 : offered.size() / (double) right.themes().size();
		if (!offered.isEmpty()) {
			reasons.add(right.name() + " works on " + String.join(", ", offered.stream().map(Themes::name).toList())
					+ ", which " + left.name() + " does not");
		}

		var sharedCountries = new TreeSet<>(left.countries());
		sharedCountries.retainAll(right.countries());
		boolean sameLevel = left.level() != null && left.level().equals(right.level());
		double geography = (sharedCountries.isEmpty() ? 0 : 0.5) + (sameLevel ? 0.5 : 0);
		if (!sharedCountries.isEmpty()) {
			reasons.add("both operate in " + String.join(", ", sharedCountries.stream().map(Countries::name).toList()));
		}
		if (sameLevel) {
			reasons.add("both work at " + left.level().toLowerCase(java.util.Locale.ROOT) + " level");
		}

		boolean leftLacks = !reaches.get(candidate.a).contains(right.sector());
		boolean rightLacks = !reaches.get(candidate.b).contains(left.sector());
		double gap = (leftLacks ? 0.5 : 0) + (rightLacks ? 0.5 : 0);
		if (leftLacks) {
			reasons.add("first " + right.sector() + " tie for " + left.name());
		}
		if (rightLacks) {
			reasons.add("first " + left.sector() + " tie for " + right.name());
		}

		var components = new LinkedHashMap<String, Double>();
		components.put("proximity", proximity);
		components.put("complementarity", complementarity);
		components.put("geography", geography);
		components.put("gap", gap);
		components.put("sharedPartners", (double) candidate.shared.length);
		components.put("adamicAdar", candidate.adamicAdar);
		components.put("resourceAllocation", candidate.resourceAllocation);
		double score = WEIGHTS.get("proximity") * proximity + WEIGHTS.get("complementarity") * complementarity
				+ WEIGHTS.get("geography") * geography + WEIGHTS.get("gap") * gap;

		var introducers = new ArrayList<BridgingResults.Introducer>();
		for (int z : candidate.shared) {
			Projection.Node node = projection.nodes().get(z);
			introducers.add(new BridgingResults.Introducer(node.id(), node.name(), node.sector(),
					Math.min(tie.of(candidate.a, z), tie.of(z, candidate.b))));
		}
		introducers.sort(Comparator.comparingDouble(BridgingResults.Introducer::strength)
			.reversed()
			.thenComparing(BridgingResults.Introducer::name));
		return new BridgingResults.Opportunity(party(projection, candidate.a), party(projection, candidate.b), score,
				components, reasons, introducers);
	}

	private static BridgingResults.PathLink strongestLink(Projection projection, TieStrength tie, int a, int b) {
		Projection.Link best = null;
		for (Projection.Link link : projection.links()) {
			if ((link.from() == a && link.to() == b) || (link.from() == b && link.to() == a)) {
				if (best == null || link.weight() > best.weight()) {
					best = link;
				}
			}
		}
		return new BridgingResults.PathLink(best.id(), best.type().name(), projection.nodes().get(best.from()).id(),
				projection.nodes().get(best.to()).id());
	}

	private static int[] common(int[] left, int[] right) {
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

	static BridgingResults.Party party(Projection projection, int node) {
		Projection.Node info = projection.nodes().get(node);
		return new BridgingResults.Party(info.id(), info.name(), info.sector());
	}

	private static Set<String> names(List<Sector> sectors) {
		var names = new TreeSet<String>();
		sectors.forEach(sector -> names.add(sector.name()));
		return names;
	}

	private static Map<String, Double> weights() {
		var weights = new LinkedHashMap<String, Double>();
		weights.put("proximity", 0.35);
		weights.put("complementarity", 0.25);
		weights.put("geography", 0.15);
		weights.put("gap", 0.25);
		return java.util.Collections.unmodifiableMap(weights);
	}

	/** A pair under consideration and its shared partners. */
	private static final class Candidate {

		final int a;

		final int b;

		final int[] shared;

		double adamicAdar;

		double resourceAllocation;

		Candidate(int a, int b, int[] shared) {
			this.a = a;
			this.b = b;
			this.shared = shared;
		}

	}

}
