package org.partnergraph.briefing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.partnergraph.algorithms.Direction;
import org.partnergraph.analysis.AnalysisResults;
import org.partnergraph.analysis.AnalysisService;
import org.partnergraph.analysis.Measure;
import org.partnergraph.bridging.BridgingResults;
import org.partnergraph.bridging.BridgingService;
import org.partnergraph.gap.GapResults;
import org.partnergraph.gap.GapService;
import org.partnergraph.gap.SectorPairs;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Sector;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.view.SavedView;
import org.partnergraph.view.ViewPictures;
import org.partnergraph.view.ViewService;
import org.partnergraph.view.VisibleNetwork;
import org.springframework.stereotype.Service;

/**
 * Briefing packs of saved views: the slides of {@link Deck}, filled from what the caller
 * may see of the view (the caller's levels narrowed by the view's filters, as its
 * picture): the title, the picture and its legend, the top ten by the view's size
 * measure, the flagged gaps and bridging opportunities, the findings with their sources,
 * and the data sources with the pack's confidentiality.
 */
@Service
public class BriefingPacks {

	static final int TOP = 10;

	/** Rows of a table, and findings, on one slide. */
	static final int ROWS_PER_SLIDE = 12;

	static final int FINDINGS_PER_SLIDE = 5;

	static final int SOURCES_PER_SLIDE = 20;

	private final ViewService views;

	private final ViewPictures pictures;

	private final FindingsService findings;

	private final AnalysisService analyses;

	private final BridgingService bridging;

	private final GraphStore store;

	private final Clock clock;

	BriefingPacks(ViewService views, ViewPictures pictures, FindingsService findings, AnalysisService analyses,
			BridgingService bridging, GraphStore store, Clock clock) {
		this.store = store;
		this.views = views;
		this.pictures = pictures;
		this.findings = findings;
		this.analyses = analyses;
		this.bridging = bridging;
		this.clock = clock;
	}

	/**
	 * A pack as written.
	 *
	 * @param body the file
	 * @param level the confidentiality of its most confidential record
	 */
	public record Pack(byte[] body, Confidentiality level) {
	}

	public Pack pptx(SavedView view) {
		Deck deck = deck(view);
		return new Pack(PptxWriter.write(deck), deck.level());
	}

	public Pack pdf(SavedView view) {
		Deck deck = deck(view);
		return new Pack(PdfWriter.write(deck), deck.level());
	}

	/** The slides of the view's pack for the current caller. */
	Deck deck(SavedView view) {
		VisibleNetwork network = this.views.network(view);
		FindingsService.ViewFindings read = this.findings.forView(view);
		String date = view.filters().asOf() != null ? view.filters().asOf() : LocalDate.now(this.clock).toString();
		Confidentiality level = read.level();
		String levels = levelsText(network.levels());
		String footer = "PartnerGraph · " + view.name() + " · data as of " + date + " · " + level.name();
		var slides = new ArrayList<Deck.Slide>();

		var title = new ArrayList<Deck.Block>();
		title.add(new Deck.Text(List.of(view.name()), 36, true));
		if (view.description() != null) {
			title.add(new Deck.Text(List.of(view.description()), 18, false));
		}
		title.add(
				new Deck.Text(
						List.of("Briefing of " + date,
								network.nodes().size() + " organisations and " + network.edges().size()
										+ " links, read at " + levels,
								"Confidentiality of this pack: " + level.name()),
						14, false));
		slides.add(new Deck.Slide(null, title));

		slides.add(new Deck.Slide("The network", List.of(new Deck.Picture(this.pictures.slidePicture(view, network),
				"The network of the view " + view.name() + ", with its legend of sectors and link types"))));

		if (read.projection() != null) {
			slides.add(top(view, read, network));
			gaps(read, slides);
			opportunities(read, slides);
			findingSlides(read.findings(), slides);
		}
		sources(evidence(read, network), level, levels, slides);
		return new Deck(view.name(), footer, level, slides);
	}

