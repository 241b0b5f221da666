package org.partnergraph.importer;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The blank templates are served at the addresses the README, the explorer and the
 * notebooks link to.
 */
class TemplateIT extends IntegrationTest {

	@Test
	void servesTheWorkbookTemplateAtTemplateXlsx() throws Exception {
		byte[] body = this.mvc.perform(get("/api/v1/imports/template.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(workbook.getSheet("stakeholders").getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
			assertThat(workbook.getSheet("links")).isNotNull();
		}
	}

	@Test
	void servesTheCsvTemplates() throws Exception {
		this.mvc.perform(get("/api/v1/imports/template/stakeholders.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("id,name,sector")));
		this.mvc.perform(get("/api/v1/imports/template/links.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("id,from,to,type")));
	}

}
