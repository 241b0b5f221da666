package org.partnergraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnergraph.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Blank import templates: the headers and nothing else. */
@RestController
// Mapped at /api/v1/imports: a class mapping of .../template with a method mapping of
// ".xlsx" would
// join them with a slash, serving /template/.xlsx instead of the documented
// /template.xlsx.
@RequestMapping("/api/v1/imports")
@Tag(name = "Import")
class TemplateController {

	@Operation(summary = "Blank XLSX workbook with the sheets 'stakeholders' and 'links'")
	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> workbook() throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (var sheet : List.of(Columns.STAKEHOLDERS_SHEET, Columns.LINKS_SHEET)) {
				var columns = sheet.equals(Columns.LINKS_SHEET) ? Columns.LINKS : Columns.STAKEHOLDERS;
				var row = workbook.createSheet(sheet).createRow(0);
				for (int i = 0; i < columns.size(); i++) {
					var cell = row.createCell(i);
					cell.setCellValue(columns.get(i));
					cell.setCellStyle(bold);
				}
			}
			workbook.write(out);
			return Downloads.attachment(out.toByteArray(), "partnergraph-template.xlsx", Downloads.XLSX);
		}
	}

	@Operation(summary = "Blank stakeholders.csv")
	@GetMapping("/template/stakeholders.csv")
	ResponseEntity<byte[]> stakeholders() {
		return Downloads.attachment((String.join(",", Columns.STAKEHOLDERS) + "\r\n").getBytes(StandardCharsets.UTF_8),
				"stakeholders.csv", Downloads.CSV);
	}

	@Operation(summary = "Blank links.csv")
	@GetMapping("/template/links.csv")
	ResponseEntity<byte[]> links() {
		return Downloads.attachment((String.join(",", Columns.LINKS) + "\r\n").getBytes(StandardCharsets.UTF_8),
				"links.csv", Downloads.CSV);
	}

}
