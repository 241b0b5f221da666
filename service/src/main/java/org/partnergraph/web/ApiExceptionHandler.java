package org.partnergraph.web;

import java.util.Locale;

import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.ProblemException;
import org.partnergraph.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into RFC 9457 problem details through {@link Problems}. Services
 * throw {@link ProblemException}s that say what kind of problem they are; anything else
 * is a fault of the service, logged here and answered without its details.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ProblemException.class)
	ProblemDetail problem(ProblemException ex) {
		return Problems.of(ex);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The service could not complete the request; the log has the details.");
	}

	/**
	 * A declared constraint on a parameter ({@code @Min}, {@code @Max}...) failed: a bad
	 * parameter, named.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ParameterValidationResult result = ex.getParameterValidationResults().getFirst();
		String parameter = parameterName(result.getMethodParameter());
		String message = result.getResolvableErrors().getFirst().getDefaultMessage();
		return badParameter(new BadParameterException(parameter, parameter + " " + message));
	}

	/** A value of the wrong type ({@code limit=many}): a bad parameter, named. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
		String type = ex.getRequiredType() == null ? "" : ex.getRequiredType().getSimpleName().toLowerCase(Locale.ROOT);
		String expected = switch (type) {
			case "int", "integer", "long" -> "a whole number";
			case "double", "float" -> "a number";
			case "boolean" -> "true or false";
			default -> "a valid value";
		};
		return badParameter(
				new BadParameterException(parameter, parameter + " '" + ex.getValue() + "' is not " + expected));
	}

	/** A required parameter is missing: a bad parameter, named. */
	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badParameter(new BadParameterException(ex.getParameterName(), ex.getParameterName() + " is required"));
	}

	private static ResponseEntity<Object> badParameter(BadParameterException ex) {
		return ResponseEntity.status(ex.status()).body(Problems.of(ex));
	}

	private static String parameterName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		return parameter.getParameterName();
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
				"The upload is larger than the service accepts.");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	/**
	 * A request body that ran past the size limit while it was read (chunked bodies
	 * declare no length).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var tooLarge = RequestSizeLimitFilter.BodyTooLargeException.find(ex);
		if (tooLarge != null) {
			var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
					RequestSizeLimitFilter.tooLargeDetail(tooLarge.maxBytes()));
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

}
