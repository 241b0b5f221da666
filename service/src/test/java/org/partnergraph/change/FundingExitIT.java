package org.partnergraph.change;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Funding-exit scenarios of the what-if, on a network small enough to work out by hand.
 *
 * <pre>
 * d1 FUNDS c1, c2, j1      d1 CONVENES c4      d1 SUPPORTS j2
 * d2 FUNDS c2, c3          c2 COLLABORATES j2  c4 COLLABORATES c5
 * </pre>
 *
 * Before: one component of all nine; every organisation reaches both justice agencies j1
 * and j2. c1 and j1 are funded by d1 only, c2 by d1 and d2, c3 by d2 only. c4 (and c5
 * behind it) reach justice only through d1.
 */
class FundingExitIT extends IntegrationTest {

	private static final String STAKEHOLDERS = """
			id,name,sector,level,countries,themes
			j1,Justice One,JUSTICE,NATIONAL,KH,justice-capacity-building
			j2,Justice Two,JUSTICE,NATIONAL,KH,victim-identification
			d1,Donor One,DONOR,INTERNATIONAL,KH,
			d2,Donor Two,DONOR,INTERNATIONAL,KH,
			c1,Shelter One,CSO,NATIONAL,KH,shelter
			c2,Legal Aid,CSO,NATIONAL,KH,legal-assistance
			c3,Data CSO,CSO,NATIONAL,KH,data-research
			c4,Convened CSO,CSO,NATIONAL,KH,children
			c5,Village CSO,CSO,NATIONAL,KH,reintegration
			""";

	private static final String LINKS = """
			from,to,type
			d1,c1,FUNDS
			d1,c2,FUNDS
			d1,j1,FUNDS
			d1,c4,CONVENES
			d1,j2,SUPPORTS
			d2,c2,FUNDS
			d2,c3,FUNDS
			c2,j2,COLLABORATES
			c4,c5,COLLABORATES
			""";

	/** A donor only those who may see RESTRICTED data know of. */
	private static final String RESTRICTED = """
			id,name,sector,level,countries,themes,confidentiality
			r1,Quiet Donor,DONOR,INTERNATIONAL,KH,,RESTRICTED
			""";

	private static final String RESTRICTED_LINKS = """
			from,to,type
			r1,c3,FUNDS
			""";

	@Autowired
	ImportService imports;

	@BeforeEach
	void load() {
		this.imports.importCsv(file(STAKEHOLDERS), file(LINKS), ImportMode.REPLACE, false, Visibility.ALL);
	}

