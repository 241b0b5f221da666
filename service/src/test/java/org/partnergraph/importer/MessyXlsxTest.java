package org.partnergraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The workbook reader on workbooks made as people and scripts make them: title rows,
 * notes, merged cells and formulas, each read or refused at its cell, never lost.
 */
class MessyXlsxTest {

	private static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(20), 200_000, 10_000, 100_000);

	private final List<ImportError> errors = new ArrayList<>();

	private final List<ImportWarning> warnings = new ArrayList<>();

	private List<RawTable> read(byte[] bytes) {
		return new XlsxTableReader(LIMITS).read("w.xlsx", bytes, this.errors, this.warnings);
	}

	@Test
	void readsTheMessyWorkbookAndSaysWhatItReadDifferently() {
		List<RawTable> tables = read(MessyWorkbooks.messy());
		assertThat(this.errors).isEmpty();
		RawTable stakeholders = tables.get(0);
		assertThat(stakeholders.headerRow()).isEqualTo(4);
		assertThat(stakeholders.rows()).extracting(RawTable.Row::number).containsExactly(5, 6, 7, 8);
		assertThat(stakeholders.rows().getFirst().get("themes"))
			.isEqualTo("Victim identification; JUSTICE CAPACITY BUILDING");
		RawTable links = tables.get(1);
		// The merged evidence cell H2:H4 is given to each of its rows; H5 keeps its own.
		assertThat(links.rows()).extracting(row -> row.get("evidence"))
			.containsExactly("ASEAN-ACT annual report 2022, p. 14", "ASEAN-ACT annual report 2022, p. 14",
					"ASEAN-ACT annual report 2022, p. 14", "Mapping 2021");
		assertThat(links.rows().get(3).get("weight")).isEqualTo("3");
		assertThat(links.rows().getFirst().get("start")).isEqualTo("2019-07-01");
		assertThat(this.warnings)
			.extracting(ImportWarning::file, ImportWarning::row, ImportWarning::cell, ImportWarning::message)
			.containsExactlyInAnyOrder(tuple("w.xlsx#stakeholders", 4, null,
					"the column names are in row 4; rows 1 to 3 above them (a title or notes) are not imported"),
					tuple("w.xlsx#stakeholders", 6, "Stakeholders!H6",
							"column H has no name in the header (row 4): its 2 cells (Stakeholders!H6, "
									+ "Stakeholders!H8) are not imported"),
					tuple("w.xlsx#links", 2, "links!H2:H4",
							"links!H2:H4 is one merged cell: its value 'ASEAN-ACT annual report 2022, p. 14' is "
									+ "given to each of its 3 rows (2 to 4)"),
					tuple("w.xlsx#links", 5, "links!D5",
							"'weight' is computed by a formula in cell (links!D5): the values the workbook saved "
									+ "are imported"));
	}

	@Test
	void aFormulaWithNoSavedValueIsAnErrorAtItsCell() {
		List<RawTable> tables = read(MessyWorkbooks.broken());
		assertThat(this.errors)
			.extracting(ImportError::file, ImportError::row, ImportError::column, ImportError::cell,
					ImportError::message)
			.containsExactly(tuple("w.xlsx#links", 3, "weight", "links!D3", TableBuilder.UNCALCULATED + " (=2*1)"),
					tuple("w.xlsx#links", 3, "confidence", "links!E3", TableBuilder.UNCALCULATED + " (=3/5)"));
		// The rows are still there for the validator, with those cells marked as
		// reported.
		assertThat(tables.get(1).rows().get(1).unreadable()).containsExactlyInAnyOrder("weight", "confidence");
	}

	@Test
	void aWorkbookThatAsksToBeRecalculatedHasNoTrustworthyFormulaValues() throws IOException {
		byte[] bytes;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var stakeholders = workbook.createSheet("stakeholders");
			cells(stakeholders.createRow(0), "id", "name", "sector");
			cells(stakeholders.createRow(1), "a", "Alpha", "CSO");
			var links = workbook.createSheet("links");
			cells(links.createRow(0), "from", "to", "type", "weight");
			var row = links.createRow(1);
			cells(row, "a", "b", "FUNDS");
			row.createCell(3).setCellFormula("1+1");
			// What xlsxwriter and POI scripts do: a placeholder value, and a request to
			// recalculate on opening.
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.setForceFormulaRecalculation(true);
			workbook.write(out);
			bytes = out.toByteArray();
		}
		read(bytes);
		assertThat(this.errors).extracting(ImportError::cell, ImportError::message)
			.containsExactly(tuple("links!D2", TableBuilder.UNCALCULATED + " (=1+1)"));
	}

	@Test
	void aFormulaWhoseSavedResultIsEmptyTextIsCalculated() throws IOException {
		byte[] bytes;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var stakeholders = workbook.createSheet("stakeholders");
			cells(stakeholders.createRow(0), "id", "name", "sector", "acronym");
			var row = stakeholders.createRow(1);
			cells(row, "a", "Alpha", "CSO");
			row.createCell(3).setCellFormula("\"\"");
			cells(workbook.createSheet("links").createRow(0), "from", "to", "type");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			bytes = out.toByteArray();
		}
		List<RawTable> tables = read(bytes);
		assertThat(this.errors).isEmpty();
		assertThat(tables.get(0).rows().getFirst().get("acronym")).isNull();
	}

	@Test
	void aCellMergedAcrossColumnsIsRefusedAtItsRange() throws IOException {
		byte[] bytes;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var stakeholders = workbook.createSheet("stakeholders");
			cells(stakeholders.createRow(0), "id", "name", "sector", "description", "evidence");
			cells(stakeholders.createRow(1), "a", "Alpha", "CSO", "Runs a shelter; Mapping 2021");
			stakeholders.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("D2:E2"));
			cells(workbook.createSheet("links").createRow(0), "from", "to", "type");
			workbook.write(out);
			bytes = out.toByteArray();
		}
		read(bytes);
		assertThat(this.errors).extracting(ImportError::cell, ImportError::message)
			.containsExactly(tuple("stakeholders!D2:E2", "stakeholders!D2:E2 is one cell merged across the columns "
					+ "description, evidence: unmerge it so that each column has its own value"));
	}

	@Test
	void aSpreadsheetErrorValueIsAnErrorAtItsCell() throws IOException {
		byte[] bytes;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var stakeholders = workbook.createSheet("stakeholders");
			cells(stakeholders.createRow(0), "id", "name", "sector");
			cells(stakeholders.createRow(1), "a", "Alpha", "CSO");
			var links = workbook.createSheet("links");
			cells(links.createRow(0), "from", "to", "type", "weight");
			var row = links.createRow(1);
			cells(row, "a", "b", "FUNDS");
			row.createCell(3).setCellFormula("1/0");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			bytes = out.toByteArray();
		}
		read(bytes);
		assertThat(this.errors).extracting(ImportError::cell, ImportError::message)
			.containsExactly(tuple("links!D2", "the cell holds the spreadsheet error #DIV/0!, the result of a formula "
					+ "that failed: correct it or clear the cell"));
	}

	private static void cells(org.apache.poi.ss.usermodel.Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

}
