package org.partnergraph.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The thing a request names does not exist, or the caller may not know it does; answered
 * with 404.
 */
public class NotFoundException extends ProblemException {

	public NotFoundException(String message) {
		super(HttpStatus.NOT_FOUND, "not-found", "Not found", message, Map.of());
	}

}
