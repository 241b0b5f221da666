package org.partnergraph.startup;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnergraph.generator.SyntheticNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The training start of the launcher's start-up cache ({@code ./partnergraph --prepare},
 * with {@code --partnergraph.training-run=true}): once the service is ready, it asks
 * itself what a start is first asked (the health, the network, the page), then imports a
 * generated network and asks for two analyses of it, and exits, so that the JVM's
 * ahead-of-time cache holds the classes and method profiles of the web server's start and
 * of the first requests too, not only of the context's refresh. The import is there
 * because a user's first import after a start is about twice as slow as the next (20 s
 * and 9.5 s for 10,000 organisations and 50,000 links in one measurement), most of the
 * difference the JIT at work; with it, the first import after a start from the cache was
 * about a second faster, within the spread of three starts each. The training's data
 * directory is thrown away after it.
 */
@Component
@ConditionalOnBooleanProperty("partnergraph.training-run")
class TrainingRun {

	private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

	private static final List<String> FIRST_REQUESTS = List.of("/actuator/health", "/api/v1/network", "/");

	/**
	 * The training import's size: large enough for its per-row code to be compiled, small
	 * enough to add only seconds to the training.
	 */
	static final int TRAINING_STAKEHOLDERS = 3_000;

	private static final int TRAINING_LINKS = 15_000;

	/**
	 * Asked after the import; the history read waits for the import's history, written in
	 * the background after it answers.
	 */
	private static final List<String> AFTER_IMPORT = List.of("/api/v1/changes?limit=1",
			"/api/v1/analysis/centrality?measure=pagerank", "/api/v1/analysis/communities", "/api/v1/network");

	private final String adminPassword;

	TrainingRun(@Value("${partnergraph.admin-password:}") String adminPassword) {
		this.adminPassword = adminPassword;
	}

	@EventListener
	void askAndExit(ApplicationReadyEvent ready) {
		var context = ready.getApplicationContext();
		// On a thread of its own: the service is ready (the health UP) only once every
		// listener of this event has returned.
		var asker = new Thread(() -> {
			if (context instanceof WebServerApplicationContext web) {
				ask(web.getWebServer().getPort());
			}
			System.exit(SpringApplication.exit(context));
		}, "training-run");
		asker.start();
	}

	private void ask(int port) {
		try {
			ask(port, this.adminPassword);
		}
		catch (Exception ex) {
			// The cache is still worth making from what ran.
			log.warn("Training start: the requests failed: {}", ex.toString());
		}
	}

	/**
	 * Asks the service on {@code port} what the training asks, as the first admin;
	 * answers each request's status, in order ({@code POST /api/v1/imports} for the
	 * import).
	 */
	static Map<String, Integer> ask(int port, String adminPassword) throws Exception {
		String base = "http://127.0.0.1:" + port;
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
		var statuses = new LinkedHashMap<String, Integer>();
		try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build()) {
			for (String path : FIRST_REQUESTS) {
				statuses.put(path, get(client, base, path, basic));
			}
			statuses.put("POST /api/v1/imports", importNetwork(client, base, basic));
			for (String path : AFTER_IMPORT) {
				statuses.put(path, get(client, base, path, basic));
			}
		}
		return statuses;
	}

	private static int get(HttpClient client, String base, String path, String basic) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic).build();
		int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		report(path, status);
		return status;
	}

	private static void report(String what, int status) {
		if (status / 100 == 2) {
			log.info("Training start: {} answered {}", what, status);
		}
		else {
			// The cache is still made, from less; the warning is in the cache's
			// prepare.log.
			log.warn("Training start: {} answered {}", what, status);
		}
	}

	private static int importNetwork(HttpClient client, String base, String basic) throws Exception {
		Path files = Files.createTempDirectory("partnergraph-training-");
		try {
			SyntheticNetwork.generate(TRAINING_STAKEHOLDERS, TRAINING_LINKS, 1).writeCsv(files);
			String boundary = "training-" + System.nanoTime();
			var body = new ByteArrayOutputStream();
			for (String part : List.of("stakeholders", "links")) {
				body.writeBytes(
						("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
								+ part + ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
							.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(Files.readAllBytes(files.resolve(part + ".csv")));
				body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/imports?mode=replace"))
				.header("Authorization", basic)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build();
			int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			report("an import of " + TRAINING_STAKEHOLDERS + " organisations and " + TRAINING_LINKS + " links", status);
			return status;
		}
		finally {
			FileSystemUtils.deleteRecursively(files);
		}
	}

}
