package org.partnergraph.change;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.partnergraph.bridging.BridgingResults;

/** The what-if request and answer. */
public final class WhatIf {

	private WhatIf() {
	}

	/**
	 * Links to add and to remove, hypothetically, and stakeholders leaving.
	 *
	 * @param exit ids of stakeholders whose links all end (a funding-exit scenario)
	 * @param linkTypes when given, only the exiting stakeholders' links of these types
	 * end
	 */
	public record Request(List<NewLink> add, List<Removal> remove, List<String> exit, List<String> linkTypes) {

		public Request {
			add = add == null ? List.of() : List.copyOf(add);
			remove = remove == null ? List.of() : List.copyOf(remove);
			exit = exit == null ? List.of() : List.copyOf(exit);
			linkTypes = linkTypes == null ? List.of() : List.copyOf(linkTypes);
		}

		public Request(List<NewLink> add, List<Removal> remove) {
			this(add, remove, null, null);
		}

	}

	public record NewLink(String from, String to, String type) {
	}

	/** A link to remove: by its id, or by its ends and type. */
	public record Removal(String id, String from, String to, String type) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Removal ofId(String id) {
			return new Removal(id, null, null, null);
		}

	}

	/**
	 * @param exit what the stakeholders' exit would cut off; absent when no one exits
	 */
	public record Answer(List<String> added, List<String> removed, Fragmentation before, Fragmentation after,
			List<SectorPairChange> sectorPairs, List<CheckChange> unlinked, List<CentralityChange> centrality,
			@JsonInclude(JsonInclude.Include.NON_NULL) Exit exit) {
	}

	/**
	 * What stakeholders leaving would cut off, the rest of the scenario (added and
	 * removed links) applied too.
	 *
	 * @param stakeholders the exiting stakeholders
	 * @param linkTypes the types of their links that end
	 * @param ended the ids of the links that end (also in removed)
	 * @param loseEveryFunder organisations that had at least one funder (an incoming
	 * FUNDS tie) and would have none
	 * @param loseJusticePath organisations, justice agencies aside, that could reach a
	 * justice agency (sector JUSTICE) through the ties, whatever their direction, and
	 * could not any more
	 * @param repairFunding the best partnerships between another donor and an
	 * organisation that loses every funder, at most two for each, on the network after
	 * the exit
	 * @param repairJustice the best partnerships between a justice agency and an
	 * organisation that loses its path to one, at most two for each
	 */
	public record Exit(List<Organisation> stakeholders, List<String> linkTypes, List<String> ended,
			List<LostFunding> loseEveryFunder, List<LostJustice> loseJusticePath,
			List<BridgingResults.Opportunity> repairFunding, List<BridgingResults.Opportunity> repairJustice) {
	}

	public record Organisation(String id, String name, String sector) {
	}

	/**
	 * @param funders the ids of the funders it had
	 * @param tiedDonors donors that stay and are already tied to it by another link (so
	 * no bridging suggestion pairs them): the first to ask
	 */
	public record LostFunding(String id, String name, String sector, List<String> funders,
			List<Organisation> tiedDonors) {
	}

	/**
	 * @param justiceAgencies how many justice agencies it could reach before
	 */
	public record LostJustice(String id, String name, String sector, int justiceAgencies) {
	}

	/**
	 * @param fragmentation the share of pairs of organisations that cannot reach each
	 * other: 1 - sum of s(s-1) over components of size s, divided by n(n-1)
	 */
	public record Fragmentation(int components, int largestComponent, double fragmentation, int flaggedSectorPairs) {
	}

	public record SectorPairChange(String from, String to, int tiesBefore, int tiesAfter, boolean flaggedBefore,
			boolean flaggedAfter) {
	}

	public record CheckChange(String name, String title, String description, int before, int after) {
	}

	public record CentralityChange(String id, String name, double degreeBefore, double degreeAfter,
			double betweennessBefore, double betweennessAfter) {
	}

}
