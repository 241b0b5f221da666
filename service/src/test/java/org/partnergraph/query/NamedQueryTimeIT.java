package org.partnergraph.query;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Named queries count ties as every other answer does: by default the ties of today
 * (2026-06-30 in the tests), an ended, planned or unknown link is no tie, and the answer
 * says which date and statuses it used.
 */
class NamedQueryTimeIT extends IntegrationTest {

	private static final String STAKEHOLDERS = """
			id,name,sector,level,countries
			j1,Police,JUSTICE,NATIONAL,KH
			j2,Prosecutors,JUSTICE,NATIONAL,KH
			c1,Shelter,CSO,NATIONAL,KH
			c2,Legal aid,CSO,NATIONAL,KH
			d1,Donor,DONOR,INTERNATIONAL,KH
			""";

	// j1's only CSO tie ended in 2022; j2's is current. c2's tie to j2 is UNKNOWN, and
	// d1's only link, its funding of c1, ended in 2022: d1 has left the network.
	private static final String LINKS = """
			id,from,to,type,start,end,status
			ended,j1,c1,COLLABORATES,2019,2022,ENDED
			current,j2,c1,COLLABORATES,2020,,ACTIVE
			unknown,j2,c2,SUPPORTS,,,UNKNOWN
			other,j1,j2,COLLABORATES,2018,,ACTIVE
			funding,d1,c1,FUNDS,2019,2022,ENDED
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
	void anEndedTieIsNotCountedByDefault() throws Exception {
		this.mvc.perform(post("/api/v1/queries/justice-without-cso"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].id", contains("j1")))
			.andExpect(jsonPath("$.basis.asOf").value("2026-06-30"))
			.andExpect(jsonPath("$.basis.current").value(true))
			.andExpect(jsonPath("$.basis.statuses", contains("ACTIVE")));
		this.mvc.perform(post("/api/v1/queries/funding-concentration")).andExpect(jsonPath("$.rows", empty()));
		this.mvc.perform(post("/api/v1/queries/sectors-overview"))
			.andExpect(jsonPath("$.rows[*].sector", contains("JUSTICE", "CSO")))
			.andExpect(jsonPath("$.rows[?(@.sector == 'JUSTICE')].linkEnds", contains(3)));
	}

	@Test
	void asOfAPastDayCountsTheTiesOfThatDay() throws Exception {
		this.mvc.perform(post("/api/v1/queries/justice-without-cso").param("asOf", "2021-06-30"))
			.andExpect(jsonPath("$.rows", empty()))
			.andExpect(jsonPath("$.basis.asOf").value("2021-06-30"));
		// The same, given in the body as the query files name their parameters.
		this.mvc
			.perform(post("/api/v1/queries/funding-concentration").contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\":\"2021-06-30\"}"))
			.andExpect(jsonPath("$.rows[*].recipient", contains("Shelter")))
			.andExpect(jsonPath("$.basis.asOf").value("2021-06-30"));
		this.mvc
			.perform(post("/api/v1/queries/links-alive-on").contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"2018-06-30\"}"))
			.andExpect(jsonPath("$.rows[*].to", contains("Prosecutors")))
			.andExpect(jsonPath("$.basis.asOf").value("2018-06-30"));
	}

	@Test
	void everyLinkOrPlannedAndUnknownOnesWhenAsked() throws Exception {
		this.mvc.perform(post("/api/v1/queries/justice-without-cso").param("current", "false"))
			.andExpect(jsonPath("$.rows", empty()))
			.andExpect(jsonPath("$.basis.current").value(false));
		this.mvc
			.perform(post("/api/v1/queries/stakeholder-neighbourhood").contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"j2\"}")
				.param("includeUnknown", "true"))
			.andExpect(jsonPath("$.rows[*].otherId", contains("j1", "c1", "c2")))
			.andExpect(jsonPath("$.basis.statuses", contains("ACTIVE", "UNKNOWN")));
		this.mvc
			.perform(post("/api/v1/queries/stakeholder-neighbourhood").contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"j2\"}"))
			.andExpect(jsonPath("$.rows[*].otherId", contains("j1", "c1")));
	}

	@Test
	void aBadDateOrFlagIsAProblemNamingIt() throws Exception {
		this.mvc.perform(post("/api/v1/queries/isolates").param("asOf", "2021-13-45"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("asOf"));
		this.mvc
			.perform(post("/api/v1/queries/isolates").contentType(MediaType.APPLICATION_JSON)
				.content("{\"current\":\"maybe\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("current"));
	}

}
