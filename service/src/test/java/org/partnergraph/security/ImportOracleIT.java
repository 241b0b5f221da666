package org.partnergraph.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.model.LinkType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import tells a caller nothing about records it may not see: an id that a hidden
 * record holds answers exactly as a free one, and a link between visible organisations
 * may be imported whatever hidden links join them. The network is the one of
 * {@link ConfidentialityIT}: 'refuge' is RESTRICTED, and a RESTRICTED FUNDS link joins
 * 'ministry' and 'partner', both visible to an editor.
 */
class ImportOracleIT extends IntegrationTest {

	@Autowired
	ImportService imports;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void load() {
		this.imports.importCsv(csv(ConfidentialityIT.STAKEHOLDERS), csv(ConfidentialityIT.LINKS), ImportMode.MERGE,
				false, Visibility.ALL);
	}

	@Test
	void hiddenRecordsAreStoredUnderIdsNoOneCanDerive() {
		assertThat(storedId("Hidden Refuge")).matches("refuge\\.r[0-9a-f]{16}");
		assertThat(linkIds("FUNDS")).singleElement().asString().matches("ministry~FUNDS~partner~~[0-9a-f]{16}");
		// A link to a hidden stakeholder is hidden too, whatever its own level; its id is
		// derived from the ids its row named, then sealed.
		assertThat(linkIds("SUPPORTS")).singleElement().asString().matches("ngo~SUPPORTS~refuge~~[0-9a-f]{16}");
		// Visible records keep the ids they were given.
		assertThat(linkIds("COLLABORATES")).containsExactlyInAnyOrder("ministry~COLLABORATES~ngo",
				"ngo~COLLABORATES~partner");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorCannotTellAHiddenStakeholdersIdFromAFreeOne() throws Exception {
		String taken = storedId("Hidden Refuge");
		String givenTaken = "refuge";
		// The same answer, but for the id, for the id the hidden record was given and for
		// a free one, in a dry run and in a link to it.
		assertThat(dryRun("stakeholders", "id,name,sector\n" + givenTaken + ",Mine,CSO\n"))
			.isEqualTo(dryRun("stakeholders", "id,name,sector\nfree-id,Mine,CSO\n"));
		assertThat(dryRun("links", "from,to,type\nministry," + givenTaken + ",FUNDS\n").replace(givenTaken, "X"))
			.isEqualTo(dryRun("links", "from,to,type\nministry,free-id,FUNDS\n").replace("free-id", "X"));
		// The stored id itself, even if leaked, answers as any id of that reserved form.
		String forged = "refuge.r0123456789abcdef";
		assertThat(dryRun("stakeholders", "id,name,sector\n" + taken + ",Mine,CSO\n").replace(taken, "X"))
			.isEqualTo(dryRun("stakeholders", "id,name,sector\n" + forged + ",Mine,CSO\n").replace(forged, "X"))
			.contains("reserved");
		assertThat(dryRun("links", "from,to,type\nministry," + taken + ",FUNDS\n").replace(taken, "X"))
			.isEqualTo(dryRun("links", "from,to,type\nministry," + forged + ",FUNDS\n").replace(forged, "X"));
		String hiddenLink = linkIds("FUNDS").get(0);
		String forgedLink = "ministry~FUNDS~partner~~0123456789abcdef";
		assertThat(dryRun("links", "id,from,to,type\n" + hiddenLink + ",ministry,partner,FUNDS\n").replace(hiddenLink,
				"X"))
			.isEqualTo(dryRun("links", "id,from,to,type\n" + forgedLink + ",ministry,partner,FUNDS\n")
				.replace(forgedLink, "X"))
			.contains("reserved");
	}

	/**
	 * Every visible pair and every link type, in one dry run: before ids were sealed, the
	 * derived id of the hidden FUNDS link was refused, and so named it.
	 */
	@Test
	@WithMockUser(roles = "EDITOR")
	void everyPairAndTypeOfVisibleStakeholdersCanBeImported() throws Exception {
		var rows = new StringBuilder("from,to,type\n");
		List<String> visible = List.of("ministry", "ngo", "partner");
		int pairs = 0;
		for (String from : visible) {
			for (String to : visible) {
				if (!from.equals(to)) {
					for (LinkType type : LinkType.values()) {
						if (!type.symmetric() || from.compareTo(to) < 0) {
							rows.append(from).append(',').append(to).append(',').append(type.name()).append('\n');
							pairs++;
						}
					}
				}
			}
		}
		this.mvc
			.perform(multipart("/api/v1/imports").param("dryRun", "true")
				.file(new MockMultipartFile("links", "links.csv", "text/csv",
						rows.toString().getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.linksCreated").value(pairs - 2))
			.andExpect(jsonPath("$.linksUpdated").value(2));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aVisibleLinkCoexistsWithAHiddenOneOfTheSamePairAndType() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(file("links", "from,to,type,evidence\nministry,partner,FUNDS,open grant\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.linksCreated").value(1));
		assertThat(linkIds("FUNDS")).hasSize(2).contains("ministry~FUNDS~partner");
		// The editor sees its own link only.
		assertThat(body(get("/api/v1/export/links.csv"))).contains("open grant").doesNotContain("sealed-evidence");
	}

	@Test
	void whoMaySeeAHiddenRecordUpdatesItByTheIdItWasGiven() throws Exception {
		String before = storedId("Hidden Refuge");
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(file("stakeholders",
						"id,name,sector,countries,themes,confidentiality\n"
								+ "refuge,Hidden Refuge,CSO,KH,lgbtqi;shelter;legal-assistance,RESTRICTED\n"))
				.file(file("links",
						"from,to,type,evidence,confidentiality\n" + "ministry,refuge,COLLABORATES,new,RESTRICTED\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersCreated").value(0))
			.andExpect(jsonPath("$.stakeholdersUpdated").value(1))
			.andExpect(jsonPath("$.linksCreated").value(1));
		assertThat(storedId("Hidden Refuge")).isEqualTo(before);
		assertThat(count("MATCH (:Stakeholder {id: 'ministry'})-[:COLLABORATES]-(:Stakeholder {name: 'Hidden Refuge'})"
				+ " RETURN count(*)"))
			.isEqualTo(1);
		// A later file may name the stored hidden stakeholder by its given id too.
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(file("links", "from,to,type,confidentiality\npartner,refuge,SUPPORTS,RESTRICTED\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.linksCreated").value(1));
		// And an export imports back unchanged.
		var snapshot = this.store.readAll(Visibility.ALL);
		this.mvc
			.perform(multipart("/api/v1/imports").param("mode", "replace")
				.file(new MockMultipartFile("stakeholders", "s.csv", null,
						bytes(get("/api/v1/export/stakeholders.csv"))))
				.file(new MockMultipartFile("links", "l.csv", null, bytes(get("/api/v1/export/links.csv")))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersUnchanged").value(4))
			.andExpect(jsonPath("$.linksUnchanged").value(snapshot.links().size()));
		assertThat(this.store.readAll(Visibility.ALL)).isEqualTo(snapshot);
	}

	/**
	 * Making a visible stakeholder RESTRICTED renames it rather than adding a second one;
	 * its links follow and are sealed, and its old id is then free for anyone.
	 */
	@Test
	void aRecordMadeRestrictedIsSealedInPlace() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports").file(file("stakeholders",
					"id,name,sector,countries,themes,confidentiality\nngo,Open NGO,CSO,KH,shelter,RESTRICTED\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersCreated").value(0))
			.andExpect(jsonPath("$.stakeholdersUpdated").value(1));
		assertThat(count("MATCH (s:Stakeholder {name: 'Open NGO'}) RETURN count(s)")).isEqualTo(1);
		assertThat(storedId("Open NGO")).matches("ngo\\.r[0-9a-f]{16}");
		assertThat(linkIds("COLLABORATES")).allMatch(id -> id.matches(".*~~[0-9a-f]{16}"));
		this.mvc
			.perform(multipart("/api/v1/imports").param("dryRun", "true")
				.file(file("stakeholders", "id,name,sector\nngo,Another NGO,CSO\n"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("editor")
					.roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersCreated").value(1));
	}

	/** A database from before sealing is sealed when the service starts. */
	@Test
	void hiddenRecordsStoredBeforeSealingAreSealedAtStart() throws Exception {
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("""
					MATCH (a:Stakeholder {id: 'ngo'}), (b:Stakeholder {id: 'ministry'})
					CREATE (:Stakeholder {id: 'old-secret', name: 'Old Secret', sector: 'CSO',
					                      confidentiality: 'RESTRICTED'})
					CREATE (a)-[:LEADS {id: 'ngo~LEADS~ministry', confidentiality: 'RESTRICTED', status: 'ACTIVE',
					                    weight: 1.0}]->(b)
					""").consume());
		}
		((SmartInitializingSingleton) this.context.getBean("sealedIdMigration")).afterSingletonsInstantiated();
		assertThat(storedId("Old Secret")).matches("old-secret\\.r[0-9a-f]{16}");
		assertThat(linkIds("LEADS")).singleElement().asString().matches("ngo~LEADS~ministry~~[0-9a-f]{16}");
	}

	private List<String> linkIds(String type) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH ()-[r:" + type + "]->() RETURN r.id AS id ORDER BY id")
				.list(row -> row.get("id").asString()));
		}
	}

	private String dryRun(String part, String content) throws Exception {
		return this.mvc.perform(multipart("/api/v1/imports").param("dryRun", "true").file(file(part, content)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] bytes(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private String body(RequestBuilder request) throws Exception {
		return new String(bytes(request), StandardCharsets.UTF_8);
	}

	private static MockMultipartFile file(String part, String content) {
		return new MockMultipartFile(part, part + ".csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private static ImportFile csv(String content) {
		return new ImportFile("f.csv", content.getBytes(StandardCharsets.UTF_8));
	}

}
