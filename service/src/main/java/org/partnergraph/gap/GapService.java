package org.partnergraph.gap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.algorithms.CutElements;
import org.partnergraph.model.Countries;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.store.Projection;
import org.springframework.stereotype.Service;

/**
 * Where the missing ties and missing services are. Every answer is computed from the part
 * of the network the filter selects and the caller may see.
 */
@Service
public class GapService {

	/** Government bodies, for the check of private actors that reach none. */
	static final Set<String> STATE_BODIES = Set.of(Sector.JUSTICE.name(), Sector.STATE.name(), Sector.MECHANISM.name());

	private final GraphStore store;

	GapService(GraphStore store) {
		this.store = store;
	}

	/**
	 * Ties between each pair of sectors, and each sector's E-I index; missing or thin
	 * ties flagged for the pairs asked about.
	 */
	public GapResults.SectorMatrix sectorMatrix(NetworkFilter filter, double threshold, SectorPairs pairs,
			boolean useCache) {
		return sectorMatrix(this.store.projection(filter, useCache), filter, threshold, pairs);
	}

	/** The sector matrix of a given projection, for what-if comparisons. */
	public static GapResults.SectorMatrix sectorMatrix(Projection projection, NetworkFilter filter, double threshold) {
		return sectorMatrix(projection, filter, threshold, SectorPairs.DEFAULT);
	}

	/**
	 * The sector matrix of a given projection. A cell is flagged only where the question
	 * asks about its pair and a tie is possible (both sectors present, or two members of
	 * one), with no tie or a density under the threshold.
	 */
	public static GapResults.SectorMatrix sectorMatrix(Projection projection, NetworkFilter filter, double threshold,
			SectorPairs pairs) {
		CompactGraph graph = projection.graph();
		List<Sector> sectors = filter.sectors().isEmpty() ? Sector.analysedByDefault() : filter.sectors();
		int[] sectorOf = new int[projection.nodes().size()];
		int[] members = new int[Sector.values().length];
		for (int node = 0; node < sectorOf.length; node++) {
			sectorOf[node] = Sector.valueOf(projection.nodes().get(node).sector()).ordinal();
			members[sectorOf[node]]++;
		}
		int k = Sector.values().length;
		int[][] ties = new int[k][k];
		int[] external = new int[k];
		int[] internal = new int[k];
		for (int u = 0; u < sectorOf.length; u++) {
			for (int v : graph.neighbours(u)) {
				if (v <= u) {
					continue;
				}
				int a = Math.min(sectorOf[u], sectorOf[v]);
				int b = Math.max(sectorOf[u], sectorOf[v]);
				ties[a][b]++;
				if (a == b) {
					internal[a]++;
				}
				else {
					external[a]++;
					external[b]++;
				}
			}
		}
		int[][] links = new int[k][k];
		Map<Integer, Map<String, Integer>> byType = new HashMap<>();
		for (Projection.Link link : projection.links()) {
			int a = Math.min(sectorOf[link.from()], sectorOf[link.to()]);
			int b = Math.max(sectorOf[link.from()], sectorOf[link.to()]);
			links[a][b]++;
			byType.computeIfAbsent(a * k + b, key -> new TreeMap<>()).merge(link.type().name(), 1, Integer::sum);
		}
		var cells = new ArrayList<GapResults.Cell>();
		for (int i = 0; i < sectors.size(); i++) {
			for (int j = i; j < sectors.size(); j++) {
				int a = Math.min(sectors.get(i).ordinal(), sectors.get(j).ordinal());
				int b = Math.max(sectors.get(i).ordinal(), sectors.get(j).ordinal());
				long possible = (a == b) ? (long) members[a] * (members[a] - 1) / 2 : (long) members[a] * members[b];
				Double density = possible == 0 ? null : ties[a][b] / (double) possible;
				boolean asked = pairs.asks(Sector.values()[a], Sector.values()[b]);
				boolean flagged = asked && possible > 0 && (ties[a][b] == 0 || density < threshold);
				cells.add(new GapResults.Cell(Sector.values()[a].name(), Sector.values()[b].name(), ties[a][b],
						links[a][b], byType.getOrDefault(a * k + b, Map.of()), (int) possible, density, flagged,
						asked));
			}
		}
		var summaries = new ArrayList<GapResults.SectorSummary>();
		for (Sector sector : sectors) {
			int s = sector.ordinal();
			int total = external[s] + internal[s];
			summaries.add(new GapResults.SectorSummary(sector.name(), members[s], external[s], internal[s],
					total == 0 ? null : (external[s] - internal[s]) / (double) total));
		}
		return new GapResults.SectorMatrix(filter.countries().isEmpty() ? null : filter.countries(), threshold,
				summaries, cells, pairs.names(sectors));
	}

	/**
	 * Which organisations cover each country x theme x sector cell ({@code THEME}) or
	 * each country x sector cell ({@code SECTOR}), telling a gap from missing data (see
	 * {@link CoverageGrid}).
	 */
	public GapResults.Coverage coverage(NetworkFilter filter, CoverageDimension dimension, boolean useCache) {
		// Read without the theme filter: whether a sector is present, and whether its
		// organisations have their themes recorded, does not depend on the themes asked
		// about. The grid keeps to those themes.
		NetworkFilter everyTheme = new NetworkFilter(filter.countries(), filter.sectors(), filter.linkTypes(),
				List.of(), filter.asOf(), filter.confidentiality(), filter.current(), filter.includePlanned(),
				filter.includeUnknown());
		return CoverageGrid.of(this.store.projection(everyTheme, useCache), filter, dimension);
	}

