package org.partnergraph.bridging;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.generator.SyntheticNetwork;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.store.Projection;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The bridging score on networks built by hand, where each answer is worked out in the
 * test, and its proximity measures against NetworkX.
 */
class SuggestionScorerTest {

	private static final Path PYTHON = Path.of("/usr/bin/python3");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SuggestionScorer SCORER = new SuggestionScorer(FitTable.load(null));

	private static final SuggestionScorer.Options JUSTICE_TO_CSO_PRIVATE = SuggestionScorer.Options
		.of(List.of(Sector.JUSTICE), List.of(Sector.CSO, Sector.PRIVATE));

	@Test
	void aHubEveryoneIsTiedToSaysLittle() {
		// j and both CSOs are tied to the hub h, which has 20 more partners (23 in all);
		// j and c2 also share s, which has only the two of them.
		var net = new Net();
		int j = net.node("j", "JUSTICE", "KH");
		int c1 = net.node("c1", "CSO", "KH");
		int c2 = net.node("c2", "CSO", "KH");
		int h = net.node("h", "INTERNATIONAL", "KH");
		int s = net.node("s", "STATE", "KH");
		net.link(h, j, LinkType.SUPPORTS).link(h, c1, LinkType.SUPPORTS).link(h, c2, LinkType.SUPPORTS);
		for (int i = 0; i < 20; i++) {
			net.link(h, net.node("x" + i, "STATE", "KH"), LinkType.SUPPORTS);
		}
		net.link(s, j, LinkType.COLLABORATES).link(s, c2, LinkType.COLLABORATES);
		var result = SCORER.score(net.build(), JUSTICE_TO_CSO_PRIVATE);
		var viaHub = find(result, j, c1);
		var viaBoth = find(result, j, c2);
		assertThat(viaHub.proximity).isCloseTo(1.0 / 23, within(1e-12));
		assertThat(viaBoth.proximity).isCloseTo(1 - (1 - 1.0 / 23) * (1 - 1.0 / 2), within(1e-12));
		assertThat(viaBoth.resourceAllocation).isCloseTo(1.0 / 23 + 1.0 / 2, within(1e-12));
		assertThat(viaBoth.adamicAdar).isCloseTo(1 / Math.log(23) + 1 / Math.log(2), within(1e-12));
		assertThat(result.ranked().get(0)).isSameAs(viaBoth);
	}

	@Test
	void theProgrammesImplementerIsNoPartnerForItsCounterpartsByThatAlone() {
		var net = new Net();
		int programme = net.node("p", "PROGRAMME", "KH");
		int j = net.node("j", "JUSTICE", "KH");
		int contractor = net.node("k", "PRIVATE", "");
		int fitting = net.node("f", "PRIVATE", "", "supply-chains");
		net.link(programme, j, LinkType.SUPPORTS)
			.link(contractor, programme, LinkType.IMPLEMENTS)
			.link(fitting, programme, LinkType.IMPLEMENTS);
		var result = SCORER.score(net.build(), JUSTICE_TO_CSO_PRIVATE);
		assertThat(result.ranked()).extracting(s -> s.b).containsExactly(fitting);
		assertThat(result.leftOut()).containsEntry("programmeOnly", 1);
		var kept = result.ranked().get(0);
		assertThat(kept.proximity).isZero();
		assertThat(kept.programmeOnly).containsExactly(programme);
		assertThat(kept.fit).isEqualTo(1.0);
		assertThat(kept.fits.get(0).reason())
			.isEqualTo("f sees supply-chain or financial data (Supply chains) " + "that can lead j to traffickers");
	}

	@Test
	void aContractorBySubsectorCountsAsTheProgrammesImplementer() {
		var net = new Net();
		int programme = net.node("p", "PROGRAMME", "KH");
		int j = net.node("j", "JUSTICE", "KH");
		int contractor = net.node("k", "PRIVATE", "");
		net.link(programme, j, LinkType.SUPPORTS).link(programme, contractor, LinkType.FUNDS);
		net.subsectors.put("k", "contractor");
		var result = SCORER.score(net.build(), JUSTICE_TO_CSO_PRIVATE);
		assertThat(result.ranked()).isEmpty();
		assertThat(result.leftOut()).containsEntry("programmeOnly", 1);
	}

