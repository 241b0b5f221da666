package org.partnergraph.database;

import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;

/**
 * The driver of the embedded database, made while Neo4j is still starting: whatever
 * reaches the database through it (a session, a query, a connectivity check) first waits
 * until the start has ended, and gets the start's failure if it failed. Creating the
 * driver connects to nothing, so the beans that hold it are made during Neo4j's start.
 */
final class AwaitingStartDriver implements Driver {

	private final Driver driver;

	private final EmbeddedDatabase database;

	AwaitingStartDriver(Driver driver, EmbeddedDatabase database) {
		this.driver = driver;
		this.database = database;
	}

	@Override
	public <T extends BaseSession> T session(Class<T> sessionClass, SessionConfig config, AuthToken authToken) {
		this.database.awaitStarted();
		return this.driver.session(sessionClass, config, authToken);
	}

	@Override
	public ExecutableQuery executableQuery(String query) {
		this.database.awaitStarted();
		return this.driver.executableQuery(query);
	}

	@Override
	public BookmarkManager executableQueryBookmarkManager() {
		return this.driver.executableQueryBookmarkManager();
	}

	@Override
	public boolean isEncrypted() {
		return this.driver.isEncrypted();
	}

	@Override
	public void close() {
		this.driver.close();
	}

	@Override
	public CompletionStage<Void> closeAsync() {
		return this.driver.closeAsync();
	}

	@Override
	public void verifyConnectivity() {
		this.database.awaitStarted();
		this.driver.verifyConnectivity();
	}

	@Override
	public CompletionStage<Void> verifyConnectivityAsync() {
		this.database.awaitStarted();
		return this.driver.verifyConnectivityAsync();
	}

	@Override
	public boolean verifyAuthentication(AuthToken authToken) {
		this.database.awaitStarted();
		return this.driver.verifyAuthentication(authToken);
	}

	@Override
	public boolean supportsSessionAuth() {
		this.database.awaitStarted();
		return this.driver.supportsSessionAuth();
	}

	@Override
	public boolean supportsMultiDb() {
		this.database.awaitStarted();
		return this.driver.supportsMultiDb();
	}

	@Override
	public CompletionStage<Boolean> supportsMultiDbAsync() {
		this.database.awaitStarted();
		return this.driver.supportsMultiDbAsync();
	}

}
