package org.partnergraph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.partnergraph.HiddenDataTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every named query answers a viewer only from what the viewer may see: the answers of
 * every file in {@code cypher/} are the same, byte for byte, before and after RESTRICTED
 * stakeholders with new themes and countries, and RESTRICTED links among visible
 * organisations, are imported.
 */
class NamedQueryConfidentialityIT extends HiddenDataTest {

	private static final String HIDDEN_STAKEHOLDERS = """
			id,name,sector,countries,themes,confidentiality
			hidden-cso,Quorvex Covert Circle,CSO,KH;BT,covert-extraction;shelter;male-victims,RESTRICTED
			hidden-company,Shadow Trading,PRIVATE,KH;LA,supply-chains;covert-extraction,RESTRICTED
			""";

	private static final String HIDDEN_LINKS = """
			from,to,type,start,status,evidence,confidentiality
			hidden-cso,kh-moi,COLLABORATES,2019,ACTIVE,sealed,RESTRICTED
			hidden-company,hidden-cso,FUNDS,2020,ACTIVE,sealed,RESTRICTED
			usaid,ijm,FUNDS,2019,ACTIVE,sealed,RESTRICTED
			kh-moi,walk-free,DATA_PARTNERSHIP,2018,ENDED,sealed,RESTRICTED
			""";

	@Test
	@WithMockUser(roles = "VIEWER")
	void everyNamedQueryAnswersAViewerTheSameBeforeAndAfterARestrictedImport() throws Exception {
		loadSeed();
		Map<String, String> before = answers();
		assertThat(before).hasSizeGreaterThanOrEqualTo(15);

		importHidden(HIDDEN_STAKEHOLDERS, HIDDEN_LINKS);
		Map<String, String> after = answers();

		assertSameAnswers(before, after);
		assertThat(String.join("\n", after.values())).doesNotContain("covert", "Quorvex", "Shadow", "hidden-");
	}

	/**
	 * Each named query's answer with its defaults, and the country-scoped ones for two
	 * countries.
	 */
	private Map<String, String> answers() throws Exception {
		String list = this.mvc.perform(get("/api/v1/queries")).andReturn().getResponse().getContentAsString();
		List<String> names = JsonPath.read(list, "$[*].name");
		var answers = new LinkedHashMap<String, String>();
		for (String name : names) {
			answers.put(name, run(name, "{}"));
			List<String> parameters = JsonPath.read(list, "$[?(@.name == '" + name + "')].parameters[*].name");
			if (parameters.contains("country")) {
				answers.put(name + "@LA", run(name, "{\"country\": \"LA\"}"));
			}
		}
		return answers;
	}

	private String run(String name, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/queries/" + name).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
