package org.partnergraph.stakeholder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.importer.SeedLoader;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Search answers, scores and order included, do not depend on records the caller may not see: a
 * viewer cannot test whether a hidden record holds a word by watching scores move.
 */
class SearchConfidentialityIT extends IntegrationTest {

	private static final List<String> QUERIES = List.of("mekong", "club", "mekong club", "iom", "ministry", "justice",
			"labour", "cambodia", "a", "international");

	@Autowired
	SeedLoader seed;

	@Autowired
	ImportService imports;

	@Test
	@WithMockUser(roles = "VIEWER")
	void searchAnswersAreTheSameBeforeAndAfterHiddenRecordsWithTheSameWords() throws Exception {
		this.seed.load(ImportMode.MERGE);
		Map<String, String> before = answers();
		this.imports.importCsv(new ImportFile("s.csv", """
				id,name,sector,aliases,countries,confidentiality
				hidden-1,Mekong Club of Ministry Justice,CSO,Mekong Labour Club;IOM Cambodia,KH,RESTRICTED
				hidden-2,International Mekong Justice Club,PRIVATE,Club International,TH,RESTRICTED
				hidden-3,Labour Cambodia Ministry Club,CSO,,KH,RESTRICTED
				""".getBytes(StandardCharsets.UTF_8)), null, ImportMode.MERGE, false, Visibility.ALL);
		Map<String, String> after = answers();
		assertThat(after).isEqualTo(before);
		assertThat(before.get("iom")).contains("\"id\":\"iom\"");
	}

	private Map<String, String> answers() throws Exception {
		var answers = new LinkedHashMap<String, String>();
		for (String q : QUERIES) {
			answers.put(q, this.mvc.perform(get("/api/v1/stakeholders").param("q", q).param("size", "500"))
				.andReturn()
				.getResponse()
				.getContentAsString());
		}
		return answers;
	}

}
