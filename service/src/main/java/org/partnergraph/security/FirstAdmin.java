package org.partnergraph.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On first start, creates the account {@code admin}. Its password comes from
 * {@code PARTNERGRAPH_ADMIN_PASSWORD}; without it a password is generated and printed
 * once to the log.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountService accounts;

	private final String configuredPassword;

	FirstAdmin(AccountService accounts, @Value("${partnergraph.admin-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.accounts.createFirstAdmin(this.configuredPassword)
			.ifPresent(password -> log.warn(
					"""

							Created the account 'admin' with the generated password: {}
							It is shown only this once. Sign in and change it, or set PARTNERGRAPH_ADMIN_PASSWORD before the first start.
							""",
					password));
	}

}
