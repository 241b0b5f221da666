package org.partnergraph.web;

import java.net.URI;

import org.partnergraph.importer.ImportRejectedException;
import org.partnergraph.security.AccountConflictException;
import org.partnergraph.security.AccountException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into RFC 9457 problem details with a stable {@code type}. Messages are written
 * for the caller; stack traces and Cypher never leave the service.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	static final String TYPE_BASE = "urn:partnergraph:problem:";

	@ExceptionHandler(ImportRejectedException.class)
	ProblemDetail importRejected(ImportRejectedException ex) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "Import rejected",
				ex.getMessage());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler(BadParameterException.class)
	ProblemDetail badParameter(BadParameterException ex) {
		var problem = problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", ex.getMessage());
		problem.setProperty("parameter", ex.parameter());
		if (!ex.allowed().isEmpty()) {
			problem.setProperty("allowed", ex.allowed());
		}
		return problem;
	}

	@ExceptionHandler(AccountException.class)
	ProblemDetail account(AccountException ex) {
		var problem = problem(HttpStatus.BAD_REQUEST, "invalid-account", "Invalid account", ex.getMessage());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

	@ExceptionHandler(AccountConflictException.class)
	ProblemDetail accountConflict(AccountConflictException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage());
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ProblemDetail accessDenied(org.springframework.security.access.AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this.");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The service could not complete the request; the log has the details.");
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
				"The upload is larger than the service accepts.");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var tooLarge = RequestSizeLimitFilter.BodyTooLargeException.find(ex);
		if (tooLarge != null) {
			var problem = problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
					RequestSizeLimitFilter.tooLargeDetail(tooLarge.maxBytes()));
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
