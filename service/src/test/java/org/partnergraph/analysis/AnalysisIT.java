package org.partnergraph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.generator.GenerateCommand;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analysis endpoints end to end: a reference network is imported into Neo4j, read
 * back through the filters, and every measure compared with the values NetworkX and R's
 * sna give (src/test/resources/analysis, made by src/test/python/generate_reference.py).
 */
class AnalysisIT extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] SECTORS = { "JUSTICE", "CSO", "PRIVATE" };

	@Autowired
	ImportService imports;

	@Test
	void centralitiesMatchNetworkX() throws Exception {
		JsonNode reference = load("directed-groups");
		var cases = Map.of("degree", "undirected/degree", "betweenness", "undirected/betweenness", "closeness",
				"undirected/closeness", "harmonic", "undirected/harmonic", "pagerank", "undirected/pagerank",
				"eigenvector", "undirected/eigenvector");
		for (var entry : cases.entrySet()) {
			assertScores(get("/api/v1/analysis/centrality").param("measure", entry.getKey()), reference,
					entry.getValue());
		}
		assertScores(get("/api/v1/analysis/centrality").param("measure", "betweenness").param("weighted", "true"),
				reference, "undirected/betweennessWeighted");
		assertScores(get("/api/v1/analysis/centrality").param("measure", "degree").param("weighted", "true"), reference,
				"undirected/strength");
		assertScores(get("/api/v1/analysis/centrality").param("measure", "betweenness").param("direction", "out"),
				reference, "directed/betweenness");
		assertScores(get("/api/v1/analysis/centrality").param("measure", "closeness").param("direction", "in"),
				reference, "directed/closenessIn");
		assertScores(get("/api/v1/analysis/centrality").param("measure", "pagerank").param("direction", "out"),
				reference, "directed/pagerankOut");
		assertScores(get("/api/v1/analysis/centrality").param("measure", "degree").param("direction", "in"), reference,
				"directed/inDegree");
	}

	@Test
	void ranksScoresHighestFirst() throws Exception {
		load("directed-groups");
		JsonNode scores = body(get("/api/v1/analysis/centrality").param("measure", "pagerank")).get("scores");
		assertThat(scores.get(0).get("rank").asInt()).isEqualTo(1);
		for (int i = 1; i < scores.size(); i++) {
			assertThat(scores.get(i).get("score").asDouble())
				.isLessThanOrEqualTo(scores.get(i - 1).get("score").asDouble());
			assertThat(scores.get(i).get("rank").asInt()).isGreaterThanOrEqualTo(scores.get(i - 1).get("rank").asInt());
		}
	}

	@Test
	void structuralHolesMatchNetworkX() throws Exception {
		JsonNode reference = load("florentine");
		JsonNode result = body(get("/api/v1/analysis/structural-holes"));
		Map<String, JsonNode> byId = new HashMap<>();
		result.get("nodes").forEach(node -> byId.put(node.get("id").asString(), node));
		for (int i = 0; i < reference.get("n").asInt(); i++) {
			JsonNode node = byId.get(id(i));
			for (String measure : List.of("constraint", "effectiveSize", "efficiency")) {
				JsonNode expected = reference.get("undirected").get(measure).get(i);
				if (expected == null || expected.isNull()) {
					assertThat(node.get(measure).isNull()).as(measure + " of " + id(i)).isTrue();
				}
				else {
					assertThat(node.get(measure).asDouble()).as(measure + " of " + id(i))
						.isCloseTo(expected.asDouble(), within(1e-6));
				}
			}
		}
		var articulation = new java.util.TreeSet<String>();
		reference.get("undirected").get("articulationPoints").forEach(p -> articulation.add(id(p.asInt())));
		var actual = new java.util.TreeSet<String>();
		result.get("articulationPoints").forEach(p -> actual.add(p.asString()));
		assertThat(actual).isEqualTo(articulation);
		assertThat(result.get("bridges").size()).isEqualTo(reference.get("undirected").get("bridges").size());
	}

	@Test
	void brokerageMatchesSna() throws Exception {
		JsonNode reference = load("directed-groups");
		JsonNode result = body(get("/api/v1/analysis/brokerage").param("groupBy", "sector"));
		Map<String, JsonNode> byId = new HashMap<>();
		result.get("nodes").forEach(node -> byId.put(node.get("id").asString(), node));
		String[] roles = { "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total" };
		for (int i = 0; i < reference.get("n").asInt(); i++) {
			JsonNode node = byId.get(id(i));
			for (int role = 0; role < roles.length; role++) {
				assertThat(node.get(roles[role]).asLong()).as(roles[role] + " of " + id(i))
					.isEqualTo(reference.get("brokerage").get("raw").get(i).get(role).asLong());
				JsonNode z = reference.get("brokerage").get("z").get(i).get(role);
				if (z != null && z.isNumber()) {
					assertThat(node.get("z").get(roles[role]).asDouble()).as("z " + roles[role] + " of " + id(i))
						.isCloseTo(z.asDouble(), within(1e-6));
				}
			}
		}
	}

	@Test
	void communitiesReachLouvainModularityOnKarate() throws Exception {
		JsonNode reference = load("karate");
		JsonNode result = body(get("/api/v1/analysis/communities"));
		assertThat(result.get("algorithm").asString()).isEqualTo("leiden");
		assertThat(result.get("modularity").asDouble()).isGreaterThanOrEqualTo(0.4188);
		int members = 0;
		for (JsonNode community : result.get("communities")) {
			members += community.get("members").size();
		}
		assertThat(members).isEqualTo(reference.get("n").asInt());
		// The fixed seed makes it repeat, cache or no cache.
		assertThat(body(get("/api/v1/analysis/communities").param("cache", "false"))).isEqualTo(result);
	}

	@Test
	void summaryMatchesNetworkX() throws Exception {
		JsonNode reference = load("directed-groups").get("summary");
		JsonNode summary = body(get("/api/v1/analysis/summary"));
		assertThat(summary.get("nodes").asInt()).isEqualTo(reference.get("nodes").asInt());
		assertThat(summary.get("ties").asInt()).isEqualTo(reference.get("edges").asInt());
		assertThat(summary.get("components").asInt()).isEqualTo(reference.get("components").asInt());
		assertThat(summary.get("diameter").asInt()).isEqualTo(reference.get("diameter").asInt());
		for (String[] pair : new String[][] { { "density", "density" }, { "averageClustering", "averageClustering" },
				{ "averagePathLength", "averageShortestPathLength" },
				{ "sectorAssortativity", "groupAssortativity" } }) {
			assertThat(summary.get(pair[0]).asDouble()).as(pair[0])
				.isCloseTo(reference.get(pair[1]).asDouble(), within(1e-6));
		}
	}

	@Test
	void filtersApplyAndAFilterMatchingNothingIsEmpty() throws Exception {
		load("directed-groups");
		this.mvc.perform(get("/api/v1/analysis/centrality").param("sector", "CSO"))
			.andExpect(jsonPath("$.scores.length()").value(6));
		this.mvc.perform(get("/api/v1/analysis/centrality").param("country", "SG"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scores.length()").value(0));
		this.mvc.perform(get("/api/v1/analysis/summary").param("country", "SG"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes").value(0));
		for (String endpoint : List.of("communities", "structural-holes", "brokerage")) {
			this.mvc.perform(get("/api/v1/analysis/" + endpoint).param("country", "SG")).andExpect(status().isOk());
		}
	}

	@Test
	void cacheFollowsTheData() throws Exception {
		load("directed-groups");
		JsonNode before = body(get("/api/v1/analysis/summary"));
		load("florentine");
		JsonNode after = body(get("/api/v1/analysis/summary"));
		assertThat(after.get("nodes").asInt()).isNotEqualTo(before.get("nodes").asInt());
	}

	@Test
	void refusesUnknownMeasuresParametersAndValues() throws Exception {
		this.mvc.perform(get("/api/v1/analysis/centrality").param("measure", "fame"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("measure"))
			.andExpect(jsonPath("$.allowed", hasItem("betweenness")));
		this.mvc.perform(get("/api/v1/analysis/centrality").param("measur", "degree"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("measur"))
			.andExpect(jsonPath("$.allowed", hasItem("measure")));
		this.mvc.perform(get("/api/v1/analysis/centrality").param("direction", "sideways"))
			.andExpect(jsonPath("$.parameter").value("direction"));
		this.mvc.perform(get("/api/v1/analysis/centrality").param("weighted", "maybe"))
			.andExpect(jsonPath("$.parameter").value("weighted"));
		this.mvc.perform(get("/api/v1/analysis/centrality").param("measure", "eigenvector").param("direction", "in"))
			.andExpect(jsonPath("$.parameter").value("direction"));
		this.mvc.perform(get("/api/v1/analysis/communities").param("resolution", "-1"))
			.andExpect(jsonPath("$.parameter").value("resolution"));
		this.mvc.perform(get("/api/v1/analysis/brokerage").param("groupBy", "theme"))
			.andExpect(jsonPath("$.parameter").value("groupBy"))
			.andExpect(jsonPath("$.detail", containsString("sector")));
		this.mvc.perform(get("/api/v1/analysis/summary").param("sector", "NGO"))
			.andExpect(jsonPath("$.parameter").value("sector"));
	}

	@Test
	void aGeneratedNetworkImportsAndAnalyses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		assertThat(GenerateCommand.run(
				new String[] { "--stakeholders", "400", "--links", "1000", "--out", dir.toString() }, System.out,
				System.err))
			.isZero();
		var report = this.imports.importCsv(
				new ImportFile("stakeholders.csv", java.nio.file.Files.readAllBytes(dir.resolve("stakeholders.csv"))),
				new ImportFile("links.csv", java.nio.file.Files.readAllBytes(dir.resolve("links.csv"))),
				ImportMode.REPLACE, false, Visibility.ALL);
		assertThat(report.stakeholdersCreated()).isEqualTo(400);
		assertThat(report.linksCreated()).isEqualTo(1000);
		// Every organisation in the network of that day gets a score; the generator's
		// organisations whose links all start later or ended before are not in it.
		int inNetwork = com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/network").param("asOf", "2022-01-01"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.nodes.length()");
		assertThat(inNetwork).isPositive().isLessThanOrEqualTo(400);
		this.mvc.perform(get("/api/v1/analysis/centrality").param("measure", "betweenness").param("asOf", "2022-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scores.length()").value(inNetwork));
	}

	@Test
	void emptyGraphGivesEmptyAnswers() throws Exception {
		this.mvc.perform(get("/api/v1/analysis/centrality").param("measure", "betweenness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scores.length()").value(0));
		this.mvc.perform(get("/api/v1/analysis/summary")).andExpect(jsonPath("$.nodes").value(0));
		this.mvc.perform(get("/api/v1/analysis/communities")).andExpect(jsonPath("$.communities.length()").value(0));
	}

	private void assertScores(MockHttpServletRequestBuilder request, JsonNode reference, String path) throws Exception {
		JsonNode expected = reference;
		for (String part : path.split("/")) {
			expected = expected.get(part);
		}
		JsonNode scores = body(request).get("scores");
		Map<String, Double> byId = new HashMap<>();
		scores.forEach(score -> byId.put(score.get("id").asString(),
				score.get("score").isNull() ? Double.NaN : score.get("score").asDouble()));
		assertThat(byId).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			assertThat(byId.get(id(i))).as(path + " of " + id(i)).isCloseTo(expected.get(i).asDouble(), within(1e-6));
		}
	}

	private JsonNode body(MockHttpServletRequestBuilder request) throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JSON.readTree(body);
	}

	/**
	 * Imports a reference network: node i is stakeholder n00i, its group a sector, all in
	 * Cambodia.
	 */
	private JsonNode load(String name) throws IOException {
		JsonNode reference;
		try (InputStream in = getClass().getResourceAsStream("/analysis/" + name + ".json")) {
			reference = JSON.readTree(in);
		}
		int n = reference.get("n").asInt();
		var stakeholders = new StringBuilder("id,name,sector,countries\n");
		for (int i = 0; i < n; i++) {
			JsonNode groups = reference.get("groups");
			int group = (groups == null || groups.isNull()) ? 0 : groups.get(i).asInt() % SECTORS.length;
			stakeholders.append(id(i)).append(",Node ").append(i).append(',').append(SECTORS[group]).append(",KH\n");
		}
		var links = new StringBuilder("id,from,to,type,weight\n");
		int count = 0;
		for (JsonNode link : reference.get("links")) {
			if (link.get(0).asInt() == link.get(1).asInt()) {
				// Self-loops are not partnerships; the import refuses them and the
				// measures ignore them.
				continue;
			}
			String type = link.get(3).asBoolean() ? "COLLABORATES" : "SUPPORTS";
			links.append("l")
				.append(count++)
				.append(',')
				.append(id(link.get(0).asInt()))
				.append(',')
				.append(id(link.get(1).asInt()))
				.append(',')
				.append(type)
				.append(',')
				.append(link.get(2).asDouble())
				.append('\n');
		}
		this.imports.importCsv(new ImportFile("s.csv", stakeholders.toString().getBytes(StandardCharsets.UTF_8)),
				new ImportFile("l.csv", links.toString().getBytes(StandardCharsets.UTF_8)), ImportMode.REPLACE, false,
				Visibility.ALL);
		return reference;
	}

	private static String id(int index) {
		return "n%03d".formatted(index);
	}

}
