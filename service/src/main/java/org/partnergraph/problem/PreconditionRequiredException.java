package org.partnergraph.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A write that must be conditional came without its condition (If-Match); answered with
 * 428.
 */
public class PreconditionRequiredException extends ProblemException {

	public PreconditionRequiredException(String message) {
		super(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "Precondition required", message, Map.of());
	}

}
