package org.partnergraph.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stakeholder or link as a map of its import fields, and what changed between two: the
 * content of a change in the history.
 */
public final class RecordFields {

	private RecordFields() {
	}

	public static Map<String, Object> of(StakeholderRecord s) {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("id", s.id());
		fields.put("name", s.name());
		fields.put("sector", s.sector().name());
		fields.put("acronym", s.acronym());
		fields.put("aliases", s.aliases());
		fields.put("subsector", s.subsector());
		fields.put("level", s.level() == null ? null : s.level().name());
		fields.put("countries", s.countries());
		fields.put("themes", s.themes());
		fields.put("website", s.website());
		fields.put("description", s.description());
		fields.put("evidence", s.evidence());
		fields.put("confidentiality", s.confidentiality().name());
		return fields;
	}

	public static Map<String, Object> of(LinkRecord l) {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("id", l.id());
		fields.put("from", l.from());
		fields.put("to", l.to());
		fields.put("type", l.type().name());
		fields.put("weight", l.weight());
		fields.put("start", l.start() == null ? null : l.start().toString());
		fields.put("end", l.end() == null ? null : l.end().toString());
		fields.put("status", l.status().name());
		fields.put("evidence", l.evidence());
		fields.put("confidence", l.confidence());
		fields.put("confidentiality", l.confidentiality().name());
		return fields;
	}

	/**
	 * Each field whose value differs, with {@code from} and {@code to}; an empty list
	 * counts as no value. Either side may be null: a record created or deleted.
	 */
	public static Map<String, Map<String, Object>> diff(Map<String, Object> before, Map<String, Object> after) {
		var changed = new LinkedHashMap<String, Map<String, Object>>();
		var names = new java.util.LinkedHashSet<String>();
		if (before != null) {
			names.addAll(before.keySet());
		}
		if (after != null) {
			names.addAll(after.keySet());
		}
		for (String name : names) {
			Object from = value(before, name);
			Object to = value(after, name);
			if (!Objects.equals(from, to)) {
				var change = new LinkedHashMap<String, Object>();
				change.put("from", from);
				change.put("to", to);
				changed.put(name, change);
			}
		}
		return changed;
	}

	private static Object value(Map<String, Object> fields, String name) {
		Object value = fields == null ? null : fields.get(name);
		return (value instanceof List<?> list && list.isEmpty()) ? null : value;
	}

}
