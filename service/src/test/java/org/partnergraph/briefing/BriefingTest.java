package org.partnergraph.briefing;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.partnergraph.HiddenDataTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the briefing tests share: the seed network, no view left from another test, and
 * hidden records inside a Cambodian view's filters.
 */
abstract class BriefingTest extends HiddenDataTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	// Inside the view's filter (Cambodia): a RESTRICTED shelter that supports victims and
	// works with the PUBLIC national committee, and an INTERNAL donor that is the
	// committee's only funder, so both would change the findings if they leaked.
	static final String HIDDEN_STAKEHOLDERS = """
			id,name,sector,acronym,aliases,countries,themes,evidence,confidentiality
			kh-secret-shelter,Quiet Harbour Shelter,CSO,QHS,Harbour of Quiet,KH,shelter;reintegration,sealed-survey-2024,RESTRICTED
			kh-internal-fund,Inner Circle Fund,DONOR,ICF,Circle Fund Alias,KH,,internal-memo-77,INTERNAL
			""";

	static final String HIDDEN_LINKS = """
			from,to,type,evidence,confidentiality
			kh-secret-shelter,kh-nccct,COLLABORATES,sealed-link-evidence,RESTRICTED
			kh-internal-fund,kh-nccct,FUNDS,internal-link-evidence,INTERNAL
			kh-internal-fund,kh-moi,FUNDS,internal-fund-evidence,INTERNAL
			kh-moi,kh-secret-shelter,SUPPORTS,public-link-to-hidden-node,PUBLIC
			""";

	static final List<String> RESTRICTED = List.of("kh-secret-shelter", "Quiet Harbour", "QHS", "Harbour of Quiet",
			"sealed-survey-2024", "sealed-link-evidence", "public-link-to-hidden-node");

	static final List<String> INTERNAL = List.of("kh-internal-fund", "Inner Circle Fund", "ICF", "Circle Fund Alias",
			"internal-memo-77", "internal-link-evidence", "internal-fund-evidence");

	@BeforeEach
	void seedAndNoViews() throws Exception {
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("MATCH (v:SavedView) DETACH DELETE v").consume());
		}
		loadSeed();
	}

	/** Saves a view as the test's user; answers its id. */
	String createView(String json) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/views").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn();
		return JSON.readTree(created.getResponse().getContentAsString()).get("id").asString();
	}

	static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString());
	}

}
