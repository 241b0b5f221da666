package org.partnergraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service with anonymous reading on (bound to loopback): the explorer opens without
 * signing in, shows PUBLIC data only, and nothing else is open to a caller without an
 * account.
 */
@SpringBootTest(properties = { "partnergraph.security.anonymous-read=true", "server.address=127.0.0.1" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
// Its own service and embedded database: closed after this class rather than at the JVM's
// exit.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AnonymousReadIT {

	private static final Path DATA_DIR = createDataDir();

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportService imports;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
	}

	@BeforeEach
	void load() {
		this.imports.importCsv(new ImportFile("s.csv", ConfidentialityIT.STAKEHOLDERS.getBytes(StandardCharsets.UTF_8)),
				new ImportFile("l.csv", ConfidentialityIT.LINKS.getBytes(StandardCharsets.UTF_8)), ImportMode.REPLACE,
				false, Visibility.ALL);
	}

	@Test
	void theExplorerOpensWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("index.html"));
		this.mvc.perform(get("/js/explorer.js")).andExpect(status().isOk());
		this.mvc.perform(get("/css/explorer.css")).andExpect(status().isOk());
		// Scripts and libraries are revalidated, not fetched whole on every load.
		String lastModified = this.mvc.perform(get("/webjars/cytoscape/dist/cytoscape.min.js"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andReturn()
			.getResponse()
			.getHeader("Last-Modified");
		this.mvc.perform(get("/webjars/cytoscape/dist/cytoscape.min.js").header("If-Modified-Since", lastModified))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.anonymous").value(true))
			.andExpect(jsonPath("$.visible", contains("PUBLIC")));
	}

	@Test
	void anAnonymousReaderSeesPublicDataOnly() throws Exception {
		this.mvc.perform(get("/api/v1/network"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].data.id", containsInAnyOrder("ministry", "ngo")))
			.andExpect(jsonPath("$.edges[*].data.id", contains("ministry~COLLABORATES~ngo")));
		this.mvc.perform(get("/api/v1/analysis/summary")).andExpect(jsonPath("$.nodes").value(2));
		// Asking for more levels does not widen the view.
		this.mvc.perform(get("/api/v1/network").param("confidentiality", "INTERNAL,RESTRICTED"))
			.andExpect(jsonPath("$.nodes").isEmpty());
	}

	@Test
	void nothingButReadingIsOpen() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("stakeholders", "s.csv", "text/csv",
					"id,name,sector\nx,X,CSO\n".getBytes(StandardCharsets.UTF_8)))
				.with(csrf().asHeader()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/export/stakeholders.csv")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me/tokens")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
	}

	private static Path createDataDir() {
		try {
			return Files.createTempDirectory("partnergraph-anonymous-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
