package org.partnergraph.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
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
			outputMessage.getBody().write(serialised.bytes());
			return;
		}
		super.writeInternal(object, resolvableType, outputMessage, hints);
	}

}
