package org.partnergraph.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.partnergraph.store.NetworkSnapshot;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Hostile and broken input gets a clear 4xx and leaves the data as it was. */
class HostileInputIT extends IntegrationTest {

	private NetworkSnapshot before;

	@BeforeEach
	void load() throws Exception {
		TestNetwork.load(this.mvc);
		this.before = snapshot();
	}

	@Test
	void rejectsAZipBombWorkbook() throws Exception {
		byte[] bomb = inflateSheet(ImportIT.workbook("stakeholders", "links"), 30 * 1024 * 1024);
		assertThat(bomb.length).isLessThan(200 * 1024);
		this.mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("workbook", "bomb.xlsx", null, bomb)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("not a readable XLSX workbook")));
		assertThat(snapshot()).isEqualTo(this.before);
	}

	@Test
	void rejectsWrongTypesInAWorkbookWithRowAndColumn() throws Exception {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var stakeholders = workbook.createSheet("stakeholders").createRow(0);
			stakeholders.createCell(0).setCellValue("id");
			stakeholders.createCell(1).setCellValue("name");
			stakeholders.createCell(2).setCellValue("sector");
			var links = workbook.createSheet("links");
			var header = links.createRow(0);
			List.of("from", "to", "type", "weight")
				.forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
			var row = links.createRow(1);
			row.createCell(0).setCellValue("kh-moj");
			row.createCell(1).setCellValue("acme");
			row.createCell(2).setCellValue("FUNDS");
			var date = row.createCell(3);
			date.setCellValue(java.time.LocalDate.of(2021, 1, 1));
			var style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			date.setCellStyle(style);
			workbook.write(out);
			this.mvc
				.perform(multipart("/api/v1/imports")
					.file(new MockMultipartFile("workbook", "types.xlsx", null, out.toByteArray())))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].file").value("types.xlsx#links"))
				.andExpect(jsonPath("$.errors[0].row").value(2))
				.andExpect(jsonPath("$.errors[0].column").value("weight"))
				.andExpect(jsonPath("$.errors[0].message").value("'2021-01-01' must be a number above 0"));
		}
		assertThat(snapshot()).isEqualTo(this.before);
	}

	@Test
	void storesInjectionAttemptsInTextAsPlainText() throws Exception {
		String name = "x'}) DETACH DELETE n //";
		String csv = "id,name,sector,description\ninj,\"" + name + "\",CSO,\"<script>alert(1)</script>\"\n";
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("stakeholders", "s.csv", null, csv.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/stakeholders/inj"))
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.description").value("<script>alert(1)</script>"));
		assertThat(snapshot().stakeholders()).hasSize(this.before.stakeholders().size() + 1);
	}

	@Test
	void refusesInjectionAttemptsInParameters() throws Exception {
		this.mvc.perform(get("/api/v1/network").param("sector", "CSO' OR 1=1 //")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/network").param("linkType", "FUNDS]->() DETACH DELETE n //"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/network").param("theme", "shelter\") RETURN 1 //"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/stakeholders").param("q", "\") YIELD node CALL { MATCH (n) DETACH DELETE n } //"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/stakeholders/x' OR '1'='1")).andExpect(status().isNotFound());
		assertThat(snapshot()).isEqualTo(this.before);
	}

	@Test
	void refusesOversizedRequestBodies() throws Exception {
		String huge = "{\"username\":\"" + "u".repeat(2 * 1024 * 1024) + "\"}";
		this.mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content(huge))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void malformedJsonGetsAProblemWithoutInternals() throws Exception {
		this.mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\": [}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("at org."))))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	/**
	 * The same workbook with its first sheet padded by whitespace that compresses to
	 * almost nothing.
	 */
	private static byte[] inflateSheet(byte[] xlsx, int padding) throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zipIn = new ZipInputStream(new ByteArrayInputStream(xlsx)); var zipOut = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = zipIn.getNextEntry()) != null) {
				byte[] data = zipIn.readAllBytes();
				zipOut.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(data, StandardCharsets.UTF_8);
					int end = xml.lastIndexOf("</worksheet>");
					zipOut.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1024 * 1024];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < padding / spaces.length; i++) {
						zipOut.write(spaces);
					}
					zipOut.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
				}
				else {
					zipOut.write(data);
				}
				zipOut.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
