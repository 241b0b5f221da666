package org.partnergraph.problem;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every problem detail the service answers with, from the MVC exception handler
 * and from the servlet filters that run before it, so a client sees one shape: a stable
 * {@code type} under {@link #TYPE_BASE}, a fixed {@code title}, a {@code detail} written
 * for the caller. Stack traces and Cypher never go into one.
 */
public final class Problems {

	/**
	 * Every problem type is this plus a slug, e.g.
	 * {@code urn:partnergraph:problem:not-found}.
	 */
	public static final String TYPE_BASE = "urn:partnergraph:problem:";

	// Filters run outside Spring MVC's message converters, so they write with a mapper of
	// their own.
	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail of(ProblemException ex) {
		var problem = of(ex.status(), ex.type(), ex.title(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	/**
	 * Writes a problem as the whole response, for filters that answer before Spring MVC.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * Shorthand for
	 * {@link #write(HttpServletRequest, HttpServletResponse, ProblemDetail)}.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String title, String detail) throws IOException {
		write(request, response, of(status, type, title, detail));
	}

}
