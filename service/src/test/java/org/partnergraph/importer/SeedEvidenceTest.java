package org.partnergraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every evidence string of the seed names a section or table that the source document
 * has. The titles are kept in {@code import/seed/sections.txt}, in document order; a
 * title indented under another is a part of it. An evidence string is
 * {@code "CTIP Stakeholder Mapping SEA 2021, <section>"}, where a section is a title or
 * {@code "<title>: <title within it>"}, and several sections are separated by
 * {@code "; "}.
 */
class SeedEvidenceTest {

	private static final String SEED = "partnergraph/seed/";

	private static final String SOURCE = "CTIP Stakeholder Mapping SEA 2021, ";

	/** Where the source text is, seen from the service module of a checkout. */
	private static final Path SOURCE_TEXT = Path.of("../../shared/seed/ctip-stakeholder-mapping-sea-2021.txt");

	@Test
	void everyEvidenceStringNamesASectionOfTheSource() throws IOException {
		Map<String, String> parents = sections();
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (String file : List.of("stakeholders.csv", "links.csv")) {
			List<CSVRecord> rows = rows(file);
			for (CSVRecord row : rows) {
				String evidence = row.get("evidence");
				String where = file + " row " + (row.getRecordNumber() + 1) + ": " + evidence;
				if (!evidence.startsWith(SOURCE)) {
					wrong.add(where);
					continue;
				}
				for (String section : evidence.substring(SOURCE.length()).split("; ")) {
					if (!names(section, parents)) {
						wrong.add(where);
					}
				}
				checked++;
			}
		}
		assertThat(checked).as("evidence strings checked").isGreaterThan(130);
		assertThat(wrong).as("evidence naming a section the source does not have").isEmpty();
	}

	@Test
	void theMechanismsCiteTable1() throws IOException {
		String table1 = SOURCE
				+ "Table 1: National counter-trafficking action plans and mechanisms in ASEAN-ACT target countries";
		assertThat(rows("stakeholders.csv"))
			.filteredOn(
					row -> "MECHANISM".equals(row.get("sector")) || row.get("description").startsWith("Lead ministry"))
			.hasSize(15)
			.allSatisfy(row -> assertThat(row.get("evidence")).isEqualTo(table1));
		// The lead ministries' ties to the mechanisms (not the mechanisms' to their
		// plans).
		var mechanisms = rows("stakeholders.csv").stream()
			.filter(row -> "MECHANISM".equals(row.get("sector")))
			.map(row -> row.get("id"))
			.toList();
		assertThat(rows("links.csv")).filteredOn(row -> "LEADS".equals(row.get("type")))
			.filteredOn(row -> mechanisms.contains(row.get("to")))
			.hasSize(8)
			.allSatisfy(row -> assertThat(row.get("evidence")).isEqualTo(table1));
	}

	@Test
	void everyTitleIsALineOfTheSourceText() throws IOException {
		// The source is not part of the repository; where it is checked out beside it,
		// the list is held to it.
		assumeTrue(Files.isRegularFile(SOURCE_TEXT), "source text not present");
		List<String> lines = Files.readAllLines(SOURCE_TEXT, StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.toList();
		assertThat(lines).containsAll(sections().keySet());
	}

	private static boolean names(String section, Map<String, String> parents) {
		if (parents.containsKey(section)) {
			return true;
		}
		int colon = section.indexOf(": ");
		if (colon < 0) {
			return false;
		}
		String parent = section.substring(0, colon);
		String child = section.substring(colon + 2);
		return parents.containsKey(parent) && parent.equals(parents.get(child));
	}

	/** The titles, each with the title it is indented under ("" at the top level). */
	private static Map<String, String> sections() throws IOException {
		Map<String, String> parents = new LinkedHashMap<>();
		String top = "";
		for (String line : new String(open("sections.txt").readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			String title = line.strip();
			boolean indented = Character.isWhitespace(line.charAt(0));
			assertThat(parents).as("titles are unique").doesNotContainKey(title);
			parents.put(title, indented ? top : "");
			if (!indented) {
				top = title;
			}
		}
		assertThat(parents).hasSizeGreaterThan(20);
		return parents;
	}

	private static List<CSVRecord> rows(String file) throws IOException {
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(open(file), StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
	}

	private static InputStream open(String file) {
		InputStream in = SeedEvidenceTest.class.getClassLoader().getResourceAsStream(SEED + file);
		assertThat(in).as(SEED + file).isNotNull();
		return in;
	}

}
