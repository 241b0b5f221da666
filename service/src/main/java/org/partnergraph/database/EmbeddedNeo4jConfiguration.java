package org.partnergraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j Community inside the service when no external database is configured.
 *
 * <p>
 * The service still talks to it through the driver over Bolt, exactly as it talks to an
 * external server, so every query runs the same way in both set-ups and Neo4j Browser or
 * cypher-shell can open the same data. Bolt listens on 127.0.0.1 only.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/**
	 * Starts Neo4j on a thread of its own and returns at once: the rest of the service is
	 * set up while Neo4j starts (about a third of a start on an existing data directory,
	 * most of it its own), and the driver waits for it before its first session. The
	 * checks that a person can act on (the data directory, a busy Bolt port) run here
	 * first, so they still stop the start at once; a failure of Neo4j's own start is
	 * thrown, as the same one-line problem, where the database is first needed.
	 */
	@Bean(destroyMethod = "shutdown")
	EmbeddedDatabase embeddedNeo4j(PartnerGraphProperties properties) {
		int port = properties.boltPort() == 0 ? freeLoopbackPort() : properties.boltPort();
		var home = properties.dataDir().toAbsolutePath().normalize();
		EmbeddedStartProblems.checkDataDirectory(home);
		if (properties.boltPort() != 0) {
			EmbeddedStartProblems.checkBoltPort(port);
		}
		String password = BoltPassword.resolve(properties, home);
		var service = new CompletableFuture<DatabaseManagementService>();
		var starter = new Thread(() -> {
			try {
				service.complete(start(home, port, password));
			}
			catch (RuntimeException | Error ex) {
				service.completeExceptionally(ex);
			}
		}, "embedded-neo4j-start");
		// Not a daemon, as the main thread is not, so that Neo4j's own threads, which
		// inherit it, are what they were. The start is not left running when the service
		// fails before it needs the database: closing the context waits for it and stops
		// it (EmbeddedDatabase.shutdown()).
		starter.start();
		return new EmbeddedDatabase(service, port, password);
	}

	/** The bean's start, done before the first query (see {@link EmbeddedDatabase}). */
	@Bean
	SmartInitializingSingleton embeddedNeo4jStarted(EmbeddedDatabase embeddedNeo4j) {
		return embeddedNeo4j::awaitStarted;
	}

	private static DatabaseManagementService start(Path home, int port, String password) {
		log.info("Starting embedded Neo4j in {} with Bolt on 127.0.0.1:{}", home, port);
		long started = System.nanoTime();
		DatabaseManagementService service;
		try {
			service = build(home, port);
		}
		catch (RuntimeException ex) {
			throw EmbeddedStartProblems.explain(ex, home, port);
		}
		try {
			BoltPassword.apply(service, password, home);
		}
		catch (RuntimeException | Error ex) {
			service.shutdown();
			throw ex;
		}
		// The largest part of the start: kept in the log so a slow start can be told
		// apart.
		log.info("Embedded Neo4j started in {} ms", (System.nanoTime() - started) / 1_000_000);
		return service;
	}

	private static DatabaseManagementService build(Path home, int port) {
		return new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
			// Loopback alone is not enough: other local users must not read RESTRICTED
			// data through Bolt.
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
			// Neo4j's anonymous usage reports ("Anonymous Usage Data is being sent to
			// Neo4j" in its
			// debug.log): a programme's database calls no one, and the start makes no
			// network attempt.
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.build();
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedDatabase embeddedNeo4j) {
		// Through SLF4J, so the driver's debug lines are skipped at the level set for
		// org.neo4j: by default (the JDK's System.Logger) it formatted every statement's
		// parameters, an import's 2,000-row batches included, only for them to be
		// dropped, and that took most of its I/O thread during an import.
		var config = Config.builder().withMaxConnectionPoolSize(50).withLogging(Logging.slf4j()).build();
		// Connects to nothing yet: its sessions wait for Neo4j's start.
		return new AwaitingStartDriver(GraphDatabase.driver(embeddedNeo4j.boltUri(),
				AuthTokens.basic("neo4j", embeddedNeo4j.password()), config), embeddedNeo4j);
	}

	private static int freeLoopbackPort() {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for Bolt", ex);
		}
	}

}
