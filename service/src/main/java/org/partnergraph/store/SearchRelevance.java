package org.partnergraph.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How well a stakeholder matches a search, computed from its own names only. The
 * full-text index decides which stakeholders match; its scores are not used, because they
 * are statistics over every record, hidden ones included, so a caller could learn from
 * them whether hidden records contain a word. This score depends on nothing but the query
 * and the one stakeholder: per query word, 2 when a word of the name, acronym or an alias
 * equals it, 1 when one begins with it; 3 more when the whole name, the acronym or an
 * alias equals the whole query.
 */
final class SearchRelevance {

	private final List<String> terms;

	private final String whole;

	/** The query's words, read once for all the stakeholders it is scored against. */
	SearchRelevance(String query) {
		this.terms = words(query);
		this.whole = String.join(" ", this.terms);
	}

	static int score(String query, String name, String acronym, List<String> aliases) {
		return new SearchRelevance(query).score(name, acronym, aliases);
	}

	int score(String name, String acronym, List<String> aliases) {
		List<String> names = new ArrayList<>();
		names.add(name);
		if (acronym != null) {
			names.add(acronym);
		}
		names.addAll(aliases);
		List<String> words = new ArrayList<>();
		boolean wholeName = false;
		for (String text : names) {
			List<String> own = words(text);
			words.addAll(own);
			wholeName |= !this.whole.isEmpty() && String.join(" ", own).equals(this.whole);
		}
		int score = wholeName ? 3 : 0;
		for (String term : this.terms) {
			if (words.contains(term)) {
				score += 2;
			}
			else if (words.stream().anyMatch(word -> word.startsWith(term))) {
				score += 1;
			}
		}
		return score;
	}

	/**
	 * Lower-case words without accents, split at anything that is not a letter or digit.
	 */
	static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
	}

}
