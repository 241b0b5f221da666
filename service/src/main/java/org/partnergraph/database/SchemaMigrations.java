package org.partnergraph.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the schema up to date with the versioned Cypher migrations of the {@code cypher}
 * module before anything else touches the database.
 *
 * <p>
 * The embedded database has no other writer, so once its schema has been brought up to
 * date with this build's migrations, a later start with the same migrations need not
 * check again: the check (the migration chain read and verified through Cypher, each
 * query compiled in a cold JVM) took about a third of a start on an existing data
 * directory. A digest of the migrations applied is kept in
 * {@code data/schema-migrations.applied}, beside Neo4j's own files so that it goes when
 * they go; a start whose migrations differ from it (a new build, or the file missing)
 * checks and applies them as before. An external database, which other processes may
 * migrate, is checked on every start.
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final String LOCATION = "neo4j/migrations";

	static final String APPLIED_FILE = "schema-migrations.applied";

	public SchemaMigrations(Driver driver, ObjectProvider<EmbeddedDatabase> embedded,
			PartnerGraphProperties properties) {
		long started = System.nanoTime();
		List<URL> migrations = scan(List.of(LOCATION));
		Path applied = embedded.getIfAvailable() == null ? null
				: properties.dataDir().toAbsolutePath().normalize().resolve("data").resolve(APPLIED_FILE);
		String digest = digest(migrations);
		if (applied != null && digest.equals(read(applied))) {
			log.info("Database schema is up to date with this build's migrations (known from {}, {} ms)", applied,
					(System.nanoTime() - started) / 1_000_000);
			return;
		}
		// The embedded database starts while the service is set up: its start is not part
		// of the time the migrations take.
		embedded.ifAvailable(EmbeddedDatabase::awaitStarted);
		started = System.nanoTime();
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + LOCATION)
			// Spring's resolver also finds the files inside the nested jars of the
			// packaged service.
			.withResourceScanner(SchemaMigrations::scan)
			.withAutocrlf(true)
			.build();
		var version = new Migrations(config, driver).apply();
		long millis = (System.nanoTime() - started) / 1_000_000;
		version.ifPresent(
				value -> log.info("Database schema is at version {} (checked in {} ms)", value.getValue(), millis));
		if (applied != null) {
			write(applied, digest);
		}
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

	/** A digest of the migrations' names and contents, in name order. */
	static String digest(List<URL> migrations) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			var sorted = new ArrayList<>(migrations);
			sorted.sort(Comparator.comparing(SchemaMigrations::fileName));
			for (URL migration : sorted) {
				sha.update(fileName(migration).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				try (InputStream in = migration.openStream()) {
					sha.update(in.readAllBytes());
				}
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the schema migrations", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String fileName(URL url) {
		String path = url.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
		}
		catch (IOException ex) {
			// Unreadable: check the schema, as if it were new.
			return null;
		}
	}

	private static void write(Path file, String digest) {
		try {
			Files.writeString(file, digest + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
