package org.partnergraph.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON converter of every endpoint, which writes an answer whose JSON is made already
 * ({@link BasisAdvice.Serialised}, a cached analysis of up to a few megabytes) as its
 * bytes, with its {@code Content-Length}, rather than through a JSON generator in chunks:
 * under load, the generator's copy and the chunked encoding of each megabyte were a large
 * part of a cached request's time. Every other answer is written as the standard
 * converter writes it, with the service's JSON mapper.
 */
class PrewrittenJsonConverter extends JacksonJsonHttpMessageConverter {

	PrewrittenJsonConverter(JsonMapper json) {
		super(json);
	}

	/**
	 * Whether the request being answered accepts gzip ({@code Accept-Encoding: gzip}, as
	 * browsers and the common HTTP clients send; {@code gzip;q=0} refuses it).
	 */
	private static boolean acceptsGzip() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		var accepted = attributes.getRequest().getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (accepted != null && accepted.hasMoreElements()) {
			for (String coding : accepted.nextElement().split(",")) {
				String[] parts = coding.strip().split(";");
				if (parts[0].strip().equalsIgnoreCase("gzip")) {
					return !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?"));
				}
			}
		}
		return false;
	}

	@Override
	protected Long getContentLength(Object object, MediaType contentType) throws IOException {
		if (object instanceof BasisAdvice.Serialised serialised) {
			return (long) serialised.bytes().length;
		}
		return super.getContentLength(object, contentType);
	}

	@Override
	protected void writeInternal(Object object, ResolvableType resolvableType, HttpOutputMessage outputMessage,
			Map<String, Object> hints) throws IOException {
		if (object instanceof BasisAdvice.Serialised serialised) {
			HttpHeaders headers = outputMessage.getHeaders();
			// The same URL answers in two encodings: a cache between must key on the
			// header.
			headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			if (serialised.compressed().worthIt() && acceptsGzip()) {
				byte[] gzip = serialised.compressed().gzip();
				headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
				headers.setContentLength(gzip.length);
				outputMessage.getBody().write(gzip);
				return;
			}
			outputMessage.getBody().write(serialised.bytes());
			return;
		}
		super.writeInternal(object, resolvableType, outputMessage, hints);
	}

}
