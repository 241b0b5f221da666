package org.partnergraph.problem;

import java.util.HashMap;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request parameter has a value the service cannot take; answered with 400 naming the
 * parameter.
 */
public class BadParameterException extends ProblemException {

	private final String parameter;

	private final List<String> allowed;

	public BadParameterException(String parameter, String message) {
		this(parameter, message, List.of());
	}

	/**
	 * @param allowed the values the parameter takes, when they are few enough to list;
	 * else empty
	 */
	public BadParameterException(String parameter, String message, List<String> allowed) {
		super(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", message, properties(parameter, allowed));
		this.parameter = parameter;
		this.allowed = List.copyOf(allowed);
	}

	private static java.util.Map<String, Object> properties(String parameter, List<String> allowed) {
		var properties = new HashMap<String, Object>();
		properties.put("parameter", parameter);
		properties.put("allowed", allowed.isEmpty() ? null : List.copyOf(allowed));
		return properties;
	}

	public String parameter() {
		return this.parameter;
	}

	public List<String> allowed() {
		return this.allowed;
	}

}
