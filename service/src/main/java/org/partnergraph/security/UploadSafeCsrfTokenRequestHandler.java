package org.partnergraph.security;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Spring Security's handler for single-page applications ({@code csrf.spa()}): the page
 * sends the raw token of the cookie {@code XSRF-TOKEN} in the header
 * {@code X-XSRF-TOKEN}; forms (the sign-in page) send the masked one as the parameter
 * {@code _csrf}. Two differences: API requests do not get the cookie unasked (no cookie
 * for a stranger's or a script's API call); and the token of a multipart request (an
 * upload) is taken from the header only. Reading a {@code _csrf} parameter of a multipart
 * request makes the server read and parse the whole upload (up to the upload limit)
 * before the request is even known to be signed in. The page sends its uploads with the
 * header.
 */
final class UploadSafeCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

	private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

	private final CsrfTokenRequestAttributeHandler xor = new XorCsrfTokenRequestAttributeHandler();

	// Loads (and so sets the cookie of) the token on every request, as csrf.spa() does,
	// so the page has it.
	private final CsrfTokenRequestAttributeHandler eagerXor = new XorCsrfTokenRequestAttributeHandler();

	private final RequestMatcher api;

	UploadSafeCsrfTokenRequestHandler(RequestMatcher api) {
		this.api = api;
		this.eagerXor.setCsrfRequestAttributeName(null);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		// API calls get no cookie they did not ask for: a script's call, signed in or
		// not, sets none; the page
		// has its cookie from the page itself (or GET /explorer/csrf).
		(this.api.matches(request) ? this.xor : this.eagerXor).handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String header = request.getHeader(csrfToken.getHeaderName());
		if (StringUtils.hasText(header)) {
			// The raw token, as the page sends it; failing that a masked one (also read
			// from the header).
			return header.equals(csrfToken.getToken()) ? header : this.xor.resolveCsrfTokenValue(request, csrfToken);
		}
		if (isMultipart(request)) {
			return null;
		}
		return this.xor.resolveCsrfTokenValue(request, csrfToken);
	}

	static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

}
