package org.partnergraph.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.partnergraph.model.Sector;
import org.partnergraph.problem.BadParameterException;

/**
 * The sector pairs a gap question is about: the sector matrix flags a missing or thin tie
 * only for these, so the pairs that matter stand out instead of drowning among pairs no
 * one asked about (donors with donors, programmes with companies...).
 *
 * <p>
 * By default, every pair of two different sectors among justice, civil society, the
 * private sector, national mechanisms and ASEAN bodies: the programme's question is
 * whether justice agencies, civil society and companies work together, and whether the
 * national mechanisms reach the regional (ASEAN) level. {@code pairs} in a request names
 * others, as {@code JUSTICE-CSO,CSO-CSO}, or {@code all} for every pair.
 */
public record SectorPairs(Set<String> pairs) {

	/** The sectors whose pairs the default question is about. */
	public static final List<Sector> DEFAULT_SECTORS = List.of(Sector.JUSTICE, Sector.CSO, Sector.PRIVATE,
			Sector.MECHANISM, Sector.ASEAN);

	public static final SectorPairs DEFAULT = between(DEFAULT_SECTORS);

	public static final SectorPairs ALL = new SectorPairs(null);

	/** Whether the pair of these two sectors, in either order, is asked about. */
	public boolean asks(Sector a, Sector b) {
		return this.pairs == null || this.pairs.contains(key(a, b));
	}

	/**
	 * The pairs asked about among the sectors a matrix shows, as {@code A-B} in sector
	 * order; every pair of them for {@link #ALL}.
	 */
	public List<String> names(List<Sector> shown) {
		var names = new ArrayList<String>();
		Sector[] sectors = Sector.values();
		for (int i = 0; i < sectors.length; i++) {
			for (int j = i; j < sectors.length; j++) {
				if (shown.contains(sectors[i]) && shown.contains(sectors[j]) && asks(sectors[i], sectors[j])) {
					names.add(key(sectors[i], sectors[j]));
				}
			}
		}
		return names;
	}

	/** Every pair of two different sectors among these. */
	public static SectorPairs between(List<Sector> sectors) {
		var pairs = new LinkedHashSet<String>();
		for (Sector a : sectors) {
			for (Sector b : sectors) {
				if (a != b) {
					pairs.add(key(a, b));
				}
			}
		}
		return new SectorPairs(Set.copyOf(pairs));
	}

	/**
	 * Reads {@code pairs} from a request: absent is the default, {@code all} every pair,
	 * otherwise a comma-separated list of {@code SECTOR-SECTOR}.
	 */
	public static SectorPairs parse(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT;
		}
		if ("all".equalsIgnoreCase(value.strip())) {
			return ALL;
		}
		var pairs = new LinkedHashSet<String>();
		for (String item : value.split(",")) {
			String pair = item.strip().toUpperCase(Locale.ROOT);
			if (pair.isEmpty()) {
				continue;
			}
			String[] ends = pair.split("-", -1);
			if (ends.length != 2) {
				throw new BadParameterException("pairs",
						"pairs '" + item.strip() + "' is not two sectors joined by '-', e.g. JUSTICE-CSO", List.of());
			}
			pairs.add(key(sector(ends[0]), sector(ends[1])));
		}
		return pairs.isEmpty() ? DEFAULT : new SectorPairs(Set.copyOf(pairs));
	}

	private static Sector sector(String code) {
		try {
			return Sector.valueOf(code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("pairs",
					"pairs: '" + code + "' is not one of " + Arrays.toString(Sector.values()),
					Arrays.stream(Sector.values()).map(Enum::name).toList());
		}
	}

	private static String key(Sector a, Sector b) {
		return a.ordinal() <= b.ordinal() ? a.name() + "-" + b.name() : b.name() + "-" + a.name();
	}

}
