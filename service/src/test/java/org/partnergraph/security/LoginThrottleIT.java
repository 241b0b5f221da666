package org.partnergraph.security;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing is slowed down, through the form as through HTTP Basic, and the brake
 * cannot be turned against the people it protects (item 7): failures from one address do
 * not lock the account out elsewhere, and bad tokens never stop a valid one.
 */
class LoginThrottleIT extends IntegrationTest {

	private static final String PASSWORD = "long-enough-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	@WithAnonymousUser
	void theFormSignInIsThrottledToo() throws Exception {
		String name = createUser();
		RequestPostProcessor attacker = from("198.51.100.6");
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(post("/login").with(attacker).param("username", name).param("password", "guess-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		// The right password, guessed at last, does not get in from where the guessing
		// came from...
		this.mvc.perform(post("/login").with(attacker).param("username", name).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER));
		// ...while the account's owner, elsewhere, still signs in.
		this.mvc.perform(post("/login").with(from("203.0.113.10")).param("username", name).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordsFromOneAddressDoNotLockTheAccountOutElsewhere() throws Exception {
		String name = createUser();
		for (int i = 0; i < 10; i++) {
			this.mvc
				.perform(get("/api/v1/me").with(anonymous()).with(from("198.51.100.7")).with(httpBasic(name, "x" + i)))
				.andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
					.isIn(401, 429));
		}
		this.mvc.perform(get("/api/v1/me").with(anonymous()).with(from("198.51.100.7")).with(httpBasic(name, PASSWORD)))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/api/v1/me").with(anonymous()).with(from("203.0.113.11")).with(httpBasic(name, PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void badTokensDoNotStopValidTokensOrPasswordsFromTheSameAddress() throws Exception {
		String name = createUser();
		String token = JSON.readTree(this.mvc
			.perform(post("/api/v1/me/tokens").with(user(name).roles("VIEWER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"script\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("token").asString();
		RequestPostProcessor sharedOffice = from("198.51.100.8");
		for (int i = 0; i < 10; i++) {
			this.mvc
				.perform(get("/api/v1/me").with(anonymous())
					.with(sharedOffice)
					.header(HttpHeaders.AUTHORIZATION, "Bearer pgt_guess" + i))
				.andExpect(status().isUnauthorized());
		}
		this.mvc
			.perform(get("/api/v1/me").with(anonymous())
				.with(sharedOffice)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").with(anonymous()).with(sharedOffice).with(httpBasic(name, PASSWORD)))
			.andExpect(status().isOk());
	}

	private String createUser() throws Exception {
		String name = "throttled-" + Long.toHexString(System.nanoTime());
		this.mvc
			.perform(post("/api/v1/users").with(user("test-admin").roles("ADMIN"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"VIEWER\"]}"))
			.andExpect(status().isCreated());
		return name;
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
