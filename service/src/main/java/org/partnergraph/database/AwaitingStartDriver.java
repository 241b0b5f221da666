package org.partnergraph.database;

import org.neo4j.driver.Driver;

/**
 * The driver of the embedded database, made while Neo4j is still starting: whatever
 * reaches the database through it (a session, a query, a connectivity check) first waits
 * until the start has ended, and gets the start's failure if it failed. Creating the
 * driver connects to nothing, so the beans that hold it are made during Neo4j's start.
 */
final class AwaitingStartDriver extends ForwardingDriver {

	private final EmbeddedDatabase database;

	AwaitingStartDriver(Driver driver, EmbeddedDatabase database) {
		super(driver);
		this.database = database;
	}

	@Override
	protected void beforeReachingDatabase() {
		this.database.awaitStarted();
	}

}
