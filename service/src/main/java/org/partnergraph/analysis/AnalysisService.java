package org.partnergraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

import org.partnergraph.algorithms.Brokerage;
import org.partnergraph.algorithms.Centrality;
import org.partnergraph.algorithms.Communities;
import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.algorithms.CutElements;
import org.partnergraph.algorithms.Direction;
import org.partnergraph.algorithms.NetworkSummary;
import org.partnergraph.algorithms.StructuralHoles;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.store.Projection;
import org.springframework.stereotype.Service;

/**
 * Network measures over the part of the network a filter selects and the caller may see.
 * The projection and each result are cached until the data changes.
 */
@Service
public class AnalysisService {

	/** Seed of the community detection unless the caller gives one, so results repeat. */
	public static final long DEFAULT_SEED = 42;

	private final GraphStore store;

	private final ResultCache cache;

	AnalysisService(GraphStore store, ResultCache cache) {
		this.store = store;
		this.cache = cache;
	}

	/**
	 * Centralities with NetworkX's defaults; see the API documentation for each measure.
	 */
	public AnalysisResults.Centrality centrality(NetworkFilter filter, Measure measure, boolean weighted,
			Direction direction, Integer samples, boolean useCache) {
		Scope scope = scope(filter, useCache);
		return this.cache.get(List.of(scope, "centrality", measure, weighted, direction, String.valueOf(samples)),
				useCache, () -> {
					Projection projection = scope.projection();
					CompactGraph graph = projection.graph();
					double[] scores = measure == Measure.BETWEENNESS && samples != null
							? Centrality.approximateBetweenness(graph, direction, weighted, samples, DEFAULT_SEED)
							: measure.compute(graph, direction, weighted);
					return new AnalysisResults.Centrality(measure.name().toLowerCase(java.util.Locale.ROOT), weighted,
							direction.name().toLowerCase(java.util.Locale.ROOT), samples, ranked(projection, scores));
				});
	}

	public AnalysisResults.Communities communities(NetworkFilter filter, double resolution, boolean weighted, long seed,
			boolean useCache) {
		Scope scope = scope(filter, useCache);
		return this.cache.get(List.of(scope, "communities", resolution, weighted, seed), useCache, () -> {
			Projection projection = scope.projection();
			Communities.Partition partition = Communities.leiden(projection.graph(), weighted, resolution, seed);
			var members = new TreeMap<Integer, List<String>>();
			for (int node = 0; node < projection.nodes().size(); node++) {
				members.computeIfAbsent(partition.community()[node], c -> new ArrayList<>())
					.add(projection.nodes().get(node).id());
			}
			// Largest first, then by first member, so the numbering is stable.
			var ordered = new ArrayList<>(members.values());
			ordered.sort(Comparator.<List<String>>comparingInt(List::size)
				.reversed()
				.thenComparing(list -> list.getFirst()));
			var communities = new ArrayList<AnalysisResults.Community>();
			for (int i = 0; i < ordered.size(); i++) {
				communities.add(new AnalysisResults.Community(i, ordered.get(i)));
			}
			return new AnalysisResults.Communities("leiden", resolution, seed, partition.modularity(), communities);
		});
	}

	public AnalysisResults.StructuralHoles structuralHoles(NetworkFilter filter, boolean weighted, boolean useCache) {
		Scope scope = scope(filter, useCache);
		return this.cache.get(List.of(scope, "structural-holes", weighted), useCache, () -> {
			Projection projection = scope.projection();
			StructuralHoles.Scores scores = StructuralHoles.compute(projection.graph(), weighted);
			CutElements cuts = CutElements.of(projection.graph());
			var nodes = new ArrayList<AnalysisResults.HoleScores>();
			for (int node = 0; node < projection.nodes().size(); node++) {
				Projection.Node info = projection.nodes().get(node);
				nodes.add(new AnalysisResults.HoleScores(info.id(), info.name(), info.sector(),
						finite(scores.constraint()[node]), finite(scores.effectiveSize()[node]),
						finite(scores.efficiency()[node])));
			}
			List<String> articulation = Arrays.stream(cuts.articulationPoints())
				.mapToObj(node -> projection.nodes().get(node).id())
				.sorted()
				.toList();
			List<List<String>> bridges = cuts.bridges().stream().map(pair -> {
				String a = projection.nodes().get(pair[0]).id();
				String b = projection.nodes().get(pair[1]).id();
				return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
			})
				.sorted(Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing(pair -> pair.get(1)))
				.toList();
			return new AnalysisResults.StructuralHoles(nodes, articulation, bridges);
		});
	}

