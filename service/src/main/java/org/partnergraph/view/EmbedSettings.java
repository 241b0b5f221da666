package org.partnergraph.view;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Embed settings.
 *
 * @param frameAncestors the pages that may show {@code /embed/**} in a frame, as CSP
 * {@code frame-ancestors} sources: {@code 'self'} (the default), origins such as
 * {@code https://intranet.example.org}, or {@code 'none'}. The rest of the service keeps
 * {@code frame-ancestors 'none'}.
 */
@ConfigurationProperties("partnergraph.embed")
public record EmbedSettings(@DefaultValue("'self'") List<String> frameAncestors) {

	// A keyword, or a scheme, host (with an optional leading wildcard) and optional port:
	// nothing that could end the directive or add another.
	private static final Pattern SOURCE = Pattern
		.compile("'self'|'none'|https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?|https?:");

	public EmbedSettings {
		frameAncestors = frameAncestors == null || frameAncestors.isEmpty() ? List.of("'self'")
				: frameAncestors.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		for (String source : frameAncestors) {
			if (!SOURCE.matcher(source).matches()) {
				throw new IllegalArgumentException("partnergraph.embed.frame-ancestors: '" + source
						+ "' is not 'self', 'none' or an origin such as https://intranet.example.org");
			}
		}
	}

	/** The Content-Security-Policy of embed responses. */
	String contentSecurityPolicy() {
		return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors "
				+ String.join(" ", this.frameAncestors);
	}

}