	/** The top ten by the view's size measure (degree when the view sizes nothing). */
	private Deck.Slide top(SavedView view, FindingsService.ViewFindings read, VisibleNetwork network) {
		Measure measure = "none".equals(view.sizeBy()) ? Measure.DEGREE
				: Measure.valueOf(view.sizeBy().toUpperCase(Locale.ROOT));
		AnalysisResults.Centrality centrality = this.analyses.centrality(read.filter(), measure, false,
				Direction.UNDIRECTED, null, true);
		Set<String> shown = new HashSet<>();
		network.nodes().forEach(node -> shown.add(node.id()));
		var rows = new ArrayList<List<String>>();
		for (AnalysisResults.Score score : centrality.scores()) {
			if (rows.size() == TOP) {
				break;
			}
			if (shown.contains(score.id())) {
				rows.add(List.of(String.valueOf(rows.size() + 1), score.name(), Sector.valueOf(score.sector()).label(),
						score.score() == null ? "" : String.format(Locale.ROOT, "%.3f", score.score())));
			}
		}
		return new Deck.Slide("Top " + TOP + " by " + measure.label().toLowerCase(Locale.ROOT),
				List.of(new Deck.Text(List.of(measure.description()), 14, false),
						new Deck.Table(List.of("#", "Organisation", "Sector", measure.label()), rows,
								List.of(0.06, 0.58, 0.22, 0.14))));
	}

	/**
	 * Sector-matrix cells flagged, failed missing-tie checks, single points of failure.
	 */
	private void gaps(FindingsService.ViewFindings read, List<Deck.Slide> slides) {
		var rows = new ArrayList<List<String>>();
		GapResults.SectorMatrix matrix = GapService.sectorMatrix(read.projection(), read.filter(), 0,
				SectorPairs.DEFAULT);
		for (GapResults.Cell cell : matrix.cells()) {
			if (cell.flagged()) {
				rows.add(List.of("Ties between sectors",
						Sector.valueOf(cell.from()).label() + " – " + Sector.valueOf(cell.to()).label(),
						cell.ties() + " of " + cell.possiblePairs() + " possible pairs tied"));
			}
		}
		for (GapResults.Check check : GapService.unlinked(read.projection()).checks()) {
			if (!check.stakeholders().isEmpty()) {
				rows.add(List.of("Missing ties", check.title(), check.stakeholders().size() + ": "
						+ Wording.names(check.stakeholders().stream().map(GapResults.StakeholderRef::name).toList())));
			}
		}
		GapService.dependencies(read.projection())
			.singlePointsOfFailure()
			.stream()
			.filter(point -> !point.cutOff().isEmpty())
			.limit(5)
			.forEach(point -> rows
				.add(List.of("Single point of failure", point.name(), "cuts off " + point.cutOff().size() + ": "
						+ Wording.names(point.cutOff().stream().map(GapResults.StakeholderRef::name).toList()))));
		if (rows.isEmpty()) {
			rows.add(List.of("", "No gap flagged", ""));
		}
		table("Flagged gaps", List.of("Kind", "What", "Figures"), rows, List.of(0.2, 0.38, 0.42), slides);
	}

	private void opportunities(FindingsService.ViewFindings read, List<Deck.Slide> slides) {
		Set<String> everyone = new HashSet<>();
		read.projection().nodes().forEach(node -> everyone.add(node.id()));
		List<BridgingResults.Opportunity> best = this.bridging.opportunitiesInvolving(read.projection(),
				read.filter().asOf(), List.of(Sector.JUSTICE), List.of(Sector.CSO, Sector.PRIVATE), everyone, Set.of(),
				2, TOP, false);
		var rows = new ArrayList<List<String>>();
		for (BridgingResults.Opportunity opportunity : best) {
			String introducers = opportunity.introducers().isEmpty() ? "none shared"
					: Wording.names(opportunity.introducers().stream().map(BridgingResults.Introducer::name).toList());
			rows.add(List.of(opportunity.from().name(), opportunity.to().name(),
					String.format(Locale.ROOT, "%.2f", opportunity.score()), introducers));
		}
		if (rows.isEmpty()) {
			rows.add(List.of("No opportunity found", "", "", ""));
		}
		table("Bridging opportunities: justice agencies with CSOs and companies",
				List.of("Justice agency", "Partner", "Score", "Who could introduce them"), rows,
				List.of(0.28, 0.28, 0.1, 0.34), slides);
	}

