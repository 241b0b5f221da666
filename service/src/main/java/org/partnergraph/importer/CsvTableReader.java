package org.partnergraph.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one RFC 4180 CSV file of the import format into text cells. It accepts a UTF-8
 * byte-order mark and CRLF line ends, and reports anything else it cannot read as an
 * {@link ImportError}.
 */
final class CsvTableReader {

	private final ImportLimits limits;

	CsvTableReader(ImportLimits limits) {
		this.limits = limits;
	}

	RawTable read(String file, byte[] bytes, List<ImportError> errors) {
		if (bytes.length > this.limits.maxFileSize().toBytes()) {
			errors.add(ImportError.ofFile(file, "file is " + bytes.length + " bytes; the limit is "
					+ this.limits.maxFileSize().toBytes() + " bytes"));
			return null;
		}
		String text = decodeUtf8(file, bytes, errors);
		if (text == null) {
			return null;
		}
		var format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
		var header = new ArrayList<String>();
		var rows = new ArrayList<RawTable.Row>();
		long lastRecord = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				lastRecord = record.getRecordNumber();
				if (header.isEmpty()) {
					record.forEach(name -> header.add(name.strip().toLowerCase(Locale.ROOT)));
					continue;
				}
				int rowNumber = (int) record.getRecordNumber();
				if (rows.size() >= this.limits.maxRows()) {
					errors.add(ImportError.ofFile(file, "more than " + this.limits.maxRows() + " data rows"));
					return null;
				}
				if (record.size() != header.size()) {
					errors.add(new ImportError(file, rowNumber, null,
							"expected " + header.size() + " cells as in the header, found " + record.size()));
					continue;
				}
				var cells = new LinkedHashMap<String, String>();
				for (int i = 0; i < header.size(); i++) {
					cells.put(header.get(i), record.get(i));
				}
				rows.add(new RawTable.Row(rowNumber, cells));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// commons-csv reports an unclosed quote or text after a closing quote this
			// way.
			errors.add(new ImportError(file, (int) lastRecord + 1, null, "malformed CSV: " + rootMessage(ex)));
			return null;
		}
		if (header.isEmpty()) {
			errors.add(ImportError.ofFile(file, "the file is empty; the first row must be the header"));
			return null;
		}
		return new RawTable(file, List.copyOf(header), rows);
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
