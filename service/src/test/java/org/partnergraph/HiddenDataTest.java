package org.partnergraph;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.importer.SeedLoader;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests that compare what a caller gets before and after data it may not see arrives:
 * the seed, an import of hidden records as the system, and the comparison, answer by
 * answer.
 */
public abstract class HiddenDataTest extends IntegrationTest {

	@Autowired
	protected SeedLoader seed;

	@Autowired
	protected ImportService imports;

	protected void loadSeed() throws java.io.IOException {
		this.seed.load(ImportMode.MERGE);
	}

	/** Imports records whoever the test runs as; {@code links} may be null. */
	protected void importHidden(String stakeholders, String links) {
		this.imports.importCsv(new ImportFile("hidden-stakeholders.csv", stakeholders.getBytes(StandardCharsets.UTF_8)),
				links == null ? null : new ImportFile("hidden-links.csv", links.getBytes(StandardCharsets.UTF_8)),
				ImportMode.MERGE, false, Visibility.ALL);
	}

	/** The same requests, and each answered the same, named in the failure. */
	protected static void assertSameAnswers(Map<String, String> before, Map<String, String> after) {
		assertThat(after.keySet()).isEqualTo(before.keySet());
		for (var request : before.entrySet()) {
			assertThat(after.get(request.getKey())).as(request.getKey()).isEqualTo(request.getValue());
		}
	}

}