	private static void findingSlides(List<Finding> findings, List<Deck.Slide> slides) {
		List<Finding> kept = findings.subList(0, Math.min(FindingsService.DEFAULT_LIMIT, findings.size()));
		if (kept.isEmpty()) {
			slides.add(new Deck.Slide("Findings", List.of(new Deck.Text(List.of("No finding."), 16, false))));
			return;
		}
		for (int from = 0; from < kept.size(); from += FINDINGS_PER_SLIDE) {
			var blocks = new ArrayList<Deck.Block>();
			for (Finding finding : kept.subList(from, Math.min(kept.size(), from + FINDINGS_PER_SLIDE))) {
				blocks.add(new Deck.Text(List.of("• " + finding.text()), 15, false));
				blocks.add(new Deck.Text(List.of("Source: " + finding.sourceTitle() + " (" + finding.api() + ")"), 10,
						false));
			}
			slides.add(new Deck.Slide(from == 0 ? "Findings" : "Findings (continued)", blocks));
		}
	}

	/**
	 * Every evidence string of the organisations and links shown, with how many of them
	 * cite it, read at the levels the view is drawn at.
	 */
	private Map<String, Integer> evidence(FindingsService.ViewFindings read, VisibleNetwork network) {
		var cited = new TreeMap<String, Integer>();
		if (read.elements() == null) {
			return cited;
		}
		Set<String> nodes = new HashSet<>();
		network.nodes().forEach(node -> nodes.add(node.id()));
		Set<String> links = new HashSet<>();
		network.edges().forEach(edge -> links.add(edge.id()));
		NetworkSnapshot snapshot = this.store.readAll(new Visibility(Set.copyOf(network.levels())));
		snapshot.stakeholders()
			.stream()
			.filter(s -> nodes.contains(s.id()) && s.evidence() != null && !s.evidence().isBlank())
			.forEach(s -> cited.merge(s.evidence().strip(), 1, Integer::sum));
		snapshot.links()
			.stream()
			.filter(l -> links.contains(l.id()) && l.evidence() != null && !l.evidence().isBlank())
			.forEach(l -> cited.merge(l.evidence().strip(), 1, Integer::sum));
		return cited;
	}

	/** The evidence, with how many records cite each, and the pack's level. */
	private static void sources(Map<String, Integer> cited, Confidentiality level, String levels,
			List<Deck.Slide> slides) {
		var lines = new ArrayList<String>();
		for (Map.Entry<String, Integer> source : cited.entrySet()) {
			lines.add("• " + source.getKey() + " (" + Wording.count(source.getValue(), "record", "records") + ")");
		}
		if (lines.isEmpty()) {
			lines.add("No evidence recorded for what this pack shows.");
		}
		String closing = "Confidentiality of this pack: " + level.name() + ". Read at " + levels
				+ "; its most confidential record is " + level.name()
				+ (level == Confidentiality.PUBLIC ? ", so it may be shared."
						: ": share it only with people who may see " + level.name() + " data.");
		for (int from = 0; from < lines.size(); from += SOURCES_PER_SLIDE) {
			var blocks = new ArrayList<Deck.Block>();
			blocks.add(new Deck.Text(lines.subList(from, Math.min(lines.size(), from + SOURCES_PER_SLIDE)), 10, false));
			if (from + SOURCES_PER_SLIDE >= lines.size()) {
				blocks.add(new Deck.Text(List.of(closing), 14, true));
			}
			slides.add(new Deck.Slide(from == 0 ? "Data sources" : "Data sources (continued)", blocks));
		}
	}

	private static void table(String heading, List<String> headers, List<List<String>> rows, List<Double> widths,
			List<Deck.Slide> slides) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_SLIDE) {
			slides.add(new Deck.Slide(from == 0 ? heading : heading + " (continued)", List.of(new Deck.Table(headers,
					rows.subList(from, Math.min(rows.size(), from + ROWS_PER_SLIDE)), widths))));
		}
	}

	static String levelsText(List<Confidentiality> levels) {
		if (levels.isEmpty()) {
			return "no level (nothing of the view is visible)";
		}
		if (levels.size() == 1) {
			return "the " + levels.getFirst().name() + " level only";
		}
		return "the " + Wording.and(levels.stream().map(Enum::name).toList()) + " levels";
	}

}
