package org.partnergraph.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one RFC 4180 CSV file of the import format into text cells. It finds the
 * separator (comma, semicolon or tab: spreadsheet programs save CSV with semicolons where
 * the decimal mark is a comma) from the header row, which may sit under a title or notes;
 * it accepts a UTF-8 byte-order mark and CRLF line ends, and reports anything else it
 * cannot read as an {@link ImportError} that names the separator it used.
 */
final class CsvTableReader {

	private static final char[] SEPARATORS = { ',', ';', '\t' };

	private final ImportLimits limits;

	// Across the files of one import, so that links share the ids of the stakeholders
	// file.
	private final SharedTexts texts = new SharedTexts();

	CsvTableReader(ImportLimits limits) {
		this.limits = limits;
	}

	/**
	 * Returns the table, or one marked unreadable after adding the errors that say why.
	 */
	RawTable read(String file, byte[] bytes, ImportTable table, List<ImportError> errors,
			List<ImportWarning> warnings) {
		String sheet = sheetName(file);
		if (bytes.length > this.limits.maxFileSize().toBytes()) {
			errors.add(ImportError.ofFile(file, "file is " + bytes.length + " bytes; the limit is "
					+ this.limits.maxFileSize().toBytes() + " bytes"));
			return RawTable.unreadable(file, sheet);
		}
		String text = decodeUtf8(file, bytes, errors);
		if (text == null) {
			return RawTable.unreadable(file, sheet);
		}
		char separator = separator(text, table);
		var builder = new TableBuilder(file, sheet, table, this.limits.maxRows(), separator == ';', errors, warnings);
		builder.describeReading(" (read with " + describe(separator) + " as the separator)");
		long lastRecord = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format(separator))) {
			for (CSVRecord record : parser) {
				lastRecord = record.getRecordNumber();
				var row = new TableBuilder.SourceRow((int) lastRecord);
				row.width = record.size();
				for (int i = 0; i < record.size(); i++) {
					row.cells.put(i, this.texts.share(record.get(i)));
				}
				if (!builder.accept(row)) {
					break;
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// commons-csv reports an unclosed quote or text after a closing quote this
			// way.
			errors.add(new ImportError(file, (int) lastRecord + 1, null,
					"malformed CSV (read with " + describe(separator) + " as the separator): " + rootMessage(ex)));
			return RawTable.unreadable(file, sheet);
		}
		return builder.build("the file is empty; the first row must be the header");
	}

	/**
	 * Empty lines are kept as (blank) records so that record numbers stay the row numbers
	 * a spreadsheet shows.
	 */
	private static CSVFormat format(char separator) {
		return CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
	}

	/**
	 * The separator with which a row among the first ones holds every required column;
	 * failing that, the one that finds the most column names; failing that, the one the
	 * first line holds most of. A comma wins ties.
	 */
	static char separator(String text, ImportTable table) {
		List<String> lines = text.lines()
			.filter(line -> !line.isBlank())
			.limit(TableBuilder.HEADER_SEARCH_ROWS)
			.toList();
		if (lines.isEmpty()) {
			return ',';
		}
		char best = 0;
		int bestKnown = 0;
		for (char separator : SEPARATORS) {
			for (String line : lines) {
				List<String> names = split(line, separator);
				if (names.containsAll(table.required())) {
					return separator;
				}
				int known = (int) names.stream().distinct().filter(table.columns()::contains).count();
				if (known > bestKnown) {
					best = separator;
					bestKnown = known;
				}
			}
		}
		if (best != 0) {
			return best;
		}
		String first = lines.getFirst();
		char most = ',';
		long mostCount = first.chars().filter(c -> c == ',').count();
		for (char separator : SEPARATORS) {
			long count = first.chars().filter(c -> c == separator).count();
			if (count > mostCount) {
				most = separator;
				mostCount = count;
			}
		}
		return most;
	}

	private static List<String> split(String line, char separator) {
		var names = new ArrayList<String>();
		try (CSVParser parser = CSVParser.parse(line, format(separator))) {
			for (CSVRecord record : parser) {
				record.forEach(name -> names.add(name.strip().toLowerCase(Locale.ROOT)));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// A line this separator cannot split is not the header for it.
		}
		return names;
	}

	private static String describe(char separator) {
		return switch (separator) {
			case ';' -> "';' (semicolon)";
			case '\t' -> "a tab";
			default -> "',' (comma)";
		};
	}

	/** The name a spreadsheet program gives the sheet when it opens the file. */
	private static String sheetName(String file) {
		String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
		return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
	}

	private static String decodeUtf8(String file, byte[] bytes, List<ImportError> errors) {
		int start = (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) ? 3 : 0;
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		}
		catch (CharacterCodingException ex) {
			errors.add(new ImportError(file, firstBadRow(bytes, start), null,
					"the file is not UTF-8 text; save it as CSV UTF-8"));
			return null;
		}
	}

	/**
	 * The line of the first byte that is not valid UTF-8, so the error points somewhere
	 * useful.
	 */
	private static int firstBadRow(byte[] bytes, int start) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int line = 1;
		int lineStart = start;
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				try {
					decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
				}
				catch (CharacterCodingException ex) {
					return line;
				}
				line++;
				lineStart = i + 1;
			}
		}
		return line;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
