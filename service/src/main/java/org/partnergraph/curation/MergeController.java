package org.partnergraph.curation;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.store.Versioned;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Curation")
class MergeController {

	private final Merges merges;

	MergeController(Merges merges) {
		this.merges = merges;
	}

	@Operation(summary = "Merges stakeholders into this one",
			description = "Body {\"from\": [ids]}. This stakeholder keeps its fields and gains the union of the "
					+ "countries, themes and aliases (the merged ones' names and acronyms become aliases) and their "
					+ "custom attributes (its own win). Every link of the merged ones moves to it; parallel links "
					+ "(same type, other end, dates and confidentiality) become one with both evidences; a link "
					+ "between merged stakeholders, or to this one, is dropped. The merged ids are deleted and "
					+ "answer GET with 301 to this one. One transaction, recorded in the history (source 'merge'; "
					+ "not revertible). Answers what it did, and this stakeholder's new ETag. 404 for an id the "
					+ "caller may not see; 422 for an empty from or this id in it, or a stakeholder more "
					+ "confidential than this one; 409 for one with links the caller may not see. If-Match must "
					+ "carry the ETag of this stakeholder as last read: 428 when it is missing, 412 when someone "
					+ "changed it meanwhile.")
	@PostMapping("/api/v1/stakeholders/{id}/merge")
	ResponseEntity<Merges.Outcome> merge(@PathVariable String id,
			@RequestBody(required = false) Map<String, Object> body,
			@Parameter(description = "answer the outcome without writing anything; If-Match is then "
					+ "optional") @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Merges.Merged merged = this.merges.merge(id, body, ifMatch, dryRun);
		return ResponseEntity.ok()
			.eTag(Versioned.etag(merged.revision()))
			.cacheControl(CacheControl.noStore())
			.body(merged.outcome());
	}

}
