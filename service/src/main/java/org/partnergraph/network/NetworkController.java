package org.partnergraph.network;

import org.partnergraph.store.NetworkFilter;

import org.partnergraph.store.NetworkElements;

import org.partnergraph.store.GraphStore;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Network", description = "The partnership network, filtered")
class NetworkController {

	private final GraphStore store;

	NetworkController(GraphStore store) {
		this.store = store;
	}

	@Operation(summary = "A filtered part of the network as Cytoscape.js elements",
			description = "Nodes are the stakeholders matching every given filter; edges are the links among them "
					+ "of the given types that were alive on asOf. List parameters take several values, "
					+ "comma-separated or repeated.")
	@GetMapping("/api/v1/network")
	NetworkElements network(
			@Parameter(description = "ISO 3166-1 alpha-2 codes") @RequestParam(required = false) List<String> country,
			@Parameter(description = "sector codes, e.g. JUSTICE,CSO") @RequestParam(required = false) List<String> sector,
			@Parameter(description = "link types, e.g. FUNDS") @RequestParam(required = false) List<String> linkType,
			@Parameter(description = "theme ids, e.g. shelter") @RequestParam(required = false) List<String> theme,
			@Parameter(description = "a date, YYYY-MM-DD") @RequestParam(required = false) String asOf,
			@Parameter(description = "confidentiality levels to keep, e.g. PUBLIC; narrows what the caller may see")
			@RequestParam(required = false) List<String> confidentiality) {
		return this.store.elements(NetworkFilter.parse(country, sector, linkType, theme, asOf, confidentiality));
	}

}
