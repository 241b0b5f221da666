package org.partnergraph.security;

import java.util.List;

import org.partnergraph.problem.InvalidContentException;
import org.springframework.http.HttpStatus;

/**
 * An account request with values that cannot be accepted; answered with 400 listing them.
 */
public class AccountException extends InvalidContentException {

	private final List<String> problems;

	public AccountException(List<String> problems) {
		super(HttpStatus.BAD_REQUEST, "invalid-account", "Invalid account", String.join("; ", problems), "problems",
				problems);
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
