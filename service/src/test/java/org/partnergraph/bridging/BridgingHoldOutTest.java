package org.partnergraph.bridging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.generator.SyntheticNetwork;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.store.Projection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The temporal hold-out of the bridging suggestions ({@link HoldOutEvaluation}), on the
 * generator's dated networks and on {@link FormationNetwork}. It prints its figures and
 * writes them to {@code target/bridging-holdout.txt}; they are quoted in the API
 * documentation of {@code /api/v1/bridging/opportunities} ({@link HoldOutFigures}). No
 * target number: the figures show whether a change helped. Run it with
 *
 * <pre>
 * ./mvnw -B -o -pl service -Dtest=BridgingHoldOutTest -Dsurefire.failIfNoSpecifiedTests=false -DskipITs verify
 * </pre>
 */
class BridgingHoldOutTest {

	private static final List<String> REPORT = new ArrayList<>();

	private static final SuggestionScorer.Options JUSTICE_TO_CSO_PRIVATE = SuggestionScorer.Options
		.of(List.of(Sector.JUSTICE), List.of(Sector.CSO, Sector.PRIVATE));

	private static final FitTable TABLE = FitTable.load(null);

	@Test
	void generatorNetworks() {
		for (long seed = 1; seed <= 3; seed++) {
			var network = dated(SyntheticNetwork.generate(1000, 3000, seed), seed);
			for (boolean crossBorder : new boolean[] { false, true }) {
				var options = new SuggestionScorer.Options(JUSTICE_TO_CSO_PRIVATE.from(), JUSTICE_TO_CSO_PRIVATE.to(),
						List.of(), crossBorder);
				var figures = HoldOutEvaluation.evaluate(network, LocalDate.of(2020, 12, 31),
						LocalDate.of(2023, 12, 31), options, TABLE);
				report(figures);
				assertThat(figures.positives()).isPositive();
				assertThat(figures.aucScore()).isBetween(0.0, 1.0);
				assertThat(figures.aucAdamicAdar()).isBetween(0.0, 1.0);
			}
		}
	}

	@Test
	void formationNetworks() {
		for (long seed = 1; seed <= 3; seed++) {
			var network = FormationNetwork.build(seed);
			for (boolean crossBorder : new boolean[] { false, true }) {
				var options = new SuggestionScorer.Options(JUSTICE_TO_CSO_PRIVATE.from(), JUSTICE_TO_CSO_PRIVATE.to(),
						List.of(), crossBorder);
				var figures = HoldOutEvaluation.evaluate(network, FormationNetwork.SPLIT, FormationNetwork.END, options,
						TABLE);
				report(figures);
				assertThat(figures.positives()).isPositive();
				// Where ties form by fit, country and non-hub partners, the score must
				// see it.
				assertThat(figures.aucScore()).isGreaterThan(0.5);
			}
		}
	}

	@Test
	void aucCountsTiesAsHalfAndOrdersByScore() {
		boolean[] positive = { true, false, true, false };
		assertThat(HoldOutEvaluation.auc(new double[] { 4, 3, 2, 1 }, positive)).isEqualTo(0.75);
		assertThat(HoldOutEvaluation.auc(new double[] { 1, 1, 1, 1 }, positive)).isEqualTo(0.5);
		assertThat(HoldOutEvaluation.auc(new double[] { 4, 1, 3, 2 }, positive)).isEqualTo(1.0);
		assertThat(HoldOutEvaluation.auc(new double[] { 1, 2 }, new boolean[] { true, true })).isNaN();
	}

	@AfterAll
	static void write() throws IOException {
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "bridging-holdout.txt"), REPORT);
	}

	private static void report(HoldOutEvaluation.Figures figures) {
		System.out.println(figures.line());
		REPORT.add(figures.line());
	}

	/**
	 * The generator's network with every link and its dates, as the hold-out takes it.
	 */
	static HoldOutEvaluation.DatedNetwork dated(SyntheticNetwork network, long seed) {
		var nodes = new ArrayList<Projection.Node>();
		var index = new HashMap<String, Integer>();
		for (SyntheticNetwork.Stakeholder s : network.stakeholders()) {
			index.put(s.id(), nodes.size());
			nodes.add(new Projection.Node(s.id(), s.name(), s.sector(),
					s.countries().size() > 1 ? "REGIONAL" : "NATIONAL", s.countries(), s.themes()));
		}
		var links = new ArrayList<Projection.Link>();
		for (SyntheticNetwork.Link link : network.links()) {
			links.add(new Projection.Link(link.id(), index.get(link.from()), index.get(link.to()),
					LinkType.valueOf(link.type()), link.weight(), link.start(), link.end(), link.status(),
					Confidentiality.PUBLIC));
		}
		return new HoldOutEvaluation.DatedNetwork("generator 1000/3000, seed " + seed, nodes, links, Map.of());
	}

	static Projection projection(List<Projection.Node> nodes, List<Projection.Link> links) {
		var builder = CompactGraph.builder(nodes.size());
		links.forEach(l -> builder.addLink(l.from(), l.to(), l.weight(), l.type().symmetric()));
		return new Projection(builder.build(), nodes, links);
	}

}
