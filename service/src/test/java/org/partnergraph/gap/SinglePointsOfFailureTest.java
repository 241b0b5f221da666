package org.partnergraph.gap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.generator.SyntheticNetwork;
import org.partnergraph.model.LinkType;
import org.partnergraph.store.Projection;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single points of failure against NetworkX, on sparse generated networks full of cut
 * vertices: hubs in the main part, and hubs of small parts of their own whose partners
 * know only them (where every partner is cut off, none of them being "the rest of the
 * network").
 */
class SinglePointsOfFailureTest {

	private static final Path PYTHON = Path.of("/usr/bin/python3");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource({ "300, 280, 1", "300, 320, 2", "500, 450, 3", "1000, 1100, 4" })
	void equalNetworkX(int nodes, int links, long seed) throws Exception {
		Assumptions.assumeTrue(networkxAvailable(), "python3-networkx is not installed");
		SyntheticNetwork network = SyntheticNetwork.generate(nodes, links, seed);
		Projection projection = projection(network);

		var expected = oracle(projection);
		var actual = new TreeMap<String, List<String>>();
		for (GapResults.SinglePointOfFailure point : GapService.dependencies(projection).singlePointsOfFailure()) {
			actual.put(point.id(), point.cutOff().stream().map(GapResults.StakeholderRef::id).sorted().toList());
		}
		assertThat(expected).isNotEmpty();
		assertThat(actual).isEqualTo(expected);
	}

	private static Projection projection(SyntheticNetwork network) {
		var nodes = new ArrayList<Projection.Node>();
		var index = new java.util.HashMap<String, Integer>();
		for (SyntheticNetwork.Stakeholder s : network.stakeholders()) {
			index.put(s.id(), nodes.size());
			nodes.add(new Projection.Node(s.id(), s.name(), s.sector(), null, s.countries(), s.themes()));
		}
		var builder = CompactGraph.builder(nodes.size());
		var projectionLinks = new ArrayList<Projection.Link>();
		for (SyntheticNetwork.Link link : network.links()) {
			int from = index.get(link.from());
			int to = index.get(link.to());
			LinkType type = LinkType.valueOf(link.type());
			builder.addLink(from, to, link.weight(), type.symmetric());
			projectionLinks.add(new Projection.Link(link.id(), from, to, type, link.weight(), link.start(), link.end(),
					link.status(), org.partnergraph.model.Confidentiality.PUBLIC));
		}
		return new Projection(builder.build(), nodes, projectionLinks);
	}

	private static Map<String, List<String>> oracle(Projection projection) throws IOException, InterruptedException {
		var edges = new ArrayList<List<String>>();
		for (Projection.Link link : projection.links()) {
			edges.add(List.of(projection.nodes().get(link.from()).id(), projection.nodes().get(link.to()).id()));
		}
		String input = JSON.writeValueAsString(
				Map.of("nodes", projection.nodes().stream().map(Projection.Node::id).toList(), "edges", edges));
		Process python = new ProcessBuilder(PYTHON.toString(), "src/test/python/single_points_of_failure.py")
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		python.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
		python.getOutputStream().close();
		String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(python.waitFor()).isZero();
		return new TreeMap<>(JSON.readValue(output, new TypeReference<Map<String, List<String>>>() {
		}));
	}

	private static boolean networkxAvailable() {
		if (!Files.isExecutable(PYTHON)) {
			return false;
		}
		try {
			return new ProcessBuilder(PYTHON.toString(), "-c", "import networkx").start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
