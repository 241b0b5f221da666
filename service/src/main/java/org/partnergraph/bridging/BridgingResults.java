package org.partnergraph.bridging;

import java.util.List;
import java.util.Map;

/** The answers of the bridging endpoints. */
public final class BridgingResults {

	private BridgingResults() {
	}

	public record Opportunities(List<String> from, List<String> to, Map<String, Double> weights,
			List<Opportunity> opportunities) {
	}

	/**
	 * A partnership worth brokering.
	 *
	 * @param score weighted sum of the components, from 0 to 1
	 * @param components proximity, complementarity, geography and gap, each from 0 to 1,
	 * plus the raw sharedPartners, adamicAdar and resourceAllocation
	 * @param reasons the same, in words
	 * @param introducers organisations tied to both, strongest first
	 */
	public record Opportunity(Party from, Party to, double score, Map<String, Double> components, List<String> reasons,
			List<Introducer> introducers) {
	}

	public record Party(String id, String name, String sector) {
	}

	/**
	 * @param strength the weaker of its two ties, from 0 to 1 (weight, recency, openness)
	 */
	public record Introducer(String id, String name, String sector, double strength) {
	}

	public record Paths(Party from, Party to, int maxHops, List<Path> paths) {
	}

	/**
	 * @param quality the mean strength of its ties, from 0 to 1
	 */
	public record Path(int hops, double quality, List<Party> nodes, List<PathLink> links) {
	}

	public record PathLink(String id, String type, String from, String to) {
	}

}
