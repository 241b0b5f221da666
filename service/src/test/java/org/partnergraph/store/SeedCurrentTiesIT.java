package org.partnergraph.store;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.SeedLoader;
import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The seed as a strategy officer reads it, today (2026-06-30 in the tests): a partner
 * whose only tie ended is no partner to suggest, and the gap answers flag what the
 * question asks about.
 */
class SeedCurrentTiesIT extends IntegrationTest {

	@Autowired
	SeedLoader seed;

	@BeforeEach
	void load() throws Exception {
		this.seed.load(ImportMode.MERGE);
	}

	@Test
	void asialinkWhoseOnlyTieEndedIn2020IsNoLongerSuggested() throws Exception {
		// Its only link, SUPPORTS ASEAN-ACT, ENDED in 2020: today and at the end of 2021
		// it
		// has no tie, so it shares no partner with anyone and is no introducer.
		for (String asOf : new String[] { null, "2021-12-31" }) {
			var request = get("/api/v1/bridging/opportunities");
			if (asOf != null) {
				request = request.param("asOf", asOf);
			}
			this.mvc.perform(request)
				.andExpect(jsonPath("$.opportunities.length()").value(20))
				.andExpect(jsonPath("$.opportunities[*].to.id", not(hasItem("asialink"))))
				.andExpect(jsonPath("$.opportunities[*].introducers[*].id", not(hasItem("asialink"))));
		}
		// In 2020 the tie was alive.
		this.mvc.perform(get("/api/v1/network").param("asOf", "2020-06-30").param("sector", "CSO,PROGRAMME"))
			.andExpect(jsonPath("$.edges[*].data.source", hasItem("asialink")));
	}

	/**
	 * Before this change the matrix flagged every tieless pair that was possible, over
	 * every link: 30 of the 45 cells (53 of the panel's 81 boxes); now the 10 pairs
	 * between justice, CSO, private sector, mechanisms and ASEAN bodies, of which 7 have
	 * no current tie.
	 */
	@Test
	void theSectorMatrixFlagsTheSevenMissingTiesThatMatter() throws Exception {
		this.mvc.perform(get("/api/v1/gaps/sector-matrix"))
			.andExpect(jsonPath("$.cells[?(@.flagged == true)]", hasSize(7)))
			.andExpect(jsonPath("$.cells[?(@.flagged == true)].from",
					contains("JUSTICE", "JUSTICE", "JUSTICE", "MECHANISM", "MECHANISM", "MECHANISM", "ASEAN")))
			.andExpect(jsonPath("$.cells[?(@.flagged == true)].to",
					contains("ASEAN", "CSO", "PRIVATE", "ASEAN", "CSO", "PRIVATE", "PRIVATE")));
		this.mvc.perform(get("/api/v1/gaps/sector-matrix").param("pairs", "all").param("current", "false"))
			.andExpect(jsonPath("$.cells[?(@.flagged == true)]", hasSize(30)));
	}

	/**
	 * Before, 3,925 empty cells were all "gaps"; most are missing data: the seed records
	 * no themes for any justice agency, state agency or national mechanism.
	 */
	@Test
	void coverageSaysMostEmptyCellsAreMissingData() throws Exception {
		this.mvc.perform(get("/api/v1/gaps/coverage").param("current", "false"))
			.andExpect(jsonPath("$.gaps").value(85))
			.andExpect(jsonPath("$.unknown").value(1290))
			.andExpect(jsonPath("$.absent").value(2550));
		// Today, without Asialink (its only tie ended): the 56 gaps left are the themes
		// the two companies in GB and HK do not work on.
		this.mvc.perform(get("/api/v1/gaps/coverage"))
			.andExpect(jsonPath("$.gaps").value(56))
			.andExpect(jsonPath("$.unknown").value(1290))
			.andExpect(jsonPath("$.absent").value(2580))
			.andExpect(jsonPath("$.cells[?(@.status == 'gap')].country", everyItem(in(List.of("GB", "HK")))))
			.andExpect(jsonPath("$.completeness[?(@.sector == 'JUSTICE')].text",
					contains("None of the 5 justice agencies has themes recorded")))
			.andExpect(jsonPath("$.completeness[?(@.sector == 'PRIVATE')].text",
					contains("6 of 11 companies have no themes recorded")));
	}

}
