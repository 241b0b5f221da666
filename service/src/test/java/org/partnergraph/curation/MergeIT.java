package org.partnergraph.curation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Merging 'iom-kh' into 'iom': one FUNDS link from 'donor' to each (same dates) becomes
 * one, the LEADS link between the two is a self-loop and goes, the SUPPORTS link to 'ngo'
 * moves. 'refuge' and 'refuge-old' are RESTRICTED.
 */
class MergeIT extends IntegrationTest {

	static final String STAKEHOLDERS = """
			id,name,sector,acronym,aliases,countries,themes,confidentiality,focal point,budget
			iom,International Organization for Migration,INTERNATIONAL,IOM,,TH,migrant-workers,PUBLIC,Anna,
			iom-kh,IOM Cambodia,INTERNATIONAL,IOM,OIM Cambodge,KH;TH,shelter,PUBLIC,Bopha,100
			ngo,Open NGO,CSO,,,KH,shelter,PUBLIC,,
			donor,Donor Agency,DONOR,,,,,PUBLIC,,
			partner,Internal Partner,PRIVATE,,,KH,,INTERNAL,,
			refuge,Hidden Refuge,CSO,,,KH,shelter,RESTRICTED,,
			refuge-old,Hidden Refuge (old entry),CSO,,,KH,lgbtqi,RESTRICTED,,
			""";

	static final String LINKS = """
			from,to,type,start,evidence,confidentiality
			donor,iom,FUNDS,2020,grant letter,PUBLIC
			donor,iom-kh,FUNDS,2020,annual report,PUBLIC
			iom-kh,ngo,SUPPORTS,,field visit,PUBLIC
			iom,iom-kh,LEADS,,,PUBLIC
			ngo,refuge-old,SUPPORTS,,,PUBLIC
			""";

