package org.partnergraph.bridging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.store.Projection;

/**
 * A dated network built for the hold-out, in which partnerships form the way the bridging
 * score assumes they do, so the evaluation can be seen to respond: six countries, each
 * with justice agencies, CSOs (some supporting victims, some in fishing), companies (some
 * in supply chains), state agencies and a mechanism; a regional programme tied to most of
 * them (the hub), its contractor, and international organisations spanning a few
 * countries. Until the end of 2020 ties form at random, mostly within a country. From
 * 2021 to 2023, new justice-CSO/company ties form with a probability that grows with the
 * fit, the same country and the shared partners other than the programme hub.
 *
 * <p>
 * It is a check of the measurement and of the hub discount, not evidence about real
 * networks: whether real partnerships form this way is what the seed and real data must
 * show.
 */
final class FormationNetwork {

	static final LocalDate SPLIT = LocalDate.of(2020, 12, 31);

	static final LocalDate END = LocalDate.of(2023, 12, 31);

	private static final List<String> COUNTRIES = List.of("KH", "TH", "VN", "PH", "ID", "LA");

	private final List<Projection.Node> nodes = new ArrayList<>();

	private final List<Projection.Link> links = new ArrayList<>();

	private final Map<String, String> subsectors = new HashMap<>();

	private final Set<Long> linked = new HashSet<>();

	private final List<Set<Integer>> neighbours = new ArrayList<>();

	private final SplittableRandom random;

	private FormationNetwork(long seed) {
		this.random = new SplittableRandom(seed);
	}

	static HoldOutEvaluation.DatedNetwork build(long seed) {
		var network = new FormationNetwork(seed);
		network.generate();
		return new HoldOutEvaluation.DatedNetwork("formation network, seed " + seed, List.copyOf(network.nodes),
				List.copyOf(network.links), Map.copyOf(network.subsectors));
	}

	private void generate() {
		int programme = node("programme", "PROGRAMME", COUNTRIES, List.of("justice-capacity-building"), null);
		int contractor = node("contractor", "PRIVATE", List.of(), List.of(), "contractor");
		link(contractor, programme, LinkType.IMPLEMENTS, LocalDate.of(2016, 1, 1));
		var byCountry = new HashMap<String, List<Integer>>();
		var justice = new ArrayList<Integer>();
		var partners = new ArrayList<Integer>();
		for (String country : COUNTRIES) {
			var local = new ArrayList<Integer>();
			for (int i = 0; i < 5; i++) {
				int j = node(country + "-justice-" + i, "JUSTICE", List.of(country), List.of(), "police");
				justice.add(j);
				local.add(j);
				link(programme, j, LinkType.SUPPORTS, LocalDate.of(2016, 1, 1));
			}
			for (int i = 0; i < 8; i++) {
				List<String> themes = switch (i % 4) {
					case 0, 1 -> List.of("shelter", "legal-assistance");
					case 2 -> List.of("fishing-seafood");
					default -> List.of("data-research");
				};
				int c = node(country + "-cso-" + i, "CSO", List.of(country), themes, "ngo");
				partners.add(c);
				local.add(c);
				if (this.random.nextInt(2) == 0) {
					link(programme, c, LinkType.FUNDS, LocalDate.of(2017, 1, 1));
				}
			}
			for (int i = 0; i < 4; i++) {
				List<String> themes = (i % 2 == 0) ? List.of("supply-chains") : List.of("data-research");
				int p = node(country + "-company-" + i, "PRIVATE", List.of(country), themes, "company");
				partners.add(p);
				local.add(p);
			}
			for (int i = 0; i < 3; i++) {
				local.add(
						node(country + "-state-" + i, "STATE", List.of(country), List.of("shelter"), "social-welfare"));
			}
			local.add(node(country + "-mechanism", "MECHANISM", List.of(country), List.of(), "national-mechanism"));
			byCountry.put(country, local);
		}
		var internationals = new ArrayList<Integer>();
		for (int i = 0; i < 4; i++) {
			List<String> covers = List.of(COUNTRIES.get(i), COUNTRIES.get((i + 1) % 6), COUNTRIES.get((i + 3) % 6));
			internationals.add(node("international-" + i, "INTERNATIONAL", covers, List.of("migrant-workers"), "un"));
		}
		// Before the split: random ties, nine in ten within a country.
		int all = this.nodes.size();
		for (int t = 0; t < 260; t++) {
			String country = COUNTRIES.get(this.random.nextInt(COUNTRIES.size()));
			List<Integer> local = byCountry.get(country);
			int a = local.get(this.random.nextInt(local.size()));
			int b = (this.random.nextInt(10) == 0) ? 2 + this.random.nextInt(all - 2)
					: local.get(this.random.nextInt(local.size()));
			link(a, b, LinkType.COLLABORATES, day(2015, 2020));
		}
		for (int international : internationals) {
			for (int t = 0; t < 8; t++) {
				String country = this.nodes.get(international).countries().get(this.random.nextInt(3));
				List<Integer> local = byCountry.get(country);
				link(international, local.get(this.random.nextInt(local.size())), LinkType.SUPPORTS, day(2015, 2020));
			}
		}
		// After the split: justice-CSO/company ties by fit, country and the non-hub
		// partners shared before it.
		var before = this.neighbours.stream().map(Set::copyOf).toList();
		for (int j : justice) {
			for (int p : partners) {
				if (this.linked.contains(BridgingNetwork.pair(j, p))) {
					continue;
				}
				Projection.Node left = this.nodes.get(j);
				Projection.Node right = this.nodes.get(p);
				boolean fit = right.themes().contains("shelter") || right.themes().contains("supply-chains");
				boolean sameCountry = left.countries().equals(right.countries());
				int shared = 0;
				for (int z : before.get(j)) {
					if (z != programme && before.get(p).contains(z)) {
						shared++;
					}
				}
				double chance = 0.02 * (fit ? 4 : 1) * (sameCountry ? 1 : 0.1) * (1 + 3 * shared);
				if (this.random.nextDouble() < chance) {
					link(j, p, LinkType.COLLABORATES, day(2021, 2023));
				}
			}
		}
	}

	private int node(String id, String sector, List<String> countries, List<String> themes, String subsector) {
		this.nodes.add(
				new Projection.Node(id, id, sector, countries.size() > 1 ? "REGIONAL" : "NATIONAL", countries, themes));
		this.neighbours.add(new HashSet<>());
		if (subsector != null) {
			this.subsectors.put(id, subsector);
		}
		return this.nodes.size() - 1;
	}

	private void link(int from, int to, LinkType type, LocalDate start) {
		if (from == to || !this.linked.add(BridgingNetwork.pair(from, to))) {
			return;
		}
		this.neighbours.get(from).add(to);
		this.neighbours.get(to).add(from);
		this.links.add(new Projection.Link("link-" + this.links.size(), from, to, type, 1, start, null, "ACTIVE",
				Confidentiality.PUBLIC));
	}

	private LocalDate day(int firstYear, int lastYear) {
		LocalDate first = LocalDate.of(firstYear, 1, 1);
		int days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay());
		return first.plusDays(this.random.nextInt(days + 1));
	}

}
