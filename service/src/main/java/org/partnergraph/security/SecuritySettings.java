package org.partnergraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings.
 *
 * @param anonymousRead let callers who have not signed in read PUBLIC data; allowed only
 * when the service listens on loopback ({@code server.address=127.0.0.1})
 * @param maxLoginFailures wrong passwords for one user name from one address before that
 * address waits to try the name again (10 s, doubling with each further failure, at most
 * {@code lockout})
 * @param lockout the longest wait, and the window over which failures are counted
 * @param maxAddressFailures failed sign-ins of any kind from one address within
 * {@code lockout} before password sign-ins from that address wait for the rest of the
 * window
 * @param minPasswordLength shortest password accepted for a local account
 * @param publicApiDocs whether the API description ({@code /v3/api-docs}) and Swagger UI
 * open without signing in
 */
@ConfigurationProperties("partnergraph.security")
public record SecuritySettings(@DefaultValue("false") boolean anonymousRead, @DefaultValue("5") int maxLoginFailures,
		@DefaultValue("15m") Duration lockout, @DefaultValue("100") int maxAddressFailures,
		@DefaultValue("12") int minPasswordLength, @DefaultValue("true") boolean publicApiDocs) {
}
