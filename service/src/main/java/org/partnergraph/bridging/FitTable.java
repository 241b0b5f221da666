package org.partnergraph.bridging;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;

/**
 * Which pairs of organisations fit each other by what they do: a justice agency and a CSO
 * that supports victims, a CSO and a company in the same industry... One row per pairing,
 * kept in {@code bridging/fit-table.csv} (documented in the file itself) so a programme
 * can edit the pairings and their reasons without a release. The file named by
 * {@code partnergraph.bridging.fit-table} replaces the built-in one.
 */
final class FitTable {

	static final String BUILT_IN = "/bridging/fit-table.csv";

	private static final String ANY = "*";

	private static final String SUBSECTOR = "subsector:";

	private final List<Row> rows;

	FitTable(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	/**
	 * One pairing: an organisation of {@code sectorA} that works on any of {@code needsA}
	 * and one of {@code sectorB} that works on any of {@code needsB}.
	 */
	record Row(Sector sectorA, Set<String> needsA, Sector sectorB, Set<String> needsB, String reason) {
	}

	/** What one side offers to the fit: its sector, subsector and themes. */
	record Side(String name, String sector, String subsector, Collection<String> themes) {
	}

	/** A row that a pair satisfies, with its reason written out. */
	record Match(Row row, List<String> matched, String reason) {
	}

	/** The built-in table, or the file at {@code path} when it is not blank. */
	static FitTable load(String path) {
		if (path != null && !path.isBlank()) {
			try (Reader reader = Files.newBufferedReader(Path.of(path.strip()), StandardCharsets.UTF_8)) {
				return parse(reader, path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the bridging fit table " + path, ex);
			}
		}
		try (InputStream in = FitTable.class.getResourceAsStream(BUILT_IN)) {
			return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static FitTable parse(Reader reader, String source) throws IOException {
		var format = CSVFormat.RFC4180.builder()
			.setCommentMarker('#')
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
		var rows = new ArrayList<Row>();
		for (CSVRecord record : format.parse(reader)) {
			try {
				rows.add(new Row(sector(record.get("sectorA")), needs(record.get("needsA")),
						sector(record.get("sectorB")), needs(record.get("needsB")), record.get("reason")));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						source + " line " + record.getParser().getCurrentLineNumber() + ": " + ex.getMessage(), ex);
			}
		}
		return new FitTable(rows);
	}

	List<Row> rows() {
		return this.rows;
	}

	/** Every row the two organisations satisfy, in either order. */
	List<Match> matches(Side left, Side right) {
		var found = new ArrayList<Match>();
		for (Row row : this.rows) {
			Match match = match(row, left, right);
			if (match == null) {
				match = match(row, right, left);
			}
			if (match != null) {
				found.add(match);
			}
		}
		return found;
	}

	private static Match match(Row row, Side a, Side b) {
		if (!row.sectorA().name().equals(a.sector()) || !row.sectorB().name().equals(b.sector())) {
			return null;
		}
		List<String> matchedA = satisfied(row.needsA(), a);
		List<String> matchedB = satisfied(row.needsB(), b);
		if (matchedA == null || matchedB == null) {
			return null;
		}
		var matched = new TreeSet<String>(matchedA);
		matched.addAll(matchedB);
		String themes = matched.stream().map(FitTable::label).collect(Collectors.joining(", "));
		String reason = row.reason().replace("{a}", a.name()).replace("{b}", b.name()).replace("{themes}", themes);
		return new Match(row, List.copyOf(matched), reason);
	}

	/** What of {@code needs} the side has; null when it has none of them. */
	private static List<String> satisfied(Set<String> needs, Side side) {
		if (needs.contains(ANY)) {
			return List.of();
		}
		var found = new ArrayList<String>();
		for (String need : needs) {
			if (need.startsWith(SUBSECTOR) ? need.substring(SUBSECTOR.length()).equals(side.subsector())
					: side.themes().contains(need)) {
				found.add(need);
			}
		}
		return found.isEmpty() ? null : found;
	}

	private static String label(String need) {
		return need.startsWith(SUBSECTOR) ? need.substring(SUBSECTOR.length()) : Themes.name(need);
	}

	private static Sector sector(String code) {
		try {
			return Sector.valueOf(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"'" + code + "' is not a sector, one of " + Arrays.toString(Sector.values()));
		}
	}

	private static Set<String> needs(String cell) {
		var needs = new TreeSet<String>();
		for (String need : cell.split(";")) {
			need = need.strip();
			if (need.isEmpty()) {
				continue;
			}
			String id = need.startsWith(SUBSECTOR) ? need.substring(SUBSECTOR.length()) : need;
			if (!need.equals(ANY) && !Themes.isWellFormed(id)) {
				throw new IllegalArgumentException("'" + need + "' is not a theme id, subsector:<id> or *");
			}
			needs.add(need);
		}
		if (needs.isEmpty()) {
			throw new IllegalArgumentException("a side needs at least one theme, subsector:<id> or *");
		}
		return needs;
	}

}
