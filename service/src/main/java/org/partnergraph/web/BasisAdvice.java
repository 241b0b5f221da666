package org.partnergraph.web;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
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

	/**
	 * The JSON of answers handed out again ({@link ReusedAnswer}), keyed by the answer
	 * instance itself (weak keys compare by identity), so an entry lives as long as the
	 * service's own cache keeps the answer, and no two answers ever share one. The basis
	 * is kept with the JSON and compared, although the answer's cache key holds it
	 * already.
	 */
	private final Cache<Object, Serialised> serialised = Caffeine.newBuilder().weakKeys().maximumSize(256).build();

	private final Map<Method, Boolean> takesAsOf = new ConcurrentHashMap<>();

	BasisAdvice(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		if (!JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType) || returnType.getMethod() == null) {
			return false;
		}
		// Asked on every request; the answer depends on the method alone, whose
		// parameters'
		// annotations the JDK would otherwise parse anew each time.
		return this.takesAsOf.computeIfAbsent(returnType.getMethod(), BasisAdvice::takesAsOf);
	}

	private static boolean takesAsOf(Method method) {
		for (int i = 0; i < method.getParameterCount(); i++) {
			var parameter = new MethodParameter(method, i);
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
		NetworkFilter.Basis basis = filter.basis();
		if (body instanceof ReusedAnswer) {
			Serialised known = this.serialised.getIfPresent(body);
			if (known != null && known.basis().equals(basis)) {
				return known;
			}
			Serialised made = new Serialised(basis, withBasis(body, basis));
			this.serialised.put(body, made);
			return made;
		}
		JsonNode tree = this.json.valueToTree(body);
		if (!(tree instanceof ObjectNode answer) || answer.has(FIELD)) {
			return body;
		}
		answer.set(FIELD, this.json.valueToTree(basis));
		return answer;
	}

	/**
	 * The JSON object of a {@link ReusedAnswer} (a record with no field of that name)
	 * with the basis as its last field, as the tree above would write it, but without
	 * building the tree: for ten thousand scores the tree took as long as the writing.
	 * Written straight to UTF-8 bytes, and the basis spliced in with one copy: the answer
	 * of ten thousand scores is a megabyte, and each copy of it costs.
	 */
	private byte[] withBasis(Object body, NetworkFilter.Basis basis) {
		byte[] object = this.json.writeValueAsBytes(body);
		int end = object.length - 1;
		while (end >= 0 && object[end] != '}') {
			end--;
		}
		if (object.length == 0 || object[0] != '{' || end < 0) {
			throw new IllegalStateException("A reused answer must be a JSON object: " + body.getClass());
		}
		boolean empty = true;
		for (int i = 1; i < end && empty; i++) {
			empty = Character.isWhitespace(object[i]);
		}
		byte[] field = ((empty ? "" : ",") + "\"" + FIELD + "\":" + this.json.writeValueAsString(basis) + "}")
			.getBytes(StandardCharsets.UTF_8);
		byte[] answer = Arrays.copyOf(object, end + field.length);
		System.arraycopy(field, 0, answer, end, field.length);
		return answer;
	}

	/**
	 * An answer's JSON with its basis, written as it is: {@link PrewrittenJsonConverter}
	 * writes its UTF-8 bytes to each response as they are.
	 *
	 * @param basis the basis the JSON holds
	 * @param bytes the JSON's UTF-8 bytes; never to be changed
	 */
	record Serialised(NetworkFilter.Basis basis, byte[] bytes, Compressed compressed) implements JacksonSerializable {

		Serialised(NetworkFilter.Basis basis, byte[] bytes) {
			this(basis, bytes, new Compressed(bytes));
		}

		@Override
		public void serialize(JsonGenerator generator, SerializationContext context) {
			// Only where another converter writes it; the prewritten bytes are the usual
			// way.
			generator.writeRawValue(new String(this.bytes, StandardCharsets.UTF_8));
		}

		@Override
		public void serializeWithType(JsonGenerator generator, SerializationContext context,
				TypeSerializer typeSerializer) {
			serialize(generator, context);
		}

	}

}