	private static final String MERGE_IOM_KH = "{\"from\": [\"iom-kh\"]}";

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		this.imports.importCsv(csv("s.csv", STAKEHOLDERS), csv("l.csv", LINKS), ImportMode.MERGE, false,
				Visibility.ALL);
		awaitHistory();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theKeptStakeholderGetsTheUnionAndTheLinksAndTheOldIdRedirects() throws Exception {
		String etag = etagOf("/api/v1/stakeholders/iom");
		String merged = send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etag), MERGE_IOM_KH)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(false))
			.andExpect(jsonPath("$.merged").value(contains("iom-kh")))
			// Names and acronyms become aliases, once each, and not the kept one's own.
			.andExpect(jsonPath("$.stakeholder.aliases").value(contains("IOM Cambodia", "OIM Cambodge")))
			.andExpect(jsonPath("$.stakeholder.countries").value(contains("KH", "TH")))
			.andExpect(jsonPath("$.stakeholder.themes").value(contains("migrant-workers", "shelter")))
			.andExpect(jsonPath("$.stakeholder.attributes['focal point']").value("Anna"))
			.andExpect(jsonPath("$.stakeholder.attributes.budget").value("100"))
			.andExpect(jsonPath("$.stakeholder.name").value("International Organization for Migration"))
			.andExpect(jsonPath("$.fields.countries.from").value(contains("TH")))
			.andExpect(jsonPath("$.moved[0].id").value("iom~SUPPORTS~ngo"))
			.andExpect(jsonPath("$.moved[0].previousId").value("iom-kh~SUPPORTS~ngo"))
			.andExpect(jsonPath("$.moved[0].from").value("iom"))
			.andExpect(jsonPath("$.combined[0].id").value("donor~FUNDS~iom"))
			.andExpect(jsonPath("$.combined[0].absorbed").value("donor~FUNDS~iom-kh"))
			.andExpect(jsonPath("$.combined[0].evidence").value("grant letter ; annual report"))
			.andExpect(jsonPath("$.selfLoopsDropped[0].id").value("iom~LEADS~iom-kh"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(merged).isNotEqualTo(etag).isEqualTo(etagOf("/api/v1/stakeholders/iom"));

		this.mvc.perform(get("/api/v1/stakeholders/iom-kh"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/v1/stakeholders/iom"));
		assertThat(count("MATCH ()-[r:FUNDS]->() RETURN count(r)")).isOne();
		assertThat(count("MATCH (:Stakeholder {id: 'donor'})-[r:FUNDS {evidence: 'grant letter ; annual report'}]->"
				+ "(:Stakeholder {id: 'iom'}) RETURN count(r)"))
			.isOne();
		assertThat(count("MATCH (:Stakeholder {id: 'iom'})-[r:SUPPORTS {evidence: 'field visit'}]->"
				+ "(:Stakeholder {id: 'ngo'}) RETURN count(r)"))
			.isOne();
		assertThat(count("MATCH ()-[r:LEADS]->() RETURN count(r)")).isZero();
		// The redirect is no stakeholder: no network read meets it.
		assertThat(snapshot().stakeholders()).extracting(s -> s.id()).doesNotContain("iom-kh");
		assertThat(count("MATCH (s:Stakeholder) RETURN count(s)")).isEqualTo(6);
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "Cambodia"))
			.andExpect(jsonPath("$.content[*].id").value(contains("iom")));
		// A moved link keeps counting its revisions: an ETag read before the move is
		// stale.
		assertThat(etagOf("/api/v1/links/iom~SUPPORTS~ngo")).isEqualTo("\"2\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aDryRunAnswersTheSameOutcomeAndWritesNothing() throws Exception {
		String version = this.store.dataVersion();
		String etag = etagOf("/api/v1/stakeholders/iom");
		// The audit records the request, the preview included; nothing else is written.
		String nodeCount = "MATCH (n) WHERE NOT n:AuditEvent RETURN count(n)";
		long nodes = count(nodeCount);
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		String preview = send(post("/api/v1/stakeholders/iom/merge").param("dryRun", "true"), MERGE_IOM_KH)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", etag))
			.andExpect(jsonPath("$.dryRun").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.store.dataVersion()).isEqualTo(version);
		assertThat(count(nodeCount)).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
		assertThat(count("MATCH (c:Change) WHERE c.source = 'merge' RETURN count(c)")).isZero();
		assertThat(etagOf("/api/v1/stakeholders/iom")).isEqualTo(etag);
		this.mvc.perform(get("/api/v1/stakeholders/iom-kh")).andExpect(status().isOk());

		String done = send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etag), MERGE_IOM_KH)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(done.replace("\"dryRun\":false", "")).isEqualTo(preview.replace("\"dryRun\":true", ""));
		assertThat(this.store.dataVersion()).isNotEqualTo(version);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theHistoryRecordsTheMerge() throws Exception {
		merge("iom", MERGE_IOM_KH);
		this.mvc.perform(get("/api/v1/stakeholders/iom/history"))
			.andExpect(jsonPath("$[0].source").value("merge"))
			.andExpect(jsonPath("$[0].action").value("UPDATE"))
			.andExpect(jsonPath("$[0].fields.merged.to").value(contains("iom-kh")))
			.andExpect(jsonPath("$[0].fields.aliases.to").value(contains("IOM Cambodia", "OIM Cambodge")))
			.andExpect(jsonPath("$[0].fields.themes.from").value(contains("migrant-workers")));
		// The merged record's own history stays under its id.
		this.mvc.perform(get("/api/v1/stakeholders/iom-kh/history"))
			.andExpect(jsonPath("$[0].source").value("merge"))
			.andExpect(jsonPath("$[0].action").value("DELETE"))
			.andExpect(jsonPath("$[0].fields.mergedInto.to").value("iom"))
			.andExpect(jsonPath("$[1].source").value("import"));
		// A moved link's history follows it to its new id.
		this.mvc.perform(get("/api/v1/links/iom~SUPPORTS~ngo/history"))
			.andExpect(jsonPath("$[0].action").value("UPDATE"))
			.andExpect(jsonPath("$[0].fields.from.from").value("iom-kh"))
			.andExpect(jsonPath("$[0].fields.from.to").value("iom"))
			.andExpect(jsonPath("$[0].fields.id.to").value("iom~SUPPORTS~ngo"))
			.andExpect(jsonPath("$[1].action").value("CREATE"));
		this.mvc.perform(get("/api/v1/links/donor~FUNDS~iom/history"))
			.andExpect(jsonPath("$[0].fields.evidence.to").value("grant letter ; annual report"));
		this.mvc.perform(get("/api/v1/links/donor~FUNDS~iom-kh/history"))
			.andExpect(jsonPath("$[0].action").value("DELETE"))
			.andExpect(jsonPath("$[0].fields.combinedInto.to").value("donor~FUNDS~iom"));
		this.mvc.perform(get("/api/v1/links/iom~LEADS~iom-kh/history"))
			.andExpect(jsonPath("$[0].action").value("DELETE"))
			.andExpect(jsonPath("$[0].fields.selfLoopOf.to").value("iom"));
		// Kept, merged, moved, combined into, combined, dropped: one transaction, one
		// time.
		String changes = this.mvc.perform(get("/api/v1/changes")).andReturn().getResponse().getContentAsString();
		List<String> times = JsonPath.read(changes, "$[?(@.source == 'merge')].at");
		assertThat(times).hasSize(6).containsOnly(times.getFirst());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aMergeNeedsTheCurrentETagOfTheKeptStakeholder() throws Exception {
		send(post("/api/v1/stakeholders/iom/merge"), MERGE_IOM_KH).andExpect(status().isPreconditionRequired());
		String etag = etagOf("/api/v1/stakeholders/iom");
		send(patch("/api/v1/stakeholders/iom").header("If-Match", etag), "{\"acronym\": \"OIM\"}")
			.andExpect(status().isOk());
		send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etag), MERGE_IOM_KH)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:precondition-failed"));
		send(post("/api/v1/stakeholders/iom/merge").param("dryRun", "true").header("If-Match", etag), MERGE_IOM_KH)
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(get("/api/v1/stakeholders/iom-kh")).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesWhatCannotBeMerged() throws Exception {
		String etag = etagOf("/api/v1/stakeholders/iom");
		send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etag), "{\"from\": []}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etag), "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etag), "{\"from\": [\"iom\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("with itself")));
		send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etag), "{\"from\": [\"iom-kh\"], \"x\": 1}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("x"));
		send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etag), "{\"from\": [\"nobody\"]}")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No stakeholder with id 'nobody'"));
		send(post("/api/v1/stakeholders/nobody/merge").header("If-Match", etag), MERGE_IOM_KH)
			.andExpect(status().isNotFound());
		// An INTERNAL stakeholder is not merged into a PUBLIC one, where its names would
		// be public.
		send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etag), "{\"from\": [\"partner\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at least as confidential")));
		assertThat(count("MATCH (s:Stakeholder) RETURN count(s)")).isEqualTo(7);
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void aViewerCannotMerge() throws Exception {
		send(post("/api/v1/stakeholders/iom/merge").param("dryRun", "true"), MERGE_IOM_KH)
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorCannotLearnOfARestrictedStakeholderByMergingWithIt() throws Exception {
		String hidden = storedId("Hidden Refuge");
		String forged = "refuge.r0123456789abcdef";
		String etag = etagOf("/api/v1/stakeholders/ngo");
		for (String dryRun : List.of("true", "false")) {
			// Merged into a visible one, by its stored id and by its given one.
			for (String id : List.of(hidden, "refuge")) {
				assertThat(
						answer(post("/api/v1/stakeholders/ngo/merge").param("dryRun", dryRun).header("If-Match", etag),
								"{\"from\": [\"" + id + "\"]}")
							.replace(id, "X"))
					.isEqualTo(answer(
							post("/api/v1/stakeholders/ngo/merge").param("dryRun", dryRun).header("If-Match", etag),
							"{\"from\": [\"" + forged + "\"]}")
						.replace(forged, "X"))
					.startsWith("404 ");
			}
			// Kept, with a visible one merged into it.
			assertThat(answer(post("/api/v1/stakeholders/" + hidden + "/merge").param("dryRun", dryRun)
				.header("If-Match", "\"1\""), "{\"from\": [\"ngo\"]}").replace(hidden, "X"))
				.isEqualTo(answer(post("/api/v1/stakeholders/" + forged + "/merge").param("dryRun", dryRun)
					.header("If-Match", "\"1\""), "{\"from\": [\"ngo\"]}").replace(forged, "X"))
				.startsWith("404 ");
		}
		// A stakeholder with a link to a hidden one is not merged: that link would move
		// unseen.
		send(post("/api/v1/stakeholders/iom/merge").header("If-Match", etagOf("/api/v1/stakeholders/iom")),
				"{\"from\": [\"ngo\"]}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("may not remove")));
		assertThat(count("MATCH (s:Stakeholder) RETURN count(s)")).isEqualTo(7);
	}

	@Test
	void theRedirectOfAHiddenIdIsHiddenWithIt() throws Exception {
		String kept = storedId("Hidden Refuge");
		String old = storedId("Hidden Refuge (old entry)");
		send(post("/api/v1/stakeholders/" + kept + "/merge").header("If-Match", etagOf("/api/v1/stakeholders/" + kept)),
				"{\"from\": [\"" + old + "\"]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholder.aliases").value(contains("Hidden Refuge (old entry)")))
			// A link moved onto a RESTRICTED stakeholder is sealed with it.
			.andExpect(jsonPath("$.moved[0].id").value(org.hamcrest.Matchers.matchesPattern(".*~~[0-9a-f]{16}")));
		this.mvc.perform(get("/api/v1/stakeholders/" + old))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/v1/stakeholders/" + kept));
		String forged = "refuge-old.r0123456789abcdef";
		var editor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user("editor")
			.roles("EDITOR");
		assertThat(answer(get("/api/v1/stakeholders/" + old).with(editor), null).replace(old, "X"))
			.isEqualTo(answer(get("/api/v1/stakeholders/" + forged).with(editor), null).replace(forged, "X"))
			.startsWith("404 ");
	}

	@Test
	void theAnalysesFollowAMerge() throws Exception {
		List<String> before = JsonPath.read(
				this.mvc.perform(get("/api/v1/analysis/centrality")).andReturn().getResponse().getContentAsString(),
				"$.scores[*].id");
		assertThat(before).contains("iom-kh");
		merge("iom", MERGE_IOM_KH);
		this.mvc.perform(get("/api/v1/analysis/centrality"))
			.andExpect(jsonPath("$.scores[*].id").value(not(hasItem("iom-kh"))))
			.andExpect(jsonPath("$.scores[*].id").value(hasItem("iom")));
	}

	@Test
	void aMergeIsNotRevertedChangeByChange() throws Exception {
		String earlier = JsonPath.read(this.mvc.perform(get("/api/v1/stakeholders/iom-kh/history"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		merge("iom", MERGE_IOM_KH);
		String change = JsonPath.read(this.mvc.perform(get("/api/v1/stakeholders/iom/history"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		this.mvc.perform(post("/api/v1/changes/" + change + "/revert"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("part of a merge")));
		// What came before it depends on it.
		this.mvc.perform(post("/api/v1/changes/" + earlier + "/revert"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("DELETE")));
		this.mvc.perform(get("/api/v1/stakeholders/iom-kh")).andExpect(status().isMovedPermanently());
	}

	@Test
	void anIdGivenAgainIsAStakeholderAgainAndRedirectsFollowLaterMerges() throws Exception {
		merge("iom", MERGE_IOM_KH);
		merge("ngo", "{\"from\": [\"iom\"]}");
		// An id merged into one merged since leads to the last.
		this.mvc.perform(get("/api/v1/stakeholders/iom-kh"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/v1/stakeholders/ngo"));
		send(post("/api/v1/stakeholders"), "{\"id\": \"iom-kh\", \"name\": \"IOM Cambodia\", \"sector\": \"CSO\"}")
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/stakeholders/iom-kh")).andExpect(status().isOk());
		this.imports.importCsv(csv("s.csv", "id,name,sector\niom,IOM again,INTERNATIONAL\n"), null, ImportMode.MERGE,
				false, Visibility.ALL);
		this.mvc.perform(get("/api/v1/stakeholders/iom")).andExpect(jsonPath("$.name").value("IOM again"));
		assertThat(count("MATCH (m:MergedId) RETURN count(m)")).isZero();
	}

	private void merge(String kept, String body) throws Exception {
		send(post("/api/v1/stakeholders/" + kept + "/merge").header("If-Match", etagOf("/api/v1/stakeholders/" + kept)),
				body)
			.andExpect(status().isOk());
	}

	private String etagOf(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Status and body, for comparing two answers. */
	private String answer(MockHttpServletRequestBuilder request, String json) throws Exception {
		MvcResult result = this.mvc
			.perform(json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn();
		return result.getResponse().getStatus() + " " + result.getResponse().getContentAsString();
	}

	private static ImportFile csv(String name, String text) {
		return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

}
