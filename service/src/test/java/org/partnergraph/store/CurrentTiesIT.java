package org.partnergraph.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A tie that ended is not a tie: by default every answer counts the links current today
 * (2026-06-30 in the tests, {@code partnergraph.today}), and says so in its basis.
 */
class CurrentTiesIT extends IntegrationTest {

	static final String STAKEHOLDERS = """
			id,name,sector,level,countries,themes
			j,Justice,JUSTICE,NATIONAL,KH,victim-identification
			c,Care,CSO,NATIONAL,KH,shelter
			p,Company,PRIVATE,NATIONAL,KH,supply-chains
			d,Donor,DONOR,INTERNATIONAL,KH,
			e,Other CSO,CSO,NATIONAL,KH,legal-assistance
			""";

	// Current on 2026-06-30: active (a), no status but dated (nostatus). Ended 2022
	// (ended), ended without a date (ended-undated), planned (planned), unknown
	// (unknown), not started yet (future).
	static final String LINKS = """
			id,from,to,type,start,end,status
			active,j,c,COLLABORATES,2020,,ACTIVE
			ended,d,c,FUNDS,2019,2022,ENDED
			ended-undated,d,p,FUNDS,,,ENDED
			planned,j,p,COLLABORATES,2027,,PLANNED
			unknown,c,e,COLLABORATES,,,UNKNOWN
			nostatus,e,j,SUPPORTS,2021,,
			future,p,e,COLLABORATES,2027,,ACTIVE
			""";

	@BeforeEach
	void load() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("stakeholders", "stakeholders.csv", "text/csv",
						STAKEHOLDERS.getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("links", "links.csv", "text/csv", LINKS.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk());
	}

	@Test
	void byDefaultOnlyTheTiesCurrentTodayCount() throws Exception {
		// The donor's and the company's links are all ended, planned or not started: they
		// are not in today's network.
		this.mvc.perform(get("/api/v1/network"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.edges[*].data.id", contains("active", "nostatus")))
			.andExpect(jsonPath("$.nodes[*].data.id", contains("c", "e", "j")))
			.andExpect(jsonPath("$.basis.asOf").value("2026-06-30"))
			.andExpect(jsonPath("$.basis.current").value(true))
			.andExpect(jsonPath("$.basis.statuses", contains("ACTIVE")));
		this.mvc.perform(get("/api/v1/analysis/summary"))
			.andExpect(jsonPath("$.links").value(2))
			.andExpect(jsonPath("$.nodes").value(3))
			.andExpect(jsonPath("$.basis.asOf").value("2026-06-30"));
		// Search still finds them.
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "Donor"))
			.andExpect(jsonPath("$.content[*].id", contains("d")));
	}

	@Test
	void plannedAndUnknownLinksCountOnlyWhenAskedFor() throws Exception {
		// A planned link counts as if it had started, though it starts in 2027.
		this.mvc.perform(get("/api/v1/network").param("includePlanned", "true"))
			.andExpect(jsonPath("$.edges[*].data.id", contains("active", "nostatus", "planned")))
			.andExpect(jsonPath("$.nodes[*].data.id", contains("c", "e", "j", "p")))
			.andExpect(jsonPath("$.basis.statuses", contains("ACTIVE", "PLANNED")));
		this.mvc.perform(get("/api/v1/network").param("includeUnknown", "true"))
			.andExpect(jsonPath("$.edges[*].data.id", contains("active", "nostatus", "unknown")))
			.andExpect(jsonPath("$.basis.statuses", contains("ACTIVE", "UNKNOWN")));
		this.mvc
			.perform(get("/api/v1/analysis/summary").param("includePlanned", "true").param("includeUnknown", "true"))
			.andExpect(jsonPath("$.links").value(4));
		this.mvc.perform(get("/api/v1/network").param("includePlanned", "yes"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("includePlanned"));
	}

	@Test
	void aPastDateCountsALinkThatEndedLater() throws Exception {
		// On 2021-06-30 the funding that ENDED in 2022 was alive; the one ENDED without a
		// date never counts; the link without status started in 2021.
		this.mvc.perform(get("/api/v1/network").param("asOf", "2021-06-30"))
			.andExpect(jsonPath("$.edges[*].data.id", contains("active", "ended", "nostatus")))
			.andExpect(jsonPath("$.basis.asOf").value("2021-06-30"));
		this.mvc.perform(get("/api/v1/network").param("asOf", "2020-06-30"))
			.andExpect(jsonPath("$.edges[*].data.id", contains("active", "ended")));
		this.mvc.perform(get("/api/v1/gaps/unlinked").param("asOf", "2021-06-30"))
			.andExpect(jsonPath("$.basis.asOf").value("2021-06-30"));
	}

	@Test
	void currentFalseGivesEveryLinkMarkedAgainstTheDate() throws Exception {
		this.mvc.perform(get("/api/v1/network").param("current", "false"))
			.andExpect(jsonPath("$.nodes.length()").value(5))
			.andExpect(jsonPath("$.edges.length()").value(7))
			.andExpect(jsonPath("$.edges[?(@.data.current == true)].data.id", containsInAnyOrder("active", "nostatus")))
			.andExpect(jsonPath("$.basis.current").value(false))
			.andExpect(jsonPath("$.basis.statuses", contains("ACTIVE", "ENDED", "PLANNED", "UNKNOWN")));
		this.mvc.perform(get("/api/v1/network").param("current", "false").param("asOf", "2021-06-30"))
			.andExpect(jsonPath("$.edges[?(@.data.current == true)].data.id",
					containsInAnyOrder("active", "ended", "nostatus")));
		this.mvc.perform(get("/api/v1/analysis/summary").param("current", "false"))
			.andExpect(jsonPath("$.links").value(7));
	}

	@Test
	void exportsKeepEveryLinkForReimport() throws Exception {
		this.mvc.perform(get("/api/v1/export/links.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ended-undated")))
			.andExpect(content().string(containsString("planned")))
			.andExpect(content().string(containsString("future")))
			.andExpect(content().string(not(containsString("basis"))));
		assertThat(snapshot().links()).hasSize(7);
	}