	@Test
	void geographyIsASharedCountryNotTheSameLevel() {
		var net = new Net();
		int j = net.node("j", "JUSTICE", "KH");
		int sameCountry = net.node("same", "CSO", "KH");
		int regional = net.node("regional", "CSO", "KH;TH;VN");
		int elsewhere = net.node("elsewhere", "CSO", "HK");
		int unknown = net.node("unknown", "CSO", "");
		int partly = net.node("partly", "CSO", "KH;TH");
		var bridging = net.build();
		var result = SCORER.score(bridging, JUSTICE_TO_CSO_PRIVATE);
		assertThat(find(result, j, sameCountry).geography).isEqualTo(1.0);
		assertThat(find(result, j, regional).geography).isEqualTo(1.0);
		assertThat(find(result, j, partly).geography).isEqualTo(1.0);
		assertThat(find(result, j, unknown).geography).isZero();
		assertThat(result.ranked()).extracting(s -> s.b).doesNotContain(elsewhere);
		assertThat(result.leftOut()).containsEntry("crossBorder", 1);
		var crossBorder = new SuggestionScorer.Options(JUSTICE_TO_CSO_PRIVATE.from(), JUSTICE_TO_CSO_PRIVATE.to(),
				List.of(), true);
		var allowed = find(SCORER.score(bridging, crossBorder), j, elsewhere);
		assertThat(allowed.geography).isZero();
		assertThat(allowed.crossBorder).isTrue();
		// Two regional bodies: the share of the narrower one's countries.
		var regionalNet = new Net();
		int a = regionalNet.node("a", "CSO", "KH;TH");
		int b = regionalNet.node("b", "PRIVATE", "TH;VN;LA");
		var cso = SuggestionScorer.Options.of(List.of(Sector.CSO), List.of(Sector.PRIVATE));
		assertThat(find(SCORER.score(regionalNet.build(), cso), a, b).geography).isEqualTo(0.5);
	}

	@Test
	void fitFollowsTheTableInEitherOrder() {
		var net = new Net();
		int j = net.node("j", "JUSTICE", "KH");
		int shelter = net.node("shelter", "CSO", "KH", "shelter");
		int research = net.node("research", "CSO", "KH", "data-research");
		int fishCso = net.node("fish-cso", "CSO", "KH", "fishing-seafood");
		int fishCo = net.node("fish-co", "PRIVATE", "KH", "fishing-seafood");
		int bank = net.node("bank", "PRIVATE", "KH");
		net.subsectors.put("bank", "bank");
		var bridging = net.build();
		var result = SCORER.score(bridging, JUSTICE_TO_CSO_PRIVATE);
		assertThat(find(result, j, shelter).fit).isEqualTo(1.0);
		assertThat(find(result, j, research).fit).isZero();
		assertThat(find(result, j, bank).fit).isEqualTo(1.0);
		assertThat(find(result, j, fishCo).fit).isZero();
		// Asked the other way round, the CSO-company row still applies.
		var privateToCso = SuggestionScorer.Options.of(List.of(Sector.PRIVATE), List.of(Sector.CSO));
		var reverse = SCORER.score(bridging, privateToCso);
		assertThat(find(reverse, fishCo, fishCso).fits).extracting(FitTable.Match::reason)
			.containsExactly("both work in fishing and seafood");
		assertThat(find(reverse, fishCo, shelter).fit).isZero();
	}

	@Test
	void theShortlistNamesNoOrganisationMoreThanTwiceInTen() {
		// 30 pairs: partner P is best with everyone, then Q, then one each of R0..R9.
		// Among
		// equal scores the organisations seen least come first, so after a0-P, a1-P,
		// a2-Q, a3-Q the R pairs start with a4, whom no place names yet.
		var ranked = new ArrayList<String[]>();
		for (int i = 0; i < 10; i++) {
			ranked.add(new String[] { "a" + i, "P", "0.9" });
		}
		for (int i = 0; i < 10; i++) {
			ranked.add(new String[] { "a" + i, "Q", "0.8" });
		}
		for (int i = 0; i < 10; i++) {
			ranked.add(new String[] { "a" + i, "R" + i, "0.1" });
		}
		List<String[]> shortlist = Shortlist.diverse(ranked, p -> Double.parseDouble(p[2]), p -> p[0], p -> p[1], 20);
		assertThat(shortlist.subList(0, 10)).extracting(p -> p[1])
			.containsExactly("P", "P", "Q", "Q", "R4", "R5", "R6", "R7", "R8", "R9");
		// In places 11-20 the cap is four: P and Q twice more each.
		assertThat(shortlist.subList(10, 20)).extracting(p -> p[1])
			.containsExactly("P", "P", "Q", "Q", "R0", "R1", "R2", "R3", "P", "P");
		// Among equal scores, the organisations seen least come first.
		assertThat(shortlist.subList(0, 4)).extracting(p -> p[0]).containsExactly("a0", "a1", "a2", "a3");
		// One organisation asked for: its pairs still come, best partners first.
		List<String[]> single = Shortlist.diverse(ranked.stream().filter(p -> p[0].equals("a0")).toList(),
				p -> Double.parseDouble(p[2]), p -> p[0], p -> p[1], 3);
		assertThat(single).extracting(p -> p[1]).containsExactly("P", "Q", "R0");
	}

	@Test
	void aFitTableFileReplacesTheBuiltInOne(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("fit.csv");
		Files.writeString(file, """
				# only this pairing
				sectorA,needsA,sectorB,needsB,reason
				JUSTICE,*,PRIVATE,subsector:law-firm,"{b} gives {a} pro bono legal work"
				""");
		FitTable table = FitTable.load(file.toString());
		assertThat(table.rows()).hasSize(1);
		var match = table.matches(new FitTable.Side("Law Co", "PRIVATE", "law-firm", List.of()),
				new FitTable.Side("DOJ", "JUSTICE", null, List.of()));
		assertThat(match).extracting(FitTable.Match::reason).containsExactly("Law Co gives DOJ pro bono legal work");
		assertThat(FitTable.load(null).rows()).hasSizeGreaterThan(5);
		assertThatThrownBy(() -> FitTable.parse(new StringReader("""
				sectorA,needsA,sectorB,needsB,reason
				JUSTICE,*,COURTS,shelter,x
				"""), "bad.csv")).hasMessageContaining("bad.csv line 2")
			.hasMessageContaining("'COURTS' is not a sector");
	}

