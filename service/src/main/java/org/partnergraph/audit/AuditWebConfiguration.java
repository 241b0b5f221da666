package org.partnergraph.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

	private final ReadAuditInterceptor reads;

	private final CurationAuditInterceptor edits;

	AuditWebConfiguration(ReadAuditInterceptor reads, CurationAuditInterceptor edits) {
		this.reads = reads;
		this.edits = edits;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.reads).addPathPatterns("/api/**");
		registry.addInterceptor(this.edits).addPathPatterns("/api/**");
	}

}
