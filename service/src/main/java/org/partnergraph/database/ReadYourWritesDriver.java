package org.partnergraph.database;

import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;

/**
 * A driver whose plain sessions all share one bookmark manager, so every read of this
 * service sees every write this service has committed before it.
 * <p>
 * One Neo4j server sees its own writes anyway. A cluster reached through {@code neo4j://}
 * sends reads to secondaries, which may not yet hold a write that has just committed on
 * the primary: without bookmarks, the read after an edit could return the old record and
 * its old ETag, and an analysis could cache a projection older than the data version it
 * is filed under. With them, the secondary waits until it has caught up.
 * <p>
 * Only sessions opened with the default configuration, as all of this service's are, are
 * given the shared manager; a session opened with a configuration of its own keeps it.
 */
final class ReadYourWritesDriver implements Driver {

	private final Driver driver;

	private final SessionConfig sharedBookmarks;

	ReadYourWritesDriver(Driver driver) {
		this.driver = driver;
		// The manager executableQuery uses too, so both ways of querying see each other's
		// writes.
		this.sharedBookmarks = SessionConfig.builder()
			.withBookmarkManager(driver.executableQueryBookmarkManager())
			.build();
	}

	@Override
	public <T extends BaseSession> T session(Class<T> sessionClass, SessionConfig config, AuthToken authToken) {
		SessionConfig effective = SessionConfig.defaultConfig().equals(config) ? this.sharedBookmarks : config;
		return this.driver.session(sessionClass, effective, authToken);
	}

	@Override
	public ExecutableQuery executableQuery(String query) {
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
		this.driver.verifyConnectivity();
	}

	@Override
	public CompletionStage<Void> verifyConnectivityAsync() {
		return this.driver.verifyConnectivityAsync();
	}

	@Override
	public boolean verifyAuthentication(AuthToken authToken) {
		return this.driver.verifyAuthentication(authToken);
	}

	@Override
	public boolean supportsSessionAuth() {
		return this.driver.supportsSessionAuth();
	}

	@Override
	public boolean supportsMultiDb() {
		return this.driver.supportsMultiDb();
	}

	@Override
	public CompletionStage<Boolean> supportsMultiDbAsync() {
		return this.driver.supportsMultiDbAsync();
	}

}
