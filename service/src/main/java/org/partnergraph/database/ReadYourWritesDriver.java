package org.partnergraph.database;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.Driver;
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
final class ReadYourWritesDriver extends ForwardingDriver {

	private final SessionConfig sharedBookmarks;

	ReadYourWritesDriver(Driver driver) {
		super(driver);
		// The manager executableQuery uses too, so both ways of querying see each other's
		// writes.
		this.sharedBookmarks = SessionConfig.builder()
			.withBookmarkManager(driver.executableQueryBookmarkManager())
			.build();
	}

	@Override
	public <T extends BaseSession> T session(Class<T> sessionClass, SessionConfig config, AuthToken authToken) {
		SessionConfig effective = SessionConfig.defaultConfig().equals(config) ? this.sharedBookmarks : config;
		return super.session(sessionClass, effective, authToken);
	}

}
