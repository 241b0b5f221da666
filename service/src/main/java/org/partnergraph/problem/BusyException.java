package org.partnergraph.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The service is busy with as many heavy computations as it runs at once; answered with
 * 503.
 */
public class BusyException extends ProblemException {

	public BusyException(String message) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy", message, Map.of());
	}

}
