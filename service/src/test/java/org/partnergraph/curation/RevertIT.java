package org.partnergraph.curation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportReport;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin undoes a change, or an import, unless something later depends on it. */
class RevertIT extends IntegrationTest {

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		this.imports.importCsv(csv("s.csv", CurationIT.STAKEHOLDERS), csv("l.csv", CurationIT.LINKS), ImportMode.MERGE,
				false, Visibility.ALL);
	}

	@Test
	void anAdminRevertsAnEditAndTheRevertIsInTheHistory() throws Exception {
		patchNgo("{\"acronym\": \"ON\", \"countries\": [\"KH\", \"LA\"]}");
		String change = latestChange("/api/v1/stakeholders/ngo/history");
		this.mvc.perform(post("/api/v1/changes/" + change + "/revert"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reverted").value(1));
		this.mvc.perform(get("/api/v1/stakeholders/ngo"))
			.andExpect(jsonPath("$.acronym").doesNotExist())
			.andExpect(jsonPath("$.countries[*].code").value(org.hamcrest.Matchers.contains("KH")));
		this.mvc.perform(get("/api/v1/stakeholders/ngo/history"))
			.andExpect(jsonPath("$[0].source").value("revert"))
			.andExpect(jsonPath("$[0].reverts").value(change))
			.andExpect(jsonPath("$[0].fields.acronym.from").value("ON"));
	}

	@Test
	void aRevertKeepsTheCustomAttributes() throws Exception {
		this.imports.importCsv(csv("s.csv", "id,name,sector,focal point\nngo,Open NGO,CSO,Dara\n"),
				csv("l.csv", CurationIT.LINKS), ImportMode.MERGE, false, Visibility.ALL);
		patchNgo("{\"acronym\": \"ON\"}");
		this.mvc.perform(post("/api/v1/changes/" + latestChange("/api/v1/stakeholders/ngo/history") + "/revert"))
			.andExpect(status().isOk());
		assertThat(count("MATCH (s:Stakeholder {id: 'ngo'}) WHERE s.acronym IS NULL AND s.`x_focal point` = 'Dara' "
				+ "RETURN count(s)"))
			.isOne();
	}

	@Test
	void aChangeThatALaterOneDependsOnIsNotReverted() throws Exception {
		patchNgo("{\"acronym\": \"ON\"}");
		String first = latestChange("/api/v1/stakeholders/ngo/history");
		patchNgo("{\"acronym\": \"ONGO\"}");
		String second = latestChange("/api/v1/stakeholders/ngo/history");
		this.mvc.perform(post("/api/v1/changes/" + first + "/revert"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(second)));
		this.mvc.perform(get("/api/v1/stakeholders/ngo")).andExpect(jsonPath("$.acronym").value("ONGO"));
	}

	@Test
	void anAdminRevertsEveryChangeOfOneImport() throws Exception {
		ImportReport report = this.imports.importCsv(csv("s.csv", """
				id,name,sector
				new-one,New One,CSO
				ngo,NGO Renamed,CSO
				"""), csv("l.csv", """
				from,to,type
				new-one,ngo,COLLABORATES
				"""), ImportMode.MERGE, false, Visibility.ALL);
		this.mvc.perform(post("/api/v1/imports/" + report.importId() + "/revert"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reverted").value(3));
		this.mvc.perform(get("/api/v1/stakeholders/new-one")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/stakeholders/ngo"))
			.andExpect(jsonPath("$.name").value("Open NGO"))
			.andExpect(jsonPath("$.countries[*].code").value(org.hamcrest.Matchers.contains("KH")));
		assertThat(count("MATCH (:Stakeholder {id: 'new-one'}) RETURN count(*)")).isZero();
	}

	@Test
	void anImportEditedSinceIsNotReverted() throws Exception {
		ImportReport report = this.imports.importCsv(csv("s.csv", """
				id,name,sector
				new-one,New One,CSO
				"""), null, ImportMode.MERGE, false, Visibility.ALL);
		send(post("/api/v1/links"), """
				{"from": "new-one", "to": "ngo", "type": "SUPPORTS"}""").andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/imports/" + report.importId() + "/revert"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("new-one~SUPPORTS~ngo")));
	}

	@Test
	void aDeletedLinkComesBack() throws Exception {
		String id = "ministry~COLLABORATES~ngo";
		String etag = this.mvc.perform(get("/api/v1/links/" + id)).andReturn().getResponse().getHeader("ETag");
		this.mvc.perform(delete("/api/v1/links/" + id).header("If-Match", etag)).andExpect(status().isNoContent());
		String change = latestChange("/api/v1/links/" + id + "/history");
		this.mvc.perform(post("/api/v1/changes/" + change + "/revert")).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/links/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidence").value("open"));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorCannotRevert() throws Exception {
		String change = latestChange("/api/v1/stakeholders/ngo/history");
		this.mvc.perform(post("/api/v1/changes/" + change + "/revert")).andExpect(status().isForbidden());
	}

	private void patchNgo(String json) throws Exception {
		String etag = this.mvc.perform(get("/api/v1/stakeholders/ngo")).andReturn().getResponse().getHeader("ETag");
		send(patch("/api/v1/stakeholders/ngo").header("If-Match", etag), json).andExpect(status().isOk());
	}

	private String latestChange(String history) throws Exception {
		String body = this.mvc.perform(get(history)).andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(body, "$[*].id");
		return ids.getFirst();
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static ImportFile csv(String name, String text) {
		return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

}
