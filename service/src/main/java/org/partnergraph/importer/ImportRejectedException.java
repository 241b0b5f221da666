package org.partnergraph.importer;

import java.util.List;

import org.partnergraph.problem.InvalidContentException;
import org.springframework.http.HttpStatus;

/**
 * The import was refused because of the listed errors; nothing was written. Answered with
 * 422.
 */
public class ImportRejectedException extends InvalidContentException {

	private final List<ImportError> errors;

	public ImportRejectedException(List<ImportError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "Import rejected",
				errors.size() + " error(s) in the import; nothing was written", "errors", errors);
		this.errors = List.copyOf(errors);
	}

	public List<ImportError> errors() {
		return this.errors;
	}

}
