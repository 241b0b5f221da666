package org.partnergraph.importer;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.model.Sector;
import org.partnergraph.store.NetworkSnapshot;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SeedIT extends IntegrationTest {

	private static final String SOURCE = "CTIP Stakeholder Mapping SEA 2021, ";

	@Autowired
	SeedLoader seed;

	@Test
	void seedNamesTheOrganisationsOfTheSource() throws Exception {
		ImportReport report = this.seed.load(ImportMode.MERGE);
		assertThat(report.stakeholdersCreated()).isGreaterThanOrEqualTo(60);
		assertThat(report.linksCreated()).isGreaterThanOrEqualTo(70);

		var body = this.mvc.perform(get("/api/v1/network"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// A sample across every part of the source: ASEAN bodies, programmes, UN
		// agencies, CSOs,
		// companies, donors, and each target country's mechanism and lead ministry.
		for (String name : List.of("Senior Officials Meeting on Transnational Crime", "Council of ASEAN Chief Justices",
				"TRIANGLE in ASEAN", "Traffik Analysis Hub", "ACTIP Implementation Project",
				"International Organization for Migration", "United Nations Office on Drugs and Crime", "UN Women",
				"The Asia Foundation", "Nexus Institute", "ECPAT International", "IBM", "Linklaters", "The Mekong Club",
				"European Union", "Cambodia National Committee for Counter Trafficking",
				"Philippines Department of Justice", "Thailand Ministry of Social Development and Human Security",
				"Lao PDR Ministry of Public Security", "Vietnam Ministry of Public Security",
				"Myanmar Central Body for Suppression of Trafficking in Persons",
				"Indonesia Task Force on Prevention and Handling of Trafficking in Persons")) {
			assertThat(body).as(name).contains("\"label\":\"" + name + "\"");
		}
	}

	@Test
	void everyStakeholderAndLinkNamesItsSource() throws Exception {
		this.seed.load(ImportMode.MERGE);
		NetworkSnapshot seeded = snapshot();
		assertThat(seeded.stakeholders()).allSatisfy(s -> assertThat(s.evidence()).startsWith(SOURCE));
		assertThat(seeded.links()).allSatisfy(l -> assertThat(l.evidence()).startsWith(SOURCE));
		assertThat(seeded.stakeholders()).extracting("sector").contains((Object[]) Sector.values());
		assertThat(seeded.links()).anySatisfy(l -> {
			assertThat(l.from()).isEqualTo("dfat");
			assertThat(l.to()).isEqualTo("asean-act");
			assertThat(l.start()).hasToString("2019-01-01");
		});
	}

	@Test
	void seedingTwiceChangesNothing() throws Exception {
		this.seed.load(ImportMode.MERGE);
		ImportReport again = this.seed.load(ImportMode.MERGE);
		assertThat(
				again.stakeholdersCreated() + again.stakeholdersUpdated() + again.linksCreated() + again.linksUpdated())
			.isZero();
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "IOM"))
			.andExpect(jsonPath("$.content[0].id").value("iom"));
	}

}
