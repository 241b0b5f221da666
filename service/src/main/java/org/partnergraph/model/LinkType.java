package org.partnergraph.model;

/**
 * The kinds of link between stakeholders. The names are the Neo4j relationship types, and this
 * enum is the allow-list every query that names a type goes through.
 */
public enum LinkType {

	/** Funder to recipient. */
	FUNDS(false),
	/** Implementer to programme or plan. */
	IMPLEMENTS(false),
	/** Convener to participant. */
	CONVENES(false),
	/** Shared data; symmetric. */
	DATA_PARTNERSHIP(true),
	/** Lead body to the body it leads. */
	LEADS(false),
	/** Member to body. */
	MEMBER_OF(false),
	/** Technical or advisory support, supporter to supported. */
	SUPPORTS(false),
	/** Generic partnership; symmetric. */
	COLLABORATES(true);

	private final boolean symmetric;

	LinkType(boolean symmetric) {
		this.symmetric = symmetric;
	}

	/** Whether the link reads the same both ways, so its stored direction carries no meaning. */
	public boolean symmetric() {
		return this.symmetric;
	}

}
