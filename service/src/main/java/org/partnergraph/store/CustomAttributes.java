package org.partnergraph.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Custom attributes: what an import's extra columns ("focal point", "budget", "MoU
 * signed") give a stakeholder or a link. Each is kept as text, under its column name as
 * the import reads it (lower case, single spaces), and stored as a property of the node
 * or relationship named with {@link #PROPERTY_PREFIX} before it, so it can never
 * overwrite a field of the model and is found again by its prefix. Names the import
 * format, the network answer or the graph exports use are reserved ({@link #RESERVED}).
 */
public final class CustomAttributes {

	/** Stored property name = prefix + attribute name. */
	public static final String PROPERTY_PREFIX = "x_";

	/**
	 * Names no custom attribute may take: every column of the import format, and what the
	 * graph exports and the network answer write beside them.
	 */
	public static final Set<String> RESERVED = Set.of("id", "name", "sector", "acronym", "aliases", "subsector",
			"level", "countries", "themes", "website", "description", "evidence", "confidentiality", "from", "to",
			"type", "weight", "start", "end", "status", "confidence", "label", "symmetric", "source", "target",
			"directed", "current", "attributes");

	private CustomAttributes() {
	}

	/** Sorted, without empty values, never null. */
	static SortedMap<String, String> normalised(Map<String, String> attributes) {
		if (attributes == null || attributes.isEmpty()) {
			// Most records have none: one shared empty map, not a map per record of a
			// million-row import.
			return Collections.emptySortedMap();
		}
		var sorted = new TreeMap<String, String>();
		if (attributes != null) {
			attributes.forEach((name, value) -> {
				if (name != null && value != null && !value.isBlank()) {
					sorted.put(name, value);
				}
			});
		}
		return Collections.unmodifiableSortedMap(sorted);
	}

	/** Every attribute name the records use, sorted: the extra columns of an export. */
	public static List<String> names(List<? extends Map<String, String>> attributes) {
		var names = new java.util.TreeSet<String>();
		attributes.forEach(map -> names.addAll(map.keySet()));
		return List.copyOf(names);
	}

}
