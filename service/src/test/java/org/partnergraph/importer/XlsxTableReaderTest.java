package org.partnergraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming workbook reader: what it reads, and where it stops reading. */
class XlsxTableReaderTest {

	private static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(20), 200_000, 10_000, 100_000);

	@Test
	void readsTextNumbersDatesAndSavedFormulaValuesAsTheDomReaderDid() throws IOException {
		byte[] bytes;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet stakeholders = workbook.createSheet("stakeholders");
			row(stakeholders, 0, "id", "name", "sector");
			row(stakeholders, 1, "a", "Alpha", "CSO");
			Sheet links = workbook.createSheet("Links ");
			row(links, 0, "from", "to", "type", "weight", "start", "confidence");
			var row = links.createRow(1);
			row.createCell(0).setCellValue("a");
			row.createCell(1).setCellValue("b");
			row.createCell(2).setCellValue("FUNDS");
			row.createCell(3).setCellValue(2.0);
			var date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
			var start = row.createCell(4);
			start.setCellValue(LocalDate.of(2019, 3, 15));
			start.setCellStyle(date);
			var confidence = row.createCell(5);
			confidence.setCellFormula("3/5");
			workbook.setForceFormulaRecalculation(false);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			bytes = out.toByteArray();
		}
		var errors = new ArrayList<ImportError>();
		List<RawTable> tables = new XlsxTableReader(LIMITS).read("w.xlsx", bytes, errors);
		assertThat(errors).isEmpty();
		assertThat(tables.get(0).rows().getFirst().get("name")).isEqualTo("Alpha");
		RawTable.Row link = tables.get(1).rows().getFirst();
		assertThat(link.number()).isEqualTo(2);
		assertThat(link.get("weight")).isEqualTo("2");
		assertThat(link.get("start")).isEqualTo("2019-03-15");
		assertThat(link.get("confidence")).isEqualTo("0.6");
	}

	/**
	 * A workbook of many rows under a header the import refuses is not read beyond its
	 * header: the rows could not be used, and reading them is what a hostile upload would
	 * make the service do.
	 */
	@Test
	void aSheetWithAnUnusableHeaderIsNotReadBeyondIt() throws IOException {
		byte[] bytes = manyRows(List.of("id", "name", "sektor"), 20_000);
		var errors = new ArrayList<ImportError>();
		List<RawTable> tables = new XlsxTableReader(LIMITS).read("big.xlsx", bytes, errors);
		assertThat(errors).isEmpty();
		assertThat(tables.get(0).header()).containsExactly("id", "name", "sektor");
		assertThat(tables.get(0).rows()).isEmpty();
	}

	@Test
	void aSheetWithTooManyRowsStopsAtTheLimit() throws IOException {
		byte[] bytes = manyRows(List.of("id", "name", "sector"), 5_000);
		var errors = new ArrayList<ImportError>();
		var reader = new XlsxTableReader(new ImportLimits(DataSize.ofMegabytes(20), 1_000, 10_000, 100_000));
		assertThat(reader.read("big.xlsx", bytes, errors)).isNull();
		assertThat(errors).extracting(ImportError::message).containsExactly("more than 1000 data rows");
	}

	@Test
	void missingSheetsAreNamedBeforeAnySheetIsRead() throws IOException {
		byte[] bytes;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			row(workbook.createSheet("Sheet1"), 0, "id");
			workbook.write(out);
			bytes = out.toByteArray();
		}
		var errors = new ArrayList<ImportError>();
		assertThat(new XlsxTableReader(LIMITS).read("w.xlsx", bytes, errors)).isNull();
		assertThat(errors).extracting(ImportError::message)
			.containsExactly("the workbook needs the sheets 'stakeholders' and 'links'; it has [Sheet1]");
	}

	private static byte[] manyRows(List<String> header, int rows) throws IOException {
		try (var workbook = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
			Sheet stakeholders = workbook.createSheet("stakeholders");
			row(stakeholders, 0, header.toArray(String[]::new));
			for (int i = 1; i <= rows; i++) {
				row(stakeholders, i, "id-" + i, "Organisation " + i, "CSO");
			}
			row(workbook.createSheet("links"), 0, "from", "to", "type");
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
	}

	private static void row(Sheet sheet, int number, String... values) {
		var row = sheet.createRow(number);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

}
