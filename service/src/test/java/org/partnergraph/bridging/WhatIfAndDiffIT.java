package org.partnergraph.bridging;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.gap.GapNetwork;
import org.partnergraph.importer.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.partnergraph.JsonMatchers.near;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WhatIfAndDiffIT extends IntegrationTest {

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		GapNetwork.load(this.imports);
	}

	@Test
	void whatIfShowsTheChangeAndWritesNothing() throws Exception {
		var before = snapshot();
		this.mvc
			.perform(post("/api/v1/bridging/what-if").contentType(MediaType.APPLICATION_JSON)
				.content("{\"add\":[{\"from\":\"j1\",\"to\":\"p1\",\"type\":\"COLLABORATES\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sectorPairs[*].from", contains("JUSTICE")))
			.andExpect(jsonPath("$.sectorPairs[0].to").value("PRIVATE"))
			.andExpect(jsonPath("$.sectorPairs[0].tiesBefore").value(0))
			.andExpect(jsonPath("$.sectorPairs[0].tiesAfter").value(1))
			.andExpect(jsonPath("$.sectorPairs[0].flaggedAfter").value(false))
			.andExpect(jsonPath("$.before.flaggedSectorPairs").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.unlinked[?(@.name == 'private-without-state')].before", contains(1)))
			.andExpect(jsonPath("$.unlinked[?(@.name == 'private-without-state')].after", contains(0)))
			.andExpect(jsonPath("$.unlinked[?(@.name == 'isolates')].description",
					contains("Stakeholders with no tie at all")))
			.andExpect(jsonPath("$.centrality[?(@.id == 'j1')].degreeBefore", contains(near(2 / 8.0))))
			.andExpect(jsonPath("$.centrality[?(@.id == 'j1')].degreeAfter", contains(near(3 / 8.0))))
			.andExpect(jsonPath("$.before.components").value(2))
			.andExpect(jsonPath("$.after.components").value(2));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void removingABridgeFragmentsTheNetwork() throws Exception {
		// j1-c2 is the only tie between the justice side and the rest.
		this.mvc
			.perform(post("/api/v1/bridging/what-if").contentType(MediaType.APPLICATION_JSON)
				.content("{\"remove\":[\"c2~COLLABORATES~j1\"]}"))
			.andExpect(jsonPath("$.removed", contains("c2~COLLABORATES~j1")))
			.andExpect(jsonPath("$.after.components").value(3))
			.andExpect(jsonPath("$.after.largestComponent").value(4))
			.andExpect(jsonPath("$.after.fragmentation", near(1 - (4 * 3 + 4 * 3) / 72.0)));
		this.mvc
			.perform(post("/api/v1/bridging/what-if").contentType(MediaType.APPLICATION_JSON)
				.content("{\"remove\":[{\"from\":\"p1\",\"to\":\"c2\",\"type\":\"COLLABORATES\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removed", contains("c2~COLLABORATES~p1")));
	}

	@Test
	void whatIfRefusesUnknownIdsAndTypes() throws Exception {
		this.mvc
			.perform(post("/api/v1/bridging/what-if").contentType(MediaType.APPLICATION_JSON)
				.content("{\"remove\":[\"no-such-link\"]}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/bridging/what-if").contentType(MediaType.APPLICATION_JSON)
				.content("{\"add\":[{\"from\":\"j1\",\"to\":\"nobody\",\"type\":\"FUNDS\"}]}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/bridging/what-if").contentType(MediaType.APPLICATION_JSON)
				.content("{\"add\":[{\"from\":\"j1\",\"to\":\"p1\",\"type\":\"LIKES\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("add.type"));
	}

	@Test
	void diffListsLinksThatStartedAndEndedAndTheMetricsEitherSide() throws Exception {
		this.mvc.perform(get("/api/v1/network/diff").param("from", "2019-06-01").param("to", "2021-06-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.started[*].id", contains("c2~COLLABORATES~j1", "p1~FUNDS~c1")))
			.andExpect(jsonPath("$.ended[*].id", contains("d1~FUNDS~c2")))
			.andExpect(jsonPath("$.before.links").value(7))
			.andExpect(jsonPath("$.after.links").value(8));
		this.mvc.perform(get("/api/v1/network/diff").param("from", "2021-01-01").param("to", "2020-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("to"));
		this.mvc.perform(get("/api/v1/network/diff").param("from", "last year").param("to", "2020-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
	}

}
