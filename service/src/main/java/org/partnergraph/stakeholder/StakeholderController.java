package org.partnergraph.stakeholder;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.web.FilterParameters;
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

	private final GraphStore store;

	StakeholderController(GraphStore store) {
		this.store = store;
	}

	@Operation(summary = "Find stakeholders",
			description = "Filters combine with 'and'; each takes several values, comma-separated. q searches "
					+ "names, acronyms and aliases, each word also as a prefix.")
	@GetMapping
	PagedModel<Map<String, Object>> find(
			@FilterParameters(except = { "linkType", "asOf", "confidentiality" }, cache = false) NetworkFilter filter,
			@Parameter(description = "full-text search") @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new BadParameterException("page", "page must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadParameterException("size", "size must be from 1 to " + MAX_PAGE_SIZE);
		}
		return new PagedModel<>(this.store.findStakeholders(filter, q, PageRequest.of(page, size)));
	}

	@Operation(summary = "One stakeholder with its countries, themes and links")
	@GetMapping("/{id}")
	Map<String, Object> one(@PathVariable String id) {
		return this.store.findStakeholder(id)
			.orElseThrow(() -> new NotFoundException("No stakeholder with id '" + id + "'"));
	}

}
