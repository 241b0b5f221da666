package org.partnergraph.database;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaIT extends IntegrationTest {

	@Test
	void migrationsCreateTheConstraintsAndTheSearchIndex() {
		try (var session = this.driver.session()) {
			var constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
				.single()
				.get("names")
				.asList(org.neo4j.driver.Value::asString);
			assertThat(constraints).contains("stakeholder_id", "country_code", "theme_id", "link_funds_id",
					"link_collaborates_id", "merged_id");
			var indexes = session.run("SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names")
				.single()
				.get("names")
				.asList(org.neo4j.driver.Value::asString);
			assertThat(indexes).contains("stakeholder_search");
		}
	}

	/**
	 * Every embed request finds its view and share link by id, a view's page lists its
	 * links by view, and server secrets are one node per name.
	 */
	@Test
	void savedViewsShareLinksAndServerSecretsHaveTheirConstraintsAndIndex() {
		try (var session = this.driver.session()) {
			var names = session.run("SHOW INDEXES YIELD name RETURN collect(name) AS names")
				.single()
				.get("names")
				.asList(org.neo4j.driver.Value::asString);
			assertThat(names).contains("saved_view_id", "view_share_id", "view_share_view", "meta_key");
			var plan = session.run("EXPLAIN MATCH (s:ViewShare {viewId: 'v'}) RETURN s").consume().plan().toString();
			assertThat(plan).contains("NodeIndexSeek");
		}
	}

	/**
	 * The enum is the allow-list of relationship types; each needs its id constraint from
	 * the migrations, or imports of that type would MERGE without an index. A link type
	 * added to one and not the other fails here.
	 */
	@Test
	void everyLinkTypeHasItsIdConstraintAndNoConstraintNamesAnotherType() {
		try (var session = this.driver.session()) {
			var constrained = session.run("""
					SHOW CONSTRAINTS YIELD entityType, labelsOrTypes, properties
					WHERE entityType = 'RELATIONSHIP' AND properties = ['id']
					RETURN collect(labelsOrTypes[0]) AS types""")
				.single()
				.get("types")
				.asList(org.neo4j.driver.Value::asString);
			assertThat(constrained).containsExactlyInAnyOrderElementsOf(
					java.util.Arrays.stream(org.partnergraph.model.LinkType.values()).map(Enum::name).toList());
		}
	}

	@Test
	void stakeholderIdsAreUnique() {
		try (var session = this.driver.session()) {
			session.run("CREATE (:Stakeholder {id: 'twin'})").consume();
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> session.run("CREATE (:Stakeholder {id: 'twin'})").consume())
				.hasMessageContaining("already exists");
		}
	}

}
