package org.partnergraph.store;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Named server secrets: made on first use, the same ever after, one per name, and a
 * secret made before this class existed is kept as it is.
 */
class ServerSecretsIT extends IntegrationTest {

	@Autowired
	ServerSecrets secrets;

	@BeforeEach
	void noTestSecret() {
		try (var session = this.driver.session()) {
			session.executeWrite(
					tx -> tx.run("MATCH (m:PartnerGraphMeta) WHERE m.key STARTS WITH 'test-' DELETE m").consume());
		}
	}

	@Test
	void aSecretIsMadeOnFirstUseAndKeptPerName() {
		assertThatThrownBy(() -> read("test-a")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("test-a");
		byte[] first = this.secrets.secret("test-a");
		assertThat(first).hasSize(32);
		assertThat(this.secrets.secret("test-a")).isEqualTo(first);
		assertThat(read("test-a")).isEqualTo(first);
		assertThat(this.secrets.secret("test-b")).isNotEqualTo(first);
		assertThat(count("MATCH (m:PartnerGraphMeta {key: 'test-a'}) RETURN count(m)")).isOne();
	}

	@Test
	void aSecretStoredBeforeIsKept() {
		byte[] earlier = new byte[32];
		earlier[0] = 7;
		try (var session = this.driver.session()) {
			session.executeWrite(
					tx -> tx
						.run("CREATE (:PartnerGraphMeta {key: 'test-old', secret: $secret})",
								Map.of("secret", Base64.getEncoder().encodeToString(earlier)))
						.consume());
			assertThat(ServerSecrets.ensure(session, "test-old")).isEqualTo(earlier);
		}
		assertThat(this.secrets.secret("test-old")).isEqualTo(earlier);
		// The seal and the share links use theirs: made at start (the seal) or on first
		// use.
		assertThat(this.secrets.secret(ServerSecrets.SEAL)).isEqualTo(read(ServerSecrets.SEAL));
	}

	@Test
	void twoNodesOfOneNameAreRefused() {
		this.secrets.secret("test-twin");
		try (var session = this.driver.session()) {
			assertThatThrownBy(() -> session.run("CREATE (:PartnerGraphMeta {key: 'test-twin'})").consume())
				.hasMessageContaining("already exists");
		}
	}

	private byte[] read(String name) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> ServerSecrets.read(tx, name));
		}
	}

}
