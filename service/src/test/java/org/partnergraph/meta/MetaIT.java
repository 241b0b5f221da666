package org.partnergraph.meta;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The vocabulary the page builds its choices and legends from is the one the API takes:
 * every sector, link type and measure it lists is accepted, every gap check it lists is
 * answered.
 */
class MetaIT extends IntegrationTest {

	@Test
	void listsTheModelsVocabularyWithHowToDrawIt() throws Exception {
		String body = this.mvc.perform(get("/api/v1/meta"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sectors[0].code").value("JUSTICE"))
			.andExpect(jsonPath("$.sectors[0].colour").value("#0072B2"))
			.andExpect(jsonPath("$.sectors[0].shape").value("round-rectangle"))
			.andExpect(jsonPath("$.targetCountries[0]").value("KH"))
			.andExpect(jsonPath("$.countries[?(@.code == 'LA')].name").value("Lao PDR"))
			.andExpect(jsonPath("$.confidentiality[0]").value("PUBLIC"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> sectors = JsonPath.read(body, "$.sectors[*].code");
		assertThat(sectors)
			.containsExactly(java.util.Arrays.stream(Sector.values()).map(Enum::name).toArray(String[]::new));
		List<Map<String, Object>> types = JsonPath.read(body, "$.linkTypes");
		assertThat(types).hasSize(LinkType.values().length);
		for (Map<String, Object> type : types) {
			assertThat(type.get("directed")).isEqualTo(!LinkType.valueOf((String) type.get("code")).symmetric());
		}
	}

	@Test
	void everyMeasureAndCheckItListsIsOneTheApiAnswers() throws Exception {
		TestNetwork.load(this.mvc);
		String body = this.mvc.perform(get("/api/v1/meta")).andReturn().getResponse().getContentAsString();
		List<String> measures = JsonPath.read(body, "$.measures[*].code");
		assertThat(measures).contains("degree", "betweenness", "pagerank");
		for (String measure : measures) {
			this.mvc.perform(get("/api/v1/analysis/centrality").param("measure", measure))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.measure").value(measure));
		}
		List<String> checks = JsonPath.read(body, "$.gapChecks[*].name");
		String unlinked = this.mvc.perform(get("/api/v1/gaps/unlinked")).andReturn().getResponse().getContentAsString();
		List<String> answered = JsonPath.read(unlinked, "$.checks[*].name");
		assertThat(answered).isEqualTo(checks);
	}

}
