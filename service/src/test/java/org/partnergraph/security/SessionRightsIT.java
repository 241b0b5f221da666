package org.partnergraph.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.partnergraph.TestSecurity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A browser session signed in with the form holds the rights its account has now, not the
 * ones it had at sign-in, and a session's CSRF protection is skipped only for requests
 * that an Authorization header actually signs in (item 10).
 */
class SessionRightsIT extends IntegrationTest {

	private static final String PASSWORD = "long-enough-password";

	private static final RequestPostProcessor ADMIN = user("test-admin").roles("ADMIN");

	@BeforeEach
	void signInForReal() {
		// The requests of these tests are signed in by their session, not by the test's
		// mock user.
		TestSecurityContextHolder.clearContext();
	}

	@Test
	void aSessionMadeViewerNoLongerImports() throws Exception {
		String name = createUser("EDITOR", false);
		MockHttpSession session = signIn(name);
		this.mvc.perform(importRequest().session(session)).andExpect(status().isOk());

		changeAccount(name, "{\"roles\":[\"VIEWER\"]}");

		this.mvc.perform(importRequest().session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authorities", not(hasItem("ROLE_EDITOR"))));
	}

	@Test
	void aSessionLosesRestrictedDataWhenTheGrantIsRemoved() throws Exception {
		String name = createUser("ANALYST", true);
		MockHttpSession session = signIn(name);
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.visible", hasItem("RESTRICTED")));

		changeAccount(name, "{\"restrictedAccess\":false}");

		this.mvc.perform(get("/api/v1/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visible", not(hasItem("RESTRICTED"))));
	}

	@Test
	void aDisabledAccountsSessionEnds() throws Exception {
		String name = createUser("ANALYST", true);
		MockHttpSession session = signIn(name);
		this.mvc.perform(get("/api/v1/network").session(session)).andExpect(status().isOk());

		changeAccount(name, "{\"enabled\":false}");

		this.mvc.perform(get("/api/v1/network").session(session)).andExpect(status().isUnauthorized());
		assertThat(session.isInvalid()).isTrue();
		// Enabling it again does not revive the session that was ended.
		changeAccount(name, "{\"enabled\":true}");
		this.mvc.perform(get("/api/v1/network").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void aSessionOfAnAccountDisabledAndEnabledAgainMeanwhileEnds() throws Exception {
		String name = createUser("VIEWER", false);
		MockHttpSession session = signIn(name);
		changeAccount(name, "{\"enabled\":false}");
		changeAccount(name, "{\"enabled\":true}");
		this.mvc.perform(get("/api/v1/network").session(session)).andExpect(status().isUnauthorized());
		// A new sign-in works.
		this.mvc.perform(get("/api/v1/network").session(signIn(name))).andExpect(status().isOk());
	}

	@Test
	void aPasswordChangeEndsEverySessionOfTheAccount() throws Exception {
		String name = createUser("VIEWER", false);
		MockHttpSession first = signIn(name);
		MockHttpSession second = signIn(name);

		changeAccount(name, "{\"password\":\"another-long-password\"}");

		this.mvc.perform(get("/api/v1/network").session(first)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/").session(second).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAuthorizationHeaderThatSignsNothingInDoesNotSkipTheCsrfCheck() throws Exception {
		String name = createUser("EDITOR", false);
		MockHttpSession session = signIn(name);
		// A scheme the service does not know, and Basic with the session's own name but a
		// wrong password:
		// neither signs the request in, so the session cookie must not carry it without a
		// CSRF token.
		for (String authorization : new String[] { "Negotiate abc",
				"Basic " + Base64.getEncoder().encodeToString((name + ":wrong").getBytes(StandardCharsets.UTF_8)) }) {
			this.mvc
				.perform(importRequest().session(session)
					.header(TestSecurity.NO_CSRF, "yes")
					.header(HttpHeaders.AUTHORIZATION, authorization))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(authorization).isIn(401, 403));
		}
		// A header that does sign in is its own proof: no session, no CSRF token needed.
		String basic = Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(importRequest().header(TestSecurity.NO_CSRF, "yes")
				.header(HttpHeaders.AUTHORIZATION, "Basic " + basic))
			.andExpect(status().isOk());
	}

	private MockHttpSession signIn(String name) throws Exception {
		var result = this.mvc.perform(post("/login").param("username", name).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private String createUser(String role, boolean restrictedAccess) throws Exception {
		String name = "session-" + role.toLowerCase() + "-" + Long.toHexString(System.nanoTime());
		this.mvc
			.perform(post("/api/v1/users").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role
						+ "\"],\"restrictedAccess\":" + restrictedAccess + "}"))
			.andExpect(status().isCreated());
		return name;
	}

	private void changeAccount(String name, String json) throws Exception {
		this.mvc
			.perform(patch("/api/v1/users/" + name).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk());
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder importRequest() {
		return multipart("/api/v1/imports").file(new MockMultipartFile("stakeholders", "stakeholders.csv", "text/csv",
				TestNetwork.STAKEHOLDERS.getBytes(StandardCharsets.UTF_8)));
	}

}
