package org.partnergraph.curation;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnergraph.store.ChangeLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "History", description = "Who changed what, when, and by which edit or import")
class HistoryController {

	private static final String LIMIT = "must be from 1 to 5000";

	private final History history;

	private final Reverts reverts;

	HistoryController(History history, Reverts reverts) {
		this.history = history;
		this.reverts = reverts;
	}

	@Operation(summary = "The changes of one stakeholder, newest first",
			description = "Each with who, when, the source (edit, import with its importId, revert) and each "
					+ "field's from and to. 404 for a stakeholder the caller may not see.")
	@GetMapping("/api/v1/stakeholders/{id}/history")
	List<ChangeLog.Change> stakeholder(@PathVariable String id, @RequestParam(defaultValue = "500") @Min(value = 1,
			message = LIMIT) @Max(value = 5000, message = LIMIT) int limit) {
		return this.history.ofStakeholder(id, limit);
	}

	@Operation(summary = "The changes of one link, newest first")
	@GetMapping("/api/v1/links/{id}/history")
	List<ChangeLog.Change> link(@PathVariable String id, @RequestParam(defaultValue = "500") @Min(value = 1,
			message = LIMIT) @Max(value = 5000, message = LIMIT) int limit) {
		return this.history.ofLink(id, limit);
	}

	@Operation(summary = "Reverts one change",
			description = "Admins. 409 naming the later change of the same record (or the link made since) that "
					+ "depends on it. The revert is a change of its own, with reverts set to this one.")
	@PostMapping("/api/v1/changes/{id}/revert")
	Map<String, Integer> revert(@PathVariable String id) {
		return Map.of("reverted", this.reverts.revert(id));
	}

	@Operation(summary = "Reverts every change of one import",
			description = "Admins; the importId an import "
					+ "answered. All or nothing: 409 naming a later change that depends on one of them.")
	@PostMapping("/api/v1/imports/{importId}/revert")
	Map<String, Integer> revertImport(@PathVariable String importId) {
		return Map.of("reverted", this.reverts.revertImport(importId));
	}

	@Operation(summary = "The changes of the network the caller may see, newest first")
	@GetMapping("/api/v1/changes")
	List<ChangeLog.Change> changes(
			@Parameter(description = "from this day (YYYY-MM-DD) or time, inclusive") @RequestParam(
					required = false) String since,
			@Parameter(description = "before this day or time") @RequestParam(required = false) String until,
			@Parameter(description = "the account that made them") @RequestParam(required = false) String actor,
			@Parameter(description = "the changes of one import") @RequestParam(required = false) String importId,
			@RequestParam(defaultValue = "500") @Min(value = 1, message = LIMIT) @Max(value = 5000,
					message = LIMIT) int limit) {
		return this.history.changes(since, until, actor, importId, limit);
	}

}
