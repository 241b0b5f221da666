package org.partnergraph.curation;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.store.CurationStore;
import org.partnergraph.store.Versioned;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Curation", description = "Edit stakeholders and links one at a time (editors and admins)")
class CurationController {

	private static final String FIELDS = "Fields are the import's columns, with the same rules; lists may be JSON "
			+ "arrays. 422 lists every error as {field, message}.";

	private static final String CONDITIONAL = " If-Match must carry the ETag of the record as last read: 428 when it "
			+ "is missing, 412 when someone changed the record meanwhile.";

	private final StakeholderEdits stakeholders;

	private final LinkEdits links;

	private final CurationStore store;

	CurationController(StakeholderEdits stakeholders, LinkEdits links, CurationStore store) {
		this.stakeholders = stakeholders;
		this.links = links;
		this.store = store;
	}

	@Operation(summary = "Creates a stakeholder", description = FIELDS)
	@PostMapping("/api/v1/stakeholders")
	ResponseEntity<Map<String, Object>> createStakeholder(@RequestBody Map<String, Object> body) {
		String id = this.stakeholders.create(body);
		Versioned<Map<String, Object>> created = stakeholder(id);
		return ResponseEntity.created(URI.create("/api/v1/stakeholders/" + id))
			.eTag(created.etag())
			.body(created.value());
	}

	@Operation(summary = "Changes a stakeholder",
			description = "The fields sent replace the stored ones (null clears one); the id stays. " + FIELDS
					+ CONDITIONAL)
	@PatchMapping("/api/v1/stakeholders/{id}")
	ResponseEntity<Map<String, Object>> updateStakeholder(@PathVariable String id,
			@RequestBody Map<String, Object> body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		String stored = this.stakeholders.update(id, body, ifMatch);
		Versioned<Map<String, Object>> changed = stakeholder(stored);
		return ResponseEntity.ok().eTag(changed.etag()).body(changed.value());
	}

	@Operation(summary = "Deletes a stakeholder",
			description = "409 while it has links, unless withLinks=true, which deletes them too." + CONDITIONAL)
	@DeleteMapping("/api/v1/stakeholders/{id}")
	ResponseEntity<Void> deleteStakeholder(@PathVariable String id,
			@RequestParam(defaultValue = "false") boolean withLinks,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.stakeholders.delete(id, ifMatch, withLinks);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "One link with its ends, and its ETag for a later PATCH or DELETE")
	@GetMapping("/api/v1/links/{id}")
	ResponseEntity<Map<String, Object>> link(@PathVariable String id) {
		Versioned<Map<String, Object>> link = this.store.link(id)
			.orElseThrow(() -> new NotFoundException("No link with id '" + id + "'"));
		return ResponseEntity.ok()
			.eTag(link.etag())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(link.value());
	}

	@Operation(summary = "Creates a link",
			description = "from and to name stakeholders the caller sees; without an id, the link gets the one an "
					+ "import would derive. " + FIELDS)
	@PostMapping("/api/v1/links")
	ResponseEntity<Map<String, Object>> createLink(@RequestBody Map<String, Object> body) {
		String id = this.links.create(body);
		Versioned<Map<String, Object>> created = storedLink(id);
		return ResponseEntity.created(URI.create("/api/v1/links/" + id)).eTag(created.etag()).body(created.value());
	}

	@Operation(summary = "Changes or ends a link",
			description = "The fields sent replace the stored ones; from, to and type stay. Sending end ends the "
					+ "partnership on that day: without a status sent, it becomes ENDED once the day has come. "
					+ FIELDS + CONDITIONAL)
	@PatchMapping("/api/v1/links/{id}")
	ResponseEntity<Map<String, Object>> updateLink(@PathVariable String id, @RequestBody Map<String, Object> body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		String stored = this.links.update(id, body, ifMatch);
		Versioned<Map<String, Object>> changed = storedLink(stored);
		return ResponseEntity.ok().eTag(changed.etag()).body(changed.value());
	}

	@Operation(summary = "Deletes a link", description = CONDITIONAL)
	@DeleteMapping("/api/v1/links/{id}")
	ResponseEntity<Void> deleteLink(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.links.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private Versioned<Map<String, Object>> stakeholder(String id) {
		return this.store.stakeholder(id)
			.orElseThrow(() -> new NotFoundException("No stakeholder with id '" + id + "'"));
	}

	private Versioned<Map<String, Object>> storedLink(String id) {
		return this.store.link(id).orElseThrow(() -> new NotFoundException("No link with id '" + id + "'"));
	}

}
