package org.partnergraph.explorer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnergraph.generator.SyntheticNetwork;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer at the size the issue names: 2,000 organisations and 10,000 links of a
 * synthetic network (fixed seed), imported through the API into an empty service, drawn
 * in Debian's chromium. Checks what the page does at that size, never how fast: the force
 * layout runs in a worker while the page answers, the drawing is complete and light, the
 * same view gives the same picture, focus and filters work. The figures (time until
 * ready, layout time, longest main-thread block) are measured and written to
 * {@code target/screenshots/scale-figures.txt}, not asserted. Skipped where chromium is
 * not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Its own embedded database with 2,000 organisations: closed after this class, not kept
// for others.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExplorerScaleBrowserIT extends BrowserTestSupport {

	private static final int STAKEHOLDERS = 2_000;

	private static final int LINKS = 10_000;

	private static final long SEED = 20_251_129L;

	private static final Path FIGURES = SCREENSHOTS.resolve("scale-figures.txt");

	private static final Path DATA_DIR = tempDir("partnergraph-scale-test-");

	private static final SyntheticNetwork NETWORK = SyntheticNetwork.generate(STAKEHOLDERS, LINKS, SEED);

	/**
	 * Runs in the page before its own scripts: records the long tasks and a heartbeat's
	 * longest gap until the page is ready. While {@code sessionStorage.holdLayout} is
	 * set, it holds back the layout worker's answers until the test calls
	 * {@code __layoutHold.release()}, so the test can use the page while the layout is
	 * known to be unfinished; while {@code sessionStorage.noLayoutWorker} is set, the
	 * page has no workers, as in a browser without them.
	 */
	private static final String PAGE_PROBE = """
			(() => {
			  const probe = window.__scaleProbe = { tasks: [], longestGap: 0, ready: null };
			  if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes.includes('longtask')) {
			    new PerformanceObserver((list) => list.getEntries().forEach((entry) => probe.tasks.push(entry)))
			      .observe({ type: 'longtask', buffered: true });
			  }
			  let last = performance.now();
			  (function beat() {
			    const now = performance.now();
			    probe.longestGap = Math.max(probe.longestGap, now - last);
			    last = now;
			    if (document.body && document.body.dataset.ready === 'true') probe.ready = now;
			    else setTimeout(beat, 10);
			  })();
			  if (sessionStorage.getItem('noLayoutWorker')) window.Worker = undefined;
			  if (!sessionStorage.getItem('holdLayout') || !window.Worker) return;
			  const hold = window.__layoutHold = { held: [], released: new WeakSet(), release() {
			    for (const { worker, data } of hold.held.splice(0)) {
			      const event = new MessageEvent('message', { data });
			      hold.released.add(event);
			      worker.dispatchEvent(event);
			    }
			  } };
			  const RealWorker = window.Worker;
			  window.Worker = class extends RealWorker {
			    constructor(url, options) {
			      super(url, options);
			      // Registered before the page's own handler, so it can keep the answer from it.
			      this.addEventListener('message', (event) => {
			        if (hold.released.has(event)) return;
			        event.stopImmediatePropagation();
			        hold.held.push({ worker: this, data: event.data });
			      });
			    }
			  };
			})();
			""";

	private static boolean imported;

	private static String firstDigest;

	private static final Map<String, String> figures = new LinkedHashMap<>();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
		registry.add("partnergraph.bolt-port", () -> "0");
		registry.add("partnergraph.seed-on-empty", () -> "false");
		// The test profile's import limits are small on purpose; this network is not.
		registry.add("partnergraph.import.max-rows", () -> "50000");
		registry.add("partnergraph.import.max-file-size", () -> "20MB");
	}

	@BeforeAll
	static void openBrowser() throws IOException {
		startBrowser(Duration.ofSeconds(60), PAGE_PROBE);
	}

	@AfterAll
	static void writeFigures() throws IOException {
		if (!figures.isEmpty()) {
			var text = new StringBuilder("Explorer at " + STAKEHOLDERS + " organisations and " + LINKS
					+ " links (synthetic network, seed " + SEED + "), headless chromium; measured, not asserted.\n");
			figures.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
			Files.writeString(FIGURES, text);
			System.out.print(text);
		}
	}

	@BeforeEach
	void importTheNetworkOnce() throws Exception {
		if (imported) {
			return;
		}
		Path csv = Files.createTempDirectory("partnergraph-scale-csv-");
		NETWORK.writeCsv(csv);
		HttpResponse<String> response = importCsv(csv.resolve("stakeholders.csv"), csv.resolve("links.csv"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"stakeholdersCreated\":" + STAKEHOLDERS)
			.contains("\"linksCreated\":" + LINKS);
		imported = true;
	}

	@Test
	@Order(1)
	void laysOutInAWorkerWhileThePageAnswers() {
		driver.get(url("/login"));
		script("sessionStorage.setItem('holdLayout', '1')");
		signIn();
		// The layout's answer is held back: the page must be usable without it.
		waitUntil(d -> ((Number) script("return window.__layoutHold ? __layoutHold.held.length : 0")).intValue() > 0);
		assertThat(script("return document.body.dataset.ready || ''")).isEqualTo("");
		assertThat(driver.findElement(By.id("status")).getText()).contains("Laying out 2,000 organisations");
		WebElement search = driver.findElement(By.id("search"));
		search.sendKeys("Synthetic");
		waitUntil(d -> !d.findElements(By.cssSelector("#search-list li.suggestion")).isEmpty());
		driver.findElement(By.id("tab-gaps")).click();
		waitUntil(d -> "true".equals(d.findElement(By.id("tab-gaps")).getAttribute("aria-selected")));
		assertThat(((Number) script("return __layoutHold.held.length")).intValue())
			.as("the layout is still unfinished while the page answered")
			.isPositive();
		assertThat(data("nodes")).as("nothing drawn yet").isEmpty();
		screenshot("scale-while-laying-out");

		script("sessionStorage.removeItem('holdLayout'); __layoutHold.release()");
		waitUntilReady();
		// Drawn: every organisation (those without a current tie dimmed), laid out from
		// every link.
		assertThat(intData("nodes")).isEqualTo(apiCount("nodes", "?current=false")).isEqualTo(STAKEHOLDERS);
		assertThat(apiCount("nodes")).as("organisations with a current tie or none at all")
			.isPositive()
			.isLessThanOrEqualTo(STAKEHOLDERS);
		// Drawn: the links current today; laid out from all of them.
		int current = apiCount("edges");
		assertThat(intData("links")).isEqualTo(current).isPositive();
		assertThat(apiCount("edges", "?current=false")).isEqualTo(LINKS);
		assertThat(data("layout")).isEqualTo("force");
		assertThat(data("layoutThread")).isEqualTo("worker");
		assertThat(data("layoutPauseMs")).as("the main thread's longest pause during the layout").matches("\\d+");
		assertThat(data("rendering")).isEqualTo("light");
		assertThat(driver.findElement(By.id("legend-links")).getText()).contains("drawn straight and solid");
		assertThat(driver.findElement(By.id("graph-info")).getText())
			.contains("2000 organisations, " + current + " links");
		firstDigest = data("digest");
		assertThat(firstDigest).isNotEmpty();
	}

	@Test
	@Order(2)
	void theSameViewGivesTheSamePictureAfterAReload() {
		driver.navigate().refresh();
		waitUntilReady();
		assertThat(data("layoutThread")).isEqualTo("worker");
		assertThat(data("digest")).as("positions after a reload").isEqualTo(firstDigest);
		recordFigures("layout in the worker");
		// A layout that blocks for seconds would show up as a main-thread pause as long
		// as the layout.
		assertThat(intData("layoutPauseMs")).as("main thread's longest pause during the worker's layout")
			.isLessThan(intData("layoutMs"));

		// For comparison: the same view with the layout on the main thread, as without
		// workers.
		script("sessionStorage.setItem('noLayoutWorker', '1')");
		driver.navigate().refresh();
		waitUntilReady();
		assertThat(data("layoutThread")).isEqualTo("main");
		assertThat(intData("nodes")).isEqualTo(STAKEHOLDERS);
		recordFigures("layout on the main thread (no worker)");
		script("sessionStorage.removeItem('noLayoutWorker')");
	}

	@Test
	@Order(3)
	void focusesOnOneOrganisationAtThisSize() {
		// On the page the previous test left, ready.
		assertThat(intData("nodes")).isEqualTo(STAKEHOLDERS);
		SyntheticNetwork.Stakeholder chosen = moderatelyLinkedStakeholder();
		WebElement search = driver.findElement(By.id("search"));
		search.sendKeys(chosen.name());
		waitUntil(d -> !d
			.findElements(By
				.xpath("//ul[@id='search-list']/li[span[@class='suggestion-name' and text()='" + chosen.name() + "']]"))
			.isEmpty());
		driver
			.findElement(By
				.xpath("//ul[@id='search-list']/li[span[@class='suggestion-name' and text()='" + chosen.name() + "']]"))
			.click();
		waitUntil(d -> d.findElement(By.cssSelector("#details .details-name")).getText().contains(chosen.name()));
		script("const steps = document.getElementById('focus-steps'); steps.value = '1';"
				+ " steps.dispatchEvent(new Event('change', {bubbles: true}));");
		driver.findElement(By.id("focus-button")).click();
		waitUntil(d -> data("highlight").startsWith("focus:"));
		// The neighbourhood of today's ties, as every panel counts.
		long neighbours = ((Number) asyncScript("const id = '" + chosen.id() + "';"
				+ " fetch('/api/v1/network').then(r => r.json()).then(n => done(new Set(n.edges.map(e => e.data)"
				+ ".filter(e => e.source === id || e.target === id).map(e => e.source === id ? e.target : e.source))"
				+ ".size))"))
			.longValue();
		assertThat(data("highlight")).isEqualTo("focus:" + (1 + neighbours));
		assertThat(driver.getCurrentUrl()).contains("focus=" + chosen.id());
		driver.findElement(By.id("clear-focus")).click();
		waitUntil(d -> data("highlight").isEmpty());
	}

	@Test
	@Order(4)
	void filteringToOneCountryReducesTheDrawing() {
		assertThat(intData("nodes")).isEqualTo(STAKEHOLDERS);
		driver.findElement(By.xpath("//details[.//fieldset[@id='filter-country']]/summary")).click();
		driver.findElement(By.cssSelector("#filter-country input[value='KH']")).click();
		int expected = ((Number) asyncScript("fetch('/api/v1/network?country=KH&current=false').then(r => r.json())"
				+ ".then(n => done(n.nodes.length))"))
			.intValue();
		assertThat(expected).isPositive().isLessThan(STAKEHOLDERS);
		waitUntil(d -> driver.getCurrentUrl().contains("country=KH") && intData("nodes") == expected);
		assertThat(intData("links")).isLessThan(LINKS);
		screenshot("scale-filter-KH");
		driver.get(url("/#"));
	}

	// ---------------------------------------------------------------- figures

	private void recordFigures(String label) {
		waitUntil(d -> script("return window.__scaleProbe && __scaleProbe.ready") != null);
		@SuppressWarnings("unchecked")
		Map<String, Object> probe = (Map<String, Object>) script("const p = __scaleProbe; return {"
				+ " ready: Math.round(p.ready), longestGap: Math.round(p.longestGap),"
				+ " longestTask: Math.round(Math.max(0, ...p.tasks.filter(t => t.startTime < p.ready).map(t => t.duration))) }");
		figures.put(label, "ready after " + probe.get("ready") + " ms; layout " + data("layoutMs") + " ms on the "
				+ data("layoutThread") + " thread (" + data("layoutRoundTripMs") + " ms from request to positions);"
				+ " longest main-thread pause during the layout " + data("layoutPauseMs") + " ms; longest main-thread"
				+ " block until ready " + probe.get("longestGap") + " ms (heartbeat), " + probe.get("longestTask")
				+ " ms (longest task)");
	}

	// ---------------------------------------------------------------- the network

	/** An organisation with a handful of links, whose name no other name starts with. */
	private static SyntheticNetwork.Stakeholder moderatelyLinkedStakeholder() {
		// Numbers from 1000 on have four digits, the most there are: no other name
		// extends them.
		for (int i = 999; i < STAKEHOLDERS; i++) {
			SyntheticNetwork.Stakeholder stakeholder = NETWORK.stakeholders().get(i);
			int degree = neighbours(stakeholder.id()).size();
			if (degree >= 3 && degree <= 30) {
				return stakeholder;
			}
		}
		throw new IllegalStateException("no organisation with 3 to 30 neighbours");
	}

	private static Set<String> neighbours(String id) {
		Set<String> neighbours = new HashSet<>();
		for (SyntheticNetwork.Link link : NETWORK.links()) {
			if (link.from().equals(id)) {
				neighbours.add(link.to());
			}
			if (link.to().equals(id)) {
				neighbours.add(link.from());
			}
		}
		return neighbours;
	}

	private HttpResponse<String> importCsv(Path stakeholders, Path links) throws Exception {
		String boundary = "pg" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		for (Path file : List.of(stakeholders, links)) {
			String part = file.getFileName().toString().replace(".csv", "");
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
					+ file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(Files.readAllBytes(file));
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		// Basic authentication: such requests need no CSRF token.
		var request = HttpRequest.newBuilder(URI.create(url("/api/v1/imports")))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		try (var http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	// ---------------------------------------------------------------- the browser

	private static int apiCount(String what) {
		return apiCount(what, "");
	}

	private static int apiCount(String what, String query) {
		return ((Number) asyncScript(
				"fetch('/api/v1/network" + query + "').then(r => r.json()).then(n => done(n." + what + ".length))"))
			.intValue();
	}

}
