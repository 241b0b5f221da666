package org.partnergraph.gap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Gap answers that show signal, on the hand-built {@link GapNetwork} (all links taken, as
 * the question here is not about time): the matrix flags only the sector pairs asked
 * about where a tie is possible, and coverage tells missing data from a missing service.
 */
class GapSignalIT extends IntegrationTest {

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		GapNetwork.load(this.imports);
	}

	@Test
	void theMatrixFlagsByDefaultOnlyPairsBetweenJusticeCsoPrivateMechanismsAndAsean() throws Exception {
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("current", "false"))
			.andExpect(jsonPath("$.pairs", hasSize(10)))
			.andExpect(jsonPath("$.pairs", hasItem("JUSTICE-CSO")))
			.andExpect(jsonPath("$.pairs", hasItem("MECHANISM-ASEAN")))
			// Asked about, possible (2 x 1 pairs) and without a tie.
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'PRIVATE')].asked", contains(true)))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'PRIVATE')].flagged", contains(true)))
			// Donor and company: possible and tieless, but not what the question is
			// about.
			.andExpect(jsonPath("$.cells[?(@.from == 'PRIVATE' && @.to == 'DONOR')].ties", contains(0)))
			.andExpect(jsonPath("$.cells[?(@.from == 'PRIVATE' && @.to == 'DONOR')].asked", contains(false)))
			.andExpect(jsonPath("$.cells[?(@.from == 'PRIVATE' && @.to == 'DONOR')].flagged", contains(false)))
			// Within one sector is not a pair between sectors.
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'JUSTICE')].flagged", contains(false)))
			// JUSTICE-PRIVATE, JUSTICE-ASEAN, CSO-MECHANISM, CSO-ASEAN,
			// PRIVATE-MECHANISM,
			// PRIVATE-ASEAN.
			.andExpect(jsonPath("$.cells[?(@.flagged == true)]", hasSize(6)));
		// Every pair, within sectors too; or the pairs named.
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("current", "false").param("pairs", "all"))
			.andExpect(jsonPath("$.pairs", hasSize(45)))
			.andExpect(jsonPath("$.cells[?(@.from == 'PRIVATE' && @.to == 'DONOR')].flagged", contains(true)))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'JUSTICE')].flagged", contains(true)));
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("current", "false").param("pairs", "donor-private"))
			.andExpect(jsonPath("$.pairs", contains("PRIVATE-DONOR")))
			.andExpect(jsonPath("$.cells[?(@.flagged == true)].from", contains("PRIVATE")));
	}

	@Test
	void theMatrixFlagsOnlyWhereATieIsPossible() throws Exception {
		// In KH there is no company: JUSTICE-PRIVATE is asked about but impossible there.
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("current", "false").param("country", "KH"))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'PRIVATE')].asked", contains(true)))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'PRIVATE')].possiblePairs", contains(0)))
			.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'PRIVATE')].flagged", contains(false)))
			.andExpect(jsonPath("$.cells[?(@.flagged == true && @.possiblePairs == 0)]", hasSize(0)));
	}

	@Test
	void refusesPairsItCannotRead() throws Exception {
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("pairs", "JUSTICE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("pairs"));
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("pairs", "JUSTICE-POLICE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("pairs"));
	}

	@Test
	void coverageTellsMissingDataFromMissingService() throws Exception {
		this.mvc.perform(get("/api/v1/gaps/coverage").param("country", "KH").param("theme", "shelter"))
			// c1 gives shelter.
			.andExpect(jsonPath("$.cells[?(@.sector == 'CSO')].status", contains("covered")))
			// j1 and j2 have their themes recorded, neither is on shelter: a gap.
			.andExpect(jsonPath("$.cells[?(@.sector == 'JUSTICE')].status", contains("gap")))
			// m1 has no theme recorded: we do not know.
			.andExpect(jsonPath("$.cells[?(@.sector == 'MECHANISM')].status", contains("themes-unknown")))
			.andExpect(jsonPath("$.cells[?(@.sector == 'MECHANISM')].themesUnknown", contains(1)))
			// No company in Cambodia.
			.andExpect(jsonPath("$.cells[?(@.sector == 'PRIVATE')].status", contains("absent")))
			// JUSTICE; the ASEAN body a1 has no themes either; STATE, PRIVATE,
			// INTERNATIONAL,
			// DONOR and PROGRAMME have no one in KH (d1 names no country).
			.andExpect(jsonPath("$.gaps").value(1))
			.andExpect(jsonPath("$.unknown").value(2))
			.andExpect(jsonPath("$.absent").value(5))
			.andExpect(jsonPath("$.completeness[?(@.sector == 'MECHANISM')].text",
					contains("The national mechanism has no themes recorded")))
			.andExpect(jsonPath("$.completeness[?(@.sector == 'CSO')].text",
					contains("All 2 civil society organisations have themes recorded")));
		// In Thailand i1 has no theme recorded: no CSO is known to serve male victims
		// there,
		// but that is missing data, not a known gap.
		this.mvc.perform(get("/api/v1/gaps/coverage").param("theme", "male-victims").param("sector", "CSO"))
			.andExpect(jsonPath("$.cells[?(@.country == 'TH')].status", contains("themes-unknown")))
			.andExpect(jsonPath("$.cells[?(@.country == 'KH')].status", contains("covered")))
			.andExpect(jsonPath("$.completeness[0].text")
				.value("1 of 3 civil society organisations has no themes recorded"))
			.andExpect(jsonPath("$.completeness[0].withoutThemes").value(1))
			.andExpect(jsonPath("$.completeness[0].withoutCountries").value(0));
	}

}
