package org.partnergraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.partnergraph.audit.AuditService;
import org.partnergraph.store.ChangeSets;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that need the whole service and a real Neo4j. All of them share one
 * Spring context and so one database, wiped before each test.
 *
 * <p>
 * Requests run as an ADMIN unless a test says otherwise, and carry a CSRF token.
 *
 * <p>
 * By default the database is the service's own embedded Neo4j, in-process, on a fresh
 * data directory. With {@code -Dpartnergraph.test.neo4j=container} (where Docker runs)
 * the same tests run against a Neo4j server in a Testcontainers container instead,
 * through {@code spring.neo4j.uri}; with {@code -Dpartnergraph.test.neo4j=process},
 * against a Neo4j server in a process of its own ({@link Neo4jServerProcess}), which is
 * how CI runs the external-database path.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSecurity.class)
@WithMockUser(username = "test-admin", roles = "ADMIN")
public abstract class IntegrationTest {

	private static final Path DATA_DIR = createDataDir();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Driver driver;

	@Autowired
	protected GraphStore store;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
		if (TestDatabase.useContainer()) {
			TestDatabase.registerContainer(registry);
		}
		else if (TestDatabase.useProcess()) {
			TestDatabase.registerProcess(registry);
		}
	}

	@Autowired
	private AuditService audit;

	@Autowired
	private ChangeSets changeSets;

	@BeforeEach
	protected void wipeDatabase() {
		// The audit records of the test before are written now, not into this one's log;
		// so is the history of its last import, not into this one's database.
		this.audit.flush();
		this.changeSets.awaitWritten();
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> {
				tx.run("""
						MATCH (n) WHERE n:Stakeholder OR n:Country OR n:Theme OR n:AuditEvent OR n:Change OR n:ChangeSet
							OR n:ChangeSetPart OR n:MergedId OR n:StagedStakeholder
						DETACH DELETE n""").consume();
				// A change like any other, so caches of results drop what they hold.
				return tx.run("""
						MERGE (m:PartnerGraphMeta {key: 'data'})
						ON CREATE SET m.epoch = randomUUID()
						SET m.version = coalesce(m.version, 0) + 1""").consume();
			});
		}
		finally {
			this.store.networkChanged();
		}
	}

	/**
	 * Waits until the history of the last import is written: it is written after the
	 * import answers, in the background, so a test counting nodes would count it midway.
	 */
	protected void awaitHistory() {
		this.changeSets.awaitWritten();
	}

	protected NetworkSnapshot snapshot() {
		return this.store.readAll();
	}

	/**
	 * The id a stakeholder is stored under, found by its name: a RESTRICTED one's differs
	 * from the id it was imported with.
	 */
	protected String storedId(String name) {
		try (var session = this.driver.session()) {
			return session.executeRead(
					tx -> tx.run("MATCH (s:Stakeholder {name: $name}) RETURN s.id", java.util.Map.of("name", name))
						.single()
						.get(0)
						.asString());
		}
	}

	protected long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
		}
	}

	private static Path createDataDir() {
		try {
			Path dir = Files.createTempDirectory("partnergraph-test-");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
