package org.partnergraph.importer;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Countries;
import org.partnergraph.model.Level;
import org.partnergraph.model.LinkStatus;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.store.CustomAttributes;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;

/**
 * Gives the text cells of an import their meaning and collects every problem on the way,
 * so the caller can report all of them at once rather than the first.
 */
final class RowValidator {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

	// Derived link ids join two stakeholder ids and the type with '~', which stakeholder
	// ids never hold.
	/**
	 * Words the API uses as fixed addresses beside {@code /api/v1/stakeholders/{id}}: a
	 * stakeholder with such an id could never be read there.
	 */
	private static final Set<String> PATH_WORDS = Set.of("duplicates");

	private static final Pattern LINK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.~-]{0,299}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern THEME_SEPARATORS = Pattern.compile("[;,]");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d*,\\d+");

	private final ImportLimits limits;

	private final List<ImportError> errors;

	private final List<ImportWarning> warnings;

	private final ThemeVocabulary themes;

	/** Synonyms read, once per file, column and word, with the rows they were read in. */
	private final Map<List<String>, SynonymUse> synonymsRead = new LinkedHashMap<>();

	/**
	 * Set when the stakeholders given could not be read: links then cannot be checked
	 * against their ids, and are not, rather than each be refused for a missing end.
	 */
	private boolean stakeholderIdsUnknown;

	RowValidator(ImportLimits limits, List<ImportError> errors) {
		this(limits, errors, new ArrayList<>(), (NetworkSnapshot) null);
	}

	/**
	 * @param stored what is stored and visible, whose themes count as known; null for
	 * none
	 */
	RowValidator(ImportLimits limits, List<ImportError> errors, List<ImportWarning> warnings, NetworkSnapshot stored) {
		this(limits, errors, warnings, new ThemeVocabulary(stored == null ? List.of()
				: stored.stakeholders().stream().flatMap(s -> s.themes().stream()).distinct().toList()));
	}

	private RowValidator(ImportLimits limits, List<ImportError> errors, List<ImportWarning> warnings,
			ThemeVocabulary themes) {
		this.limits = limits;
		this.errors = errors;
		this.warnings = warnings;
		this.themes = themes;
	}

	/**
	 * For one record edited alone, which needs only the themes stored and visible rather
	 * than everything.
	 */
	static RowValidator withKnownThemes(ImportLimits limits, List<ImportError> errors, List<ImportWarning> warnings,
			java.util.Collection<String> knownThemes) {
		return new RowValidator(limits, errors, warnings, new ThemeVocabulary(knownThemes));
	}

	List<StakeholderRecord> stakeholders(RawTable table) {
		if (!checkHeader(table, Columns.STAKEHOLDERS, Columns.STAKEHOLDERS_REQUIRED)) {
			this.stakeholderIdsUnknown = true;
			return List.of();
		}
		List<String> custom = keepCustom(table, Columns.STAKEHOLDERS, "stakeholder");
		var records = new ArrayList<StakeholderRecord>();
		var firstRowOfId = new HashMap<String, Integer>();
		for (RawTable.Row row : table.rows()) {
			var cell = new Cells(table, row);
			if (!cell.lengthsOk()) {
				continue;
			}
			String id = cell.required("id");
			if (id != null && !ID.matcher(id).matches()) {
				cell.error("id", "'" + id + "' is not a valid id: use letters, digits, '-', '_' or '.', at most 100");
				id = null;
			}
			if (id != null && PATH_WORDS.contains(id.toLowerCase(Locale.ROOT))) {
				cell.error("id", "'" + id + "' cannot be used: /api/v1/stakeholders/" + id.toLowerCase(Locale.ROOT)
						+ " is another address of the API; choose another id");
				id = null;
			}
			if (id != null) {
				Integer earlier = firstRowOfId.putIfAbsent(id, row.number());
				if (earlier != null) {
					cell.error("id", "duplicate id '" + id + "', first used in row " + earlier);
				}
			}
			String name = cell.required("name");
			Sector sector = cell.term("sector", Vocabulary.SECTORS);
			Level level = cell.enumValue("level", Level.class, false);
			Confidentiality confidentiality = cell.enumValue("confidentiality", Confidentiality.class, false);
			List<String> countries = cell
				.list("countries", code -> Countries.isValid(code.toUpperCase(Locale.ROOT)),
						"is not an ISO 3166-1 alpha-2 country code")
				.stream()
				.map(code -> code.toUpperCase(Locale.ROOT))
				.toList();
			List<String> themes = cell.themes();
			String website = cell.optional("website");
			if (website != null && !isWebAddress(website)) {
				cell.error("website", "'" + website + "' is not an http:// or https:// address");
			}
			if (cell.clean && id != null) {
				records.add(new StakeholderRecord(id, name, sector, cell.optional("acronym"),
						cell.list("aliases", alias -> true, ""), cell.optional("subsector"), level, countries, themes,
						website, cell.optional("description"), cell.optional("evidence"), confidentiality,
						customValues(cell, custom)));
			}
		}
		reportSynonyms();
		return records;
	}

	/**
	 * @param knownIds the stakeholder ids a link may name: those of the file and, when
	 * merging, those already stored
	 */
	List<LinkRecord> links(RawTable table, Set<String> knownIds) {
		if (!checkHeader(table, Columns.LINKS, Columns.LINKS_REQUIRED)) {
			return List.of();
		}
		boolean checkEnds = !this.stakeholderIdsUnknown;
		List<String> custom = keepCustom(table, Columns.LINKS, "link");
		var records = new ArrayList<LinkRecord>();
		var firstRowOfId = new HashMap<String, Integer>();
		for (RawTable.Row row : table.rows()) {
			var cell = new Cells(table, row);
			if (!cell.lengthsOk()) {
				continue;
			}
			String from = cell.required("from");
			String to = cell.required("to");
			LinkType type = cell.term("type", Vocabulary.LINK_TYPES);
			for (String column : List.of("from", "to")) {
				String ref = "from".equals(column) ? from : to;
				if (checkEnds && ref != null && !knownIds.contains(ref)) {
					cell.error(column, "no stakeholder with id '" + ref + "' in the file or the database");
				}
			}
			if (from != null && from.equals(to)) {
				cell.error("to", "a link cannot join '" + from + "' to itself");
			}
			String id = cell.optional("id");
			if (id != null && !LINK_ID.matcher(id).matches()) {
				cell.error("id", "'" + id + "' is not a valid link id: use letters, digits, '-', '_', '.' or '~'");
			}
			if (id == null && from != null && to != null && type != null) {
				id = LinkRecord.derivedId(from, type, to);
			}
			if (id != null && PATH_WORDS.contains(id.toLowerCase(Locale.ROOT))) {
				cell.error("id", "'" + id + "' cannot be used: /api/v1/stakeholders/" + id.toLowerCase(Locale.ROOT)
						+ " is another address of the API; choose another id");
				id = null;
			}
			if (id != null) {
				Integer earlier = firstRowOfId.putIfAbsent(id, row.number());
				if (earlier != null) {
					cell.error(cell.optional("id") == null ? "type" : "id",
							"duplicate link '" + id + "', first given in row " + earlier);
				}
			}
			Double weight = cell.number("weight", 1.0, w -> w > 0, "must be a number above 0");
			Double confidence = cell.number("confidence", null, c -> c >= 0 && c <= 1, "must be a number from 0 to 1");
			LocalDate start = cell.date("start", false);
			LocalDate end = cell.date("end", true);
			if (start != null && end != null && end.isBefore(start)) {
				cell.error("end", "ends (" + end + ") before it starts (" + start + ")");
			}
			LinkStatus status = cell.enumValue("status", LinkStatus.class, false);
			Confidentiality confidentiality = cell.enumValue("confidentiality", Confidentiality.class, false);
			if (cell.clean) {
				records.add(new LinkRecord(id, from, to, type, weight, start, end, status, cell.optional("evidence"),
						confidence, confidentiality, customValues(cell, custom)));
			}
		}
		reportSynonyms();
		return records;
	}

	/**
	 * Reports what is wrong with the header; true when the rows can be read, which needs
	 * every required column (an unknown or repeated column is reported but does not hide
	 * the rows' errors).
	 */
	private boolean checkHeader(RawTable table, List<String> allowed, List<String> required) {
		if (!table.readable()) {
			return false;
		}
		List<ImportError> found = headerErrors(table, allowed, required);
		this.errors.addAll(found);
		return table.header().containsAll(required);
	}

	/** What is wrong with a header row: unknown, repeated and missing columns. */
	static List<ImportError> headerErrors(RawTable table, List<String> allowed, List<String> required) {
		var found = new ArrayList<ImportError>();
		var seen = new HashSet<String>();
		List<String> header = table.header();
		int row = table.headerRow();
		for (int c = 0; c < header.size(); c++) {
			String column = header.get(c);
			String cell = RawTable.address(table.sheet(), row, c);
			if (column.isEmpty()) {
				// A column without a name (notes beside the table) is left out, with a
				// warning when it holds anything.
				continue;
			}
			if (!allowed.contains(column)) {
				String near = nearestColumn(column, allowed);
				if (near != null || CustomAttributes.RESERVED.contains(column)) {
					found.add(new ImportError(table.file(), row, column, cell, "unknown column '" + column + "'; "
							+ ((near == null) ? "" : "did you mean '" + near + "'? ") + "the columns are " + allowed));
				}
				else if (!seen.add(column)) {
					found
						.add(new ImportError(table.file(), row, column, cell, "column '" + column + "' appears twice"));
				}
			}
			else if (!seen.add(column)) {
				found.add(new ImportError(table.file(), row, column, cell, "column '" + column + "' appears twice"));
			}
		}
		for (String column : required) {
			if (!header.contains(column)) {
				found.add(new ImportError(table.file(), row, column, "required column '" + column + "' is missing"));
			}
		}
		return found;
	}

	/**
	 * The extra columns kept as custom attributes: every named column that is not one of
	 * the format's, not a reserved name and not a near miss of a column (which is refused
	 * as a likely misspelling, so 'evidense' does not quietly become an attribute).
	 */
	static List<String> customColumns(RawTable table, List<String> allowed) {
		var custom = new ArrayList<String>();
		for (String column : table.header()) {
			if (!column.isEmpty() && !allowed.contains(column) && !CustomAttributes.RESERVED.contains(column)
					&& nearestColumn(column, allowed) == null && !custom.contains(column)) {
				custom.add(column);
			}
		}
		return custom;
	}

	/** The column of the format a header cell is a likely misspelling of, or null. */
	private static String nearestColumn(String column, List<String> allowed) {
		var distance = new LevenshteinDistance(2);
		for (String known : allowed) {
			int d = distance.apply(column, known);
			if (d >= 0 && d <= ((known.length() <= 4) ? 1 : 2)) {
				return known;
			}
		}
		return null;
	}

	/** Says once per file which extra columns are kept as custom attributes. */
	private List<String> keepCustom(RawTable table, List<String> allowed, String of) {
		List<String> custom = customColumns(table, allowed);
		for (String column : custom) {
			int c = table.header().indexOf(column);
			this.warnings.add(new ImportWarning(table.file(), table.headerRow(), column,
					RawTable.address(table.sheet(), table.headerRow(), c),
					"column '" + column + "' is not an import column: kept as the custom attribute '" + column
							+ "' of each " + of));
		}
		return custom;
	}

	private static Map<String, String> customValues(Cells cell, List<String> custom) {
		var values = new LinkedHashMap<String, String>();
		for (String column : custom) {
			String value = cell.optional(column);
			if (value != null) {
				values.put(column, value);
			}
		}
		return values;
	}

	private void reportSynonyms() {
		this.synonymsRead.values()
			.forEach(use -> this.warnings.add(new ImportWarning(use.file, use.firstRow, use.column, use.cell, "'"
					+ use.text + "' is read as " + use.meaning + (use.rows == 1 ? "" : ", in " + use.rows + " rows"))));
		this.synonymsRead.clear();
	}

	private static final class SynonymUse {

		final String file;

		final int firstRow;

		final String column;

		final String cell;

		final String text;

		final String meaning;

		int rows;

		SynonymUse(String file, int firstRow, String column, String cell, String text, String meaning) {
			this.file = file;
			this.firstRow = firstRow;
			this.column = column;
			this.cell = cell;
			this.text = text;
			this.meaning = meaning;
		}

	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** The cells of one row, with the row's error bookkeeping. */
	private final class Cells {

		private final RawTable table;

		private final String file;

		private final RawTable.Row row;

		boolean clean = true;

		Cells(RawTable table, RawTable.Row row) {
			this.table = table;
			this.file = table.file();
			this.row = row;
			if (!row.unreadable().isEmpty()) {
				// The reader reported these cells already.
				this.clean = false;
			}
		}

		boolean lengthsOk() {
			boolean ok = true;
			for (Map.Entry<String, String> cell : this.row.cells().entrySet()) {
				if (cell.getValue() != null && cell.getValue().length() > RowValidator.this.limits.maxCellLength()) {
					error(cell.getKey(), "cell has " + cell.getValue().length() + " characters; the limit is "
							+ RowValidator.this.limits.maxCellLength());
					ok = false;
				}
			}
			return ok;
		}

		void error(String column, String message) {
			RowValidator.this.errors.add(new ImportError(this.file, this.row.number(), column,
					this.table.cell(this.row.number(), column), message));
			this.clean = false;
		}

		void warning(String column, String message) {
			RowValidator.this.warnings.add(new ImportWarning(this.file, this.row.number(), column,
					this.table.cell(this.row.number(), column), message));
		}

		String optional(String column) {
			if (this.row.unreadable().contains(column)) {
				return null;
			}
			return this.row.get(column);
		}

		String required(String column) {
			String value = optional(column);
			if (value == null && !this.row.unreadable().contains(column)) {
				error(column, "'" + column + "' is required");
			}
			return value;
		}

		/** A sector or link type, read from its code, its label or a synonym. */
		<E extends Enum<E>> E term(String column, Vocabulary<E> vocabulary) {
			String value = required(column);
			if (value == null) {
				return null;
			}
			return switch (vocabulary.read(value)) {
				case Vocabulary.Reading.Found<E>(E found, String synonym) -> {
					if (synonym != null) {
						SynonymUse use = RowValidator.this.synonymsRead.computeIfAbsent(
								List.of(this.file, column, Vocabulary.key(synonym)),
								k -> new SynonymUse(this.file, this.row.number(), column,
										this.table.cell(this.row.number(), column), synonym,
										vocabulary.describe(found)));
						use.rows++;
					}
					yield found;
				}
				case Vocabulary.Reading.Problem<E>(String message) -> {
					error(column, message);
					yield null;
				}
			};
		}

		/**
		 * Themes by id or name, separated by ';' (or ','): new ones are created, with a
		 * warning; near-misses of known ones are refused with a suggestion.
		 */
		List<String> themes() {
			String value = optional("themes");
			if (value == null) {
				return List.of();
			}
			var ids = new LinkedHashSet<String>();
			for (String item : THEME_SEPARATORS.split(value)) {
				String trimmed = item.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				switch (RowValidator.this.themes.read(trimmed)) {
					case ThemeVocabulary.Reading.Found(String id, boolean created) -> {
						ids.add(id);
						if (created) {
							warning("themes", "'" + trimmed + "' is not a known theme: the import creates it as "
									+ RowValidator.this.themes.describe(id));
						}
					}
					case ThemeVocabulary.Reading.Problem(String message) -> error("themes", message);
				}
			}
			return List.copyOf(ids);
		}

		<E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
			String value = required ? required(column) : optional(column);
			if (value == null) {
				return null;
			}
			try {
				return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				error(column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
				return null;
			}
		}

		List<String> list(String column, Predicate<String> valid, String problem) {
			String value = optional(column);
			if (value == null) {
				return List.of();
			}
			var items = new LinkedHashSet<String>();
			for (String item : value.split(Columns.LIST_SEPARATOR)) {
				String trimmed = item.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				if (!valid.test(trimmed)) {
					error(column, "'" + trimmed + "' " + problem);
				}
				items.add(trimmed);
			}
			return List.copyOf(items);
		}

		Double number(String column, Double fallback, Predicate<Double> valid, String problem) {
			String value = optional(column);
			if (value == null) {
				return fallback;
			}
			if (this.table.decimalComma() && DECIMAL_COMMA.matcher(value).matches()) {
				// A semicolon-separated file comes from a spreadsheet whose decimal mark
				// is the comma.
				value = value.replace(',', '.');
			}
			try {
				double number = Double.parseDouble(value);
				if (Double.isFinite(number) && valid.test(number)) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			error(column, "'" + value + "' " + problem);
			return fallback;
		}

		/**
		 * A date as YYYY, YYYY-MM or YYYY-MM-DD; a year or month means its first day, or
		 * its last for an end.
		 */
		LocalDate date(String column, boolean endOfPeriod) {
			String value = optional(column);
			if (value == null) {
				return null;
			}
			try {
				if (YEAR.matcher(value).matches()) {
					int year = Integer.parseInt(value);
					return endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
				}
				if (YEAR_MONTH.matcher(value).matches()) {
					YearMonth month = YearMonth.parse(value);
					return endOfPeriod ? month.atEndOfMonth() : month.atDay(1);
				}
				if (DAY.matcher(value).matches()) {
					return LocalDate.parse(value);
				}
			}
			catch (DateTimeException ex) {
				// reported below
			}
			error(column, "'" + value + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
			return null;
		}

	}

}