	@Test
	void proximityMeasuresEqualNetworkX() throws Exception {
		Assumptions.assumeTrue(networkxAvailable(), "python3-networkx is not installed");
		for (long seed = 1; seed <= 2; seed++) {
			SyntheticNetwork synthetic = SyntheticNetwork.generate(400, 1200, seed);
			var net = new Net();
			var index = new HashMap<String, Integer>();
			for (SyntheticNetwork.Stakeholder s : synthetic.stakeholders()) {
				index.put(s.id(), net.node(s.id(), s.sector(), String.join(";", s.countries())));
			}
			// All as COLLABORATES, so no programme is set aside and proximity is the bare
			// formula.
			for (SyntheticNetwork.Link link : synthetic.links()) {
				net.link(index.get(link.from()), index.get(link.to()), LinkType.COLLABORATES);
			}
			var options = new SuggestionScorer.Options(JUSTICE_TO_CSO_PRIVATE.from(), JUSTICE_TO_CSO_PRIVATE.to(),
					List.of(), true);
			var bridging = net.build();
			var ranked = SCORER.score(bridging, options).ranked();
			var pairs = ranked.stream().map(s -> List.of(net.nodes.get(s.a).id(), net.nodes.get(s.b).id())).toList();
			List<List<Double>> expected = oracle(bridging.projection(), pairs);
			assertThat(ranked).hasSizeGreaterThan(1000);
			assertThat(ranked.stream().filter(s -> s.shared.length > 0).count()).isGreaterThan(100);
			for (int i = 0; i < ranked.size(); i++) {
				var scored = ranked.get(i);
				assertThat(scored.adamicAdar).as("Adamic-Adar of %s", pairs.get(i))
					.isCloseTo(expected.get(i).get(0), within(1e-9));
				assertThat(scored.resourceAllocation).as("resource allocation of %s", pairs.get(i))
					.isCloseTo(expected.get(i).get(1), within(1e-9));
				assertThat(scored.proximity).as("proximity of %s", pairs.get(i))
					.isCloseTo(expected.get(i).get(2), within(1e-9));
				assertThat(SuggestionScorer.adamicAdar(bridging.projection().graph(), scored.a, scored.b))
					.isCloseTo(expected.get(i).get(0), within(1e-9));
				assertThat(SuggestionScorer.resourceAllocation(bridging.projection().graph(), scored.a, scored.b))
					.isCloseTo(expected.get(i).get(1), within(1e-9));
			}
		}
	}

	private static SuggestionScorer.Scored find(SuggestionScorer.Result result, int a, int b) {
		return result.ranked()
			.stream()
			.filter(s -> s.a == a && s.b == b)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no candidate " + a + "-" + b));
	}

	private static List<List<Double>> oracle(Projection projection, List<List<String>> pairs)
			throws IOException, InterruptedException {
		var edges = new ArrayList<List<String>>();
		for (Projection.Link link : projection.links()) {
			edges.add(List.of(projection.nodes().get(link.from()).id(), projection.nodes().get(link.to()).id()));
		}
		String input = JSON.writeValueAsString(Map.of("nodes",
				projection.nodes().stream().map(Projection.Node::id).toList(), "edges", edges, "pairs", pairs));
		Process python = new ProcessBuilder(PYTHON.toString(), "src/test/python/link_prediction.py")
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		python.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
		python.getOutputStream().close();
		String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(python.waitFor()).isZero();
		return JSON.readValue(output, new TypeReference<List<List<Double>>>() {
		});
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

	/** A network built by hand: nodes with a sector, countries and themes, and links. */
	private static final class Net {

		final List<Projection.Node> nodes = new ArrayList<>();

		final List<Projection.Link> links = new ArrayList<>();

		final Map<String, String> subsectors = new HashMap<>();

		int node(String id, String sector, String countries, String... themes) {
			List<String> codes = countries.isEmpty() ? List.of() : List.of(countries.split(";"));
			this.nodes.add(new Projection.Node(id, id, sector, codes.size() > 1 ? "REGIONAL" : "NATIONAL", codes,
					List.of(themes)));
			return this.nodes.size() - 1;
		}

		Net link(int from, int to, LinkType type) {
			this.links.add(new Projection.Link("l" + this.links.size(), from, to, type, 1, null, null, "ACTIVE",
					Confidentiality.PUBLIC));
			return this;
		}

		BridgingNetwork build() {
			var builder = CompactGraph.builder(this.nodes.size());
			this.links.forEach(l -> builder.addLink(l.from(), l.to(), l.weight(), l.type().symmetric()));
			return new BridgingNetwork(new Projection(builder.build(), this.nodes, this.links), this.subsectors,
					Map.of());
		}

	}

}
