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

	private SearchRelevance() {
	}

	static int score(String query, String name, String acronym, List<String> aliases) {
		List<String> names = new ArrayList<>();
		names.add(name);
		if (acronym != null) {
			names.add(acronym);
		}
		names.addAll(aliases);
		List<String> words = new ArrayList<>();
		names.forEach(text -> words.addAll(words(text)));
		List<String> terms = words(query);
		int score = 0;
		for (String term : terms) {
			if (words.contains(term)) {
				score += 2;
			}
			else if (words.stream().anyMatch(word -> word.startsWith(term))) {
				score += 1;
			}
		}
		String whole = String.join(" ", terms);
		if (!whole.isEmpty() && names.stream().anyMatch(text -> String.join(" ", words(text)).equals(whole))) {
			score += 3;
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
