package org.partnergraph.importer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem found in an import file.
 *
 * @param file the file, or for a workbook {@code workbook#sheet}
 * @param row the row as a spreadsheet numbers it (header is 1), or null for the file as a
 * whole
 * @param column the column header, or null when the problem is not in one cell
 * @param cell the cell's address as a spreadsheet names it ({@code links!C7}; for a CSV
 * file the sheet is the file name without {@code .csv}, as spreadsheet programs name it
 * when they open it), or null when the problem is not in one cell
 * @param message what is wrong, in words a person can act on
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportError(String file, Integer row, String column, String cell,
		String message) implements ImportFindings.Located {

	/**
	 * A problem whose cell address is filled in later, from the table it was found in.
	 */
	public ImportError(String file, Integer row, String column, String message) {
		this(file, row, column, null, message);
	}

	static ImportError ofFile(String file, String message) {
		return new ImportError(file, null, null, null, message);
	}

	ImportError withCell(String address) {
		return new ImportError(this.file, this.row, this.column, address, this.message);
	}

}
