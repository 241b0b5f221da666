package org.partnergraph.briefing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.view.ViewService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Briefings", description = "Findings in words and briefing packs, from what the reader may see")
class FindingsController {

	private static final String RANGE = "must be from 1 to " + FindingsService.MAX_LIMIT;

	private static final String DESCRIPTION = """
			Plain sentences worked out from the analyses, most important first, each with the numbers behind it \
			(numbers), the analysis it comes from (source, sourceTitle), the API call that gives those numbers (api) \
			and the page that shows it (link): gaps between sectors in the network and per country (gaps/sector-matrix), \
			justice agencies without a victim-support CSO and the other missing-tie checks (gaps/unlinked), single \
			points of failure and organisations with only one funder (gaps/dependencies), the organisations that \
			hold the shortest paths between justice agencies and CSOs (analysis/centrality), and the best \
			partnerships to broker (bridging/opportunities). Deterministic: the same data give the same words. \
			Computed only from what the caller may see.""";

	private final FindingsService findings;

	private final ViewService views;

	FindingsController(FindingsService findings, ViewService views) {
		this.findings = findings;
		this.views = views;
	}

	@Operation(summary = "Findings in words about the filtered network", description = DESCRIPTION)
	@GetMapping("/api/v1/findings")
	Finding.Findings network(HttpServletRequest request, NetworkFilter filter,
			@RequestParam(defaultValue = "" + FindingsService.DEFAULT_LIMIT) @Min(value = 1,
					message = RANGE) @Max(value = FindingsService.MAX_LIMIT, message = RANGE) int limit) {
		String asOf = request.getParameter("asOf");
		return this.findings.network(filter, asOf != null && !asOf.isBlank(), limit);
	}

	@Operation(summary = "Findings in words about a saved view",
			description = DESCRIPTION + " For a view: the caller's levels narrowed by the view's filters, and its "
					+ "focus, as its picture.")
	@GetMapping("/api/v1/views/{id}/findings")
	Finding.Findings view(@PathVariable String id,
			@RequestParam(defaultValue = "" + FindingsService.DEFAULT_LIMIT) @Min(value = 1,
					message = RANGE) @Max(value = FindingsService.MAX_LIMIT, message = RANGE) int limit) {
		return this.findings.view(this.views.find(id), limit);
	}

}
