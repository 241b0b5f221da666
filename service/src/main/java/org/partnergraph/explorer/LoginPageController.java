package org.partnergraph.explorer;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page of the explorer, in place of Spring Security's generated one: the same form
 * (POST /login with username, password and the CSRF token, handled by Spring Security), with the
 * page's look, labelled fields, and the OIDC sign-in when a client registration is configured.
 * Failures are reported without saying whether the user name exists.
 */
@Hidden
@Controller
class LoginPageController {

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	LoginPageController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.oidcClients = oidcClients;
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> login(HttpServletRequest request, CsrfToken csrf) {
		String message = "";
		if (request.getParameter("error") != null) {
			message = "<p class=\"message error\" role=\"alert\">Sign-in failed: the user name or password is wrong, "
					+ "or the account is disabled or locked for a while.</p>";
		}
		else if (request.getParameter("logout") != null) {
			message = "<p class=\"message\" role=\"status\">You have signed out.</p>";
		}
		StringBuilder oidc = new StringBuilder();
		for (ClientRegistration client : oidcClients()) {
			if (oidc.isEmpty()) {
				oidc.append("<p class=\"or\">or</p>");
			}
			oidc.append("<p><a class=\"button secondary\" href=\"/oauth2/authorization/")
				.append(HtmlUtils.htmlEscape(client.getRegistrationId()))
				.append("\">Sign in with ")
				.append(HtmlUtils.htmlEscape(client.getClientName()))
				.append("</a></p>");
		}
		String page = PAGE.replace("{message}", message)
			.replace("{csrfParameter}", HtmlUtils.htmlEscape(csrf.getParameterName()))
			.replace("{csrfToken}", HtmlUtils.htmlEscape(csrf.getToken()))
			.replace("{oidc}", oidc.toString());
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(page);
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

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			  <meta charset="utf-8">
			  <meta name="viewport" content="width=device-width, initial-scale=1">
			  <title>Sign in · PartnerGraph</title>
			  <link rel="icon" href="/favicon.ico">
			  <style>
			    :root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; }
			    body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; background: #f4f5f7; }
			    header { background: #14324f; color: #fff; padding: 10px 16px; }
			    header h1 { margin: 0; font-size: 1.15rem; }
			    header span { font-weight: normal; opacity: 0.9; }
			    main { flex: 1; display: flex; align-items: flex-start; justify-content: center; padding: 48px 16px; }
			    form, .panel { background: #fff; border: 1px solid #c8c8c8; border-radius: 6px; padding: 24px 28px;
			      width: 100%; max-width: 360px; box-shadow: 0 2px 10px rgba(0,0,0,0.06); }
			    h2 { font-size: 1.2rem; margin: 0 0 16px; }
			    label { display: block; font-size: 0.92rem; margin: 12px 0 4px; font-weight: 600; }
			    input[type=text], input[type=password] { width: 100%; box-sizing: border-box; font: inherit;
			      padding: 7px 8px; border: 1px solid #767676; border-radius: 4px; }
			    button, .button { display: inline-block; margin-top: 20px; width: 100%; box-sizing: border-box; font: inherit;
			      padding: 8px 12px; border-radius: 4px; border: 1px solid #0b5cad; background: #0b5cad; color: #fff;
			      cursor: pointer; text-align: center; text-decoration: none; }
			    button:hover { background: #084a8c; }
			    .secondary { background: #fff; color: #0b5cad; margin-top: 0; }
			    .or { text-align: center; color: #4d4d4d; margin: 14px 0 8px; }
			    .message { padding: 8px 10px; border-radius: 4px; background: #e8f0fa; font-size: 0.9rem; }
			    .error { background: #fde8e8; color: #a4161a; border-left: 4px solid #a4161a; }
			    :focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
			    .note { font-size: 0.82rem; color: #4d4d4d; margin-top: 16px; }
			  </style>
			</head>
			<body>
			<header><h1>PartnerGraph <span>explorer</span></h1></header>
			<main>
			  <form method="post" action="/login">
			    <h2>Sign in</h2>
			    {message}
			    <label for="username">User name</label>
			    <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none"
			           spellcheck="false" required autofocus>
			    <label for="password">Password</label>
			    <input type="password" id="password" name="password" autocomplete="current-password" required>
			    <input type="hidden" name="{csrfParameter}" value="{csrfToken}">
			    <button type="submit">Sign in</button>
			    {oidc}
			    <p class="note">Scripts and notebooks sign in with HTTP Basic or a personal API token instead.</p>
			  </form>
			</main>
			</body>
			</html>
			""";

}
