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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the {@code stakeholders} and {@code links} sheets of an XLSX workbook into text
 * cells, row by row with POI's streaming (SAX) reader, so a workbook is never held in
 * memory as a whole: the sheet names are checked before any sheet is read, a sheet whose
 * header lacks a required column stops after its header, and one with too many rows stops
 * at the limit. POI's zip-bomb guard stays on, so a workbook that inflates far beyond its
 * size is refused.
 *
 * <p>
 * Nothing is lost silently: a formula's saved value is read with a warning, a formula
 * with no saved value (what scripts write) is an error at its cell, and a merged cell's
 * value is given to every row it covers, with a warning.
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

	/**
	 * Returns the two sheets, stakeholders first (either marked unreadable when it could
	 * not be used), or null after adding errors when the workbook cannot be read at all.
	 */
	List<RawTable> read(String file, byte[] bytes, List<ImportError> errors) {
		return read(file, bytes, errors, new ArrayList<>());
	}

	List<RawTable> read(String file, byte[] bytes, List<ImportError> errors, List<ImportWarning> warnings) {
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
			boolean recalculateOnOpen = asksForRecalculation(reader);
			var first = new Sheet(file, sheetName(sheets, stakeholders), stakeholders, ImportTable.STAKEHOLDERS);
			var second = new Sheet(file, sheetName(sheets, links), links, ImportTable.LINKS);
			RawTable stakeholderTable = table(first, workbook, strings, styles, recalculateOnOpen, errors, warnings);
			RawTable linkTable = table(second, workbook, strings, styles, recalculateOnOpen, errors, warnings);
			// More rows than the limit is a refusal of the workbook, not of one sheet.
			return (stakeholderTable == null || linkTable == null) ? null : List.of(stakeholderTable, linkTable);
		}
		catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException ex) {
			// POI signals a zip bomb, a non-XLSX file and a corrupt package with assorted
			// exceptions.
			errors.add(ImportError.ofFile(file, "not a readable XLSX workbook: " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage()))));
			return null;
		}
	}

	private record Sheet(String workbook, String name, String partName, ImportTable table) {

		String file() {
			return this.workbook + "#" + this.table.sheet();
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

	private static String sheetName(Map<String, String> sheets, String partName) {
		return sheets.entrySet()
			.stream()
			.filter(sheet -> sheet.getValue().equals(partName))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Whether the workbook asks to be recalculated when opened ({@code fullCalcOnLoad}),
	 * as the scripts and libraries that write formulas without calculating them do: its
	 * saved formula values are then placeholders (often 0), not results.
	 */
	private static boolean asksForRecalculation(XSSFReader reader)
			throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
		var found = new boolean[1];
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("calcPr".equals(localName)) {
					String full = attributes.getValue("fullCalcOnLoad");
					found[0] = "1".equals(full) || "true".equalsIgnoreCase(full);
				}
			}
		});
		try (InputStream part = reader.getWorkbookData()) {
			parser.parse(new InputSource(part));
		}
		return found[0];
	}

	/** The sheet as a table, or null when it has more rows than the limit. */
	private RawTable table(Sheet sheet, OPCPackage workbook, ReadOnlySharedStringsTable strings, StylesTable styles,
			boolean recalculateOnOpen, List<ImportError> errors, List<ImportWarning> warnings)
			throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
		var builder = new TableBuilder(sheet.file(), sheet.name(), sheet.table(), this.limits.maxRows(), false, errors,
				warnings);
		var handler = new SheetHandler(builder, recalculateOnOpen);
		XMLReader parser = XMLHelper.newXMLReader();
		// Formulas are never evaluated: only the value the spreadsheet saved is read.
		handler.delegate = new XSSFSheetXMLHandler(styles, null, strings, handler, new PlainFormatter(), false);
		parser.setContentHandler(handler);
		var part = workbook.getPart(PackagingURIHelper.createPartName(sheet.partName()));
		try (InputStream in = part.getInputStream()) {
			parser.parse(new InputSource(in));
		}
		catch (StopReading stop) {
			// The rest of the sheet could not change the answer.
		}
		// Merged cells are listed after the rows in the sheet's XML, so they are applied
		// once the rows are read; a sheet whose reading stopped early has no rows to
		// fill.
		builder.fillMerged(handler.merged);
		RawTable table = builder.build("the sheet is empty; the first row must be the header");
		return builder.overLimit() ? null : table;
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	/**
	 * Streams a sheet's XML to POI's cell reader and watches what that reader does not
	 * report: whether a cell holds a formula, whether the formula has a saved value, and
	 * the merged cells. Rows go to the {@link TableBuilder} as they end.
	 */
	private static final class SheetHandler extends DefaultHandler implements SheetContentsHandler {

		private final TableBuilder builder;

		private final boolean recalculateOnOpen;

		private final List<CellRangeAddress> merged = new ArrayList<>();

		private XSSFSheetXMLHandler delegate;

		private TableBuilder.SourceRow row;

		private String cellReference;

		private String cellType;

		private boolean inFormula;

		private final StringBuilder formula = new StringBuilder();

		private boolean hasFormula;

		private String value;

		SheetHandler(TableBuilder builder, boolean recalculateOnOpen) {
			this.builder = builder;
			this.recalculateOnOpen = recalculateOnOpen;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			switch (localName) {
				case "c" -> {
					this.cellReference = attributes.getValue("r");
					this.cellType = attributes.getValue("t");
					this.hasFormula = false;
					this.formula.setLength(0);
					this.value = null;
				}
				case "f" -> {
					this.hasFormula = true;
					this.inFormula = true;
				}
				case "mergeCell" -> {
					String ref = attributes.getValue("ref");
					if (ref != null && ref.contains(":")) {
						this.merged.add(CellRangeAddress.valueOf(ref));
					}
				}
				default -> {
				}
			}
			this.delegate.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (this.inFormula) {
				this.formula.append(ch, start, length);
			}
			this.delegate.characters(ch, start, length);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			if ("f".equals(localName)) {
				this.inFormula = false;
			}
			if ("c".equals(localName) && this.cellReference != null && this.row != null) {
				endCell();
			}
			this.delegate.endElement(uri, localName, qName);
		}

		private void endCell() {
			int column = new CellReference(this.cellReference).getCol();
			// No value, or an empty one where only text may be empty (a formula whose
			// result is "" is saved as an empty string, type str), is no saved result.
			boolean saved = this.value != null && (!this.value.isEmpty() || "str".equals(this.cellType));
			if (this.hasFormula && (!saved || this.recalculateOnOpen)) {
				this.row.special(column, TableBuilder.Special.Kind.UNCALCULATED, this.formula.toString().strip());
			}
			else if ("e".equals(this.cellType) && saved) {
				this.row.special(column, TableBuilder.Special.Kind.ERROR_VALUE, this.value.replaceFirst("^ERROR:", ""));
			}
			else if (saved) {
				this.row.cells.put(column, this.value);
				if (this.hasFormula) {
					this.row.special(column, TableBuilder.Special.Kind.FORMULA, this.formula.toString().strip());
				}
			}
			this.cellReference = null;
		}

		@Override
		public void startRow(int rowNum) {
			this.row = new TableBuilder.SourceRow(rowNum + 1);
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			// Kept until the cell's end, when whether it holds a formula is known.
			this.value = value;
		}

		@Override
		public void endRow(int rowNum) {
			if (!this.builder.accept(this.row)) {
				throw new StopReading();
			}
			this.row = null;
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
