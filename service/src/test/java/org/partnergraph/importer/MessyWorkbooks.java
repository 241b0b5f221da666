package org.partnergraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks made the way staff and scripts make them, for the import's tests: written
 * with POI here rather than committed, so what each holds is readable in one place. The
 * CSV pair made the same way is committed under {@code src/test/resources/import/messy/}.
 * {@link #main} writes the workbooks beside it, to open them in a spreadsheet program.
 */
final class MessyWorkbooks {

	private MessyWorkbooks() {
	}

	/**
	 * Imports cleanly, with warnings: a title and a note above the header, a column of
	 * notes with no name, sector labels and a synonym, theme names in mixed case and a
	 * new theme; on links, an evidence cell merged over three rows, a weight computed by
	 * a formula whose value was saved, dates as dates.
	 */
	static byte[] messy() {
		try (var workbook = new XSSFWorkbook()) {
			Sheet stakeholders = workbook.createSheet("Stakeholders");
			row(stakeholders, 0, "Partner mapping: Mekong sub-region (draft)");
			stakeholders.addMergedRegion(CellRangeAddress.valueOf("A1:F1"));
			row(stakeholders, 1, "Prepared by the strategy team; sectors as in the programme's guidance");
			row(stakeholders, 3, "ID", "Name", "Sector", "Countries", "Themes", "Evidence");
			row(stakeholders, 4, "kh-ncct", "Cambodia National Committee for Counter Trafficking", "National mechanism",
					"KH", "Victim identification; JUSTICE CAPACITY BUILDING", "Mapping 2021");
			row(stakeholders, 5, "ecpat", "ECPAT International", "NGO", "TH", "online sexual exploitation of children",
					"Mapping 2021");
			row(stakeholders, 6, "asean-act", "ASEAN-ACT", "Programme", "KH;TH", "justice-capacity-building",
					"Mapping 2021");
			row(stakeholders, 7, "mekong-club", "The Mekong Club", "private sector", "TH",
					"Supply Chains, Trafficking for begging", "Mapping 2021");
			// Notes beside the table, in a column the header does not name.
			stakeholders.getRow(5).createCell(7).setCellValue("check the website with Dara");
			stakeholders.getRow(7).createCell(7).setCellValue("new partner in 2024");

			Sheet links = workbook.createSheet("links");
			row(links, 0, "from", "to", "type", "weight", "start", "end", "confidence", "evidence");
			link(workbook, links, 1, "asean-act", "kh-ncct", "Supports", 2019);
			link(workbook, links, 2, "asean-act", "ecpat", "supports", 2020);
			link(workbook, links, 3, "asean-act", "mekong-club", "Collaborates", 2021);
			links.getRow(1).createCell(7).setCellValue("ASEAN-ACT annual report 2022, p. 14");
			links.addMergedRegion(CellRangeAddress.valueOf("H2:H4"));
			row(links, 4, "ecpat", "mekong-club", "Convenes");
			links.getRow(4).createCell(7).setCellValue("Mapping 2021");
			// A weight computed by a formula, calculated and saved as a spreadsheet
			// would.
			links.getRow(4).createCell(3).setCellFormula("1+2");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.setForceFormulaRecalculation(false);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Refused, with every error of both sheets listed at its cell: a row without an id, a
	 * near-miss theme, an ambiguous sector; on links, a column the format does not know,
	 * a passive link type, and formulas never calculated (a script wrote them).
	 */
	static byte[] broken() {
		try (var workbook = new XSSFWorkbook()) {
			Sheet stakeholders = workbook.createSheet("stakeholders");
			row(stakeholders, 0, "id", "name", "sector", "themes");
			row(stakeholders, 1, "kh-moj", "Cambodia Ministry of Justice", "Justice", "Victim identifcation");
			row(stakeholders, 2, "", "Nameless Agency", "CSO", "");
			row(stakeholders, 3, "kh-gov", "Royal Government of Cambodia", "Government", "");
			row(stakeholders, 4, "acme", "Acme Seafood", "Private", "fishing and seafood");

			Sheet links = workbook.createSheet("links");
			row(links, 0, "from", "to", "type", "weight", "confidence", "notes");
			row(links, 1, "acme", "kh-moj", "funded by", "1", "", "ask finance");
			row(links, 2, "kh-moj", "acme", "Collaborates", "", "", "");
			// Formulas as a script writes them: no value saved.
			links.getRow(2).createCell(3).setCellFormula("2*1");
			links.getRow(2).createCell(4).setCellFormula("3/5");
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void link(XSSFWorkbook workbook, Sheet sheet, int number, String from, String to, String type,
			int year) {
		Row row = row(sheet, number, from, to, type);
		var date = workbook.createCellStyle();
		date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		var start = row.createCell(4);
		start.setCellValue(LocalDate.of(year, 7, 1));
		start.setCellStyle(date);
		row.createCell(3).setCellValue(1.5);
		row.createCell(6).setCellValue(0.8);
	}

	private static Row row(Sheet sheet, int number, String... values) {
		Row row = sheet.createRow(number);
		for (int i = 0; i < values.length; i++) {
			if (!values[i].isEmpty()) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
		return row;
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		try (var out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Writes the workbooks to a folder, to look at them. */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : ".");
		Files.write(folder.resolve("messy-workbook.xlsx"), messy());
		Files.write(folder.resolve("broken-workbook.xlsx"), broken());
	}

}
