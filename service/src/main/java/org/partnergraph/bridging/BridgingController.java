package org.partnergraph.bridging;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.web.FilterParameters;
import org.partnergraph.web.RequestParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bridging")
@Tag(name = "Bridging", description = "Partnerships worth brokering, and who could make the introduction")
class BridgingController {

	private static final String RANGE_1_500 = "must be from 1 to 500";

	private static final String RANGE_1_6 = "must be from 1 to 6";

	private final BridgingService bridging;

	BridgingController(BridgingService bridging) {
		this.bridging = bridging;
	}

	@Operation(summary = "Ranked candidate partnerships between organisations not yet linked",
			description = """
					Pairs of an organisation of a 'from' sector (default JUSTICE) and one of a 'to' sector (default CSO,PRIVATE),
					never already linked. score = 0.35 proximity (Adamic-Adar over shared partners, scaled to the best pair)
					+ 0.25 complementarity (share of the partner's themes the first lacks) + 0.15 geography (a shared country,
					the same level) + 0.25 gap (the link would be the first tie of either side to the other's sector).
					Introducers are the organisations tied to both, ranked by the weaker of their two ties (weight,
					recency, openness). country, linkType and asOf filter the network; theme keeps partners working on it.""")
	@GetMapping("/opportunities")
	BridgingResults.Opportunities opportunities(HttpServletRequest request,
			@FilterParameters(except = { "sector", "theme" }) NetworkFilter filter,
			@RequestParam(defaultValue = "JUSTICE") String from, @RequestParam(defaultValue = "CSO,PRIVATE") String to,
			@RequestParam(required = false) List<String> theme, @RequestParam(defaultValue = "20") @Min(value = 1,
					message = RANGE_1_500) @Max(value = 500, message = RANGE_1_500) int limit) {
		List<String> themes = theme == null ? List.of()
				: theme.stream()
					.flatMap(t -> Arrays.stream(t.split(",")))
					.map(String::strip)
					.filter(t -> !t.isEmpty())
					.toList();
		for (String id : themes) {
			if (!Themes.isWellFormed(id)) {
				throw new BadParameterException("theme", "theme '" + id + "' is not a theme id", List.of());
			}
		}
		return this.bridging.opportunities(filter, sectors("from", from), sectors("to", to), themes, limit,
				RequestParameters.useCache(request));
	}

	@Operation(summary = "Shortest introduction paths between two organisations",
			description = "Up to five paths of at most maxHops (default 4, at most 6) links: fewer hops first, then "
					+ "strong, recent, PUBLIC ties. An unknown id, or one the caller may not see, is 404.")
	@GetMapping("/paths")
	BridgingResults.Paths paths(HttpServletRequest request, NetworkFilter filter, @RequestParam String from,
			@RequestParam String to, @RequestParam(defaultValue = "4") @Min(value = 1,
					message = RANGE_1_6) @Max(value = 6, message = RANGE_1_6) int maxHops) {
		return this.bridging.paths(filter, from, to, maxHops, RequestParameters.useCache(request));
	}

	private static List<Sector> sectors(String parameter, String value) {
		var sectors = Arrays.stream(value.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(s -> RequestParameters.enumValue(parameter, s, Sector.class, null))
			.toList();
		if (sectors.isEmpty()) {
			throw new BadParameterException(parameter, parameter + " needs at least one sector",
					Arrays.stream(Sector.values()).map(Enum::name).toList());
		}
		return sectors;
	}

}
