package org.partnergraph.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.partnergraph.audit.AuditService;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.ForbiddenException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.security.Visibility;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Share links: the maker of a view (its owner or an admin, who sees more than PUBLIC
 * data) lets anyone holding a link see the view's embed and pictures at INTERNAL level,
 * or at PUBLIC level with an end date, optionally with INTERNAL organisations anonymised.
 * RESTRICTED data is never shared: no link may name that level, and a link's reader is
 * given its level's data and nothing else, read again for every request (so a link shows
 * today's data, and stops the moment it is revoked or expires). Every issue, revocation,
 * use and refused use is audited; the token itself is never written to the audit log.
 */
@Service
public class ShareService {

	static final List<String> LEVELS = List.of(Confidentiality.INTERNAL.name(), Confidentiality.PUBLIC.name());

	private final ViewService views;

	private final ViewNetworks networks;

	private final ShareStore shares;

	private final ShareSettings settings;

	private final AuditService audit;

	ShareService(ViewService views, ViewNetworks networks, ShareStore shares, ShareSettings settings,
			AuditService audit) {
		this.views = views;
		this.networks = networks;
		this.shares = shares;
		this.settings = settings;
		this.audit = audit;
	}

	/**
	 * A share link as its maker sees it.
	 *
	 * @param url the embed's address with the token, while the link is active; null once
	 * it is revoked or expired
	 * @param status active, expired or revoked
	 */
	public record ShareLink(String id, String viewId, Confidentiality level, boolean anonymiseInternal,
			String createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
			String revokedBy, String status, String url) {
	}

	public ShareLink issue(String viewId, ShareRequest request) {
		SavedView view = this.views.find(viewId);
		ViewService.mayEdit(view);
		if (!Visibility.current().sees(Confidentiality.INTERNAL)) {
			throw new ForbiddenException(
					"Share links are made by those who see more than PUBLIC data; an embed already shows PUBLIC data to anyone.");
		}
		Confidentiality level = level(request.level());
		OffsetDateTime now = now();
		OffsetDateTime expires = expires(request.expires(), now);
		boolean anonymise = Boolean.TRUE.equals(request.anonymiseInternal());
		var share = new ViewShare(UUID.randomUUID().toString(), view.id(), level, anonymise, caller(), now, expires,
				null, null);
		this.shares.create(share);
		this.audit.record("share.create", "/api/v1/views/" + view.id(),
				"share=" + share.id() + " level=" + level + " anonymiseInternal=" + anonymise + " expires=" + expires);
		return link(share, tokens(), now);
	}

	public List<ShareLink> list(String viewId) {
		SavedView view = this.views.find(viewId);
		ViewService.mayEdit(view);
		ShareTokens tokens = tokens();
		OffsetDateTime now = now();
		return this.shares.findAll(view.id()).stream().map(share -> link(share, tokens, now)).toList();
	}

	public void revoke(String viewId, String shareId) {
		SavedView view = this.views.find(viewId);
		ViewService.mayEdit(view);
		if (this.shares.find(view.id(), shareId).isEmpty()) {
			throw new NotFoundException("No share link '" + shareId + "' of the view '" + viewId + "'");
		}
		if (this.shares.revoke(view.id(), shareId, caller(), now())) {
			this.audit.record("share.revoke", "/api/v1/views/" + view.id(), "share=" + shareId);
		}
	}

	/**
	 * What the embed of {@code view} shows its reader: PUBLIC data without a token; with
	 * one, the level of the share link it names, after checking it (403 when forged,
	 * revoked or expired, 404 when its share is gone).
	 * @param use what is read, for the audit log
	 */
	VisibleNetwork embedNetwork(SavedView view, String token, String use) {
		if (token == null) {
			return this.views.publicNetwork(view);
		}
		ShareTokens tokens = tokens();
		String shareId = tokens.shareId(view.id(), token).orElse(null);
		if (shareId == null) {
			refuse(view, "forged", use);
			throw new ForbiddenException("This is not a share link of this view.");
		}
		ViewShare share = this.shares.find(view.id(), shareId).orElse(null);
		if (share == null) {
			refuse(view, "share=" + shareId + " gone", use);
			throw new NotFoundException("This share link no longer exists.");
		}
		String status = share.status(now());
		if (!"active".equals(status)) {
			refuse(view, "share=" + shareId + " " + status, use);
			throw new ForbiddenException("This share link was revoked or has expired; ask its maker for a new one.");
		}
		Set<Confidentiality> levels = share.level() == Confidentiality.INTERNAL
				? EnumSet.of(Confidentiality.PUBLIC, Confidentiality.INTERNAL) : EnumSet.of(Confidentiality.PUBLIC);
		ViewNetworks.Marked marked = this.networks.readMarked(view, levels);
		VisibleNetwork network = share.anonymiseInternal()
				? AnonymisedNetwork.of(marked, (kind, id) -> tokens.opaqueId(share.id(), kind, id)) : marked.network();
		this.audit.record("share.use", use, "share=" + share.id() + " level=" + share.level() + " anonymiseInternal="
				+ share.anonymiseInternal() + " view=" + view.id());
		return network;
	}

	private void refuse(SavedView view, String reason, String use) {
		this.audit.record("share.refused", use, reason + " view=" + view.id());
	}

	private ShareTokens tokens() {
		return new ShareTokens(this.shares.secret());
	}

	private static ShareLink link(ViewShare share, ShareTokens tokens, OffsetDateTime now) {
		String status = share.status(now);
		String url = "active".equals(status)
				? "/embed/" + share.viewId() + "?share=" + tokens.token(share.viewId(), share.id()) : null;
		return new ShareLink(share.id(), share.viewId(), share.level(), share.anonymiseInternal(), share.createdBy(),
				share.createdAt(), share.expiresAt(), share.revokedAt(), share.revokedBy(), status, url);
	}

	private static Confidentiality level(String level) {
		if (level == null || !LEVELS.contains(level.strip().toUpperCase(java.util.Locale.ROOT))) {
			throw new BadParameterException("level",
					"level is INTERNAL or PUBLIC: RESTRICTED data is never shared, and a link needs a level", LEVELS);
		}
		return Confidentiality.valueOf(level.strip().toUpperCase(java.util.Locale.ROOT));
	}

	private OffsetDateTime expires(String expires, OffsetDateTime now) {
		OffsetDateTime latest = now.plus(this.settings.maxLifetime());
		if (expires == null || expires.isBlank()) {
			return now.plus(this.settings.defaultLifetime());
		}
		OffsetDateTime at;
		try {
			String text = expires.strip();
			at = text.length() == 10 ? LocalDate.parse(text).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)
					: OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException("expires",
					"expires is a date (YYYY-MM-DD, the link then works to the end of that day, UTC) or an ISO date-time");
		}
		if (!at.isAfter(now)) {
			throw new BadParameterException("expires", "expires must be in the future");
		}
		if (at.isAfter(latest)) {
			throw new BadParameterException("expires", "a share link lasts at most "
					+ this.settings.maxLifetime().toDays() + " days (until " + latest + ")");
		}
		return at.truncatedTo(ChronoUnit.MILLIS);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
	}

	private static String caller() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
