package org.partnergraph.store;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data version is known in memory between this service's own writes: a cached answer
 * costs no database round trip. (An external database, which other processes may write,
 * is asked again after {@code partnergraph.data-version-check}.) A request for an answer
 * computed now ({@code cache=false}) reads it from the database whatever is known.
 */
class DataVersionIT extends IntegrationTest {

	@Test
	void theVersionIsReadOnceAndAgainOnlyAfterAWrite() throws Exception {
		String before = this.store.dataVersion();
		// A write behind the service's back is not seen: the version was not read again.
		writeBehindTheServicesBack();
		assertThat(this.store.dataVersion()).isEqualTo(before);
		// The service's own writes tell it.
		this.store.networkChanged();
		String after = this.store.dataVersion();
		assertThat(after).isNotEqualTo(before);
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("stakeholders", "s.csv", "text/csv",
					"id,name,sector\nnew-one,New One,CSO\n".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk());
		assertThat(this.store.dataVersion()).isNotEqualTo(after);
	}

	@Test
	void anAnswerComputedNowSeesAWriteBehindTheServicesBack() throws Exception {
		String before = this.store.dataVersion();
		writeBehindTheServicesBack();
		this.mvc.perform(get("/api/v1/analysis/summary").param("cache", "false").with(user("analyst").roles("ANALYST")))
			.andExpect(status().isOk());
		assertThat(this.store.dataVersion()).isNotEqualTo(before);
	}

	private void writeBehindTheServicesBack() {
		try (var session = this.driver.session()) {
			session.executeWrite(
					tx -> tx.run("MATCH (m:PartnerGraphMeta {key: 'data'}) SET m.version = m.version + 1").consume());
		}
	}

}
