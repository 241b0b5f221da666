package org.partnergraph.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnergraph.bridging.BridgingResults;
import org.partnergraph.bridging.BridgingService;
import org.partnergraph.gap.GapResults;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Sector;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkElements;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.store.Projection;
import org.partnergraph.view.SavedView;
import org.partnergraph.view.ViewService;
import org.partnergraph.view.VisibleNetwork;
import org.springframework.stereotype.Service;

/**
 * Findings in words: a short list of plain sentences worked out from the analyses (gaps
 * between sectors, missing-tie checks, single points of failure, funding, brokers between
 * justice agencies and CSOs, bridging opportunities), each with its numbers, its source
 * and where to see it. No language model: the same data give the same words.
 *
 * <p>
 * Computed on what the reader may see only: for a network, the caller's projection; for a
 * saved view, the caller's levels narrowed by the view's own confidentiality filter, and
 * its focus, exactly as the view's picture is drawn.
 */
@Service
public class FindingsService {

	static final int DEFAULT_LIMIT = 10;

	static final int MAX_LIMIT = 50;

	/** Bridging suggestions turned into findings. */
	private static final int SUGGESTIONS = 2;

	private final GraphStore store;

	private final BridgingService bridging;

	private final ViewService views;

	FindingsService(GraphStore store, BridgingService bridging, ViewService views) {
		this.store = store;
		this.bridging = bridging;
		this.views = views;
	}

	/** The findings of the filtered network the caller may see. */
	public Finding.Findings network(NetworkFilter filter, boolean dated, int limit) {
		var levels = new ArrayList<String>();
		for (Confidentiality level : Confidentiality.values()) {
			if (Visibility.current().levels().contains(level)
					&& (filter.confidentiality().isEmpty() || filter.confidentiality().contains(level))) {
				levels.add(level.name());
			}
		}
		return limited(levels, compute(this.store.projection(filter, true), filter,
				FindingLinks.explorer(filter, dated), this.store.elements(filter)), limit);
	}

	/** The findings of a saved view, as the caller may see it. */
	public Finding.Findings view(SavedView view, int limit) {
		return limited(levels(view), forView(view).findings(), limit);
	}

	/**
	 * Everything a briefing of the view needs from the same read: the filter and
	 * projection it was computed on (empty projection when the caller sees nothing of it)
	 * and every finding, most important first.
	 */
	public ViewFindings forView(SavedView view) {
		var filter = this.views.readerFilter(view);
		if (filter.isEmpty()) {
			return new ViewFindings(null, null, null, Confidentiality.PUBLIC, List.of());
		}
		Projection projection = this.store.projection(filter.get(), true);
		NetworkElements elements = this.store.elements(filter.get());
		Confidentiality level = highest(elements);
		if (view.focus() != null) {
			VisibleNetwork network = this.views.network(view);
			Set<String> shown = new HashSet<>();
			network.nodes().forEach(node -> shown.add(node.id()));
			projection = SubNetwork.of(projection, node -> shown.contains(node.id()));
			elements = new NetworkElements(
					elements.nodes().stream().filter(e -> shown.contains((String) e.data().get("id"))).toList(),
					elements.edges()
						.stream()
						.filter(e -> shown.contains((String) e.data().get("source"))
								&& shown.contains((String) e.data().get("target")))
						.toList());
		}
		var links = FindingLinks.view(view.id(), filter.get(), view.filters().asOf() != null);
		return new ViewFindings(filter.get(), projection, elements, level,
				compute(projection, filter.get(), links, elements));
	}

	/**
	 * @param filter the filter the view was read with; null when the caller sees nothing
	 * of it
	 * @param projection what the findings were computed on
	 * @param elements the same network as drawn, with names and acronyms
	 * @param level the most confidential record of the view's filtered network (focus or
	 * not) read for the caller: everything computed from it is of that level, since
	 * without those records it would be the same
	 * @param findings most important first, all of them
	 */
	public record ViewFindings(NetworkFilter filter, Projection projection, NetworkElements elements,
			Confidentiality level, List<Finding> findings) {
	}

