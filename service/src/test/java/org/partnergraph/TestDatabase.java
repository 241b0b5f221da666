package org.partnergraph;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.neo4j.Neo4jContainer;

/** Chooses the Neo4j the integration tests run against. */
final class TestDatabase {

	private static Neo4jContainer container;

	private TestDatabase() {
	}

	static boolean useContainer() {
		return "container".equals(System.getProperty("partnergraph.test.neo4j"));
	}

	static synchronized void registerContainer(DynamicPropertyRegistry registry) {
		if (container == null) {
			container = new Neo4jContainer(System.getProperty("partnergraph.test.neo4j.image", "neo4j:2026-community"))
				.withAdminPassword("partnergraph-test");
			container.start();
		}
		registry.add("spring.neo4j.uri", container::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "partnergraph-test");
	}

}
