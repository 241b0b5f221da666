package org.partnergraph.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Countries;
import org.partnergraph.model.LinkStatus;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.security.Visibility;

/**
 * Which part of the network a request is about. Every list is "any of"; the filters
 * combine with "and". An empty list means no filter.
 *
 * <p>
 * Time: with {@code current}, a link counts only if it was a tie on {@code asOf}: started
 * on or before it (or no start), not ended before it (or no end), and of a status that
 * was a tie then. ACTIVE counts; ENDED counts only up to its end date (without one it
 * never does: the partnership is over and we do not know since when); PLANNED counts only
 * with {@code includePlanned} (then whatever its start date, as if it had started);
 * UNKNOWN only with {@code includeUnknown}; a link with no status recorded counts by its
 * dates alone. An organisation whose every link the caller may see is no tie on
 * {@code asOf} has left the network (or not joined it yet) and is left out too; one
 * without any link stays, as an isolate. Without {@code current} every stakeholder and
 * link counts whatever the dates and status: the whole record, for exports and for the
 * explorer's drawing of ended links.
 *
 * @param countries stakeholders operating in any of these countries
 * @param sectors stakeholders in any of these sectors
 * @param linkTypes links of these types
 * @param themes stakeholders working on any of these themes
 * @param asOf the day whose ties count (with {@code current}), or against which links are
 * marked current (without it); null only for a filter of every link
 * @param confidentiality only stakeholders and links of these levels; it narrows what the
 * caller may see and never widens it (a level the caller may not see stays hidden)
 * @param current whether only the links that were ties on {@code asOf} count
 * @param includePlanned whether PLANNED links count as ties
 * @param includeUnknown whether links of UNKNOWN status count as ties
 * @param attributes stakeholders with each of these custom attributes (see
 * CustomAttributes), by name: of this value, case aside, or of any value where the value
 * is empty
 */
