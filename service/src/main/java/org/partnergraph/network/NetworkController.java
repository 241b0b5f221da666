package org.partnergraph.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkElements;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.web.FilterParameters;
import org.springframework.web.bind.annotation.GetMapping;
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
	NetworkElements network(@FilterParameters(cache = false) NetworkFilter filter) {
		return this.store.elements(filter);
	}

}
