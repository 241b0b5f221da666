package org.partnergraph.curation;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeLog;
import org.partnergraph.store.ChangeSets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import whose transaction committed but whose history was not written yet, as when
 * the service stops between the two: nothing of it is lost, and nothing goes before it.
 */
class UnfinishedImportHistoryIT extends IntegrationTest {

	private static final String IMPORT_ID = "unfinished-import";

	@Autowired
	ImportService imports;

	@Autowired
	ChangeSets changeSets;

	@BeforeEach
	void importThenRenameWithoutWritingTheHistory() {
		this.imports.importCsv(csv("s.csv", CurationIT.STAKEHOLDERS), csv("l.csv", CurationIT.LINKS), ImportMode.MERGE,
				false, Visibility.ALL);
		this.changeSets.awaitWritten();
		// What an import's transaction leaves when the service stops right after its
		// commit: the record changed, and its change set still packed.
		var change = new ChangeLog.Entry("UPDATE", "stakeholder", "ngo", null, List.of("PUBLIC"),
				Map.of("name", Map.of("from", "Open NGO", "to", "Renamed NGO")), null);
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> {
				tx.run("MATCH (s:Stakeholder {id: 'ngo'}) SET s.name = 'Renamed NGO', s.revision = s.revision + 1")
					.consume();
				ChangeSets.open(tx, new ChangeLog.Origin("importer", OffsetDateTime.now(), "import", IMPORT_ID),
						List.of(change), Map.of("stakeholdersUpdated", 1L));
				return null;
			});
		}
		assertThat(count("MATCH (c:Change {importId: '" + IMPORT_ID + "'}) RETURN count(c)")).isZero();
		assertThat(count("MATCH (s:ChangeSet {id: '" + IMPORT_ID + "', status: 'PENDING'}) RETURN count(s)")).isOne();
	}

	@Test
	void theStartWritesTheHistoryOfAnImportLeftUnfinished() throws Exception {
		this.changeSets.complete();
		assertThat(count("MATCH (s:ChangeSet {id: '" + IMPORT_ID + "', status: 'COMPLETE'}) RETURN count(s)")).isOne();
		assertThat(count("MATCH (p:ChangeSetPart) RETURN count(p)")).isZero();
		this.mvc.perform(get("/api/v1/stakeholders/ngo/history"))
			.andExpect(jsonPath("$[*].action", contains("UPDATE", "CREATE")))
			.andExpect(jsonPath("$[0].importId").value(IMPORT_ID))
			.andExpect(jsonPath("$[0].actor").value("importer"))
			.andExpect(jsonPath("$[0].fields.name.to").value("Renamed NGO"));
		this.mvc.perform(post("/api/v1/imports/" + IMPORT_ID + "/revert"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reverted").value(1));
		this.mvc.perform(get("/api/v1/stakeholders/ngo")).andExpect(jsonPath("$.name").value("Open NGO"));
		// A second completion finds nothing left to write.
		this.changeSets.complete();
		assertThat(count("MATCH (c:Change {importId: '" + IMPORT_ID + "'}) RETURN count(c)")).isOne();
	}

	@Test
	void anEditWaitsForTheHistoryOfTheImportBeforeIt() throws Exception {
		String etag = this.mvc.perform(get("/api/v1/stakeholders/ngo")).andReturn().getResponse().getHeader("ETag");
		this.mvc
			.perform(patch("/api/v1/stakeholders/ngo").header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"acronym\": \"RN\"}"))
			.andExpect(status().isOk());
		// The import's change is written first, in its place before the edit's.
		this.mvc.perform(get("/api/v1/stakeholders/ngo/history"))
			.andExpect(jsonPath("$[*].source", contains("edit", "import", "import")))
			.andExpect(jsonPath("$[1].importId").value(IMPORT_ID));
		// And the import cannot be reverted over the edit made since.
		this.mvc.perform(post("/api/v1/imports/" + IMPORT_ID + "/revert")).andExpect(status().isConflict());
	}

	@Test
	void aLaterImportWaitsForTheHistoryOfTheOneBefore() {
		String later = this.imports
			.importCsv(csv("s.csv", "id,name,sector\nngo,NGO Again,CSO\n"), null, ImportMode.MERGE, false,
					Visibility.ALL)
			.importId();
		assertThat(count("""
				MATCH (first:Change {importId: '%s'}), (second:Change {importId: '%s'})
				WHERE first.seq < second.seq RETURN count(*)""".formatted(IMPORT_ID, later))).isOne();
	}

	private static ImportFile csv(String name, String text) {
		return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

}
