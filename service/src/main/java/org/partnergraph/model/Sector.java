package org.partnergraph.model;

/** The sector groups every gap question is asked along. */
public enum Sector {

	/** Police, prosecutors, judiciary, justice ministries. */
	JUSTICE,
	/** Related state agencies and lead ministries: labour, social welfare, immigration. */
	STATE,
	/** National multi-agency counter-trafficking committees and task forces. */
	MECHANISM,
	/** ASEAN sectoral bodies and mechanisms. */
	ASEAN,
	/** Community-based, national, regional and international NGOs. */
	CSO,
	/** Companies and business associations. */
	PRIVATE,
	/** International organisations and UN agencies. */
	INTERNATIONAL,
	/** Donor governments and their aid agencies. */
	DONOR,
	/** Regional programmes and platforms. */
	PROGRAMME

}
