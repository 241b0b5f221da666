package org.partnergraph.gap;

import java.nio.charset.StandardCharsets;

import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;

/**
 * A small network built by hand so that every gap and the best bridges are known in
 * advance; the expected answers are worked out in the tests that use it.
 */
public final class GapNetwork {

	public static final String STAKEHOLDERS = """
			id,name,sector,level,countries,themes
			j1,Justice One,JUSTICE,NATIONAL,KH,justice-capacity-building
			j2,Justice Two,JUSTICE,NATIONAL,KH,victim-identification
			c1,Care Shelter,CSO,NATIONAL,KH,shelter;male-victims
			c2,Data CSO,CSO,REGIONAL,KH;TH,data-research
			p1,Fish Co,PRIVATE,NATIONAL,TH,fishing-seafood
			m1,KH Mechanism,MECHANISM,NATIONAL,KH,
			a1,ASEAN Body,ASEAN,REGIONAL,KH;TH,
			d1,Donor,DONOR,INTERNATIONAL,,
			i1,Isolated Org,CSO,NATIONAL,TH,
			""";

	public static final String LINKS = """
			from,to,type,weight,start,end
			j1,c2,COLLABORATES,2,2020,
			j1,m1,LEADS,1,,
			j2,m1,LEADS,1,,
			m1,a1,MEMBER_OF,1,,
			d1,c1,FUNDS,3,2019,
			d1,c2,FUNDS,1,2019,2020
			p1,c1,FUNDS,1,2021,
			c2,p1,COLLABORATES,1,,
			c1,c2,COLLABORATES,1,,
			""";

	/**
	 * A RESTRICTED CSO that would be the best introducer and the shortest path, for those
	 * who may see it.
	 */
	public static final String RESTRICTED_STAKEHOLDERS = """
			id,name,sector,level,countries,themes,confidentiality
			r1,Secret Ally,CSO,NATIONAL,KH,lgbtqi,RESTRICTED
			""";

	public static final String RESTRICTED_LINKS = """
			from,to,type
			j2,r1,COLLABORATES
			r1,p1,COLLABORATES
			""";

	private GapNetwork() {
	}

	public static void load(ImportService imports) {
		imports.importCsv(file(STAKEHOLDERS), file(LINKS), ImportMode.REPLACE, false, Visibility.ALL);
	}

	public static void loadRestricted(ImportService imports) {
		imports.importCsv(file(RESTRICTED_STAKEHOLDERS), file(RESTRICTED_LINKS), ImportMode.MERGE, false,
				Visibility.ALL);
	}

	private static ImportFile file(String text) {
		return new ImportFile("gap.csv", text.getBytes(StandardCharsets.UTF_8));
	}

}
