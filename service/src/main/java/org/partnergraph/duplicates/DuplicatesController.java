package org.partnergraph.duplicates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.StakeholderRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/stakeholders/duplicates}. A literal path wins over the stakeholder
 * controller's {@code /{id}} in Spring's matching, so "duplicates" is never read as an
 * id.
 */
@RestController
@RequestMapping("/api/v1/stakeholders")
@Tag(name = "Stakeholders")
class DuplicatesController {

	private static final int MAX_LIMIT = 500;

	private static final String LIMIT = "must be from 1 to " + MAX_LIMIT;

	private static final String SCORE = "must be from 0 to 1";

	private final DuplicateFinder finder;

	DuplicatesController(DuplicateFinder finder) {
		this.finder = finder;
	}

	@Operation(summary = "Likely duplicate stakeholders, best first",
			description = "Pairs of stakeholders you may see that are likely one organisation, with a score from 0 "
					+ "to 1 and the reasons: the same normalised name, a shared alias, the same acronym, one's "
					+ "acronym that is the other's name or initials, near-equal names; shared countries raise the "
					+ "score, different countries or sectors lower it. limit: at most this many pairs (default 50, "
					+ "up to 500); minScore: only pairs scoring at least this (default 0.5).")
	@GetMapping("/duplicates")
	Map<String, Object> duplicates(
			@RequestParam(defaultValue = "50") @Min(value = 1, message = LIMIT) @Max(value = MAX_LIMIT,
					message = LIMIT) int limit,
			@RequestParam(defaultValue = "0.5") @DecimalMin(value = "0", message = SCORE) @DecimalMax(value = "1",
					message = SCORE) double minScore) {
		List<Map<String, Object>> pairs = this.finder.find(Visibility.current(), minScore)
			.stream()
			.limit(limit)
			.map(DuplicatesController::pair)
			.toList();
		return Map.of("pairs", pairs);
	}

	private static Map<String, Object> pair(DuplicatePair pair) {
		var body = new LinkedHashMap<String, Object>();
		body.put("a", stakeholder(pair.a()));
		body.put("b", stakeholder(pair.b()));
		body.put("score", pair.score());
		body.put("reasons", pair.reasons());
		return body;
	}

	private static Map<String, Object> stakeholder(StakeholderRecord record) {
		var body = new LinkedHashMap<String, Object>();
		body.put("id", record.id());
		body.put("name", record.name());
		body.put("sector", record.sector() == null ? null : record.sector().name());
		body.put("countries", record.countries());
		return body;
	}

}
