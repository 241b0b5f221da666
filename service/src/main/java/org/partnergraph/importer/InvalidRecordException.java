package org.partnergraph.importer;

import java.util.List;

import org.partnergraph.problem.InvalidContentException;
import org.springframework.http.HttpStatus;

/**
 * A stakeholder or link sent to the edit API breaks the rules an import applies; nothing
 * was written. Answered with 422, every problem listed under {@code errors} as
 * {@code {field, message}}.
 */
public class InvalidRecordException extends InvalidContentException {

	private final List<FieldError> errors;

	public InvalidRecordException(List<FieldError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-record", "Invalid record",
				errors.size() + " error(s) in the record; nothing was written", "errors", errors);
		this.errors = List.copyOf(errors);
	}

	public InvalidRecordException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/** One problem, in the field of the record it is in. */
	public record FieldError(String field, String message) {
	}

}
