package org.partnergraph.security;

import org.partnergraph.problem.ConflictException;

/** The account already exists; answered with 409. */
public class AccountConflictException extends ConflictException {

	public AccountConflictException(String message) {
		super(message);
	}

}
