package org.partnergraph.security;

/** What a person may do. Each role has everything the one before it has. */
public enum Role {

	/** Reads PUBLIC and INTERNAL data and runs analyses. */
	VIEWER,
	/** Adds saved views and embeds; reads RESTRICTED data only when granted it. */
	ANALYST,
	/** Adds import and edit. */
	EDITOR,
	/** Adds users, tokens and settings; reads everything. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
