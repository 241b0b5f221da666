package org.partnergraph.curation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The edit API on the network of {@code ConfidentialityIT}: 'refuge' is RESTRICTED, a
 * RESTRICTED FUNDS link joins 'ministry' and 'partner', a link to 'refuge' is hidden with
 * it. An editor without the grant sees the rest.
 */
class CurationIT extends IntegrationTest {

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
		this.imports.importCsv(csv("s.csv", STAKEHOLDERS), csv("l.csv", LINKS), ImportMode.MERGE, false,
				Visibility.ALL);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorCreatesChangesAndDeletesAStakeholder() throws Exception {
		String version = this.store.dataVersion();
		String etag = send(post("/api/v1/stakeholders"), """
				{"id": "shelter-kh", "name": "Shelter KH", "sector": "NGO", "countries": ["kh", "TH"],
				 "themes": ["Shelter"]}""").andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/stakeholders/shelter-kh"))
			.andExpect(jsonPath("$.sector").value("CSO"))
			.andExpect(jsonPath("$.countries[*].code").value(org.hamcrest.Matchers.contains("KH", "TH")))
			.andExpect(jsonPath("$.themes[0].id").value("shelter"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(this.store.dataVersion()).as("caches follow edits").isNotEqualTo(version);
		assertThat(etagOf("/api/v1/stakeholders/shelter-kh")).isEqualTo(etag);

		String changed = send(patch("/api/v1/stakeholders/shelter-kh").header("If-Match", etag), """
				{"acronym": "SKH", "countries": null}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.acronym").value("SKH"))
			.andExpect(jsonPath("$.name").value("Shelter KH"))
			.andExpect(jsonPath("$.countries").isEmpty())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(changed).isNotEqualTo(etag);

		this.mvc.perform(delete("/api/v1/stakeholders/shelter-kh").header("If-Match", etag))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:precondition-failed"));
		this.mvc.perform(delete("/api/v1/stakeholders/shelter-kh").header("If-Match", changed))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/stakeholders/shelter-kh")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesInvalidFieldsWithEveryErrorAsAnImportDoes() throws Exception {
		send(post("/api/v1/stakeholders"), """
				{"id": "x", "name": "X", "sector": "Unicorns", "countries": ["ZZ"], "colour": "red"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("colour"));
		send(post("/api/v1/stakeholders"), """
				{"id": "x", "name": "X", "sector": "Unicorns", "countries": ["ZZ"]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:invalid-record"))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("sector", "countries")));
		send(post("/api/v1/links"), """
				{"from": "ministry", "to": "ngo", "type": "FUNDS", "start": "2024-05", "end": "2023"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("end"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("before it starts")));
		send(post("/api/v1/links"), """
				{"from": "ministry", "to": "nobody", "type": "FUNDS"}""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value("no stakeholder with id 'nobody'"));
		send(post("/api/v1/stakeholders"), """
				{"id": "ministry", "name": "Again", "sector": "JUSTICE"}""").andExpect(status().isConflict());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void writesNeedTheCurrentETag() throws Exception {
		send(patch("/api/v1/stakeholders/ngo"), """
				{"acronym": "N"}""").andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:precondition-required"));
		this.mvc.perform(delete("/api/v1/links/ministry~COLLABORATES~ngo"))
			.andExpect(status().isPreconditionRequired());
		String etag = etagOf("/api/v1/stakeholders/ngo");
		send(patch("/api/v1/stakeholders/ngo").header("If-Match", etag), """
				{"acronym": "N"}""").andExpect(status().isOk());
		send(patch("/api/v1/stakeholders/ngo").header("If-Match", etag), """
				{"acronym": "M"}""").andExpect(status().isPreconditionFailed());
		assertThat(snapshot().stakeholders()).filteredOn(s -> s.id().equals("ngo"))
			.singleElement()
			.extracting(s -> s.acronym())
			.isEqualTo("N");
	}

	@Test
	void twoConcurrentPatchesWithOneETagLetExactlyOneWin() throws Exception {
		String etag = etagOf("/api/v1/stakeholders/ngo");
		int writers = 2;
		var barrier = new CyclicBarrier(writers);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				String acronym = "W" + i;
				Callable<Integer> write = () -> {
					barrier.await();
					return send(patch("/api/v1/stakeholders/ngo").header("If-Match", etag)
						.with(user("editor-" + acronym).roles("EDITOR")), "{\"acronym\": \"" + acronym + "\"}")
						.andReturn()
						.getResponse()
						.getStatus();
				};
				answers.add(pool.submit(write));
			}
			var statuses = new ArrayList<Integer>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 412);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aStakeholderWithLinksIsDeletedOnlyWithThem() throws Exception {
		String etag = etagOf("/api/v1/stakeholders/ministry");
		this.mvc.perform(delete("/api/v1/stakeholders/ministry").header("If-Match", etag))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1 link(s)")));
		this.mvc.perform(delete("/api/v1/stakeholders/ministry").param("withLinks", "true").header("If-Match", etag))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("may not remove")));
		String open = etagOf("/api/v1/stakeholders/partner");
		this.mvc.perform(delete("/api/v1/stakeholders/partner").param("withLinks", "true").header("If-Match", open))
			.andExpect(status().isConflict());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdminDeletesAStakeholderWithItsLinks() throws Exception {
		String etag = etagOf("/api/v1/stakeholders/ministry");
		this.mvc.perform(delete("/api/v1/stakeholders/ministry").param("withLinks", "true").header("If-Match", etag))
			.andExpect(status().isNoContent());
		assertThat(count("MATCH (s:Stakeholder {id: 'ministry'}) RETURN count(s)")).isZero();
		assertThat(count("MATCH ()-[r:FUNDS]->() RETURN count(r)")).isZero();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorCreatesEndsAndDeletesALink() throws Exception {
		String etag = send(post("/api/v1/links"), """
				{"from": "ministry", "to": "ngo", "type": "funds", "start": "2024", "evidence": "MoU",
				 "weight": 2}""").andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/links/ministry~FUNDS~ngo"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.weight").value(2.0))
			.andExpect(jsonPath("$.from.id").value("ministry"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etagOf("/api/v1/links/ministry~FUNDS~ngo")).isEqualTo(etag);
		// The tests' today is 2026-06-30: an end that has come ends it, one to come does
		// not.
		String later = send(patch("/api/v1/links/ministry~FUNDS~ngo").header("If-Match", etag), """
				{"end": "2027-03"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.end").value("2027-03-31"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		String ended = send(patch("/api/v1/links/ministry~FUNDS~ngo").header("If-Match", later), """
				{"end": "2026-05-31"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		send(patch("/api/v1/links/ministry~FUNDS~ngo").header("If-Match", ended), """
				{"to": "partner"}""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		send(patch("/api/v1/links/ministry~FUNDS~ngo").header("If-Match", ended), """
				{"end": "2020"}""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("end"));
		this.mvc.perform(delete("/api/v1/links/ministry~FUNDS~ngo").header("If-Match", ended))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/links/ministry~FUNDS~ngo")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditKeepsTheCustomAttributesAnImportGave() throws Exception {
		this.imports.importCsv(csv("s.csv", "id,name,sector,focal point\nngo,Open NGO,CSO,Dara\n"),
				csv("l.csv", "from,to,type,evidence,mou signed\nministry,ngo,COLLABORATES,open,2024\n"),
				ImportMode.MERGE, false, Visibility.ALL);
		send(patch("/api/v1/stakeholders/ngo").header("If-Match", etagOf("/api/v1/stakeholders/ngo")), """
				{"acronym": "ON"}""").andExpect(status().isOk());
		send(patch("/api/v1/links/ministry~COLLABORATES~ngo").header("If-Match",
				etagOf("/api/v1/links/ministry~COLLABORATES~ngo")), """
						{"end": "2026-05-31"}""")
			.andExpect(status().isOk());
		assertThat(count("MATCH (s:Stakeholder {id: 'ngo', acronym: 'ON'}) WHERE s.`x_focal point` = 'Dara' "
				+ "RETURN count(s)"))
			.isOne();
		assertThat(count("MATCH ()-[r:COLLABORATES {id: 'ministry~COLLABORATES~ngo', status: 'ENDED'}]->() "
				+ "WHERE r.`x_mou signed` = '2024' RETURN count(r)"))
			.isOne();
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void aViewerCannotEdit() throws Exception {
		send(post("/api/v1/stakeholders"), """
				{"id": "x", "name": "X", "sector": "CSO"}""").andExpect(status().isForbidden());
		send(patch("/api/v1/stakeholders/ngo").header("If-Match", "\"1\""), "{}").andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorCannotTellAHiddenStakeholderFromAFreeId() throws Exception {
		String hidden = storedId("Hidden Refuge");
		String forged = "refuge.r0123456789abcdef";
		// Reading, changing and deleting it: as an unknown id.
		assertThat(answer(get("/api/v1/stakeholders/" + hidden), null).replace(hidden, "X"))
			.isEqualTo(answer(get("/api/v1/stakeholders/" + forged), null).replace(forged, "X"));
		assertThat(answer(patch("/api/v1/stakeholders/" + hidden).header("If-Match", "\"1\""), "{\"name\": \"Y\"}")
			.replace(hidden, "X"))
			.isEqualTo(answer(patch("/api/v1/stakeholders/" + forged).header("If-Match", "\"1\""), "{\"name\": \"Y\"}")
				.replace(forged, "X"))
			.contains("404");
		// Linking to it: as to an unknown id, by its given id and by its stored one.
		for (String id : List.of("refuge", hidden)) {
			assertThat(answer(post("/api/v1/links"),
					"{\"from\": \"ministry\", \"to\": \"" + id + "\", \"type\": \"FUNDS\"}")
				.replace(id, "X"))
				.isEqualTo(answer(post("/api/v1/links"),
						"{\"from\": \"ministry\", \"to\": \"free-id\", \"type\": \"FUNDS\"}")
					.replace("free-id", "X"));
		}
		// Its stored id, as any id of the reserved form.
		assertThat(answer(post("/api/v1/stakeholders"),
				"{\"id\": \"" + hidden + "\", \"name\": \"M\", \"sector\": \"CSO\"}")
			.replace(hidden, "X"))
			.isEqualTo(answer(post("/api/v1/stakeholders"),
					"{\"id\": \"" + forged + "\", \"name\": \"M\", \"sector\": \"CSO\"}")
				.replace(forged, "X"))
			.contains("reserved");
		// Its given id is free to this editor, as a never-used one is.
		send(post("/api/v1/stakeholders"), """
				{"id": "refuge", "name": "Mine", "sector": "CSO"}""").andExpect(status().isCreated());
		send(post("/api/v1/stakeholders"), """
				{"id": "free-id", "name": "Mine", "sector": "CSO"}""").andExpect(status().isCreated());
		// And nothing hidden can be made.
		send(post("/api/v1/stakeholders"), """
				{"id": "secret", "name": "Secret", "sector": "CSO", "confidentiality": "RESTRICTED"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("confidentiality"));
		// The hidden FUNDS link between two visible stakeholders does not hold the id an
		// editor's link gets.
		send(post("/api/v1/links"), """
				{"from": "ministry", "to": "partner", "type": "FUNDS"}""").andExpect(status().isCreated());
		assertThat(count("MATCH ()-[r:FUNDS]->() RETURN count(r)")).isEqualTo(2);
		assertThat(storedId("Hidden Refuge")).isEqualTo(hidden);
	}

	@Test
	@WithMockUser(roles = "EDITOR", authorities = {})
	void anEditorWithTheGrantWorksOnRestrictedRecords() throws Exception {
		// Granted in the request, as a session of such an account is.
		var granted = user("granted").roles("EDITOR")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_EDITOR"),
					new org.springframework.security.core.authority.SimpleGrantedAuthority(
							Visibility.RESTRICTED_AUTHORITY));
		String created = send(post("/api/v1/stakeholders").with(granted), """
				{"id": "safe-house", "name": "Safe House", "sector": "CSO", "confidentiality": "RESTRICTED"}""")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(created).matches("/api/v1/stakeholders/safe-house\\.r[0-9a-f]{16}");
		// Named by its given id, as in an import; the link is hidden with it.
		String link = send(post("/api/v1/links").with(granted), """
				{"from": "ngo", "to": "safe-house", "type": "SUPPORTS"}""").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(link).matches("/api/v1/links/ngo~SUPPORTS~safe-house~~[0-9a-f]{16}");
		// Making a visible stakeholder RESTRICTED seals its id and its links'.
		String etag = this.mvc.perform(get("/api/v1/stakeholders/partner").with(granted))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		send(patch("/api/v1/stakeholders/partner").with(granted).header("If-Match", etag), """
				{"confidentiality": "RESTRICTED"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.matchesPattern("partner\\.r[0-9a-f]{16}")));
		assertThat(count("MATCH ()-[r]->(:Stakeholder {name: 'Internal Partner'}) WHERE NOT r.id =~ '.*~~[0-9a-f]{16}' "
				+ "RETURN count(r)"))
			.isZero();
		// Without the grant, all of that is gone.
		this.mvc.perform(get(created)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/stakeholders/partner")).andExpect(status().isNotFound());
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
