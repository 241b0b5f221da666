package org.partnergraph;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A small network whose every answer is known in advance. */
public final class TestNetwork {

	public static final String STAKEHOLDERS = """
			id,name,sector,acronym,aliases,level,countries,themes,evidence,description
			kh-moj,Cambodia Ministry of Justice,JUSTICE,MoJ,Justice Ministry;Krasuang Yutthitham,NATIONAL,KH,justice-capacity-building,test,
			kh-police,Cambodia Anti-Trafficking Police,JUSTICE,,,NATIONAL,KH,victim-identification,test,
			safe-house,Safe House Cambodia,CSO,SHC,,NATIONAL,KH;TH,shelter;male-victims,test,=HYPERLINK("x")
			acme,Acme Seafood,PRIVATE,,,NATIONAL,TH,fishing-seafood,test,-leading dash
			donor,Good Donor,DONOR,,,INTERNATIONAL,,,test,
			""";

	public static final String LINKS = """
			from,to,type,weight,start,end,status,confidence,evidence
			kh-moj,safe-house,COLLABORATES,2,2020,,ACTIVE,1,test
			acme,safe-house,FUNDS,1,2021-03,2023,ENDED,0.6,test
			donor,safe-house,FUNDS,3,2018-01-15,,ACTIVE,1,test
			kh-moj,kh-police,LEADS,1,,,ACTIVE,,+plus
			""";

	private TestNetwork() {
	}

	public static void load(MockMvc mvc) throws Exception {
		mvc.perform(multipart("/api/v1/imports")
			.file(new MockMultipartFile("stakeholders", "stakeholders.csv", "text/csv",
					STAKEHOLDERS.getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("links", "links.csv", "text/csv", LINKS.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk());
	}

}
