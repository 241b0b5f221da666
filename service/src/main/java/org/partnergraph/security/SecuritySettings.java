package org.partnergraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings.
 *
 * @param anonymousRead let callers who have not signed in read PUBLIC data; allowed only when the
 * service listens on loopback ({@code server.address=127.0.0.1})
 * @param maxLoginFailures failed sign-ins allowed for one user name or one address within {@code lockout}
 * @param lockout how long sign-in stays blocked after too many failures
 * @param minPasswordLength shortest password accepted for a local account
 */
@ConfigurationProperties("partnergraph.security")
public record SecuritySettings(@DefaultValue("false") boolean anonymousRead,
		@DefaultValue("5") int maxLoginFailures, @DefaultValue("15m") Duration lockout,
		@DefaultValue("12") int minPasswordLength) {
}
