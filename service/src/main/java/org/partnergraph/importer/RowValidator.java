package org.partnergraph.importer;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Countries;
import org.partnergraph.model.Level;
import org.partnergraph.model.LinkStatus;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.StakeholderRecord;

/**
 * Gives the text cells of an import their meaning and collects every problem on the way,
 * so the caller can report all of them at once rather than the first.
 */
final class RowValidator {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

	// Derived link ids join two stakeholder ids and the type with '~', which stakeholder
	// ids never hold.
	private static final Pattern LINK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.~-]{0,299}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final ImportLimits limits;

	private final List<ImportError> errors;

	RowValidator(ImportLimits limits, List<ImportError> errors) {
		this.limits = limits;
		this.errors = errors;
	}

	List<StakeholderRecord> stakeholders(RawTable table) {
		if (!checkHeader(table, Columns.STAKEHOLDERS, Columns.STAKEHOLDERS_REQUIRED)) {
			return List.of();
		}
		var records = new ArrayList<StakeholderRecord>();
		var firstRowOfId = new HashMap<String, Integer>();
		for (RawTable.Row row : table.rows()) {
			var cell = new Cells(table.file(), row);
			if (!cell.lengthsOk()) {
				continue;
			}
			String id = cell.required("id");
			if (id != null && !ID.matcher(id).matches()) {
				cell.error("id", "'" + id + "' is not a valid id: use letters, digits, '-', '_' or '.', at most 100");
				id = null;
			}
			if (id != null) {
				Integer earlier = firstRowOfId.putIfAbsent(id, row.number());
				if (earlier != null) {
					cell.error("id", "duplicate id '" + id + "', first used in row " + earlier);
				}
			}
			String name = cell.required("name");
			Sector sector = cell.enumValue("sector", Sector.class, true);
			Level level = cell.enumValue("level", Level.class, false);
			Confidentiality confidentiality = cell.enumValue("confidentiality", Confidentiality.class, false);
			List<String> countries = cell
				.list("countries", code -> Countries.isValid(code.toUpperCase(Locale.ROOT)),
						"is not an ISO 3166-1 alpha-2 country code")
				.stream()
				.map(code -> code.toUpperCase(Locale.ROOT))
				.toList();
			List<String> themes = cell.list("themes", Themes::isWellFormed,
					"is not a theme id: use lower-case words joined by '-'");
			String website = cell.optional("website");
			if (website != null && !isWebAddress(website)) {
				cell.error("website", "'" + website + "' is not an http:// or https:// address");
			}
			if (cell.clean && id != null) {
				records.add(new StakeholderRecord(id, name, sector, cell.optional("acronym"),
						cell.list("aliases", alias -> true, ""), cell.optional("subsector"), level, countries, themes,
						website, cell.optional("description"), cell.optional("evidence"), confidentiality));
			}
		}
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
		var records = new ArrayList<LinkRecord>();
		var firstRowOfId = new HashMap<String, Integer>();
		for (RawTable.Row row : table.rows()) {
			var cell = new Cells(table.file(), row);
			if (!cell.lengthsOk()) {
				continue;
			}
			String from = cell.required("from");
			String to = cell.required("to");
			LinkType type = cell.enumValue("type", LinkType.class, true);
			for (String column : List.of("from", "to")) {
				String ref = "from".equals(column) ? from : to;
				if (ref != null && !knownIds.contains(ref)) {
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
						confidence, confidentiality));
			}
		}
		return records;
	}

	private boolean checkHeader(RawTable table, List<String> allowed, List<String> required) {
		List<ImportError> found = headerErrors(table.file(), table.header(), allowed, required);
		this.errors.addAll(found);
		return found.isEmpty();
	}

	/**
	 * What is wrong with a header row: unknown, repeated and missing columns. Readers use
	 * it too, to stop reading a sheet whose rows could not be used anyway.
	 */
	static List<ImportError> headerErrors(String file, List<String> header, List<String> allowed,
			List<String> required) {
		var found = new ArrayList<ImportError>();
		var seen = new HashSet<String>();
		for (String column : header) {
			if (!allowed.contains(column)) {
				found.add(new ImportError(file, 1, column,
						"unknown column '" + column + "'; the columns are " + allowed));
			}
			else if (!seen.add(column)) {
				found.add(new ImportError(file, 1, column, "column '" + column + "' appears twice"));
			}
		}
		for (String column : required) {
			if (!header.contains(column)) {
				found.add(new ImportError(file, 1, column, "required column '" + column + "' is missing"));
			}
		}
		return found;
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

		private final String file;

		private final RawTable.Row row;

		boolean clean = true;

		Cells(String file, RawTable.Row row) {
			this.file = file;
			this.row = row;
		}

		boolean lengthsOk() {
			for (Map.Entry<String, String> cell : this.row.cells().entrySet()) {
				if (cell.getValue() != null && cell.getValue().length() > RowValidator.this.limits.maxCellLength()) {
					error(cell.getKey(), "cell has " + cell.getValue().length() + " characters; the limit is "
							+ RowValidator.this.limits.maxCellLength());
				}
			}
			return this.clean;
		}

		void error(String column, String message) {
			RowValidator.this.errors.add(new ImportError(this.file, this.row.number(), column, message));
			this.clean = false;
		}

		String optional(String column) {
			return this.row.get(column);
		}

		String required(String column) {
			String value = this.row.get(column);
			if (value == null) {
				error(column, "'" + column + "' is required");
			}
			return value;
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
