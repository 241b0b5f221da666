package org.partnergraph.stakeholder;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.network.NetworkFilter;
import org.partnergraph.web.BadParameterException;
import org.partnergraph.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stakeholders")
@Tag(name = "Stakeholders", description = "Find stakeholders and read one with its links")
class StakeholderController {

	private static final int MAX_PAGE_SIZE = 500;

	// Each word becomes two clauses of the full-text query, whose engine refuses past about a thousand.
	private static final int MAX_SEARCH_WORDS = 50;

	private static final int MAX_SEARCH_LENGTH = 500;

	private final StakeholderService stakeholders;

	StakeholderController(StakeholderService stakeholders) {
		this.stakeholders = stakeholders;
	}

	@Operation(summary = "Find stakeholders",
			description = "Filters combine with 'and'; each takes several values, comma-separated. q searches "
					+ "names, acronyms and aliases, each word also as a prefix (at most 50 words, 500 characters).")
	@GetMapping
	PagedModel<Map<String, Object>> find(@RequestParam(required = false) List<String> sector,
			@Parameter(description = "ISO 3166-1 alpha-2 codes") @RequestParam(required = false) List<String> country,
			@RequestParam(required = false) List<String> theme,
			@Parameter(description = "full-text search") @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("size must be from 1 to " + MAX_PAGE_SIZE);
		}
		if (q != null && (q.length() > MAX_SEARCH_LENGTH || q.strip().split("\\s+").length > MAX_SEARCH_WORDS)) {
			throw new BadParameterException("q", "q must have at most " + MAX_SEARCH_WORDS + " words and "
					+ MAX_SEARCH_LENGTH + " characters", List.of());
		}
		var filter = NetworkFilter.parse(country, sector, null, theme, null, null);
		return new PagedModel<>(this.stakeholders.find(filter, q, PageRequest.of(page, size)));
	}

	@Operation(summary = "One stakeholder with its countries, themes and links")
	@GetMapping("/{id}")
	Map<String, Object> one(@PathVariable String id) {
		return this.stakeholders.findById(id)
			.orElseThrow(() -> new NotFoundException("No stakeholder with id '" + id + "'"));
	}

}
