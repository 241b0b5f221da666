package org.partnergraph.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A conditional write whose condition no longer holds (the If-Match ETag is not the
 * current one: someone changed the thing meanwhile); answered with 412.
 */
public class PreconditionFailedException extends ProblemException {

	public PreconditionFailedException(String message) {
		super(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Changed meanwhile", message, Map.of());
	}

}
