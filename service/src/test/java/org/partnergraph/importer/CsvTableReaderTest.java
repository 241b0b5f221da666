package org.partnergraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The CSV reader: separators, title rows, byte-order marks and what it cannot read. */
class CsvTableReaderTest {

	private static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(20), 200_000, 10_000, 100_000);

	private final List<ImportError> errors = new ArrayList<>();

	private final List<ImportWarning> warnings = new ArrayList<>();

	private RawTable read(String file, String text, ImportTable table) {
		return read(file, text.getBytes(StandardCharsets.UTF_8), table);
	}

	private RawTable read(String file, byte[] bytes, ImportTable table) {
		return new CsvTableReader(LIMITS).read(file, bytes, table, this.errors, this.warnings);
	}

	@Test
	void findsTheSeparatorFromTheHeader() {
		for (String separator : List.of(",", ";", "\t")) {
			String name = ",".equals(separator) ? "\"Alpha, Ltd\"" : "Alpha, Ltd";
			String csv = String.join(separator, "id", "name", "sector") + "\n"
					+ String.join(separator, "a", name, "CSO") + "\n";
			RawTable table = read("s.csv", csv, ImportTable.STAKEHOLDERS);
			assertThat(this.errors).as(separator).isEmpty();
			assertThat(table.header()).containsExactly("id", "name", "sector");
			assertThat(table.rows().getFirst().get("name")).isEqualTo("Alpha, Ltd");
			assertThat(table.decimalComma()).isEqualTo(";".equals(separator));
		}
	}

	@Test
	void readsTheMessyPairByteOrderMarkCrlfTitleRowsAndSemicolons() throws IOException {
		RawTable stakeholders = read("stakeholders.csv", resource("stakeholders.csv"), ImportTable.STAKEHOLDERS);
		RawTable links = read("links.csv", resource("links.csv"), ImportTable.LINKS);
		assertThat(this.errors).isEmpty();
		assertThat(stakeholders.headerRow()).isEqualTo(4);
		assertThat(stakeholders.header()).containsExactly("id", "name", "sector", "countries", "themes", "evidence");
		assertThat(stakeholders.rows()).extracting(RawTable.Row::number).containsExactly(5, 6, 7, 8, 9);
		assertThat(stakeholders.rows().get(1).get("themes")).isEqualTo("shelter; Psychosocial Support");
		assertThat(stakeholders.rows().get(4).get("evidence")).isEqualTo("Survey 2023");
		assertThat(links.decimalComma()).isTrue();
		assertThat(links.rows().getFirst().get("weight")).isEqualTo("1,5");
		assertThat(this.warnings).singleElement().satisfies(warning -> {
			assertThat(warning.file()).isEqualTo("stakeholders.csv");
			assertThat(warning.row()).isEqualTo(4);
			assertThat(warning.message())
				.isEqualTo("the column names are in row 4; rows 1 to 3 above them (a title or notes) are not imported");
		});
	}

	@Test
	void withoutAHeaderRowSaysToPutTheColumnNamesInRowOneAndWhichSeparatorItUsed() {
		RawTable table = read("links.csv", "acme|safe-house|FUNDS\nacme|kh-moj|SUPPORTS\n", ImportTable.LINKS);
		assertThat(table.readable()).isFalse();
		assertThat(this.errors).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(1);
			assertThat(error.message()).isEqualTo("no row holds the column names (from, to, type are required): put "
					+ "the column names in row 1; row 1 holds 'acme|safe-house|FUNDS' (read with ',' (comma) as the "
					+ "separator)");
		});
	}

	@Test
	void aMalformedFileSaysWhichSeparatorItUsed() {
		read("s.csv", "id;name;sector\na;\"Alpha;CSO\n", ImportTable.STAKEHOLDERS);
		assertThat(this.errors).singleElement()
			.satisfies(error -> assertThat(error.message())
				.startsWith("malformed CSV (read with ';' (semicolon) as the separator)"));
	}

	@Test
	void rowNumbersCountEmptyLinesAsASpreadsheetDoes() {
		RawTable table = read("s.csv", "id,name,sector\n\na,Alpha,CSO\n\n\nb,Beta,CSO\n", ImportTable.STAKEHOLDERS);
		assertThat(table.rows()).extracting(RawTable.Row::number).containsExactly(3, 6);
	}

	@Test
	void cellsOfAColumnWithNoNameAreLeftOutWithAWarning() {
		RawTable table = read("s.csv", "id,name,sector,\na,Alpha,CSO,call Dara\nb,Beta,CSO,\n",
				ImportTable.STAKEHOLDERS);
		assertThat(this.errors).isEmpty();
		assertThat(table.rows().getFirst().cells()).containsOnlyKeys("id", "name", "sector");
		assertThat(this.warnings).singleElement().satisfies(warning -> {
			assertThat(warning.cell()).isEqualTo("s!D2");
			assertThat(warning.message())
				.isEqualTo("column D has no name in the header (row 1): its cell (s!D2) is not imported");
		});
	}

	@Test
	void rowsMayDifferFromTheHeaderInEmptyTrailingCellsOnly() {
		RawTable table = read("s.csv", "id,name,sector,,\na,Alpha,CSO\nb,Beta,CSO,,,\nc,Gamma\nd,Delta,CSO,,,x\n",
				ImportTable.STAKEHOLDERS);
		assertThat(table.rows()).extracting(RawTable.Row::number).containsExactly(2, 3);
		assertThat(this.errors).extracting(ImportError::row, ImportError::message)
			.containsExactly(tuple(4, "expected 5 cells as in the header, found 2"),
					tuple(5, "expected 5 cells as in the header, found 6"));
	}

	@Test
	void anExtraColumnIsKeptAsACustomAttributeAndAMisspeltOneIsRefused() {
		// An extra column became a custom attribute (issue 14) instead of an error.
		RawTable table = read("s.csv", "id,name,sector,notes,evidense,from\na,Alpha,CSO,x,y,z\n",
				ImportTable.STAKEHOLDERS);
		assertThat(table.rows()).hasSize(1);
		assertThat(RowValidator.customColumns(table, Columns.STAKEHOLDERS)).containsExactly("notes");
		assertThat(RowValidator.headerErrors(table, Columns.STAKEHOLDERS, Columns.STAKEHOLDERS_REQUIRED))
			.extracting(ImportError::cell, ImportError::message)
			.containsExactly(
					tuple("s!E1",
							"unknown column 'evidense'; did you mean 'evidence'? the columns are "
									+ Columns.STAKEHOLDERS),
					tuple("s!F1", "unknown column 'from'; the columns are " + Columns.STAKEHOLDERS));
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = CsvTableReaderTest.class.getResourceAsStream("/import/messy/" + name)) {
			return in.readAllBytes();
		}
	}

}
