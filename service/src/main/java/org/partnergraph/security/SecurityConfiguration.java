package org.partnergraph.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;
import org.partnergraph.problem.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what. The web page signs in with a form and a session (with CSRF
 * protection); scripts and notebooks use HTTP Basic or a personal API token
 * ({@code Authorization: Bearer}). OIDC sign-in is offered when a client registration is
 * configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, Environment environment,
			AccountService accounts, LoginThrottle throttle, RoleHierarchy roles, ApplicationEventPublisher events,
			ObjectProvider<ClientRegistrationRepository> oidcClients, OidcAccountService oidcAccounts,
			CurrentAccounts currentAccounts) throws Exception {
		if (settings.anonymousRead()) {
			requireLoopback(environment.getProperty("server.address"));
		}
		AuthenticationEntryPoint apiEntryPoint = (request, response, ex) -> Problems.write(request, response,
				HttpStatus.UNAUTHORIZED, "unauthorized", "Sign-in required",
				"Sign in, or send HTTP Basic credentials or an API token (Authorization: Bearer).");
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		// A stranger is told to sign in, whatever else is missing; a signed-in page
		// without its CSRF token is told that, not that its role is too low.
		AccessDeniedHandler denied = (request, response, ex) -> {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			if (api.matches(request) && (caller == null || caller instanceof AnonymousAuthenticationToken)) {
				apiEntryPoint.commence(request, response, new InsufficientAuthenticationException(ex.getMessage()));
			}
			else if (ex instanceof CsrfException) {
				Problems.write(request, response, HttpStatus.FORBIDDEN, "csrf", "CSRF token missing or wrong",
						"Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header, "
								+ "or sign the request in with HTTP Basic or an API token.");
			}
			else {
				Problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
						"Your role does not allow this.");
			}
		};
		var apiDocs = PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**");

		var tokenManager = new ProviderManager(new ApiTokenAuthenticationProvider(accounts));
		tokenManager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		var details = new WebAuthenticationDetailsSource();
		var tokenFilter = new AuthenticationFilter(tokenManager, request -> bearerToken(request, details));
		tokenFilter.setSuccessHandler((request, response, authentication) -> {
		});
		tokenFilter.setFailureHandler((request, response, ex) -> apiEntryPoint.commence(request, response, ex));

		AuthorityAuthorizationManager<RequestAuthorizationContext> viewer = AuthorityAuthorizationManager
			.hasRole(Role.VIEWER.name());
		viewer.setRoleHierarchy(roles);
		AuthorizationManager<RequestAuthorizationContext> readers = settings.anonymousRead()
				? AuthorizationManagers.anyOf(viewer, AuthenticatedAuthorizationManager.anonymous()) : viewer;

		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/js/login.js", "/error",
					"/favicon.ico")
			.permitAll()
			// The API description and Swagger UI: open, unless
			// partnergraph.security.public-api-docs=false.
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.access(settings.publicApiDocs() ? (authentication, context) -> new AuthorizationDecision(true)
					: AuthenticatedAuthorizationManager.authenticated())
			.requestMatchers(HttpMethod.POST, "/api/v1/imports", "/api/v1/imports/**")
			.hasRole(Role.EDITOR.name())
			.requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/audit", "/api/v1/audit/**")
			.hasRole(Role.ADMIN.name())
			// The explorer page and who-am-I are for readers: with anonymous reading on,
			// anyone on this machine.
			.requestMatchers(HttpMethod.GET, "/", "/index.html", "/js/**", "/css/**", "/webjars/**", "/api/v1/me")
			.access(readers)
			.requestMatchers("/api/v1/me", "/api/v1/me/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/v1/export/**")
			.hasRole(Role.VIEWER.name())
			.requestMatchers(HttpMethod.GET, "/api/**")
			.access(readers)
			.requestMatchers("/api/**")
			.hasRole(Role.VIEWER.name())
			.anyRequest()
			.authenticated());
		// Before every filter that checks a password: the form's as well as Basic's.
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(tokenFilter, BasicAuthenticationFilter.class);
		// A session holds its account's current rights; a request with its own
		// credentials ignores the session.
		http.securityContext(context -> context.securityContextRepository(new SessionAccountRefresh(currentAccounts)));
		http.httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint));
		// The sign-in page is the explorer's own
		// (org.partnergraph.explorer.LoginPageController); Spring Security
		// still handles POST /login, its failures (/login?error) and the session.
		http.formLogin(form -> form.loginPage("/login"));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(
					oauth -> oauth.loginPage("/login").userInfoEndpoint(user -> user.oidcUserService(oidcAccounts)));
		}
		http.logout(Customizer.withDefaults());
		// API requests that carry their own credentials cannot be forged by another site,
		// and are signed in by
		// those credentials or not at all (SessionAccountRefresh ignores their session
		// cookie); only the
		// session cookie of the web page needs the CSRF token.
		// An upload's token is read from the header only, so its body is not read before
		// the sign-in is checked.
		http.csrf(csrf -> csrf.spa()
			.csrfTokenRequestHandler(new UploadSafeCsrfTokenRequestHandler(api))
			.ignoringRequestMatchers(request -> api.matches(request) && signsItselfIn(request)));
		// Only the page gets a session: a refused API request is not remembered for after
		// the sign-in
		// (which would create a session for every stranger's request).
		var pagesOnly = new HttpSessionRequestCache();
		pagesOnly.setRequestMatcher(request -> !api.matches(request) && !apiDocs.matches(request));
		http.requestCache(cache -> cache.requestCache(pagesOnly));
		http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(apiEntryPoint, api)
			.defaultAuthenticationEntryPointFor(apiEntryPoint, apiDocs)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
			.accessDeniedHandler(denied));
		if (settings.anonymousRead()) {
			http.anonymous(Customizer.withDefaults());
		}
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * Whether the request carries credentials of its own (HTTP Basic or an API token),
	 * which sign it in or fail it; then its session, if any, plays no part.
	 */
	static boolean signsItselfIn(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null
				&& (header.regionMatches(true, 0, "Basic ", 0, 6) || header.regionMatches(true, 0, "Bearer ", 0, 7));
	}

	private static ApiTokenAuthenticationProvider.BearerToken bearerToken(HttpServletRequest request,
			WebAuthenticationDetailsSource details) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		var token = new ApiTokenAuthenticationProvider.BearerToken(header.substring(7).strip());
		token.setDetails(details.buildDetails(request));
		return token;
	}

	/**
	 * Anonymous reading may only be switched on for a service that only this machine can
	 * reach.
	 */
	static void requireLoopback(String serverAddress) {
		boolean loopback = false;
		if (serverAddress != null && !serverAddress.isBlank()) {
			try {
				loopback = InetAddress.getByName(serverAddress).isLoopbackAddress();
			}
			catch (UnknownHostException ex) {
				loopback = false;
			}
		}
		if (!loopback) {
			throw new IllegalStateException("partnergraph.security.anonymous-read=true needs the service to listen on "
					+ "loopback only: set server.address=127.0.0.1 (it is '" + serverAddress + "')");
		}
	}

}
