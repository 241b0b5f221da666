package org.partnergraph.view;

import java.time.OffsetDateTime;

import org.partnergraph.model.Confidentiality;

/**
 * A share link of a saved view, as stored: it lets anyone holding its token see the view
 * at {@code level} (PUBLIC or INTERNAL, never RESTRICTED) until it expires or is revoked.
 * The token itself is not stored: it is the share's id signed with the server's share
 * secret ({@link ShareTokens}), so it can be shown again to the view's maker and cannot
 * be made by anyone else.
 *
 * @param id a UUID
 * @param viewId the view shared
 * @param level the highest level shown
 * @param anonymiseInternal whether INTERNAL organisations are shown as "a CSO in
 * Cambodia" instead of by name
 * @param createdBy who issued it
 * @param createdAt when
 * @param expiresAt when it stops working
 * @param revokedAt when it was revoked, or null
 * @param revokedBy who revoked it, or null
 */
public record ViewShare(String id, String viewId, Confidentiality level, boolean anonymiseInternal, String createdBy,
		OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt, String revokedBy) {

	/** active, expired or revoked, at {@code now}. */
	public String status(OffsetDateTime now) {
		if (this.revokedAt != null) {
			return "revoked";
		}
		return now.isBefore(this.expiresAt) ? "active" : "expired";
	}

}
