package org.partnergraph.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.partnergraph.gap.GapResults;
import org.partnergraph.gap.GapService;
import org.partnergraph.gap.MissingTieCheck;
import org.partnergraph.gap.SectorPairs;
import org.partnergraph.model.Countries;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.store.Projection;

/**
 * The findings about the gaps, single points of failure, funding and brokers of one
 * network, worked out from the same analyses the API serves, on the projection given (so
 * on what its reader may see, and nothing else). Pure computation, deterministic: ties in
 * importance are broken by the finding's key, lists of names are sorted.
 */
final class NetworkFindings {

	static final String SECTOR_MATRIX = "gaps/sector-matrix";

	static final String UNLINKED = "gaps/unlinked";

	static final String DEPENDENCIES = "gaps/dependencies";

	static final String CENTRALITY = "analysis/centrality";

	/** Single points of failure and funders reported at most. */
	private static final int TOP = 3;

	private final Projection projection;

	private final NetworkFilter filter;

	private final FindingLinks links;

	private final Map<String, String> shortNames;

	private final List<Finding> found = new ArrayList<>();

	// What region-wide findings already say, so per-country ones do not repeat it.
	private final Set<String> regionGaps = new TreeSet<>();

	NetworkFindings(Projection projection, NetworkFilter filter, FindingLinks links, Map<String, String> shortNames) {
		this.projection = projection;
		this.filter = filter;
		this.links = links;
		this.shortNames = shortNames;
	}

	List<Finding> all() {
		sectorGaps();
		missingTies();
		singlePointsOfFailure();
		onlyFunders();
		brokers();
		return this.found;
	}

	/** A stakeholder's name as the picture labels it: a long name by its acronym. */
	String name(Projection.Node node) {
		return this.shortNames.getOrDefault(node.id(), node.name());
	}

	// Gaps between sectors, in the whole network and per country, grouped by pair.
	private void sectorGaps() {
		if (this.filter.countries().isEmpty()) {
			Scope region = new Scope(this.projection);
			// One sentence per sector for the network as a whole: "no national mechanism
			// has a
			// tie to an ASEAN body (0 of 63 possible pairs), a CSO (0 of 49) or ..."; the
			// headline pair, justice and CSOs, on its own.
			var bySector = new TreeMap<Sector, List<Gap>>();
			for (Gap gap : region.gaps()) {
				this.regionGaps.add(gap.pair());
				boolean alone = gap.victims() || (gap.a() == Sector.JUSTICE && gap.b() == Sector.CSO);
				if (alone) {
					add(gap.finding("network", "Across the network,", List.of(), gap.possible(), Map.of(), this.links,
							false));
				}
				else {
					bySector.computeIfAbsent(gap.a(), k -> new ArrayList<>()).add(gap);
				}
			}
			bySector.forEach((sector, gaps) -> add(regionGaps(sector, gaps)));
		}
		var byPair = new TreeMap<String, List<Object[]>>();
		for (String country : countries()) {
			Scope scope = new Scope(SubNetwork.of(this.projection, n -> n.countries().contains(country)));
			for (Gap gap : scope.gaps()) {
				if (!this.regionGaps.contains(gap.pair())) {
					byPair.computeIfAbsent(gap.pair(), k -> new ArrayList<>()).add(new Object[] { country, gap });
				}
			}
		}
		byPair.forEach((pair, places) -> {
			List<String> codes = places.stream().map(p -> (String) p[0]).toList();
			List<String> names = codes.stream().map(Wording::country).toList();
			var possibleBy = new LinkedHashMap<String, Object>();
			int possible = 0;
			for (Object[] place : places) {
				Gap gap = (Gap) place[1];
				possibleBy.put((String) place[0], gap.possible());
				possible += gap.possible();
			}
			String where = names.size() <= Wording.NAMES_IN_TEXT + 1 ? "In " + Wording.and(names)
					: "In " + names.size() + " countries (" + Wording.names(names) + ")";
			Gap first = (Gap) places.getFirst()[1];
			add(first.finding(String.join(",", codes), where, codes, possible, possibleBy, this.links,
					!this.filter.countries().isEmpty()));
		});
	}

