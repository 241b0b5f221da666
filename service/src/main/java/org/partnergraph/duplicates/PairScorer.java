package org.partnergraph.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Scores one pair of stakeholders: how likely they are one organisation, and why.
 *
 * <p>
 * Each piece of evidence has a weight, from a near-equal name (0.55 to 0.9) to the same
 * normalised name (0.95); they combine as independent evidence would,
 * {@code 1 - prod(1 - weight)}, so two weak reasons make a stronger case than either.
 * Shared countries then close 15% of the remaining gap, but only for a pair that has
 * evidence of its own; different countries multiply by 0.4 for national bodies or names
 * that name the countries (ministries of the same name in two countries are two
 * ministries) and by 0.75 otherwise; different sectors by 0.8 (directories often file one
 * organisation under two sectors, so this only lowers the score).
 */
final class PairScorer {

	static final double SAME_NAME = 0.95;

	static final double SHARED_ALIAS = 0.85;

	static final double NAME_IS_ACRONYM = 0.85;

	static final double INITIALS = 0.75;

	static final double SAME_ACRONYM = 0.7;

	static final double NEAR_NAME_FLOOR = 0.55;

	static final double NEAR_NAME_CEILING = 0.9;

	/** The share of matching words from which names are near-equal. */
	static final double NEAR_NAME_THRESHOLD = 0.75;

	/**
	 * Different countries, when the names say so or both are national bodies: the
	 * Ministry of Public Security of Lao PDR is not Viet Nam's.
	 */
	static final double DIFFERENT_COUNTRY_NATIONAL = 0.4;

	/** Different countries of international bodies, whose lists are often partial. */
	static final double DIFFERENT_COUNTRY = 0.75;

	private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

	private PairScorer() {
	}

	/** The pair, or null when nothing suggests they are one. */
	static DuplicatePair score(NameForms x, NameForms y) {
		NameForms a = x.record.id().compareTo(y.record.id()) <= 0 ? x : y;
		NameForms b = a == x ? y : x;
		if (!a.numbers.isEmpty() && !b.numbers.isEmpty() && !a.numbers.equals(b.numbers)) {
			// "Region 1 Office" and "Region 2 Office".
			return null;
		}
		var evidence = new ArrayList<Double>();
		var reasons = new ArrayList<String>();
		if (!a.nameKey.isEmpty() && a.nameKey.equals(b.nameKey)) {
			evidence.add(SAME_NAME);
			reasons.add("same name once case, punctuation, stop words and country are set aside");
		}
		for (var alias : a.allNameKeys.entrySet()) {
			String key = alias.getKey();
			if (b.allNameKeys.containsKey(key) && !(key.equals(a.nameKey) && key.equals(b.nameKey))) {
				evidence.add(SHARED_ALIAS);
				reasons.add("both are known as '" + alias.getValue() + "'");
				break;
			}
		}
		acronymEvidence(a, b, evidence, reasons);
		acronymEvidence(b, a, evidence, reasons);
		var shared = new TreeSet<>(a.givenAcronyms);
		shared.retainAll(b.givenAcronyms);
		if (!shared.isEmpty() && reasons.stream().noneMatch(r -> r.contains("'" + shared.first() + "'"))) {
			evidence.add(SAME_ACRONYM);
			reasons.add("same acronym '" + shared.first() + "'");
		}
		if (evidence.stream().allMatch(weight -> weight < SHARED_ALIAS)) {
			// Exact equality of names or aliases is already counted: what is left is
			// typos, spellings and a word more or less.
			double near = nearestNames(a, b);
			if (near >= NEAR_NAME_THRESHOLD) {
				double weight = NEAR_NAME_FLOOR + (NEAR_NAME_CEILING - NEAR_NAME_FLOOR)
						* Math.min(1.0, (near - NEAR_NAME_THRESHOLD) / (1.0 - NEAR_NAME_THRESHOLD));
				evidence.add(weight);
				reasons.add(String.format(Locale.ROOT, "near-equal names (%d%% of significant words match)",
						Math.round(near * 100)));
			}
		}
		if (evidence.isEmpty()) {
			return null;
		}
		double missing = 1.0;
		for (double weight : evidence) {
			missing *= 1.0 - weight;
		}
		double score = 1.0 - missing;
		if (!a.countries.isEmpty() && !b.countries.isEmpty()) {
			var common = new TreeSet<>(a.countries);
			common.retainAll(b.countries);
			if (common.isEmpty()) {
				boolean namesSayDifferent = !a.nameCountries.isEmpty() && !b.nameCountries.isEmpty();
				score *= (namesSayDifferent || (a.national && b.national)) ? DIFFERENT_COUNTRY_NATIONAL
						: DIFFERENT_COUNTRY;
				reasons.add("but in different countries (" + String.join(", ", new TreeSet<>(a.countries)) + " / "
						+ String.join(", ", new TreeSet<>(b.countries)) + ")");
			}
			else {
				score += (1.0 - score) * 0.15;
				reasons.add("both in " + String.join(", ", common));
			}
		}
		if (a.record.sector() != null && b.record.sector() != null && a.record.sector() != b.record.sector()) {
			score *= 0.8;
			reasons.add("but different sectors (" + a.record.sector() + " / " + b.record.sector() + ")");
		}
		score = Math.round(Math.min(score, 0.99) * 1000) / 1000.0;
		return new DuplicatePair(a.record, b.record, score, reasons);
	}

