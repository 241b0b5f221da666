package org.partnergraph.importer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.store.NetworkSnapshot;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Extra columns of an import are kept as custom attributes: stored, shown with the
 * stakeholder, exported in every format and re-imported unchanged.
 */
class CustomAttributesIT extends IntegrationTest {

	static final String STAKEHOLDERS = """
			id,name,sector,Focal point,Budget
			ngo-1,An NGO,CSO,Dara Sok,1500000
			ministry,A Ministry,JUSTICE,,=SUM(1)
			""";

	static final String LINKS = """
			from,to,type,MoU signed
			ngo-1,ministry,COLLABORATES,2024-03
			""";

	@BeforeEach
	void load() throws Exception {
		this.mvc.perform(csv(STAKEHOLDERS, LINKS))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[*].message", hasItem(
					"column 'focal point' is not an import column: kept as the custom attribute 'focal point' of each stakeholder")))
			.andExpect(jsonPath("$.warnings[*].message", hasItem(
					"column 'mou signed' is not an import column: kept as the custom attribute 'mou signed' of each link")));
	}

	@Test
	void extraColumnsAreStoredAndShown() throws Exception {
		NetworkSnapshot stored = snapshot();
		assertThat(stored.stakeholders().get(1).id()).isEqualTo("ngo-1");
		assertThat(stored.stakeholders().get(1).attributes())
			.isEqualTo(Map.of("focal point", "Dara Sok", "budget", "1500000"));
		assertThat(stored.stakeholders().get(0).attributes()).isEqualTo(Map.of("budget", "=SUM(1)"));
		assertThat(stored.links().get(0).attributes()).isEqualTo(Map.of("mou signed", "2024-03"));
		// Stored as a prefixed property, which no field of the model can be.
		assertThat(count("MATCH (s:Stakeholder {id: 'ngo-1'}) WHERE s.`x_focal point` = 'Dara Sok' RETURN count(s)"))
			.isOne();
		this.mvc.perform(get("/api/v1/stakeholders/ngo-1"))
			.andExpect(jsonPath("$.attributes[0].name").value("budget"))
			.andExpect(jsonPath("$.attributes[0].value").value("1500000"))
			.andExpect(jsonPath("$.attributes[1].name").value("focal point"))
			.andExpect(jsonPath("$.links[0].attributes[0].value").value("2024-03"));
	}

	@Test
	void aFileWithoutTheColumnClearsTheAttribute() throws Exception {
		this.mvc.perform(csv(STAKEHOLDERS.replace(",Budget", "").replace(",1500000", "").replace(",=SUM(1)", ""), null))
			.andExpect(status().isOk());
		assertThat(snapshot().stakeholders().get(1).attributes()).isEqualTo(Map.of("focal point", "Dara Sok"));
		assertThat(snapshot().stakeholders().get(0).attributes()).isEmpty();
	}

	@Test
	void csvAndWorkbookExportsCarryThemAndReimportUnchanged() throws Exception {
		NetworkSnapshot before = snapshot();
		String stakeholders = new String(download("/api/v1/export/stakeholders.csv"), StandardCharsets.UTF_8);
		String links = new String(download("/api/v1/export/links.csv"), StandardCharsets.UTF_8);
		assertThat(stakeholders.lines().findFirst().orElseThrow()).endsWith(",confidentiality,budget,focal point");
		assertThat(stakeholders).contains(",1500000,Dara Sok").contains(",'=SUM(1),");
		assertThat(links.lines().findFirst().orElseThrow()).endsWith(",confidentiality,mou signed");
		byte[] workbook = download("/api/v1/export/network.xlsx");
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			var row = book.getSheet("stakeholders").getRow(2);
			assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(1500000.0);
			assertThat(row.getCell(14).getStringCellValue()).isEqualTo("Dara Sok");
		}
		assertThat(new String(download("/api/v1/export/network.graphml"), StandardCharsets.UTF_8))
			.contains("attr.name=\"focal point\"")
			.contains("attr.name=\"mou signed\"");
		assertThat(new String(download("/api/v1/export/network.gexf?version=1.2"), StandardCharsets.UTF_8))
			.contains("title=\"focal point\"")
			.contains("value=\"Dara Sok\"");

		wipeDatabase();
		this.mvc.perform(csv(stakeholders, links)).andExpect(status().isOk());
		assertThat(snapshot()).isEqualTo(before);
		assertThat(new String(download("/api/v1/export/stakeholders.csv"), StandardCharsets.UTF_8))
			.isEqualTo(stakeholders);

		wipeDatabase();
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("workbook", "network.xlsx", null, workbook)))
			.andExpect(status().isOk());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theNetworkFiltersOnThem() throws Exception {
		this.mvc.perform(get("/api/v1/network").param("current", "false").param("attribute", "Focal point: dara SOK"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].data.id", contains("ngo-1")))
			.andExpect(jsonPath("$.edges").isEmpty());
		this.mvc.perform(get("/api/v1/network").param("current", "false").param("attribute", "budget"))
			.andExpect(jsonPath("$.nodes[*].data.id", contains("ministry", "ngo-1")))
			.andExpect(jsonPath("$.edges[*].data.id", contains("ministry~COLLABORATES~ngo-1")));
		this.mvc
			.perform(get("/api/v1/network").param("current", "false")
				.param("attribute", "budget")
				.param("attribute", "focal point"))
			.andExpect(jsonPath("$.nodes[*].data.id", contains("ngo-1")));
		this.mvc.perform(get("/api/v1/analysis/summary").param("attribute", "focal point:nobody"))
			.andExpect(jsonPath("$.nodes").value(0));
		this.mvc.perform(get("/api/v1/network").param("attribute", ":x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("attribute"));
	}

	@Test
	void reservedNamesStayReserved() throws Exception {
		this.mvc.perform(csv("id,name,sector,weight\nx,X,CSO,3\n", null).param("dryRun", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("unknown column 'weight'")));
	}

	private static MockMultipartHttpServletRequestBuilder csv(String stakeholders, String links) {
		var request = multipart("/api/v1/imports");
		request.file(new MockMultipartFile("stakeholders", "stakeholders.csv", "text/csv",
				stakeholders.getBytes(StandardCharsets.UTF_8)));
		if (links != null) {
			request
				.file(new MockMultipartFile("links", "links.csv", "text/csv", links.getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	private byte[] download(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

}
