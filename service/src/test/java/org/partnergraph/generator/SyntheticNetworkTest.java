package org.partnergraph.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.algorithms.CompactGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticNetworkTest {

	@Test
	void emptyNetwork() {
		SyntheticNetwork network = SyntheticNetwork.generate(0, 0, 1);
		assertThat(network.stakeholders()).isEmpty();
		assertThat(network.links()).isEmpty();
		assertThat(network.graph().nodeCount()).isZero();
	}

	@Test
	void nodesWithoutLinks() {
		SyntheticNetwork network = SyntheticNetwork.generate(3, 0, 1);
		assertThat(network.stakeholders()).hasSize(3);
		assertThat(network.graph().edgeCount()).isZero();
	}

	@Test
	void linksNeedTwoNodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticNetwork.generate(1, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticNetwork.generate(-1, 0, 1));
	}

	@Test
	void sameSeedSameNetwork() {
		SyntheticNetwork a = SyntheticNetwork.generate(500, 2000, 9);
		SyntheticNetwork b = SyntheticNetwork.generate(500, 2000, 9);
		assertThat(a.stakeholders()).containsExactlyElementsOf(b.stakeholders());
		assertThat(a.links()).containsExactlyElementsOf(b.links());
		assertThat(SyntheticNetwork.generate(500, 2000, 10).links()).isNotEqualTo(a.links());
	}

	@Test
	void valuesComeFromTheCatalogues() {
		SyntheticNetwork network = SyntheticNetwork.generate(2000, 10000, 3);
		for (SyntheticNetwork.Stakeholder s : network.stakeholders()) {
			assertThat(SyntheticNetwork.SECTORS).contains(s.sector());
			assertThat(s.countries()).isNotEmpty().doesNotHaveDuplicates();
			assertThat(SyntheticNetwork.COUNTRIES).containsAll(s.countries());
			assertThat(SyntheticNetwork.THEMES).containsAll(s.themes());
			assertThat(s.id()).matches("[A-Za-z0-9._-]{1,100}");
		}
		assertThat(SyntheticNetwork.THEMES).hasSize(30).doesNotHaveDuplicates();
		for (SyntheticNetwork.Link l : network.links()) {
			assertThat(l.from()).isNotEqualTo(l.to());
			assertThat(SyntheticNetwork.LINK_TYPES).contains(l.type());
			assertThat(l.weight()).isPositive();
			if (l.end() != null) {
				assertThat(l.end()).isAfterOrEqualTo(l.start());
			}
			assertThat(l.symmetric()).isEqualTo(l.type().equals("COLLABORATES") || l.type().equals("DATA_PARTNERSHIP"));
		}
		// every sector and type shows up
		assertThat(network.stakeholders().stream().map(SyntheticNetwork.Stakeholder::sector).distinct()).hasSize(9);
		assertThat(network.links().stream().map(SyntheticNetwork.Link::type).distinct()).hasSize(8);
	}

	@Test
	void degreesAreHeavyTailed() {
		CompactGraph graph = SyntheticNetwork.generate(10_000, 50_000, 42).graph();
		int max = 0;
		for (int v = 0; v < graph.nodeCount(); v++) {
			max = Math.max(max, graph.degree(v));
		}
		double mean = 2.0 * graph.edgeCount() / graph.nodeCount();
		assertThat(max).isGreaterThan((int) (50 * mean));
	}

	@Test
	void writesTheImportCsvFiles(@TempDir Path dir) throws IOException {
		SyntheticNetwork network = SyntheticNetwork.generate(50, 120, 5);
		network.writeCsv(dir.resolve("out"));
		List<String> stakeholders = Files.readAllLines(dir.resolve("out/stakeholders.csv"), StandardCharsets.UTF_8);
		List<String> links = Files.readAllLines(dir.resolve("out/links.csv"), StandardCharsets.UTF_8);
		assertThat(stakeholders).hasSize(51);
		assertThat(links).hasSize(121);
		assertThat(stakeholders.get(0)).isEqualTo(SyntheticNetwork.STAKEHOLDER_HEADER);
		assertThat(links.get(0)).isEqualTo(SyntheticNetwork.LINK_HEADER);
		SyntheticNetwork.Stakeholder first = network.stakeholders().get(0);
		assertThat(stakeholders.get(1)).startsWith(first.id() + "," + first.name() + "," + first.sector() + ",")
			.contains("," + String.join(";", first.countries()) + ",");
		SyntheticNetwork.Link link = network.links().get(0);
		assertThat(links.get(1)).startsWith(link.id() + "," + link.from() + "," + link.to() + "," + link.type() + ",")
			.contains("," + link.status() + ",");
		// the evidence cell holds a comma, so it is quoted
		assertThat(links.get(1)).contains("\"synthetic network, seed 5\"");
	}

}