public record NetworkFilter(List<String> countries, List<Sector> sectors, List<LinkType> linkTypes, List<String> themes,
		LocalDate asOf, List<Confidentiality> confidentiality, boolean current, boolean includePlanned,
		boolean includeUnknown, Map<String, String> attributes) {

	/** Every stakeholder and every link the caller may see, whatever their dates. */
	public static final NetworkFilter NONE = new NetworkFilter(List.of(), List.of(), List.of(), List.of(), null,
			List.of());

	/** The names of the filter's query parameters. */
	public static final java.util.Set<String> NAMES = java.util.Set.of("country", "sector", "linkType", "theme", "asOf",
			"confidentiality", "current", "includePlanned", "includeUnknown", "attribute");

	/** A filter without custom attributes. */
	public NetworkFilter(List<String> countries, List<Sector> sectors, List<LinkType> linkTypes, List<String> themes,
			LocalDate asOf, List<Confidentiality> confidentiality, boolean current, boolean includePlanned,
			boolean includeUnknown) {
		this(countries, sectors, linkTypes, themes, asOf, confidentiality, current, includePlanned, includeUnknown,
				Map.of());
	}

	/**
	 * A filter without the time parameters: with a date, the ties current on that day
	 * (ACTIVE, or ENDED later, or without status); without one, every link.
	 */
	public NetworkFilter(List<String> countries, List<Sector> sectors, List<LinkType> linkTypes, List<String> themes,
			LocalDate asOf, List<Confidentiality> confidentiality) {
		this(countries, sectors, linkTypes, themes, asOf, confidentiality, asOf != null, false, false);
	}

	public NetworkFilter {
		// Empty values are kept ("has the attribute"); TreeMap allows no null.
		attributes = (attributes == null) ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attributes));
		if (current && asOf == null) {
			throw new IllegalArgumentException("a filter of current ties needs its date");
		}
	}

	/**
	 * Reads the filter from request parameters, refusing values it does not know with a
	 * 400. Without {@code asOf} the date is {@code today}; {@code current},
	 * {@code includePlanned} and {@code includeUnknown} are {@code true} or {@code false}
	 * (default true, false and false).
	 */
	public static NetworkFilter parse(List<String> country, List<String> sector, List<String> linkType,
			List<String> theme, String asOf, List<String> confidentiality, String current, String includePlanned,
			String includeUnknown, LocalDate today) {
		return parse(country, sector, linkType, theme, asOf, confidentiality, current, includePlanned, includeUnknown,
				null, today);
	}

	/**
	 * As above, with custom attribute filters: each {@code name:value} (the value matched
	 * whole, case aside) or {@code name} alone (any value), repeated for "and".
	 */
	public static NetworkFilter parse(List<String> country, List<String> sector, List<String> linkType,
			List<String> theme, String asOf, List<String> confidentiality, String current, String includePlanned,
			String includeUnknown, List<String> attribute, LocalDate today) {
		var attributes = new HashMap<String, String>();
		for (String condition : (attribute == null) ? List.<String>of() : attribute) {
			int colon = condition.indexOf(':');
			String name = ((colon < 0) ? condition : condition.substring(0, colon)).strip()
				.replaceAll("\\s+", " ")
				.toLowerCase(Locale.ROOT);
			String value = (colon < 0) ? "" : condition.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				throw new BadParameterException("attribute",
						"attribute '" + condition + "' names no attribute: write name:value or name", List.of());
			}
			attributes.put(name, value);
		}
		return parse(country, sector, linkType, theme, asOf, confidentiality, current, includePlanned, includeUnknown,
				today, attributes);
	}

	private static NetworkFilter parse(List<String> country, List<String> sector, List<String> linkType,
			List<String> theme, String asOf, List<String> confidentiality, String current, String includePlanned,
			String includeUnknown, LocalDate today, Map<String, String> attributes) {
		List<String> countries = split(country).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
		for (String code : countries) {
			if (!Countries.isValid(code)) {
				throw new BadParameterException("country", "country '" + code + "' is not an ISO 3166-1 alpha-2 code",
						List.of());
			}
		}
		List<String> themes = split(theme);
		for (String id : themes) {
			if (!Themes.isWellFormed(id)) {
				throw new BadParameterException("theme", "theme '" + id + "' is not a theme id", List.of());
			}
		}
		LocalDate day = today;
		if (asOf != null && !asOf.isBlank()) {
			try {
				day = LocalDate.parse(asOf.strip());
			}
			catch (DateTimeParseException ex) {
				throw new BadParameterException("asOf", "asOf '" + asOf + "' is not a date (YYYY-MM-DD)", List.of());
			}
		}
		return new NetworkFilter(countries, enums("sector", split(sector), Sector.class),
				enums("linkType", split(linkType), LinkType.class), themes, day,
				enums("confidentiality", split(confidentiality), Confidentiality.class), bool("current", current, true),
				bool("includePlanned", includePlanned, false), bool("includeUnknown", includeUnknown, false),
				attributes);
	}

	/** The same filter, counting the ties current on another day. */
	public NetworkFilter on(LocalDate day) {
		return new NetworkFilter(this.countries, this.sectors, this.linkTypes, this.themes, day, this.confidentiality,
				true, this.includePlanned, this.includeUnknown, this.attributes);
	}

	/** The same filter with every link, whatever its dates and status. */
	public NetworkFilter everyLink() {
		return new NetworkFilter(this.countries, this.sectors, this.linkTypes, this.themes, null, this.confidentiality,
				false, this.includePlanned, this.includeUnknown, this.attributes);
	}

	/**
	 * The filter as far as what it reads into a projection goes: without {@code current},
	 * the date only marks links in the drawn network, so projections and the results
	 * computed from them are shared across days.
	 */
	public NetworkFilter reading() {
		return this.current || this.asOf == null ? this : everyLink();
	}

	/** The statuses a link may have on {@code asOf} and count as a tie. */
	public List<LinkStatus> statuses() {
		if (!this.current) {
			return List.of(LinkStatus.values());
		}
		var statuses = new java.util.ArrayList<LinkStatus>();
		statuses.add(LinkStatus.ACTIVE);
		if (this.includePlanned) {
			statuses.add(LinkStatus.PLANNED);
		}
		if (this.includeUnknown) {
			statuses.add(LinkStatus.UNKNOWN);
		}
		return List.copyOf(statuses);
	}

	/** Which date and statuses an answer computed with this filter used. */
	public Basis basis() {
		return new Basis(this.asOf, this.current, names(statuses()));
	}

	/**
	 * Which ties an answer counted, given with every answer computed on the network.
	 *
	 * @param asOf the day whose ties counted (with {@code current}); without
	 * {@code current}, the day the drawn network's links are marked current against
	 * @param current whether only the ties current on {@code asOf} counted; false when
	 * every link counted, whatever its dates and status
	 * @param statuses the statuses a link had on {@code asOf} to count: ACTIVE (which
	 * includes a link ENDED after that day, and one without a status), PLANNED and
	 * UNKNOWN when asked for; every status without {@code current}
	 */
	public record Basis(LocalDate asOf, boolean current, List<String> statuses) {
	}

	/**
	 * The filter as Cypher parameters, with the confidentiality levels the current caller
	 * may see; an absent filter is null so queries can test it once.
	 */
	public Map<String, Object> parameters() {
		return parameters(Visibility.current());
	}

	public Map<String, Object> parameters(Visibility visibility) {
		var parameters = new HashMap<String, Object>();
		List<String> visible = visibility.names();
		if (!this.confidentiality.isEmpty()) {
			List<String> chosen = names(this.confidentiality);
			visible = visible.stream().filter(chosen::contains).toList();
		}
		parameters.put(Visibility.PARAMETER, visible);
		parameters.put("countries", this.countries.isEmpty() ? null : this.countries);
		parameters.put("sectors", this.sectors.isEmpty() ? null : names(this.sectors));
		parameters.put("themes", this.themes.isEmpty() ? null : this.themes);
		parameters.put("linkTypes", names(this.linkTypes.isEmpty() ? List.of(LinkType.values()) : this.linkTypes));
		parameters.put("asOf", this.asOf);
		parameters.put("current", this.current);
		parameters.put("includePlanned", this.includePlanned);
		parameters.put("includeUnknown", this.includeUnknown);
		var attributes = new java.util.ArrayList<Map<String, Object>>();
		this.attributes.forEach((name, value) -> {
			var condition = new HashMap<String, Object>();
			condition.put("key", CustomAttributes.PROPERTY_PREFIX + name);
			condition.put("value", value.isEmpty() ? null : value);
			attributes.add(condition);
		});
		parameters.put("attributes", attributes.isEmpty() ? null : attributes);
		return parameters;
	}

	private static boolean bool(String parameter, String value, boolean fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new BadParameterException(parameter, parameter + " '" + value + "' is not true or false",
					List.of("true", "false"));
		};
	}

	private static List<String> split(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
	}

	private static <E extends Enum<E>> List<E> enums(String parameter, List<String> values, Class<E> type) {
		Function<String, E> parse = value -> {
			try {
				return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new BadParameterException(parameter,
						parameter + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()),
						names(List.of(type.getEnumConstants())));
			}
		};
		return values.stream().map(parse).toList();
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

}
