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
	public record SectorMatrix(List<String> country, double threshold, List<SectorSummary> sectors, List<Cell> cells) {
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
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Cell(String from, String to, int ties, int links, Map<String, Integer> linksByType, int possiblePairs,
			Double density, boolean flagged) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Coverage(String dimension, List<String> countries, List<String> themes, List<String> sectors,
			int gaps, List<CoverageCell> cells) {
	}

	/** Who covers one country (and theme) for one sector; an empty list is a gap. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record CoverageCell(String country, boolean target, String theme, String sector,
			List<StakeholderRef> stakeholders) {
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
