package org.partnergraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnergraph.IntegrationTest;
import org.partnergraph.store.NetworkSnapshot;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ImportIT extends IntegrationTest {

	static final String STAKEHOLDERS = """
			id,name,sector,acronym,aliases,countries,themes,evidence
			kh-moj,Cambodia Ministry of Justice,JUSTICE,MoJ,Justice Ministry,KH,justice-capacity-building,test
			safe-house,Safe House,CSO,,,KH;TH,shelter;male-victims,test
			acme,Acme Seafood,PRIVATE,,,TH,fishing-seafood,test
			""";

	static final String LINKS = """
			from,to,type,weight,start,end,confidence
			kh-moj,safe-house,COLLABORATES,2,2020,,1
			acme,safe-house,FUNDS,1,2021-03,2023,0.6
			""";

	@BeforeEach
	void loadValidNetwork() throws Exception {
		upload(STAKEHOLDERS, LINKS, "merge").andExpect(status().isOk());
	}

	@Test
	void importsAndReportsCounts() throws Exception {
		wipeDatabase();
		upload(STAKEHOLDERS, LINKS, "merge").andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersCreated").value(3))
			.andExpect(jsonPath("$.stakeholdersUpdated").value(0))
			.andExpect(jsonPath("$.linksCreated").value(2));
		NetworkSnapshot stored = snapshot();
		assertThat(stored.stakeholders()).hasSize(3);
		var moj = stored.stakeholders().stream().filter(s -> s.id().equals("kh-moj")).findFirst().orElseThrow();
		assertThat(moj.aliases()).containsExactly("Justice Ministry");
		assertThat(moj.countries()).containsExactly("KH");
		var funds = stored.links()
			.stream()
			.filter(l -> l.id().equals("acme~FUNDS~safe-house"))
			.findFirst()
			.orElseThrow();
		assertThat(funds.start()).hasToString("2021-03-01");
		assertThat(funds.end()).hasToString("2023-12-31");
		assertThat(funds.confidence()).isEqualTo(0.6);
		assertThat(count("MATCH (c:Country {code: 'KH', target: true}) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void importingTheSameFilesTwiceChangesNothing() throws Exception {
		upload(STAKEHOLDERS, LINKS, "merge").andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersCreated").value(0))
			.andExpect(jsonPath("$.stakeholdersUpdated").value(0))
			.andExpect(jsonPath("$.stakeholdersUnchanged").value(3))
			.andExpect(jsonPath("$.linksCreated").value(0))
			.andExpect(jsonPath("$.linksUpdated").value(0))
			.andExpect(jsonPath("$.linksUnchanged").value(2));
	}

	@Test
	void updatesChangedRowsOnly() throws Exception {
		upload(STAKEHOLDERS.replace("Acme Seafood", "Acme Seafood Ltd"), LINKS.replace("0.6", "0.8"), "merge")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersUpdated").value(1))
			.andExpect(jsonPath("$.stakeholdersUnchanged").value(2))
			.andExpect(jsonPath("$.linksUpdated").value(1));
		assertThat(snapshot().stakeholders()).extracting("name").contains("Acme Seafood Ltd");
	}

	@Test
	void dryRunWritesNothing() throws Exception {
		NetworkSnapshot before = snapshot();
		upload(STAKEHOLDERS + "new-one,New One,DONOR,,,,,test\n", LINKS, "merge", true).andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.stakeholdersCreated").value(1));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void replaceRemovesWhatTheFilesDoNotName() throws Exception {
		String stakeholders = STAKEHOLDERS.lines()
			.filter(line -> !line.startsWith("acme"))
			.reduce("", (a, b) -> a + b + "\n");
		String links = LINKS.lines().filter(line -> !line.startsWith("acme")).reduce("", (a, b) -> a + b + "\n");
		upload(stakeholders, links, "replace").andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersDeleted").value(1))
			.andExpect(jsonPath("$.linksDeleted").value(1));
		assertThat(snapshot().stakeholders()).extracting("id").containsExactlyInAnyOrder("kh-moj", "safe-house");
	}

	@Test
	void linkMayNameAStakeholderAlreadyStored() throws Exception {
		upload(null, "from,to,type\nacme,kh-moj,SUPPORTS\n", "merge").andExpect(status().isOk())
			.andExpect(jsonPath("$.linksCreated").value(1));
	}

	@Test
	void acceptsByteOrderMarkAndCrlf() throws Exception {
		String crlf = "\uFEFF" + STAKEHOLDERS.replace("\n", "\r\n")
			.replace("Acme Seafood", "Acme, \"Seafood\"")
			.replace(",Acme, \"Seafood\",", ",\"Acme, \"\"Seafood\"\"\",");
		upload(crlf, null, "merge").andExpect(status().isOk()).andExpect(jsonPath("$.stakeholdersUpdated").value(1));
		assertThat(snapshot().stakeholders()).extracting("name").contains("Acme, \"Seafood\"");
	}

	@Test
	void importsAWorkbook() throws Exception {
		wipeDatabase();
		byte[] workbook = workbook("stakeholders", "links");
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("workbook", "net.xlsx", null, workbook)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholdersCreated").value(3))
			.andExpect(jsonPath("$.linksCreated").value(2));
		// The same network as the CSV pair gives.
		NetworkSnapshot fromWorkbook = snapshot();
		wipeDatabase();
		upload(STAKEHOLDERS, LINKS, "merge");
		assertThat(snapshot()).isEqualTo(fromWorkbook);
	}

	static Stream<Arguments> badInputs() {
		return Stream.of(
				Arguments.of("unknown sector", STAKEHOLDERS.replace("PRIVATE", "BUSINESS"), LINKS, "stakeholders.csv",
						4, "sector", "'BUSINESS' is not one of"),
				Arguments.of("unknown link type", STAKEHOLDERS, LINKS.replace("FUNDS", "PAYS"), "links.csv", 3, "type",
						"'PAYS' is not one of"),
				Arguments.of("missing required value", STAKEHOLDERS.replace("Safe House", ""), LINKS,
						"stakeholders.csv", 3, "name", "'name' is required"),
				Arguments.of("missing required column", "id,name\nx,X\n", LINKS, "stakeholders.csv", 1, "sector",
						"required column 'sector' is missing"),
				Arguments.of("link to unknown id", STAKEHOLDERS, LINKS + "acme,nobody,FUNDS,,,,\n", "links.csv", 4,
						"to", "no stakeholder with id 'nobody'"),
				Arguments.of("bad date", STAKEHOLDERS, LINKS.replace("2021-03", "2021-13"), "links.csv", 3, "start",
						"'2021-13' is not a date"),
				Arguments.of("end before start", STAKEHOLDERS, LINKS.replace("2021-03,2023", "2021-03,2020"),
						"links.csv", 3, "end", "before it starts"),
				Arguments.of("duplicate id", STAKEHOLDERS + "acme,Acme Again,PRIVATE,,,,,test\n", LINKS,
						"stakeholders.csv", 5, "id", "duplicate id 'acme', first used in row 4"),
				Arguments.of("id that is an address of the API", STAKEHOLDERS + "Duplicates,Dupes,CSO,,,,,test\n",
						LINKS, "stakeholders.csv", 5, "id",
						"/api/v1/stakeholders/duplicates is another address of the API"),
				Arguments.of("duplicate link", STAKEHOLDERS, LINKS + "safe-house,kh-moj,COLLABORATES,,,,\n",
						"links.csv", 4, "type", "duplicate link"),
				Arguments.of("self-link", STAKEHOLDERS, LINKS + "acme,acme,SUPPORTS,,,,\n", "links.csv", 4, "to",
						"cannot join 'acme' to itself"),
				Arguments.of("bad country", STAKEHOLDERS.replace("KH;TH", "KH;XX"), LINKS, "stakeholders.csv", 3,
						"countries", "'XX' is not an ISO 3166-1 alpha-2"),
				Arguments.of("bad weight", STAKEHOLDERS,
						LINKS.replace("kh-moj,safe-house,COLLABORATES,2", "kh-moj,safe-house,COLLABORATES,heavy"),
						"links.csv", 2, "weight", "'heavy' must be a number"),
				Arguments.of("unclosed quote", STAKEHOLDERS + "bad,\"Unclosed,CSO,,,,,test\n", LINKS,
						"stakeholders.csv", 5, null, "malformed CSV"),
				Arguments.of("wrong cell count", STAKEHOLDERS + "short,Short,CSO\n", LINKS, "stakeholders.csv", 5, null,
						"expected 8 cells"),
				Arguments.of("unknown column", STAKEHOLDERS.replace("evidence", "evidense"), LINKS, "stakeholders.csv",
						1, "evidense", "unknown column"),
				Arguments.of("cell too long", STAKEHOLDERS.replace("Safe House", "S".repeat(2001)), LINKS,
						"stakeholders.csv", 3, "name", "the limit is 2000"),
				Arguments.of("too many rows", tooManyRows(), LINKS, "stakeholders.csv", null, null,
						"more than 1000 data rows"),
				Arguments.of("file too large",
						STAKEHOLDERS + "big,Big,CSO,,,,,\"" + "x".repeat(1999) + "\"\n"
								+ ("big2,Big,CSO,,,,," + "y".repeat(1990) + "\n").repeat(110),
						LINKS, "stakeholders.csv", null, null, "the limit is 204800 bytes"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void rejectsBadInputAndWritesNothing(String name, String stakeholders, String links, String file, Integer row,
			String column, String message) throws Exception {
		NetworkSnapshot before = snapshot();
		upload(stakeholders, links, "merge").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:partnergraph:problem:import-rejected"))
			.andExpect(jsonPath("$.errors[0].file").value(file))
			.andExpect(row == null ? jsonPath("$.errors[0].row").value(nullValue())
					: jsonPath("$.errors[0].row").value(row))
			.andExpect(column == null ? jsonPath("$.errors[0].column").value(nullValue())
					: jsonPath("$.errors[0].column").value(column))
			.andExpect(jsonPath("$.errors[0].message", containsString(message)));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void reportsEveryErrorNotJustTheFirst() throws Exception {
		upload(STAKEHOLDERS.replace("PRIVATE", "X").replace("CSO", "Y"), LINKS.replace("FUNDS", "Z"), "merge")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(3)));
	}

	@Test
	void rejectsTextThatIsNotUtf8() throws Exception {
		NetworkSnapshot before = snapshot();
		byte[] latin1 = (STAKEHOLDERS + "cafe,Caf\u00e9 R\u00e9seau,CSO,,,,,test\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("stakeholders", "stakeholders.csv", null, latin1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(5))
			.andExpect(jsonPath("$.errors[0].message", containsString("not UTF-8")));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void rejectsWorkbookWithWrongSheetNames() throws Exception {
		NetworkSnapshot before = snapshot();
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("workbook", "net.xlsx", null, workbook("Sheet1", "links"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].file").value("net.xlsx"))
			.andExpect(jsonPath("$.errors[0].message", containsString("needs the sheets 'stakeholders' and 'links'")));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void rejectsAFileThatIsNotAWorkbook() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports").file(
					new MockMultipartFile("workbook", "net.xlsx", null, "id,name\n".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("not a readable XLSX workbook")));
	}

	@Test
	void rejectsAnUnknownMode() throws Exception {
		upload(STAKEHOLDERS, LINKS, "overwrite").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void reportsWorkbookRowsAsTheSpreadsheetNumbersThem() throws Exception {
		byte[] workbook = workbook("stakeholders", "links", "acme", "nobody");
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("workbook", "net.xlsx", null, workbook)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].file").value("net.xlsx#links"))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("to"));
	}

	private static String tooManyRows() {
		var csv = new StringBuilder("id,name,sector\n");
		for (int i = 0; i < 1001; i++) {
			csv.append("s").append(i).append(",S,CSO\n");
		}
		return csv.toString();
	}

	/** A workbook of the test network; the second link's ends can be overridden. */
	static byte[] workbook(String stakeholderSheet, String linkSheet, String... secondLink) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			fill(workbook.createSheet(stakeholderSheet), STAKEHOLDERS);
			String links = LINKS;
			if (secondLink.length == 2) {
				links = LINKS.replace("acme,safe-house,FUNDS", secondLink[0] + "," + secondLink[1] + ",FUNDS");
			}
			fill(workbook.createSheet(linkSheet), links);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, String csv) {
		List<String> lines = csv.lines().toList();
		for (int r = 0; r < lines.size(); r++) {
			String[] cells = lines.get(r).split(",", -1);
			var row = sheet.createRow(r);
			for (int c = 0; c < cells.length; c++) {
				if (r > 0 && cells[c].matches("\\d+(\\.\\d+)?")) {
					row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
				}
				else {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
		}
	}

	ResultActions upload(String stakeholders, String links, String mode) throws Exception {
		return upload(stakeholders, links, mode, false);
	}

	ResultActions upload(String stakeholders, String links, String mode, boolean dryRun) throws Exception {
		var request = multipart("/api/v1/imports").param("mode", mode).param("dryRun", Boolean.toString(dryRun));
		if (stakeholders != null) {
			request.file(new MockMultipartFile("stakeholders", "stakeholders.csv", "text/csv",
					stakeholders.getBytes(StandardCharsets.UTF_8)));
		}
		if (links != null) {
			request
				.file(new MockMultipartFile("links", "links.csv", "text/csv", links.getBytes(StandardCharsets.UTF_8)));
		}
		return this.mvc.perform(request);
	}

}
