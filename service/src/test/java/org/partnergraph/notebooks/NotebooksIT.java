package org.partnergraph.notebooks;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every notebook of {@code notebooks/} top to bottom, as an analyst would, against
 * the whole service on a random port with the seed network loaded, signed in with a
 * personal API token made for the run. Fails on any error in any cell, on a notebook that
 * draws fewer pictures than it should, and on a key figure a notebook shows that differs
 * from the API's own answer on the same server, so a notebook cannot pass by running
 * cleanly over empty tables. The executed copies, with their tables and pictures, are
 * left in {@code target/notebooks/}. Skipped where Debian's python3 or the notebooks'
 * packages are missing ({@code .ci/run} installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Its own service and database, closed after this class (as the browser tests do).
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotebooksIT {

	private static final List<String> TARGET_COUNTRIES = List.of("KH", "ID", "LA", "MM", "PH", "TH", "VN");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path DATA_DIR = tempDir();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
		registry.add("partnergraph.seed-on-empty", () -> "true");
	}

	@Test
	void everyNotebookRunsOnTheSeedAndShowsWhatTheApiAnswers() throws Exception {
		NotebookPython.assumeInstalled();
		Map<String, Object> expected = answersOfTheApi();

		JsonNode token = JSON.readTree(post("/api/v1/me/tokens", "{\"name\":\"notebooks-it\",\"validDays\":1}"));
		Path out = NotebookPython.OUTPUT.resolve("executed");
		var result = NotebookPython.run(
				List.of("run_notebooks.py", "--out", out.toString()), Map.of("PARTNERGRAPH_URL",
						"http://localhost:" + this.port, "PARTNERGRAPH_TOKEN", token.get("token").asString()),
				"run.log", Duration.ofMinutes(10));
		assertThat(result.exitCode()).as("run_notebooks.py said:%n%s", result.output()).isZero();

		JsonNode figures = JSON.readTree(Files.readString(out.resolve("figures.json")));
		assertThat(figures.propertyNames()).hasSize(6);
		for (JsonNode notebook : figures) {
			assertThat(notebook.get("pictures").asInt()).isPositive();
		}
		JsonNode explore = figures.get("01-explore-the-network.ipynb");
		assertThat(explore.get("organisations").asInt()).isEqualTo(expected.get("organisations"));
		assertThat(explore.get("links").asInt()).isEqualTo(expected.get("links"));
		assertThat(explore.get("country").asString()).isEqualTo("KH");
		assertThat(explore.get("country_organisations").asInt()).isEqualTo(expected.get("KH organisations"));
		assertThat(counts(explore.get("links_alive_by_year"))).isEqualTo(linksDrawn(2016, 2026));

		JsonNode central = figures.get("02-who-is-central.ipynb");
		assertThat(central.get("top_betweenness").asString()).isEqualTo(expected.get("top betweenness"));
		assertThat(central.get("top_liaison").asString()).isEqualTo(expected.get("top liaison"));
		assertThat(central.get("countries_compared").asInt()).isEqualTo(TARGET_COUNTRIES.size());

		JsonNode gaps = figures.get("03-gap-analysis.ipynb");
		assertThat(counts(gaps.get("flagged_pairs_by_country"))).isEqualTo(expected.get("flagged pairs"));
		assertThat(gaps.get("uncovered_sector_cells").asInt()).isEqualTo(expected.get("uncovered sector cells"));
		assertThat(gaps.get("justice_without_cso").asInt()).isEqualTo(expected.get("justice without CSO"));
		assertThat(gaps.get("single_points_of_failure").asInt()).isEqualTo(expected.get("single points of failure"));

		JsonNode bridging = figures.get("04-bridging.ipynb");
		assertThat(bridging.get("shortlist").asInt()).isEqualTo(expected.get("shortlist"));
		assertThat(List.of(bridging.get("top_pair").get(0).asString(), bridging.get("top_pair").get(1).asString()))
			.isEqualTo(expected.get("top pair"));
		assertThat(bridging.get("combined_flagged_after").asInt())
			.isLessThan((Integer) expected.get("flagged sector pairs"));
		assertThat(bridging.get("exit_components_after").asInt()).isGreaterThan((Integer) expected.get("components"));

		JsonNode ownData = figures.get("05-bring-your-own-data.ipynb");
		assertThat(ownData.get("errors_found").asInt()).isEqualTo(3);
		assertThat(ownData.get("stakeholders_created").asInt()).isEqualTo(3);
		assertThat(ownData.get("links_created").asInt()).isEqualTo(4);
		// These two are the analysis summary's, which leaves instruments out (the drawn
		// network has the three current today: ACTIP, the ASEAN Plan of Action and
		// Thailand's national plan).
		assertThat(ownData.get("organisations_after_import").asInt())
			.isEqualTo((Integer) expected.get("organisations analysed") + 3);
		// The practice run put the network back: the service answers as before the run.
		assertThat(ownData.get("organisations_at_the_end").asInt()).isEqualTo(expected.get("organisations analysed"));
		assertThat(answersOfTheApi()).isEqualTo(expected);

		JsonNode change = figures.get("06-change-over-time.ipynb");
		assertThat(counts(change.get("links_by_year"))).isEqualTo(tiesAlive(2016, 2030));
		JsonNode diff = get("/api/v1/network/diff?from=2018-12-31&to=2021-12-31");
		assertThat(change.get("diff_started").asInt()).isEqualTo(diff.get("started").size()).isPositive();
		assertThat(change.get("diff_ended").asInt()).isEqualTo(diff.get("ended").size());
	}

	/** The figures the notebooks show, as the API gives them directly. */
	private Map<String, Object> answersOfTheApi() {
		var answers = new LinkedHashMap<String, Object>();
		JsonNode network = get("/api/v1/network");
		answers.put("organisations", network.get("nodes").size());
		answers.put("links", network.get("edges").size());
		answers.put("KH organisations", get("/api/v1/network?country=KH").get("nodes").size());
		answers.put("organisations analysed", get("/api/v1/analysis/summary").get("nodes").asInt());
		answers.put("components", get("/api/v1/analysis/summary").get("components").asInt());
		answers.put("top betweenness",
				get("/api/v1/analysis/centrality?measure=betweenness").get("scores").get(0).get("id").asString());
		answers.put("top liaison",
				mostByField(get("/api/v1/analysis/brokerage?groupBy=sector").get("nodes"), "liaison"));
		var flagged = new LinkedHashMap<String, Integer>();
		for (String country : TARGET_COUNTRIES) {
			int count = 0;
			for (JsonNode cell : get("/api/v1/gaps/sector-matrix?country=" + country).get("cells")) {
				count += cell.get("flagged").asBoolean() ? 1 : 0;
			}
			flagged.put(country, count);
		}
		answers.put("flagged pairs", flagged);
		int uncovered = 0;
		for (JsonNode cell : get("/api/v1/gaps/coverage?dimension=sector").get("cells")) {
			uncovered += cell.get("target").asBoolean() && cell.get("stakeholders").isEmpty() ? 1 : 0;
		}
		answers.put("uncovered sector cells", uncovered);
		for (JsonNode check : get("/api/v1/gaps/unlinked").get("checks")) {
			if (check.get("name").asString().equals("justice-without-cso")) {
				answers.put("justice without CSO", check.get("stakeholders").size());
			}
		}
		answers.put("single points of failure", get("/api/v1/gaps/dependencies").get("singlePointsOfFailure").size());
		JsonNode opportunities = get("/api/v1/bridging/opportunities?from=JUSTICE&to=CSO,PRIVATE&limit=10")
			.get("opportunities");
		answers.put("shortlist", opportunities.size());
		answers.put("top pair", List.of(opportunities.get(0).get("from").get("id").asString(),
				opportunities.get(0).get("to").get("id").asString()));
		answers.put("flagged sector pairs",
				JSON.readTree(post("/api/v1/bridging/what-if", "{\"add\":[]}"))
					.get("before")
					.get("flaggedSectorPairs")
					.asInt());
		return answers;
	}

	/** The links drawn on the last day of each year, as notebook 01 counts them. */
	private Map<String, Integer> linksDrawn(int firstYear, int lastYear) {
		var drawn = new LinkedHashMap<String, Integer>();
		for (int year = firstYear; year <= lastYear; year++) {
			drawn.put(String.valueOf(year), get("/api/v1/network?asOf=" + year + "-12-31").get("edges").size());
		}
		return drawn;
	}

	/**
	 * The analysis summary's links on the last day of each year, as notebook 06 counts
	 * them: instruments' links are drawn in the network but are no ties between partners.
	 */
	private Map<String, Integer> tiesAlive(int firstYear, int lastYear) {
		var alive = new LinkedHashMap<String, Integer>();
		for (int year = firstYear; year <= lastYear; year++) {
			alive.put(String.valueOf(year),
					get("/api/v1/analysis/summary?asOf=" + year + "-12-31").get("links").asInt());
		}
		return alive;
	}

	private static Map<String, Integer> counts(JsonNode object) {
		var counts = new LinkedHashMap<String, Integer>();
		for (String name : object.propertyNames()) {
			counts.put(name, object.get(name).asInt());
		}
		return counts;
	}

	private static String mostByField(JsonNode rows, String field) {
		var best = new ArrayList<JsonNode>();
		for (JsonNode row : rows) {
			if (best.isEmpty() || row.get(field).asInt() > best.get(0).get(field).asInt()) {
				best.clear();
				best.add(row);
			}
		}
		return best.get(0).get("id").asString();
	}

	private JsonNode get(String path) {
		return JSON.readTree(send(HttpRequest.newBuilder(uri(path)).GET()));
	}

	private String post(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private String send(HttpRequest.Builder request) {
		String credentials = Base64.getEncoder()
			.encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
		try {
			HttpResponse<String> response = this.http.send(
					request.header("Authorization", "Basic " + credentials).timeout(Duration.ofMinutes(1)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("%s: %s", request.build().uri(), response.body()).isBetween(200, 299);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static Path tempDir() {
		try {
			Path dir = Files.createTempDirectory("partnergraph-notebooks-test-");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
