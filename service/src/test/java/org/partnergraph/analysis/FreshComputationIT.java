package org.partnergraph.analysis;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code cache=false} makes the service compute everything again; a viewer cannot make it
 * do so (the cached answer is the same until the data change), an analyst can.
 */
class FreshComputationIT extends IntegrationTest {

	@Test
	@WithMockUser(roles = "VIEWER")
	void onlyAnalystsAndAboveMayForceAFreshComputation() throws Exception {
		this.mvc.perform(get("/api/v1/analysis/summary")).andExpect(status().isOk());
		for (String path : new String[] { "/api/v1/analysis/summary", "/api/v1/analysis/centrality",
				"/api/v1/gaps/unlinked", "/api/v1/bridging/opportunities" }) {
			this.mvc.perform(get(path).param("cache", "false"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:forbidden"));
		}
		this.mvc.perform(get("/api/v1/analysis/summary").param("cache", "false").with(user("analyst").roles("ANALYST")))
			.andExpect(status().isOk());
	}

}
