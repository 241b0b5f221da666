package org.partnergraph.security;

import java.time.OffsetDateTime;

/**
 * A personal API token as listed: never the secret itself, which is shown once on
 * creation.
 *
 * @param id the token's id, to revoke it
 * @param name what its owner calls it
 * @param prefix the first characters of the secret, to recognise it
 * @param createdAt when it was made
 * @param expiresAt when it stops working, or null
 * @param lastUsedAt when it last signed a request in, or null
 */
public record ApiTokenInfo(String id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
		OffsetDateTime lastUsedAt) {
}