	public AnalysisResults.Brokerage brokerage(NetworkFilter filter, GroupBy groupBy, boolean useCache) {
		Scope scope = scope(filter, useCache);
		return this.cache.get(List.of(scope, "brokerage", groupBy), useCache, () -> {
			Projection projection = scope.projection();
			var labels = new ArrayList<String>();
			int[] group = new int[projection.nodes().size()];
			var codes = new LinkedHashMap<String, Integer>();
			for (int node = 0; node < group.length; node++) {
				String label = groupBy.label(projection.nodes().get(node));
				labels.add(label);
				group[node] = codes.computeIfAbsent(label, key -> codes.size());
			}
			Brokerage.Result result = Brokerage.compute(projection.graph(), group);
			var nodes = new ArrayList<AnalysisResults.BrokerScores>();
			for (int node = 0; node < group.length; node++) {
				Projection.Node info = projection.nodes().get(node);
				var z = new LinkedHashMap<String, Double>();
				for (Brokerage.Role role : Brokerage.Role.values()) {
					z.put(role.name().toLowerCase(java.util.Locale.ROOT), finite(result.z(role, node)));
				}
				nodes.add(new AnalysisResults.BrokerScores(info.id(), info.name(), labels.get(node),
						result.count(Brokerage.Role.COORDINATOR, node), result.count(Brokerage.Role.ITINERANT, node),
						result.count(Brokerage.Role.GATEKEEPER, node),
						result.count(Brokerage.Role.REPRESENTATIVE, node), result.count(Brokerage.Role.LIAISON, node),
						result.count(Brokerage.Role.TOTAL, node), z));
			}
			nodes.sort(Comparator.comparingLong(AnalysisResults.BrokerScores::total)
				.reversed()
				.thenComparing(AnalysisResults.BrokerScores::id));
			return new AnalysisResults.Brokerage(groupBy.name().toLowerCase(java.util.Locale.ROOT), nodes);
		});
	}

	public AnalysisResults.Summary summary(NetworkFilter filter, boolean useCache) {
		Scope scope = scope(filter, useCache);
		return this.cache.get(List.of(scope, "summary"), useCache, () -> {
			Projection projection = scope.projection();
			int[] sectors = new int[projection.nodes().size()];
			var codes = new LinkedHashMap<String, Integer>();
			for (int node = 0; node < sectors.length; node++) {
				sectors[node] = codes.computeIfAbsent(projection.nodes().get(node).sector(), key -> codes.size());
			}
			NetworkSummary summary = NetworkSummary.of(projection.graph(), sectors);
			return new AnalysisResults.Summary(summary.nodes(), summary.links(), summary.edges(), summary.density(),
					summary.components(), summary.largestComponentNodes(), summary.diameter(),
					finite(summary.averageShortestPathLength()), finite(summary.averageClustering()),
					finite(summary.groupAssortativity()));
		});
	}

	private Scope scope(NetworkFilter filter, boolean useCache) {
		return new Scope(this.store.key(filter, !useCache));
	}

	private static List<AnalysisResults.Score> ranked(Projection projection, double[] scores) {
		// Highest first, undefined scores last, ties in id order. The keys and ids are
		// taken out once: comparing through the projection's records cost a tenth of a
		// PageRank answer's time.
		double[] key = new double[scores.length];
		String[] ids = new String[scores.length];
		Integer[] order = new Integer[scores.length];
		for (int i = 0; i < order.length; i++) {
			key[i] = Double.isNaN(scores[i]) ? Double.NEGATIVE_INFINITY : scores[i];
			ids[i] = projection.nodes().get(i).id();
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> {
			int byScore = Double.compare(key[b], key[a]);
			return byScore != 0 ? byScore : ids[a].compareTo(ids[b]);
		});
		var ranked = new ArrayList<AnalysisResults.Score>(scores.length);
		int rank = 0;
		for (int position = 0; position < order.length; position++) {
			int node = order[position];
			// Competition ranking: equal scores share a rank, and the next rank skips.
			if (position == 0 || Double.compare(scores[node], scores[order[position - 1]]) != 0) {
				rank = position + 1;
			}
			Projection.Node info = projection.nodes().get(node);
			ranked.add(new AnalysisResults.Score(info.id(), info.name(), info.sector(), finite(scores[node]), rank));
		}
		return ranked;
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	/**
	 * The projection results are computed on, read from the store only when a result is
	 * not cached already; results are cached under its key.
	 */
	private final class Scope {

		private final Projection.Key key;

		Scope(Projection.Key key) {
			this.key = key;
		}

		Projection projection() {
			return AnalysisService.this.store.projection(this.key);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Scope scope && scope.key.equals(this.key);
		}

		@Override
		public int hashCode() {
			return this.key.hashCode();
		}

	}

	/** How brokerage groups stakeholders. */
	public enum GroupBy {

		SECTOR, COUNTRY;

		/**
		 * Stakeholders in several countries form the group REGIONAL; those in none, NONE.
		 */
		String label(Projection.Node node) {
			if (this == SECTOR) {
				return node.sector();
			}
			return switch (node.countries().size()) {
				case 0 -> "NONE";
				case 1 -> node.countries().getFirst();
				default -> "REGIONAL";
			};
		}

	}

}
