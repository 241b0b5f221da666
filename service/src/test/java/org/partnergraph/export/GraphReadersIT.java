package org.partnergraph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.SeedLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The graph exports as the readers people have read them: Debian's NetworkX (2.8) and
 * igraph, through src/test/python/read_graph_exports.py, and the current NetworkX where
 * the {@code python3} on the PATH has it. Every node, edge and attribute a reader sees is
 * compared with the API's answers: {@code /api/v1/network} for the ids, ends and the
 * fields it carries, {@code /api/v1/export/network.json} for the rest. The network is the
 * seed and the test network, with a stakeholder that has every field and a dated
 * symmetric and directed link. Gephi's toolkit is not among the readers: it does not
 * resolve from Maven Central alone (it needs Gephi's own third-party repository).
 */
class GraphReadersIT extends IntegrationTest {

	private static final String DEBIAN = "/usr/bin/python3";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String RICH_STAKEHOLDERS = """
			id,name,sector,acronym,aliases,subsector,level,countries,themes,website,description,evidence,confidentiality,Focal point,Budget
			rich-one,"Réseau Every Field, Ltd.",CSO,REF,Every Field;Réseau,shelter operator,NATIONAL,KH;TH,shelter;male-victims,https://example.org/ref,"Says ""quoted"" <b>&amp; more",annual report 2023,INTERNAL,Dara Sok,1500000
			""";

	static final String RICH_LINKS = """
			from,to,type,weight,start,end,status,evidence,confidence,confidentiality,MoU signed
			safe-house,rich-one,DATA_PARTNERSHIP,2.5,2022-01-01,2024-06-30,ENDED,data sharing agreement,0.8,INTERNAL,yes
			rich-one,acme,SUPPORTS,1.5,2023-05,,ACTIVE,site visit,0.4,PUBLIC,
			""";

	@Autowired
	SeedLoader seed;

	@TempDir
	Path files;

	@BeforeEach
	void load() throws Exception {
		TestNetwork.load(this.mvc);
		this.seed.load(ImportMode.MERGE);
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("stakeholders", "stakeholders.csv", "text/csv",
						RICH_STAKEHOLDERS.getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("links", "links.csv", "text/csv",
						RICH_LINKS.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk());
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource({ "/usr/bin/python3, networkx-graphml, network.graphml?edges=directed",
			"/usr/bin/python3, networkx-gexf, network.gexf?version=1.2&edges=directed",
			"/usr/bin/python3, igraph-graphml, network.graphml",
			"python3, networkx-graphml, network.graphml?edges=directed",
			"python3, networkx-gexf, network.gexf?edges=directed",
			"python3, networkx-gexf, network.gexf?version=1.2&edges=directed" })
	void readersSeeEveryNodeEdgeAndAttribute(String python, String reader, String export) throws Exception {
		String library = reader.substring(0, reader.indexOf('-'));
		Assumptions.assumeTrue(has(python, library), python + " has no " + library);
		if (export.startsWith("network.gexf") && !export.contains("version=1.2")) {
			// GEXF 1.3 is read from NetworkX 3 on; where the first python3 on the PATH is
			// Debian's (NetworkX 2.8), the 1.2 rows cover it.
			Assumptions.assumeTrue(has(python, "networkx; assert int(networkx.__version__.split('.')[0]) >= 3"),
					python + " has a NetworkX older than 3, which reads no GEXF 1.3");
		}
		Map<String, Object> seen = read(python, reader, export);

		boolean gexf = export.startsWith("network.gexf");
		assertThat(seen.get("nodes")).isEqualTo(expectedNodes(gexf));
		assertThat(seen.get("edges")).isEqualTo(expectedEdges(gexf));
		assertThat(seen.get("directed")).isEqualTo(true);
	}

	@Test
	void networkxRefusesMixedGraphsSoDirectedEdgesAreOffered() throws Exception {
		Assumptions.assumeTrue(has(DEBIAN, "networkx"), "python3-networkx is not installed");
		for (String export : List.of("network.graphml", "network.gexf?version=1.2")) {
			Process python = run(DEBIAN, export.startsWith("network.gexf") ? "networkx-gexf" : "networkx-graphml",
					export);
			String error = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(python.waitFor()).as(export).isEqualTo(3);
			assertThat(error).containsAnyOf("directed=false edge found in directed graph",
					"Undirected edge found in directed graph");
		}
	}

	/** The stakeholders as the export's readers should see them. */
	private Map<String, Object> expectedNodes(boolean gexf) throws Exception {
		Map<String, Object> snapshot = answer("/api/v1/export/network.json");
		Map<String, Map<String, Object>> drawn = byId(answer("/api/v1/network?current=false"), "nodes");
		var nodes = new HashMap<String, Object>();
		for (Map<String, Object> s : list(snapshot, "stakeholders")) {
			String id = (String) s.get("id");
			Map<String, Object> drawing = drawn.get(id);
			assertThat(drawing).as(id).isNotNull();
			assertThat(drawing.get("label")).isEqualTo(s.get("name"));
			for (String field : List.of("sector", "acronym", "level", "subsector", "confidentiality", "countries",
					"themes")) {
				assertThat(drawing.get(field)).as(id + " " + field).isEqualTo(s.get(field));
			}
			var attributes = new LinkedHashMap<String, Object>();
			attributes.put("label", s.get("name"));
			for (String field : List.of("name", "sector", "acronym", "aliases", "subsector", "level", "countries",
					"themes", "website", "description", "evidence", "confidentiality")) {
				Object value = s.get(field);
				if (value instanceof List<?> values) {
					value = values.isEmpty() ? null : String.join(";", values.stream().map(String::valueOf).toList());
				}
				if (value != null && !(gexf && field.equals("name"))) {
					attributes.put(field, value);
				}
			}
			attributes.putAll(custom(s));
			nodes.put(id, attributes);
		}
		assertThat(nodes).hasSameSizeAs(drawn).containsKey("rich-one");
		assertThat(custom(Map.of("attributes", nodes.get("rich-one")))).hasSize(gexf ? 14 : 15)
			.containsEntry("focal point", "Dara Sok")
			.containsEntry("budget", "1500000");
		return nodes;
	}

	/** The links as the export's readers should see them. */
	private Map<String, Object> expectedEdges(boolean gexf) throws Exception {
		Map<String, Object> snapshot = answer("/api/v1/export/network.json");
		Map<String, Map<String, Object>> drawn = byId(answer("/api/v1/network?current=false"), "edges");
		var edges = new HashMap<String, Object>();
		for (Map<String, Object> l : list(snapshot, "links")) {
			String id = (String) l.get("id");
			Map<String, Object> drawing = drawn.get(id);
			assertThat(drawing).as(id).isNotNull();
			assertThat(drawing.get("source")).isEqualTo(l.get("from"));
			assertThat(drawing.get("target")).isEqualTo(l.get("to"));
			for (String field : List.of("type", "start", "end", "status", "confidentiality")) {
				assertThat(drawing.get(field)).as(id + " " + field).isEqualTo(l.get(field));
			}
			assertThat(number(drawing.get("weight"))).as(id + " weight").isEqualTo(number(l.get("weight")));
			assertThat(number(drawing.get("confidence"))).as(id + " confidence").isEqualTo(number(l.get("confidence")));
			var attributes = new LinkedHashMap<String, Object>();
			attributes.put("source", l.get("from"));
			attributes.put("target", l.get("to"));
			if (gexf) {
				attributes.put("label", l.get("type"));
			}
			attributes.put("type", l.get("type"));
			attributes.put("symmetric", org.partnergraph.model.LinkType.valueOf((String) l.get("type")).symmetric());
			attributes.put("weight", number(l.get("weight")));
			for (String field : List.of("start", "end", "status", "evidence", "confidentiality")) {
				if (l.get(field) != null) {
					attributes.put(field, l.get(field));
				}
			}
			if (l.get("confidence") != null) {
				attributes.put("confidence", number(l.get("confidence")));
			}
			attributes.putAll(custom(l));
			edges.put(id, attributes);
		}
		assertThat(edges).hasSameSizeAs(drawn)
			.containsKeys("rich-one~DATA_PARTNERSHIP~safe-house", "rich-one~SUPPORTS~acme");
		assertThat(custom(Map.of("attributes", edges.get("rich-one~DATA_PARTNERSHIP~safe-house"))))
			.containsEntry("mou signed", "yes");
		return edges;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> custom(Map<String, Object> record) {
		return (Map<String, Object>) record.get("attributes");
	}

	private static Double number(Object value) {
		return (value == null) ? null : ((Number) value).doubleValue();
	}

	private Map<String, Object> read(String python, String reader, String export) throws Exception {
		Process process = run(python, reader, export);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(error).isZero();
		Map<String, Object> seen = JSON.readValue(output, new TypeReference<Map<String, Object>>() {
		});
		// Numbers compared as doubles, whichever way JSON spelt them.
		for (String part : List.of("nodes", "edges")) {
			@SuppressWarnings("unchecked")
			var elements = (Map<String, Map<String, Object>>) seen.get(part);
			elements.values()
				.forEach(attributes -> attributes.replaceAll((name,
						value) -> (value instanceof Number n && !(value instanceof Double)) ? n.doubleValue() : value));
		}
		return seen;
	}

	private Process run(String python, String reader, String export) throws Exception {
		Path file = Files.createTempFile(this.files, "export",
				export.startsWith("network.gexf") ? ".gexf" : ".graphml");
		Files.write(file,
				this.mvc.perform(get("/api/v1/export/" + export))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		Process process = new ProcessBuilder(python, "src/test/python/read_graph_exports.py", reader, file.toString())
			.start();
		process.getOutputStream().close();
		return process;
	}

	private Map<String, Object> answer(String path) throws Exception {
		String body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JSON.readValue(body, new TypeReference<Map<String, Object>>() {
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> body, String name) {
		return (List<Map<String, Object>>) body.get(name);
	}

	private static Map<String, Map<String, Object>> byId(Map<String, Object> elements, String part) {
		var byId = new HashMap<String, Map<String, Object>>();
		for (Map<String, Object> element : list(elements, part)) {
			@SuppressWarnings("unchecked")
			var data = (Map<String, Object>) element.get("data");
			byId.put((String) data.get("id"), data);
		}
		return byId;
	}

	private static boolean has(String python, String library) {
		try {
			Process process = new ProcessBuilder(python, "-c", "import " + library).start();
			return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