	private static Confidentiality highest(NetworkElements elements) {
		Confidentiality highest = Confidentiality.PUBLIC;
		for (List<NetworkElements.Element> kind : List.of(elements.nodes(), elements.edges())) {
			for (NetworkElements.Element element : kind) {
				if (element.data().get("confidentiality") instanceof String level
						&& Confidentiality.valueOf(level).compareTo(highest) > 0) {
					highest = Confidentiality.valueOf(level);
				}
			}
		}
		return highest;
	}

	/** The levels a view's findings are computed at for the caller. */
	List<String> levels(SavedView view) {
		return this.views.readerFilter(view)
			.map(filter -> filter.confidentiality().stream().map(Enum::name).toList())
			.orElse(List.of());
	}

	private List<Finding> compute(Projection projection, NetworkFilter filter, FindingLinks links,
			NetworkElements elements) {
		Map<String, String> shortNames = shortNames(elements);
		var findings = new ArrayList<>(new NetworkFindings(projection, filter, links, shortNames).all());
		findings.addAll(suggestions(projection, filter, links, shortNames));
		findings.sort(Comparator.comparingInt(Finding::importance).reversed().thenComparing(Finding::key));
		return List.copyOf(findings);
	}

	/** The best new partnerships between justice agencies and CSOs or companies. */
	private List<Finding> suggestions(Projection projection, NetworkFilter filter, FindingLinks links,
			Map<String, String> shortNames) {
		Set<String> everyone = new HashSet<>();
		projection.nodes().forEach(node -> everyone.add(node.id()));
		List<BridgingResults.Opportunity> best = this.bridging.opportunitiesInvolving(projection, filter.asOf(),
				List.of(Sector.JUSTICE), List.of(Sector.CSO, Sector.PRIVATE), everyone, Set.of(), SUGGESTIONS,
				SUGGESTIONS, false);
		var findings = new ArrayList<Finding>();
		for (int rank = 0; rank < best.size(); rank++) {
			BridgingResults.Opportunity opportunity = best.get(rank);
			String from = shortNames.getOrDefault(opportunity.from().id(), opportunity.from().name());
			String to = shortNames.getOrDefault(opportunity.to().id(), opportunity.to().name());
			List<String> introducers = opportunity.introducers()
				.stream()
				.limit(2)
				.map(i -> shortNames.getOrDefault(i.id(), i.name()))
				.toList();
			String text = "A partnership worth brokering: " + from + " with " + to + " (score "
					+ Wording.score(opportunity.score()) + ")"
					+ (introducers.isEmpty() ? "; no shared partner could introduce them"
							: "; " + Wording.and(introducers) + " could introduce them");
			var numbers = new LinkedHashMap<String, Object>();
			numbers.put("score", Math.round(opportunity.score() * 1000) / 1000.0);
			numbers.put("rank", rank + 1);
			var named = new ArrayList<GapResults.StakeholderRef>();
			named.add(new GapResults.StakeholderRef(opportunity.from().id(), opportunity.from().name()));
			named.add(new GapResults.StakeholderRef(opportunity.to().id(), opportunity.to().name()));
			opportunity.introducers()
				.stream()
				.limit(2)
				.forEach(i -> named.add(new GapResults.StakeholderRef(i.id(), i.name())));
			findings
				.add(new Finding("bridging:" + opportunity.from().id() + "~" + opportunity.to().id(), text, 45 - rank,
						"bridging/opportunities", "Bridging opportunities", links.apiExcept("bridging/opportunities",
								List.of("sector", "theme"), "from=JUSTICE", "to=CSO,PRIVATE"),
						links.page(), numbers, named));
		}
		return findings;
	}

	/** Long names by their acronym, as the pictures label them. */
	private static Map<String, String> shortNames(NetworkElements elements) {
		var names = new HashMap<String, String>();
		for (NetworkElements.Element node : elements.nodes()) {
			String name = (String) node.data().get("label");
			Object acronym = node.data().get("acronym");
			if (name != null && name.length() > 28 && acronym instanceof String a && !a.isBlank()) {
				names.put((String) node.data().get("id"), a);
			}
		}
		return names;
	}

	private static Finding.Findings limited(List<String> levels, List<Finding> findings, int limit) {
		int kept = Math.min(limit, findings.size());
		return new Finding.Findings(levels, findings.subList(0, kept), findings.size() - kept);
	}

}
