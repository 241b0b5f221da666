package org.partnergraph.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.partnergraph.PartnerGraphApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data across a restart, and the seed loads only into an
 * empty one.
 */
class RestartIT {

	@TempDir
	Path dataDir;

	@Test
	void seedsAnEmptyDatabaseOnceAndKeepsDataAcrossRestarts() {
		long first;
		try (var context = start()) {
			first = stakeholders(context);
			assertThat(first).isGreaterThanOrEqualTo(60);
			try (var session = context.getBean(Driver.class).session()) {
				session.run("CREATE (:Stakeholder {id: 'added-before-restart', name: 'X', sector: 'CSO'})").consume();
			}
		}
		try (var context = start()) {
			assertThat(stakeholders(context)).isEqualTo(first + 1);
		}
	}

	@Test
	void boltNeedsTheGeneratedPassword() throws Exception {
		try (var context = start()) {
			int port = context.getBean(EmbeddedDatabase.class).boltPort();
			String password = java.nio.file.Files.readString(this.dataDir.resolve("bolt-password")).strip();
			String uri = "bolt://127.0.0.1:" + port;
			try (var anonymous = org.neo4j.driver.GraphDatabase.driver(uri, org.neo4j.driver.AuthTokens.none())) {
				org.assertj.core.api.Assertions.assertThatThrownBy(anonymous::verifyConnectivity)
					.isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
			}
			try (var operator = org.neo4j.driver.GraphDatabase.driver(uri,
					org.neo4j.driver.AuthTokens.basic("neo4j", password))) {
				operator.verifyConnectivity();
			}
		}
	}

	@Test
	void aChangedBoltPasswordTakesEffectOnRestart() {
		try (var context = start()) {
			assertThat(stakeholders(context)).isGreaterThanOrEqualTo(60);
		}
		// The second start skips setting the unchanged password; the third must set the
		// new one.
		try (var context = start()) {
			assertThat(stakeholders(context)).isGreaterThanOrEqualTo(60);
		}
		try (var context = start("--partnergraph.bolt-password=a-changed-bolt-password")) {
			int port = context.getBean(EmbeddedDatabase.class).boltPort();
			assertThat(stakeholders(context)).isGreaterThanOrEqualTo(60);
			try (var operator = org.neo4j.driver.GraphDatabase.driver("bolt://127.0.0.1:" + port,
					org.neo4j.driver.AuthTokens.basic("neo4j", "a-changed-bolt-password"))) {
				operator.verifyConnectivity();
			}
		}
	}

	@Test
	void aRestartWithTheSameMigrationsSkipsTheSchemaCheckAndAnotherBuildChecksAgain() throws Exception {
		Path applied = this.dataDir.resolve("data").resolve(SchemaMigrations.APPLIED_FILE);
		try (var context = start()) {
			assertThat(applied).exists();
		}
		String digest = java.nio.file.Files.readString(applied);
		// The database's schema, as this build's migrations left it, across the skip.
		try (var context = start()) {
			assertThat(constraints(context)).contains("stakeholder_id");
		}
		// Migrations that differ from those applied (another build): checked, and
		// recorded again.
		java.nio.file.Files.writeString(applied, "from another build\n");
		try (var context = start()) {
			assertThat(constraints(context)).contains("stakeholder_id");
		}
		assertThat(java.nio.file.Files.readString(applied)).isEqualTo(digest);
	}

	private static java.util.List<String> constraints(ConfigurableApplicationContext context) {
		try (var session = context.getBean(Driver.class).session()) {
			return session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
		}
	}

	private ConfigurableApplicationContext start(String... more) {
		var arguments = new java.util.ArrayList<>(java.util.List.of("--partnergraph.data-dir=" + this.dataDir,
				"--partnergraph.bolt-port=0", "--partnergraph.seed-on-empty=true", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN"));
		arguments.addAll(java.util.List.of(more));
		return new SpringApplicationBuilder(PartnerGraphApplication.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

	private static long stakeholders(ConfigurableApplicationContext context) {
		try (var session = context.getBean(Driver.class).session()) {
			return session.run("MATCH (s:Stakeholder) RETURN count(s)").single().get(0).asLong();
		}
	}

}
