package org.partnergraph.bridging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Which new partnerships would close a gap, who could make the introduction, and how two
 * organisations could be introduced. Computed from what the caller may see only.
 */
@Service
public class BridgingService {

	/** How the score weighs its components; they sum to 1. */
	static final Map<String, Double> WEIGHTS = SuggestionScorer.WEIGHTS;

	private static final int MAX_PATHS = 5;

	private final GraphStore store;

	private final SuggestionScorer scorer;

	BridgingService(GraphStore store, @Value("${partnergraph.bridging.fit-table:}") String fitTable) {
		this.store = store;
		this.scorer = new SuggestionScorer(FitTable.load(fitTable));
	}

	/**
	 * Ranked candidate partnerships between organisations of the {@code from} sectors and
	 * of the {@code to} sectors that are not linked yet (see {@link SuggestionScorer}).
	 * {@code partnerThemes}, when given, keeps partners working on one of those themes;
	 * {@code crossBorder} allows pairs working in different countries; {@code diverse}
	 * keeps any one partner to two places in each ten.
	 */
	public BridgingResults.Opportunities opportunities(NetworkFilter filter, List<Sector> from, List<Sector> to,
			List<String> partnerThemes, int limit, boolean crossBorder, boolean diverse, boolean useCache) {
		Projection projection = this.store.projection(filter, useCache);
		var network = BridgingNetwork.of(projection, this.store.readAll());
		var options = new SuggestionScorer.Options(SuggestionScorer.Options.names(from),
				SuggestionScorer.Options.names(to), partnerThemes, crossBorder);
		SuggestionScorer.Result result = this.scorer.score(network, options);
		List<SuggestionScorer.Scored> shortlist = diverse
				? Shortlist.diverse(result.ranked(), s -> s.score, s -> s.a, s -> s.b, limit)
				: result.ranked().subList(0, Math.min(limit, result.ranked().size()));
		var explanations = new Explanations(network, new TieStrength(projection, dayOf(filter)));
		var opportunities = shortlist.stream().map(explanations::opportunity).toList();
		return new BridgingResults.Opportunities(List.copyOf(options.from()), List.copyOf(options.to()), WEIGHTS,
				opportunities, crossBorder, diverse, result.leftOut());
	}

	/**
	 * Ranked candidate partnerships on a network changed in memory (a what-if scenario),
	 * kept to the pairs that involve one of {@code involving} and none of
	 * {@code excluded}: at most {@code perOrganisation} for each organisation of
	 * {@code involving}, at most {@code limit} in all, best first. Scored and explained
	 * exactly as {@link #opportunities}; {@code projection} must hold only what the
	 * caller may see, as the store's projections do.
	 * @param day the day tie recency is measured from
	 */
	public List<BridgingResults.Opportunity> opportunitiesInvolving(Projection projection, LocalDate day,
			List<Sector> from, List<Sector> to, Set<String> involving, Set<String> excluded, int perOrganisation,
			int limit, boolean crossBorder) {
		var network = BridgingNetwork.of(projection, this.store.readAll());
		var options = new SuggestionScorer.Options(SuggestionScorer.Options.names(from),
				SuggestionScorer.Options.names(to), List.of(), crossBorder);
		var perOrganisationCount = new HashMap<String, Integer>();
		var kept = new ArrayList<SuggestionScorer.Scored>();
		for (SuggestionScorer.Scored scored : this.scorer.score(network, options).ranked()) {
			String a = network.node(scored.a).id();
			String b = network.node(scored.b).id();
			if (kept.size() >= limit) {
				break;
			}
			if (excluded.contains(a) || excluded.contains(b)) {
				continue;
			}
			String organisation = involving.contains(b) ? b : involving.contains(a) ? a : null;
			if (organisation == null || perOrganisationCount.merge(organisation, 1, Integer::sum) > perOrganisation) {
				continue;
			}
			kept.add(scored);
		}
		var explanations = new Explanations(network, new TieStrength(projection, day));
		return kept.stream().map(explanations::opportunity).toList();
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
		var tie = new TieStrength(projection, dayOf(filter));
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

	static BridgingResults.Party party(Projection projection, int node) {
		Projection.Node info = projection.nodes().get(node);
		return new BridgingResults.Party(info.id(), info.name(), info.sector());
	}

	// Recency is measured from the day whose ties the answer counts.
	private static LocalDate dayOf(NetworkFilter filter) {
		return filter.asOf() != null ? filter.asOf() : LocalDate.now();
	}

}