	private Finding regionGaps(Sector sector, List<Gap> gaps) {
		if (gaps.size() == 1) {
			return gaps.getFirst()
				.finding("network", "Across the network,", List.of(), gaps.getFirst().possible(), Map.of(), this.links,
						false);
		}
		var partners = new ArrayList<String>();
		var numbers = new LinkedHashMap<String, Object>();
		numbers.put("ties", 0);
		var possible = new LinkedHashMap<String, Object>();
		int importance = 0;
		for (int i = 0; i < gaps.size(); i++) {
			Gap gap = gaps.get(i);
			partners.add(Wording.aOne(gap.b()) + " (0 of " + gap.possible() + (i == 0 ? " possible pairs)" : ")"));
			possible.put(gap.b().name(), gap.possible());
			importance = Math.max(importance, gap.importance() + 5);
		}
		numbers.put("possiblePairsBySector", possible);
		String text = "Across the network, no " + Wording.one(sector) + " has a tie to "
				+ String.join(", ", partners.subList(0, partners.size() - 1)) + " or " + partners.getLast();
		String pairs = String.join(",", gaps.stream().map(Gap::pair).toList());
		return new Finding("sector-gap:" + pairs + ":network", text, importance, SECTOR_MATRIX, "Ties between sectors",
				this.links.api(SECTOR_MATRIX), this.links.page(), numbers, List.of());
	}

	/** The countries to look at: those asked for, else every country someone works in. */
	private List<String> countries() {
		if (!this.filter.countries().isEmpty()) {
			return this.filter.countries();
		}
		var present = new TreeSet<String>();
		this.projection.nodes().forEach(node -> present.addAll(node.countries()));
		var ordered = new ArrayList<String>();
		Countries.TARGET_ORDER.stream().filter(present::contains).forEach(ordered::add);
		present.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
		return ordered;
	}

	private void missingTies() {
		GapResults.Unlinked unlinked = GapService.unlinked(this.projection);
		Map<String, List<GapResults.StakeholderRef>> bySlug = new LinkedHashMap<>();
		unlinked.checks().forEach(check -> bySlug.put(check.name(), check.stakeholders()));
		for (MissingTieCheck check : MissingTieCheck.values()) {
			List<GapResults.StakeholderRef> found = bySlug.get(check.slug());
			if (found.isEmpty()) {
				continue;
			}
			List<String> names = found.stream().map(ref -> this.shortNames.getOrDefault(ref.id(), ref.name())).toList();
			var numbers = new LinkedHashMap<String, Object>();
			numbers.put("found", found.size());
			if (check == MissingTieCheck.ISOLATES) {
				numbers.put("stakeholders", this.projection.nodes().size());
				add(new Finding("unlinked:" + check.slug(),
						Wording.count(found.size(), "organisation has", "organisations have") + " no tie at all: "
								+ Wording.names(names),
						35, UNLINKED, check.title(), this.links.api(UNLINKED), this.links.page(), numbers, found));
				continue;
			}
			Sector subject = subject(check);
			int subjects = count(subject);
			boolean partnerPresent = switch (check) {
				case JUSTICE_WITHOUT_CSO -> count(Sector.CSO) > 0;
				case JUSTICE_WITHOUT_VICTIM_SUPPORT_CSO -> victimSupportCsos() > 0;
				case PRIVATE_WITHOUT_STATE -> count(Sector.JUSTICE) + count(Sector.STATE) + count(Sector.MECHANISM) > 0;
				case CSO_WITHOUT_JUSTICE -> count(Sector.JUSTICE) > 0;
				case MECHANISM_WITHOUT_ASEAN -> count(Sector.ASEAN) > 0;
				case ISOLATES -> true;
			};
			// Every one of them untied to a whole sector is already said by the sector
			// gap.
			String regionPair = switch (check) {
				case JUSTICE_WITHOUT_CSO, CSO_WITHOUT_JUSTICE -> "JUSTICE-CSO";
				case MECHANISM_WITHOUT_ASEAN -> "MECHANISM-ASEAN";
				default -> "";
			};
			if (!partnerPresent || (found.size() == subjects && this.regionGaps.contains(regionPair))) {
				continue;
			}
			if (check == MissingTieCheck.JUSTICE_WITHOUT_VICTIM_SUPPORT_CSO
					&& bySlug.get(MissingTieCheck.JUSTICE_WITHOUT_CSO.slug()).equals(found)) {
				continue;
			}
			numbers.put("of", subjects);
			boolean one = found.size() == 1;
			String what = switch (check) {
				case JUSTICE_WITHOUT_CSO -> (one ? "has" : "have") + " no tie to any CSO";
				case JUSTICE_WITHOUT_VICTIM_SUPPORT_CSO -> (one ? "has" : "have") + " no tie to a CSO that supports "
						+ "victims (shelter, legal, psychosocial, health or reintegration support)";
				case PRIVATE_WITHOUT_STATE ->
					(one ? "reaches" : "reach") + " no state body (justice, state agency or " + "national mechanism)";
				case CSO_WITHOUT_JUSTICE -> (one ? "has" : "have") + " no tie to any justice agency";
				case MECHANISM_WITHOUT_ASEAN -> (one ? "has" : "have") + " no direct tie to an ASEAN body";
				case ISOLATES -> throw new IllegalStateException();
			};
			String text = found.size() == subjects && subjects > 1
					? "None of the " + Wording.count(subjects, subject) + " "
							+ what.replaceFirst("^have no", "has a").replaceFirst("^reach no", "reaches a") + ": "
							+ Wording.names(names)
					: found.size() + " of " + Wording.count(subjects, subject) + " " + what + ": "
							+ Wording.names(names);
			int importance = 40 + (int) Math.round(30.0 * found.size() / Math.max(1, subjects));
			add(new Finding("unlinked:" + check.slug(), text, importance, UNLINKED, check.title(),
					this.links.api(UNLINKED), this.links.page(), numbers, found));
		}
	}

