package org.partnergraph.importer;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.partnergraph.store.SpreadsheetText;

/**
 * A sheet of text cells as read from a file, before any meaning is given to them.
 *
 * @param file the name errors refer to
 * @param sheet the sheet's name in cell addresses: the workbook's sheet, or for a CSV
 * file its name without {@code .csv}, as a spreadsheet program names the sheet when it
 * opens the file
 * @param headerRow the row that holds the column names, as a spreadsheet numbers it
 * @param header the column names, lower-cased, in file order; a column with no name is
 * {@code ""}
 * @param rows the data rows
 * @param decimalComma whether numbers are written with a decimal comma ({@code 0,8}), as
 * in CSV files separated by semicolons
 * @param readable false when the reader gave up on the file (its errors say why): its
 * rows are unknown, not absent
 */
record RawTable(String file, String sheet, int headerRow, List<String> header, List<Row> rows, boolean decimalComma,
		boolean readable) {

	RawTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	/** A file the reader could not use; its errors are already reported. */
	static RawTable unreadable(String file, String sheet) {
		return new RawTable(file, sheet, 1, List.of(), List.of(), false, false);
	}

	/**
	 * The address of a cell as a spreadsheet writes it, {@code links!C7}, or null when
	 * the column is not in the header.
	 */
	String cell(int row, String column) {
		int index = this.header.indexOf(column);
		return (index < 0) ? null : address(this.sheet, row, index);
	}

	/** {@code links!C7}; a sheet name with spaces or punctuation is quoted. */
	static String address(String sheet, int row, int columnIndex) {
		String name = sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
		return name + "!" + CellReference.convertNumToColString(columnIndex) + row;
	}

	/**
	 * A row's cells by column name, held as one array over the table's shared column
	 * positions: a table of a million rows would otherwise hold a million maps.
	 */
	static final class RowCells extends AbstractMap<String, String> {

		private final Map<String, Integer> slots;

		private final String[] values;

		/**
		 * @param slots each column name's position in {@code values}, the same map for
		 * every row of a table
		 */
		RowCells(Map<String, Integer> slots, String[] values) {
			this.slots = slots;
			this.values = values;
		}

		@Override
		public String get(Object column) {
			Integer slot = this.slots.get(column);
			return (slot == null) ? null : this.values[slot];
		}

		@Override
		public boolean containsKey(Object column) {
			return this.slots.containsKey(column);
		}

		@Override
		public int size() {
			return this.slots.size();
		}

		@Override
		public Set<Entry<String, String>> entrySet() {
			return new AbstractSet<>() {

				@Override
				public Iterator<Entry<String, String>> iterator() {
					Iterator<Entry<String, Integer>> slot = RowCells.this.slots.entrySet().iterator();
					return new Iterator<>() {

						@Override
						public boolean hasNext() {
							return slot.hasNext();
						}

						@Override
						public Entry<String, String> next() {
							Entry<String, Integer> next = slot.next();
							return new SimpleImmutableEntry<>(next.getKey(), RowCells.this.values[next.getValue()]);
						}

					};
				}

				@Override
				public int size() {
					return RowCells.this.slots.size();
				}

			};
		}

	}

	/**
	 * A data row; {@code number} is the row number a spreadsheet shows.
	 *
	 * @param unreadable columns whose cell the reader could not read (an uncalculated
	 * formula, say); the reader has reported them, so the validator does not again
	 */
	record Row(int number, Map<String, String> cells, Set<String> unreadable) {

		Row(int number, Map<String, String> cells) {
			this(number, cells, Set.of());
		}

		String get(String column) {
			String value = this.cells.get(column);
			return (value == null || value.isBlank()) ? null : SpreadsheetText.restore(value.strip());
		}

	}

}
