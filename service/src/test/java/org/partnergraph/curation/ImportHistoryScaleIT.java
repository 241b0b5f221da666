package org.partnergraph.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.generator.SyntheticNetwork;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportReport;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeLog;
import org.partnergraph.store.ChangeSets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the history costs an import. The test profile caps an import at 1,000 rows a file,
 * so the share is measured on such an import, and the cost at the scale of 10,000
 * organisations and 50,000 links by writing as many changes the way an import does.
 */
class ImportHistoryScaleIT extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(ImportHistoryScaleIT.class);

	@Autowired
	ImportService imports;

	@Autowired
	ChangeSets changeSets;

	@Test
	void anImportRecordsEachRecordOnceAndNoMoreWhenNothingChanged() throws Exception {
		Path dir = Files.createTempDirectory("history-scale");
		SyntheticNetwork.generate(900, 900, 7).writeCsv(dir);
		var stakeholders = new ImportFile("stakeholders.csv", Files.readAllBytes(dir.resolve("stakeholders.csv")));
		var links = new ImportFile("links.csv", Files.readAllBytes(dir.resolve("links.csv")));
		long started = System.nanoTime();
		ImportReport report = this.imports.importCsv(stakeholders, links, ImportMode.REPLACE, false, Visibility.ALL);
		// The history is written after the import has answered; its readers wait for it.
		this.changeSets.awaitWritten();
		log.info("Import of {} stakeholders and {} links, history included: {} ms", report.stakeholdersCreated(),
				report.linksCreated(), (System.nanoTime() - started) / 1_000_000);
		assertThat(count("MATCH (c:Change) RETURN count(c)"))
			.isEqualTo(report.stakeholdersCreated() + report.linksCreated());
		assertThat(this.imports.importCsv(stakeholders, links, ImportMode.REPLACE, false, Visibility.ALL).importId())
			.isNull();
	}

	@Test
	void sixtyThousandChangesAreWrittenInOneTransaction() {
		var entries = sixtyThousandChanges();
		long started = System.nanoTime();
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> {
				ChangeLog.record(tx, new ChangeLog.Origin("scale", OffsetDateTime.now(), "import", "scale"), entries);
				return null;
			});
		}
		log.info("60,000 changes written in {} ms", (System.nanoTime() - started) / 1_000_000);
		assertThat(count("MATCH (c:Change {importId: 'scale'}) RETURN count(c)")).isEqualTo(60_000);
	}

	/**
	 * An import's history at the scale of 10,000 organisations and 50,000 links, as an
	 * import writes it: packed in the import's transaction, then written out in
	 * transactions of its own.
	 */
	@Test
	void sixtyThousandChangesOfAnImportAreWrittenAfterItsTransaction() {
		var entries = sixtyThousandChanges();
		long started = System.nanoTime();
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> {
				ChangeSets.open(tx, new ChangeLog.Origin("scale", OffsetDateTime.now(), "import", "scale-set"), entries,
						Map.of());
				return null;
			});
		}
		long packed = System.nanoTime();
		this.changeSets.complete();
		log.info("60,000 changes of an import: packed in its transaction in {} ms, written out in {} ms",
				(packed - started) / 1_000_000, (System.nanoTime() - packed) / 1_000_000);
		assertThat(count("MATCH (c:Change {importId: 'scale-set'}) RETURN count(c)")).isEqualTo(60_000);
		assertThat(count("MATCH (c:Change {importId: 'scale-set'}) RETURN max(c.seq) - min(c.seq) + 1"))
			.isEqualTo(60_000);
		assertThat(count("MATCH (c:Change {recordId: 'record-59999'}) WHERE c.fields CONTAINS 'Organisation 59999' "
				+ "RETURN count(c)"))
			.isOne();
	}

	private static List<ChangeLog.Entry> sixtyThousandChanges() {
		var entries = new ArrayList<ChangeLog.Entry>();
		for (int i = 0; i < 60_000; i++) {
			entries.add(new ChangeLog.Entry(
					"CREATE", i < 10_000 ? "stakeholder" : "link", "record-" + i, i < 10_000 ? null : "FUNDS",
					List.of("PUBLIC"), Map.of("name", Map.of("to", "Organisation " + i), "sector", Map.of("to", "CSO"),
							"countries", Map.of("to", List.of("KH", "TH")), "themes", Map.of("to", List.of("shelter"))),
					null));
		}
		return entries;
	}

}
