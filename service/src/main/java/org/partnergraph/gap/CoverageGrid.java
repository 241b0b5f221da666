package org.partnergraph.gap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.partnergraph.model.Countries;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.partnergraph.store.NetworkFilter;
import org.partnergraph.store.Projection;

/**
 * Who covers each country x theme x sector cell, telling missing partnership from missing
 * data. An empty cell is only a gap when the sector is present in the country and every
 * one of its organisations there has its themes recorded: if one has none recorded, it
 * may well work on the theme, and the cell is "themes unknown". A sector with no
 * organisation in the country is "absent" (the country x sector grid shows it), not a
 * theme gap. The answer also says how complete the data are, sector by sector.
 */
final class CoverageGrid {

	static final String COVERED = "covered";

	static final String GAP = "gap";

	static final String UNKNOWN = "themes-unknown";

	static final String ABSENT = "absent";

	/** How a sentence names a sector's organisations; others use the sector's label. */
	private static final Map<String, String[]> NOUNS = Map.of("JUSTICE",
			new String[] { "justice agency", "justice agencies" }, "STATE",
			new String[] { "state agency", "state agencies" }, "MECHANISM",
			new String[] { "national mechanism", "national mechanisms" }, "ASEAN",
			new String[] { "ASEAN body", "ASEAN bodies" }, "CSO",
			new String[] { "civil society organisation", "civil society organisations" }, "PRIVATE",
			new String[] { "company", "companies" }, "INTERNATIONAL",
			new String[] { "international organisation", "international organisations" }, "DONOR",
			new String[] { "donor", "donors" }, "PROGRAMME", new String[] { "programme", "programmes" }, "INSTRUMENT",
			new String[] { "instrument", "instruments" });

	private CoverageGrid() {
	}

	static GapResults.Coverage of(Projection projection, NetworkFilter filter, GapService.CoverageDimension dimension) {
		boolean bySector = dimension == GapService.CoverageDimension.SECTOR;
		List<String> countries = countries(filter, projection);
		List<String> sectors = (filter.sectors().isEmpty() ? Sector.analysedByDefault() : filter.sectors()).stream()
			.map(Enum::name)
			.toList();
		List<String> themes = bySector ? Collections.singletonList(null) : themes(filter, projection);
		// country|theme|sector -> who covers it; country||sector -> who operates there,
		// and
		// how many of them have no theme recorded
		Map<String, List<GapResults.StakeholderRef>> covering = new HashMap<>();
		Map<String, Integer> present = new HashMap<>();
		Map<String, Integer> unrecorded = new HashMap<>();
		for (Projection.Node node : projection.nodes()) {
			var ref = new GapResults.StakeholderRef(node.id(), node.name());
			for (String country : node.countries()) {
				present.merge(key(country, null, node.sector()), 1, Integer::sum);
				if (node.themes().isEmpty()) {
					unrecorded.merge(key(country, null, node.sector()), 1, Integer::sum);
				}
				if (bySector) {
					covering.computeIfAbsent(key(country, null, node.sector()), x -> new ArrayList<>()).add(ref);
				}
				else {
					for (String theme : node.themes()) {
						covering.computeIfAbsent(key(country, theme, node.sector()), x -> new ArrayList<>()).add(ref);
					}
				}
			}
		}
		var cells = new ArrayList<GapResults.CoverageCell>();
		Map<String, Integer> counts = new HashMap<>();
		for (String country : countries) {
			for (String theme : themes) {
				for (String sector : sectors) {
					var who = covering.getOrDefault(key(country, theme, sector), List.of());
					int unknown = bySector ? 0 : unrecorded.getOrDefault(key(country, null, sector), 0);
					String status;
					if (!who.isEmpty()) {
						status = COVERED;
					}
					else if (bySector) {
						status = GAP;
					}
					else if (present.getOrDefault(key(country, null, sector), 0) == 0) {
						status = ABSENT;
					}
					else {
						status = unknown > 0 ? UNKNOWN : GAP;
					}
					counts.merge(status, 1, Integer::sum);
					cells.add(new GapResults.CoverageCell(country, Countries.TARGET.contains(country), theme, sector,
							who.stream().sorted(Comparator.comparing(GapResults.StakeholderRef::name)).toList(), status,
							unknown));
				}
			}
		}
		return new GapResults.Coverage(dimension.name().toLowerCase(Locale.ROOT), countries,
				bySector ? List.of() : themes, sectors, counts.getOrDefault(GAP, 0), cells,
				counts.getOrDefault(UNKNOWN, 0), counts.getOrDefault(ABSENT, 0), completeness(projection, sectors));
	}

	/** For each sector with organisations here, how many lack themes or countries. */
	private static List<GapResults.Completeness> completeness(Projection projection, List<String> sectors) {
		var result = new ArrayList<GapResults.Completeness>();
		for (String sector : sectors) {
			int members = 0;
			int withoutThemes = 0;
			int withoutCountries = 0;
			for (Projection.Node node : projection.nodes()) {
				if (node.sector().equals(sector)) {
					members++;
					withoutThemes += node.themes().isEmpty() ? 1 : 0;
					withoutCountries += node.countries().isEmpty() ? 1 : 0;
				}
			}
			if (members > 0) {
				result.add(new GapResults.Completeness(sector, members, withoutThemes, withoutCountries,
						sentence(sector, members, withoutThemes)));
			}
		}
		return result;
	}

	/** "12 of 14 justice agencies have no themes recorded". */
	static String sentence(String sector, int members, int withoutThemes) {
		String[] noun = NOUNS.getOrDefault(sector, new String[] { sector.toLowerCase(Locale.ROOT) + " organisation",
				sector.toLowerCase(Locale.ROOT) + " organisations" });
		String whom = members == 1 ? noun[0] : noun[1];
		if (withoutThemes == 0) {
			return (members == 1 ? "The " : "All " + members + " ") + whom + (members == 1 ? " has" : " have")
					+ " themes recorded";
		}
		if (withoutThemes == members) {
			return (members == 1 ? "The " : "None of the " + members + " ") + whom + (members == 1 ? " has no" : " has")
					+ " themes recorded";
		}
		return withoutThemes + " of " + members + " " + whom + (withoutThemes == 1 ? " has" : " have")
				+ " no themes recorded";
	}

	private static List<String> countries(NetworkFilter filter, Projection projection) {
		var present = new TreeSet<String>();
		projection.nodes().forEach(node -> present.addAll(node.countries()));
		var ordered = new LinkedHashSet<String>();
		if (!filter.countries().isEmpty()) {
			filter.countries().stream().filter(Countries.TARGET::contains).sorted().forEach(ordered::add);
			ordered.addAll(filter.countries());
			return List.copyOf(ordered);
		}
		Countries.TARGET.stream().sorted().forEach(ordered::add);
		Countries.ASEAN.stream().sorted().forEach(ordered::add);
		ordered.addAll(present);
		return List.copyOf(ordered);
	}

	private static List<String> themes(NetworkFilter filter, Projection projection) {
		if (!filter.themes().isEmpty()) {
			return filter.themes();
		}
		var themes = new LinkedHashSet<>(Themes.catalogue().keySet());
		projection.nodes().forEach(node -> themes.addAll(node.themes()));
		return List.copyOf(themes);
	}

	private static String key(String country, String theme, String sector) {
		return country + "|" + theme + "|" + sector;
	}

}
