package org.partnergraph.importer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something the import did that the person importing should know about, because the data
 * it stores is not exactly what the file shows: a title row skipped, a merged cell spread
 * over its rows, a formula's saved value taken, a theme created. It does not stop the
 * import. Its fields are those of {@link ImportError}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportWarning(String file, Integer row, String column, String cell,
		String message) implements ImportFindings.Located {

	ImportWarning(String file, Integer row, String column, String message) {
		this(file, row, column, null, message);
	}

	ImportWarning withCell(String address) {
		return new ImportWarning(this.file, this.row, this.column, address, this.message);
	}

}
