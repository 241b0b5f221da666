package org.partnergraph.explorer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page of the explorer, in place of Spring Security's generated one: the same
 * form (POST /login with username, password and the CSRF token, handled by Spring
 * Security), with the page's look, labelled fields, and the OIDC sign-in when a client
 * registration is configured. Failures are reported without saying whether the user name
 * exists.
 */
@Hidden
@Controller
class LoginPageController {

	// A Mustache template: every value is HTML-escaped unless the template says otherwise
	// (it never does).
	private static final Template PAGE = compile("templates/login.mustache");

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	LoginPageController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.oidcClients = oidcClients;
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> login(HttpServletRequest request, CsrfToken csrf) {
		var model = new HashMap<String, Object>();
		model.put("error", request.getParameter("error") != null);
		model.put("signedOut", request.getParameter("error") == null && request.getParameter("logout") != null);
		model.put("csrfParameter", csrf.getParameterName());
		model.put("csrfToken", csrf.getToken());
		List<Map<String, String>> oidc = oidcClients().stream()
			.map(client -> Map.of("registrationId", client.getRegistrationId(), "clientName", client.getClientName()))
			.toList();
		model.put("oidc", oidc);
		model.put("anyOidc", !oidc.isEmpty());
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(PAGE.execute(model));
	}

	private List<ClientRegistration> oidcClients() {
		List<ClientRegistration> clients = new ArrayList<>();
		ClientRegistrationRepository repository = this.oidcClients.getIfAvailable();
		if (repository instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				if (registration instanceof ClientRegistration client) {
					clients.add(client);
				}
			}
		}
		return clients;
	}

	private static Template compile(String resource) {
		try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			return Mustache.compiler().compile(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The sign-in page template " + resource + " is missing", ex);
		}
	}

}
