package org.partnergraph.explorer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embed of a saved view inside an {@code <iframe>} of a page from another origin, in
 * a real browser: shown when that origin is on
 * {@code partnergraph.embed.frame-ancestors}, refused by the browser when it is not. The
 * two host pages are served by two small JDK HTTP servers on 127.0.0.1 (another origin
 * than the service's {@code localhost}). Screenshots of both go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EmbedBrowserIT extends BrowserTestSupport {

	private static final Path DATA_DIR = tempDir("partnergraph-embed-test-");

	private static final HostPage ALLOWED = new HostPage();

	private static final HostPage REFUSED = new HostPage();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
		registry.add("partnergraph.bolt-port", () -> "0");
		registry.add("partnergraph.seed-on-empty", () -> "true");
		registry.add("partnergraph.embed.frame-ancestors", () -> "'self'," + ALLOWED.origin());
	}

	@BeforeAll
	static void openBrowser() throws IOException {
		startBrowser(Duration.ofSeconds(30), null);
	}

	@AfterAll
	static void stopHostPages() {
		ALLOWED.stop();
		REFUSED.stop();
	}

	@BeforeEach
	void saveAView() throws Exception {
		String body = """
				{"name": "Cambodia", "description": "Who works with whom", "filters": {"country": ["KH"]}}""";
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/views")))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		String embed = url(location.replace("/api/v1/views/", "/embed/"));
		ALLOWED.frame(embed);
		REFUSED.frame(embed);
	}

	@Test
	void anAllowedOriginShowsTheEmbedWithPanZoomAndDetails() {
		driver.get(ALLOWED.origin() + "/");
		driver.switchTo().frame("embed");
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
		int nodes = driver.findElements(By.cssSelector("#picture svg g.node")).size();
		assertThat(nodes).isPositive()
			.isEqualTo(Integer.parseInt(driver.findElement(By.id("picture")).getDomAttribute("data-nodes")));
		// Hover details, and zoom changes what is shown.
		script("document.querySelector('#picture svg g.node').dispatchEvent(new PointerEvent('pointerenter'))");
		assertThat(driver.findElement(By.id("details")).getText()).contains("in this view");
		String before = (String) script("return document.querySelector('#picture svg').getAttribute('viewBox')");
		driver.findElement(By.cssSelector("[data-zoom='in']")).click();
		assertThat(script("return document.querySelector('#picture svg').getAttribute('viewBox')"))
			.isNotEqualTo(before);
		driver.switchTo().defaultContent();
		screenshot("embed-allowed-origin");
	}

	@Test
	void aRefusedOriginGetsNothing() {
		driver.get(REFUSED.origin() + "/");
		List<String> refusals = new ArrayList<>();
		waitUntil(d -> {
			for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
				refusals.add(entry.getMessage());
			}
			return refusals.stream().anyMatch(message -> message.contains("frame-ancestors"));
		});
		driver.switchTo().frame("embed");
		assertThat(driver.findElements(By.id("picture"))).isEmpty();
		driver.switchTo().defaultContent();
		screenshot("embed-refused-origin");
	}

	@Test
	void theExplorerSavesTheViewInTwoClicksAndOpensItAgain() {
		driver.get(url("/#country=KH"));
		if (driver.getCurrentUrl().contains("/login")) {
			signIn();
			driver.get(url("/#country=KH"));
		}
		waitUntilReady();
		int nodes = intData("nodes");
		waitFor(By.id("save-view")).click();
		waitFor(By.cssSelector("#save-view-form button[type=submit]")).click();
		waitUntil(d -> !d.findElement(By.id("embed-code")).getDomProperty("value").isEmpty());
		String snippet = driver.findElement(By.id("embed-code")).getDomProperty("value");
		assertThat(snippet).startsWith("<iframe src=\"" + url("/embed/"));
		String id = driver.findElement(By.id("embed-code")).getDomAttribute("data-view");
		assertThat(driver.findElements(By.cssSelector("#saved-views li[data-view='" + id + "']"))).hasSize(1);
		screenshot("saved-view");
		// /views/{id} opens the explorer in that view.
		driver.get(url("/#"));
		waitUntilReady();
		driver.get(url("/views/" + id));
		waitUntil(d -> d.getCurrentUrl().contains("country=KH"));
		waitUntilReady();
		waitUntil(d -> intData("nodes") == nodes);
	}

	/** A page on its own origin that frames the embed. */
	private static final class HostPage {

		private final HttpServer server;

		private volatile String embed = "about:blank";

		HostPage() {
			try {
				this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			this.server.createContext("/", exchange -> {
				byte[] page = """
						<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head>
						<body style="font-family: sans-serif; background: #eef">
						<h1>An intranet page at %s</h1>
						<iframe name="embed" src="%s" width="1000" height="680" title="PartnerGraph view"></iframe>
						</body></html>""".formatted(origin(), this.embed).getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, page.length);
				try (var out = exchange.getResponseBody()) {
					out.write(page);
				}
			});
			this.server.start();
		}

		String origin() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort();
		}

		void frame(String embed) {
			this.embed = embed;
		}

		void stop() {
			this.server.stop(0);
		}

	}

}
