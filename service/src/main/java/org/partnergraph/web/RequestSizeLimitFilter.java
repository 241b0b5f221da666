package org.partnergraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnergraph.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit before anything reads them. Uploads have their own, larger
 * limits (spring.servlet.multipart.*); every other body, JSON above all, stays small.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimitFilter(@Value("${partnergraph.max-request-body:1MB}") DataSize maxBody) {
		this.maxBytes = maxBody.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		if (!upload && request.getContentLengthLong() > this.maxBytes) {
			Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
					"The request body is larger than the " + this.maxBytes + " bytes the service accepts.");
			return;
		}
		chain.doFilter(request, response);
	}

}
