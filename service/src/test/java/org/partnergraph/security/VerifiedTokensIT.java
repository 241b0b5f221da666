package org.partnergraph.security;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A token verified a moment ago is not looked up again, yet what happens to it or to its
 * account applies at the next request: revoking it, disabling the account, changing its
 * roles.
 */
class VerifiedTokensIT extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aKeptTokenFollowsItsAccountAndItsRevocation() throws Exception {
		String analyst = newAnalyst();
		var first = JSON.readTree(token(analyst));
		var second = JSON.readTree(token(analyst));
		String bearer = "Bearer " + first.get("token").asString();

		// Verified, and so kept: the same answer again.
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/api/v1/me").with(anonymous()).header(HttpHeaders.AUTHORIZATION, bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.authorities[0]").value("ROLE_ANALYST"));
		}
		// A change of roles applies at the next request.
		this.mvc
			.perform(patch("/api/v1/users/" + analyst).contentType(MediaType.APPLICATION_JSON)
				.content("{\"roles\":[\"VIEWER\"]}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").with(anonymous()).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authorities[0]").value("ROLE_VIEWER"));
		// Revoking another token of the account leaves this one working; revoking it
		// ends it.
		this.mvc.perform(delete("/api/v1/users/" + analyst + "/tokens/" + second.get("id").asString()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").with(anonymous()).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk());
		this.mvc.perform(delete("/api/v1/users/" + analyst + "/tokens/" + first.get("id").asString()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").with(anonymous()).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aKeptTokenOfADisabledAccountIsRefused() throws Exception {
		String analyst = newAnalyst();
		String bearer = "Bearer " + JSON.readTree(token(analyst)).get("token").asString();
		this.mvc.perform(get("/api/v1/me").with(anonymous()).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk());
		this.mvc
			.perform(patch("/api/v1/users/" + analyst).contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\":false}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").with(anonymous()).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isUnauthorized());
	}

	private String token(String username) throws Exception {
		return this.mvc
			.perform(post("/api/v1/me/tokens").with(user(username).roles("ANALYST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"script\",\"validDays\":30}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A new account with the role ANALYST; answers its user name. */
	private String newAnalyst() throws Exception {
		String analyst = "analyst-" + Long.toHexString(System.nanoTime());
		this.mvc
			.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + analyst
						+ "\",\"password\":\"long-enough-password\",\"roles\":[\"ANALYST\"]}"))
			.andExpect(status().isCreated());
		return analyst;
	}

}
