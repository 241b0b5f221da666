package org.partnergraph.briefing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Findings in words: true to the analyses, stable, and blind to what the reader may not
 * see.
 */
class FindingsIT extends BriefingTest {

	@Test
	void theSeedNetworksFindingsAreStableSourcedAndOrdered() throws Exception {
		String first = this.mvc.perform(get("/api/v1/findings").param("limit", "50"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = this.mvc.perform(get("/api/v1/findings").param("limit", "50"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).isEqualTo(first);
		JsonNode findings = JSON.readTree(first).get("findings");
		assertThat(findings.size()).isGreaterThan(3);
		var lines = new ArrayList<String>();
		int previous = Integer.MAX_VALUE;
		for (JsonNode finding : findings) {
			int importance = finding.get("importance").asInt();
			assertThat(importance).isLessThanOrEqualTo(previous);
			previous = importance;
			assertThat(finding.get("text").asString()).isNotBlank();
			assertThat(finding.get("numbers").size()).isPositive();
			// Every source answers, so the numbers can be checked there.
			this.mvc.perform(get(finding.get("api").asString())).andExpect(status().isOk());
			lines.add(importance + "  " + finding.get("text").asString() + "  [" + finding.get("source").asString()
					+ " " + finding.get("api").asString() + "]");
		}
		Files.createDirectories(Path.of("target", "briefing"));
		Files.write(Path.of("target", "briefing", "seed-findings.txt"), lines);
		lines.forEach(System.out::println);
		// The limit keeps the most important and says how many more there are.
		JsonNode top = json(this.mvc.perform(get("/api/v1/findings").param("limit", "2")).andReturn());
		assertThat(top.get("findings").size()).isEqualTo(2);
		assertThat(top.get("more").asInt()).isEqualTo(findings.size() - 2);
		assertThat(top.get("findings").get(0).get("key")).isEqualTo(findings.get(0).get("key"));
		this.mvc.perform(get("/api/v1/findings").param("limit", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void findingsHoldNothingTheReaderMayNotSee() throws Exception {
		String id = createView("""
				{"name": "Cambodia", "filters": {"country": ["KH"]}}""");
		String narrowed = createView("""
				{"name": "Cambodia, public", "filters": {"country": ["KH"], "confidentiality": ["PUBLIC"]}}""");
		String publicBefore = adminFindings("/api/v1/views/" + narrowed + "/findings?limit=50");
		importHidden(HIDDEN_STAKEHOLDERS, HIDDEN_LINKS);

		// The hidden data change what those who may see them read.
		assertThat(adminFindings("/api/v1/views/" + id + "/findings?limit=50")).contains("Inner Circle Fund");
		String viewer = viewerFindings(id);
		assertThat(viewer).contains("Inner Circle Fund");
		assertNone(viewer, RESTRICTED);
		String viewerNetwork = this.mvc.perform(
				get("/api/v1/findings").param("country", "KH").param("limit", "50").with(user("vera").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertNone(viewerNetwork, RESTRICTED);
		// Narrowed to PUBLIC, by the view or by the filter: neither level leaves a trace,
		// even for an admin.
		for (String answer : List.of(adminFindings("/api/v1/views/" + narrowed + "/findings"),
				adminFindings("/api/v1/findings?country=KH&confidentiality=PUBLIC"))) {
			assertNone(answer, RESTRICTED);
			assertNone(answer, INTERNAL);
		}
		// What a PUBLIC reader gets is word for word what it was before the hidden data
		// existed: no count moved.
		assertThat(adminFindings("/api/v1/views/" + narrowed + "/findings?limit=50")).isEqualTo(publicBefore);
	}

	private String viewerFindings(String id) throws Exception {
		return this.mvc
			.perform(get("/api/v1/views/" + id + "/findings").param("limit", "50").with(user("vera").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String adminFindings(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static void assertNone(String answer, List<String> secrets) {
		for (String secret : secrets) {
			assertThat(answer).doesNotContain(secret);
		}
	}

}
