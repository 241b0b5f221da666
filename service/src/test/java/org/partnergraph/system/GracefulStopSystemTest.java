package org.partnergraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful stop (SIGTERM) loses no audit record: the reads made just before it are in
 * the audit log after the next start, and the stop logs no failure to write them.
 */
class GracefulStopSystemTest {

	@TempDir
	Path dir;

	@Test
	void theReadsJustBeforeAGracefulStopAreAudited() throws Exception {
		Path data = this.dir.resolve("data");
		Path log = this.dir.resolve("service.log");
		try (var service = ServiceProcess.start(data, log)) {
			assertThat(service.get("/api/v1/network").statusCode()).isEqualTo(200);
			assertThat(service.get("/api/v1/analysis/summary").statusCode()).isEqualTo(200);
		}
		try (var service = ServiceProcess.start(data, this.dir.resolve("again.log"))) {
			String audit = service.get("/api/v1/audit?action=view&actor=admin&size=100").body();
			assertThat(audit).contains("\"target\":\"/api/v1/network\"")
				.contains("\"target\":\"/api/v1/analysis/summary\"");
			assertThat(service.log()).doesNotContain("Could not write");
		}
		assertThat(Files.readString(log)).doesNotContain("Could not write").doesNotContain("Retries interrupted");
	}

}
