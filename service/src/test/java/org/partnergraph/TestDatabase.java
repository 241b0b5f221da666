package org.partnergraph;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.neo4j.Neo4jContainer;

/** Chooses the Neo4j the integration tests run against. */
final class TestDatabase {

	private static Neo4jContainer container;

	private TestDatabase() {
	}

	private static Neo4jServerProcess process;

	/**
	 * With {@code -Dpartnergraph.test.neo4j=process}: a Neo4j server in a JVM of its own,
	 * reached only through {@code spring.neo4j.uri}. This runs the external-database path
	 * for real on machines without Docker.
	 */
	static boolean useProcess() {
		return "process".equals(System.getProperty("partnergraph.test.neo4j"));
	}

	static synchronized void registerProcess(DynamicPropertyRegistry registry) {
		if (process == null) {
			process = Neo4jServerProcess.start();
		}
		registry.add("spring.neo4j.uri", process::boltUri);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> Neo4jServerProcess.PASSWORD);
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
