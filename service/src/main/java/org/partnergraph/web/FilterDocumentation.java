package org.partnergraph.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.partnergraph.store.NetworkFilter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;

/**
 * Documents the network filters once, for every endpoint that takes a
 * {@link NetworkFilter}, with the same names and narrowing that
 * {@link NetworkFilterArgumentResolver} reads.
 */
@Configuration(proxyBeanMethods = false)
class FilterDocumentation {

	static {
		// The filter is bound by its own resolver, not as a body or a bean of query
		// fields.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(NetworkFilter.class);
	}

	private static final List<QueryParameter> FILTERS = List.of(
			list("country", "stakeholders operating in any of these countries (ISO 3166-1 alpha-2 codes)"),
			list("sector", "stakeholders in any of these sectors, e.g. JUSTICE,CSO"),
			list("linkType", "links of these types, e.g. FUNDS"),
			list("theme", "stakeholders working on any of these themes (theme ids, e.g. shelter)"),
			parameter("asOf", "the day whose ties count (YYYY-MM-DD); default today. A link counts if it started on "
					+ "or before that day, had not ended before it, and its status then was ACTIVE (a link ENDED "
					+ "after that day was; ENDED without an end date never counts; no status counts by the dates). "
					+ "Organisations whose every link is no tie then are left out; those without links stay",
					new DateSchema()),
			list("confidentiality", "only these levels, e.g. PUBLIC; narrows what the caller may see, never widens it"),
			parameter("current",
					"default true: only the ties current on asOf count. false: every link counts, "
							+ "whatever its dates and status (GET /api/v1/network then marks each edge's data.current "
							+ "against asOf, for drawing ended links faded)",
					new BooleanSchema()),
			parameter("includePlanned", "true: PLANNED links count as ties (as if started); default false",
					new BooleanSchema()),
			parameter("includeUnknown", "true: links of UNKNOWN status count by their dates; default false",
					new BooleanSchema()));

	@Bean
	OperationCustomizer networkFilterParameters() {
		return (operation, handler) -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (NetworkFilterArgumentResolver.binds(parameter)) {
					document(operation, NetworkFilterArgumentResolver.parameterNames(parameter));
				}
			}
			return operation;
		};
	}

	private static final String BASIS = "The answer's basis says which ties it counted: "
			+ "{asOf, current, statuses} (see asOf and current).";

	private static void document(Operation operation, Set<String> names) {
		if (names.contains("asOf")) {
			operation.setDescription(
					operation.getDescription() == null ? BASIS : operation.getDescription() + "\n\n" + BASIS);
		}
		for (QueryParameter filter : FILTERS) {
			if (names.contains(filter.getName())) {
				operation.addParametersItem(filter);
			}
		}
		if (names.contains("cache")) {
			operation.addParametersItem(parameter("cache", "false computes afresh instead of answering from the cache",
					new BooleanSchema()));
		}
	}

	private static QueryParameter list(String name, String description) {
		return parameter(name, description + "; repeated or comma-separated",
				new ArraySchema().items(new StringSchema()));
	}

	private static QueryParameter parameter(String name, String description, Schema<?> schema) {
		var parameter = new QueryParameter();
		parameter.setName(name);
		parameter.setDescription(description);
		parameter.setRequired(false);
		parameter.setSchema(schema);
		return parameter;
	}

}
