package org.partnergraph.bridging;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.SeedLoader;
import org.springframework.beans.factory.annotation.Autowired;

import static org.partnergraph.JsonMatchers.near;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bridging suggestions on the seed network, read as a strategy officer would: a justice
 * ministry is not offered the programme's own contractor (Cardno implements ASEAN-ACT,
 * which supports the ministries), nor organisations working only in other countries (the
 * Fair Employment Agency in Hong Kong, Linklaters in the United Kingdom) unless
 * crossBorder=true; the top 10 names no organisation more than twice; and the reasons
 * name the introducer's ties with their evidence.
 */
class BridgingSeedIT extends IntegrationTest {

	private static final String JUSTICE_TO_CSO_PRIVATE = "/api/v1/bridging/opportunities?from=JUSTICE&to=CSO,PRIVATE";

	/** Justice agencies ASEAN-ACT supports with an ACTIVE link in the seed. */
	private static final String[] ASEAN_ACT_COUNTERPARTS = { "kh-moi", "la-mops", "ph-doj", "vn-mps" };

	@Autowired
	SeedLoader seed;

	private static Matcher<Object> below(double bound) {
		return new CustomMatcher<>("a number below " + bound) {
			@Override
			public boolean matches(Object item) {
				return item instanceof Number number && number.doubleValue() < bound;
			}
		};
	}

	@BeforeEach
	void load() throws Exception {
		this.seed.load(ImportMode.MERGE);
	}

