package org.partnergraph.web;

import java.util.Set;

import org.partnergraph.store.NetworkFilter;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds {@code basis} ({@link NetworkFilter.Basis}: the date and the statuses of the ties
 * counted) to the JSON answer of every endpoint that takes the network filter with its
 * {@code asOf}, so no answer leaves its reader guessing whether an ended partnership
 * counted. It is added here, once, rather than to each result record, so the records stay
 * as they are and a new endpoint cannot forget it. Endpoints with dates of their own (the
 * diff's {@code from} and {@code to}) do not take {@code asOf} and get no basis.
 */
@RestControllerAdvice
class BasisAdvice implements ResponseBodyAdvice<Object> {

	static final String FIELD = "basis";

	private final JsonMapper json;

	BasisAdvice(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		if (!JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType) || returnType.getMethod() == null) {
			return false;
		}
		for (int i = 0; i < returnType.getMethod().getParameterCount(); i++) {
			var parameter = new MethodParameter(returnType.getMethod(), i);
			if (NetworkFilterArgumentResolver.binds(parameter)) {
				Set<String> names = NetworkFilterArgumentResolver.parameterNames(parameter);
				return names.contains("asOf");
			}
		}
		return false;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body == null || body instanceof ProblemDetail || !(request instanceof ServletServerHttpRequest servlet)
				|| !(servlet.getServletRequest()
					.getAttribute(NetworkFilterArgumentResolver.ATTRIBUTE) instanceof NetworkFilter filter)) {
			return body;
		}
		JsonNode tree = this.json.valueToTree(body);
		if (tree instanceof ObjectNode answer && !answer.has(FIELD)) {
			answer.set(FIELD, this.json.valueToTree(filter.basis()));
			return answer;
		}
		return body;
	}

}
