package org.partnergraph.importer;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import warns, and still imports, when a new row looks like a stakeholder the
 * importing account can see or like another new row; never about one it cannot see.
 */
class ImportDuplicateWarningsIT extends IntegrationTest {

	static final String STORED = """
			id,name,sector,acronym,countries,confidentiality
			iom,International Organization for Migration,INTERNATIONAL,IOM,PH,PUBLIC
			""";

	@Autowired
	ImportService imports;

	@Test
	void aNewRowLikeAStoredStakeholderIsImportedWithAWarningNamingBoth() throws Exception {
		store(STORED);
		String file = "id,name,sector,countries\nchab-dai,Chab Dai Coalition,CSO,KH\niom-ph,IOM,INTERNATIONAL,PH\n";
		for (boolean dryRun : new boolean[] { true, false }) {
			this.mvc
				.perform(multipart("/api/v1/imports").param("dryRun", String.valueOf(dryRun))
					.file(csv("stakeholders", file)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.stakeholdersCreated").value(2))
				.andExpect(jsonPath("$.warnings", hasSize(1)))
				.andExpect(jsonPath("$.warnings[0].file").value("stakeholders.csv"))
				.andExpect(jsonPath("$.warnings[0].row").value(3))
				.andExpect(jsonPath("$.warnings[0].column").value("name"))
				.andExpect(jsonPath("$.warnings[0].message").value("'IOM' looks like a duplicate of "
						+ "'International Organization for Migration' (the existing stakeholder 'iom'), score 0.87: "
						+ "'IOM' is the acronym of 'International Organization for Migration'; both in PH"));
		}
		// Once stored, the row is no longer new: importing it again warns no more.
		this.mvc.perform(multipart("/api/v1/imports").file(csv("stakeholders", file)))
			.andExpect(jsonPath("$.stakeholdersUnchanged").value(2))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
	}

	@Test
	void twoNewRowsAlikeAreNamedByRow() throws Exception {
		this.mvc.perform(multipart("/api/v1/imports").param("dryRun", "true").file(csv("stakeholders", """
				id,name,sector,acronym,countries
				dswd,Department of Social Welfare and Development,STATE,DSWD,PH
				ph-doj,Department of Justice,JUSTICE,DOJ,PH
				dswd-ph,Philippines Department of Social Welfare & Development,STATE,,PH
				""")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings", hasSize(1)))
			.andExpect(jsonPath("$.warnings[0].row").value(4))
			.andExpect(jsonPath("$.warnings[0].message")
				.value(org.hamcrest.Matchers.startsWith("'Philippines Department of Social Welfare & Development' "
						+ "looks like a duplicate of 'Department of Social Welfare and Development' (the new row 2)")));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditorIsNeverWarnedAboutAStakeholderItCannotSee() throws Exception {
		store(STORED.replace("PUBLIC", "RESTRICTED"));
		String file = "id,name,sector,countries\niom-ph,IOM,INTERNATIONAL,PH\n";
		String withHidden = dryRun(file);
		assertThat(withHidden).doesNotContain("duplicate").doesNotContain("International Organization");
		wipeDatabase();
		assertThat(dryRun(file)).isEqualTo(withHidden);
		// What the editor sees is compared as for anyone.
		store(STORED.replace("iom,", "iom-global,"));
		assertThat(dryRun(file)).contains("looks like a duplicate of 'International Organization for Migration'");
	}

	private String dryRun(String stakeholders) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/imports").param("dryRun", "true").file(csv("stakeholders", stakeholders)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void store(String stakeholders) {
		this.imports.importCsv(new ImportFile("s.csv", stakeholders.getBytes(StandardCharsets.UTF_8)), null,
				ImportMode.MERGE, false, Visibility.ALL);
	}

	private static MockMultipartFile csv(String part, String content) {
		return new MockMultipartFile(part, part + ".csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

}
