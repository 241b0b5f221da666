package org.partnergraph.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.partnergraph.model.Confidentiality;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The confidentiality levels a caller may see. This is the one place that decides it:
 * every read of the network (lists, details, analyses, exports) binds {@link #PARAMETER}
 * from here and applies {@link #NODE_CONDITION} and {@link #LINK_CONDITION}, so what a
 * caller may not see never enters a result, a count, a path or a computation.
 *
 * @param levels the levels visible
 */
public record Visibility(Set<Confidentiality> levels) {

	/** The Cypher parameter holding the visible level names. */
	public static final String PARAMETER = "visible";

	/** True for a visible stakeholder {@code s}. */
	public static final String NODE_CONDITION = "s.confidentiality IN $visible";

	/**
	 * True for a visible link {@code r} between visible stakeholders {@code a} and
	 * {@code b}.
	 */
	public static final String LINK_CONDITION = linkCondition("r", "a", "b");

	/** {@link #LINK_CONDITION} for a link and its ends bound to other variable names. */
	public static String linkCondition(String link, String from, String to) {
		return "%1$s.confidentiality IN $visible AND %2$s.confidentiality IN $visible AND %3$s.confidentiality IN $visible"
			.formatted(link, from, to);
	}

	/**
	 * Everything: for the system itself (seed loading, the command line run by the
	 * operator).
	 */
	public static final Visibility ALL = new Visibility(EnumSet.allOf(Confidentiality.class));

	/** What anyone may see. */
	public static final Visibility PUBLIC_ONLY = new Visibility(EnumSet.of(Confidentiality.PUBLIC));

	/** Authority of an account granted RESTRICTED data. */
	public static final String RESTRICTED_AUTHORITY = "ACCESS_RESTRICTED";

	public Visibility {
		levels = Set.copyOf(levels);
	}

	/**
	 * The caller of the current request; no caller, or an anonymous one, sees PUBLIC data
	 * only.
	 */
	public static Visibility current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	public static Visibility of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return PUBLIC_ONLY;
		}
		Set<String> authorities = new java.util.HashSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			authorities.add(authority.getAuthority());
		}
		if (authorities.contains(Role.ADMIN.authority())) {
			return ALL;
		}
		boolean analystOrMore = authorities.contains(Role.ANALYST.authority())
				|| authorities.contains(Role.EDITOR.authority());
		if (analystOrMore && authorities.contains(RESTRICTED_AUTHORITY)) {
			return ALL;
		}
		if (analystOrMore || authorities.contains(Role.VIEWER.authority())) {
			return new Visibility(EnumSet.of(Confidentiality.PUBLIC, Confidentiality.INTERNAL));
		}
		return PUBLIC_ONLY;
	}

	public boolean sees(Confidentiality level) {
		return this.levels.contains(level == null ? Confidentiality.PUBLIC : level);
	}

	/** The value to bind to {@link #PARAMETER}. */
	public List<String> names() {
		return this.levels.stream().map(Enum::name).sorted().toList();
	}

}
