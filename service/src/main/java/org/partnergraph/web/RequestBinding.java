package org.partnergraph.web;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds requests the same way for every endpoint: the network filter, and the
 * unknown-parameter rule.
 */
@Configuration(proxyBeanMethods = false)
class RequestBinding implements WebMvcConfigurer {

	private final Clock clock;

	RequestBinding(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new NetworkFilterArgumentResolver(this.clock));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new KnownParametersInterceptor()).addPathPatterns("/api/**");
	}

}
