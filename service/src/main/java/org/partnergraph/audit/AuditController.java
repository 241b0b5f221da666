package org.partnergraph.audit;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.problem.BadParameterException;
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
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		if (page < 0) {
			throw new BadParameterException("page", "page must be 0 or more");
		}
		if (size < 1 || size > 1000) {
			throw new BadParameterException("size", "size must be from 1 to 1000");
		}
		return new PagedModel<>(this.audit.find(actor, action, since, until, PageRequest.of(page, size)));
	}

}