	@Test
	void theDonorLeavingCutsOffItsOnlyFundedAndThoseWhoseJusticePathRanThroughIt() throws Exception {
		var before = snapshot();
		// Every link of d1 ends: its three FUNDS, the CONVENES to c4, the SUPPORTS to j2.
		// Left: {d1}, {c1}, {j1}, {c4, c5}, {c2, d2, c3, j2}: five components.
		// Every funder lost: c1 and j1 (d1 was their only funder); c2 keeps d2.
		// Justice path lost: c1 (alone now), c4 and c5 (their component has no justice
		// agency); j1 is a justice agency itself and d1 is the one leaving, so neither
		// is listed. Each reached both justice agencies before.
		// Repairs: d2 is the only other donor, not tied to c1 or j1: d2-c1 and d2-j1.
		// Justice repairs: j1 and j2 each with c1, c4, c5 (none tied after): six, two
		// for each organisation.
		exit("{\"exit\":[\"d1\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.exit.stakeholders[*].id", contains("d1")))
			.andExpect(jsonPath("$.exit.ended", hasSize(5)))
			.andExpect(jsonPath("$.removed", hasSize(5)))
			.andExpect(jsonPath("$.before.components").value(1))
			.andExpect(jsonPath("$.after.components").value(5))
			.andExpect(jsonPath("$.after.largestComponent").value(4))
			.andExpect(jsonPath("$.exit.loseEveryFunder[*].id", containsInAnyOrder("c1", "j1")))
			.andExpect(jsonPath("$.exit.loseEveryFunder[*].funders", everyItem(contains("d1"))))
			.andExpect(jsonPath("$.exit.loseEveryFunder[*].tiedDonors", everyItem(empty())))
			.andExpect(jsonPath("$.exit.loseJusticePath[*].id", containsInAnyOrder("c1", "c4", "c5")))
			.andExpect(jsonPath("$.exit.loseJusticePath[*].justiceAgencies", contains(2, 2, 2)))
			.andExpect(jsonPath("$.exit.repairFunding", hasSize(2)))
			.andExpect(jsonPath("$.exit.repairFunding[*].from.id", contains("d2", "d2")))
			.andExpect(jsonPath("$.exit.repairFunding[*].to.id", containsInAnyOrder("c1", "j1")))
			.andExpect(jsonPath("$.exit.repairJustice", hasSize(6)))
			.andExpect(jsonPath("$.exit.repairJustice[*].from.id", everyItem(in(new String[] { "j1", "j2" }))))
			.andExpect(
					jsonPath("$.exit.repairJustice[*].to.id", containsInAnyOrder("c1", "c1", "c4", "c4", "c5", "c5")));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void endingOnlyTheFundsLinksKeepsTheOtherTiesOfTheDonor() throws Exception {
		// The three FUNDS of d1 end; d1-c4 (CONVENES) and d1-j2 (SUPPORTS) remain.
		// Left: {c1}, {j1}, {d1, c4, c5, j2, c2, d2, c3}: three components, largest 7.
		// Every funder lost: c1 and j1 as before. Justice path lost: c1 only, since c4
		// and c5 still reach j2 through d1.
		// Repairs: d2-c1 and d2-j1; j1-c1 and j2-c1.
		exit("{\"exit\":[\"d1\"],\"linkTypes\":[\"FUNDS\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.exit.linkTypes", contains("FUNDS")))
			.andExpect(jsonPath("$.exit.ended", hasSize(3)))
			.andExpect(jsonPath("$.after.components").value(3))
			.andExpect(jsonPath("$.after.largestComponent").value(7))
			.andExpect(jsonPath("$.exit.loseEveryFunder[*].id", containsInAnyOrder("c1", "j1")))
			.andExpect(jsonPath("$.exit.loseJusticePath[*].id", contains("c1")))
			.andExpect(jsonPath("$.exit.repairFunding[*].to.id", containsInAnyOrder("c1", "j1")))
			.andExpect(jsonPath("$.exit.repairJustice[*].from.id", containsInAnyOrder("j1", "j2")))
			.andExpect(jsonPath("$.exit.repairJustice[*].to.id", contains("c1", "c1")));
	}

	@Test
	void theExitCombinesWithAddedLinks() throws Exception {
		// d2 funding c1 as well: c1 keeps a funder and, through d2, its path to j2.
		// d2 collaborating with j1: j1 still loses every funder, but d2 is already tied
		// to it, so it is named there and no bridging suggestion pairs them.
		// Left as cut off: j1 without a funder; c4 and c5 without justice.
		exit("{\"exit\":[\"d1\"],\"add\":[{\"from\":\"d2\",\"to\":\"c1\",\"type\":\"FUNDS\"},"
				+ "{\"from\":\"d2\",\"to\":\"j1\",\"type\":\"COLLABORATES\"}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added", hasSize(2)))
			.andExpect(jsonPath("$.removed", hasSize(5)))
			.andExpect(jsonPath("$.exit.loseEveryFunder[*].id", contains("j1")))
			.andExpect(jsonPath("$.exit.loseEveryFunder[0].tiedDonors[*].id", contains("d2")))
			.andExpect(jsonPath("$.exit.repairFunding", empty()))
			.andExpect(jsonPath("$.exit.loseJusticePath[*].id", containsInAnyOrder("c4", "c5")));
		// Without exit the answer has no exit member, as before.
		exit("{\"remove\":[{\"from\":\"c4\",\"to\":\"c5\",\"type\":\"COLLABORATES\"}]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.exit").doesNotExist());
	}

	@Test
	void unknownExitIdsAreNamedAndBadLinkTypesRefused() throws Exception {
		exit("{\"exit\":[\"nobody\",\"d1\",\"ghost\"]}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No stakeholder 'nobody', 'ghost' to exit"));
		exit("{\"exit\":[\"d1\"],\"linkTypes\":[\"LIKES\"]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("linkTypes"));
		exit("{\"linkTypes\":[\"FUNDS\"]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("linkTypes"));
	}

	@Test
	@WithMockUser(roles = "VIEWER")
	void aHiddenDonorAnswersExactlyAsAnUnknownOne() throws Exception {
		this.imports.importCsv(file(RESTRICTED), file(RESTRICTED_LINKS), ImportMode.MERGE, false, Visibility.ALL);
		String hidden = storedId("Quiet Donor");
		String hiddenAnswer = exit("{\"exit\":[\"" + hidden + "\"]}").andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknownAnswer = exit("{\"exit\":[\"nobody\"]}").andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(hiddenAnswer.replace(hidden, "ID")).isEqualTo(unknownAnswer.replace("nobody", "ID"));
		// The scenario is computed from what the caller sees: for this viewer d2 is c3's
		// only funder (r1's FUNDS is hidden), so c3 loses every funder and r1 is named
		// nowhere.
		exit("{\"exit\":[\"d2\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.exit.loseEveryFunder[*].id", contains("c3")))
			.andExpect(jsonPath("$.exit.loseEveryFunder[0].funders", contains("d2")))
			.andExpect(content().string(not(containsString(hidden))));
	}

	private ResultActions exit(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/bridging/what-if").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static ImportFile file(String text) {
		return new ImportFile("exit.csv", text.getBytes(StandardCharsets.UTF_8));
	}

}
