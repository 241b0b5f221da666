package org.partnergraph.importer;

import java.util.List;
import java.util.Map;

import org.partnergraph.store.SpreadsheetText;

/**
 * A sheet of text cells as read from a file, before any meaning is given to them.
 *
 * @param file the name errors refer to
 * @param header the column names, lower-cased, in file order
 * @param rows the data rows
 */
record RawTable(String file, List<String> header, List<Row> rows) {

	/** A data row; {@code number} is the row number a spreadsheet shows. */
	record Row(int number, Map<String, String> cells) {

		String get(String column) {
			String value = this.cells.get(column);
			return (value == null || value.isBlank()) ? null : SpreadsheetText.restore(value.strip());
		}

	}

}
