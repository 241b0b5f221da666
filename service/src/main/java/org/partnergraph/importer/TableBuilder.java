package org.partnergraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns the rows a reader streams (cells by column position) into a {@link RawTable}, the
 * same way for CSV files and workbook sheets: it finds the header row under a title or
 * notes, keeps cells of columns without a name out of the import and says so, reports
 * formulas and merged cells, and applies the row limit. What it reads differently from
 * how the file shows it becomes a warning; what it cannot read, an error at the cell.
 */
final class TableBuilder {

	/**
	 * How many non-empty rows are searched for the header: a title and a few lines of
	 * notes fit, a sheet of data without a header does not make the search read far.
	 */
	static final int HEADER_SEARCH_ROWS = 20;

	static final String UNCALCULATED = "the workbook has formulas that were never calculated: open and save it in a "
			+ "spreadsheet program";

	private static final int LISTED_CELLS = 3;

	private final String file;

	private final String sheet;

	private final ImportTable table;

	private final int maxRows;

	private final boolean decimalComma;

	private final List<ImportError> errors;

	private final List<ImportWarning> warnings;

	private final List<SourceRow> pending = new ArrayList<>();

	private final List<SourceRow> data = new ArrayList<>();

	private List<String> header;

	private int headerRow;

	private int headerWidth;

	private boolean stopped;

	private String readingNote = "";

	private boolean readable = true;

	private boolean overLimit;

	TableBuilder(String file, String sheet, ImportTable table, int maxRows, boolean decimalComma,
			List<ImportError> errors, List<ImportWarning> warnings) {
		this.file = file;
		this.sheet = sheet;
		this.table = table;
		this.maxRows = maxRows;
		this.decimalComma = decimalComma;
		this.errors = errors;
		this.warnings = warnings;
	}

	/**
	 * Says how the file was read (its separator, say) in the error given when no header
	 * is found.
	 */
	void describeReading(String note) {
		this.readingNote = note;
	}

	/** One row as a reader saw it; cells are keyed by column position, from 0. */
	static final class SourceRow {

		final int number;

		final PositionalCells cells = new PositionalCells();

		/**
		 * How many fields a CSV record had, to compare with its header; -1 in a sheet.
		 */
		int width = -1;

		// Few rows have these: made when needed, so a large sheet costs no more than
		// its cells.
		private Map<Integer, Special> specials;

		private Set<Integer> unreadable;

		SourceRow(int number) {
			this.number = number;
		}

		/**
		 * A cell computed by a formula, with or without a saved value, or an error value.
		 */
		void special(int column, Special.Kind kind, String text) {
			if (this.specials == null) {
				this.specials = new HashMap<>();
			}
			this.specials.put(column, new Special(kind, text));
		}

		Map<Integer, Special> specials() {
			return (this.specials == null) ? Map.of() : this.specials;
		}

		/** Marks a cell as already reported, so its value is not checked again. */
		void markUnreadable(int column) {
			if (this.unreadable == null) {
				this.unreadable = new HashSet<>();
			}
			this.unreadable.add(column);
		}

		boolean isUnreadable(int column) {
			return this.unreadable != null && this.unreadable.contains(column);
		}

		boolean blank() {
			return specials().values().stream().allMatch(special -> special.kind() == Special.Kind.FORMULA)
					&& this.cells.allBlank();
		}

	}

	/**
	 * @param text the formula (without '='), or for an error value the error, such as
	 * {@code #N/A}
	 */
	record Special(Kind kind, String text) {

		enum Kind {

			/** A formula whose saved value is read. */
			FORMULA,
			/** A formula with no saved value to read. */
			UNCALCULATED,
			/** A spreadsheet error value, the result of a formula that failed. */
			ERROR_VALUE

		}

	}

	/**
	 * Takes the next row; false when reading on could not change the answer (the header
	 * is unusable, or there are too many rows).
	 */
	boolean accept(SourceRow row) {
		if (this.stopped) {
			return false;
		}
		if (this.header != null) {
			return addData(row);
		}
		if (row.blank()) {
			return true;
		}
		this.pending.add(row);
		if (holdsRequired(row)) {
			settle(this.pending.size() - 1);
		}
		else if (this.pending.size() >= HEADER_SEARCH_ROWS) {
			settleOnBestCandidate();
		}
		return !this.stopped;
	}

