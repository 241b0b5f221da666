package org.partnergraph.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * How answers are written: cached analyses' JSON as it is
 * ({@link PrewrittenJsonConverter}), and large answers to the socket in large writes.
 * Profiled under 20 concurrent clients on the 10,000-organisation network, a cached
 * request's time went mostly to moving its megabyte of JSON: Tomcat writes a response to
 * the socket a socket buffer at a time (8 KB by default), so a megabyte took 128 system
 * calls, each with a copy into a direct buffer.
 */
@Configuration(proxyBeanMethods = false)
class ResponseWriting {

	/**
	 * After Spring Boot's own JSON converter customizer (order 0), which it replaces with
	 * the same mapper.
	 */
	@Bean
	@Order(10)
	ServerHttpMessageConvertersCustomizer prewrittenJsonConverter(JsonMapper json) {
		return builder -> builder.withJsonConverter(new PrewrittenJsonConverter(json));
	}

	/**
	 * Each connection holds a socket write buffer of this size (in direct memory, so the
	 * JDK does not copy it again on each write): a larger one means fewer system calls
	 * per large answer, at the cost of memory per open connection.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> largeSocketWrites(
			@Value("${partnergraph.web.socket-write-buffer:64KB}") DataSize writeBuffer,
			@Value("${partnergraph.web.direct-socket-buffers:true}") boolean direct) {
		return factory -> factory.addConnectorCustomizers(connector -> {
			connector.setProperty("socket.appWriteBufSize", String.valueOf(writeBuffer.toBytes()));
			connector.setProperty("socket.directBuffer", String.valueOf(direct));
		});
	}

}
