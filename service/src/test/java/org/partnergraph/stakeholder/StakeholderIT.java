package org.partnergraph.stakeholder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StakeholderIT extends IntegrationTest {

	@BeforeEach
	void load() throws Exception {
		TestNetwork.load(this.mvc);
	}

	@Test
	void listsWithFiltersAndPaging() throws Exception {
		this.mvc.perform(get("/api/v1/stakeholders").param("sector", "JUSTICE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", contains("kh-police", "kh-moj")))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		this.mvc.perform(get("/api/v1/stakeholders").param("size", "2").param("page", "2"))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.page.totalElements").value(5))
			.andExpect(jsonPath("$.page.totalPages").value(3));
		this.mvc.perform(get("/api/v1/stakeholders").param("country", "TH").param("theme", "shelter"))
			.andExpect(jsonPath("$.content[*].id", contains("safe-house")));
	}

	@Test
	void searchesNamesAcronymsAndAliasesAsYouType() throws Exception {
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "Yutth"))
			.andExpect(jsonPath("$.content[*].id", contains("kh-moj")));
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "SHC"))
			.andExpect(jsonPath("$.content[0].id").value("safe-house"));
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "cambodia").param("sector", "JUSTICE"))
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder("kh-moj", "kh-police")));
		// Query syntax is taken as text, not as a Lucene query.
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "acme) OR (*")).andExpect(status().isOk());
	}

	@Test
	void readsOneWithItsLinks() throws Exception {
		this.mvc.perform(get("/api/v1/stakeholders/safe-house"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Safe House Cambodia"))
			.andExpect(jsonPath("$.countries[*].code", contains("KH", "TH")))
			.andExpect(jsonPath("$.themes[*].id", contains("male-victims", "shelter")))
			.andExpect(jsonPath("$.links", hasSize(3)))
			.andExpect(jsonPath("$.links[?(@.other.id == 'donor')].direction").value("IN"))
			.andExpect(jsonPath("$.links[?(@.other.id == 'donor')].type").value("FUNDS"));
	}

	@Test
	void unknownIdIsANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/v1/stakeholders/nobody"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No stakeholder with id 'nobody'"));
	}

	@Test
	void rejectsBadPaging() throws Exception {
		this.mvc.perform(get("/api/v1/stakeholders").param("size", "0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/stakeholders").param("size", "many")).andExpect(status().isBadRequest());
	}

}
