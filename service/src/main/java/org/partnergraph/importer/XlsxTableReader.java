package org.partnergraph.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the {@code stakeholders} and {@code links} sheets of an XLSX workbook into text
 * cells, row by row with POI's streaming (SAX) reader, so a workbook is never held in
 * memory as a whole: the sheet names are checked before any sheet is read, a sheet whose
 * header cannot be used stops after its first row, and one with too many rows stops at
 * the limit. POI's zip-bomb guard stays on, so a workbook that inflates far beyond its
 * size is refused.
 */
final class XlsxTableReader {

	static {
		// POI's zip-bomb guards, stated rather than left to defaults: a part may not
		// inflate more than
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
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(workbook);
			// Where each sheet is, by name, read from the workbook part alone.
			Map<String, String> sheets = new LinkedHashMap<>();
			var iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (iterator.hasNext()) {
				try (InputStream ignored = iterator.next()) {
					sheets.put(iterator.getSheetName(), iterator.getSheetPart().getPartName().getName());
				}
			}
			String stakeholders = find(sheets, Columns.STAKEHOLDERS_SHEET);
			String links = find(sheets, Columns.LINKS_SHEET);
			if (stakeholders == null || links == null) {
				errors.add(ImportError.ofFile(file, "the workbook needs the sheets 'stakeholders' and 'links'; it has "
						+ List.copyOf(sheets.keySet())));
				return null;
			}
			var strings = new ReadOnlySharedStringsTable(workbook, false);
			StylesTable styles = reader.getStylesTable();
			RawTable first = table(file + "#" + Columns.STAKEHOLDERS_SHEET, workbook, stakeholders, strings, styles,
					Columns.STAKEHOLDERS, Columns.STAKEHOLDERS_REQUIRED, errors);
			RawTable second = table(file + "#" + Columns.LINKS_SHEET, workbook, links, strings, styles, Columns.LINKS,
					Columns.LINKS_REQUIRED, errors);
			return (first == null || second == null) ? null : List.of(first, second);
		}
		catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException ex) {
			// POI signals a zip bomb, a non-XLSX file and a corrupt package with assorted
			// exceptions.
			errors.add(ImportError.ofFile(file, "not a readable XLSX workbook: " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage()))));
			return null;
		}
	}

	private static String find(Map<String, String> sheets, String name) {
		for (var sheet : sheets.entrySet()) {
			if (sheet.getKey().strip().equalsIgnoreCase(name)) {
				return sheet.getValue();
			}
		}
		return null;
	}

	private RawTable table(String file, OPCPackage workbook, String partName, ReadOnlySharedStringsTable strings,
			StylesTable styles, List<String> allowed, List<String> required, List<ImportError> errors)
			throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
		var rows = new Rows(file, allowed, required, this.limits.maxRows());
		XMLReader parser = XMLHelper.newXMLReader();
		// Formulas are never evaluated: only the value the spreadsheet saved is read.
		parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainFormatter(), false));
		var part = workbook.getPart(PackagingURIHelper.createPartName(partName));
		try (InputStream sheet = part.getInputStream()) {
			parser.parse(new InputSource(sheet));
		}
		catch (StopReading stop) {
			// The rest of the sheet could not change the answer.
		}
		if (rows.header == null) {
			errors.add(ImportError.ofFile(file, "the sheet is empty; the first row must be the header"));
			return null;
		}
		if (rows.tooMany) {
			errors.add(ImportError.ofFile(file, "more than " + this.limits.maxRows() + " data rows"));
			return null;
		}
		return new RawTable(file, List.copyOf(rows.header), rows.rows);
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	/**
	 * Collects a sheet's rows as the parser streams them, and stops it when reading on is
	 * useless.
	 */
	private static final class Rows implements SheetContentsHandler {

		private final String file;

		private final List<String> allowed;

		private final List<String> required;

		private final int maxRows;

		private List<String> header;

		private final List<RawTable.Row> rows = new ArrayList<>();

		private Map<Integer, String> current;

		private boolean tooMany;

		Rows(String file, List<String> allowed, List<String> required, int maxRows) {
			this.file = file;
			this.allowed = allowed;
			this.required = required;
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			this.current = new LinkedHashMap<>();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			if (reference != null && value != null) {
				this.current.put((int) new CellReference(reference).getCol(), value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (this.header == null) {
				var names = new ArrayList<String>();
				int last = this.current.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
				for (int c = 0; c <= last; c++) {
					names.add(this.current.getOrDefault(c, "").strip().toLowerCase(Locale.ROOT));
				}
				while (!names.isEmpty() && names.getLast().isEmpty()) {
					names.removeLast();
				}
				if (names.isEmpty()) {
					return;
				}
				this.header = names;
				// A header the import refuses makes every row useless: stop here, the
				// validator says why.
				if (!RowValidator.headerErrors(this.file, names, this.allowed, this.required).isEmpty()) {
					throw new StopReading();
				}
				return;
			}
			var cells = new LinkedHashMap<String, String>();
			boolean blank = true;
			for (int c = 0; c < this.header.size(); c++) {
				String value = this.current.getOrDefault(c, "");
				blank &= value.isBlank();
				cells.put(this.header.get(c), value);
			}
			if (blank) {
				return;
			}
			if (this.rows.size() >= this.maxRows) {
				this.tooMany = true;
				throw new StopReading();
			}
			this.rows.add(new RawTable.Row(rowNum + 1, cells));
		}

	}

	/** Thrown from the parser's callbacks to stop reading a sheet. */
	private static final class StopReading extends RuntimeException {

		StopReading() {
			super(null, null, false, false);
		}

	}

	/**
	 * Cell values as the import reads them: dates as ISO dates, whole numbers without a
	 * decimal point, other numbers in full; never as the sheet's display format would
	 * round them.
	 */
	private static final class PlainFormatter extends DataFormatter {

		PlainFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return Double.toString(value);
		}

	}

}
