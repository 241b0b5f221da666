package org.partnergraph.briefing;

import java.util.List;
import java.util.Locale;

import org.partnergraph.model.Countries;
import org.partnergraph.model.Sector;

/**
 * How findings name things: sectors as nouns a strategy officer uses, lists joined with
 * "and", long lists cut short. The same data always gives the same words.
 */
final class Wording {

	/** Names listed in a sentence before "and N more". */
	static final int NAMES_IN_TEXT = 3;

	private Wording() {
	}

	static String one(Sector sector) {
		return switch (sector) {
			case JUSTICE -> "justice agency";
			case STATE -> "state agency";
			case MECHANISM -> "national mechanism";
			case ASEAN -> "ASEAN body";
			case CSO -> "CSO";
			case PRIVATE -> "company";
			case INTERNATIONAL -> "international organisation";
			case DONOR -> "donor";
			case PROGRAMME -> "programme";
			case INSTRUMENT -> "instrument";
		};
	}

	static String many(Sector sector) {
		return switch (sector) {
			case JUSTICE -> "justice agencies";
			case STATE -> "state agencies";
			case MECHANISM -> "national mechanisms";
			case ASEAN -> "ASEAN bodies";
			case CSO -> "CSOs";
			case PRIVATE -> "companies";
			case INTERNATIONAL -> "international organisations";
			case DONOR -> "donors";
			case PROGRAMME -> "programmes";
			case INSTRUMENT -> "instruments";
		};
	}

	/** "a CSO", "an ASEAN body". */
	static String aOne(Sector sector) {
		String noun = one(sector);
		return ("AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
	}

	static String count(int n, Sector sector) {
		return n + " " + (n == 1 ? one(sector) : many(sector));
	}

	static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	static String country(String code) {
		String name = Countries.name(code);
		return name == null ? code : name;
	}

	/** "A", "A and B", "A, B and C". */
	static String and(List<String> items) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.getFirst();
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
	}

	/** The first few names, then "and N more". */
	static String names(List<String> names) {
		if (names.size() <= NAMES_IN_TEXT + 1) {
			return and(names);
		}
		return String.join(", ", names.subList(0, NAMES_IN_TEXT)) + " and " + (names.size() - NAMES_IN_TEXT) + " more";
	}

	/** A share as a whole percentage, "61 %". */
	static String percent(double share) {
		return String.format(Locale.ROOT, "%d %%", Math.round(share * 100));
	}

	static String score(double score) {
		return String.format(Locale.ROOT, "%.2f", score);
	}

}
