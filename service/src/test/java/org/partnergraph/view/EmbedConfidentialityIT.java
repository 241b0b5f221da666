package org.partnergraph.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Embeds and pictures hold nothing their reader may not see: with RESTRICTED and INTERNAL
 * stakeholders and links inside a view's filters, the embed page, its data and its
 * pictures are byte for byte what they were before that data existed (so no name, id,
 * alias, evidence, count, degree, size or position changes), while a reader who may see
 * the data gets it.
 */
class EmbedConfidentialityIT extends ViewTest {

	// Hidden records inside the view's filter (Cambodia), tied to the PUBLIC national
	// committee kh-nccct and ministry kh-moi.
	static final String HIDDEN_STAKEHOLDERS = """
			id,name,sector,acronym,aliases,countries,evidence,confidentiality
			kh-secret-shelter,Quiet Harbour Shelter,CSO,QHS,Harbour of Quiet,KH,sealed-survey-2024,RESTRICTED
			kh-internal-fund,Inner Circle Fund,DONOR,ICF,Circle Fund Alias,KH,internal-memo-77,INTERNAL
			""";

	static final String HIDDEN_LINKS = """
			from,to,type,evidence,confidentiality
			kh-secret-shelter,kh-nccct,COLLABORATES,sealed-link-evidence,RESTRICTED
			kh-internal-fund,kh-nccct,FUNDS,internal-link-evidence,INTERNAL
			kh-nccct,kh-moi,COLLABORATES,hidden-tie-evidence,INTERNAL
			kh-moi,kh-secret-shelter,SUPPORTS,public-link-to-hidden-node,PUBLIC
			""";

	static final List<String> SECRETS = List.of("kh-secret-shelter", "Quiet Harbour", "QHS", "Harbour of Quiet",
			"sealed-survey-2024", "kh-internal-fund", "Inner Circle Fund", "ICF", "Circle Fund Alias",
			"internal-memo-77", "sealed-link-evidence", "internal-link-evidence", "hidden-tie-evidence",
			"public-link-to-hidden-node");

	static final String VIEW = """
			{"name": "Cambodia", "description": "Partners of the national committee",
			 "filters": {"country": ["KH"]}}""";

	@BeforeEach
	void seed() throws Exception {
		loadSeed();
	}

	@Test
	void hiddenDataLeavesNoTraceInTheEmbedItsDataOrItsPictures() throws Exception {
		// Made by an admin, who will see everything once it exists.
		String id = createView(VIEW);
		Map<String, String> before = embedAnswers(id);
		JsonNode dataBefore = JSON.readTree(before.get("/data"));
		importHidden(HIDDEN_STAKEHOLDERS, HIDDEN_LINKS);
		Map<String, String> after = embedAnswers(id);
		for (var answer : after.entrySet()) {
			for (String secret : SECRETS) {
				assertThat(answer.getValue()).as(answer.getKey()).doesNotContain(secret);
			}
		}
		// The same bytes as on the network without the hidden data: no count, degree,
		// size or position moved.
		assertSameAnswers(before, after);
		JsonNode committee = node(JSON.readTree(after.get("/data")), "kh-nccct");
		assertThat(committee.get("degree").asInt()).isEqualTo(node(dataBefore, "kh-nccct").get("degree").asInt());
		assertThat(committee.get("x").asDouble()).isEqualTo(node(dataBefore, "kh-nccct").get("x").asDouble());

		// The hidden data is inside the view's filters: its maker's own picture shows it.
		String adminSvg = this.mvc.perform(get("/api/v1/views/" + id + "/image.svg"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(adminSvg).contains("Quiet Harbour Shelter", "Inner Circle Fund");
		// A viewer's picture shows INTERNAL, never RESTRICTED.
		String viewerSvg = this.mvc
			.perform(get("/api/v1/views/" + id + "/image.svg").with(user("vera").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(viewerSvg).contains("Inner Circle Fund").doesNotContain("Quiet Harbour", "kh-secret-shelter");
		// The view itself, read by the viewer: no RESTRICTED id among its positions.
		String viewerView = this.mvc.perform(get("/api/v1/views/" + id).with(user("vera").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(viewerView).doesNotContain("kh-secret-shelter").contains("kh-internal-fund");
	}

	@Test
	void aViewNarrowedToPublicKeepsItsMakersPositionsInTheEmbed() throws Exception {
		importHidden(HIDDEN_STAKEHOLDERS, HIDDEN_LINKS);
		String id = createView("""
				{"name": "Public Cambodia", "filters": {"country": ["KH"], "confidentiality": ["PUBLIC"]}}""");
		JsonNode view = JSON
			.readTree(this.mvc.perform(get("/api/v1/views/" + id)).andReturn().getResponse().getContentAsString());
		JsonNode data = JSON.readTree(this.mvc.perform(get("/embed/" + id + "/data").with(anonymous()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(data.get("nodes").size()).isEqualTo(view.get("positions").size());
		for (JsonNode node : data.get("nodes")) {
			JsonNode at = view.get("positions").get(node.get("id").asString());
			assertThat(node.get("x").asDouble()).isEqualTo(at.get("x").asDouble());
			assertThat(node.get("y").asDouble()).isEqualTo(at.get("y").asDouble());
		}
	}

	@Test
	void theEmbedIsOpenAndFramableOnlyByTheAllowList() throws Exception {
		String id = createView(VIEW);
		this.mvc.perform(get("/embed/" + id).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
			.andExpect(header().doesNotExist("X-Frame-Options"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		// The rest of the service still refuses every frame, and asks for a sign-in.
		this.mvc.perform(get("/api/v1/views/" + id).with(anonymous()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
		this.mvc.perform(get("/embed/" + id + "/data").with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", not(containsString("frame-ancestors 'none'"))));
		this.mvc.perform(get("/embed/00000000-0000-0000-0000-000000000000").with(anonymous()))
			.andExpect(status().isNotFound());
		// Nothing to write there.
		this.mvc.perform(post("/embed/" + id).with(anonymous()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().is4xxClientError());
	}

	/** Every answer of the embed, as an anonymous visitor gets it. */
	private Map<String, String> embedAnswers(String id) throws Exception {
		var answers = new LinkedHashMap<String, String>();
		for (String path : List.of("", "/data", "/image.svg", "/image.svg?legend=false", "/image.png?scale=2")) {
			MvcResult result = this.mvc.perform(get("/embed/" + id + path).with(anonymous()))
				.andExpect(status().isOk())
				.andReturn();
			byte[] body = result.getResponse().getContentAsByteArray();
			// The PNG compared as bytes (in hex); it is drawn from the same scene as the
			// SVG.
			answers.put(path, path.contains(".png") ? java.util.HexFormat.of().formatHex(body)
					: new String(body, java.nio.charset.StandardCharsets.UTF_8));
		}
		return answers;
	}

	private static JsonNode node(JsonNode data, String id) {
		for (JsonNode node : data.get("nodes")) {
			if (node.get("id").asString().equals(id)) {
				return node;
			}
		}
		throw new AssertionError("no node " + id);
	}

}