	@Test
	void theProgrammesContractorIsNoPartnerForItsCounterparts() throws Exception {
		this.mvc.perform(get(JUSTICE_TO_CSO_PRIVATE + "&limit=500"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opportunities[?(@.to.id == 'cardno')].from.id", everyItem(is("mm-moha"))))
			.andExpect(jsonPath("$.leftOut.programmeOnly", greaterThanOrEqualTo(ASEAN_ACT_COUNTERPARTS.length)));
	}

	@Test
	void organisationsWorkingOnlyInOtherCountriesOnlyWhenAskedForCrossBorder() throws Exception {
		this.mvc.perform(get(JUSTICE_TO_CSO_PRIVATE + "&limit=500"))
			.andExpect(jsonPath("$.crossBorder").value(false))
			// 5 justice ministries x Fair Employment Agency (HK), Linklaters (GB).
			// Asialink (AU) is not in today's network at all: its only tie ended in 2020.
			.andExpect(jsonPath("$.leftOut.crossBorder").value(10))
			.andExpect(jsonPath("$.opportunities[*].to.id",
					not(hasItem(org.hamcrest.Matchers.oneOf("asialink", "fair-employment-agency", "linklaters")))))
			.andExpect(jsonPath("$.opportunities[*].reasons[*]", not(hasItem(containsString("national level")))));
		this.mvc.perform(get(JUSTICE_TO_CSO_PRIVATE + "&limit=500&crossBorder=true"))
			.andExpect(jsonPath("$.leftOut.crossBorder").value(0))
			.andExpect(jsonPath("$.opportunities[*].to.id", hasItems("fair-employment-agency", "linklaters")))
			.andExpect(jsonPath("$.opportunities[*].to.id", not(hasItem("asialink"))))
			.andExpect(jsonPath(
					"$.opportunities[?(@.from.id == 'kh-moi' && @.to.id == 'fair-employment-agency')].components.geography",
					contains(near(0.0))))
			.andExpect(jsonPath(
					"$.opportunities[?(@.from.id == 'kh-moi' && @.to.id == 'fair-employment-agency')].reasons[*]",
					hasItem(startsWith(
							"cross-border: Cambodia Ministry of Interior works in Cambodia, Fair Employment Agency in Hong Kong"))));
	}

	@Test
	void justiceAgenciesAreOfferedWhoFitsThem() throws Exception {
		// IJM assists victims and works with police, prosecutors and judges; the Mekong
		// Club
		// works on supply chains. Edelman, IBM and Linklaters (data and research) do not
		// fit.
		this.mvc.perform(get(JUSTICE_TO_CSO_PRIVATE))
			.andExpect(jsonPath("$.opportunities[0].to.id").value("ijm"))
			.andExpect(jsonPath("$.opportunities[1].to.id").value("mekong-club"))
			.andExpect(jsonPath("$.opportunities[0].components.fit").value(1.0))
			.andExpect(jsonPath("$.opportunities[0].reasons",
					hasItem("International Justice Mission works with police, prosecutors and judges "
							+ "(Capacity building of justice officials)")))
			.andExpect(jsonPath("$.opportunities[?(@.to.id in ['edelman', 'ibm', 'linklaters'])].components.fit",
					everyItem(near(0.0))));
	}

	@Test
	void theTopTenNamesNoOrganisationMoreThanTwiceUnlessAskedNotToDiversify() throws Exception {
		this.mvc.perform(get(JUSTICE_TO_CSO_PRIVATE + "&limit=10"))
			.andExpect(jsonPath("$.diverse").value(true))
			.andExpect(jsonPath("$.opportunities[?(@.to.id == 'ijm')]", org.hamcrest.Matchers.hasSize(2)))
			.andExpect(jsonPath("$.opportunities[?(@.to.id == 'mekong-club')]", org.hamcrest.Matchers.hasSize(2)))
			.andExpect(jsonPath("$.opportunities[?(@.from.id == 'kh-moi')]", org.hamcrest.Matchers.hasSize(2)));
		// Without it, the five ministries each get IJM and the Mekong Club, 0.6 apiece.
		this.mvc.perform(get(JUSTICE_TO_CSO_PRIVATE + "&limit=10&diverse=false"))
			.andExpect(jsonPath("$.diverse").value(false))
			.andExpect(jsonPath("$.opportunities[?(@.to.id == 'ijm')]", org.hamcrest.Matchers.hasSize(5)))
			.andExpect(jsonPath("$.opportunities[?(@.to.id == 'mekong-club')]", org.hamcrest.Matchers.hasSize(5)));
	}

	@Test
	void reasonsNameTheIntroducersTiesWithTheirEvidence() throws Exception {
		// The ministries' only partner besides their mechanism is ASEAN-ACT, which also
		// works with IOM: a hub, so the proximity it gives is small, but the reason cites
		// both ties.
		this.mvc.perform(get("/api/v1/bridging/opportunities?from=JUSTICE&to=INTERNATIONAL&limit=500"))
			.andExpect(jsonPath("$.opportunities[?(@.from.id == 'kh-moi' && @.to.id == 'iom')].explanation",
					contains(allOf(
							containsString("introduced by ASEAN–Australia Counter Trafficking, which supports "
									+ "Cambodia Ministry of Interior (CTIP Stakeholder Mapping SEA 2021, "),
							containsString(") and works with International Organization for Migration "
									+ "(CTIP Stakeholder Mapping SEA 2021, ")))))
			.andExpect(jsonPath("$.opportunities[?(@.from.id == 'kh-moi' && @.to.id == 'iom')].evidence[*].from",
					contains("asean-act", "asean-act")))
			.andExpect(jsonPath("$.opportunities[?(@.from.id == 'kh-moi' && @.to.id == 'iom')].evidence[*].to",
					contains("kh-moi", "iom")))
			.andExpect(jsonPath("$.opportunities[?(@.from.id == 'kh-moi' && @.to.id == 'iom')].evidence[*].evidence",
					everyItem(startsWith("CTIP Stakeholder Mapping SEA 2021, "))))
			.andExpect(jsonPath("$.opportunities[?(@.from.id == 'kh-moi' && @.to.id == 'iom')].components.proximity",
					everyItem(below(0.05))));
		// A pair nobody can introduce relies on no tie.
		this.mvc.perform(get(JUSTICE_TO_CSO_PRIVATE))
			.andExpect(jsonPath("$.opportunities[?(@.to.id == 'ijm')].evidence[*]", empty()))
			.andExpect(jsonPath("$.opportunities[?(@.to.id == 'ijm')].explanation",
					everyItem(endsWith("no shared partner yet to introduce them."))));
	}

}
