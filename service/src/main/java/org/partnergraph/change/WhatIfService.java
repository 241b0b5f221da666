package org.partnergraph.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.partnergraph.algorithms.Centrality;
import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.algorithms.Direction;
import org.partnergraph.algorithms.NetworkSummary;
import org.partnergraph.bridging.BridgingService;
import org.partnergraph.gap.GapResults;
import org.partnergraph.gap.GapService;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkStatus;
import org.partnergraph.model.LinkType;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.store.Projection;
import org.partnergraph.web.RequestParameters;
import org.springframework.stereotype.Service;

/**
 * What adding or removing links would change: the gap metrics, the centrality of the
 * organisations touched, and fragmentation. Works on a copy in memory; nothing is
 * written.
 */
@Service
public class WhatIfService {

	private final GraphStore store;

	private final BridgingService bridging;

	WhatIfService(GraphStore store, BridgingService bridging) {
		this.store = store;
		this.bridging = bridging;
	}

	public WhatIf.Answer whatIf(NetworkFilter filter, WhatIf.Request request) {
		Projection before = this.store.projection(filter, true);
		var links = new ArrayList<>(before.links());
		var touched = new LinkedHashSet<Integer>();
		var removed = new ArrayList<String>();
		for (WhatIf.Removal removal : request.remove()) {
			Projection.Link link = find(before, removal);
			links.remove(link);
			removed.add(link.id());
			touched.add(link.from());
			touched.add(link.to());
		}
		// The exit ends the links of the exiting stakeholders that remain after the
		// removals.
		FundingExit exit = FundingExit.of(before, request);
		var ended = new ArrayList<String>();
		if (exit != null) {
			touched.addAll(exit.exiting());
			for (Projection.Link link : List.copyOf(links)) {
				if (exit.ends(link)) {
					links.remove(link);
					ended.add(link.id());
					touched.add(link.from());
					touched.add(link.to());
				}
			}
			removed.addAll(ended);
		}
		var added = new ArrayList<String>();
		for (WhatIf.NewLink proposal : request.add()) {
			int from = index(before, proposal.from());
			int to = index(before, proposal.to());
			if (from == to) {
				throw new BadParameterException("add", "a link cannot join '" + proposal.from() + "' to itself",
						List.of());
			}
			LinkType type = type("add", proposal.type());
			String id = "proposed~" + proposal.from() + "~" + type + "~" + proposal.to();
			links.add(new Projection.Link(id, from, to, type, 1.0, null, null, LinkStatus.PLANNED.name(),
					Confidentiality.PUBLIC));
			added.add(id);
			touched.add(from);
			touched.add(to);
		}
		var builder = CompactGraph.builder(before.nodes().size());
		links.forEach(link -> builder.addLink(link.from(), link.to(), link.weight(), link.type().symmetric()));
		Projection after = new Projection(builder.build(), before.nodes(), List.copyOf(links));

		GapResults.SectorMatrix matrixBefore = GapService.sectorMatrix(before, filter, 0);
		GapResults.SectorMatrix matrixAfter = GapService.sectorMatrix(after, filter, 0);
		var pairs = new ArrayList<WhatIf.SectorPairChange>();
		for (int i = 0; i < matrixBefore.cells().size(); i++) {
			GapResults.Cell old = matrixBefore.cells().get(i);
			GapResults.Cell now = matrixAfter.cells().get(i);
			if (old.ties() != now.ties()) {
				pairs.add(new WhatIf.SectorPairChange(old.from(), old.to(), old.ties(), now.ties(), old.flagged(),
						now.flagged()));
			}
		}
		GapResults.Unlinked checksBefore = GapService.unlinked(before);
		GapResults.Unlinked checksAfter = GapService.unlinked(after);
		var checks = new ArrayList<WhatIf.CheckChange>();
		for (int i = 0; i < checksBefore.checks().size(); i++) {
			GapResults.Check check = checksBefore.checks().get(i);
			checks.add(new WhatIf.CheckChange(check.name(), check.title(), check.description(),
					check.stakeholders().size(), checksAfter.checks().get(i).stakeholders().size()));
		}
		double[] degreeBefore = Centrality.degree(before.graph(), Direction.UNDIRECTED, false);
		double[] degreeAfter = Centrality.degree(after.graph(), Direction.UNDIRECTED, false);
		double[] betweennessBefore = Centrality.betweenness(before.graph(), Direction.UNDIRECTED, false);
		double[] betweennessAfter = Centrality.betweenness(after.graph(), Direction.UNDIRECTED, false);
		var centrality = new ArrayList<WhatIf.CentralityChange>();
		for (int node : touched) {
			Projection.Node info = before.nodes().get(node);
			centrality.add(new WhatIf.CentralityChange(info.id(), info.name(), degreeBefore[node], degreeAfter[node],
					betweennessBefore[node], betweennessAfter[node]));
		}
		WhatIf.Exit cutOff = exit == null ? null : exit.consequences(after, ended, this.bridging,
				filter.asOf() != null ? filter.asOf() : LocalDate.now());
		return new WhatIf.Answer(added, removed, fragmentation(before.graph(), matrixBefore),
				fragmentation(after.graph(), matrixAfter), pairs, checks, centrality, cutOff);
	}

	private static WhatIf.Fragmentation fragmentation(CompactGraph graph, GapResults.SectorMatrix matrix) {
		int n = graph.nodeCount();
		int[] sizes = NetworkSummary.componentSizes(graph);
		double reachablePairs = 0;
		int largest = 0;
		for (int size : sizes) {
			reachablePairs += (double) size * (size - 1);
			largest = Math.max(largest, size);
		}
		double fragmentation = n < 2 ? 0 : 1 - reachablePairs / ((double) n * (n - 1));
		int flagged = (int) matrix.cells().stream().filter(GapResults.Cell::flagged).count();
		return new WhatIf.Fragmentation(sizes.length, largest, fragmentation, flagged);
	}

	private static Projection.Link find(Projection projection, WhatIf.Removal removal) {
		if (removal.id() != null) {
			return projection.links()
				.stream()
				.filter(link -> link.id().equals(removal.id()))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("No link '" + removal.id() + "'"));
		}
		int from = index(projection, removal.from());
		int to = index(projection, removal.to());
		LinkType type = type("remove", removal.type());
		Set<Integer> ends = Set.of(from, to);
		return projection.links()
			.stream()
			.filter(link -> link.type() == type && Set.of(link.from(), link.to()).equals(ends)
					&& (type.symmetric() || link.from() == from))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(
					"No " + type + " link from '" + removal.from() + "' to '" + removal.to() + "'"));
	}

	private static int index(Projection projection, String id) {
		int index = id == null ? -1 : projection.indexOf(id);
		if (index < 0) {
			throw new NotFoundException("No stakeholder '" + id + "'");
		}
		return index;
	}

	private static LinkType type(String parameter, String type) {
		LinkType parsed = RequestParameters.enumValue(parameter + ".type", type, LinkType.class, null);
		if (parsed == null) {
			throw new BadParameterException(parameter + ".type", "each link needs a type",
					java.util.Arrays.stream(LinkType.values()).map(Enum::name).toList());
		}
		return parsed;
	}

}
