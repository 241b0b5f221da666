package org.partnergraph.view;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * {@code /embed/**}: open to anyone, signed in or not, and framable by the pages
 * {@link EmbedSettings#frameAncestors()} names. It runs before the service's own chain
 * ({@code security.SecurityConfiguration}, which keeps {@code frame-ancestors 'none'} and
 * {@code X-Frame-Options: DENY} for everything else) and never reads a session: an embed
 * is the same PUBLIC page for every visitor, whoever is signed in on the same browser.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EmbedSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain embedSecurityFilterChain(HttpSecurity http, EmbedSettings settings) throws Exception {
		http.securityMatcher("/embed/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			// Only reads: nothing here for another site to forge.
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(settings.contentSecurityPolicy()))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.disable()));
		return http.build();
	}

}
