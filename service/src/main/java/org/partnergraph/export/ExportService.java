package org.partnergraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.partnergraph.importer.Columns;
import org.partnergraph.store.CustomAttributes;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.SpreadsheetText;
import org.partnergraph.store.StakeholderRecord;
import org.springframework.stereotype.Service;

/**
 * Writes the stored network out: in the import format (CSV, XLSX), and as GraphML and
 * GEXF for Gephi. Spreadsheet formats have formula-like text neutralised.
 */
@Service
public class ExportService {

	/** Link columns written as numbers and dates in a workbook. */
	private static final Set<String> NUMBER_COLUMNS = Set.of("weight", "confidence");

	private static final Set<String> DATE_COLUMNS = Set.of("start", "end");

	private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("0|-?[1-9][0-9]{0,14}");

	/** Long descriptions wrap at this width rather than pushing the rest off screen. */
	private static final int MAX_COLUMN_CHARACTERS = 60;

	private final GraphStore store;

	ExportService(GraphStore store) {
		this.store = store;
	}

	public NetworkSnapshot snapshot() {
		return this.store.readAll();
	}

	public byte[] stakeholdersCsv(NetworkSnapshot network) {
		List<String> custom = stakeholderAttributes(network);
		return csv(columns(Columns.STAKEHOLDERS, custom), network.stakeholders(),
				s -> withCustom(stakeholderCells(s), s.attributes(), custom));
	}

	public byte[] linksCsv(NetworkSnapshot network) {
		List<String> custom = linkAttributes(network);
		return csv(columns(Columns.LINKS, custom), network.links(),
				l -> withCustom(linkCells(l), l.attributes(), custom));
	}

	/** The custom attribute names of the stakeholders, sorted: extra export columns. */
	static List<String> stakeholderAttributes(NetworkSnapshot network) {
		return CustomAttributes.names(network.stakeholders().stream().map(StakeholderRecord::attributes).toList());
	}

	static List<String> linkAttributes(NetworkSnapshot network) {
		return CustomAttributes.names(network.links().stream().map(LinkRecord::attributes).toList());
	}

	private static List<String> columns(List<String> format, List<String> custom) {
		var columns = new ArrayList<>(format);
		columns.addAll(custom);
		return columns;
	}

	private static List<String> withCustom(List<String> cells, java.util.Map<String, String> attributes,
			List<String> custom) {
		var all = new ArrayList<>(cells);
		custom.forEach(name -> all.add(attributes.get(name)));
		return all;
	}

	public byte[] xlsx(NetworkSnapshot network) {
		// The streaming workbook keeps memory flat on large networks.
		try (var workbook = new SXSSFWorkbook(500); var out = new ByteArrayOutputStream()) {
			List<String> stakeholderCustom = stakeholderAttributes(network);
			List<String> linkCustom = linkAttributes(network);
			sheet(workbook, Columns.STAKEHOLDERS_SHEET, columns(Columns.STAKEHOLDERS, stakeholderCustom),
					Columns.STAKEHOLDERS.size(), network.stakeholders(),
					s -> withCustom(stakeholderCells(s), s.attributes(), stakeholderCustom));
			sheet(workbook, Columns.LINKS_SHEET, columns(Columns.LINKS, linkCustom), Columns.LINKS.size(),
					network.links(), l -> withCustom(linkCells(l), l.attributes(), linkCustom));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One sheet in the import format, as a person would make it: numbers as numbers and
	 * dates as dates (the import reads both back to the same values), the header row bold
	 * and frozen, and each column as wide as its longest value up to a limit.
	 */
	private static <T> void sheet(SXSSFWorkbook workbook, String name, List<String> columns, int formatColumns,
			List<T> records, Function<T, List<String>> cells) {
		var sheet = workbook.createSheet(name);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		int[] widths = new int[columns.size()];
		var header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			var cell = header.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(bold);
			widths[i] = columns.get(i).length();
		}
		sheet.createFreezePane(0, 1);
		int rowNumber = 1;
		for (T record : records) {
			var row = sheet.createRow(rowNumber++);
			List<String> values = cells.apply(record);
			for (int i = 0; i < values.size(); i++) {
				String value = values.get(i);
				if (value == null) {
					continue;
				}
				var cell = row.createCell(i);
				String column = columns.get(i);
				// A custom attribute that is a whole number is a number (the import reads
				// it
				// back as the same digits); other custom values stay text.
				if ((i < formatColumns && NUMBER_COLUMNS.contains(column))
						|| (i >= formatColumns && WHOLE_NUMBER.matcher(value).matches())) {
					cell.setCellValue(Double.parseDouble(value));
				}
				else if (i < formatColumns && DATE_COLUMNS.contains(column)) {
					cell.setCellValue(LocalDate.parse(value));
					cell.setCellStyle(date);
				}
				else {
					value = SpreadsheetText.neutralise(value);
					cell.setCellValue(value);
				}
				widths[i] = Math.max(widths[i], value.length());
			}
		}
		for (int i = 0; i < widths.length; i++) {
			// Width in 1/256 of a character, with room for the filter button.
			sheet.setColumnWidth(i, Math.min(widths[i] + 3, MAX_COLUMN_CHARACTERS) * 256);
		}
	}

	private static <T> byte[] csv(List<String> columns, List<T> records, Function<T, List<String>> cells) {
		var out = new ByteArrayOutputStream();
		try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
			for (T record : records) {
				var values = new ArrayList<String>();
				cells.apply(record).forEach(value -> values.add(SpreadsheetText.neutralise(value)));
				printer.printRecord(values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static List<String> stakeholderCells(StakeholderRecord s) {
		return java.util.Arrays.asList(s.id(), s.name(), s.sector().name(), s.acronym(), join(s.aliases()),
				s.subsector(), s.level() == null ? null : s.level().name(), join(s.countries()), join(s.themes()),
				s.website(), s.description(), s.evidence(), s.confidentiality().name());
	}

	static List<String> linkCells(LinkRecord l) {
		return java.util.Arrays.asList(l.id(), l.from(), l.to(), l.type().name(), number(l.weight()),
				l.start() == null ? null : l.start().toString(), l.end() == null ? null : l.end().toString(),
				l.status().name(), l.evidence(), l.confidence() == null ? null : number(l.confidence()),
				l.confidentiality().name());
	}

	private static String join(List<String> values) {
		return values.isEmpty() ? null : String.join(Columns.LIST_SEPARATOR, values);
	}

	static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}

}
