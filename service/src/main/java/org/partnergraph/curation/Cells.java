package org.partnergraph.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnergraph.importer.Columns;
import org.partnergraph.importer.InvalidRecordException;
import org.partnergraph.importer.InvalidRecordException.FieldError;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.StakeholderRecord;

/**
 * A JSON record written as the cells of an import row, so that the import's validation
 * reads it: lists are joined by ';', numbers and dates written as text. A field sent as
 * null is an empty cell, which in a PATCH clears it.
 */
final class Cells {

	private Cells() {
	}

	/**
	 * The fields of a request body as cells; fields that are not import columns are
	 * refused.
	 */
	static Map<String, String> of(Map<String, Object> body, List<String> columns) {
		var cells = new LinkedHashMap<String, String>();
		var errors = new ArrayList<FieldError>();
		if (body == null) {
			return cells;
		}
		body.forEach((field, value) -> {
			if (!columns.contains(field)) {
				errors.add(new FieldError(field, "unknown field; the fields are " + columns));
			}
			else if (value instanceof Map<?, ?>) {
				errors.add(new FieldError(field, "must be text, a number or a list"));
			}
			else {
				cells.put(field, text(value));
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidRecordException(errors);
		}
		return cells;
	}

	static Map<String, String> of(StakeholderRecord s) {
		var cells = new LinkedHashMap<String, String>();
		cells.put("id", s.id());
		cells.put("name", s.name());
		cells.put("sector", s.sector().name());
		cells.put("acronym", s.acronym());
		cells.put("aliases", text(s.aliases()));
		cells.put("subsector", s.subsector());
		cells.put("level", s.level() == null ? null : s.level().name());
		cells.put("countries", text(s.countries()));
		cells.put("themes", text(s.themes()));
		cells.put("website", s.website());
		cells.put("description", s.description());
		cells.put("evidence", s.evidence());
		cells.put("confidentiality", s.confidentiality().name());
		return cells;
	}

	static Map<String, String> of(LinkRecord l) {
		var cells = new LinkedHashMap<String, String>();
		cells.put("id", l.id());
		cells.put("from", l.from());
		cells.put("to", l.to());
		cells.put("type", l.type().name());
		cells.put("weight", Double.toString(l.weight()));
		cells.put("start", text(l.start()));
		cells.put("end", text(l.end()));
		cells.put("status", l.status().name());
		cells.put("evidence", l.evidence());
		cells.put("confidence", text(l.confidence()));
		cells.put("confidentiality", l.confidentiality().name());
		return cells;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> items) {
			return items.isEmpty() ? null
					: String.join(Columns.LIST_SEPARATOR, items.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

}
