package org.partnergraph.curation;

import org.partnergraph.problem.PreconditionFailedException;
import org.partnergraph.problem.PreconditionRequiredException;
import org.partnergraph.store.Versioned;

/**
 * Conditional writes: every change of a stakeholder or link names, in {@code If-Match},
 * the ETag of the record as its writer last read it, so nobody overwrites a change they
 * have not seen.
 */
final class Preconditions {

	private Preconditions() {
	}

	/** The If-Match header, which must be there. */
	static String required(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException(
					"Send If-Match with the ETag of the record as you last read it (GET answers it).");
		}
		return ifMatch.strip();
	}

	/** Refuses with 412 unless the record is still at the ETag its writer read. */
	static void check(String ifMatch, Versioned<?> current, String what) {
		for (String tag : ifMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.startsWith("W/")) {
				candidate = candidate.substring(2);
			}
			if (candidate.equals(current.etag())) {
				return;
			}
		}
		throw new PreconditionFailedException(
				what + " was changed since you read it (its ETag is now " + current.etag() + "); read it again");
	}

}
