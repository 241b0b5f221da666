package org.partnergraph.change;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.partnergraph.web.NetworkFilters;
import org.partnergraph.web.RequestParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bridging")
class WhatIfController {

	private final WhatIfService whatIf;

	WhatIfController(WhatIfService whatIf) {
		this.whatIf = whatIf;
	}

	@Operation(summary = "What adding or removing links would change; nothing is written",
			description = "Body: {add:[{from,to,type}], remove:[link id, or {from,to,type}]}. Answers the change in "
					+ "fragmentation and flagged sector pairs, the sector pairs whose ties change, the unlinked checks, "
					+ "and the degree and betweenness of the organisations touched. Takes the filters as query parameters.")
	@PostMapping("/api/v1/bridging/what-if")
	WhatIf.Answer whatIf(HttpServletRequest request, @RequestBody WhatIf.Request body) {
		RequestParameters.allowOnly(request, Set.of("country", "sector", "linkType", "theme", "asOf", "confidentiality"));
		return this.whatIf.whatIf(NetworkFilters.from(request), body);
	}

}
