package org.partnergraph.stakeholder;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.store.CurationStore;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.MergedIds;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.store.Versioned;
import org.partnergraph.web.FilterParameters;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/stakeholders")
@Tag(name = "Stakeholders", description = "Find stakeholders and read one with its links")
class StakeholderController {

	private static final int MAX_PAGE_SIZE = 500;

	private static final String SIZE = "must be from 1 to " + MAX_PAGE_SIZE;

	// Each word becomes two clauses of the full-text query, whose engine refuses past
	// about a thousand.
	private static final int MAX_SEARCH_WORDS = 50;

	private static final int MAX_SEARCH_LENGTH = 500;

	private final GraphStore store;

	private final CurationStore curation;

	private final MergedIds mergedIds;

	StakeholderController(GraphStore store, CurationStore curation, MergedIds mergedIds) {
		this.store = store;
		this.curation = curation;
		this.mergedIds = mergedIds;
	}

	@Operation(summary = "Find stakeholders",
			description = "Filters combine with 'and'; each takes several values, comma-separated. q searches "
					+ "names, acronyms and aliases, each word also as a prefix (at most 50 words, 500 characters).")
	@GetMapping
	PagedModel<Map<String, Object>> find(
			@FilterParameters(
					except = { "linkType", "asOf", "confidentiality", "current", "includePlanned", "includeUnknown" },
					cache = false) NetworkFilter filter,
			@Parameter(description = "full-text search") @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = SIZE) @Max(value = MAX_PAGE_SIZE,
					message = SIZE) int size) {
		if (q != null && (q.length() > MAX_SEARCH_LENGTH || q.strip().split("\\s+").length > MAX_SEARCH_WORDS)) {
			throw new BadParameterException("q",
					"q must have at most " + MAX_SEARCH_WORDS + " words and " + MAX_SEARCH_LENGTH + " characters");
		}
		return new PagedModel<>(this.store.findStakeholders(filter, q, PageRequest.of(page, size)));
	}

	@Operation(summary = "One stakeholder with its countries, themes and links",
			description = "With its ETag, for a later PATCH or DELETE (If-Match). The id of a stakeholder merged "
					+ "into another answers 301 with the Location of the kept one.")
	@GetMapping("/{id}")
	ResponseEntity<Map<String, Object>> one(@PathVariable String id) {
		var found = this.curation.stakeholder(id);
		if (found.isEmpty()) {
			// An id merged into another leads to it, for those who may see both.
			var kept = this.mergedIds.follow(id);
			if (kept.isPresent()) {
				return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
					.location(UriComponentsBuilder.fromPath("/api/v1/stakeholders/{id}")
						.buildAndExpand(kept.get())
						.encode()
						.toUri())
					.cacheControl(CacheControl.noCache().cachePrivate())
					.build();
			}
		}
		Versioned<Map<String, Object>> stakeholder = found
			.orElseThrow(() -> new NotFoundException("No stakeholder with id '" + id + "'"));
		return ResponseEntity.ok()
			.eTag(stakeholder.etag())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(stakeholder.value());
	}

}
