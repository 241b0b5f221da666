package org.partnergraph.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The caller's role does not allow this request, or this use of it; answered with 403.
 */
public class ForbiddenException extends ProblemException {

	public ForbiddenException(String message) {
		super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", message, Map.of());
	}

}
