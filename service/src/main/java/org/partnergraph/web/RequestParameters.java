package org.partnergraph.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.ForbiddenException;
import org.partnergraph.security.Role;
import org.partnergraph.security.Roles;

/**
 * Strict reading of query parameters: a misspelt name or value is an error, not a silent
 * default.
 */
public final class RequestParameters {

	private RequestParameters() {
	}

	/** Refuses any parameter not in {@code allowed}, naming it and the allowed ones. */
	static void allowOnly(HttpServletRequest request, Set<String> allowed) {
		for (String name : request.getParameterMap().keySet()) {
			// The page may send its CSRF token as a parameter on any request.
			if (!allowed.contains(name) && !"_csrf".equals(name)) {
				throw new BadParameterException(name, "unknown parameter '" + name + "'",
						List.copyOf(new TreeSet<>(allowed)));
			}
		}
	}

	/** An enum value, case-insensitive, or the fallback when absent. */
	public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type, E fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			List<String> allowed = Arrays.stream(type.getEnumConstants())
				.map(constant -> constant.name().toLowerCase(Locale.ROOT))
				.toList();
			throw new BadParameterException(parameter, parameter + " '" + value + "' is not one of " + allowed,
					allowed);
		}
	}

	/**
	 * Every value of a parameter, as sent (repeated or comma-separated), or null when
	 * absent.
	 */
	public static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? null : List.of(values);
	}

	/**
	 * {@code cache=false} asks for a fresh computation. It costs the service the whole
	 * computation again (seconds of CPU on a big network), so only analysts and above may
	 * ask for it; everyone else gets the cached answer, which is the same until the data
	 * change.
	 */
	public static boolean useCache(HttpServletRequest request) {
		boolean useCache = booleanValue("cache", request.getParameter("cache"), true);
		if (!useCache && !Roles.currentHasAtLeast(Role.ANALYST)) {
			throw new ForbiddenException(
					"cache=false is for analysts and above; the cached answer is up to date " + "with the data");
		}
		return useCache;
	}

	public static boolean booleanValue(String parameter, String value, boolean fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new BadParameterException(parameter, parameter + " must be true or false",
					List.of("true", "false"));
		};
	}

}
