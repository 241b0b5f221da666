package org.partnergraph.gap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import static org.partnergraph.JsonMatchers.near;
import org.partnergraph.importer.ImportService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every gap endpoint on the hand-built network, whose answers are worked out here. */
class GapIT extends IntegrationTest {

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		GapNetwork.load(this.imports);
	}

	@Test
	void sectorMatrixCountsTiesDensityAndFlagsEmptyPairs() throws Exception {
		// JUSTICE x CSO: j1-c2 only, of 2 x 3 possible pairs. JUSTICE x PRIVATE: none of
		// 2.
		// CSO x PRIVATE: c1-p1 (FUNDS) and c2-p1, of 3. CSO x CSO: c1-c2, of 3 pairs.
		// Every link, the funding d1-c2 that ended in 2020 too: the counts are worked out
		// on the whole network.
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("current", "false"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'CSO')].ties", contains(1)))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'CSO')].density", contains(near(1 / 6.0))))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'CSO')].flagged", contains(false)))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'PRIVATE')].ties", contains(0)))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'PRIVATE')].flagged", contains(true)))
			.andExpect(jsonPath("$.cells[?(@.from == 'CSO' && @.to == 'PRIVATE')].ties", contains(2)))
			.andExpect(jsonPath("$.cells[?(@.from == 'CSO' && @.to == 'PRIVATE')].linksByType.FUNDS", contains(1)))
			.andExpect(jsonPath("$.cells[?(@.from == 'CSO' && @.to == 'CSO')].possiblePairs", contains(3)))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'MECHANISM')].density", contains(1.0)))
			// CSO: 5 external ties (j1, d1 twice, p1 twice), 1 internal: (5 - 1) / 6.
			.andExpect(jsonPath("$.sectors[?(@.sector == 'CSO')].eiIndex", contains(near(4 / 6.0))))
			.andExpect(jsonPath("$.sectors[?(@.sector == 'JUSTICE')].eiIndex", contains(1.0)))
			.andExpect(jsonPath("$.sectors[?(@.sector == 'STATE')].eiIndex", contains(nullValue())));
		// With a threshold, thin pairs are flagged too.
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("threshold", "0.2"))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'CSO')].flagged", contains(true)));
	}

	@Test
	void sectorMatrixOfACountryCountsLinksWhoseEndsBothOperateThere() throws Exception {
		// In KH: j1, j2, c1, c2, m1, a1. JUSTICE x CSO: j1-c2 of 2 x 2; no private actor,
		// so nothing to flag.
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("country", "KH"))
			.andExpect(jsonPath("$.country", contains("KH")))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'CSO')].density", contains(0.25)))
			.andExpect(jsonPath("$.cells[?(@.from == 'CSO' && @.to == 'PRIVATE')].density", contains(nullValue())))
			.andExpect(jsonPath("$.cells[?(@.from == 'CSO' && @.to == 'PRIVATE')].flagged", contains(false)));
	}

	@Test
	void coverageListsWhoServesEachCellWithTargetCountriesFirst() throws Exception {
		this.mvc.perform(get("/api/v1/gaps/coverage").param("theme", "shelter,male-victims").param("sector", "CSO"))
			.andExpect(jsonPath("$.countries[0]").value("ID"))
			.andExpect(jsonPath("$.countries[1]").value("KH"))
			.andExpect(jsonPath("$.cells[?(@.country == 'KH' && @.theme == 'male-victims')].stakeholders[*].name",
					contains("Care Shelter")))
			// No CSO serves male victims in Thailand: a gap.
			.andExpect(jsonPath("$.cells[?(@.country == 'TH' && @.theme == 'male-victims')].stakeholders[*]", empty()))
			.andExpect(jsonPath("$.cells[?(@.country == 'TH' && @.theme == 'male-victims')].target", contains(true)));
		this.mvc.perform(get("/api/v1/gaps/coverage").param("dimension", "sector").param("country", "TH"))
			.andExpect(jsonPath("$.cells[?(@.sector == 'PRIVATE')].stakeholders[*].id", contains("p1")))
			.andExpect(jsonPath("$.cells[?(@.sector == 'JUSTICE')].stakeholders[*]", empty()));
	}

	@Test
	void unlinkedChecksNameTheOrganisationsMissingTies() throws Exception {
		this.mvc.perform(get("/api/v1/gaps/unlinked"))
			.andExpect(jsonPath("$.checks[?(@.name == 'justice-without-cso')].stakeholders[*].id", contains("j2")))
			.andExpect(jsonPath("$.checks[?(@.name == 'justice-without-victim-support-cso')].stakeholders[*].id",
					contains("j1", "j2")))
			.andExpect(jsonPath("$.checks[?(@.name == 'private-without-state')].stakeholders[*].id", contains("p1")))
			.andExpect(
					jsonPath("$.checks[?(@.name == 'cso-without-justice')].stakeholders[*].id", contains("c1", "i1")))
			.andExpect(jsonPath("$.checks[?(@.name == 'mechanism-without-asean')].stakeholders[*]", empty()))
			.andExpect(jsonPath("$.checks[?(@.name == 'isolates')].stakeholders[*].id", contains("i1")));
	}

	@Test
	void dependenciesNameSinglePointsOfFailureAndFundingConcentration() throws Exception {
		// Without c2, {c1, d1, p1} lose the rest; without j1, {a1, j2, m1}; without m1,
		// {a1, j2}. On every link, d1-c2 (ended in 2020) too.
		this.mvc.perform(get("/api/v1/gaps/dependencies").param("current", "false"))
			.andExpect(jsonPath("$.singlePointsOfFailure[*].id", contains("c2", "j1", "m1")))
			.andExpect(jsonPath("$.singlePointsOfFailure[0].cutOff[*].id", contains("c1", "d1", "p1")))
			.andExpect(jsonPath("$.singlePointsOfFailure[2].cutOff[*].id", contains("a1", "j2")))
			.andExpect(jsonPath("$.fundingConcentration[*].recipient.id", contains("c2", "c1")))
			.andExpect(jsonPath("$.fundingConcentration[1].share").value(0.75))
			.andExpect(jsonPath("$.fundingConcentration[1].funders").value(2))
			.andExpect(jsonPath("$.fundingConcentration[1].largestFunder.id").value("d1"));
	}

	@Test
	void refusesUnknownParameters() throws Exception {
		this.mvc.perform(get("/api/v1/gaps/coverage").param("dimension", "colour"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("dimension"));
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("country", "XX"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("country"));
		this.mvc.perform(get("/api/v1/gaps/unlinked").param("asOf", "2021-02-30"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("asOf"));
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("treshold", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("treshold"));
	}

}
