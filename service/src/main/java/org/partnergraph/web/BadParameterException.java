package org.partnergraph.web;

import java.util.List;

/** A request parameter has a value the endpoint cannot take; answered with 400 naming the parameter. */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	private final List<String> allowed;

	public BadParameterException(String parameter, String message, List<String> allowed) {
		super(message);
		this.parameter = parameter;
		this.allowed = List.copyOf(allowed);
	}

	public String parameter() {
		return this.parameter;
	}

	public List<String> allowed() {
		return this.allowed;
	}

}
