package org.partnergraph.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the start-up cache's training start asks of the service all succeeds, its import
 * included: a failure there would only be logged while the cache is made, and the cache
 * would silently hold less. (The training start itself exits the JVM, so the requests are
 * made here without it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TrainingRunIT {

	private static final Path DATA_DIR = tempDir();

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
		registry.add("partnergraph.bolt-port", () -> "0");
		// The service's own limits, not the test profile's small ones.
		registry.add("partnergraph.import.max-rows", () -> "200000");
		registry.add("partnergraph.import.max-file-size", () -> "50MB");
	}

	@Test
	void everyRequestOfTheTrainingSucceedsAndItsNetworkIsImported() throws Exception {
		assertThat(TrainingRun.ask(this.port, "test-admin-password")).isNotEmpty()
			.allSatisfy((request, status) -> assertThat(status).as(request).isEqualTo(200))
			.containsKey("POST /api/v1/imports");
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (s:Stakeholder) RETURN count(s) AS n").single().get("n").asInt())
				.isEqualTo(TrainingRun.TRAINING_STAKEHOLDERS);
		}
	}

	private static Path tempDir() {
		try {
			return Files.createTempDirectory("partnergraph-training-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
