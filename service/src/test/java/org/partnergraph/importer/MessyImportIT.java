package org.partnergraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Spreadsheets as people make them, through the HTTP import: what is read differently
 * from how the file shows it is a warning, what cannot be read is an error at its cell,
 * every error of every file comes in one answer, and nothing changes silently.
 */
class MessyImportIT extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theMessyCsvPairImportsWithWarningsAndReadsWhatTheCellsMean() throws Exception {
		byte[] stakeholders = resource("stakeholders.csv");
		byte[] links = resource("links.csv");
		Map<String, Object> dryRun = body(csv(stakeholders, links, true), 200);
		assertThat(dryRun).containsEntry("stakeholdersCreated", 5).containsEntry("linksCreated", 4);
		assertThat(warnings(dryRun)).containsExactly(
				List.of("stakeholders.csv", 4, "",
						"the column names are in row 4; rows 1 to 3 above them (a title or notes) are not imported"),
				List.of("stakeholders.csv", 7, "stakeholders!C7", "'NGO' is read as CSO (Civil society)"),
				List.of("stakeholders.csv", 9, "stakeholders!E9",
						"'Trafficking for begging' is not a known theme: the import creates it as "
								+ "trafficking-for-begging (Trafficking for begging)"),
				List.of("links.csv", 4, "links!C4", "'Funding' is read as FUNDS"));
		assertThat(snapshot().stakeholders()).isEmpty();

		Map<String, Object> done = body(csv(stakeholders, links, false), 200);
		assertThat(warnings(done)).isEqualTo(warnings(dryRun));
		NetworkSnapshot stored = snapshot();
		assertThat(stakeholder(stored, "kh-ncct").sector()).isEqualTo(Sector.MECHANISM);
		assertThat(stakeholder(stored, "kh-ncct").themes()).containsExactly("justice-capacity-building",
				"victim-identification");
		assertThat(stakeholder(stored, "th-msdhs").sector()).isEqualTo(Sector.STATE);
		assertThat(stakeholder(stored, "th-msdhs").themes()).containsExactly("psychosocial-support", "shelter");
		assertThat(stakeholder(stored, "ecpat").sector()).isEqualTo(Sector.CSO);
		assertThat(stakeholder(stored, "ecpat").themes()).containsExactly("online-child-sexual-exploitation");
		assertThat(stakeholder(stored, "mekong-club").sector()).isEqualTo(Sector.PRIVATE);
		assertThat(stakeholder(stored, "mekong-club").themes()).containsExactly("supply-chains");
		assertThat(stakeholder(stored, "safe-haven").sector()).isEqualTo(Sector.CSO);
		assertThat(stakeholder(stored, "safe-haven").themes()).containsExactly("male-victims", "shelter",
				"trafficking-for-begging");
		assertThat(stakeholder(stored, "safe-haven").evidence()).isEqualTo("Survey 2023");
		assertThat(count("MATCH (t:Theme {id: 'trafficking-for-begging', name: 'Trafficking for begging'}) "
				+ "RETURN count(t)"))
			.isEqualTo(1);

		LinkRecord collaborates = link(stored, "kh-ncct~COLLABORATES~th-msdhs");
		assertThat(collaborates.weight()).isEqualTo(1.5);
		assertThat(collaborates.confidence()).isEqualTo(0.8);
		assertThat(collaborates.start()).hasToString("2019-01-01");
		assertThat(link(stored, "ecpat~CONVENES~mekong-club").start()).hasToString("2020-06-01");
		LinkRecord funds = link(stored, "mekong-club~FUNDS~safe-haven");
		assertThat(funds.type()).isEqualTo(LinkType.FUNDS);
		assertThat(funds.weight()).isEqualTo(0.5);
		assertThat(funds.confidence()).isEqualTo(0.6);
		assertThat(link(stored, "safe-haven~DATA_PARTNERSHIP~th-msdhs").confidence()).isEqualTo(0.75);

