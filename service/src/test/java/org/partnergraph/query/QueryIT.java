package org.partnergraph.query;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.gap.GapNetwork;
import org.partnergraph.importer.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class QueryIT extends IntegrationTest {

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		GapNetwork.load(this.imports);
		GapNetwork.loadRestricted(this.imports);
	}

	@Test
	void listsTheLibraryWithParametersAndDefaults() throws Exception {
		this.mvc.perform(get("/api/v1/queries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(10)))
			.andExpect(jsonPath("$[*].name", hasItem("justice-without-cso")))
			.andExpect(jsonPath("$[?(@.name == 'theme-gaps-in-country')].parameters[*].name", hasItem("country")))
			.andExpect(jsonPath("$[?(@.name == 'theme-gaps-in-country')].title",
					contains("Themes no one serves in a country")))
			.andExpect(jsonPath("$[0].cypher").doesNotExist());
	}

	@Test
	void runsANamedQueryWithDefaultsOrGivenParameters() throws Exception {
		this.mvc.perform(post("/api/v1/queries/cso-without-justice"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns", contains("id", "name", "countries")))
			.andExpect(jsonPath("$.rows[*].id", contains("c1", "i1")));
		this.mvc
			.perform(post("/api/v1/queries/cso-without-justice").contentType(MediaType.APPLICATION_JSON)
				.content("{\"country\":\"TH\"}"))
			.andExpect(jsonPath("$.rows[*].id", contains("i1")));
		this.mvc
			.perform(post("/api/v1/queries/theme-gaps-in-country").contentType(MediaType.APPLICATION_JSON)
				.content("{\"country\":\"TH\",\"sector\":\"CSO\"}"))
			.andExpect(jsonPath("$.rows[*].theme", hasItem("male-victims")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void aViewerNeverSeesRestrictedRowsAndCannotWidenWhatItSees() throws Exception {
		// r1 would tie j2 to a CSO; for a viewer it does not exist, so j2 still has no
		// CSO partner.
		this.mvc.perform(post("/api/v1/queries/justice-without-cso"))
			.andExpect(jsonPath("$.rows[*].id", contains("j2")));
		this.mvc.perform(post("/api/v1/queries/sectors-overview"))
			.andExpect(content().string(not(containsString("Secret"))));
		this.mvc
			.perform(post("/api/v1/queries/sectors-overview").contentType(MediaType.APPLICATION_JSON)
				.content("{\"visible\":[\"RESTRICTED\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("visible"));
	}

	@Test
	void adminSeesTheRestrictedPartnerToo() throws Exception {
		this.mvc.perform(post("/api/v1/queries/justice-without-cso")).andExpect(jsonPath("$.rows.length()").value(0));
	}

	@Test
	void unknownQueriesAndParametersAreProblems() throws Exception {
		this.mvc.perform(post("/api/v1/queries/drop-everything")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/queries/isolates").contentType(MediaType.APPLICATION_JSON).content("{\"limit\":5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
		this.mvc
			.perform(post("/api/v1/queries/isolates").contentType(MediaType.APPLICATION_JSON)
				.content("[1,2]".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aMalformedDateIsAProblemNamingTheParameter() throws Exception {
		this.mvc
			.perform(post("/api/v1/queries/links-alive-on").contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"2021-13-45\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:bad-parameter"))
			.andExpect(jsonPath("$.parameter").value("day"));
		this.mvc
			.perform(post("/api/v1/queries/links-alive-on").contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":20210630}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("day"));
		this.mvc
			.perform(post("/api/v1/queries/links-alive-on").contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"2021-06-30\"}"))
			.andExpect(status().isOk());
	}

}
