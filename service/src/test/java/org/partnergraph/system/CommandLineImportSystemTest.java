package org.partnergraph.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged command-line import as a script would, on a fresh data directory: it
 * imports the caller's files and nothing else (no seed first, although the service loads
 * the seed into an empty database), and the service started afterwards holds exactly
 * them, with their history written.
 */
class CommandLineImportSystemTest {

	@TempDir
	Path dir;

	@Test
	void aScriptedImportIntoAnEmptyDatabaseLoadsOnlyItsOwnFiles() throws Exception {
		Path stakeholders = Files.writeString(this.dir.resolve("s.csv"),
				"id,name,sector\nngo-a,Shelter A,CSO\nagency-b,Agency B,JUSTICE\n");
		Path links = Files.writeString(this.dir.resolve("l.csv"), "from,to,type\nngo-a,agency-b,COLLABORATES\n");
		Path data = this.dir.resolve("data");
		Path log = this.dir.resolve("import.log");
		var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				System.getProperty("partnergraph.jar"), "import", "--stakeholders", stakeholders.toString(), "--links",
				links.toString());
		var builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment().put("PARTNERGRAPH_DATA_DIR", data.toString());
		builder.environment().put("PARTNERGRAPH_ADMIN_PASSWORD", ServiceProcess.ADMIN_PASSWORD);
		Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the import ends").isTrue();
		String output = Files.readString(log);
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("stakeholdersCreated=2").contains("linksCreated=1");
		assertThat(output).doesNotContain("Loaded the seed network");

		try (var service = ServiceProcess.start(data, this.dir.resolve("service.log"))) {
			var network = JsonMapper.builder().build().readTree(service.get("/api/v1/network").body());
			var ids = new java.util.ArrayList<String>();
			network.get("nodes").forEach(node -> ids.add(node.get("data").get("id").asString()));
			assertThat(ids).containsExactlyInAnyOrder("ngo-a", "agency-b");
			assertThat(network.get("edges").size()).isOne();
			assertThat(service.get("/api/v1/changes").body()).contains("\"recordId\":\"ngo-a\"")
				.contains("\"recordId\":\"agency-b\"");
			assertThat(service.log()).doesNotContain("Loaded the seed network")
				.doesNotContain("committed before the last stop");
		}
	}

}
