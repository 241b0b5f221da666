package org.partnergraph.view;

import org.junit.jupiter.api.BeforeEach;
import org.partnergraph.HiddenDataTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the saved-view tests share: no view left from another test, and making one. */
abstract class ViewTest extends HiddenDataTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeEach
	void deleteViews() {
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("MATCH (v) WHERE v:SavedView OR v:ViewShare DETACH DELETE v").consume());
		}
	}

	/** Saves a view as the test's user; answers its id. */
	String createView(String json) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/views").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn();
		return json(created).get("id").asString();
	}

	static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	static String etag(MvcResult result) {
		return result.getResponse().getHeader(HttpHeaders.ETAG);
	}

}
