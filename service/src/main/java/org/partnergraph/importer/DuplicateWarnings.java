package org.partnergraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.partnergraph.duplicates.DuplicateDetector;
import org.partnergraph.duplicates.DuplicatePair;
import org.partnergraph.store.StakeholderRecord;

/**
 * Warns, without refusing anything, when a stakeholder an import creates looks like one
 * the network already holds or like another new row: the same organisation entered twice
 * is the commonest flaw of a directory, and the moment of import is when it is cheapest
 * to fix.
 *
 * <p>
 * Only what the importing account may see is compared (the stored stakeholders it sees,
 * and its own rows), so a warning never names, or hints at, a record hidden from it.
 */
final class DuplicateWarnings {

	/**
	 * Higher than the duplicates list's default: a warning interrupts, so it is kept for
	 * the likelier pairs.
	 */
	static final double MIN_SCORE = 0.6;

	private DuplicateWarnings() {
	}

	/**
	 * @param table the stakeholders file
	 * @param given the file's stakeholders under the ids the file gives, in its order
	 * @param stored them under the ids they are stored as, in the same order
	 * @param visible the stored stakeholders the account sees
	 * @param created the stored ids this import creates
	 * @param replacing whether the file replaces the stakeholders, so that only its rows
	 * remain
	 */
	static List<ImportWarning> find(RawTable table, List<StakeholderRecord> given, List<StakeholderRecord> stored,
			List<StakeholderRecord> visible, Set<String> created, boolean replacing) {
		if (table == null || created.isEmpty()) {
			return List.of();
		}
		// The network as it will be: what stays, with the file's rows over it.
		Map<String, StakeholderRecord> after = new LinkedHashMap<>();
		if (!replacing) {
			visible.forEach(s -> after.put(s.id(), s));
		}
		stored.forEach(s -> after.put(s.id(), s));
		Map<String, Integer> rowOfStoredId = rows(table, given, stored);
		var warnings = new ArrayList<ImportWarning>();
		for (DuplicatePair pair : DuplicateDetector.detect(after.values(), s -> created.contains(s.id()), MIN_SCORE)) {
			boolean aNew = created.contains(pair.a().id());
			boolean bNew = created.contains(pair.b().id());
			// Warn at the new row; of two new rows, at the later one.
			StakeholderRecord row;
			StakeholderRecord other;
			if (aNew && bNew) {
				boolean aLater = rowOfStoredId.getOrDefault(pair.a().id(), 0) > rowOfStoredId
					.getOrDefault(pair.b().id(), 0);
				row = aLater ? pair.a() : pair.b();
				other = aLater ? pair.b() : pair.a();
			}
			else {
				row = aNew ? pair.a() : pair.b();
				other = aNew ? pair.b() : pair.a();
			}
			Integer otherRow = rowOfStoredId.get(other.id());
			String where = created.contains(other.id()) && otherRow != null ? "the new row " + otherRow
					: "the existing stakeholder '" + other.id() + "'";
			warnings.add(new ImportWarning(table.file(), rowOfStoredId.get(row.id()), "name",
					String.format(Locale.ROOT, "'%s' looks like a duplicate of '%s' (%s), score %.2f: %s", row.name(),
							other.name(), where, pair.score(), String.join("; ", pair.reasons()))));
		}
		return warnings;
	}

	/** The row of each stored id, through the id the file gave it. */
	private static Map<String, Integer> rows(RawTable table, List<StakeholderRecord> given,
			List<StakeholderRecord> stored) {
		Map<String, Integer> rowOfGivenId = new HashMap<>();
		for (RawTable.Row row : table.rows()) {
			String id = row.get("id");
			if (id != null) {
				rowOfGivenId.putIfAbsent(id, row.number());
			}
		}
		Map<String, Integer> rowOfStoredId = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < stored.size(); i++) {
			// The two lists match one to one when the import is valid, which it is here.
			String givenId = given.size() == stored.size() ? given.get(i).id() : stored.get(i).id();
			if (seen.add(stored.get(i).id())) {
				rowOfStoredId.put(stored.get(i).id(), rowOfGivenId.get(givenId));
			}
		}
		return rowOfStoredId;
	}

}
