package org.partnergraph.importer;

/** How an import combines with what the database holds. */
public enum ImportMode {

	/** Create new stakeholders and links, update changed ones, delete nothing. */
	MERGE,
	/** Make the database equal to the files: what they do not name is deleted. */
	REPLACE

}
