package org.partnergraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnergraph.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses sign-in attempts with 429 while {@link LoginThrottle} blocks the address or user name. */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean formLogin = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
		if (header == null && !formLogin) {
			chain.doFilter(request, response);
			return;
		}
		String username = formLogin ? request.getParameter("username") : basicUsername(header);
		var wait = this.throttle.blockedFor(request.getRemoteAddr(), username);
		if (wait.isPresent()) {
			long seconds = Math.max(1, wait.get().toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts",
					"Too many sign-in attempts",
					"Too many failed sign-ins; try again in " + seconds + " seconds.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static String basicUsername(String header) {
		if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
