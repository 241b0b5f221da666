package org.partnergraph.security;

/** The account already exists; answered with 409. */
public class AccountConflictException extends RuntimeException {

	public AccountConflictException(String message) {
		super(message);
	}

}
