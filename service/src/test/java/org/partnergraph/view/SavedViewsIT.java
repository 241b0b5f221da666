package org.partnergraph.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.TestNetwork;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The saved views API: create, read, list, replace, delete, with ETags and rights. */
class SavedViewsIT extends ViewTest {

	static final String KH_VIEW = """
			{"name": "Cambodia", "description": "Who works with whom in Cambodia",
			 "filters": {"country": ["kh"], "linkType": ["COLLABORATES", "LEADS", "FUNDS"]},
			 "sizeBy": "degree"}""";

	@BeforeEach
	void loadNetwork() throws Exception {
		TestNetwork.load(this.mvc);
	}

	@Test
	void savesAViewWithServerLayoutAndReadsItBack() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/views").contentType(MediaType.APPLICATION_JSON).content(KH_VIEW))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/v1/views/")))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.owner").value("test-admin"))
			.andExpect(jsonPath("$.filters.country[0]").value("KH"))
			.andExpect(jsonPath("$.revision").value(1))
			.andReturn();
		JsonNode view = JSON.readTree(created.getResponse().getContentAsString());
		String id = view.get("id").asString();
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/views/" + id);
		// The server laid out the three Cambodian organisations, and stored the
		// positions.
		assertThat(view.get("positions").propertyNames()).containsExactlyInAnyOrder("kh-moj", "kh-police",
				"safe-house");
		this.mvc.perform(get("/api/v1/views/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, created.getResponse().getHeader(HttpHeaders.ETAG)))
			.andExpect(jsonPath("$.name").value("Cambodia"))
			.andExpect(jsonPath("$.positions.kh-moj.x").value(view.get("positions").get("kh-moj").get("x").asDouble()));
		this.mvc.perform(get("/api/v1/views"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].positions").isEmpty());
		// The same network gives the same layout.
		String again = this.mvc.perform(post("/api/v1/views").contentType(MediaType.APPLICATION_JSON).content(KH_VIEW))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JSON.readTree(again).get("positions")).isEqualTo(view.get("positions"));
	}

	@Test
	void replacesOnlyWithTheCurrentETag() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/views").contentType(MediaType.APPLICATION_JSON).content(KH_VIEW))
			.andReturn();
		String id = JSON.readTree(created.getResponse().getContentAsString()).get("id").asString();
		String etag = created.getResponse().getHeader(HttpHeaders.ETAG);
		String renamed = """
				{"name": "Cambodia, renamed", "filters": {"country": "KH"}, "positions": {"kh-moj": {"x": 1, "y": 2}}}""";
		this.mvc.perform(put("/api/v1/views/" + id).contentType(MediaType.APPLICATION_JSON).content(renamed))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String newEtag = this.mvc
			.perform(put("/api/v1/views/" + id).header(HttpHeaders.IF_MATCH, etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(renamed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Cambodia, renamed"))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.positions.kh-moj.x").value(1.0))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(newEtag).isNotEqualTo(etag);
		// A second writer who read the first revision is refused.
		this.mvc
			.perform(put("/api/v1/views/" + id).header(HttpHeaders.IF_MATCH, etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(KH_VIEW))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:precondition-failed"));
		this.mvc.perform(delete("/api/v1/views/" + id).header(HttpHeaders.IF_MATCH, etag))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(delete("/api/v1/views/" + id).header(HttpHeaders.IF_MATCH, newEtag))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/views/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheOwnerAndAdminsChangeAView() throws Exception {
		this.mvc
			.perform(post("/api/v1/views").with(user("vera").roles("VIEWER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(KH_VIEW))
			.andExpect(status().isForbidden());
		MvcResult created = this.mvc
			.perform(post("/api/v1/views").with(user("alice").roles("ANALYST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(KH_VIEW))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.owner").value("alice"))
			.andReturn();
		String id = JSON.readTree(created.getResponse().getContentAsString()).get("id").asString();
		String etag = created.getResponse().getHeader(HttpHeaders.ETAG);
		// Every reader reads it; another analyst may not change or delete it.
		this.mvc.perform(get("/api/v1/views/" + id).with(user("vera").roles("VIEWER"))).andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/views/" + id).with(user("bob").roles("ANALYST"))
				.header(HttpHeaders.IF_MATCH, etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(KH_VIEW))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/views/" + id).with(user("bob").roles("ANALYST")))
			.andExpect(status().isForbidden());
		String etag2 = this.mvc
			.perform(put("/api/v1/views/" + id).with(user("alice").roles("ANALYST"))
				.header(HttpHeaders.IF_MATCH, etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(KH_VIEW))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.owner").value("alice"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		// An admin may change anyone's view; it stays its maker's.
		this.mvc
			.perform(put("/api/v1/views/" + id).header(HttpHeaders.IF_MATCH, etag2)
				.contentType(MediaType.APPLICATION_JSON)
				.content(KH_VIEW))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.owner").value("alice"));
		this.mvc.perform(delete("/api/v1/views/" + id)).andExpect(status().isNoContent());
	}

	@Test
	void refusesFiltersAndFieldsItDoesNotKnowAsProblems() throws Exception {
		this.mvc
			.perform(post("/api/v1/views").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", \"filters\": {\"country\": [\"Cambodia\"]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("country"));
		this.mvc
			.perform(post("/api/v1/views").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", \"filters\": {\"sector\": \"BANKS\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("sector"));
		this.mvc.perform(post("/api/v1/views").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("name"));
		this.mvc
			.perform(post("/api/v1/views").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", \"focus\": {\"id\": \"nobody\", \"steps\": 2}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("focus"));
		this.mvc.perform(get("/api/v1/views/no-such-view")).andExpect(status().isNotFound());
	}

}
