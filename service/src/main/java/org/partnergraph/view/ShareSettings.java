package org.partnergraph.view;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Share links of saved views.
 *
 * @param defaultLifetime how long a share link lasts when its maker names no end
 * @param maxLifetime the longest a share link may last; a later end is refused
 */
@ConfigurationProperties("partnergraph.share")
public record ShareSettings(@DefaultValue("30d") Duration defaultLifetime, @DefaultValue("365d") Duration maxLifetime) {

	public ShareSettings {
		if (defaultLifetime.isNegative() || defaultLifetime.isZero() || maxLifetime.compareTo(defaultLifetime) < 0) {
			throw new IllegalArgumentException(
					"partnergraph.share: default-lifetime must be positive and at most max-lifetime");
		}
	}

}