	private void singlePointsOfFailure() {
		GapResults.Dependencies dependencies = GapService.dependencies(this.projection);
		dependencies.singlePointsOfFailure()
			.stream()
			.filter(point -> !point.cutOff().isEmpty())
			.limit(TOP)
			.forEach(point -> {
				List<String> names = point.cutOff()
					.stream()
					.map(ref -> this.shortNames.getOrDefault(ref.id(), ref.name()))
					.toList();
				String who = this.shortNames.getOrDefault(point.id(), point.name());
				int n = point.cutOff().size();
				String text = n == 1
						? "If " + who + " left, " + names.getFirst() + " would be cut off from the rest of the network"
						: "If " + who + " left, " + n + " organisations would be cut off from the rest of the network: "
								+ Wording.names(names);
				var numbers = new LinkedHashMap<String, Object>();
				numbers.put("cutOff", n);
				var named = new ArrayList<GapResults.StakeholderRef>();
				named.add(new GapResults.StakeholderRef(point.id(), point.name()));
				named.addAll(point.cutOff());
				add(new Finding("single-point-of-failure:" + point.id(), text, 50 + 5 * Math.min(n, 7), DEPENDENCIES,
						"Single points of failure", this.links.api(DEPENDENCIES), this.links.page(), numbers, named));
			});
	}

	/** Organisations with exactly one funder, by that funder. */
	private void onlyFunders() {
		Map<Integer, Set<Integer>> funders = new TreeMap<>();
		for (Projection.Link link : this.projection.links()) {
			if (link.type() == LinkType.FUNDS && link.from() != link.to()) {
				funders.computeIfAbsent(link.to(), k -> new TreeSet<>()).add(link.from());
			}
		}
		Map<Integer, List<Integer>> onlyFunderOf = new TreeMap<>();
		funders.forEach((recipient, of) -> {
			if (of.size() == 1) {
				onlyFunderOf.computeIfAbsent(of.iterator().next(), k -> new ArrayList<>()).add(recipient);
			}
		});
		var ranked = new ArrayList<>(onlyFunderOf.entrySet());
		ranked.sort(Comparator.<Map.Entry<Integer, List<Integer>>>comparingInt(e -> e.getValue().size())
			.reversed()
			.thenComparing(e -> this.projection.nodes().get(e.getKey()).id()));
		for (var entry : ranked.subList(0, Math.min(TOP, ranked.size()))) {
			Projection.Node funder = this.projection.nodes().get(entry.getKey());
			List<Projection.Node> recipients = entry.getValue()
				.stream()
				.map(this.projection.nodes()::get)
				.sorted(Comparator.comparing(this::name))
				.toList();
			int n = recipients.size();
			Set<String> sectors = new TreeSet<>();
			recipients.forEach(r -> sectors.add(r.sector()));
			String whom = sectors.size() == 1 ? Wording.count(n, Sector.valueOf(sectors.iterator().next()))
					: Wording.count(n, "organisation", "organisations");
			List<String> names = recipients.stream().map(this::name).toList();
			String text = n == 1
					? "If " + name(funder) + "'s funding ended, " + names.getFirst() + " would lose its only funder"
					: "If " + name(funder) + "'s funding ended, " + whom + " would lose their only funder: "
							+ Wording.names(names);
			var numbers = new LinkedHashMap<String, Object>();
			numbers.put("recipients", n);
			numbers.put("funded", funders.size());
			var named = new ArrayList<GapResults.StakeholderRef>();
			named.add(ref(funder));
			recipients.forEach(r -> named.add(ref(r)));
			add(new Finding("only-funder:" + funder.id(), text, 50 + 5 * Math.min(n, 7), DEPENDENCIES,
					"Funding concentration", this.links.api(DEPENDENCIES), this.links.page(), numbers, named));
		}
	}

