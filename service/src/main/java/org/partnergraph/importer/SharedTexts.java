package org.partnergraph.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes equal cell texts one string. A large links file repeats each stakeholder id, link
 * type, date and source on many rows; kept once, a million rows take a fraction of the
 * memory they would, and the records made from them share the strings too.
 */
final class SharedTexts {

	/**
	 * Longer texts (descriptions) rarely repeat. The count bounds what a file of unique
	 * texts adds: past it, texts already held are still shared, new ones are not kept.
	 */
	private static final int MAX_LENGTH = 100;

	private static final int MAX_HELD = 1 << 21;

	private final Map<String, String> held = new HashMap<>();

	String share(String text) {
		if (text.length() > MAX_LENGTH) {
			return text;
		}
		String same = this.held.get(text);
		if (same != null) {
			return same;
		}
		if (this.held.size() < MAX_HELD) {
			this.held.put(text, text);
		}
		return text;
	}

}
