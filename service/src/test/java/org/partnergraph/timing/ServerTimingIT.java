package org.partnergraph.timing;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;

import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An analysis says where its time went; a request that computed nothing says nothing. */
class ServerTimingIT extends IntegrationTest {

	@Test
	void aFreshAnalysisReportsItsProjectionAndItsComputation() throws Exception {
		TestNetwork.load(this.mvc);
		this.mvc.perform(get("/api/v1/analysis/centrality").param("measure", "betweenness").param("cache", "false"))
			.andExpect(status().isOk())
			.andExpect(header().string("Server-Timing",
					matchesPattern("queue;dur=\\d+\\.\\d, projection;dur=\\d+\\.\\d, analysis;dur=\\d+\\.\\d")));
		// From the cache: no computation, so no figures.
		this.mvc.perform(get("/api/v1/analysis/centrality").param("measure", "betweenness"))
			.andExpect(status().isOk())
			.andExpect(header().string("Server-Timing", nullValue()));
		this.mvc.perform(get("/api/v1/meta")).andExpect(header().string("Server-Timing", nullValue()));
	}

}
