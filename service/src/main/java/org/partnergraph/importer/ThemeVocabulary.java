package org.partnergraph.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.partnergraph.model.Themes;

/**
 * Reads a theme as people write it: its id or its name, in any case and spacing ("Victim
 * identification", "victim identification", "victim-identification"). The themes known
 * are the built-in catalogue, those already stored and those this import creates. An
 * unknown theme close to a known one is taken for a typing slip and refused with a
 * suggestion; one close to none is new, and is created with an id made from what was
 * written, as the import always created themes (the caller warns about it).
 */
final class ThemeVocabulary {

	private static final int SUGGESTIONS = 3;

	/** Theme id by key of its id and of its name. */
	private final Map<String, String> byKey = new LinkedHashMap<>();

	private final Map<String, String> names = new LinkedHashMap<>();

	ThemeVocabulary(Collection<String> storedIds) {
		Themes.catalogue().forEach(this::know);
		storedIds.forEach(id -> know(id, Themes.name(id)));
	}

	/** What a theme cell item says, read. */
	sealed interface Reading {

		/**
		 * @param created whether the theme is new, made by this import
		 */
		record Found(String id, boolean created) implements Reading {
		}

		record Problem(String message) implements Reading {
		}

	}

	Reading read(String text) {
		String key = Vocabulary.key(text);
		String known = this.byKey.get(key);
		if (known != null) {
			return new Reading.Found(known, false);
		}
		if (key.isEmpty()) {
			return new Reading.Problem("'" + text + "' is not a theme: write its name or id");
		}
		if (!Themes.isWellFormed(key)) {
			return new Reading.Problem("'" + text + "' is too long for a theme: at most 64 letters, digits and '-'");
		}
		List<String> near = nearest(key);
		if (!near.isEmpty()) {
			return new Reading.Problem("'" + text + "' is not a known theme; did you mean "
					+ String.join(" or ", near.stream().map(this::describe).toList()) + "?");
		}
		know(key, Themes.name(key));
		return new Reading.Found(key, true);
	}

	/**
	 * A theme as messages name it: {@code victim-identification (Victim identification)}.
	 */
	String describe(String id) {
		return id + " (" + this.names.getOrDefault(id, Themes.name(id)) + ")";
	}

	private void know(String id, String name) {
		this.names.putIfAbsent(id, name);
		this.byKey.putIfAbsent(Vocabulary.key(id), id);
		this.byKey.putIfAbsent(Vocabulary.key(name), id);
	}

	private List<String> nearest(String key) {
		int limit = Vocabulary.nearLimit(key);
		if (limit == 0) {
			return List.of();
		}
		var distance = new LevenshteinDistance(limit);
		record Candidate(String id, int distance) {
		}
		var candidates = new ArrayList<Candidate>();
		this.byKey.forEach((word, id) -> {
			int d = distance.apply(key, word);
			if (d >= 0) {
				candidates.add(new Candidate(id, d));
			}
		});
		return candidates.stream()
			.sorted(Comparator.comparingInt(Candidate::distance))
			.map(Candidate::id)
			.distinct()
			.limit(SUGGESTIONS)
			.toList();
	}

}
