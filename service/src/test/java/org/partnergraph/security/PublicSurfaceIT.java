package org.partnergraph.security;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a caller who has not signed in learns about the service itself, with the default
 * settings ; {@link HttpLimitsIT} checks the API description closed.
 */
class PublicSurfaceIT extends IntegrationTest {

	@Test
	@WithAnonymousUser
	void healthSaysOnlyUpOrDownToAStranger() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(content().string(not(containsString("bolt"))));
		this.mvc.perform(get("/actuator/health").with(httpBasic("admin", "test-admin-password")))
			.andExpect(jsonPath("$.components").exists());
	}

	@Test
	@WithAnonymousUser
	void theApiDescriptionIsPublicByDefault() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/network")));
	}

}
