package org.partnergraph.bridging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.partnergraph.model.Countries;
import org.partnergraph.model.Themes;
import org.partnergraph.store.Projection;

/**
 * Writes a scored pair out for a strategy officer: why, in words, and the ties each claim
 * rests on with their evidence ("introduced by UNODC, which supports the Cambodia
 * Ministry of Interior (section ...) and funds Hagar (section ...)").
 */
final class Explanations {

	/** Introducers named in the explanation; all are listed in the introducers field. */
	private static final int NAMED_INTRODUCERS = 3;

	private static final int NAMED_COUNTRIES = 4;

	private final BridgingNetwork network;

	private final TieStrength tie;

	private final Map<Long, List<Projection.Link>> links;

	Explanations(BridgingNetwork network, TieStrength tie) {
		this.network = network;
		this.tie = tie;
		this.links = network.linksByPair();
	}

	BridgingResults.Opportunity opportunity(SuggestionScorer.Scored scored) {
		Projection.Node left = this.network.node(scored.a);
		Projection.Node right = this.network.node(scored.b);
		var reasons = new ArrayList<String>();
		var evidence = new ArrayList<BridgingResults.Evidence>();
		var sentence = new ArrayList<String>();

		for (FitTable.Match fit : scored.fits) {
			reasons.add(fit.reason());
			sentence.add(fit.reason());
		}

		String geography = geography(scored, left, right);
		reasons.add(geography);
		// A shared country leads the sentence; an unknown one is said after the fit.
		sentence.add(scored.sharedCountries.isEmpty() ? sentence.size() : 0, geography);

		var introducers = new ArrayList<BridgingResults.Introducer>();
		for (int z : scored.shared) {
			Projection.Node node = this.network.node(z);
			introducers.add(new BridgingResults.Introducer(node.id(), node.name(), node.sector(),
					Math.min(this.tie.of(scored.a, z), this.tie.of(z, scored.b))));
		}
		introducers.sort(Comparator.comparingDouble(BridgingResults.Introducer::strength)
			.reversed()
			.thenComparing(BridgingResults.Introducer::name));
		var counted = new ArrayList<Integer>();
		for (int z : scored.counted) {
			counted.add(z);
		}
		counted.sort(
				Comparator.comparingDouble((Integer z) -> -Math.min(this.tie.of(scored.a, z), this.tie.of(z, scored.b)))
					.thenComparing(z -> this.network.node(z).name()));
		if (counted.isEmpty()) {
			sentence.add("no shared partner yet to introduce them");
		}
		else {
			var named = new ArrayList<String>();
			for (int z : counted.subList(0, Math.min(NAMED_INTRODUCERS, counted.size()))) {
				named.add(introduction(z, scored.a, scored.b, evidence));
			}
			String introduction = "introduced by " + String.join("; or by ", named);
			if (counted.size() > NAMED_INTRODUCERS) {
				introduction += " (and " + (counted.size() - NAMED_INTRODUCERS) + " more)";
			}
			reasons.add(introduction);
			sentence.add(introduction);
			reasons.add(counted.size() + " shared partner(s) counted, hubs discounted: proximity "
					+ String.format(Locale.ROOT, "%.2f", scored.proximity));
		}
		for (int z : scored.programmeOnly) {
			int implementer = implementsIt(scored.a, z) ? scored.a : scored.b;
			reasons.add(this.network.node(implementer).name() + " implements " + this.network.node(z).name()
					+ ", which is not counted as an introduction to its own counterparts");
		}

		if (scored.aLacksSector) {
			reasons.add("first " + right.sector() + " tie for " + left.name());
		}
		if (scored.bLacksSector) {
			reasons.add("first " + left.sector() + " tie for " + right.name());
		}
		if (!scored.offered.isEmpty()) {
			reasons.add(right.name() + " works on "
					+ scored.offered.stream().map(Themes::name).collect(Collectors.joining(", ")) + ", which "
					+ left.name() + " does not");
		}
		String explanation = String.join("; ", sentence) + ".";
		explanation = Character.toUpperCase(explanation.charAt(0)) + explanation.substring(1);
		return new BridgingResults.Opportunity(BridgingService.party(this.network.projection(), scored.a),
				BridgingService.party(this.network.projection(), scored.b), scored.score, scored.components(), reasons,
				introducers, explanation, evidence);
	}

	private String geography(SuggestionScorer.Scored scored, Projection.Node left, Projection.Node right) {
		if (!scored.sharedCountries.isEmpty()) {
			return "both work in " + countries(List.copyOf(scored.sharedCountries));
		}
		if (scored.crossBorder) {
			return "cross-border: " + left.name() + " works in " + countries(left.countries()) + ", " + right.name()
					+ " in " + countries(right.countries());
		}
		var unknown = new ArrayList<String>();
		if (left.countries().isEmpty()) {
			unknown.add(left.name());
		}
		if (right.countries().isEmpty()) {
			unknown.add(right.name());
		}
		return "no shared country known: the countries of " + String.join(" and ", unknown) + " are not recorded";
	}

	private static String countries(List<String> codes) {
		var names = codes.stream().map(Countries::name).sorted().toList();
		if (names.size() > NAMED_COUNTRIES) {
			return names.size() + " countries (" + String.join(", ", names.subList(0, NAMED_COUNTRIES)) + "...)";
		}
		return String.join(", ", names);
	}

	/**
	 * "UNODC, which supports X (evidence) and funds Y (evidence)", adding the ties used
	 * to the evidence list.
	 */
	private String introduction(int z, int a, int b, List<BridgingResults.Evidence> evidence) {
		return this.network.node(z).name() + ", which " + relation(z, a, evidence) + " and " + relation(z, b, evidence);
	}

	private String relation(int subject, int other, List<BridgingResults.Evidence> evidence) {
		List<Projection.Link> ties = this.links.getOrDefault(BridgingNetwork.pair(subject, other), List.of());
		var phrases = new ArrayList<String>();
		for (Projection.Link link : ties) {
			String text = this.network.evidence(link);
			phrases.add(LinkPhrases.describe(link, subject, this.network.node(other).name()) + " ("
					+ (text == null ? "no evidence recorded" : text) + ")");
			evidence.add(new BridgingResults.Evidence(link.id(), link.type().name(),
					this.network.node(link.from()).id(), this.network.node(link.to()).id(), text));
		}
		return String.join(" and ", phrases);
	}

	private boolean implementsIt(int node, int programme) {
		for (Projection.Link link : this.links.getOrDefault(BridgingNetwork.pair(node, programme), List.of())) {
			if (link.from() == node && link.type() == org.partnergraph.model.LinkType.IMPLEMENTS) {
				return true;
			}
		}
		return SuggestionScorer.isImplementer(this.network.subsector(node));
	}

}
