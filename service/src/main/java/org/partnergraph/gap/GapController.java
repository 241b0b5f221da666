package org.partnergraph.gap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.web.RequestParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/gaps")
@Tag(name = "Gaps", description = """
		Missing ties and missing services, from what the caller may see. Every endpoint takes the filters of
		GET /api/v1/network; with country, only stakeholders operating there count, so a link counts for a
		country when both ends operate in it.""")
class GapController {

	private static final String DENSITY = "is a density from 0 to 1";

	private final GapService gaps;

	GapController(GapService gaps) {
		this.gaps = gaps;
	}

	@Operation(summary = "Ties between each pair of sectors, and each sector's E-I index",
			description = "ties are organisation pairs with at least one link; density = ties / possible pairs. "
					+ "A cell is flagged when the question asks about its pair (pairs: default every pair of two "
					+ "different sectors among JUSTICE, CSO, PRIVATE, MECHANISM and ASEAN; a list such as "
					+ "JUSTICE-CSO,CSO-CSO; or all), a tie is possible (both sectors present), and it has zero ties "
					+ "or a density under threshold (default 0).")
	@GetMapping("/sector-matrix")
	GapResults.SectorMatrix sectorMatrix(
			HttpServletRequest request, NetworkFilter filter, @RequestParam(defaultValue = "0") @DecimalMin(value = "0",
					message = DENSITY) @DecimalMax(value = "1", message = DENSITY) double threshold,
			@RequestParam(required = false) String pairs) {
		return this.gaps.sectorMatrix(filter, threshold, SectorPairs.parse(pairs), RequestParameters.useCache(request));
	}

	@Operation(summary = "Who covers each country x theme x sector cell, telling gaps from missing data",
			description = "dimension=theme (default) gives country x theme x sector, dimension=sector country x "
					+ "sector. Target countries come first. An empty cell is a gap only when the sector is present "
					+ "in the country and all its organisations there have themes recorded; otherwise it is "
					+ "themes-unknown (missing data) or absent (no organisation of the sector there). "
					+ "completeness says, per sector, how many organisations have no themes or countries recorded.")
	@GetMapping("/coverage")
	GapResults.Coverage coverage(HttpServletRequest request, NetworkFilter filter,
			@RequestParam(defaultValue = "theme") String dimension) {
		return this.gaps.coverage(filter, RequestParameters.enumValue("dimension", dimension,
				GapService.CoverageDimension.class, GapService.CoverageDimension.THEME),
				RequestParameters.useCache(request));
	}

	@Operation(summary = "Named checks of missing ties",
			description = "justice-without-cso, "
					+ "justice-without-victim-support-cso, private-without-state, cso-without-justice, "
					+ "mechanism-without-asean, isolates.")
	@GetMapping("/unlinked")
	GapResults.Unlinked unlinked(HttpServletRequest request, NetworkFilter filter) {
		return this.gaps.unlinked(filter, RequestParameters.useCache(request));
	}

	@Operation(summary = "Single points of failure and funding concentration",
			description = "Each articulation point with the organisations cut off from the rest if it leaves; "
					+ "for each funded organisation, the share (by link weight) of its largest funder.")
	@GetMapping("/dependencies")
	GapResults.Dependencies dependencies(HttpServletRequest request, NetworkFilter filter) {
		return this.gaps.dependencies(filter, RequestParameters.useCache(request));
	}

}
