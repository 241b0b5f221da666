package org.partnergraph.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.partnergraph.TestSecurity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SecurityIT extends IntegrationTest {

	private static final String ADMIN_PASSWORD = "test-admin-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	@WithAnonymousUser
	void apiNeedsSignInAndSaysSoAsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/network"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Sign-in required"));
		this.mvc.perform(get("/some/page").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	@WithAnonymousUser
	void firstAdminSignsInWithBasicAndTheConfiguredPassword() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.visible", hasItem("RESTRICTED")));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	@WithAnonymousUser
	void formLoginStartsASessionForThePage() throws Exception {
		var result = this.mvc.perform(post("/login").param("username", "admin").param("password", ADMIN_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		var session = result.getRequest().getSession(false);
		var context = (org.springframework.security.core.context.SecurityContext) session
			.getAttribute("SPRING_SECURITY_CONTEXT");
		assertThat(context.getAuthentication().getName()).isEqualTo("admin");
		assertThat(context.getAuthentication().isAuthenticated()).isTrue();
		this.mvc.perform(post("/login").param("username", "admin").param("password", "nope"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	@WithMockUser(username = "editor-in-session", roles = "EDITOR")
	void aSessionRequestWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports").file(csv("stakeholders", TestNetwork.STAKEHOLDERS))
				.header(TestSecurity.NO_CSRF, "yes"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("csrf")));
		this.mvc.perform(multipart("/api/v1/imports").file(csv("stakeholders", TestNetwork.STAKEHOLDERS)))
			.andExpect(status().isOk());
	}

	@Test
	void adminsManageAccountsAndRolesAreEnforced() throws Exception {
		String viewer = unique("viewer");
		createUser(viewer, "VIEWER");
		this.mvc.perform(get("/api/v1/users/" + viewer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("VIEWER"))
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
		this.mvc
			.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + viewer
						+ "\",\"password\":\"long-enough-password\",\"roles\":[\"VIEWER\"]}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"x\",\"password\":\"short\",\"roles\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems.length()").value(3));

		RequestPostProcessor asViewer = httpBasic(viewer, "long-enough-password");
		this.mvc.perform(get("/api/v1/network").with(asViewer)).andExpect(status().isOk());
		this.mvc
			.perform(multipart("/api/v1/imports").file(csv("stakeholders", TestNetwork.STAKEHOLDERS)).with(asViewer))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/users").with(asViewer)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit").with(asViewer)).andExpect(status().isForbidden());

		this.mvc
			.perform(patch("/api/v1/users/" + viewer).contentType(MediaType.APPLICATION_JSON)
				.content("{\"roles\":[\"EDITOR\"]}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(multipart("/api/v1/imports").file(csv("stakeholders", TestNetwork.STAKEHOLDERS)).with(asViewer))
			.andExpect(status().isOk());

		this.mvc
			.perform(patch("/api/v1/users/" + viewer).contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\":false}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/network").with(asViewer)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/users/nobody-at-all")).andExpect(status().isNotFound());
	}

	@Test
	void personalApiTokensSignScriptsInUntilRevoked() throws Exception {
		String analyst = unique("analyst");
		createUser(analyst, "ANALYST");
		String body = this.mvc
			.perform(post("/api/v1/me/tokens").with(user(analyst).roles("ANALYST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"notebook\",\"validDays\":30}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var created = JSON.readTree(body);
		String token = created.get("token").asString();
		assertThat(token).startsWith("pgt_");

		this.mvc.perform(get("/api/v1/me").with(anonymous()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(analyst));
		this.mvc.perform(get("/api/v1/users/" + analyst + "/tokens"))
			.andExpect(jsonPath("$[0].name").value("notebook"))
			.andExpect(jsonPath("$[0].lastUsedAt").exists())
			.andExpect(content().string(not(containsString(token))));

		this.mvc.perform(delete("/api/v1/users/" + analyst + "/tokens/" + created.get("id").asString()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").with(anonymous()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(anonymous()).header(HttpHeaders.AUTHORIZATION, "Bearer pgt_made_up"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void repeatedFailedSignInsAreThrottled() throws Exception {
		String name = unique("guessed");
		createUser(name, "VIEWER");
		RequestPostProcessor fromElsewhere = request -> {
			request.setRemoteAddr("192.0.2.77");
			return request;
		};
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(get("/api/v1/me").with(anonymous()).with(fromElsewhere).with(httpBasic(name, "wrong-" + i)))
				.andExpect(status().isUnauthorized());
		}
		// Even the right password waits now, from where the guessing came from (elsewhere
		// the name is not
		// blocked: see LoginThrottleIT).
		this.mvc.perform(
				get("/api/v1/me").with(anonymous()).with(fromElsewhere).with(httpBasic(name, "long-enough-password")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/audit").param("action", "login.failure").param("actor", name))
			.andExpect(jsonPath("$.page.totalElements").value(5));
	}

	@Test
	void setsSecurityHeaders() throws Exception {
		this.mvc.perform(get("/api/v1/network"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void auditsImportsViewsExportsAndAccountChanges() throws Exception {
		TestNetwork.load(this.mvc);
		this.mvc.perform(get("/api/v1/network").param("country", "KH"));
		this.mvc.perform(get("/api/v1/export/links.csv"));
		String name = unique("audited");
		createUser(name, "VIEWER");
		this.mvc.perform(get("/api/v1/audit").param("actor", "test-admin"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].action", hasItem("import")))
			.andExpect(jsonPath("$.content[*].action", hasItem("view")))
			.andExpect(jsonPath("$.content[*].action", hasItem("export")))
			.andExpect(jsonPath("$.content[*].action", hasItem("user.create")))
			.andExpect(jsonPath("$.content[?(@.action == 'view')].detail", hasItem(containsString("country=KH"))));
	}

	@Test
	void withoutAnonymousReadingThePageAndWhoAmIAskForASignIn() throws Exception {
		this.mvc.perform(get("/").with(anonymous())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/me").with(anonymous())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/network").with(anonymous())).andExpect(status().isUnauthorized());
	}

	@Test
	void anonymousReadingNeedsALoopbackOnlyService() {
		assertThatThrownBy(() -> SecurityConfiguration.requireLoopback(null)).hasMessageContaining("server.address");
		assertThatThrownBy(() -> SecurityConfiguration.requireLoopback("0.0.0.0"))
			.isInstanceOf(IllegalStateException.class);
		SecurityConfiguration.requireLoopback("127.0.0.1");
		SecurityConfiguration.requireLoopback("::1");
	}

	private void createUser(String username, String role) throws Exception {
		this.mvc
			.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"long-enough-password\",\"roles\":[\"" + role
						+ "\"]}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/users/" + username));
	}

	private static String unique(String prefix) {
		return prefix + "-" + Long.toHexString(System.nanoTime());
	}

	private static MockMultipartFile csv(String part, String text) {
		return new MockMultipartFile(part, part + ".csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

}
