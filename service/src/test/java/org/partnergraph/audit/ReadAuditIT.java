package org.partnergraph.audit;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads that take a body (named queries, what-if) are audited like every other read. */
class ReadAuditIT extends IntegrationTest {

	@Test
	void namedQueriesAndWhatIfAreAuditedAsViews() throws Exception {
		TestNetwork.load(this.mvc);
		this.mvc.perform(post("/api/v1/queries/isolates").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/bridging/what-if").param("country", "KH")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"add\": [{\"from\": \"kh-police\", \"to\": \"safe-house\", \"type\": \"COLLABORATES\"}]}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/audit").param("action", "view").param("actor", "test-admin"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].target", hasItem("/api/v1/queries/isolates")))
			.andExpect(jsonPath("$.content[*].target", hasItem("/api/v1/bridging/what-if")))
			.andExpect(jsonPath("$.content[?(@.target == '/api/v1/bridging/what-if')].detail",
					hasItem(org.hamcrest.Matchers.containsString("country=KH"))));
		// Writes are audited where they happen, with their outcome, not as views.
		this.mvc.perform(get("/api/v1/audit").param("action", "view").param("actor", "test-admin"))
			.andExpect(jsonPath("$.content[*].target", not(hasItem("/api/v1/imports"))));
	}

}
