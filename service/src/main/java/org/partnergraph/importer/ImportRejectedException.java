package org.partnergraph.importer;

import java.util.List;
import java.util.Map;

import org.partnergraph.problem.InvalidContentException;
import org.springframework.http.HttpStatus;

/**
 * The import was refused because of the listed errors; nothing was written. Answered with
 * 422, with the warnings found on the way beside the errors.
 */
public class ImportRejectedException extends InvalidContentException {

	private final List<ImportError> errors;

	private final List<ImportWarning> warnings;

	public ImportRejectedException(List<ImportError> errors) {
		this(errors, List.of());
	}

	public ImportRejectedException(List<ImportError> errors, List<ImportWarning> warnings) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "Import rejected",
				errors.size() + " error(s) in the import; nothing was written",
				Map.of("errors", List.copyOf(errors), "warnings", List.copyOf(warnings)));
		this.errors = List.copyOf(errors);
		this.warnings = List.copyOf(warnings);
	}

	public List<ImportError> errors() {
		return this.errors;
	}

	public List<ImportWarning> warnings() {
		return this.warnings;
	}

}
