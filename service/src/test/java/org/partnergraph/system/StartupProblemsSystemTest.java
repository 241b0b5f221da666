package org.partnergraph.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged service as a real process where it cannot start: a busy HTTP or Bolt
 * port, a data directory another service holds or that cannot be written. Each stops the
 * start with an exit status other than 0 and one line that names the setting to change,
 * and no stack trace.
 */
class StartupProblemsSystemTest {

	@TempDir
	Path dir;

	@Test
	void busyHttpPortIsOneLineNamingServerPort() throws Exception {
		try (var taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(0));
			int port = taken.getLocalPort();
			var run = runUntilExit(this.dir.resolve("data"), "--server.port=" + port, "--partnergraph.bolt-port=0");
			assertFailedWithOneLine(run, "Port " + port + " (HTTP) is already in use",
					"server.port (environment variable SERVER_PORT)");
		}
	}

	@Test
	void busyBoltPortIsOneLineNamingBoltPort() throws Exception {
		try (var taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			var run = runUntilExit(this.dir.resolve("data"), "--server.port=" + freePort(),
					"--partnergraph.bolt-port=" + port);
			assertFailedWithOneLine(run, "Port " + port + " (Bolt of the embedded database) is already in use",
					"partnergraph.bolt-port (environment variable PARTNERGRAPH_BOLT_PORT)");
		}
	}

	@Test
	void dataDirectoryOfARunningServiceIsOneLineNamingDataDir() throws Exception {
		Path data = this.dir.resolve("data");
		try (var first = ServiceProcess.start(data, this.dir.resolve("first.log"))) {
			var run = runUntilExit(data, "--server.port=" + freePort(), "--partnergraph.bolt-port=0");
			assertFailedWithOneLine(run, "The data directory " + data + " is in use by another process",
					"partnergraph.data-dir (environment variable PARTNERGRAPH_DATA_DIR)");
			assertThat(first.get("/actuator/health").body()).contains("\"UP\"");
		}
	}

	@Test
	void dataDirectoryThatCannotBeMadeIsOneLineNamingDataDir() throws Exception {
		Path file = Files.writeString(this.dir.resolve("a-file"), "not a directory");
		Path data = file.resolve("data");
		var run = runUntilExit(data, "--server.port=" + freePort(), "--partnergraph.bolt-port=0");
		assertFailedWithOneLine(run, "The data directory " + data + " cannot be written",
				"partnergraph.data-dir (environment variable PARTNERGRAPH_DATA_DIR)");
	}

	private static void assertFailedWithOneLine(Run run, String problem, String setting) {
		assertThat(run.exitCode()).as(run.log()).isNotZero();
		List<String> reported = run.log().lines().filter(line -> line.contains("Cannot start:")).toList();
		assertThat(reported).as(run.log()).hasSize(1);
		assertThat(reported.get(0)).contains(problem).contains(setting);
		assertThat(run.log()).as("no stack trace")
			.doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
			.doesNotContain("Exception in thread")
			.doesNotContain("Caused by:");
	}

	private record Run(int exitCode, String log) {
	}

	private Run runUntilExit(Path dataDir, String... arguments) throws Exception {
		Path log = Files.createTempFile(this.dir, "failed-start", ".log");
		var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", System.getProperty("partnergraph.jar"), "--partnergraph.data-dir=" + dataDir,
				"--partnergraph.admin-password=" + ServiceProcess.ADMIN_PASSWORD));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
			.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("The service neither started nor stopped: " + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log));
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
