package org.partnergraph.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The packaged service, run as a real process on a data directory of the test's. */
final class ServiceProcess implements AutoCloseable {

	static final String ADMIN_PASSWORD = "system-test-admin";

	private final Process process;

	private final Path log;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ServiceProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	static ServiceProcess start(Path dataDir, Path log) throws Exception {
		String jar = System.getProperty("partnergraph.jar");
		int port = freePort();
		var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx2g", "-jar", jar, "--server.port=" + port, "--partnergraph.data-dir=" + dataDir,
				"--partnergraph.bolt-port=0", "--partnergraph.admin-password=" + ADMIN_PASSWORD));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		var service = new ServiceProcess(process, log, port);
		// Generous: these machines are shared, and a start can take minutes when they are
		// busy.
		service.awaitHealthy(Duration.ofMinutes(5));
		return service;
	}

	private void awaitHealthy(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service exited: " + Files.readString(this.log));
			}
			try {
				var response = this.http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The service did not become healthy in " + timeout);
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(authorised(HttpRequest.newBuilder(uri(path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	java.util.concurrent.CompletableFuture<HttpResponse<String>> importCsvAsync(Path stakeholders, Path links)
			throws IOException {
		String boundary = "pg" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		for (var part : List.of(List.of("stakeholders", stakeholders), List.of("links", links))) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.get(0)
					+ "\"; filename=\"" + ((Path) part.get(1)).getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(Files.readAllBytes((Path) part.get(1)));
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var request = authorised(HttpRequest.newBuilder(uri("/api/v1/imports")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(10))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	/** SIGKILL: no shutdown hook, no chance to tidy up. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
	}

	private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
		return builder.header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
