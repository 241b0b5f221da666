package org.partnergraph.change;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The what-if request and answer. */
public final class WhatIf {

	private WhatIf() {
	}

	/** Links to add and to remove, hypothetically. */
	public record Request(List<NewLink> add, List<Removal> remove) {

		public Request {
			add = add == null ? List.of() : List.copyOf(add);
			remove = remove == null ? List.of() : List.copyOf(remove);
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

	public record Answer(List<String> added, List<String> removed, Fragmentation before, Fragmentation after,
			List<SectorPairChange> sectorPairs, List<CheckChange> unlinked, List<CentralityChange> centrality) {
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
