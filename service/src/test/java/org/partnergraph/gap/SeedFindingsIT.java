package org.partnergraph.gap;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.SeedLoader;
import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * What the gap analyses find in the seed network, checked against counts made
 * independently from the seed CSV files: per target country, the lead body ties its
 * national mechanism, every ASEAN body and the regional programmes are present, and no
 * CSO or company is recorded as operating in the country at all.
 */
class SeedFindingsIT extends IntegrationTest {

	// country -> {stakeholders drawn there today, whether its lead body is a justice
	// agency (else state), ties between its mechanism and programmes}. Since the seed
	// has instruments and programme steering committees, each country draws ACTIP and
	// the ASEAN Plan of Action (current today, region-wide), and KH, LA, PH, TH and VN
	// their committee (Indonesia's is PLANNED, Myanmar's ENDED in 2021); Thailand its
	// national plan, the only one current today (2018-2037). Myanmar's mechanism has no
	// programme tie: ASEAN-ACT's support ENDED in February 2021 (it was UNKNOWN).
	private static final Map<String, Object[]> TARGETS = Map.of("KH", new Object[] { 18, true, 1 }, "ID",
			new Object[] { 17, false, 1 }, "LA", new Object[] { 18, true, 1 }, "MM", new Object[] { 17, true, 0 }, "PH",
			new Object[] { 19, true, 1 }, "TH", new Object[] { 19, false, 1 }, "VN", new Object[] { 18, true, 1 });

	@Autowired
	SeedLoader seed;

	@BeforeEach
	void load() throws Exception {
		this.seed.load(ImportMode.MERGE);
	}

	@Test
	void sectorMatrixOfEachTargetCountry() throws Exception {
		for (var target : TARGETS.entrySet()) {
			String country = target.getKey();
			boolean justiceLead = (boolean) target.getValue()[1];
			// The seed's programme tie to the Indonesian mechanism is PLANNED: counted
			// here, as the counts are of the seed's links.
			var result = this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("country", country)
				.param("includePlanned", "true")
				.param("includeUnknown", "true"));
			result.andExpect(jsonPath("$.cells[?(@.from == 'ASEAN' && @.to == 'ASEAN')].ties", contains(12)))
				.andExpect(jsonPath("$.cells[?(@.from == 'ASEAN' && @.to == 'PROGRAMME')].ties", contains(9)))
				.andExpect(jsonPath("$.cells[?(@.from == 'MECHANISM' && @.to == 'PROGRAMME')].ties",
						contains(target.getValue()[2])))
				.andExpect(jsonPath("$.sectors[?(@.sector == 'CSO')].stakeholders", contains(0)))
				.andExpect(jsonPath("$.sectors[?(@.sector == 'PRIVATE')].stakeholders", contains(0)));
			if (justiceLead) {
				result.andExpect(jsonPath("$.cells[?(@.from == 'JUSTICE' && @.to == 'MECHANISM')].ties", contains(1)));
			}
			else {
				result.andExpect(jsonPath("$.cells[?(@.from == 'STATE' && @.to == 'MECHANISM')].ties", contains(1)));
			}
			this.mvc.perform(get("/api/v1/network").param("country", country))
				.andExpect(jsonPath("$.nodes.length()").value(target.getValue()[0]));
		}
	}

	@Test
	void regionWideChecksNameTheUnlinkedBodies() throws Exception {
		// Seven organisations are named in the source without any tie: they show as
		// isolates.
		this.mvc.perform(get("/api/v1/gaps/unlinked"))
			.andExpect(jsonPath("$.checks[?(@.name == 'isolates')].stakeholders.length()", contains(7)))
			.andExpect(jsonPath("$.checks[?(@.name == 'isolates')].stakeholders[*].id", hasItem("linklaters")));
	}

	/**
	 * ECPAT and the five technology companies it convenes form a part of the network of
	 * their own: without ECPAT all five lose their only tie, so all five are cut off
	 * (none of them is "the rest of the network").
	 */
	@Test
	void ecpatHoldsAllFiveOfItsCompanies() throws Exception {
		this.mvc.perform(get("/api/v1/gaps/dependencies"))
			.andExpect(jsonPath("$.singlePointsOfFailure[?(@.id == 'ecpat-international')].cutOff[*].id",
					org.hamcrest.Matchers.containsInAnyOrder("facebook", "twitter", "google", "tiktok", "snapchat")));
	}

}
