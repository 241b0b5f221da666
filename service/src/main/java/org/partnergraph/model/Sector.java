package org.partnergraph.model;

/**
 * The sector groups every gap question is asked along. Each carries what the page draws
 * it with (served at {@code GET /api/v1/meta}), so a sector is added here and nowhere
 * else: colours are the Okabe-Ito palette extended with two of Paul Tol's
 * colour-blind-safe colours, and each sector has its own shape, so colour is never the
 * only cue.
 */
public enum Sector {

	JUSTICE("Justice", "Justice", "Police, prosecutors, judiciary, justice ministries", "#0072B2", "round-rectangle"),
	STATE("State agency", "State", "Related state agencies and lead ministries: labour, social welfare, immigration",
			"#56B4E9", "rectangle"),
	MECHANISM("National mechanism", "Mechanism", "National multi-agency counter-trafficking committees and task forces",
			"#009E73", "hexagon"),
	ASEAN("ASEAN body", "ASEAN", "ASEAN sectoral bodies and mechanisms", "#E69F00", "star"),
	CSO("Civil society", "CSO", "Community-based, national, regional and international NGOs", "#D55E00", "ellipse"),
	PRIVATE("Private sector", "Private", "Companies and business associations", "#CC79A7", "diamond"),
	INTERNATIONAL("International organisation", "International", "International organisations and UN agencies",
			"#F0E442", "triangle"),
	DONOR("Donor", "Donor", "Donor governments and their aid agencies", "#882255", "vee"),
	PROGRAMME("Programme", "Programme", "Regional programmes and platforms", "#999933", "octagon"),
	/**
	 * Conventions, plans of action and work plans that cooperation is organised around
	 * (ACTIP, the Bohol TIP Work Plan, the national plans): not organisations, so the
	 * analyses leave them out unless a request's {@code sector} names this sector (see
	 * {@link #isAnalysedByDefault()}).
	 */
	INSTRUMENT("Instrument", "Instrument", "Conventions, plans of action and work plans", "#44AA99", "tag");

	private final String label;

	private final String shortLabel;

	private final String description;

	private final String colour;

	private final String shape;

	Sector(String label, String shortLabel, String description, String colour, String shape) {
		this.label = label;
		this.shortLabel = shortLabel;
		this.description = description;
		this.colour = colour;
		this.shape = shape;
	}

	public String label() {
		return this.label;
	}

	/** A label short enough for a heatmap's column head. */
	public String shortLabel() {
		return this.shortLabel;
	}

	public String description() {
		return this.description;
	}

	/** The fill colour in drawings, as #RRGGBB. */
	public String colour() {
		return this.colour;
	}

	/**
	 * Whether the analyses count this sector's stakeholders when a request names no
	 * sector. Instruments are drawn, searched and exported like any stakeholder, but a
	 * plan is no partner: counted, it would be a hub every implementer shares, a broker
	 * between the sectors it links and the cut point of the bodies that lead it.
	 */
	public boolean isAnalysedByDefault() {
		return this != INSTRUMENT;
	}

	/** The sectors the analyses count when a request names none. */
	public static java.util.List<Sector> analysedByDefault() {
		return java.util.Arrays.stream(values()).filter(Sector::isAnalysedByDefault).toList();
	}

	/** The node shape in drawings, a Cytoscape.js shape name. */
	public String shape() {
		return this.shape;
	}

}
