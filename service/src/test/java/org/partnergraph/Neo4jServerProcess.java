package org.partnergraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j server in a process of its own, for the integration tests' external-database
 * mode ({@code -Dpartnergraph.test.neo4j=process}).
 *
 * <p>
 * The service under test then finds no database in its own process: it reaches this one
 * only through {@code spring.neo4j.uri}, over Bolt, as it would reach a Neo4j server or
 * Aura. Neo4j Community's server distribution is not available where the tests run (only
 * the Maven artifacts are), so the child process runs the same {@code org.neo4j:neo4j}
 * library as a plain server: its own JVM, data directory, authentication and Bolt port.
 */
final class Neo4jServerProcess {

	static final String PASSWORD = "partnergraph-external-test";

	private static final String READY = "NEO4J-SERVER-READY";

	private final Process process;

	private final int boltPort;

	private Neo4jServerProcess(Process process, int boltPort) {
		this.process = process;
		this.boltPort = boltPort;
	}

	String boltUri() {
		return "bolt://127.0.0.1:" + this.boltPort;
	}

	/** Starts the server in a child JVM and waits until Bolt answers. */
	static Neo4jServerProcess start() {
		try {
			Path home = Files.createTempDirectory("partnergraph-neo4j-server-");
			int port = freePort();
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.add("-Xmx1g");
			command.add("-cp");
			command.add(System.getProperty("java.class.path"));
			command.add(Neo4jServerProcess.class.getName());
			command.add(home.toString());
			command.add(Integer.toString(port));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.PIPE)
				.start();
			var server = new Neo4jServerProcess(process, port);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			server.awaitReady(home);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitReady(Path home) throws IOException {
		var log = home.resolve("process.log");
		var output = new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
		try (var writer = Files.newBufferedWriter(log)) {
			String line;
			while ((line = output.readLine()) != null) {
				writer.write(line);
				writer.newLine();
				if (line.contains(READY)) {
					// Keep draining the child's output so it never blocks on a full pipe.
					Thread.ofPlatform().daemon().start(() -> output.lines().forEach(ignored -> {
					}));
					return;
				}
			}
		}
		throw new IllegalStateException("The Neo4j server process stopped before it was ready; see " + log);
	}

	void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The child process: {@code home port}. Runs until it is stopped. */
	public static void main(String[] args) {
		Path home = Path.of(args[0]);
		int port = Integer.parseInt(args[1]);
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));
		service.database("system")
			.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", PASSWORD));
		System.out.println(READY);
		System.out.flush();
		try {
			Thread.currentThread().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
