package org.partnergraph.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.partnergraph.algorithms.NetworkSummary;
import org.partnergraph.bridging.BridgingResults;
import org.partnergraph.bridging.BridgingService;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.store.Projection;
import org.partnergraph.web.RequestParameters;

/**
 * A funding-exit scenario: some stakeholders (typically donors) leave, their links end,
 * and we ask who is cut off. Pure computation on projections in memory; nothing is
 * written.
 */
final class FundingExit {

	/** Repair suggestions kept for each organisation cut off, and in all. */
	private static final int REPAIRS_EACH = 2;

	private static final int REPAIRS_IN_ALL = 10;

	private final Projection before;

	private final Set<Integer> exiting;

	private final Set<LinkType> types;

	private FundingExit(Projection before, Set<Integer> exiting, Set<LinkType> types) {
		this.before = before;
		this.exiting = exiting;
		this.types = types;
	}

	/**
	 * The scenario for the request's exit ids, or null when no one exits. Every id the
	 * caller cannot see in this projection is named as unknown, the same as an id that
	 * does not exist, so the answer tells nothing of hidden stakeholders.
	 */
	static FundingExit of(Projection before, WhatIf.Request request) {
		if (request.exit().isEmpty()) {
			if (!request.linkTypes().isEmpty()) {
				throw new BadParameterException("linkTypes",
						"linkTypes says which links of the exiting stakeholders " + "end, so it needs exit", List.of());
			}
			return null;
		}
		var exiting = new LinkedHashSet<Integer>();
		var unknown = new ArrayList<String>();
		for (String id : request.exit()) {
			int index = id == null ? -1 : before.indexOf(id);
			if (index < 0) {
				unknown.add("'" + id + "'");
			}
			else {
				exiting.add(index);
			}
		}
		if (!unknown.isEmpty()) {
			throw new NotFoundException("No stakeholder " + String.join(", ", unknown) + " to exit");
		}
		Set<LinkType> types = EnumSet.noneOf(LinkType.class);
		for (String name : request.linkTypes()) {
			LinkType type = RequestParameters.enumValue("linkTypes", name, LinkType.class, null);
			if (type != null) {
				types.add(type);
			}
		}
		return new FundingExit(before, exiting, types.isEmpty() ? EnumSet.allOf(LinkType.class) : types);
	}

	/** Whether the exit ends this link: one of its ends leaves, and its type is ended. */
	boolean ends(Projection.Link link) {
		return (this.exiting.contains(link.from()) || this.exiting.contains(link.to()))
				&& this.types.contains(link.type());
	}

	Set<Integer> exiting() {
		return this.exiting;
	}

	/**
	 * Who the scenario cuts off, comparing the network before with {@code after} (same
	 * nodes), and the partnerships that would best repair it on {@code after}.
	 */
	WhatIf.Exit consequences(Projection after, List<String> ended, BridgingService bridging, LocalDate day) {
		var nodes = this.before.nodes();
		List<Set<Integer>> fundersBefore = funders(this.before);
		List<Set<Integer>> fundersAfter = funders(after);
		var loseEveryFunder = new ArrayList<WhatIf.LostFunding>();
		int[] componentBefore = NetworkSummary.componentOf(this.before.graph());
		int[] componentAfter = NetworkSummary.componentOf(after.graph());
		int[] justiceBefore = justicePerComponent(componentBefore);
		int[] justiceAfter = justicePerComponent(componentAfter);
		var loseJusticePath = new ArrayList<WhatIf.LostJustice>();
		for (int node = 0; node < nodes.size(); node++) {
			if (this.exiting.contains(node)) {
				continue;
			}
			Projection.Node info = nodes.get(node);
			if (!fundersBefore.get(node).isEmpty() && fundersAfter.get(node).isEmpty()) {
				loseEveryFunder.add(new WhatIf.LostFunding(info.id(), info.name(), info.sector(),
						fundersBefore.get(node).stream().map(f -> nodes.get(f).id()).sorted().toList(),
						tiedDonors(after, node)));
			}
			if (!Sector.JUSTICE.name().equals(info.sector()) && justiceBefore[componentBefore[node]] > 0
					&& justiceAfter[componentAfter[node]] == 0) {
				loseJusticePath.add(new WhatIf.LostJustice(info.id(), info.name(), info.sector(),
						justiceBefore[componentBefore[node]]));
			}
		}
		Set<String> exitingIds = this.exiting.stream()
			.map(node -> nodes.get(node).id())
			.collect(Collectors.toCollection(TreeSet::new));
		List<BridgingResults.Opportunity> repairFunding = loseEveryFunder.isEmpty() ? List.of()
				: bridging.opportunitiesInvolving(after, day, List.of(Sector.DONOR),
						sectors(loseEveryFunder.stream().map(WhatIf.LostFunding::sector).toList()),
						loseEveryFunder.stream().map(WhatIf.LostFunding::id).collect(Collectors.toSet()), exitingIds,
						REPAIRS_EACH, REPAIRS_IN_ALL, true);
		List<BridgingResults.Opportunity> repairJustice = loseJusticePath.isEmpty() ? List.of()
				: bridging.opportunitiesInvolving(after, day, List.of(Sector.JUSTICE),
						sectors(loseJusticePath.stream().map(WhatIf.LostJustice::sector).toList()),
						loseJusticePath.stream().map(WhatIf.LostJustice::id).collect(Collectors.toSet()), exitingIds,
						REPAIRS_EACH, REPAIRS_IN_ALL, false);
		var stakeholders = this.exiting.stream()
			.map(node -> new WhatIf.Organisation(nodes.get(node).id(), nodes.get(node).name(),
					nodes.get(node).sector()))
			.toList();
		return new WhatIf.Exit(stakeholders, this.types.stream().map(Enum::name).toList(), ended, loseEveryFunder,
				loseJusticePath, repairFunding, repairJustice);
	}

	/** The donors still tied to this node after the exit, the leavers aside. */
	private List<WhatIf.Organisation> tiedDonors(Projection after, int node) {
		var donors = new ArrayList<WhatIf.Organisation>();
		for (int neighbour : after.graph().neighbours(node)) {
			Projection.Node info = after.nodes().get(neighbour);
			if (!this.exiting.contains(neighbour) && Sector.DONOR.name().equals(info.sector())) {
				donors.add(new WhatIf.Organisation(info.id(), info.name(), info.sector()));
			}
		}
		return donors;
	}

	/** The distinct funders of each node: the sources of its incoming FUNDS links. */
	private static List<Set<Integer>> funders(Projection projection) {
		var funders = new ArrayList<Set<Integer>>();
		projection.nodes().forEach(node -> funders.add(new TreeSet<>()));
		for (Projection.Link link : projection.links()) {
			if (link.type() == LinkType.FUNDS && link.from() != link.to()) {
				funders.get(link.to()).add(link.from());
			}
		}
		return funders;
	}

	/** How many justice agencies each component holds. */
	private int[] justicePerComponent(int[] component) {
		int[] justice = new int[this.before.nodes().size()];
		for (int node = 0; node < component.length; node++) {
			if (Sector.JUSTICE.name().equals(this.before.nodes().get(node).sector())) {
				justice[component[node]]++;
			}
		}
		return justice;
	}

	private static List<Sector> sectors(List<String> names) {
		return names.stream().distinct().sorted().map(Sector::valueOf).toList();
	}

}
