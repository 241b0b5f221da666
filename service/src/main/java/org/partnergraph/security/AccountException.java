package org.partnergraph.security;

import java.util.List;

/** An account request with values that cannot be accepted; answered with 400 listing them. */
public class AccountException extends RuntimeException {

	private final List<String> problems;

	public AccountException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
