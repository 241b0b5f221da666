package org.partnergraph.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One binding for every endpoint: the network filter read the same way, one
 * unknown-parameter rule, problem details from one factory, and the API documentation
 * listing what each endpoint takes.
 */
class RequestBindingIT extends IntegrationTest {

	@BeforeEach
	void load() throws Exception {
		TestNetwork.load(this.mvc);
	}

	@Test
	void aMisspeltParameterIsRefusedEverywhereNamingItAndWhatTheEndpointTakes() throws Exception {
		for (String path : new String[] { "/api/v1/network", "/api/v1/stakeholders", "/api/v1/analysis/summary",
				"/api/v1/gaps/unlinked", "/api/v1/bridging/opportunities", "/api/v1/audit" }) {
			this.mvc.perform(get(path).param("contry", "KH"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:bad-parameter"))
				.andExpect(jsonPath("$.parameter").value("contry"));
		}
		this.mvc.perform(get("/api/v1/network").param("contry", "KH"))
			.andExpect(jsonPath("$.allowed", hasItem("country")));
		// Endpoints that take no parameter at all refuse them too.
		for (String path : new String[] { "/api/v1/meta", "/api/v1/export/links.csv", "/api/v1/stakeholders/kh-moj" }) {
			this.mvc.perform(get(path).param("format", "x"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("format"));
		}
	}

	@Test
	void eachEndpointTakesTheFiltersItDeclares() throws Exception {
		this.mvc.perform(get("/api/v1/analysis/summary").param("country", "KH").param("cache", "false"))
			.andExpect(status().isOk());
		// The network is never cached, so it takes no cache parameter.
		this.mvc.perform(get("/api/v1/network").param("cache", "false"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("cache"));
		// Bridging's theme is its own (partners working on it), and it takes no sector
		// filter.
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("sector", "CSO"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("sector"));
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("theme", "shelter")).andExpect(status().isOk());
		// The diff takes every filter but asOf, confidentiality included.
		this.mvc
			.perform(get("/api/v1/network/diff").param("from", "2019-01-01")
				.param("to", "2022-01-01")
				.param("confidentiality", "PUBLIC"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/network/diff").param("from", "2019-01-01")
				.param("to", "2022-01-01")
				.param("asOf", "2020-01-01"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void badValuesAreProblemsNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/stakeholders").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:bad-parameter"))
			.andExpect(jsonPath("$.parameter").value("page"));
		this.mvc.perform(get("/api/v1/network").param("asOf", "June"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("asOf"));
		// Declared constraints and types, answered the same way.
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("limit", "501"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:bad-parameter"))
			.andExpect(jsonPath("$.parameter").value("limit"))
			.andExpect(jsonPath("$.detail").value("limit must be from 1 to 500"));
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("limit", "many"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"))
			.andExpect(jsonPath("$.detail").value("limit 'many' is not a whole number"));
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("threshold", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("threshold"));
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "kh-moj"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:bad-parameter"))
			.andExpect(jsonPath("$.parameter").value("to"));
		this.mvc.perform(get("/api/v1/stakeholders/no-such-organisation"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:not-found"));
	}

	@Test
	void theApiDocumentationListsTheFiltersEachEndpointTakes() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/network'].get.parameters[*].name", hasItem("country")))
			.andExpect(jsonPath("$.paths['/api/v1/network'].get.parameters[*].name", not(hasItem("cache"))))
			.andExpect(jsonPath("$.paths['/api/v1/analysis/centrality'].get.parameters[*].name", hasItem("cache")))
			.andExpect(jsonPath("$.paths['/api/v1/bridging/opportunities'].get.parameters[*].name",
					not(hasItem("sector"))))
			.andExpect(jsonPath("$.paths['/api/v1/network/diff'].get.parameters[*].name", not(hasItem("asOf"))));
	}

}
