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

	@Operation(summary = "What adding or removing links, or stakeholders leaving, would change; nothing is written",
			description = """
					Body: {add:[{from,to,type}], remove:[link id, or {from,to,type}], exit:[stakeholder id],
					linkTypes:[link type]}, every member optional and combinable. Answers the change in fragmentation and
					flagged sector pairs, the sector pairs whose ties change, the unlinked checks, and the degree and
					betweenness of the organisations touched. Takes the filters as query parameters.

					Funding-exit scenario: exit ends every link of those stakeholders (with linkTypes, e.g. ["FUNDS"],
					only their links of those types), after the removals and before the additions; the links it ends
					are listed in removed and in exit.ended. The answer's exit then says which organisations lose every
					funder (at least one incoming FUNDS tie before, none after; with tiedDonors, the donors that stay
					and are already tied to it by another link, whom no suggestion pairs with it), which lose their
					last path to a justice agency (sector JUSTICE, reachable before through the ties whatever their direction and not after;
					justice agencies themselves aside), and the bridging opportunities that would best repair each
					(repairFunding: another donor and the organisation, crossBorder allowed; repairJustice: a justice
					agency and the organisation), scored as GET /api/v1/bridging/opportunities on the network after the
					exit, at most two per organisation and ten in all, the exiting stakeholders never suggested. The
					exiting stakeholders are left out of both lists. An exit id that is unknown, or that the caller may
					not see, is 404 naming it; linkTypes without exit is 400.""")
	@PostMapping("/api/v1/bridging/what-if")
	WhatIf.Answer whatIf(@FilterParameters(cache = false) NetworkFilter filter, @RequestBody WhatIf.Request body) {
		return this.whatIf.whatIf(filter, body);
	}

}
