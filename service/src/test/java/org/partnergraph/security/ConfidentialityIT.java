package org.partnergraph.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A RESTRICTED stakeholder or link never reaches a caller who may not see it: not
 * directly, not in counts, searches, details, links of others, exports or import answers.
 */
class ConfidentialityIT extends IntegrationTest {

	// The names the tests search every answer for.
	private static final String SECRET_NAME = "Hidden Refuge";

	private static final String SECRET_LINK_EVIDENCE = "sealed-evidence";

	static final String STAKEHOLDERS = """
			id,name,sector,countries,themes,confidentiality
			ministry,Open Ministry,JUSTICE,KH,,PUBLIC
			ngo,Open NGO,CSO,KH,shelter,PUBLIC
			partner,Internal Partner,PRIVATE,KH,,INTERNAL
			refuge,Hidden Refuge,CSO,KH,lgbtqi;shelter,RESTRICTED
			""";

	static final String LINKS = """
			from,to,type,evidence,confidentiality
			ministry,ngo,COLLABORATES,open,PUBLIC
			ngo,partner,COLLABORATES,internal,INTERNAL
			ngo,refuge,SUPPORTS,to-hidden-node,PUBLIC
			ministry,partner,FUNDS,sealed-evidence,RESTRICTED
			""";

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		// Loaded as the system, whoever the test runs as.
		this.imports.importCsv(new ImportFile("s.csv", STAKEHOLDERS.getBytes(StandardCharsets.UTF_8)),
				new ImportFile("l.csv", LINKS.getBytes(StandardCharsets.UTF_8)), ImportMode.MERGE, false,
				Visibility.ALL);
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void viewerNetworkHasNoRestrictedNodeOrLink() throws Exception {
		this.mvc.perform(get("/api/v1/network"))
			.andExpect(jsonPath("$.nodes[*].data.id", containsInAnyOrder("ministry", "ngo", "partner")))
			.andExpect(jsonPath("$.edges[*].data.id",
					containsInAnyOrder("ministry~COLLABORATES~ngo", "ngo~COLLABORATES~partner")));
		assertHidden(body(get("/api/v1/network").param("theme", "lgbtqi")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void viewerListsSearchesCountsAndDetailsWithoutRestricted() throws Exception {
		this.mvc.perform(get("/api/v1/stakeholders")).andExpect(jsonPath("$.page.totalElements").value(3));
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "Hidden"))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		this.mvc.perform(get("/api/v1/stakeholders/refuge")).andExpect(status().isNotFound());
		String ngo = body(get("/api/v1/stakeholders/ngo"));
		assertHidden(ngo);
		assertThat(ngo).contains("Internal Partner");
		assertHidden(body(get("/api/v1/stakeholders/ministry")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void viewerExportsHoldNoRestrictedData() throws Exception {
		for (String format : List.of("stakeholders.csv", "links.csv", "network.graphml", "network.gexf",
				"network.json")) {
			assertHidden(body(get("/api/v1/export/" + format)));
		}
		byte[] xlsx = this.mvc.perform(get("/api/v1/export/network.xlsx"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheet("stakeholders").getPhysicalNumberOfRows()).isEqualTo(4);
			assertThat(workbook.getSheet("links").getPhysicalNumberOfRows()).isEqualTo(3);
		}
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void viewerFilteringByTheHiddenThemeStillSeesNoRestricted() throws Exception {
		assertHidden(body(get("/api/v1/network").param("sector", "CSO")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void viewerAnalysesAndGapsAreComputedWithoutRestricted() throws Exception {
		for (String path : List.of("/api/v1/analysis/centrality?measure=betweenness", "/api/v1/analysis/communities",
				"/api/v1/analysis/structural-holes", "/api/v1/analysis/brokerage", "/api/v1/gaps/coverage",
				"/api/v1/gaps/unlinked", "/api/v1/gaps/dependencies", "/api/v1/gaps/sector-matrix",
				"/api/v1/network/diff?from=2000-01-01&to=2030-01-01")) {
			assertHidden(body(get(path)));
		}
		// Counts too: three stakeholders, and the CSO-CSO pair count knows only one CSO.
		this.mvc.perform(get("/api/v1/analysis/summary")).andExpect(jsonPath("$.nodes").value(3));
		this.mvc.perform(get("/api/v1/gaps/sector-matrix"))
			.andExpect(jsonPath("$.sectors[?(@.sector == 'CSO')].stakeholders", org.hamcrest.Matchers.contains(1)));
		// ngo's link to the hidden refuge does not make ngo a broker or a cut point.
		this.mvc.perform(get("/api/v1/analysis/structural-holes"))
			.andExpect(jsonPath("$.articulationPoints", org.hamcrest.Matchers.contains("ngo")));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void theConfidentialityFilterNarrowsAndNeverWidens() throws Exception {
		// PUBLIC only: the view to show before sharing a picture outside.
		this.mvc.perform(get("/api/v1/network").param("confidentiality", "PUBLIC"))
			.andExpect(jsonPath("$.nodes[*].data.id", containsInAnyOrder("ministry", "ngo")))
			.andExpect(jsonPath("$.edges[*].data.id", containsInAnyOrder("ministry~COLLABORATES~ngo")));
		this.mvc.perform(get("/api/v1/analysis/summary").param("confidentiality", "PUBLIC"))
			.andExpect(jsonPath("$.nodes").value(2));
		// Asking for a level the caller may not see gives nothing more.
		this.mvc.perform(get("/api/v1/network").param("confidentiality", "RESTRICTED"))
			.andExpect(jsonPath("$.nodes").isEmpty());
		assertHidden(body(get("/api/v1/network").param("confidentiality", "PUBLIC,INTERNAL,RESTRICTED")));
		assertHidden(body(get("/api/v1/bridging/opportunities").param("confidentiality", "RESTRICTED,PUBLIC")));
		this.mvc.perform(get("/api/v1/network").param("confidentiality", "SECRET"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("confidentiality"));
	}

	@Test
	void adminFiltersToOneLevel() throws Exception {
		this.mvc.perform(get("/api/v1/network").param("confidentiality", "RESTRICTED"))
			.andExpect(jsonPath("$.nodes[*].data.id", containsInAnyOrder(storedId(SECRET_NAME))));
		this.mvc
			.perform(get("/api/v1/analysis/centrality").param("measure", "degree")
				.param("confidentiality", "PUBLIC,INTERNAL"))
			.andExpect(jsonPath("$.scores[*].id", containsInAnyOrder("ministry", "ngo", "partner")));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorImportNeitherRevealsNorTouchesRestrictedData() throws Exception {
		// A link to the hidden id reads as a link to an id that does not exist.
		this.mvc.perform(multipart("/api/v1/imports").file(file("links", "from,to,type\nministry,refuge,FUNDS\n")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message")
				.value("no stakeholder with id 'refuge' in the file or the database"));
		// The id the hidden stakeholder was imported with is free: it is stored under a
		// sealed id (ImportOracleIT tries it further).
		this.mvc
			.perform(multipart("/api/v1/imports").param("dryRun", "true")
				.file(file("stakeholders", "id,name,sector\nrefuge,Mine,CSO\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersCreated").value(1));
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(file("stakeholders", "id,name,sector,confidentiality\nnew,New,CSO,RESTRICTED\n")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("confidentiality"));
		// Replacing with what the editor sees leaves what it does not see in place.
		String visibleStakeholders = STAKEHOLDERS.lines()
			.filter(l -> !l.contains("RESTRICTED"))
			.reduce("", (a, b) -> a + b + "\n");
		String visibleLinks = LINKS.lines()
			.filter(l -> !l.contains("RESTRICTED") && !l.contains("refuge"))
			.reduce("", (a, b) -> a + b + "\n");
		this.mvc
			.perform(multipart("/api/v1/imports").param("mode", "replace")
				.file(file("stakeholders", visibleStakeholders))
				.file(file("links", visibleLinks)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersDeleted").value(0))
			.andExpect(jsonPath("$.stakeholdersUnchanged").value(3))
			.andExpect(jsonPath("$.linksDeleted").value(0))
			.andExpect(jsonPath("$.linksUnchanged").value(2));
		assertThat(count("MATCH (s:Stakeholder {confidentiality: 'RESTRICTED'}) RETURN count(s)")).isEqualTo(1);
		assertThat(count("MATCH ()-[r:FUNDS {confidentiality: 'RESTRICTED'}]->() RETURN count(r)")).isEqualTo(1);
		assertThat(count(
				"MATCH (:Stakeholder {id: 'ngo'})-[r:SUPPORTS]->(:Stakeholder {name: 'Hidden Refuge'}) RETURN count(r)"))
			.isEqualTo(1);
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void analystWithoutTheGrantSeesNoRestricted() throws Exception {
		assertHidden(body(get("/api/v1/network")));
	}

	@Test
	@WithMockUser(authorities = { "ROLE_ANALYST", Visibility.RESTRICTED_AUTHORITY })
	void analystGrantedRestrictedSeesIt() throws Exception {
		assertThat(body(get("/api/v1/network"))).contains(SECRET_NAME);
		assertThat(body(get("/api/v1/export/links.csv"))).contains(SECRET_LINK_EVIDENCE);
	}

	@Test
	@WithMockUser(authorities = { "ROLE_VIEWER", Visibility.RESTRICTED_AUTHORITY })
	void theGrantDoesNothingForAViewer() throws Exception {
		assertHidden(body(get("/api/v1/network")));
	}

	@Test
	void adminSeesEverything() throws Exception {
		this.mvc.perform(get("/api/v1/stakeholders")).andExpect(jsonPath("$.page.totalElements").value(4));
		assertThat(body(get("/api/v1/stakeholders/ngo"))).contains(SECRET_NAME);
	}

	@Test
	void adminBackupAndRestoreKeepEveryLevel() throws Exception {
		var before = this.store.readAll(Visibility.ALL);
		byte[] stakeholders = this.mvc.perform(get("/api/v1/export/stakeholders.csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] links = this.mvc.perform(get("/api/v1/export/links.csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		wipeDatabase();
		this.mvc
			.perform(multipart("/api/v1/imports").param("mode", "replace")
				.file(new MockMultipartFile("stakeholders", "stakeholders.csv", null, stakeholders))
				.file(new MockMultipartFile("links", "links.csv", null, links)))
			.andExpect(status().isOk());
		assertThat(this.store.readAll(Visibility.ALL)).isEqualTo(before);
		assertThat(before.stakeholders()).extracting("confidentiality")
			.contains(org.partnergraph.model.Confidentiality.RESTRICTED,
					org.partnergraph.model.Confidentiality.INTERNAL);
	}

	/**
	 * A replace by an editor who cannot see RESTRICTED data must not delete it: leaving
	 * out 'ministry', which has a RESTRICTED link, is refused (without naming what holds
	 * it) and nothing is written; an admin's identical replace removes it.
	 */
	@Test
	void anEditorsReplaceNeverDeletesWhatTheEditorCannotSee() throws Exception {
		String withoutMinistry = """
				id,name,sector,countries,themes,confidentiality
				ngo,Open NGO,CSO,KH,shelter,PUBLIC
				partner,Internal Partner,PRIVATE,KH,,INTERNAL
				""";
		String theirLinks = """
				from,to,type,evidence,confidentiality
				ngo,partner,COLLABORATES,internal,INTERNAL
				""";
		var before = this.store.readAll(Visibility.ALL);
		String refused = this.mvc
			.perform(multipart("/api/v1/imports").param("mode", "replace")
				.file(file("stakeholders", withoutMinistry))
				.file(file("links", theirLinks))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("editor")
					.roles("EDITOR")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("ministry")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertHidden(refused);
		assertThat(this.store.readAll(Visibility.ALL)).isEqualTo(before);

		this.mvc
			.perform(multipart("/api/v1/imports").param("mode", "replace")
				.file(file("stakeholders", withoutMinistry))
				.file(file("links", theirLinks)))
			.andExpect(status().isOk());
		assertThat(this.store.readAll(Visibility.ALL).stakeholders()).extracting("id").doesNotContain("ministry");
	}

	private static void assertHidden(String body) {
		// The id as a JSON string, a link id part or a CSV cell; the theme 'refugees' is
		// not a leak.
		assertThat(body).doesNotContain(SECRET_NAME)
			.doesNotContain("\"refuge\"")
			.doesNotContain("refuge.r")
			.doesNotContain("~refuge")
			.doesNotContain("refuge,")
			.doesNotContain(",refuge")
			.doesNotContain(SECRET_LINK_EVIDENCE)
			.doesNotContain("to-hidden-node")
			.doesNotContain("RESTRICTED");
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile file(String part, String text) {
		return new MockMultipartFile(part, part + ".csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

}
