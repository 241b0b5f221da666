package org.partnergraph.meta;

import java.util.List;

/**
 * What the service knows of its own vocabulary, for clients to build their choices,
 * palettes and legends from instead of copies of their own.
 *
 * @param sectors the sectors, in drawing order
 * @param linkTypes the link types
 * @param measures the centrality measures
 * @param themes the built-in themes (others are accepted as they come)
 * @param confidentiality the confidentiality levels, least restricted first
 * @param gapChecks the checks of missing ties
 * @param targetCountries the programme's countries, in its order
 * @param countries every ISO 3166-1 alpha-2 country by the name the region uses
 */
public record Catalogue(List<SectorInfo> sectors, List<LinkTypeInfo> linkTypes, List<MeasureInfo> measures,
		List<ThemeInfo> themes, List<String> confidentiality, List<GapCheckInfo> gapChecks,
		List<String> targetCountries, List<CountryInfo> countries) {

	public record SectorInfo(String code, String label, String shortLabel, String description, String colour,
			String shape) {
	}

	public record LinkTypeInfo(String code, String label, String description, boolean directed, String colour,
			String lineStyle, String arrow) {
	}

	public record MeasureInfo(String code, String label, String description, boolean directed) {
	}

	public record ThemeInfo(String id, String name, boolean victimSupport) {
	}

	public record GapCheckInfo(String name, String title, String description) {
	}

	public record CountryInfo(String code, String name, boolean target, boolean asean) {
	}

}
