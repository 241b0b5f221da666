package org.partnergraph.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.partnergraph.importer.SeedLoader;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.store.NetworkSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ExportIT extends IntegrationTest {

	@Autowired
	SeedLoader seed;

	@BeforeEach
	void load() throws Exception {
		TestNetwork.load(this.mvc);
	}

	@Test
	void csvRoundTripIsLossless() throws Exception {
		this.seed.load(ImportMode.MERGE);
		NetworkSnapshot before = snapshot();
		byte[] stakeholders = download("/api/v1/export/stakeholders.csv");
		byte[] links = download("/api/v1/export/links.csv");

		wipeDatabase();
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("stakeholders", "stakeholders.csv", null, stakeholders))
				.file(new MockMultipartFile("links", "links.csv", null, links)))
			.andExpect(status().isOk());

		assertThat(snapshot()).isEqualTo(before);
		assertThat(download("/api/v1/export/stakeholders.csv")).isEqualTo(stakeholders);
		assertThat(download("/api/v1/export/links.csv")).isEqualTo(links);
	}

	@Test
	void workbookRoundTripIsLossless() throws Exception {
		NetworkSnapshot before = snapshot();
		byte[] workbook = download("/api/v1/export/network.xlsx");
		wipeDatabase();
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("workbook", "network.xlsx", null, workbook)))
			.andExpect(status().isOk());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void workbookHasTypedCellsFrozenHeaderAndWidthsAndRoundTrips() throws Exception {
		this.mvc.perform(multipart("/api/v1/imports")
			.file(new MockMultipartFile("stakeholders", "stakeholders.csv", null,
					GraphReadersIT.RICH_STAKEHOLDERS.getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("links", "links.csv", null,
					GraphReadersIT.RICH_LINKS.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk());
		NetworkSnapshot before = snapshot();
		byte[] workbook = download("/api/v1/export/network.xlsx");
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			for (var sheet : book) {
				assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
				assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			}
			var links = book.getSheet("links");
			var header = new java.util.ArrayList<String>();
			links.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			var dated = java.util.stream.StreamSupport.stream(links.spliterator(), false)
				.filter(row -> "rich-one~DATA_PARTNERSHIP~safe-house"
					.equals(row.getCell(header.indexOf("id")).getStringCellValue()))
				.findFirst()
				.orElseThrow();
			var weight = dated.getCell(header.indexOf("weight"));
			assertThat(weight.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			assertThat(weight.getNumericCellValue()).isEqualTo(2.5);
			assertThat(dated.getCell(header.indexOf("confidence")).getNumericCellValue()).isEqualTo(0.8);
			var start = dated.getCell(header.indexOf("start"));
			assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(start)).isTrue();
			assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 1, 1));
			assertThat(dated.getCell(header.indexOf("end")).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(java.time.LocalDate.of(2024, 6, 30));
			var stakeholders = book.getSheet("stakeholders");
			// The name column is as wide as the longest name (default width is 8
			// characters).
			assertThat(stakeholders.getColumnWidth(1)).isGreaterThan(20 * 256);
			assertThat(stakeholders.getColumnWidth(10)).isLessThanOrEqualTo(63 * 256);
		}

		wipeDatabase();
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("workbook", "network.xlsx", null, workbook)))
			.andExpect(status().isOk());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void neutralisesFormulasInSpreadsheetExports() throws Exception {
		String csv = new String(download("/api/v1/export/stakeholders.csv"), StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK").contains(",'-leading dash").doesNotContain(",=HYPERLINK");
		assertThat(new String(download("/api/v1/export/links.csv"), StandardCharsets.UTF_8)).contains(",'+plus,");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/api/v1/export/network.xlsx")))) {
			var sheet = workbook.getSheet("stakeholders");
			boolean found = false;
			for (var row : sheet) {
				for (var cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
					found |= cell.getStringCellValue().equals("'=HYPERLINK(\"x\")");
				}
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void graphFilesAreWellFormedAndComplete() throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var graphml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(download("/api/v1/export/network.graphml")));
		assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo(5);
		assertThat(graphml.getElementsByTagName("edge").getLength()).isEqualTo(4);
		var gexf = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(download("/api/v1/export/network.gexf")));
		assertThat(gexf.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
		assertThat(gexf.getElementsByTagName("node").getLength()).isEqualTo(5);
		var edges = gexf.getElementsByTagName("edge");
		assertThat(edges.getLength()).isEqualTo(4);
		boolean dated = false;
		for (int i = 0; i < edges.getLength(); i++) {
			var edge = (org.w3c.dom.Element) edges.item(i);
			if (edge.getAttribute("id").equals("acme~FUNDS~safe-house")) {
				dated = edge.getAttribute("start").equals("2021-03-01")
						&& edge.getAttribute("end").equals("2023-12-31");
			}
		}
		assertThat(dated).isTrue();
	}

	@Test
	void pajekAndSectorPairs() throws Exception {
		String pajek = new String(download("/api/v1/export/network.net"), StandardCharsets.UTF_8);
		assertThat(pajek.lines().toList()).containsExactly("*Vertices 5", "1 \"acme\"", "2 \"donor\"", "3 \"kh-moj\"",
				"4 \"kh-police\"", "5 \"safe-house\"", "*Arcs", "1 5 1", "2 5 3", "3 4 1", "*Edges", "3 5 2");
		var rows = new String(download("/api/v1/export/sector-pairs.csv"), StandardCharsets.UTF_8).lines()
			.map(line -> java.util.List.of(line.split(",")))
			.toList();
		var header = rows.get(0);
		java.util.function.BiFunction<String, String, String> cell = (from, to) -> rows.stream()
			.filter(row -> row.get(0).equals(from))
			.findFirst()
			.orElseThrow()
			.get(header.indexOf(to));
		assertThat(cell.apply("JUSTICE", "CSO")).isEqualTo("1");
		assertThat(cell.apply("CSO", "JUSTICE")).isEqualTo("1");
		assertThat(cell.apply("JUSTICE", "JUSTICE")).isEqualTo("1");
		assertThat(cell.apply("DONOR", "CSO")).isEqualTo("1");
		assertThat(cell.apply("CSO", "DONOR")).isEqualTo("0");
		assertThat(rows).hasSize(org.partnergraph.model.Sector.values().length + 1);
	}

	@Test
	void jsonHasEveryStakeholderAndLink() throws Exception {
		this.mvc.perform(get("/api/v1/export/network.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stakeholders.length()").value(5))
			.andExpect(jsonPath("$.links.length()").value(4));
	}

	private byte[] download(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
