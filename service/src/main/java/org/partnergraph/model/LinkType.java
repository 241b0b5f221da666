package org.partnergraph.model;

/**
 * The kinds of link between stakeholders. The names are the Neo4j relationship types, and
 * this enum is the allow-list every query that names a type goes through. Each carries
 * how the page draws it (served at {@code GET /api/v1/meta}); directed types have arrows,
 * symmetric ones none. A new type also needs its id constraint in a migration, which
 * {@code SchemaIT} checks.
 */
public enum LinkType {

	FUNDS(false, "Funds", "Funder to recipient", "#117733", "solid", "triangle"),
	IMPLEMENTS(false, "Implements", "Implementer to programme or plan", "#332288", "solid", "triangle-backcurve"),
	CONVENES(false, "Convenes", "Convener to participant", "#AA4499", "dashed", "vee"),
	DATA_PARTNERSHIP(true, "Data partnership", "Shared data; symmetric", "#8C6D00", "solid", "none"),
	LEADS(false, "Leads", "Lead body to the body it leads", "#882255", "solid", "triangle-tee"),
	MEMBER_OF(false, "Member of", "Member to body", "#1F7A6E", "dotted", "triangle"),
	SUPPORTS(false, "Supports", "Technical or advisory support, supporter to supported", "#5A5A5A", "dashed",
			"triangle"),
	COLLABORATES(true, "Collaborates", "Generic partnership; symmetric", "#767676", "dotted", "none");

	private final boolean symmetric;

	private final String label;

	private final String description;

	private final String colour;

	private final String lineStyle;

	private final String arrow;

	LinkType(boolean symmetric, String label, String description, String colour, String lineStyle, String arrow) {
		this.symmetric = symmetric;
		this.label = label;
		this.description = description;
		this.colour = colour;
		this.lineStyle = lineStyle;
		this.arrow = arrow;
	}

	/**
	 * Whether the link reads the same both ways, so its stored direction carries no
	 * meaning.
	 */
	public boolean symmetric() {
		return this.symmetric;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	/** The line colour in drawings, as #RRGGBB. */
	public String colour() {
		return this.colour;
	}

	/** solid, dashed or dotted. */
	public String lineStyle() {
		return this.lineStyle;
	}

	/** The Cytoscape.js arrow shape at the target; none for symmetric types. */
	public String arrow() {
		return this.arrow;
	}

}
