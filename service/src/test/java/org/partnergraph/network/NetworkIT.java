package org.partnergraph.network;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NetworkIT extends IntegrationTest {

	@BeforeEach
	void load() throws Exception {
		TestNetwork.load(this.mvc);
	}

	@Test
	void returnsCytoscapeElements() throws Exception {
		// On a day when all four links were alive (today the FUNDS link of acme has
		// ended).
		this.mvc.perform(get("/api/v1/network").param("asOf", "2022-06-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes", hasSize(5)))
			.andExpect(jsonPath("$.edges", hasSize(4)))
			.andExpect(jsonPath("$.nodes[?(@.data.id == 'safe-house')].data.label").value("Safe House Cambodia"))
			.andExpect(jsonPath("$.nodes[?(@.data.id == 'safe-house')].data.sector").value("CSO"))
			.andExpect(jsonPath("$.edges[?(@.data.id == 'donor~FUNDS~safe-house')].data.source").value("donor"))
			.andExpect(jsonPath("$.edges[?(@.data.id == 'donor~FUNDS~safe-house')].data.target").value("safe-house"))
			.andExpect(jsonPath("$.edges[?(@.data.id == 'donor~FUNDS~safe-house')].data.start").value("2018-01-15"));
	}

	@Test
	void filtersByCountryKeepingOnlyLinksAmongTheNodes() throws Exception {
		this.mvc.perform(get("/api/v1/network").param("country", "kh"))
			.andExpect(jsonPath("$.nodes[*].data.id", containsInAnyOrder("kh-moj", "kh-police", "safe-house")))
			.andExpect(jsonPath("$.edges[*].data.type", containsInAnyOrder("COLLABORATES", "LEADS")));
	}

	@Test
	void filtersBySectorThemeAndLinkType() throws Exception {
		this.mvc.perform(get("/api/v1/network").param("sector", "JUSTICE,CSO").param("linkType", "LEADS"))
			.andExpect(jsonPath("$.nodes", hasSize(3)))
			.andExpect(jsonPath("$.edges[*].data.id", containsInAnyOrder("kh-moj~LEADS~kh-police")));
		this.mvc
			.perform(get("/api/v1/network").param("theme", "shelter")
				.param("theme", "fishing-seafood")
				.param("asOf", "2022-06-01"))
			.andExpect(jsonPath("$.nodes[*].data.id", containsInAnyOrder("safe-house", "acme")))
			.andExpect(jsonPath("$.edges[*].data.id", containsInAnyOrder("acme~FUNDS~safe-house")));
	}

	@Test
	void asOfKeepsOnlyLinksAliveThatDay() throws Exception {
		this.mvc.perform(get("/api/v1/network").param("asOf", "2019-06-01"))
			.andExpect(jsonPath("$.edges[*].data.id",
					containsInAnyOrder("donor~FUNDS~safe-house", "kh-moj~LEADS~kh-police")));
		this.mvc.perform(get("/api/v1/network").param("asOf", "2022-06-01")).andExpect(jsonPath("$.edges", hasSize(4)));
		this.mvc.perform(get("/api/v1/network").param("asOf", "2024-01-01")).andExpect(jsonPath("$.edges", hasSize(3)));
	}

	@Test
	void aFilterMatchingNothingGivesAnEmptyNetwork() throws Exception {
		this.mvc.perform(get("/api/v1/network").param("country", "SG"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes", hasSize(0)))
			.andExpect(jsonPath("$.edges", hasSize(0)));
	}

	@Test
	void rejectsUnknownFilterValuesNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/network").param("sector", "NGO"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("sector"))
			.andExpect(jsonPath("$.allowed", hasSize(10)));
		this.mvc.perform(get("/api/v1/network").param("linkType", "KNOWS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("linkType"));
		this.mvc.perform(get("/api/v1/network").param("country", "Cambodia"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("country"));
		this.mvc.perform(get("/api/v1/network").param("asOf", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("asOf"));
	}

}
