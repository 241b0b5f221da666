package org.partnergraph.web;

import jakarta.servlet.http.HttpServletRequest;
import org.partnergraph.store.NetworkFilter;

/**
 * Reads the network filter from a request's query parameters; lists may be repeated or
 * comma-separated.
 */
public final class NetworkFilters {

	private NetworkFilters() {
	}

	public static NetworkFilter from(HttpServletRequest request) {
		return NetworkFilter.parse(RequestParameters.values(request, "country"),
				RequestParameters.values(request, "sector"), RequestParameters.values(request, "linkType"),
				RequestParameters.values(request, "theme"), request.getParameter("asOf"),
				RequestParameters.values(request, "confidentiality"));
	}

}
