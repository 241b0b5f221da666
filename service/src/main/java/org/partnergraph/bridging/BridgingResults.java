package org.partnergraph.bridging;

import java.util.List;
import java.util.Map;

/** The answers of the bridging endpoints. */
public final class BridgingResults {

	private BridgingResults() {
	}

	/**
	 * @param crossBorder whether pairs working in different countries were allowed
	 * @param diverse whether the list was re-ordered so no partner appears more than
	 * twice in each ten places
	 * @param leftOut how many candidate pairs were left out, by why: crossBorder (their
	 * recorded countries all differ) and programmeOnly (one implements a programme the
	 * other works with, and nothing else connects them)
	 */
	public record Opportunities(List<String> from, List<String> to, Map<String, Double> weights,
			List<Opportunity> opportunities, boolean crossBorder, boolean diverse, Map<String, Integer> leftOut) {
	}

	/**
	 * A partnership worth brokering.
	 *
	 * @param score weighted sum of the components, from 0 to 1
	 * @param components fit, proximity, geography, gap and complementarity, each from 0
	 * to 1, plus the raw sharedPartners, adamicAdar and resourceAllocation
	 * @param reasons the same, in words
	 * @param introducers organisations tied to both, strongest first
	 * @param explanation why, in one sentence: shared geography, fit, and who could
	 * introduce them through which ties
	 * @param evidence the ties the explanation relies on, with where we know them from
	 */
	public record Opportunity(Party from, Party to, double score, Map<String, Double> components, List<String> reasons,
			List<Introducer> introducers, String explanation, List<Evidence> evidence) {
	}

	/**
	 * A tie a suggestion relies on.
	 *
	 * @param link the link id
	 * @param type its type
	 * @param from the id of its source
	 * @param to the id of its target
	 * @param evidence where we know it from (document and section), or null
	 */
	public record Evidence(String link, String type, String from, String to, String evidence) {
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
