package org.partnergraph.importer;

import java.util.List;

/** The two tables of the import format: their columns, and the columns a row needs. */
enum ImportTable {

	STAKEHOLDERS(Columns.STAKEHOLDERS_SHEET, Columns.STAKEHOLDERS, Columns.STAKEHOLDERS_REQUIRED),
	LINKS(Columns.LINKS_SHEET, Columns.LINKS, Columns.LINKS_REQUIRED);

	private final String sheet;

	private final List<String> columns;

	private final List<String> required;

	ImportTable(String sheet, List<String> columns, List<String> required) {
		this.sheet = sheet;
		this.columns = columns;
		this.required = required;
	}

	/** The workbook sheet that holds this table. */
	String sheet() {
		return this.sheet;
	}

	List<String> columns() {
		return this.columns;
	}

	List<String> required() {
		return this.required;
	}

}
