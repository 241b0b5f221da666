package org.partnergraph.duplicates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/stakeholders/duplicates} against the real database: the hand-made
 * list of {@link DuplicateDetectorTest} imported, and a RESTRICTED organisation that only
 * those granted it may learn of.
 */
class DuplicatesIT extends IntegrationTest {

	static final String WITH_HIDDEN = """
			id,name,sector,acronym,countries,confidentiality
			iom,International Organization for Migration,INTERNATIONAL,IOM,TH,RESTRICTED
			iom-ph,IOM,INTERNATIONAL,,PH,PUBLIC
			iom-kh,International Organisation for Migration (IOM),INTERNATIONAL,,KH,INTERNAL
			ecpat,ECPAT International,CSO,ECPAT,TH,PUBLIC
			""";

	@Autowired
	ImportService imports;

	@Autowired
	JsonMapper json;

	@Test
	void listsTheKnownPairsBestFirst() throws Exception {
		importKnownPairs();
		var body = pairs("/api/v1/stakeholders/duplicates?limit=200");
		assertThat(body).hasSize(35);
		assertThat(body).extracting(pair -> (Double) pair.get("score"))
			.isSortedAccordingTo((x, y) -> Double.compare(y, x));
		assertThat(body).anySatisfy(pair -> {
			assertThat(pair.get("a")).isEqualTo(Map.of("id", "dswd", "name",
					"Department of Social Welfare and Development", "sector", "STATE", "countries", List.of("PH")));
			assertThat(((Map<?, ?>) pair.get("b")).get("id")).isEqualTo("dswd-2");
			assertThat(String.valueOf(pair.get("reasons")))
				.contains("'DSWD' is the acronym of 'Department of Social Welfare and Development'", "both in PH");
		});
		this.mvc.perform(get("/api/v1/stakeholders/duplicates"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pairs", hasSize(35)));
		this.mvc.perform(get("/api/v1/stakeholders/duplicates?limit=3&minScore=0.9"))
			.andExpect(jsonPath("$.pairs", hasSize(3)))
			.andExpect(jsonPath("$.pairs[2].score").value(org.hamcrest.Matchers.greaterThanOrEqualTo(0.9)));
		// Lower than what is kept between requests: computed afresh, more pairs.
		assertThat(pairs("/api/v1/stakeholders/duplicates?limit=500&minScore=0.1").size()).isGreaterThan(35);
	}

	@Test
	void theDuplicatesPathIsNeverReadAsAStakeholderId() throws Exception {
		// No stakeholder may take the path's word as its id (it could never be read at
		// its address), and the path stays the duplicate finder.
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.imports.importCsv(csv("id,name,sector\nduplicates,Duplicates Watch,CSO\n"),
					null, ImportMode.MERGE, false, Visibility.ALL))
			.isInstanceOf(org.partnergraph.importer.ImportRejectedException.class);
		this.mvc.perform(get("/api/v1/stakeholders/duplicates")).andExpect(jsonPath("$.pairs", hasSize(0)));
		this.mvc.perform(get("/api/v1/stakeholders/iom")).andExpect(status().isNotFound());
	}

	@Test
	void refusesBadAndUnknownParameters() throws Exception {
		this.mvc.perform(get("/api/v1/stakeholders/duplicates?limit=0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
		this.mvc.perform(get("/api/v1/stakeholders/duplicates?minScore=1.5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("minScore"));
		this.mvc.perform(get("/api/v1/stakeholders/duplicates?min=0.5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("min"));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorWithoutTheGrantSeesNoPairWithARestrictedStakeholderNorItsEffect() throws Exception {
		importWithHidden(WITH_HIDDEN);
		String withHidden = this.mvc.perform(get("/api/v1/stakeholders/duplicates?minScore=0"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withHidden).doesNotContain("International Organization for Migration")
			.doesNotContain("\"iom\"")
			.contains("iom-ph", "iom-kh");
		// The same answer as on a network without it at all.
		wipeDatabase();
		importWithHidden(
				WITH_HIDDEN.lines().filter(line -> !line.contains("RESTRICTED")).reduce("", (a, b) -> a + b + "\n"));
		assertThat(this.mvc.perform(get("/api/v1/stakeholders/duplicates?minScore=0"))
			.andReturn()
			.getResponse()
			.getContentAsString()).isEqualTo(withHidden);
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void aViewerSeesOnlyPairsOfWhatItSees() throws Exception {
		importWithHidden(WITH_HIDDEN);
		var body = pairs("/api/v1/stakeholders/duplicates?minScore=0");
		// The INTERNAL one is visible to a viewer, the RESTRICTED one is not.
		assertThat(body).singleElement().satisfies(pair -> {
			assertThat(((Map<?, ?>) pair.get("a")).get("id")).isEqualTo("iom-kh");
			assertThat(((Map<?, ?>) pair.get("b")).get("id")).isEqualTo("iom-ph");
		});
	}

	@Test
	@WithMockUser(authorities = { "ROLE_EDITOR", Visibility.RESTRICTED_AUTHORITY })
	void anEditorGrantedRestrictedDataSeesItsPairs() throws Exception {
		importWithHidden(WITH_HIDDEN);
		assertThat(
				this.mvc.perform(get("/api/v1/stakeholders/duplicates")).andReturn().getResponse().getContentAsString())
			.contains("International Organization for Migration");
	}

	private void importWithHidden(String stakeholders) {
		this.imports.importCsv(csv(stakeholders), null, ImportMode.MERGE, false, Visibility.ALL);
	}

	private void importKnownPairs() throws IOException {
		// The hand-made list without its group column is an import file.
		String list;
		try (var in = getClass().getResourceAsStream("/duplicates/known-pairs.csv")) {
			list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		var rows = new StringBuilder();
		for (String line : list.split("\n")) {
			rows.append(line, line.indexOf(',') + 1, line.length()).append('\n');
		}
		this.imports.importCsv(csv(rows.toString()), null, ImportMode.MERGE, false, Visibility.ALL);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> pairs(String url) throws Exception {
		String body = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return (List<Map<String, Object>>) this.json.readValue(body, Map.class).get("pairs");
	}

	private static ImportFile csv(String content) {
		return new ImportFile("s.csv", content.getBytes(StandardCharsets.UTF_8));
	}

}
