package org.partnergraph.importer;

import java.util.List;

/** The columns of the import format, in the order templates and exports write them. */
public final class Columns {

	public static final List<String> STAKEHOLDERS = List.of("id", "name", "sector", "acronym", "aliases", "subsector",
			"level", "countries", "themes", "website", "description", "evidence", "confidentiality");

	public static final List<String> STAKEHOLDERS_REQUIRED = List.of("id", "name", "sector");

	public static final List<String> LINKS = List.of("id", "from", "to", "type", "weight", "start", "end", "status",
			"evidence", "confidence", "confidentiality");

	public static final List<String> LINKS_REQUIRED = List.of("from", "to", "type");

	public static final String STAKEHOLDERS_SHEET = "stakeholders";

	public static final String LINKS_SHEET = "links";

	/** Separator of multi-valued cells. */
	public static final String LIST_SEPARATOR = ";";

	private Columns() {
	}

}
