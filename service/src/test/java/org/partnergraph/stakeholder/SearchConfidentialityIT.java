package org.partnergraph.stakeholder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnergraph.HiddenDataTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Search answers, scores and order included, do not depend on records the caller may not
 * see: a viewer cannot test whether a hidden record holds a word by watching scores move.
 */
class SearchConfidentialityIT extends HiddenDataTest {

	private static final List<String> QUERIES = List.of("mekong", "club", "mekong club", "iom", "ministry", "justice",
			"labour", "cambodia", "a", "international");

	@Test
	@WithMockUser(roles = "VIEWER")
	void searchAnswersAreTheSameBeforeAndAfterHiddenRecordsWithTheSameWords() throws Exception {
		loadSeed();
		Map<String, String> before = answers();
		importHidden("""
				id,name,sector,aliases,countries,confidentiality
				hidden-1,Mekong Club of Ministry Justice,CSO,Mekong Labour Club;IOM Cambodia,KH,RESTRICTED
				hidden-2,International Mekong Justice Club,PRIVATE,Club International,TH,RESTRICTED
				hidden-3,Labour Cambodia Ministry Club,CSO,,KH,RESTRICTED
				""", null);
		Map<String, String> after = answers();
		assertSameAnswers(before, after);
		assertThat(before.get("iom")).contains("\"id\":\"iom\"");
	}

	private Map<String, String> answers() throws Exception {
		var answers = new LinkedHashMap<String, String>();
		for (String q : QUERIES) {
			answers.put(q,
					this.mvc.perform(get("/api/v1/stakeholders").param("q", q).param("size", "500"))
						.andReturn()
						.getResponse()
						.getContentAsString());
		}
		return answers;
	}

}
