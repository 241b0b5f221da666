package org.partnergraph.bridging;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import static org.partnergraph.JsonMatchers.near;
import org.partnergraph.gap.GapNetwork;
import org.partnergraph.importer.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bridging on the hand-built network of {@link GapNetwork}. Worked out by hand, with
 * score = 0.35 proximity + 0.25 complementarity + 0.15 geography + 0.25 gap: j1-p1 0.925
 * (shared partner c2, first private and first justice tie), j1-c1 0.875, j2-c1 0.65,
 * j2-p1 0.575, j2-c2 0.45, j2-i1 0.325, j1-i1 0.2; j1-c2 is linked already.
 */
class BridgingIT extends IntegrationTest {

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		GapNetwork.load(this.imports);
	}

	@Test
	void ranksUnlinkedPairsWithReasonsAndIntroducers() throws Exception {
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("from", "JUSTICE").param("to", "CSO,PRIVATE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opportunities[*].to.id", contains("p1", "c1", "c1", "p1", "c2", "i1", "i1")))
			.andExpect(jsonPath("$.opportunities[*].from.id", contains("j1", "j1", "j2", "j2", "j2", "j2", "j1")))
			.andExpect(jsonPath("$.opportunities[0].score", near(0.925)))
			.andExpect(jsonPath("$.opportunities[1].score", near(0.875)))
			.andExpect(jsonPath("$.opportunities[6].score", near(0.2)))
			.andExpect(jsonPath("$.opportunities[0].components.proximity").value(1.0))
			.andExpect(jsonPath("$.opportunities[0].components.gap").value(1.0))
			.andExpect(jsonPath("$.opportunities[0].components.sharedPartners").value(1.0))
			.andExpect(jsonPath("$.opportunities[0].introducers[*].id", contains("c2")))
			.andExpect(jsonPath("$.opportunities[0].introducers[0].strength").value(1.0))
			.andExpect(jsonPath("$.opportunities[0].reasons", hasItem("1 shared partner(s): Data CSO")))
			.andExpect(jsonPath("$.opportunities[0].reasons", hasItem("first PRIVATE tie for Justice One")))
			.andExpect(jsonPath("$.opportunities[1].reasons",
					hasItem(containsString("works on Male victims, Shelter, which Justice One does not"))))
			.andExpect(jsonPath("$.opportunities[*].to.id", not(hasItem("j1"))));
	}

	@Test
	void limitsAndFiltersThePartners() throws Exception {
		this.mvc.perform(
				get("/api/v1/bridging/opportunities").param("to", "CSO").param("theme", "shelter").param("limit", "1"))
			.andExpect(jsonPath("$.opportunities.length()").value(1))
			.andExpect(jsonPath("$.opportunities[0].from.id").value("j1"))
			.andExpect(jsonPath("$.opportunities[0].to.id").value("c1"));
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("country", "KH"))
			.andExpect(jsonPath("$.opportunities[*].to.id", not(hasItem("p1"))));
	}

	@Test
	void findsIntroductionPathsShortestFirst() throws Exception {
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j2").param("to", "p1"))
			.andExpect(jsonPath("$.paths.length()").value(1))
			.andExpect(jsonPath("$.paths[0].hops").value(4))
			.andExpect(jsonPath("$.paths[0].nodes[*].id", contains("j2", "m1", "j1", "c2", "p1")))
			.andExpect(
					jsonPath("$.paths[0].links[*].type", contains("LEADS", "LEADS", "COLLABORATES", "COLLABORATES")));
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j2").param("to", "p1").param("maxHops", "5"))
			.andExpect(jsonPath("$.paths[*].hops", contains(4, 5)));
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j2").param("to", "i1"))
			.andExpect(jsonPath("$.paths.length()").value(0));
	}

	@Test
	void unknownIdsAndBadParametersAreProblems() throws Exception {
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j2").param("to", "nobody"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j2").param("to", "p1").param("maxHops", "9"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("maxHops"));
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("from", "COURTS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("asOf", "soon"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("asOf"));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void restrictedPartnersNeverIntroduceOrAppearForAViewer() throws Exception {
		GapNetwork.loadRestricted(this.imports);
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("limit", "50"))
			.andExpect(content().string(not(containsString("Secret Ally"))))
			.andExpect(content().string(not(containsString("r1"))));
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j2").param("to", "p1"))
			.andExpect(jsonPath("$.paths[0].hops").value(4))
			.andExpect(content().string(not(containsString("r1"))));
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j2").param("to", "r1"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j2").param("to", storedId("Secret Ally")))
			.andExpect(status().isNotFound());
	}

	@Test
	void restrictedPartnersDoCountForThoseWhoMaySeeThem() throws Exception {
		GapNetwork.loadRestricted(this.imports);
		this.mvc.perform(get("/api/v1/bridging/paths").param("from", "j2").param("to", "p1"))
			.andExpect(jsonPath("$.paths[0].nodes[*].id", contains("j2", storedId("Secret Ally"), "p1")));
	}

}