	/** Who holds the shortest paths between justice agencies and CSOs. */
	private void brokers() {
		int n = this.projection.nodes().size();
		int[] justice = java.util.stream.IntStream.range(0, n)
			.filter(i -> this.projection.nodes().get(i).sector().equals(Sector.JUSTICE.name()))
			.toArray();
		boolean[] cso = new boolean[n];
		int csos = 0;
		for (int i = 0; i < n; i++) {
			cso[i] = this.projection.nodes().get(i).sector().equals(Sector.CSO.name());
			csos += cso[i] ? 1 : 0;
		}
		if (justice.length == 0 || csos == 0) {
			return;
		}
		var brokers = new SectorBrokers(this.projection.graph(), justice, cso);
		long pairs = brokers.pairs();
		long connected = brokers.connectedPairs();
		var numbers = new LinkedHashMap<String, Object>();
		numbers.put("pairs", pairs);
		numbers.put("connectedPairs", connected);
		String api = this.links.api(CENTRALITY, "measure=betweenness");
		if (connected == 0) {
			add(new Finding("brokers:JUSTICE-CSO",
					"No justice agency can reach any CSO through the network's ties (0 of " + pairs
							+ " pairs connected)",
					87, CENTRALITY, "Brokerage between sectors", api, this.links.page(), numbers, List.of()));
			return;
		}
		double[] dependency = brokers.dependencies();
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -dependency[i])
			.thenComparing(i -> this.projection.nodes().get(i).id()));
		if (dependency[order[0]] <= 0) {
			return;
		}
		List<Integer> top = new ArrayList<>(List.of(order[0]));
		double share = brokers.shareThrough(top);
		if (n > 1 && dependency[order[1]] > 0) {
			double two = brokers.shareThrough(List.of(order[0], order[1]));
			// A second broker is named only when it adds a visible part.
			if (two - share >= 0.05) {
				top.add(order[1]);
				share = two;
			}
		}
		if (share < 0.25) {
			return;
		}
		List<Projection.Node> named = top.stream().map(this.projection.nodes()::get).toList();
		numbers.put("share", Math.round(share * 1000) / 1000.0);
		String text = Wording.and(named.stream().map(this::name).toList())
				+ (named.size() == 1 ? " brokers " : " broker ") + Wording.percent(share)
				+ " of the shortest paths between justice agencies and CSOs"
				+ (connected * 2 < pairs
						? "; only " + connected + " of the " + pairs + " justice-CSO pairs are connected at all"
						: " (" + connected + " of " + pairs + " pairs connected)");
		add(new Finding("brokers:JUSTICE-CSO", text, 40 + (int) Math.round(40 * share), CENTRALITY,
				"Brokerage between sectors (shortest paths)", api, this.links.page(), numbers,
				named.stream().map(NetworkFindings::ref).toList()));
	}

	private static Sector subject(MissingTieCheck check) {
		return switch (check) {
			case JUSTICE_WITHOUT_CSO, JUSTICE_WITHOUT_VICTIM_SUPPORT_CSO -> Sector.JUSTICE;
			case PRIVATE_WITHOUT_STATE -> Sector.PRIVATE;
			case CSO_WITHOUT_JUSTICE -> Sector.CSO;
			case MECHANISM_WITHOUT_ASEAN -> Sector.MECHANISM;
			case ISOLATES -> throw new IllegalArgumentException("isolates have no sector");
		};
	}

	private int count(Sector sector) {
		return (int) this.projection.nodes().stream().filter(node -> node.sector().equals(sector.name())).count();
	}

	private int victimSupportCsos() {
		return (int) this.projection.nodes().stream().filter(NetworkFindings::supportsVictims).count();
	}

	static boolean supportsVictims(Projection.Node node) {
		return node.sector().equals(Sector.CSO.name())
				&& node.themes().stream().anyMatch(Themes.VICTIM_SUPPORT::contains);
	}

	static GapResults.StakeholderRef ref(Projection.Node node) {
		return new GapResults.StakeholderRef(node.id(), node.name());
	}

	private void add(Finding finding) {
		this.found.add(finding);
	}

	/**
	 * A missing tie between two kinds of organisation in one place.
	 *
	 * @param pair e.g. JUSTICE-CSO, or JUSTICE-CSO-VICTIMS for victim-support CSOs
	 * @param possible the pairs of organisations that could be tied
	 */
	private record Gap(String pair, Sector a, Sector b, boolean victims, int possible, int importance) {

		Finding finding(String where, String place, List<String> countries, int possible, Map<String, Object> by,
				FindingLinks links, boolean countryFiltered) {
			String source = this.victims ? UNLINKED : SECTOR_MATRIX;
			String api = countries.size() == 1 && !countryFiltered
					? links.api(source, "country=" + countries.getFirst()) : links.api(source);
			String partner = this.victims ? "a CSO that supports victims" : Wording.aOne(this.b);
			String text = place + " no " + Wording.one(this.a) + " has a tie to " + partner + " (0 of " + possible
					+ " possible " + (possible == 1 ? "pair" : "pairs") + (countries.size() > 1 ? " in all" : "") + ")";
			var numbers = new LinkedHashMap<String, Object>();
			numbers.put("ties", 0);
			numbers.put("possiblePairs", possible);
			if (!by.isEmpty()) {
				numbers.put("possiblePairsByCountry", by);
			}
			return new Finding("sector-gap:" + this.pair + ":" + where, text,
					this.importance + (countries.isEmpty() ? 5 : 0), this.victims ? UNLINKED : SECTOR_MATRIX,
					this.victims ? MissingTieCheck.JUSTICE_WITHOUT_VICTIM_SUPPORT_CSO.title() : "Ties between sectors",
					api, links.page(), numbers, List.of());
		}

	}

	/** The whole network or one country's part of it. */
	private final class Scope {

		private final Projection part;

		Scope(Projection part) {
			this.part = part;
		}

		/**
		 * The asked-about sector pairs without a tie, and justice without victim support.
		 */
		List<Gap> gaps() {
			var gaps = new ArrayList<Gap>();
			GapResults.SectorMatrix matrix = GapService.sectorMatrix(this.part, NetworkFindings.this.filter, 0,
					SectorPairs.DEFAULT);
			boolean justiceCso = false;
			for (GapResults.Cell cell : matrix.cells()) {
				if (cell.flagged() && cell.ties() == 0) {
					Sector a = Sector.valueOf(cell.from());
					Sector b = Sector.valueOf(cell.to());
					gaps.add(new Gap(a + "-" + b, a, b, false, cell.possiblePairs(), importance(a, b)));
					justiceCso |= a == Sector.JUSTICE && b == Sector.CSO;
				}
			}
			if (!justiceCso) {
				victimSupportGap().ifPresent(gaps::add);
			}
			return gaps;
		}

		private java.util.Optional<Gap> victimSupportGap() {
			var justice = new ArrayList<Integer>();
			var victims = new boolean[this.part.nodes().size()];
			int supporters = 0;
			for (int i = 0; i < victims.length; i++) {
				Projection.Node node = this.part.nodes().get(i);
				if (node.sector().equals(Sector.JUSTICE.name())) {
					justice.add(i);
				}
				victims[i] = supportsVictims(node);
				supporters += victims[i] ? 1 : 0;
			}
			if (justice.isEmpty() || supporters == 0) {
				return java.util.Optional.empty();
			}
			for (int j : justice) {
				for (int partner : this.part.graph().neighbours(j)) {
					if (victims[partner]) {
						return java.util.Optional.empty();
					}
				}
			}
			return java.util.Optional
				.of(new Gap("JUSTICE-CSO-VICTIMS", Sector.JUSTICE, Sector.CSO, true, justice.size() * supporters, 85));
		}

	}

	/** The pairs a strategy officer asks about first weigh most. */
	private static int importance(Sector a, Sector b) {
		if (a == Sector.JUSTICE && b == Sector.CSO) {
			return 80;
		}
		if (a == Sector.JUSTICE && b == Sector.PRIVATE) {
			return 70;
		}
		if (a == Sector.CSO && b == Sector.PRIVATE) {
			return 65;
		}
		return 60;
	}

}
