package org.partnergraph.audit;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who did what, when (admins only)")
class AuditController {

	private static final String SIZE = "must be from 1 to 1000";

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@Operation(summary = "Audit events, newest first",
			description = "action matches by prefix: 'login' finds login and login.failure.")
	@GetMapping
	PagedModel<AuditEvent> find(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime since,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime until,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
			@RequestParam(defaultValue = "100") @Min(value = 1, message = SIZE) @Max(value = 1000,
					message = SIZE) int size) {
		return new PagedModel<>(this.audit.find(actor, action, since, until, PageRequest.of(page, size)));
	}

}
