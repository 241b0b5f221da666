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
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.partnergraph.problem.BadParameterException;
import org.partnergraph.security.Visibility;

/**
 * Which part of the network a request is about. Every list is "any of"; the filters
 * combine with "and". An empty list means no filter.
 *
 * @param countries stakeholders operating in any of these countries
 * @param sectors stakeholders in any of these sectors
 * @param linkTypes links of these types
 * @param themes stakeholders working on any of these themes
 * @param asOf only links alive on that day: started on or before it and not ended before
 * it
 * @param confidentiality only stakeholders and links of these levels; it narrows what the
 * caller may see and never widens it (a level the caller may not see stays hidden)
 */
public record NetworkFilter(List<String> countries, List<Sector> sectors, List<LinkType> linkTypes, List<String> themes,
		LocalDate asOf, List<Confidentiality> confidentiality) {

	public static final NetworkFilter NONE = new NetworkFilter(List.of(), List.of(), List.of(), List.of(), null,
			List.of());

	/** The names of the filter's query parameters. */
	public static final java.util.Set<String> NAMES = java.util.Set.of("country", "sector", "linkType", "theme", "asOf",
			"confidentiality");

	/**
	 * Reads the filter from request parameters, refusing values it does not know with a
	 * 400.
	 */
	public static NetworkFilter parse(List<String> country, List<String> sector, List<String> linkType,
			List<String> theme, String asOf, List<String> confidentiality) {
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
		LocalDate day = null;
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
				enums("confidentiality", split(confidentiality), Confidentiality.class));
	}

	/** The same filter on another day. */
	public NetworkFilter on(LocalDate day) {
		return new NetworkFilter(this.countries, this.sectors, this.linkTypes, this.themes, day, this.confidentiality);
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
		return parameters;
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
