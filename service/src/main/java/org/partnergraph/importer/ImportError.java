package org.partnergraph.importer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem found in an import file.
 *
 * @param file the file, or for a workbook {@code workbook#sheet}
 * @param row the row as a spreadsheet numbers it (header is 1), or null for the file as a
 * whole
 * @param column the column header, or null when the problem is not in one cell
 * @param message what is wrong, in words a person can act on
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportError(String file, Integer row, String column, String message) {

	static ImportError ofFile(String file, String message) {
		return new ImportError(file, null, null, message);
	}

}
