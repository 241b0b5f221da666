package org.partnergraph.stakeholder;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.springframework.http.MediaType;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A search too long for the full-text engine is the caller's mistake, said as such. */
class SearchLimitIT extends IntegrationTest {

	@Test
	void aVeryLongSearchIsA400NamingQ() throws Exception {
		TestNetwork.load(this.mvc);
		String q = "safe ".repeat(1_500).strip();
		this.mvc.perform(get("/api/v1/stakeholders").param("q", q))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("q"));
		// A long but reasonable search still works.
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "safe house cambodia ".repeat(8).strip()))
			.andExpect(status().isOk());
	}

}
