package org.partnergraph.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No observation (metrics events) of each security filter, sign-in and authorisation
 * decision. With the actuator's meter registry present, Spring Security wraps every
 * filter of its chain in an observation and records a counter with tags for each step:
 * profiled under load on cached analyses, that was about a tenth of a request's CPU time
 * and most of the memory it allocated, for figures nothing reads. The request as a whole
 * is still observed ({@code http.server.requests}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

}
