package org.partnergraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the schema up to date with the versioned Cypher migrations of the {@code cypher}
 * module before anything else touches the database.
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final String LOCATION = "neo4j/migrations";

	public SchemaMigrations(Driver driver) {
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + LOCATION)
			// Spring's resolver also finds the files inside the nested jars of the
			// packaged service.
			.withResourceScanner(SchemaMigrations::scan)
			.withAutocrlf(true)
			.build();
		long started = System.nanoTime();
		var applied = new Migrations(config, driver).apply();
		long millis = (System.nanoTime() - started) / 1_000_000;
		applied.ifPresent(
				version -> log.info("Database schema is at version {} (checked in {} ms)", version.getValue(), millis));
	}

	private static List<URL> scan(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
		var urls = new ArrayList<URL>();
		try {
			for (var resource : resolver.getResources("classpath*:" + LOCATION + "/*.cypher")) {
				urls.add(resource.getURL());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the schema migrations", ex);
		}
		return urls;
	}

}
