package org.partnergraph.bridging;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
					never already linked, computed on the ties the filter keeps (country, linkType, asOf, confidentiality).

					score = 0.35 fit + 0.25 proximity + 0.15 geography + 0.15 gap + 0.10 complementarity, each from 0 to 1.
					- fit: 1 when the pair is a row of the fit table (what each side does): a justice agency and a CSO that
					  supports victims or works with police, prosecutors and judges; a justice agency and a company with
					  supply-chain or financial-data work; a CSO and a company in the same industry. The table is
					  bridging/fit-table.csv in the jar, replaced by the file partnergraph.bridging.fit-table names.
					- proximity: 1 - prod(1 - 1/k) over the shared partners, k being each one's number of partners, so a hub
					  everyone is tied to says little (resource allocation). A programme is no shared partner between its own
					  implementer (IMPLEMENTS link, or subsector implementer/contractor) and its other counterparts; such a
					  pair with nothing else for it is left out.
					- geography: the share of the narrower side's countries the other works in too (same country, or a
					  regional body covering it); the level alone is not shared geography. Pairs whose recorded countries
					  all differ are left out unless crossBorder=true. Unrecorded countries give 0 and say so.
					- gap: 0.5 for each side to which it would be the first tie to the other's sector.
					- complementarity: the share of the partner's themes the first lacks.

					With diverse=true (default) no partner appears more than twice in the top 10 (2k times in the top 10k).
					Each opportunity says why in reasons and in one explanation sentence, naming who could introduce the pair
					through which ties, and lists those ties with their evidence. theme keeps partners working on one of
					the themes.

					Measured by a temporal hold-out (BridgingHoldOutTest: suggestions as of a past date, ranked against the
					JUSTICE-CSO/PRIVATE links that formed in the next years; AUC, precision@20 over the candidates):
					"""
					+ HoldOutFigures.TEXT)
	@GetMapping("/opportunities")
	BridgingResults.Opportunities opportunities(HttpServletRequest request,
			@FilterParameters(except = { "sector", "theme" }) NetworkFilter filter,
			@RequestParam(defaultValue = "JUSTICE") String from, @RequestParam(defaultValue = "CSO,PRIVATE") String to,
			@RequestParam(required = false) List<String> theme,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = RANGE_1_500) @Max(value = 500,
					message = RANGE_1_500) int limit,
			@Parameter(description = "pair organisations whose recorded countries all differ") @RequestParam(
					defaultValue = "false") boolean crossBorder,
			@Parameter(description = "no partner more than twice in each ten places") @RequestParam(
					defaultValue = "true") boolean diverse) {
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
		return this.bridging.opportunities(filter, sectors("from", from), sectors("to", to), themes, limit, crossBorder,
				diverse, RequestParameters.useCache(request));
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
