package org.partnergraph.analysis;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.partnergraph.algorithms.Direction;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.web.RequestParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analysis")
@Tag(name = "Analysis", description = """
		Network measures over the filtered network the caller may see. Every endpoint takes the filters of
		GET /api/v1/network (country, sector, linkType, theme, asOf) and cache=false to force a fresh
		computation. Parallel links of a pair count as one edge whose weight is the sum of theirs;
		DATA_PARTNERSHIP and COLLABORATES count both ways in directed measures.""")
class AnalysisController {

	private final AnalysisService analysis;

	AnalysisController(AnalysisService analysis) {
		this.analysis = analysis;
	}

	@Operation(summary = "Centrality ranking", description = """
			Values equal NetworkX's defaults (undirected, unweighted):
			degree = degree/(n-1) (nx.degree_centrality);
			betweenness normalised (nx.betweenness_centrality, normalized=True);
			closeness with the Wasserman-Faust correction for disconnected graphs (nx.closeness_centrality);
			harmonic = sum of 1/distance, not normalised (nx.harmonic_centrality);
			pagerank with alpha 0.85, solved to 1e-12 (nx.pagerank);
			eigenvector L2-normalised (nx.eigenvector_centrality_numpy).
			weighted=true takes link weight as strength: degree sums weights, path measures use distance 1/weight,
			pagerank and eigenvector use weights. direction=out|in gives the directed variants (not for eigenvector);
			for closeness and harmonic, in measures distances to a node, as NetworkX does on a DiGraph.
			samples=k approximates betweenness from k sampled sources (seeded), for very large networks.""")
	@GetMapping("/centrality")
	AnalysisResults.Centrality centrality(HttpServletRequest request, NetworkFilter filter,
			@Parameter(description = "degree, betweenness, closeness, harmonic, pagerank or eigenvector") @RequestParam(
					defaultValue = "degree") String measure,
			@RequestParam(required = false) String weighted,
			@Parameter(description = "out or in; absent for undirected") @RequestParam(
					required = false) String direction,
			@Parameter(description = "betweenness only: number of sampled sources") @RequestParam(
					required = false) Integer samples) {
		Measure chosen = RequestParameters.enumValue("measure", measure, Measure.class, Measure.DEGREE);
		Direction chosenDirection = direction(direction);
		if (!chosen.directed() && chosenDirection != Direction.UNDIRECTED) {
			throw new BadParameterException("direction", chosen.code() + " centrality has no directed variant",
					List.of());
		}
		if (samples != null && (chosen != Measure.BETWEENNESS || samples < 1)) {
			throw new BadParameterException("samples", "samples is a positive number of sources, for betweenness only",
					List.of());
		}
		return this.analysis.centrality(filter, chosen, RequestParameters.booleanValue("weighted", weighted, false),
				chosenDirection, samples, RequestParameters.useCache(request));
	}

	@Operation(summary = "Communities by Leiden, optimising modularity",
			description = "resolution (default 1) above 1 gives more, smaller communities. The seed is fixed (42) "
					+ "so results repeat; modularity is computed as nx.community.modularity.")
	@GetMapping("/communities")
	AnalysisResults.Communities communities(HttpServletRequest request, NetworkFilter filter,
			@RequestParam(defaultValue = "1.0") double resolution, @RequestParam(required = false) String weighted,
			@RequestParam(defaultValue = "" + AnalysisService.DEFAULT_SEED) long seed) {
		if (!(resolution > 0) || Double.isInfinite(resolution)) {
			throw new BadParameterException("resolution", "resolution must be a number above 0", List.of());
		}
		return this.analysis.communities(filter, resolution,
				RequestParameters.booleanValue("weighted", weighted, false), seed, RequestParameters.useCache(request));
	}

	@Operation(
			summary = "Structural holes: Burt's constraint, effective size and efficiency, articulation points "
					+ "and bridges",
			description = "As nx.constraint, nx.effective_size and effective size / degree; "
					+ "null for isolates, where they are undefined.")
	@GetMapping("/structural-holes")
	AnalysisResults.StructuralHoles structuralHoles(HttpServletRequest request, NetworkFilter filter,
			@RequestParam(required = false) String weighted) {
		return this.analysis.structuralHoles(filter, RequestParameters.booleanValue("weighted", weighted, false),
				RequestParameters.useCache(request));
	}

	@Operation(summary = "Gould-Fernandez brokerage roles", description = """
			On the directed network, counts as R's sna::brokerage: v brokers a->v->b when a does not link to b.
			Roles by group of (a, v, b): coordinator (all one group), itinerant (a and b share a group, v not),
			representative (a and v share), gatekeeper (v and b share), liaison (all differ). z compares each count
			with sna's null model. groupBy=country puts stakeholders of several countries in REGIONAL.""")
	@GetMapping("/brokerage")
	AnalysisResults.Brokerage brokerage(HttpServletRequest request, NetworkFilter filter,
			@RequestParam(defaultValue = "sector") String groupBy) {
		return this.analysis.brokerage(filter, RequestParameters.enumValue("groupBy", groupBy,
				AnalysisService.GroupBy.class, AnalysisService.GroupBy.SECTOR), RequestParameters.useCache(request));
	}

	@Operation(summary = "Network summary", description = "Density, components, diameter and average path length "
			+ "of the largest component, average clustering and sector assortativity, as NetworkX computes them.")
	@GetMapping("/summary")
	AnalysisResults.Summary summary(HttpServletRequest request, NetworkFilter filter) {
		return this.analysis.summary(filter, RequestParameters.useCache(request));
	}

	private static Direction direction(String value) {
		if (value == null || value.isBlank()) {
			return Direction.UNDIRECTED;
		}
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "out" -> Direction.OUT;
			case "in" -> Direction.IN;
			default ->
				throw new BadParameterException("direction", "direction must be out or in", List.of("out", "in"));
		};
	}

}
