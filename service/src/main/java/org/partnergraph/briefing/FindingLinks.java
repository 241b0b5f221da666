package org.partnergraph.briefing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.partnergraph.store.NetworkFilter;

/**
 * Where a finding can be seen: the saved view it was computed for, or else the explorer
 * with the same filters; and the API call whose answer holds its numbers, with the same
 * filters.
 *
 * @param page the page that shows the network the findings are about
 * @param query the filters as a query string (without "?"), empty for none
 */
record FindingLinks(String page, String query) {

	/** Links for findings about a saved view. */
	static FindingLinks view(String id, NetworkFilter filter, boolean dated) {
		return new FindingLinks("/views/" + id, query(filter, dated));
	}

	/**
	 * Links for findings about a filtered network: the explorer opened on those filters.
	 */
	static FindingLinks explorer(NetworkFilter filter, boolean dated) {
		// The explorer keeps its view in the address fragment, dates by year.
		var hash = new ArrayList<String>();
		add(hash, "country", filter.countries());
		add(hash, "sector", filter.sectors().stream().map(Enum::name).toList());
		add(hash, "linkType", filter.linkTypes().stream().map(Enum::name).toList());
		add(hash, "theme", filter.themes());
		add(hash, "confidentiality", filter.confidentiality().stream().map(Enum::name).toList());
		if (dated) {
			hash.add("year=" + filter.asOf().getYear());
		}
		return new FindingLinks(hash.isEmpty() ? "/" : "/#" + String.join("&", hash), query(filter, dated));
	}

	/** The API call of an analysis with these filters and its own parameters. */
	String api(String path, String... parameters) {
		return apiExcept(path, List.of(), parameters);
	}

	/**
	 * The API call of an analysis that does not take some of the filters (bridging takes
	 * no sector or theme filter of the network).
	 */
	String apiExcept(String path, List<String> except, String... parameters) {
		var parts = new ArrayList<>(List.of(parameters));
		for (String part : this.query.isEmpty() ? new String[0] : this.query.split("&")) {
			if (!except.contains(part.substring(0, part.indexOf('=')))) {
				parts.add(part);
			}
		}
		return "/api/v1/" + path + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
	}

	/**
	 * The filters as a query; the date only when one was asked for, so findings about
	 * today's ties read the same every day the data stay the same.
	 */
	private static String query(NetworkFilter filter, boolean dated) {
		var parts = new ArrayList<String>();
		add(parts, "country", filter.countries());
		add(parts, "sector", filter.sectors().stream().map(Enum::name).toList());
		add(parts, "linkType", filter.linkTypes().stream().map(Enum::name).toList());
		add(parts, "theme", filter.themes());
		add(parts, "confidentiality", filter.confidentiality().stream().map(Enum::name).toList());
		if (dated && filter.asOf() != null) {
			parts.add("asOf=" + filter.asOf());
		}
		return String.join("&", parts);
	}

	private static void add(List<String> parts, String name, List<String> values) {
		if (!values.isEmpty()) {
			// Commas need no escaping in a query, and read better unescaped.
			parts.add(name + "="
					+ URLEncoder.encode(String.join(",", values), StandardCharsets.UTF_8).replace("%2C", ","));
		}
	}

}