	/** The named checks of missing ties. */
	public GapResults.Unlinked unlinked(NetworkFilter filter, boolean useCache) {
		return unlinked(this.store.projection(filter, useCache));
	}

	/** The checks of a given projection, for what-if comparisons. */
	public static GapResults.Unlinked unlinked(Projection projection) {
		var checks = new ArrayList<GapResults.Check>();
		for (MissingTieCheck check : MissingTieCheck.values()) {
			checks.add(check(projection, check));
		}
		return new GapResults.Unlinked(checks);
	}

	/**
	 * Single points of failure, and how much each recipient depends on its largest
	 * funder.
	 */
	public GapResults.Dependencies dependencies(NetworkFilter filter, boolean useCache) {
		return dependencies(this.store.projection(filter, useCache));
	}

	/** The dependencies of a given projection. */
	public static GapResults.Dependencies dependencies(Projection projection) {
		CompactGraph graph = projection.graph();
		var points = new ArrayList<GapResults.SinglePointOfFailure>();
		for (int cut : CutElements.of(graph).articulationPoints()) {
			List<List<Integer>> pieces = componentsWithout(graph, cut);
			pieces.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed());
			var cutOff = new ArrayList<GapResults.StakeholderRef>();
			// The largest remaining piece is the rest of the network; every other piece
			// loses its way
			// to it. When no piece is largest (a hub whose partners know only it), every
			// piece is cut off.
			boolean oneLargest = pieces.size() == 1 || pieces.get(0).size() > pieces.get(1).size();
			for (List<Integer> piece : pieces.subList(oneLargest ? 1 : 0, pieces.size())) {
				piece.forEach(node -> cutOff.add(ref(projection, node)));
			}
			cutOff.sort(Comparator.comparing(GapResults.StakeholderRef::name));
			Projection.Node node = projection.nodes().get(cut);
			points.add(new GapResults.SinglePointOfFailure(node.id(), node.name(), node.sector(), cutOff));
		}
		points.sort(Comparator.comparingInt((GapResults.SinglePointOfFailure p) -> p.cutOff().size())
			.reversed()
			.thenComparing(GapResults.SinglePointOfFailure::name));

		Map<Integer, Map<Integer, Double>> funding = new LinkedHashMap<>();
		for (Projection.Link link : projection.links()) {
			if (link.type() == LinkType.FUNDS) {
				funding.computeIfAbsent(link.to(), r -> new HashMap<>()).merge(link.from(), link.weight(), Double::sum);
			}
		}
		var concentration = new ArrayList<GapResults.FundingConcentration>();
		funding.forEach((recipient, funders) -> {
			double total = funders.values().stream().mapToDouble(Double::doubleValue).sum();
			var largest = funders.entrySet()
				.stream()
				.max(Map.Entry.<Integer, Double>comparingByValue()
					.thenComparing(e -> projection.nodes().get(e.getKey()).id(), Comparator.reverseOrder()))
				.orElseThrow();
			concentration.add(new GapResults.FundingConcentration(ref(projection, recipient), funders.size(),
					ref(projection, largest.getKey()), largest.getValue() / total));
		});
		concentration.sort(Comparator.comparingDouble(GapResults.FundingConcentration::share)
			.reversed()
			.thenComparing(c -> c.recipient().name()));
		return new GapResults.Dependencies(points, concentration);
	}

	private static GapResults.Check check(Projection projection, MissingTieCheck check) {
		var found = new ArrayList<GapResults.StakeholderRef>();
		for (int node = 0; node < projection.nodes().size(); node++) {
			if (!check.subject(projection.nodes().get(node))) {
				continue;
			}
			boolean tied = Arrays.stream(projection.graph().neighbours(node))
				.anyMatch(partner -> check.partner(projection.nodes().get(partner)));
			if (!tied) {
				found.add(ref(projection, node));
			}
		}
		found.sort(Comparator.comparing(GapResults.StakeholderRef::name));
		return new GapResults.Check(check.slug(), check.title(), check.description(), found);
	}

	private static List<List<Integer>> componentsWithout(CompactGraph graph, int removed) {
		boolean[] seen = new boolean[graph.nodeCount()];
		seen[removed] = true;
		var pieces = new ArrayList<List<Integer>>();
		for (int start : graph.neighbours(removed)) {
			if (seen[start]) {
				continue;
			}
			var piece = new ArrayList<Integer>();
			var queue = new ArrayDeque<Integer>();
			queue.add(start);
			seen[start] = true;
			while (!queue.isEmpty()) {
				int node = queue.poll();
				piece.add(node);
				for (int next : graph.neighbours(node)) {
					if (!seen[next]) {
						seen[next] = true;
						queue.add(next);
					}
				}
			}
			pieces.add(piece);
		}
		return pieces;
	}

	static GapResults.StakeholderRef ref(Projection projection, int node) {
		Projection.Node info = projection.nodes().get(node);
		return new GapResults.StakeholderRef(info.id(), info.name());
	}

	/** The axes of the coverage grid besides country. */
	public enum CoverageDimension {

		THEME, SECTOR

	}

}
