package org.partnergraph.database;

import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;

/**
 * A driver that hands every call to another, for decorators that change one thing about
 * it: {@link #beforeReachingDatabase()} runs before each call that reaches the database
 * (a session, a query, a check), and the rest is the wrapped driver's.
 */
abstract class ForwardingDriver implements Driver {

	private final Driver driver;

	ForwardingDriver(Driver driver) {
		this.driver = driver;
	}

	/** Runs before each call that reaches the database; by default nothing. */
	protected void beforeReachingDatabase() {
	}

	@Override
	public <T extends BaseSession> T session(Class<T> sessionClass, SessionConfig config, AuthToken authToken) {
		beforeReachingDatabase();
		return this.driver.session(sessionClass, config, authToken);
	}

	@Override
	public ExecutableQuery executableQuery(String query) {
		beforeReachingDatabase();
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
		beforeReachingDatabase();
		this.driver.verifyConnectivity();
	}

	@Override
	public CompletionStage<Void> verifyConnectivityAsync() {
		beforeReachingDatabase();
		return this.driver.verifyConnectivityAsync();
	}

	@Override
	public boolean verifyAuthentication(AuthToken authToken) {
		beforeReachingDatabase();
		return this.driver.verifyAuthentication(authToken);
	}

	@Override
	public boolean supportsSessionAuth() {
		beforeReachingDatabase();
		return this.driver.supportsSessionAuth();
	}

	@Override
	public boolean supportsMultiDb() {
		beforeReachingDatabase();
		return this.driver.supportsMultiDb();
	}

	@Override
	public CompletionStage<Boolean> supportsMultiDbAsync() {
		beforeReachingDatabase();
		return this.driver.supportsMultiDbAsync();
	}

}
