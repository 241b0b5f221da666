package org.partnergraph.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.partnergraph.TestSecurity;
import org.partnergraph.database.EmbeddedDatabase;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Level;
import org.partnergraph.model.LinkStatus;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.problem.ConflictException;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeSets;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import too large for one transaction is written in parts and still seen whole or not
 * at all: what it staged is invisible to every reader until it is published, and what an
 * unfinished one staged is deleted. The threshold is lowered so a small file is staged.
 */
@SpringBootTest(properties = "partnergraph.import.stage-from=100")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSecurity.class)
@WithMockUser(username = "test-admin", roles = "ADMIN")
// A context of its own (for its property), so an embedded database of its own, closed
// after this class; it cannot share IntegrationTest's data directory with that context.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StagedImportIT {

	private static final int STAKEHOLDERS = 60;

	@DynamicPropertySource
	static void ownDataDirectory(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("partnergraph-staged-test-");
		dir.toFile().deleteOnExit();
		registry.add("partnergraph.data-dir", dir::toString);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Autowired
	GraphStore store;

	@Autowired
	ChangeSets changeSets;

	@Autowired
	EmbeddedDatabase embedded;

	@BeforeEach
	void wipeDatabase() {
		this.changeSets.awaitWritten();
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("""
					MATCH (n) WHERE n:Stakeholder OR n:StagedStakeholder OR n:Change OR n:ChangeSet OR n:ChangeSetPart
					DETACH DELETE n""").consume());
		}
		this.store.networkChanged();
	}

	@Autowired
	ImportService imports;

	@Test
	void aLargeImportOfNewRecordsIsStagedThenPublishedWhole() throws Exception {
		ImportReport report = importRing(ImportMode.REPLACE);
		assertThat(report.stakeholdersCreated()).isEqualTo(STAKEHOLDERS);
		assertThat(report.linksCreated()).isEqualTo(2 * STAKEHOLDERS);

		assertThat(count("MATCH (s:StagedStakeholder) RETURN count(s)")).isZero();
		assertThat(count("MATCH (s:Stakeholder) RETURN count(s)")).isEqualTo(STAKEHOLDERS);
		assertThat(count("MATCH (:Stakeholder)-[r:COLLABORATES|FUNDS]->(:Stakeholder) RETURN count(r)"))
			.isEqualTo(2 * STAKEHOLDERS);
		assertThat(count("MATCH (:Stakeholder)-[r:OPERATES_IN]->(:Country {code: 'KH'}) RETURN count(r)"))
			.isEqualTo(STAKEHOLDERS);
		this.changeSets.awaitWritten();
		assertThat(count("MATCH (p:ChangeSetPart) RETURN count(p)")).as("every history part is unpacked").isZero();
		this.mvc.perform(get("/api/v1/stakeholders/org-7"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Organisation 7"))
			.andExpect(jsonPath("$.themes[*].id").value(org.hamcrest.Matchers.contains("shelter")));
		this.mvc.perform(get("/api/v1/analysis/summary")).andExpect(jsonPath("$.nodes").value(STAKEHOLDERS));
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "Organisation 7"))
			.andExpect(jsonPath("$.content[0].id").value("org-7"));

		// Its history is one change per record, under the import's id, and reverts whole.
		this.mvc.perform(get("/api/v1/changes").param("importId", report.importId()).param("limit", "500"))
			.andExpect(jsonPath("$", hasSize(3 * STAKEHOLDERS)));
		this.mvc.perform(post("/api/v1/imports/" + report.importId() + "/revert"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reverted").value(3 * STAKEHOLDERS));
		assertThat(count("MATCH (s:Stakeholder) RETURN count(s)")).isZero();
	}

	@Test
	void anImportThatChangesStoredRecordsIsWrittenInOneTransaction() throws Exception {
		importRing(ImportMode.REPLACE);
		// The same ring renamed: every record is an update, which staging would show
		// half-done.
		ImportReport renamed = this.imports.importCsv(csv("s.csv", stakeholders().replace("Organisation ", "Renamed ")),
				csv("l.csv", links()), ImportMode.MERGE, false, Visibility.ALL);
		assertThat(renamed.stakeholdersUpdated()).isEqualTo(STAKEHOLDERS);
		assertThat(count("MATCH (s:Stakeholder) WHERE s.name STARTS WITH 'Renamed' RETURN count(s)"))
			.isEqualTo(STAKEHOLDERS);
		assertThat(count("MATCH (s:StagedStakeholder) RETURN count(s)")).isZero();
	}

	@Test
	void whatAnUnfinishedImportStagedIsSeenByNoReaderAndDeletedAtStart() throws Exception {
		this.imports.importCsv(csv("s.csv", """
				id,name,sector,countries
				ministry,Open Ministry,JUSTICE,KH
				ngo,Open NGO,CSO,KH
				"""), csv("l.csv", """
				from,to,type
				ministry,ngo,COLLABORATES
				"""), ImportMode.MERGE, false, Visibility.ALL);
		// What a service stopped part-way through a staged import leaves behind.
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("""
					MATCH (kh:Country {code: 'KH'}), (ngo:Stakeholder {id: 'ngo'})
					CREATE (a:StagedStakeholder {id: 'staged-a', name: 'Staged Alpha', sector: 'CSO',
					                             confidentiality: 'PUBLIC', revision: 1})-[:OPERATES_IN]->(kh)
					CREATE (b:StagedStakeholder {id: 'staged-b', name: 'Staged Beta', sector: 'PRIVATE',
					                             confidentiality: 'PUBLIC', revision: 1})-[:OPERATES_IN]->(kh)
					CREATE (a)-[:COLLABORATES {id: 'staged-link', weight: 1.0, status: 'ACTIVE',
					                           confidentiality: 'PUBLIC', revision: 1}]->(b)
					CREATE (:ChangeSetPart {set: 'unopened-import', index: 0, rows: [1, 2]})
					WITH 1 AS one
					MATCH (m:PartnerGraphMeta {key: 'data'}) SET m.version = m.version + 1""").consume());
		}
		this.store.networkChanged();
		this.mvc.perform(get("/api/v1/network").param("country", "KH"))
			.andExpect(jsonPath("$.nodes", hasSize(2)))
			.andExpect(jsonPath("$.edges", hasSize(1)));
		this.mvc.perform(get("/api/v1/analysis/summary").param("cache", "false"))
			.andExpect(jsonPath("$.nodes").value(2));
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "Staged")).andExpect(jsonPath("$.content", hasSize(0)));
		this.mvc.perform(get("/api/v1/stakeholders/staged-a")).andExpect(status().isNotFound());

		this.imports.discardUnfinishedImport();
		assertThat(count("MATCH (s:StagedStakeholder) RETURN count(s)")).isZero();
		assertThat(count("MATCH ()-[r {id: 'staged-link'}]->() RETURN count(r)")).isZero();
		assertThat(count("MATCH (p:ChangeSetPart) RETURN count(p)")).isZero();
		assertThat(count("MATCH (s:Stakeholder) RETURN count(s)")).isEqualTo(2);
	}

	@ParameterizedTest(name = "staged in process: {0}")
	@ValueSource(booleans = { false, true })
	void anImportThatCannotBePublishedLeavesNothingBehind(boolean inProcess) {
		// A stakeholder written with one of the import's ids after the import was
		// checked (here, before its writing starts, which the import cannot tell
		// apart).
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("""
					CREATE (:Stakeholder {id: 'org-1', name: 'Written Meanwhile', sector: 'CSO',
					                      confidentiality: 'PUBLIC', revision: 1})""").consume());
		}
		var stakeholders = List.of(stakeholder("org-1"), stakeholder("org-2"));
		var links = List.of(new LinkRecord("l-1", "org-1", "org-2", LinkType.COLLABORATES, 1.0, null, null, null, null,
				null, null));
		var work = new StagedImport.Work("import-that-fails", stakeholders, links,
				new ImportHistory(new NetworkSnapshot(List.of(), List.of()), stakeholders),
				Map.of("stakeholdersCreated", 2L, "linksCreated", 1L));

		var staged = new StagedImport(this.driver, this.changeSets,
				inProcess ? new InProcessStaging(this.embedded) : null);
		assertThatThrownBy(() -> staged.write(work)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("nothing was imported");
		assertThat(count("MATCH (s:StagedStakeholder) RETURN count(s)")).isZero();
		assertThat(count("MATCH (p:ChangeSetPart) RETURN count(p)")).isZero();
		assertThat(count("MATCH (c:ChangeSet) RETURN count(c)")).isZero();
		assertThat(count("MATCH ()-[r {id: 'l-1'}]->() RETURN count(r)")).isZero();
		assertThat(count("MATCH (s:Stakeholder) RETURN count(s)")).isEqualTo(1);
		assertThat(count("MATCH (s:Stakeholder {id: 'org-1', name: 'Written Meanwhile'}) RETURN count(s)"))
			.isEqualTo(1);
	}

	@Test
	void theEmbeddedDatabaseStagesExactlyWhatCypherStages() {
		new StagedImport(this.driver, this.changeSets, new InProcessStaging(this.embedded))
			.write(everyKindOfRecord("staged-in-process"));
		List<Map<String, Object>> writtenInProcess = storedNetwork();
		wipeDatabase();
		new StagedImport(this.driver, this.changeSets).write(everyKindOfRecord("staged-through-cypher"));
		List<Map<String, Object>> writtenThroughCypher = storedNetwork();

		assertThat(writtenInProcess).hasSize(40 + 120);
		assertThat(writtenInProcess).isEqualTo(writtenThroughCypher);
	}

	/**
	 * Forty stakeholders and 120 links with every field set or left out in turn, lists,
	 * dates, long texts and custom attributes among them, for an import {@code importId}.
	 */
	private static StagedImport.Work everyKindOfRecord(String importId) {
		var stakeholders = new ArrayList<StakeholderRecord>();
		var links = new ArrayList<LinkRecord>();
		Sector[] sectors = Sector.values();
		Level[] levels = Level.values();
		Confidentiality[] confidentiality = Confidentiality.values();
		LinkType[] types = LinkType.values();
		LinkStatus[] statuses = LinkStatus.values();
		for (int i = 0; i < 40; i++) {
			boolean full = i % 2 == 0;
			stakeholders.add(new StakeholderRecord("org-" + i, "Organisation " + i + " (é, 中文)",
					sectors[i % sectors.length], full ? "O" + i : null,
					full ? List.of("Alias " + i, "Other name " + i) : List.of(), (i % 3 == 0) ? "Subsector " + i : null,
					full ? levels[i % levels.length] : null, (i % 4 == 0) ? List.of("KH", "TH", "VN") : List.of("KH"),
					(i % 5 == 0) ? List.of() : List.of("shelter", "cyber-trafficking"),
					full ? "https://example.org/" + i : null,
					(i % 3 == 1) ? "A description too long for a short string " + "x".repeat(i) : null, "Evidence " + i,
					confidentiality[i % confidentiality.length],
					(i % 4 == 1) ? Map.of("Region", "North " + i, "Budget code", "B-" + i) : Map.of()));
		}
		for (int i = 0; i < 120; i++) {
			boolean full = i % 2 == 1;
			links.add(new LinkRecord("link-" + i, "org-" + (i % 40), "org-" + ((i * 7 + 1) % 40),
					types[i % types.length], 0.5 + i % 3, full ? LocalDate.of(2020, 1 + i % 12, 1 + i % 28) : null,
					(i % 3 == 0) ? LocalDate.of(2027, 6, 30) : null, statuses[i % statuses.length],
					full ? "Evidence of link " + i : null, (i % 4 == 0) ? 0.25 * (i % 5) : null,
					confidentiality[i % confidentiality.length], (i % 5 == 2) ? Map.of("Channel", "C" + i) : Map.of()));
		}
		return new StagedImport.Work(importId, stakeholders, links,
				new ImportHistory(new NetworkSnapshot(List.of(), List.of()), stakeholders),
				Map.of("stakeholdersCreated", (long) stakeholders.size(), "linksCreated", (long) links.size()));
	}

	/**
	 * Every stakeholder, staged or not, and every link among them as stored: labels or
	 * type, ends, each property with its stored type, countries and themes.
	 */
	private List<Map<String, Object>> storedNetwork() {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> {
				var records = new ArrayList<Map<String, Object>>();
				tx.run("""
						MATCH (s) WHERE s:Stakeholder OR s:StagedStakeholder
						RETURN {id: s.id, labels: labels(s), properties: properties(s),
						        types: [k IN keys(s) | k + ': ' + valueType(s[k])],
						        countries: COLLECT { MATCH (s)-[:OPERATES_IN]->(c) RETURN c.code ORDER BY c.code },
						        themes: COLLECT { MATCH (s)-[:WORKS_ON]->(t) RETURN t.id ORDER BY t.id }} AS record
						ORDER BY s.id""").forEachRemaining(row -> records.add(row.get("record").asMap()));
				tx.run("""
						MATCH (a)-[r]->(b) WHERE (a:Stakeholder OR a:StagedStakeholder)
						                     AND (b:Stakeholder OR b:StagedStakeholder)
						RETURN {id: r.id, type: type(r), from: a.id, to: b.id, properties: properties(r),
						        types: [k IN keys(r) | k + ': ' + valueType(r[k])]} AS record
						ORDER BY r.id""").forEachRemaining(row -> records.add(row.get("record").asMap()));
				return records.stream().map(StagedImportIT::sortedTypes).toList();
			});
		}
	}

	private static Map<String, Object> sortedTypes(Map<String, Object> record) {
		var sorted = new TreeMap<String, Object>(record);
		sorted.computeIfPresent("types",
				(key, value) -> ((List<?>) value).stream().map(String::valueOf).sorted().toList());
		return sorted;
	}

	private static StakeholderRecord stakeholder(String id) {
		return new StakeholderRecord(id, "Organisation " + id, Sector.CSO, null, List.of(), null, null, List.of("KH"),
				List.of(), null, null, null, Confidentiality.PUBLIC);
	}

	/** A ring of stakeholders, each tied to the next two: 3 records per stakeholder. */
	private ImportReport importRing(ImportMode mode) {
		return this.imports.importCsv(csv("s.csv", stakeholders()), csv("l.csv", links()), mode, false, Visibility.ALL);
	}

	private static String stakeholders() {
		var csv = new StringBuilder("id,name,sector,countries,themes\n");
		for (int i = 0; i < STAKEHOLDERS; i++) {
			csv.append("org-%d,Organisation %d,%s,KH,shelter\n".formatted(i, i, (i % 2 == 0) ? "CSO" : "JUSTICE"));
		}
		return csv.toString();
	}

	private static String links() {
		var csv = new StringBuilder("from,to,type\n");
		for (int i = 0; i < STAKEHOLDERS; i++) {
			csv.append("org-%d,org-%d,COLLABORATES\n".formatted(i, (i + 1) % STAKEHOLDERS));
			csv.append("org-%d,org-%d,FUNDS\n".formatted(i, (i + 2) % STAKEHOLDERS));
		}
		return csv.toString();
	}

	private long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
		}
	}

	private static ImportFile csv(String name, String text) {
		return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

}
