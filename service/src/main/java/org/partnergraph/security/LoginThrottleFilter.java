package org.partnergraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnergraph.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back password sign-ins, by the form ({@code POST /login}) and by HTTP Basic,
 * while {@link LoginThrottle} says this name from this address, or this address, must
 * wait: the form is sent back to its page as a failed sign-in (the page says an account
 * may be locked for a while), a script gets 429 with {@code Retry-After}. API tokens pass
 * untouched: a valid one is never refused. Runs before the filters that check passwords.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher FORM_LOGIN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean formLogin = FORM_LOGIN.matches(request);
		boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
		if (!basic && !formLogin) {
			chain.doFilter(request, response);
			return;
		}
		if (formLogin && UploadSafeCsrfTokenRequestHandler.isMultipart(request)) {
			// The sign-in form is never multipart: reading its fields would read a whole
			// upload first.
			Problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"Unsupported media type", "Sign in with a form sent as application/x-www-form-urlencoded.");
			return;
		}
		String[] credentials = basic ? basicCredentials(header)
				: new String[] { request.getParameter("username"), request.getParameter("password") };
		String username = credentials[0];
		String password = digest(credentials[1]);
		String address = request.getRemoteAddr();
		var wait = this.throttle.start(address, username, password);
		if (wait.isEmpty()) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.throttle.finish(address, username, password);
			}
			return;
		}
		long seconds = Math.max(1, wait.get().toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (!basic) {
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts",
				"Too many sign-in attempts", "Too many failed sign-ins; try again in " + seconds + " seconds.");
	}

	/** The user name and password of a Basic header; nulls when it holds none. */
	private static String[] basicCredentials(String header) {
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? new String[2]
					: new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException ex) {
			return new String[2];
		}
	}

	// Tells passwords apart without keeping them.
	private static String digest(String password) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
