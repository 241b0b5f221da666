package org.partnergraph.audit;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Edits in place and reverts are in the audit log, refused ones with their status too.
 */
class CurationAuditIT extends IntegrationTest {

	@Test
	void editsAndRevertsAreAuditedWithTheirOutcome() throws Exception {
		this.mvc
			.perform(post("/api/v1/stakeholders").contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\": \"audited-ngo\", \"name\": \"Audited NGO\", \"sector\": \"CSO\"}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(patch("/api/v1/stakeholders/audited-ngo").contentType(MediaType.APPLICATION_JSON)
				.content("{\"acronym\": \"AN\"}"))
			.andExpect(status().isPreconditionRequired());
		String history = this.mvc.perform(get("/api/v1/stakeholders/audited-ngo/history"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> changes = JsonPath.read(history, "$[*].id");
		this.mvc.perform(post("/api/v1/changes/" + changes.getFirst() + "/revert")).andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/audit").param("action", "edit").param("actor", "test-admin"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].target", hasItem("/api/v1/stakeholders/audited-ngo")))
			.andExpect(jsonPath("$.content[*].detail", hasItems("POST status=201", "PATCH status=428")));
		this.mvc.perform(get("/api/v1/audit").param("action", "revert").param("actor", "test-admin"))
			.andExpect(jsonPath("$.content[*].target", hasItem("/api/v1/changes/" + changes.getFirst() + "/revert")))
			.andExpect(jsonPath("$.content[*].detail", hasItem("POST status=200")));
	}

}