	/**
	 * What {@code given}'s acronyms say about {@code other}: that other's name is one of
	 * them ("IOM"), or that one of them is the initials of other's name ("DSWD" for
	 * "Department of Social Welfare and Development").
	 */
	private static void acronymEvidence(NameForms given, NameForms other, List<Double> evidence, List<String> reasons) {
		for (String acronym : given.givenAcronyms) {
			if (other.nameIsAcronym && NameForms.acronymKey(other.record.name()).equals(acronym)
					&& !given.nameIsAcronym) {
				evidence.add(NAME_IS_ACRONYM);
				reasons.add("'" + other.record.name() + "' is the acronym of '" + given.record.name() + "'");
				return;
			}
		}
		for (String acronym : given.givenAcronyms) {
			if (other.derivedAcronyms.contains(acronym) && !other.givenAcronyms.contains(acronym)) {
				evidence.add(given.nameIsAcronym ? NAME_IS_ACRONYM : INITIALS);
				reasons.add("'" + acronym + "' is the initials of '" + other.record.name() + "'");
				return;
			}
		}
	}

	/** The best share of matching words between a name or alias of each. */
	private static double nearestNames(NameForms a, NameForms b) {
		double best = 0;
		for (String[] x : a.allNameWords) {
			for (String[] y : b.allNameWords) {
				best = Math.max(best, wordDice(x, y));
			}
		}
		return best;
	}

	/**
	 * Dice's coefficient over words, a word matching an equal one or, from five letters,
	 * one a typo away (one edit up to eight letters, two beyond).
	 */
	static double wordDice(String[] x, String[] y) {
		if (x.length == 0 || y.length == 0) {
			return 0;
		}
		boolean[] used = new boolean[y.length];
		int matched = 0;
		for (String word : x) {
			int found = -1;
			for (int j = 0; j < y.length && found < 0; j++) {
				if (!used[j] && word.equals(y[j])) {
					found = j;
				}
			}
			for (int j = 0; j < y.length && found < 0; j++) {
				if (!used[j] && nearlyEqual(word, y[j])) {
					found = j;
				}
			}
			if (found >= 0) {
				used[found] = true;
				matched++;
			}
		}
		return 2.0 * matched / (x.length + y.length);
	}

	private static boolean nearlyEqual(String x, String y) {
		if (x.length() < 5 || y.length() < 5 || Math.abs(x.length() - y.length()) > 2 || x.charAt(0) != y.charAt(0)) {
			return false;
		}
		int distance = TWO_EDITS.apply(x, y);
		int allowed = Math.min(x.length(), y.length()) > 8 ? 2 : 1;
		return distance >= 0 && distance <= allowed;
	}

}
