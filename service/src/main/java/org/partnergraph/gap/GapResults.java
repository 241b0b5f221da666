package org.partnergraph.gap;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The answers of the gap endpoints. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class GapResults {

	private GapResults() {
	}

	/**
	 * Ties between and within sectors; {@code country} lists the country filter, if any.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record SectorMatrix(List<String> country, double threshold, List<SectorSummary> sectors, List<Cell> cells,
			List<String> pairs) {
	}

	/**
	 * @param eiIndex Krackhardt's E-I index, (external - internal) / (external +
	 * internal) ties; null without ties. -1 is a silo, +1 looks only outwards.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record SectorSummary(String sector, int stakeholders, int externalTies, int internalTies, Double eiIndex) {
	}

	/**
	 * One pair of sectors ({@code from} not after {@code to} in sector order).
	 *
	 * @param ties organisation pairs with at least one link
	 * @param links links between them, of any type
	 * @param density ties divided by the possible pairs; null when there is no possible
	 * pair
	 * @param flagged zero ties, or density under the threshold, where pairs are possible
	 * and the question asks about the pair
	 * @param asked whether the pair is one the question asks about ({@code pairs})
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Cell(String from, String to, int ties, int links, Map<String, Integer> linksByType, int possiblePairs,
			Double density, boolean flagged, boolean asked) {
	}

	/**
	 * @param gaps cells no organisation covers although the sector is there and all its
	 * organisations have their themes recorded
	 * @param unknown empty cells where some organisation of the sector has no themes
	 * recorded: missing data, not a gap
	 * @param absent empty cells of a sector with no organisation in the country
	 * @param completeness how complete the data are, per sector
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Coverage(String dimension, List<String> countries, List<String> themes, List<String> sectors,
			int gaps, List<CoverageCell> cells, int unknown, int absent, List<Completeness> completeness) {
	}

	/**
	 * Who covers one country (and theme) for one sector.
	 *
	 * @param status {@code covered}; {@code gap}: nobody, though the sector's
	 * organisations there have their themes recorded; {@code themes-unknown}: nobody
	 * recorded, but some of them have no themes recorded; {@code absent}: the sector has
	 * no organisation in the country
	 * @param themesUnknown the sector's organisations in the country with no themes
	 * recorded
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record CoverageCell(String country, boolean target, String theme, String sector,
			List<StakeholderRef> stakeholders, String status, int themesUnknown) {
	}

	/**
	 * How complete the data of one sector are.
	 *
	 * @param text the same in words, e.g. "12 of 14 justice agencies have no themes
	 * recorded"
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Completeness(String sector, int stakeholders, int withoutThemes, int withoutCountries, String text) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record StakeholderRef(String id, String name) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Unlinked(List<Check> checks) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Check(String name, String title, String description, List<StakeholderRef> stakeholders) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Dependencies(List<SinglePointOfFailure> singlePointsOfFailure,
			List<FundingConcentration> fundingConcentration) {
	}

	/**
	 * An organisation whose exit would cut {@code cutOff} off from the rest of its
	 * component.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record SinglePointOfFailure(String id, String name, String sector, List<StakeholderRef> cutOff) {
	}

	/**
	 * @param share the part of the recipient's funding (by link weight) from its largest
	 * funder
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record FundingConcentration(StakeholderRef recipient, int funders, StakeholderRef largestFunder,
			double share) {
	}

}
