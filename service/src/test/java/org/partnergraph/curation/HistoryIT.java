package org.partnergraph.curation;

import java.nio.charset.StandardCharsets;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The history of edits and imports, and who may read it. */
class HistoryIT extends IntegrationTest {

	@Autowired
	ImportService imports;

	String importId;

	@BeforeEach
	void load() {
		ImportReport report = this.imports.importCsv(csv("s.csv", CurationIT.STAKEHOLDERS),
				csv("l.csv", CurationIT.LINKS), ImportMode.MERGE, false, Visibility.ALL);
		this.importId = report.importId();
	}

	@Test
	@WithMockUser(username = "eddie", roles = "EDITOR")
	void anEditIsRecordedWithWhoWhenAndEachFieldFromAndTo() throws Exception {
		String etag = etagOf("/api/v1/stakeholders/ngo");
		send(patch("/api/v1/stakeholders/ngo").header("If-Match", etag), """
				{"acronym": "ON", "countries": ["KH", "LA"]}""").andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/stakeholders/ngo/history"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].action").value("UPDATE"))
			.andExpect(jsonPath("$[0].actor").value("eddie"))
			.andExpect(jsonPath("$[0].source").value("edit"))
			.andExpect(jsonPath("$[0].at").isNotEmpty())
			// No value before: "from" is left out, as every null is.
			.andExpect(jsonPath("$[0].fields.acronym.from").doesNotExist())
			.andExpect(jsonPath("$[0].fields.acronym.to").value("ON"))
			.andExpect(jsonPath("$[0].fields.countries.from", contains("KH")))
			.andExpect(jsonPath("$[0].fields.countries.to", contains("KH", "LA")))
			.andExpect(jsonPath("$[0].fields.name").doesNotExist())
			.andExpect(jsonPath("$[1].action").value("CREATE"))
			.andExpect(jsonPath("$[1].source").value("import"))
			.andExpect(jsonPath("$[1].importId").value(this.importId))
			.andExpect(jsonPath("$[1].fields.name.to").value("Open NGO"));
	}

	@Test
	void anImportRecordsOneChangePerRecordItChanged() throws Exception {
		assertThat(this.importId).isNotNull();
		// Four stakeholders and four links created.
		this.mvc.perform(get("/api/v1/changes").param("importId", this.importId)).andExpect(jsonPath("$", hasSize(8)));
		ImportReport again = this.imports.importCsv(csv("s.csv", CurationIT.STAKEHOLDERS.replace("Open NGO", "NGO")),
				null, ImportMode.MERGE, false, Visibility.ALL);
		this.mvc.perform(get("/api/v1/changes").param("importId", again.importId()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].recordId").value("ngo"))
			.andExpect(jsonPath("$[0].fields.name.from").value("Open NGO"))
			.andExpect(jsonPath("$[0].fields.name.to").value("NGO"));
		// An import that changes nothing records nothing.
		assertThat(this.imports
			.importCsv(csv("s.csv", CurationIT.STAKEHOLDERS.replace("Open NGO", "NGO")), null, ImportMode.MERGE, false,
					Visibility.ALL)
			.importId()).isNull();
	}

	@Test
	@WithMockUser(username = "eddie", roles = "EDITOR")
	void aLinkDeletedKeepsItsHistory() throws Exception {
		String id = "ministry~COLLABORATES~ngo";
		String etag = etagOf("/api/v1/links/" + id);
		send(patch("/api/v1/links/" + id).header("If-Match", etag), """
				{"end": "2026-01-31"}""").andExpect(status().isOk());
		this.mvc.perform(delete("/api/v1/links/" + id).header("If-Match", etagOf("/api/v1/links/" + id)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/links/" + id + "/history"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action", contains("DELETE", "UPDATE", "CREATE")))
			.andExpect(jsonPath("$[1].fields.status.to").value("ENDED"))
			.andExpect(jsonPath("$[1].fields.end.to").value("2026-01-31"));
		// The import before the test ran as eddie too.
		this.mvc.perform(get("/api/v1/changes").param("actor", "eddie"))
			.andExpect(jsonPath("$[?(@.source == 'edit')]", hasSize(2)))
			.andExpect(jsonPath("$", hasSize(7)));
		this.mvc.perform(get("/api/v1/changes").param("actor", "someone-else")).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/changes").param("since", "2999-01-01")).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/changes").param("since", "yesterday")).andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theHistoryOfAHiddenRecordIsHiddenWithIt() throws Exception {
		String hidden = storedId("Hidden Refuge");
		String forged = "refuge.r0123456789abcdef";
		String hiddenAnswer = this.mvc.perform(get("/api/v1/stakeholders/" + hidden + "/history"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replace(hidden, "X");
		String unknownAnswer = this.mvc.perform(get("/api/v1/stakeholders/" + forged + "/history"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replace(forged, "X");
		assertThat(hiddenAnswer).isEqualTo(unknownAnswer);
		// The whole network's: the hidden stakeholder and its link, and the RESTRICTED
		// link, are left out.
		this.mvc.perform(get("/api/v1/changes"))
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[*].recordId", not(hasItem(hidden))))
			.andExpect(jsonPath("$[*].levels[*]", everyItem(not("RESTRICTED"))));
	}

	@Test
	void aRecordMadeRestrictedTakesItsHistoryWithIt() throws Exception {
		String etag = etagOf("/api/v1/stakeholders/ngo");
		String location = send(patch("/api/v1/stakeholders/ngo").header("If-Match", etag), """
				{"confidentiality": "RESTRICTED"}""").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String sealed = JsonPath.read(location, "$.id");
		this.mvc.perform(get("/api/v1/stakeholders/" + sealed + "/history"))
			.andExpect(jsonPath("$[*].action", contains("UPDATE", "CREATE")));
		this.mvc
			.perform(get("/api/v1/changes")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("viewer")
					.roles("VIEWER")))
			.andExpect(jsonPath("$[*].recordId", not(hasItem("ngo"))))
			.andExpect(jsonPath("$[*].recordId", not(hasItem(sealed))));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditThatChangesNothingIsNotRecorded() throws Exception {
		String etag = etagOf("/api/v1/stakeholders/ngo");
		send(patch("/api/v1/stakeholders/ngo").header("If-Match", etag), """
				{"name": "Open NGO"}""").andExpect(status().isOk());
		assertThat(etagOf("/api/v1/stakeholders/ngo")).isEqualTo(etag);
		this.mvc.perform(get("/api/v1/stakeholders/ngo/history")).andExpect(jsonPath("$", hasSize(1)));
		send(post("/api/v1/stakeholders"), """
				{"id": "new", "name": "New", "sector": "CSO"}""").andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/stakeholders/new/history"))
			.andExpect(jsonPath("$[0].action").value("CREATE"))
			.andExpect(jsonPath("$[0].source").value("edit"));
	}

	private String etagOf(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static ImportFile csv(String name, String text) {
		return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

}
