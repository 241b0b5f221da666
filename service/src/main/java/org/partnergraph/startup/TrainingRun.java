package org.partnergraph.startup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training start of the launcher's start-up cache ({@code ./partnergraph --prepare},
 * with {@code --partnergraph.training-run=true}): once the service is ready, it asks
 * itself what a start is first asked (the health, the network, the page) and then exits,
 * so that the JVM's ahead-of-time cache holds the classes and method profiles of the web
 * server's start and of the first requests too, not only of the context's refresh.
 */
@Component
@ConditionalOnBooleanProperty("partnergraph.training-run")
class TrainingRun {

	private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

	private static final List<String> FIRST_REQUESTS = List.of("/actuator/health", "/api/v1/network", "/");

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
		String base = "http://127.0.0.1:" + port;
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + this.adminPassword).getBytes(StandardCharsets.UTF_8));
		try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build()) {
			for (String path : FIRST_REQUESTS) {
				var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic).build();
				int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
				log.info("Training start: {} answered {}", path, status);
			}
		}
		catch (Exception ex) {
			// The cache is still worth making from what ran.
			log.warn("Training start: the first requests failed: {}", ex.toString());
		}
	}

}
