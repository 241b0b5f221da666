package org.partnergraph.database;

import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The database running inside this process, and the loopback Bolt address it answers on.
 *
 * @param service the running Neo4j
 * @param boltPort the port Bolt listens on at 127.0.0.1
 * @param password the password of the database user {@code neo4j}
 */
public record EmbeddedDatabase(DatabaseManagementService service, int boltPort, String password) {

	@Override
	public String toString() {
		return "EmbeddedDatabase[boltPort=" + this.boltPort + "]";
	}

	public String boltUri() {
		return "bolt://127.0.0.1:" + this.boltPort;
	}

	public void shutdown() {
		this.service.shutdown();
	}

}
