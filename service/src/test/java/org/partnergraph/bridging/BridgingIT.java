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
 * Bridging on the hand-built network of {@link GapNetwork}, as of 2022-06-30 (when d1-c2
 * has ended and p1-c1 has started, as today). Worked out by hand, with score = 0.35 fit +
 * 0.25 proximity + 0.15 geography + 0.15 gap + 0.10 complementarity:
 * <ul>
 * <li>j1-c1 0.758333: a justice agency and a shelter (fit 1), shared partner c2 of 3
 * partners (proximity 1/3), both in KH (1), first justice tie of c1 (0.5), c1's two
 * themes new to j1 (1);</li>
 * <li>j2-c1 0.75: fit 1, no shared partner, KH, first tie both ways, complementarity
 * 1;</li>
 * <li>j2-c2 0.325: no fit (data and research), KH (c2 covers KH and TH), first CSO tie of
 * j2 (0.5), complementarity 1;</li>
 * <li>left out as cross-border (KH and TH only): j1-p1, j2-p1, j1-i1, j2-i1; with
 * crossBorder=true j1-p1 0.333333 (c2, no fit, gap 1), j2-p1 0.25, j2-i1 0.15, j1-i1
 * 0.075.</li>
 * </ul>
 * j1-c2 is linked already.
 */
class BridgingIT extends IntegrationTest {

	private static final String AS_OF = "2022-06-30";

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		GapNetwork.load(this.imports);
	}

	@Test
	void ranksUnlinkedPairsWithReasonsAndIntroducers() throws Exception {
		this.mvc
			.perform(get("/api/v1/bridging/opportunities").param("from", "JUSTICE")
				.param("to", "CSO,PRIVATE")
				.param("asOf", AS_OF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opportunities[*].to.id", contains("c1", "c1", "c2")))
			.andExpect(jsonPath("$.opportunities[*].from.id", contains("j1", "j2", "j2")))
			.andExpect(jsonPath("$.opportunities[0].score", near(0.35 + 0.25 / 3 + 0.15 + 0.15 * 0.5 + 0.10)))
			.andExpect(jsonPath("$.opportunities[1].score", near(0.35 + 0.15 + 0.15 + 0.10)))
			.andExpect(jsonPath("$.opportunities[2].score", near(0.15 + 0.15 * 0.5 + 0.10)))
			.andExpect(jsonPath("$.leftOut.crossBorder").value(4))
			.andExpect(jsonPath("$.leftOut.programmeOnly").value(0))
			.andExpect(jsonPath("$.opportunities[0].components.fit").value(1.0))
			.andExpect(jsonPath("$.opportunities[0].components.proximity", near(1.0 / 3)))
			.andExpect(jsonPath("$.opportunities[0].components.geography").value(1.0))
			.andExpect(jsonPath("$.opportunities[0].components.gap").value(0.5))
			.andExpect(jsonPath("$.opportunities[0].components.sharedPartners").value(1.0))
			.andExpect(jsonPath("$.opportunities[0].components.resourceAllocation", near(1.0 / 3)))
			.andExpect(jsonPath("$.opportunities[0].components.adamicAdar", near(1 / Math.log(3))))
			.andExpect(jsonPath("$.opportunities[0].introducers[*].id", contains("c2")))
			.andExpect(jsonPath("$.opportunities[0].reasons", hasItem("both work in Cambodia")))
			.andExpect(jsonPath("$.opportunities[0].reasons", hasItem(
					"Care Shelter supports victims (Shelter), whom Justice One needs protected and heard for its cases")))
			.andExpect(jsonPath("$.opportunities[0].reasons",
					hasItem("introduced by Data CSO, which works with "
							+ "Justice One (no evidence recorded) and works with Care Shelter (no evidence recorded)")))
			.andExpect(jsonPath("$.opportunities[0].reasons", hasItem("first JUSTICE tie for Care Shelter")))
			.andExpect(jsonPath("$.opportunities[0].explanation")
				.value("Both work in Cambodia; Care Shelter supports victims (Shelter), whom Justice One needs "
						+ "protected and heard for its cases; introduced by Data CSO, which works with Justice One "
						+ "(no evidence recorded) and works with Care Shelter (no evidence recorded)."))
			.andExpect(jsonPath("$.opportunities[0].evidence[*].link",
					contains("c2~COLLABORATES~j1", "c1~COLLABORATES~c2")))
			.andExpect(jsonPath("$.opportunities[1].reasons",
					hasItem(containsString("works on Male victims, Shelter, which Justice Two does not"))))
			.andExpect(jsonPath("$.opportunities[*].to.id", not(hasItem("j1"))));
	}

	@Test
	void crossBorderPairsOnlyWhenAsked() throws Exception {
		this.mvc
			.perform(get("/api/v1/bridging/opportunities").param("asOf", AS_OF)
				.param("crossBorder", "true")
				.param("diverse", "false"))
			.andExpect(jsonPath("$.crossBorder").value(true))
			.andExpect(jsonPath("$.leftOut.crossBorder").value(0))
			.andExpect(jsonPath("$.opportunities[*].to.id", contains("c1", "c1", "p1", "c2", "p1", "i1", "i1")))
			.andExpect(jsonPath("$.opportunities[*].from.id", contains("j1", "j2", "j1", "j2", "j2", "j2", "j1")))
			.andExpect(jsonPath("$.opportunities[2].score", near(0.25 / 3 + 0.15 + 0.10)))
			.andExpect(jsonPath("$.opportunities[2].components.geography").value(0.0))
			.andExpect(jsonPath("$.opportunities[2].reasons",
					hasItem("cross-border: Justice One works in Cambodia, Fish Co in Thailand")))
			.andExpect(jsonPath("$.opportunities[6].score", near(0.15 * 0.5)));
	}

	@Test
	void limitsAndFiltersThePartners() throws Exception {
		this.mvc
			.perform(get("/api/v1/bridging/opportunities").param("to", "CSO")
				.param("theme", "shelter")
				.param("limit", "1")
				.param("asOf", AS_OF))
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
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("crossBorder", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("crossBorder"));
		this.mvc.perform(get("/api/v1/bridging/opportunities").param("diverse", "sometimes"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("diverse"));
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
