package org.partnergraph.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the {@code stakeholders} and {@code links} sheets of an XLSX workbook into text cells.
 * POI's zip-bomb guard stays on, so a workbook that inflates far beyond its size is refused.
 */
final class XlsxTableReader {

	static {
		// POI's zip-bomb guards, stated rather than left to defaults: a part may not inflate more than
		// 100 times its compressed size, nor beyond 100 MB.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
	}

	private final ImportLimits limits;

	XlsxTableReader(ImportLimits limits) {
		this.limits = limits;
	}

	/** Returns the two sheets, stakeholders first, or null after adding errors. */
	List<RawTable> read(String file, byte[] bytes, List<ImportError> errors) {
		if (bytes.length > this.limits.maxFileSize().toBytes()) {
			errors.add(ImportError.ofFile(file, "file is " + bytes.length + " bytes; the limit is "
					+ this.limits.maxFileSize().toBytes() + " bytes"));
			return null;
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet stakeholders = sheet(workbook, Columns.STAKEHOLDERS_SHEET);
			Sheet links = sheet(workbook, Columns.LINKS_SHEET);
			if (stakeholders == null || links == null) {
				var names = new ArrayList<String>();
				workbook.forEach(s -> names.add(s.getSheetName()));
				errors.add(ImportError.ofFile(file, "the workbook needs the sheets 'stakeholders' and 'links'; it has "
						+ names));
				return null;
			}
			RawTable first = table(file + "#" + Columns.STAKEHOLDERS_SHEET, stakeholders, errors);
			RawTable second = table(file + "#" + Columns.LINKS_SHEET, links, errors);
			return (first == null || second == null) ? null : List.of(first, second);
		}
		catch (IOException | RuntimeException ex) {
			// POI signals a zip bomb, a non-XLSX file and a corrupt package with assorted runtime exceptions.
			errors.add(ImportError.ofFile(file, "not a readable XLSX workbook: " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage()))));
			return null;
		}
	}

	private static Sheet sheet(Workbook workbook, String name) {
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().strip().equalsIgnoreCase(name)) {
				return sheet;
			}
		}
		return null;
	}

	private RawTable table(String file, Sheet sheet, List<ImportError> errors) {
		var formatter = new DataFormatter(Locale.ROOT);
		var header = new ArrayList<String>();
		var rows = new ArrayList<RawTable.Row>();
		for (Row row : sheet) {
			if (header.isEmpty()) {
				for (int c = 0; c < row.getLastCellNum(); c++) {
					header.add(text(row.getCell(c), formatter).strip().toLowerCase(Locale.ROOT));
				}
				while (!header.isEmpty() && header.getLast().isEmpty()) {
					header.removeLast();
				}
				continue;
			}
			var cells = new LinkedHashMap<String, String>();
			boolean blank = true;
			for (int c = 0; c < header.size(); c++) {
				String value = text(row.getCell(c), formatter);
				blank &= value.isBlank();
				cells.put(header.get(c), value);
			}
			if (blank) {
				continue;
			}
			if (rows.size() >= this.limits.maxRows()) {
				errors.add(ImportError.ofFile(file, "more than " + this.limits.maxRows() + " data rows"));
				return null;
			}
			rows.add(new RawTable.Row(row.getRowNum() + 1, cells));
		}
		if (header.isEmpty()) {
			errors.add(ImportError.ofFile(file, "the sheet is empty; the first row must be the header"));
			return null;
		}
		return new RawTable(file, List.copyOf(header), rows);
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		// Formulas are never evaluated: only the value the spreadsheet saved is read.
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
					: numeric(cell.getNumericCellValue());
			default -> cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
		};
	}

	private static String numeric(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(value);
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}