	/** Whether the table has more rows than the limit. */
	boolean overLimit() {
		return this.overLimit;
	}

	/** The table as read; call once, after the last row and any merged cells. */
	RawTable build(String emptyMessage) {
		if (this.header == null && !this.stopped) {
			if (this.pending.isEmpty()) {
				this.errors.add(ImportError.ofFile(this.file, emptyMessage));
				this.readable = false;
			}
			else {
				settleOnBestCandidate();
			}
		}
		if (!this.readable) {
			return RawTable.unreadable(this.file, this.sheet);
		}
		reportFormulasAndNamelessCells();
		// Every row's cells sit in an array of one layout: each named column once, in
		// header order; a name given twice takes the later column's cell.
		Map<String, Integer> slots = new LinkedHashMap<>();
		int[] slotOfColumn = new int[this.header.size()];
		for (int c = 0; c < this.header.size(); c++) {
			String name = this.header.get(c);
			slotOfColumn[c] = name.isEmpty() ? -1 : slots.computeIfAbsent(name, n -> slots.size());
		}
		var rows = new ArrayList<RawTable.Row>(this.data.size());
		for (int i = 0; i < this.data.size(); i++) {
			// Let each source row go as its table row is made.
			SourceRow source = this.data.set(i, null);
			var values = new String[slots.size()];
			Set<String> unreadable = Set.of();
			for (int c = 0; c < this.header.size(); c++) {
				if (slotOfColumn[c] >= 0) {
					values[slotOfColumn[c]] = source.cells.getOrDefault(c, "");
					if (source.isUnreadable(c)) {
						unreadable = new HashSet<>(unreadable);
						unreadable.add(this.header.get(c));
					}
				}
			}
			rows.add(new RawTable.Row(source.number, new RawTable.RowCells(slots, values), Set.copyOf(unreadable)));
		}
		return new RawTable(this.file, this.sheet, this.headerRow, this.header, rows, this.decimalComma, true);
	}

