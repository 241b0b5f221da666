package org.partnergraph.explorer;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Support for the explorer page (served from {@code static/index.html} at {@code /}).
 *
 * <p>
 * Spring Security issues the CSRF token lazily: the cookie {@code XSRF-TOKEN} is only
 * written once something reads the token, which no page request does after sign-in. The
 * page calls this endpoint before its first write so that the cookie is set; it then
 * sends the cookie's value back in the header {@code X-XSRF-TOKEN}. Like every other path
 * it needs a signed-in session.
 */
@Hidden
@RestController
class ExplorerController {

	@GetMapping("/explorer/csrf")
	ResponseEntity<Void> csrf(CsrfToken token) {
		// Reading the token makes the cookie repository write the cookie into this
		// response.
		token.getToken();
		return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
	}

}
