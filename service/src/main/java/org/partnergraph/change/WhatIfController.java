package org.partnergraph.change;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.web.FilterParameters;
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
	WhatIf.Answer whatIf(@FilterParameters(cache = false) NetworkFilter filter, @RequestBody WhatIf.Request body) {
		return this.whatIf.whatIf(filter, body);
	}

}
