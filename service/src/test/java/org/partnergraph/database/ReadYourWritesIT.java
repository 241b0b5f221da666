package org.partnergraph.database;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;
import org.partnergraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every session of the service carries the bookmarks of every write before it, which is
 * what makes a read on a cluster's secondary wait for this service's own writes.
 */
class ReadYourWritesIT extends IntegrationTest {

	@Test
	void aWriteInOneSessionHandsItsBookmarkToTheNextSession() {
		var shared = this.driver.executableQueryBookmarkManager();
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("CREATE (:ReadYourWritesProbe) RETURN 1").consume());
			// The bookmark the next session will send: exactly this write's.
			assertThat(shared.getBookmarks()).isNotEmpty().isEqualTo(session.lastBookmarks());
		}
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("MATCH (p:ReadYourWritesProbe) DELETE p").consume());
			assertThat(shared.getBookmarks()).isEqualTo(session.lastBookmarks());
		}
	}

	@Test
	void aSessionWithAConfigurationOfItsOwnKeepsIt() {
		var before = this.driver.executableQueryBookmarkManager().getBookmarks();
		try (var session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.WRITE).build())) {
			session.executeWrite(tx -> tx.run("CREATE (p:ReadYourWritesProbe) DELETE p").consume());
		}
		assertThat(this.driver.executableQueryBookmarkManager().getBookmarks()).isEqualTo(before);
	}

}
