package org.partnergraph.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnergraph.HiddenDataTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a viewer gets from every family of endpoints (network, lists and details, every
 * analysis, gaps, bridging, change, exports, the vocabulary) is the same, byte for byte
 * but for timestamps, before and after RESTRICTED stakeholders, themes, countries and
 * links are imported, among them RESTRICTED links between organisations the viewer sees.
 * Named queries and search have tests of their own ({@code NamedQueryConfidentialityIT},
 * {@code SearchConfidentialityIT}).
 */
class ViewerAnswersIT extends HiddenDataTest {

	private static final String HIDDEN_STAKEHOLDERS = """
			id,name,sector,countries,themes,confidentiality
			hidden-cso,Quorvex Covert Circle,CSO,KH;BT,covert-extraction;shelter;male-victims,RESTRICTED
			hidden-company,Shadow Trading,PRIVATE,KH;LA,supply-chains;covert-extraction,RESTRICTED
			hidden-justice,Sealed Tribunal,JUSTICE,KH,victim-identification,RESTRICTED
			""";

	private static final String HIDDEN_LINKS = """
			from,to,type,start,end,status,evidence,confidentiality
			hidden-cso,kh-moi,COLLABORATES,2019,,ACTIVE,sealed,RESTRICTED
			hidden-company,hidden-cso,FUNDS,2020,,ACTIVE,sealed,RESTRICTED
			hidden-justice,ijm,COLLABORATES,2018,,ACTIVE,sealed,RESTRICTED
			usaid,ijm,FUNDS,2019,,ACTIVE,sealed,RESTRICTED
			kh-moi,walk-free,DATA_PARTNERSHIP,2018,2020,ENDED,sealed,RESTRICTED
			ecpat-international,kh-moi,COLLABORATES,2017,,ACTIVE,sealed,RESTRICTED
			""";

	@Test
	@WithMockUser(roles = "VIEWER")
	void aViewersAnswersDoNotMoveWhenRestrictedDataArrives() throws Exception {
		loadSeed();
		Map<String, String> before = answers();
		importHidden(HIDDEN_STAKEHOLDERS, HIDDEN_LINKS);
		Map<String, String> after = answers();
		assertSameAnswers(before, after);
		assertThat(before).hasSizeGreaterThanOrEqualTo(30);
		assertThat(String.join("\n", after.values())).doesNotContain("Quorvex", "Shadow Trading", "Sealed Tribunal",
				"covert", "sealed", "hidden-");
	}

	private Map<String, String> answers() throws Exception {
		var answers = new LinkedHashMap<String, String>();
		List<String> paths = List.of("/api/v1/network", "/api/v1/network?country=KH", "/api/v1/network?theme=shelter",
				"/api/v1/stakeholders?size=500", "/api/v1/stakeholders?country=KH&sector=JUSTICE",
				"/api/v1/stakeholders/kh-moi", "/api/v1/stakeholders/ijm", "/api/v1/stakeholders/usaid",
				"/api/v1/analysis/centrality?measure=degree", "/api/v1/analysis/centrality?measure=betweenness",
				"/api/v1/analysis/centrality?measure=closeness", "/api/v1/analysis/centrality?measure=harmonic",
				"/api/v1/analysis/centrality?measure=pagerank", "/api/v1/analysis/centrality?measure=eigenvector",
				"/api/v1/analysis/centrality?measure=betweenness&country=KH", "/api/v1/analysis/communities",
				"/api/v1/analysis/structural-holes", "/api/v1/analysis/brokerage",
				"/api/v1/analysis/brokerage?groupBy=country", "/api/v1/analysis/summary",
				"/api/v1/analysis/summary?asOf=2019-06-30", "/api/v1/gaps/sector-matrix",
				"/api/v1/gaps/sector-matrix?country=KH", "/api/v1/gaps/coverage",
				"/api/v1/gaps/coverage?dimension=sector", "/api/v1/gaps/unlinked", "/api/v1/gaps/unlinked?country=KH",
				"/api/v1/gaps/dependencies", "/api/v1/bridging/opportunities",
				"/api/v1/bridging/opportunities?country=KH&theme=shelter",
				"/api/v1/bridging/paths?from=kh-moi&to=un-women", "/api/v1/bridging/paths?from=usaid&to=ijm",
				"/api/v1/network/diff?from=2015-01-01&to=2025-01-01", "/api/v1/export/stakeholders.csv",
				"/api/v1/export/links.csv", "/api/v1/export/network.json", "/api/v1/export/network.graphml",
				"/api/v1/export/network.gexf", "/api/v1/meta");
		for (String path : paths) {
			answers.put("GET " + path, body(get(path)));
		}
		answers.put("POST what-if", body(post("/api/v1/bridging/what-if").contentType(MediaType.APPLICATION_JSON)
			.content("{\"add\": [{\"from\": \"kh-moi\", \"to\": \"ijm\", \"type\": \"COLLABORATES\"}]}")));
		return answers;
	}

	private String body(RequestBuilder request) throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// Only the moment an answer was made may differ.
		return body.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?", "<time>")
			.replaceAll("lastmodifieddate=\"[^\"]*\"", "lastmodifieddate=\"<time>\"");
	}

}
