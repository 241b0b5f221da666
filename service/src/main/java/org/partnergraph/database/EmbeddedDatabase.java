package org.partnergraph.database;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.ResultTransformer;
import org.neo4j.graphdb.Transaction;

/**
 * The database running inside this process, and the loopback Bolt address it answers on.
 *
 * <p>
 * Neo4j starts on a thread of its own ({@link EmbeddedNeo4jConfiguration}), so that the
 * rest of the service is set up meanwhile: the port and the password are known before it
 * has started, and whatever needs the database itself waits in {@link #awaitStarted()}
 * (the driver does, before its first session), which also throws what stopped the start.
 */
public final class EmbeddedDatabase {

	private final CompletableFuture<DatabaseManagementService> service;

	private final int boltPort;

	private final String password;

	EmbeddedDatabase(CompletableFuture<DatabaseManagementService> service, int boltPort, String password) {
		this.service = service;
		this.boltPort = boltPort;
		this.password = password;
	}

	@Override
	public String toString() {
		return "EmbeddedDatabase[boltPort=" + this.boltPort + "]";
	}

	/** The port Bolt listens on at 127.0.0.1. */
	public int boltPort() {
		return this.boltPort;
	}

	/** The password of the database user {@code neo4j}. */
	public String password() {
		return this.password;
	}

	public String boltUri() {
		return "bolt://127.0.0.1:" + this.boltPort;
	}

	/** The running Neo4j, once it has started. */
	public DatabaseManagementService service() {
		awaitStarted();
		return this.service.join();
	}

	/**
	 * Runs one read transaction on the network's database in this process, not through
	 * Bolt: for a small read that a request waits on. Through the driver each of its
	 * messages crosses the loopback socket and the driver's and Bolt's threads, a few
	 * milliseconds in all on a busy machine. It sees every committed write, Bolt's
	 * included.
	 */
	public <T> T readInProcess(String cypher, ResultTransformer<T> transformer) {
		return service().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
			.executeTransactionally(cypher, Map.of(), transformer);
	}

	/**
	 * Runs {@code work} in one read transaction on the network's database in this
	 * process, through Neo4j's own API rather than Cypher: for a read of the whole
	 * network, which Cypher makes several times slower. The transaction is rolled back,
	 * whatever {@code work} does. For threads of its own, {@code work} may open more
	 * transactions from the supplier it is given, and closes them.
	 */
	public <T> T readInProcess(BiFunction<Transaction, Supplier<Transaction>, T> work) {
		GraphDatabaseService database = service().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		try (Transaction tx = database.beginTx()) {
			return work.apply(tx, database::beginTx);
		}
	}

	/**
	 * Runs {@code work} in one write transaction on the network's database in this
	 * process, through Neo4j's own API, and commits it when {@code work} returns: for a
	 * large write of new records, which Cypher through Bolt makes several times slower.
	 * If {@code work} throws, nothing it wrote is committed.
	 */
	public <T> T writeInProcess(Function<Transaction, T> work) {
		GraphDatabaseService database = service().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		try (Transaction tx = database.beginTx()) {
			T result = work.apply(tx);
			tx.commit();
			return result;
		}
	}

	/**
	 * Waits until Neo4j has started, or throws what stopped it: the same exception the
	 * start threw, such as a {@link org.partnergraph.startup.StartupProblem}, so that it
	 * is reported as it was when Neo4j started on the main thread.
	 */
	public void awaitStarted() {
		try {
			this.service.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/** Stops Neo4j, after its start has ended if it is still starting. */
	public void shutdown() {
		DatabaseManagementService running;
		try {
			running = this.service.join();
		}
		catch (CompletionException ex) {
			// It never started: nothing to stop.
			return;
		}
		running.shutdown();
	}

}
