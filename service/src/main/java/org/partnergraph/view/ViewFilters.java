package org.partnergraph.view;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.store.NetworkFilter;

/**
 * A view's network filters as the API takes and gives them: the same names, values and
 * validation as the query parameters of every other endpoint ({@link NetworkFilter}). A
 * list also takes a single value.
 *
 * @param country ISO 3166-1 alpha-2 codes
 * @param sector sector codes
 * @param linkType link type codes
 * @param theme theme ids
 * @param asOf a day (YYYY-MM-DD), or null for all dates
 * @param confidentiality levels the view is narrowed to; it never widens what a reader
 * may see
 */
public record ViewFilters(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> country,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> sector,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> linkType,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> theme, String asOf,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> confidentiality) {

	public static final ViewFilters NONE = of(NetworkFilter.NONE);

	/**
	 * Validated by {@link NetworkFilter#parse}: an unknown value is a 400 naming it. A
	 * view without a date shows the ties current on the day it is looked at.
	 */
	public NetworkFilter toNetworkFilter(LocalDate today) {
		return NetworkFilter.parse(this.country, this.sector, this.linkType, this.theme, this.asOf,
				this.confidentiality, null, null, null, today);
	}

	/**
	 * The filters in their normal form, as stored; a view saved without a date stays
	 * without one, rather than keep the day it was saved.
	 */
	public ViewFilters normalised(LocalDate today) {
		NetworkFilter filter = toNetworkFilter(today);
		boolean dated = this.asOf != null && !this.asOf.isBlank();
		return new ViewFilters(filter.countries(), names(filter.sectors()), names(filter.linkTypes()), filter.themes(),
				dated ? filter.asOf().toString() : null, names(filter.confidentiality()));
	}

	/** The filter in its normal form (upper-case codes, enum names), as stored. */
	public static ViewFilters of(NetworkFilter filter) {
		return new ViewFilters(filter.countries(), names(filter.sectors()), names(filter.linkTypes()), filter.themes(),
				filter.asOf() == null ? null : filter.asOf().toString(), names(filter.confidentiality()));
	}

	/** The filter narrowed to these levels, for a reader who sees no more than them. */
	static NetworkFilter atLevels(NetworkFilter filter, List<Confidentiality> levels) {
		return new NetworkFilter(filter.countries(), filter.sectors(), filter.linkTypes(), filter.themes(),
				filter.asOf(), levels, filter.current(), filter.includePlanned(), filter.includeUnknown());
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

}
