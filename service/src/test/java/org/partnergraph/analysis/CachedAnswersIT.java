package org.partnergraph.analysis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What makes a repeated analysis cheap never makes it wrong: the projection kept for
 * {@code cache=false} (read once per data version, filter, date and confidentiality
 * levels) and the JSON kept beside each cached answer follow every import and edit, and
 * never carry one caller's levels or one day's ties into another answer.
 */
class CachedAnswersIT extends IntegrationTest {

	@Autowired
	ImportService imports;

	@Test
	void aFreshComputationFollowsImportsAndEdits() throws Exception {
		TestNetwork.load(this.mvc);
		// Four: Acme's one tie has ended, so it has left the network.
		assertThat(nodes(get("/api/v1/analysis/summary").param("cache", "false"))).isEqualTo(4);
		assertThat(nodes(get("/api/v1/analysis/summary"))).isEqualTo(4);

		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("stakeholders", "s.csv", "text/csv",
					"id,name,sector\nnew-one,New One,CSO\n".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk());
		assertThat(nodes(get("/api/v1/analysis/summary").param("cache", "false"))).isEqualTo(5);
		assertThat(nodes(get("/api/v1/analysis/summary"))).isEqualTo(5);

		String etag = this.mvc.perform(get("/api/v1/stakeholders/donor")).andReturn().getResponse().getHeader("ETag");
		this.mvc
			.perform(patch("/api/v1/stakeholders/donor").header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Renamed Donor\"}"))
			.andExpect(status().isOk());
		assertThat(body(get("/api/v1/analysis/centrality").param("cache", "false"))).contains("Renamed Donor")
			.doesNotContain("Good Donor");
		assertThat(body(get("/api/v1/analysis/centrality"))).contains("Renamed Donor").doesNotContain("Good Donor");
	}

	@Test
	void aFreshComputationReadsTheDataVersionFromTheDatabase() throws Exception {
		TestNetwork.load(this.mvc);
		assertThat(nodes(get("/api/v1/analysis/summary").param("cache", "false"))).isEqualTo(4);
		// Written as another service process in front of the same database would write
		// it.
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("""
					CREATE (:Stakeholder {id: 'elsewhere', name: 'Written Elsewhere', sector: 'CSO',
					                      confidentiality: 'PUBLIC'})
					WITH 1 AS one
					MATCH (m:PartnerGraphMeta {key: 'data'}) SET m.version = m.version + 1""").consume());
		}
		assertThat(nodes(get("/api/v1/analysis/summary").param("cache", "false"))).isEqualTo(5);
	}

	@Test
	void cachedAnswersNeverCrossConfidentialityLevels() throws Exception {
		this.imports.importCsv(new ImportFile("s.csv", """
				id,name,sector,countries,confidentiality
				ministry,Open Ministry,JUSTICE,KH,PUBLIC
				ngo,Open NGO,CSO,KH,PUBLIC
				partner,Internal Partner,PRIVATE,KH,INTERNAL
				refuge,Hidden Refuge,CSO,KH,RESTRICTED
				""".getBytes(StandardCharsets.UTF_8)), new ImportFile("l.csv", """
				from,to,type,confidentiality
				ministry,ngo,COLLABORATES,PUBLIC
				ngo,partner,COLLABORATES,INTERNAL
				ngo,refuge,SUPPORTS,PUBLIC
				""".getBytes(StandardCharsets.UTF_8)), ImportMode.MERGE, false, Visibility.ALL);
		// Twice each, alternately: the second answers come from the caches.
		for (int round = 0; round < 2; round++) {
			for (String path : new String[] { "/api/v1/analysis/centrality", "/api/v1/analysis/structural-holes",
					"/api/v1/analysis/brokerage" }) {
				assertThat(body(get(path))).contains("Hidden Refuge", "Internal Partner");
				assertThat(body(get(path).with(user("viewer").roles("VIEWER")))).doesNotContain("Hidden Refuge")
					.contains("Internal Partner");
				assertThat(body(get(path).with(user("analyst").roles("ANALYST")).param("cache", "false")))
					.doesNotContain("Hidden Refuge")
					.contains("Internal Partner");
			}
			assertThat(nodes(get("/api/v1/analysis/summary"))).isEqualTo(4);
			assertThat(nodes(get("/api/v1/analysis/summary").with(user("viewer").roles("VIEWER")))).isEqualTo(3);
		}
	}

	@Test
	void cachedAnswersNeverCrossDates() throws Exception {
		TestNetwork.load(this.mvc);
		// Acme funded the safe house from 2021-03 to 2023: a tie on 2022-01-01, none
		// today.
		for (int round = 0; round < 2; round++) {
			String past = body(get("/api/v1/analysis/centrality").param("asOf", "2022-01-01"));
			String today = body(get("/api/v1/analysis/centrality"));
			assertThat(past).contains("\"asOf\":\"2022-01-01\"").contains("Acme Seafood");
			assertThat(today).doesNotContain("2022-01-01").doesNotContain("Acme Seafood");
		}
	}

	@Test
	void aLargeAnswerGoesCompressedToClientsThatAcceptGzip() throws Exception {
		var stakeholders = new StringBuilder("id,name,sector,countries\n");
		var links = new StringBuilder("from,to,type\n");
		for (int i = 0; i < 200; i++) {
			stakeholders.append("org-").append(i).append(",Organisation ").append(i).append(",CSO,KH\n");
			links.append("org-").append(i).append(",org-").append((i + 1) % 200).append(",COLLABORATES\n");
		}
		this.imports.importCsv(new ImportFile("s.csv", stakeholders.toString().getBytes(StandardCharsets.UTF_8)),
				new ImportFile("l.csv", links.toString().getBytes(StandardCharsets.UTF_8)), ImportMode.MERGE, false,
				Visibility.ALL);
		String path = "/api/v1/analysis/centrality";
		String plain = body(get(path));
		// Above the size from which answers are sent compressed (8 KB).
		assertThat(plain.length()).isGreaterThan(8 * 1024);
		// The first compressed answer makes the gzip form; the second is served from it.
		for (int round = 0; round < 2; round++) {
			var compressed = this.mvc.perform(get(path).header("Accept-Encoding", "br, gzip, deflate"))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Encoding", "gzip"))
				.andExpect(header().stringValues("Vary", hasItem("Accept-Encoding")))
				.andReturn()
				.getResponse();
			byte[] gzip = compressed.getContentAsByteArray();
			assertThat(compressed.getContentLength()).isEqualTo(gzip.length);
			assertThat(gzip.length).isLessThan(plain.length() / 4);
			try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
				assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
			}
		}
		this.mvc.perform(get(path).header("Accept-Encoding", "gzip;q=0, identity"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Content-Encoding"))
			.andExpect(content().string(plain));
	}

	private int nodes(RequestBuilder request) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(body(request), "$.nodes");
	}

	private String body(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
