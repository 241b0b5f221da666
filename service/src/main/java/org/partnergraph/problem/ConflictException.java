package org.partnergraph.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The request clashes with what is stored (a name taken, a record in use); answered with
 * 409.
 */
public class ConflictException extends ProblemException {

	public ConflictException(String message) {
		super(HttpStatus.CONFLICT, "conflict", "Conflict", message, Map.of());
	}

}
