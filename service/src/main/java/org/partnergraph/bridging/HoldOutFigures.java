package org.partnergraph.bridging;

/**
 * The figures of the last run of the temporal hold-out ({@code BridgingHoldOutTest}),
 * quoted in the API documentation of the opportunities endpoint. Copied here by hand
 * after a change of the scoring, so the documentation says what was measured.
 */
final class HoldOutFigures {

	static final String TEXT = """
			- Networks built so that ties form by fit, country and non-hub shared partners (FormationNetwork, 3 seeds,
			  as of 2020-12-31, links formed 2021-2023): AUC 0.854, 0.856, 0.858 against Adamic-Adar 0.696, 0.791, 0.770
			  and random 0.5; precision@20 0.30, 0.50, 0.20 (the diversified shortlist the same) against Adamic-Adar
			  0.20, 0.35, 0.40 and random 0.020, 0.027, 0.022. These networks follow the score's own assumptions: they
			  show that the measure and the hub discount work, not that real partnerships form so.
			- The generator's networks (1,000 organisations, 3,000 dated links, 3 seeds, same dates), where ties form by
			  degree alone (Chung-Lu), with no geography or fit: AUC 0.486, 0.508, 0.483 (crossBorder=true 0.418, 0.407,
			  0.466; its proximity alone 0.580, 0.625, 0.550) against Adamic-Adar 0.595, 0.625, 0.550; precision@20
			  0.05, 0, 0 against Adamic-Adar 0.05, 0.10, 0.05 and random 0.001. There the gap and complementarity terms,
			  which favour organisations with few ties, work against a model where the well-tied get the new ties.
			- The seed, with the dates its source states (instruments left out, PLANNED and UNKNOWN links too), as of
			  2018-12-31, 2019-12-31 and 2020-12-31, links formed up to 2023: for justice to CSO or private sector
			  (95 candidates) no link ever forms, since the source names no such tie at all, so there is nothing to
			  rank. Over every pair of sectors (about 2,200 candidates) only DFAT's and Cardno's ties to ASEAN-ACT
			  (2019) and Asialink's (2020) start after a date: as of 2018-12-31, 3 positives, AUC 0.461 (its
			  proximity alone 0.558) against Adamic-Adar 0.557, precision@20 0 for every method; as of 2019-12-31,
			  1 positive, AUC 0.814 against Adamic-Adar 0.338. One to three positives cannot tell one method from
			  another: the seed is too small and too sparsely dated for a hold-out.""";

	private HoldOutFigures() {
	}

}
