package org.partnergraph.problem;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * What the caller sent (a file, an account) was read but cannot be accepted; the answer
 * lists every error under {@code member}, so the caller can fix them all in one go.
 */
public class InvalidContentException extends ProblemException {

	protected InvalidContentException(HttpStatus status, String type, String title, String detail, String member,
			List<?> errors) {
		super(status, type, title, detail, Map.of(member, List.copyOf(errors)));
	}

	/** As above, with further members (warnings beside the errors, say). */
	protected InvalidContentException(HttpStatus status, String type, String title, String detail,
			Map<String, Object> members) {
		super(status, type, title, detail, members);
	}

}