		// Imported again, nothing changes, and the created theme is known now.
		Map<String, Object> again = body(csv(stakeholders, links, true), 200);
		assertThat(again).containsEntry("stakeholdersUnchanged", 5).containsEntry("linksUnchanged", 4);
		assertThat(warnings(again)).extracting(warning -> warning.get(3))
			.noneMatch(message -> message.toString().contains("not a known theme"));
	}

	@Test
	void theMessyWorkbookImportsWithMergedEvidenceOnEveryRowAndSavedFormulaValues() throws Exception {
		Map<String, Object> dryRun = body(workbook("messy.xlsx", MessyWorkbooks.messy(), true), 200);
		assertThat(warnings(dryRun)).containsExactly(
				List.of("messy.xlsx#stakeholders", 4, "",
						"the column names are in row 4; rows 1 to 3 above them (a title or notes) are not imported"),
				List.of("messy.xlsx#stakeholders", 6, "Stakeholders!H6",
						"column H has no name in the header (row 4): its 2 cells (Stakeholders!H6, Stakeholders!H8) "
								+ "are not imported"),
				List.of("messy.xlsx#stakeholders", 6, "Stakeholders!C6", "'NGO' is read as CSO (Civil society)"),
				List.of("messy.xlsx#stakeholders", 8, "Stakeholders!E8",
						"'Trafficking for begging' is not a known theme: the import creates it as "
								+ "trafficking-for-begging (Trafficking for begging)"),
				List.of("messy.xlsx#links", 2, "links!H2:H4",
						"links!H2:H4 is one merged cell: its value 'ASEAN-ACT annual report 2022, p. 14' is given to "
								+ "each of its 3 rows (2 to 4)"),
				List.of("messy.xlsx#links", 5, "links!D5",
						"'weight' is computed by a formula in cell (links!D5): the values the workbook saved are "
								+ "imported"));

		body(workbook("messy.xlsx", MessyWorkbooks.messy(), false), 200);
		NetworkSnapshot stored = snapshot();
		assertThat(stored.stakeholders()).extracting(StakeholderRecord::id)
			.containsExactlyInAnyOrder("kh-ncct", "ecpat", "asean-act", "mekong-club");
		assertThat(stakeholder(stored, "kh-ncct").themes()).containsExactly("justice-capacity-building",
				"victim-identification");
		assertThat(stakeholder(stored, "asean-act").sector()).isEqualTo(Sector.PROGRAMME);
		assertThat(stakeholder(stored, "mekong-club").themes()).containsExactly("supply-chains",
				"trafficking-for-begging");
		for (String to : List.of("kh-ncct", "ecpat", "mekong-club")) {
			LinkRecord link = stored.links()
				.stream()
				.filter(l -> l.from().equals("asean-act") && l.to().equals(to))
				.findFirst()
				.orElseThrow();
			assertThat(link.evidence()).as(to).isEqualTo("ASEAN-ACT annual report 2022, p. 14");
			assertThat(link.weight()).isEqualTo(1.5);
		}
		LinkRecord convenes = link(stored, "ecpat~CONVENES~mekong-club");
		assertThat(convenes.weight()).isEqualTo(3.0);
		assertThat(convenes.evidence()).isEqualTo("Mapping 2021");
		assertThat(link(stored, "asean-act~SUPPORTS~kh-ncct").start()).hasToString("2019-07-01");
	}

	@Test
	void theBrokenWorkbookListsEveryErrorOfBothSheetsAtItsCell() throws Exception {
		NetworkSnapshot before = snapshot();
		Map<String, Object> problem = body(workbook("broken.xlsx", MessyWorkbooks.broken(), true), 422);
		assertThat(errors(problem)).containsExactly(
				List.of("broken.xlsx#stakeholders", 2, "themes", "stakeholders!D2",
						"'Victim identifcation' is not a known theme; did you mean victim-identification "
								+ "(Victim identification)?"),
				List.of("broken.xlsx#stakeholders", 3, "id", "stakeholders!A3", "'id' is required"),
				List.of("broken.xlsx#stakeholders", 4, "sector", "stakeholders!C4",
						"'Government' could be JUSTICE, STATE (State agency), MECHANISM (National mechanism) or "
								+ "DONOR: write which one"),
				List.of("broken.xlsx#links", 2, "type", "links!C2",
						"'funded by' names the link from its other end: swap 'from' and 'to' and write FUNDS"),
				List.of("broken.xlsx#links", 3, "weight", "links!D3", TableBuilder.UNCALCULATED + " (=2*1)"),
				List.of("broken.xlsx#links", 3, "confidence", "links!E3", TableBuilder.UNCALCULATED + " (=3/5)"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aFileWithoutAHeaderDoesNotHideTheErrorsOfTheOther() throws Exception {
		String stakeholders = "kh-moj,Cambodia Ministry of Justice,JUSTICE\nacme,Acme,PRIVATE\n";
		String links = "from,to,type,start\nacme,kh-moj,PAYS,2020\nkh-moj,acme,SUPPORTS,2021-13\n";
		Map<String, Object> problem = body(
				csv(stakeholders.getBytes(StandardCharsets.UTF_8), links.getBytes(StandardCharsets.UTF_8), true), 422);
		// The links' ends are not checked against stakeholders that could not be read.
		assertThat(errors(problem)).containsExactly(List.of("stakeholders.csv", 1, "", "",
				"no row holds the column names (id, name, sector are required): put the column names in row 1; row 1 "
						+ "holds 'kh-moj | Cambodia Ministry of Justice | JUSTICE' (read with ',' (comma) as the "
						+ "separator)"),
				List.of("links.csv", 2, "type", "links!C2", "'PAYS' is not one of " + List.of(LinkType.values())),
				List.of("links.csv", 3, "start", "links!D3",
						"'2021-13' is not a date: write YYYY-MM-DD, YYYY-MM or " + "YYYY"));
	}

	@Test
	void anExtraColumnIsKeptWithAWarningAndWarningsComeBesideErrors() throws Exception {
		// An extra column became a custom attribute (issue 14) instead of an error.
		String stakeholders = "id,name,sector,notes\nngo-1,An NGO,NGO,ask Dara\nbad,Bad,Nonsense,\n";
		Map<String, Object> problem = body(csv(stakeholders.getBytes(StandardCharsets.UTF_8), null, true), 422);
		assertThat(errors(problem)).containsExactly(List.of("stakeholders.csv", 3, "sector", "stakeholders!C3",
				"'Nonsense' is not one of " + List.of(Sector.values())));
		assertThat(warnings(problem)).containsExactly(List.of("stakeholders.csv", 1, "stakeholders!D1",
				"column 'notes' is not an import column: kept as the custom attribute 'notes' of each stakeholder"),
				List.of("stakeholders.csv", 2, "stakeholders!C2", "'NGO' is read as CSO (Civil society)"));
	}

	private MockMultipartHttpServletRequestBuilder csv(byte[] stakeholders, byte[] links, boolean dryRun) {
		var request = multipart("/api/v1/imports").param("dryRun", Boolean.toString(dryRun));
		if (stakeholders != null) {
			request.file(new MockMultipartFile("stakeholders", "stakeholders.csv", "text/csv", stakeholders));
		}
		if (links != null) {
			request.file(new MockMultipartFile("links", "links.csv", "text/csv", links));
		}
		return request;
	}

	private MockMultipartHttpServletRequestBuilder workbook(String name, byte[] bytes, boolean dryRun) {
		return multipart("/api/v1/imports").param("dryRun", Boolean.toString(dryRun))
			.file(new MockMultipartFile("workbook", name, null, bytes));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> body(MockMultipartHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(text).isEqualTo(status);
		return JSON.readValue(text, Map.class);
	}

	/** Each warning as [file, row, cell, message], with "" for null. */
	@SuppressWarnings("unchecked")
	private static List<List<Object>> warnings(Map<String, Object> body) {
		return ((List<Map<String, Object>>) body.get("warnings")).stream()
			.map(w -> List.<Object>of(w.get("file"), orEmpty(w.get("row")), orEmpty(w.get("cell")), w.get("message")))
			.toList();
	}

	/** Each error as [file, row, column, cell, message], with "" for null. */
	@SuppressWarnings("unchecked")
	private static List<List<Object>> errors(Map<String, Object> body) {
		return ((List<Map<String, Object>>) body.get("errors")).stream()
			.map(e -> List.<Object>of(e.get("file"), orEmpty(e.get("row")), orEmpty(e.get("column")),
					orEmpty(e.get("cell")), e.get("message")))
			.toList();
	}

	private static Object orEmpty(Object value) {
		return value == null ? "" : value;
	}

	private static StakeholderRecord stakeholder(NetworkSnapshot snapshot, String id) {
		return snapshot.stakeholders().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	private static LinkRecord link(NetworkSnapshot snapshot, String id) {
		return snapshot.links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = MessyImportIT.class.getResourceAsStream("/import/messy/" + name)) {
			return in.readAllBytes();
		}
	}

}
