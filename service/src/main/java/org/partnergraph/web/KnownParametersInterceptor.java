package org.partnergraph.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * One rule for every API endpoint: a query parameter the endpoint does not declare is
 * refused with a 400 naming it and the ones it takes, so a misspelt filter
 * ({@code contry=KH}) is an error rather than a silent answer about the whole region.
 * What an endpoint takes is read from its signature: its {@code @RequestParam}s and
 * {@code @RequestPart}s, and the filters of a {@code NetworkFilter} argument. An endpoint
 * that takes a {@code Map} of parameters takes any.
 */
class KnownParametersInterceptor implements HandlerInterceptor {

	// What each endpoint takes; empty for an endpoint that takes any parameter.
	private final Map<HandlerMethod, Optional<Set<String>>> declared = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// Registered for /api/** only (RequestBinding), so every handler here is an API
		// endpoint.
		if (handler instanceof HandlerMethod method) {
			this.declared.computeIfAbsent(method, KnownParametersInterceptor::declaredBy)
				.ifPresent(allowed -> RequestParameters.allowOnly(request, allowed));
		}
		return true;
	}

	private static Optional<Set<String>> declaredBy(HandlerMethod method) {
		var names = new HashSet<String>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				if (Map.class.isAssignableFrom(parameter.getParameterType())) {
					return Optional.empty();
				}
				names.add(StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName());
			}
			RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
			if (part != null) {
				names.add(StringUtils.hasText(part.name()) ? part.name() : parameter.getParameterName());
			}
			if (NetworkFilterArgumentResolver.binds(parameter)) {
				names.addAll(NetworkFilterArgumentResolver.parameterNames(parameter));
			}
		}
		return Optional.of(Set.copyOf(names));
	}

}
