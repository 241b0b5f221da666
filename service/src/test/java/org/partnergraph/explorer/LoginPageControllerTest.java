package org.partnergraph.explorer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class LoginPageControllerTest {

	private static final DefaultCsrfToken TOKEN = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "tok\"en<1>");

	@Test
	void theFormCarriesTheCsrfTokenEscaped() {
		String page = controller(null).login(new MockHttpServletRequest("GET", "/login"), TOKEN).getBody();
		assertThat(page).contains("<form method=\"post\" action=\"/login\">")
			.contains("name=\"username\"")
			.contains("name=\"password\"")
			.contains("<input type=\"hidden\" name=\"_csrf\" value=\"tok&quot;en&lt;1&gt;\">")
			.doesNotContain("role=\"alert\"")
			.doesNotContain("/oauth2/authorization/");
	}

	@Test
	void aFailureIsReportedWithoutSayingWhy() {
		var request = new MockHttpServletRequest("GET", "/login");
		request.setParameter("error", "");
		String page = controller(null).login(request, TOKEN).getBody();
		assertThat(page).contains("role=\"alert\"").contains("Sign-in failed");
	}

	@Test
	void anOidcProviderGetsItsSignInLinkWithItsNameEscaped() {
		var client = ClientRegistration.withRegistrationId("sso")
			.clientName("Corp <SSO>")
			.clientId("id")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://sso.invalid/authorize")
			.tokenUri("https://sso.invalid/token")
			.build();
		String page = controller(new InMemoryClientRegistrationRepository(client))
			.login(new MockHttpServletRequest("GET", "/login"), TOKEN)
			.getBody();
		assertThat(page).contains("href=\"/oauth2/authorization/sso\"").contains("Sign in with Corp &lt;SSO&gt;");
	}

	private static LoginPageController controller(ClientRegistrationRepository clients) {
		var beans = new StaticListableBeanFactory();
		if (clients != null) {
			beans.addBean("clients", clients);
		}
		return new LoginPageController(beans.getBeanProvider(ClientRegistrationRepository.class));
	}

}