	/**
	 * Spreads each merged cell's value over the rows it covers, as the sheet shows it,
	 * and says so; a cell merged across several columns is an error, since its value
	 * belongs to one of them only.
	 */
	void fillMerged(List<CellRangeAddress> ranges) {
		if (this.header == null || this.stopped || !this.readable) {
			return;
		}
		Map<Integer, SourceRow> byNumber = new HashMap<>();
		this.data.forEach(row -> byNumber.put(row.number, row));
		for (CellRangeAddress range : ranges) {
			SourceRow top = byNumber.get(range.getFirstRow() + 1);
			String value = (top == null) ? null : top.cells.get(range.getFirstColumn());
			if (value == null || value.isBlank() || !isNamed(range.getFirstColumn())) {
				continue;
			}
			String address = rangeAddress(range);
			List<String> named = new ArrayList<>();
			for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
				if (c < this.header.size() && !this.header.get(c).isEmpty()) {
					named.add(this.header.get(c));
				}
			}
			if (named.size() > 1) {
				this.errors.add(new ImportError(this.file, top.number, named.getFirst(), address,
						address + " is one cell merged across the columns " + String.join(", ", named)
								+ ": unmerge it so that each column has its own value"));
				for (int r = range.getFirstRow() + 1; r <= range.getLastRow() + 1; r++) {
					SourceRow row = byNumber.get(r);
					for (int c = range.getFirstColumn(); row != null && c <= range.getLastColumn(); c++) {
						row.markUnreadable(c);
					}
				}
				continue;
			}
			int filled = 0;
			for (int r = range.getFirstRow() + 2; r <= range.getLastRow() + 1; r++) {
				SourceRow row = byNumber.get(r);
				if (row != null && row.cells.getOrDefault(range.getFirstColumn(), "").isBlank()) {
					row.cells.put(range.getFirstColumn(), value);
					filled++;
				}
			}
			if (filled > 0) {
				this.warnings.add(new ImportWarning(this.file, top.number, named.getFirst(), address,
						address + " is one merged cell: its value '" + shorten(value) + "' is given to each of its "
								+ (filled + 1) + " rows (" + (range.getFirstRow() + 1) + " to "
								+ (range.getLastRow() + 1) + ")"));
			}
		}
	}

	private boolean addData(SourceRow row) {
		if (row.blank()) {
			return true;
		}
		if (this.data.size() >= this.maxRows) {
			this.errors.add(ImportError.ofFile(this.file, "more than " + this.maxRows + " data rows"));
			this.readable = false;
			this.overLimit = true;
			this.stopped = true;
			return false;
		}
		if (row.width >= 0 && row.width != this.headerWidth && !onlyEmptyCellsDiffer(row)) {
			this.errors.add(new ImportError(this.file, row.number, null,
					"expected " + this.headerWidth + " cells as in the header, found " + row.width));
			return true;
		}
		for (var cell : new TreeMap<>(row.specials()).entrySet()) {
			if (!isNamed(cell.getKey())) {
				continue;
			}
			String text = cell.getValue().text();
			switch (cell.getValue().kind()) {
				case UNCALCULATED ->
					cellError(row, cell.getKey(), UNCALCULATED + (text.isBlank() ? "" : " (=" + text + ")"));
				case ERROR_VALUE -> cellError(row, cell.getKey(), "the cell holds the spreadsheet error " + text
						+ ", the result of a formula that failed: correct it or clear the cell");
				case FORMULA -> {
					// Reported once per column, when the table is built.
				}
			}
		}
		this.data.add(row);
		return true;
	}

	/**
	 * A CSV row may end sooner or later than its header where only empty cells make the
	 * difference: the header's unnamed trailing columns, or the row's blank trailing
	 * cells.
	 */
	private boolean onlyEmptyCellsDiffer(SourceRow row) {
		if (row.width < this.header.size()) {
			return false;
		}
		for (int c = this.headerWidth; c < row.width; c++) {
			if (!row.cells.getOrDefault(c, "").isBlank()) {
				return false;
			}
		}
		return true;
	}

	private void cellError(SourceRow row, int column, String message) {
		this.errors.add(new ImportError(this.file, row.number, this.header.get(column),
				RawTable.address(this.sheet, row.number, column), message));
		row.markUnreadable(column);
	}

	private boolean isNamed(int column) {
		return column < this.header.size() && !this.header.get(column).isEmpty();
	}

	private void settle(int index) {
		SourceRow chosen = this.pending.get(index);
		this.header = names(chosen);
		this.headerRow = chosen.number;
		this.headerWidth = chosen.width;
		if (index > 0) {
			int firstSkipped = this.pending.getFirst().number;
			this.warnings.add(new ImportWarning(this.file, chosen.number, null,
					"the column names are in row " + chosen.number + "; "
							+ (firstSkipped == chosen.number - 1 ? "row " + firstSkipped
									: "rows " + firstSkipped + " to " + (chosen.number - 1))
							+ " above them (a title or notes) are not imported"));
		}
		List<SourceRow> after = List.copyOf(this.pending.subList(index + 1, this.pending.size()));
		this.pending.clear();
		if (!this.header.containsAll(this.table.required())) {
			// Rows without a required column cannot be imported, and the header errors
			// say why: reading them is what a hostile upload would make the service do.
			this.stopped = true;
			return;
		}
		after.forEach(this::addData);
	}

	/**
	 * No row holds every required column: the row with the most known column names is
	 * taken as the header, so its errors can be listed; with none, the file has no header
	 * at all.
	 */
	private void settleOnBestCandidate() {
		int best = -1;
		int bestCount = 0;
		for (int i = 0; i < this.pending.size(); i++) {
			int count = knownColumns(this.pending.get(i));
			if (count > bestCount) {
				best = i;
				bestCount = count;
			}
		}
		if (best >= 0) {
			settle(best);
			return;
		}
		SourceRow first = this.pending.getFirst();
		String shown = shorten(String.join(" | ", first.cells.values()));
		this.errors.add(new ImportError(this.file, first.number, null,
				"no row holds the column names (" + String.join(", ", this.table.required())
						+ " are required): put the column names in row 1; row " + first.number + " holds '" + shown
						+ "'" + this.readingNote));
		this.readable = false;
		this.stopped = true;
	}

	private int knownColumns(SourceRow row) {
		int count = 0;
		for (String name : new HashSet<>(names(row))) {
			if (this.table.columns().contains(name)) {
				count++;
			}
		}
		return count;
	}

	private boolean holdsRequired(SourceRow row) {
		return names(row).containsAll(this.table.required());
	}

	private static List<String> names(SourceRow row) {
		int last = row.cells.lastColumn();
		var names = new ArrayList<String>();
		for (int c = 0; c <= last; c++) {
			names.add(row.cells.getOrDefault(c, "").strip().toLowerCase(Locale.ROOT));
		}
		while (!names.isEmpty() && names.getLast().isEmpty()) {
			names.removeLast();
		}
		return names;
	}

	private void reportFormulasAndNamelessCells() {
		Map<Integer, List<String>> nameless = new TreeMap<>();
		Map<Integer, List<String>> formulas = new TreeMap<>();
		Map<Integer, Integer> firstRow = new HashMap<>();
		for (SourceRow row : this.data) {
			for (int column = this.header.size(); column <= row.cells.lastColumn(); column++) {
				reportIfNameless(row, column, nameless, firstRow);
			}
			for (int column = 0; column < this.header.size(); column++) {
				if (this.header.get(column).isEmpty()) {
					reportIfNameless(row, column, nameless, firstRow);
				}
			}
			for (var special : row.specials().entrySet()) {
				int column = special.getKey();
				if (special.getValue().kind() == Special.Kind.FORMULA && isNamed(column)) {
					formulas.computeIfAbsent(column, c -> new ArrayList<>())
						.add(RawTable.address(this.sheet, row.number, column));
					firstRow.putIfAbsent(column, row.number);
				}
			}
		}
		nameless.forEach((column, cells) -> this.warnings
			.add(new ImportWarning(this.file, firstRow.get(-1 - column), null, cells.getFirst(),
					"column " + CellReference.convertNumToColString(column) + " has no name in the header (row "
							+ this.headerRow + "): its " + count(cells) + " " + listed(cells)
							+ (cells.size() == 1 ? " is" : " are") + " not imported")));
		formulas.forEach((column, cells) -> this.warnings
			.add(new ImportWarning(this.file, firstRow.get(column), this.header.get(column), cells.getFirst(),
					"'" + this.header.get(column) + "' is computed by a formula in " + count(cells) + " "
							+ listed(cells) + ": the values the workbook saved are imported")));
	}

	private void reportIfNameless(SourceRow row, int column, Map<Integer, List<String>> nameless,
			Map<Integer, Integer> firstRow) {
		String value = row.cells.get(column);
		if (value != null && !value.isBlank()) {
			nameless.computeIfAbsent(column, c -> new ArrayList<>())
				.add(RawTable.address(this.sheet, row.number, column));
			firstRow.putIfAbsent(-1 - column, row.number);
		}
	}

	private static String count(List<String> cells) {
		return cells.size() == 1 ? "cell" : cells.size() + " cells";
	}

	private static String listed(List<String> cells) {
		String shown = String.join(", ", cells.subList(0, Math.min(LISTED_CELLS, cells.size())));
		return "(" + shown + (cells.size() > LISTED_CELLS ? ", ..." : "") + ")";
	}

	private String rangeAddress(CellRangeAddress range) {
		String first = RawTable.address(this.sheet, range.getFirstRow() + 1, range.getFirstColumn());
		return first + ":" + CellReference.convertNumToColString(range.getLastColumn()) + (range.getLastRow() + 1);
	}

	private static String shorten(String text) {
		String oneLine = text.strip().replaceAll("\\s+", " ");
		return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
	}

}