	@Test
	void everyAnswerSaysItsBasis() throws Exception {
		for (String path : List.of("/api/v1/network", "/api/v1/analysis/centrality", "/api/v1/analysis/summary",
				"/api/v1/analysis/communities", "/api/v1/analysis/brokerage", "/api/v1/analysis/structural-holes",
				"/api/v1/gaps/sector-matrix", "/api/v1/gaps/coverage", "/api/v1/gaps/unlinked",
				"/api/v1/gaps/dependencies", "/api/v1/bridging/opportunities")) {
			this.mvc.perform(get(path).param("asOf", "2024-01-31"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.basis.asOf").value("2024-01-31"))
				.andExpect(jsonPath("$.basis.current").value(true));
		}
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j").param("to", "c"))
			.andExpect(jsonPath("$.basis.asOf").value("2026-06-30"));
		// The diff has dates of its own, and the stakeholder list no links.
		this.mvc.perform(get("/api/v1/network/diff").param("from", "2020-01-01").param("to", "2026-01-01"))
			.andExpect(jsonPath("$.basis").doesNotExist())
			.andExpect(jsonPath("$.ended[*].id", contains("ended")));
		this.mvc.perform(get("/api/v1/stakeholders")).andExpect(jsonPath("$.basis").doesNotExist());
	}

	@Test
	void cachedAnswersNeverMixDates() throws Exception {
		// The same question on two dates, each asked twice: each date keeps its own
		// answer.
		for (int round = 0; round < 2; round++) {
			this.mvc.perform(get("/api/v1/analysis/summary").param("asOf", "2021-06-30"))
				.andExpect(jsonPath("$.links").value(3));
			this.mvc.perform(get("/api/v1/analysis/summary")).andExpect(jsonPath("$.links").value(2));
			this.mvc.perform(get("/api/v1/analysis/summary").param("asOf", "2026-06-30"))
				.andExpect(jsonPath("$.links").value(2));
			this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("asOf", "2021-06-30"))
				.andExpect(jsonPath("$.cells[?(@.from == 'CSO' && @.to == 'DONOR')].ties", contains(1)));
			this.mvc.perform(get("/api/v1/gaps/sector-matrix"))
				.andExpect(jsonPath("$.cells[?(@.from == 'CSO' && @.to == 'DONOR')].ties", contains(0)));
		}
		NetworkFilter today = NetworkFilter.parse(null, null, null, null, null, null, null, null, null,
				LocalDate.parse("2026-06-30"));
		NetworkFilter past = NetworkFilter.parse(null, null, null, null, "2021-06-30", null, null, null, null,
				LocalDate.parse("2026-06-30"));
		assertThat(this.store.key(today)).isNotEqualTo(this.store.key(past));
		// Every link, whatever the day it is marked against, is one projection.
		assertThat(this.store.key(today.everyLink())).isEqualTo(this.store.key(
				NetworkFilter.parse(null, null, null, null, "2021-06-30", null, "false", null, null, LocalDate.now())));
	}

}
