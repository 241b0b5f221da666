package org.partnergraph.store;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data version is known in memory between this service's own writes: a cached answer
 * costs no database round trip. (An external database, which other processes may write,
 * is asked again after {@code partnergraph.data-version-check}.)
 */
class DataVersionIT extends IntegrationTest {

	@Test
	void theVersionIsReadOnceAndAgainOnlyAfterAWrite() throws Exception {
		String before = this.store.dataVersion();
		// A write behind the service's back is not seen: the version was not read again.
		try (var session = this.driver.session()) {
			session.executeWrite(
					tx -> tx.run("MATCH (m:PartnerGraphMeta {key: 'data'}) SET m.version = m.version + 1").consume());
		}
		assertThat(this.store.dataVersion()).isEqualTo(before);
		// The service's own writes tell it.
		this.store.networkChanged();
		String after = this.store.dataVersion();
		assertThat(after).isNotEqualTo(before);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/imports")
				.file(new org.springframework.mock.web.MockMultipartFile("stakeholders", "s.csv", "text/csv",
						"id,name,sector\nnew-one,New One,CSO\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		assertThat(this.store.dataVersion()).isNotEqualTo(after);
	}

}
