package org.partnergraph.importer;

import java.io.IOException;
import java.io.InputStream;

import org.neo4j.driver.Driver;
import org.partnergraph.database.PartnerGraphProperties;
import org.partnergraph.security.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the seed network into a database that holds no stakeholder, when so configured.
 * It runs once every bean is ready but before the web server opens, so no request sees a
 * half-seeded network.
 */
@Component
public class SeedLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private static final String SEED = "partnergraph/seed/";

	private final Driver driver;

	private final ImportService imports;

	private final PartnerGraphProperties properties;

	SeedLoader(Driver driver, ImportService imports, PartnerGraphProperties properties) {
		this.driver = driver;
		this.imports = imports;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.seedOnEmpty() && isEmpty()) {
			long started = System.nanoTime();
			ImportReport report;
			try {
				report = load(ImportMode.MERGE);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException("Cannot read the seed data set from the jar", ex);
			}
			log.info("Loaded the seed network: {} stakeholders, {} links in {} ms", report.stakeholdersCreated(),
					report.linksCreated(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	/** Imports the seed data set that ships in the jar. */
	public ImportReport load(ImportMode mode) throws IOException {
		return this.imports.importCsv(seedFile("stakeholders.csv"), seedFile("links.csv"), mode, false, Visibility.ALL);
	}

	private boolean isEmpty() {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (s:Stakeholder) RETURN count(s) = 0 AS empty")
				.single()
				.get("empty")
				.asBoolean());
		}
	}

	private static ImportFile seedFile(String name) throws IOException {
		try (InputStream in = new ClassPathResource(SEED + name).getInputStream()) {
			return new ImportFile("seed/" + name, in.readAllBytes());
		}
	}

}
