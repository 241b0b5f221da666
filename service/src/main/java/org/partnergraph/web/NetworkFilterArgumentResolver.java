package org.partnergraph.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.partnergraph.store.NetworkFilter;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds a {@link NetworkFilter} controller argument from the query: {@code country},
 * {@code sector}, {@code linkType}, {@code theme}, {@code asOf}, {@code confidentiality},
 * each list repeated or comma-separated, and {@code current}, {@code includePlanned},
 * {@code includeUnknown}; a value it does not know is a 400 naming the parameter. Without
 * {@code asOf} the date is today by the clock, so every answer is about the ties current
 * today unless asked otherwise. Filters an endpoint leaves out with
 * {@link FilterParameters} are not read. The bound filter is kept as a request attribute,
 * for {@link BasisAdvice} to say what the answer counted.
 */
class NetworkFilterArgumentResolver implements HandlerMethodArgumentResolver {

	/** The request attribute holding the filter the endpoint computed with. */
	static final String ATTRIBUTE = NetworkFilter.class.getName();

	private final Clock clock;

	// The filters each endpoint takes, read from its annotations once rather than on
	// every
	// request.
	private final Map<MethodParameter, Set<String>> taken = new ConcurrentHashMap<>();

	NetworkFilterArgumentResolver(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return binds(parameter);
	}

	/** Whether the parameter is a network filter this resolver binds. */
	static boolean binds(MethodParameter parameter) {
		return NetworkFilter.class.equals(parameter.getParameterType());
	}

	@Override
	public NetworkFilter resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		Set<String> taken = this.taken.computeIfAbsent(parameter, NetworkFilterArgumentResolver::filterNames);
		NetworkFilter filter = NetworkFilter.parse(values(request, taken, "country"), values(request, taken, "sector"),
				values(request, taken, "linkType"), values(request, taken, "theme"), value(request, taken, "asOf"),
				values(request, taken, "confidentiality"), value(request, taken, "current"),
				value(request, taken, "includePlanned"), value(request, taken, "includeUnknown"),
				values(request, taken, "attribute"), LocalDate.now(this.clock));
		request.setAttribute(ATTRIBUTE, filter);
		return filter;
	}

	/** The filter names (and {@code cache}) the argument takes from the query. */
	static Set<String> parameterNames(MethodParameter parameter) {
		var names = new java.util.HashSet<>(filterNames(parameter));
		FilterParameters narrowing = parameter.getParameterAnnotation(FilterParameters.class);
		if (narrowing == null || narrowing.cache()) {
			names.add("cache");
		}
		return names;
	}

	private static Set<String> filterNames(MethodParameter parameter) {
		var names = new java.util.HashSet<>(NetworkFilter.NAMES);
		FilterParameters narrowing = parameter.getParameterAnnotation(FilterParameters.class);
		if (narrowing != null) {
			List.of(narrowing.except()).forEach(names::remove);
		}
		return names;
	}

	private static String value(HttpServletRequest request, Set<String> taken, String name) {
		return taken.contains(name) ? request.getParameter(name) : null;
	}

	private static List<String> values(HttpServletRequest request, Set<String> taken, String name) {
		return taken.contains(name) ? RequestParameters.values(request, name) : null;
	}

}
