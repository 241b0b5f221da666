package org.partnergraph.importer;

import java.util.List;

/** The import was refused because of the listed errors; nothing was written. */
public class ImportRejectedException extends RuntimeException {

	private final List<ImportError> errors;

	public ImportRejectedException(List<ImportError> errors) {
		super(errors.size() + " error(s) in the import; nothing was written");
		this.errors = List.copyOf(errors);
	}

	public List<ImportError> errors() {
		return this.errors;
	}

}
