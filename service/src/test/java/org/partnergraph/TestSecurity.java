package org.partnergraph;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Test requests carry a valid CSRF token in the header, as the web page's do (an upload's
 * token is only read from the header), unless a test sends the header {@value #NO_CSRF}
 * to check that a request without one is refused.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurity {

	public static final String NO_CSRF = "X-Test-No-Csrf";

	@Bean
	MockMvcBuilderCustomizer csrfByDefault() {
		RequestPostProcessor csrfUnlessRefused = request -> request.getHeader(NO_CSRF) != null ? request
				: csrf().asHeader().postProcessRequest(request);
		return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(csrfUnlessRefused));
	}

}
