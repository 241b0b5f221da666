package org.partnergraph.importer;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Search finds the seed's bodies by the acronyms and local names people use for them,
 * most of which the source does not print (see import/seed/README.md).
 */
class SeedSearchIT extends IntegrationTest {

	@Autowired
	SeedLoader seed;

	@Test
	void acronymsFindTheirBodyAndNothingElse() throws Exception {
		this.seed.load(ImportMode.MERGE);
		Map<String, String> acronyms = Map.ofEntries(Map.entry("IACAT", "ph-iacat"), Map.entry("NCCT", "kh-nccct"),
				Map.entry("DSWD", "ph-dswd"), Map.entry("DOJ", "ph-doj"), Map.entry("IJM", "ijm"),
				Map.entry("CBTIP", "mm-cbtip"), Map.entry("MSDHS", "th-msdhs"), Map.entry("MOHA", "mm-moha"),
				Map.entry("MOPS", "la-mops"), Map.entry("MPS", "vn-mps"), Map.entry("MOI", "kh-moi"),
				Map.entry("AMMTC", "ammtc"), Map.entry("TAF", "asia-foundation"), Map.entry("iacat", "ph-iacat"));
		for (var acronym : acronyms.entrySet()) {
			this.mvc.perform(get("/api/v1/stakeholders").param("q", acronym.getKey()))
				.andExpect(jsonPath("$.content[*].id", contains(acronym.getValue())));
		}
	}

	@Test
	void localAndOtherNamesRankTheirBodyFirst() throws Exception {
		this.seed.load(ImportMode.MERGE);
		Map<String, String> names = Map.of("Kemenko PMK", "id-cm-human-development", "Gugus Tugas TPPO",
				"id-tip-task-force", "Steering Committee 138", "vn-nsc-crime", "Bộ Công an", "vn-mps", "UN Migration",
				"iom", "Department of Justice", "ph-doj", "Walk Free Foundation", "walk-free");
		for (var name : names.entrySet()) {
			this.mvc.perform(get("/api/v1/stakeholders").param("q", name.getKey()))
				.andExpect(jsonPath("$.content[0].id").value(name.getValue()));
		}
	}

}
