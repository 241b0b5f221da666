package org.partnergraph.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the service cannot carry out, for a reason the caller can act on. Services
 * throw these (never web-layer exceptions); {@link Problems} turns each into RFC 9457
 * problem details, so the answer's shape is decided in one place whatever module throws.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final String title;

	private final Map<String, Object> properties;

	/**
	 * @param status the HTTP status the problem is answered with
	 * @param type the stable problem type, a slug such as {@code not-found}
	 * @param title a short, fixed summary of the type
	 * @param detail what went wrong this time, written for the caller
	 * @param properties extra members of the answer (the parameter, the errors); null
	 * values are left out
	 */
	protected ProblemException(HttpStatus status, String type, String title, String detail,
			Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
		var kept = new LinkedHashMap<String, Object>();
		properties.forEach((key, value) -> {
			if (value != null) {
				kept.put(key, value);
			}
		});
		this.properties = Map.copyOf(kept);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
