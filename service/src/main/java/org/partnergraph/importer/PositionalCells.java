package org.partnergraph.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of one source row by column position, from 0, in one array. A large file has
 * a million rows of about a dozen cells, so a map entry and a boxed key per cell would
 * cost more than the text itself.
 */
final class PositionalCells {

	private static final String[] NONE = new String[0];

	private String[] values = NONE;

	/** The cell's text, or null when the row has none there. */
	String get(int column) {
		return (column < this.values.length) ? this.values[column] : null;
	}

	String getOrDefault(int column, String otherwise) {
		String value = get(column);
		return (value != null) ? value : otherwise;
	}

	void put(int column, String value) {
		if (column >= this.values.length) {
			this.values = Arrays.copyOf(this.values, Math.max(column + 1, this.values.length + 4));
		}
		this.values[column] = value;
	}

	/** The position of the last cell the row has, or -1 when it has none. */
	int lastColumn() {
		for (int c = this.values.length - 1; c >= 0; c--) {
			if (this.values[c] != null) {
				return c;
			}
		}
		return -1;
	}

	boolean allBlank() {
		for (String value : this.values) {
			if (value != null && !value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The texts the row has, in column order. */
	List<String> values() {
		var present = new ArrayList<String>();
		for (String value : this.values) {
			if (value != null) {
				present.add(value);
			}
		}
		return present;
	}

}
