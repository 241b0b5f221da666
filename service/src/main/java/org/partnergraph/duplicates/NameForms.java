package org.partnergraph.duplicates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnergraph.model.Countries;
import org.partnergraph.model.Level;
import org.partnergraph.model.Sector;
import org.partnergraph.store.StakeholderRecord;

/**
 * The forms of a stakeholder's names that duplicates are found by: its normalised name
 * and aliases as word lists, its acronyms (given, or derived from initials), and the
 * countries its name or record names.
 *
 * <p>
 * Normalising folds case and diacritics ("Việt Nam" is "viet nam"), reads punctuation as
 * a space, drops stop words ("the", "of", "and"; also a few Indonesian, Malay, French and
 * Spanish ones, since national-language names are common), drops legal forms ("Ltd",
 * "Inc", "PT"), unifies British and American spellings and takes country names out of the
 * words: "Philippines Department of Justice" and "Department of Justice" with country PH
 * are the same words, and the country goes to the countries.
 */
final class NameForms {

	static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "for", "in", "on", "to", "a", "an", "at", "by",
			"with", "its", "de", "la", "le", "les", "des", "du", "et", "el", "los", "y", "dan", "untuk", "di", "ke",
			"yang", "bagi");

	/** Legal forms and words that say nothing about which organisation it is. */
	static final Set<String> ORGANISATION_WORDS = Set.of("inc", "ltd", "limited", "llc", "co", "corp", "corporation",
			"company", "plc", "pt", "tbk", "gmbh", "sa", "bhd", "sdn", "pte", "org");

	private static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("organisation", "organization"),
			Map.entry("organisations", "organizations"), Map.entry("programme", "program"),
			Map.entry("programmes", "programs"), Map.entry("labour", "labor"), Map.entry("centre", "center"),
			Map.entry("defence", "defense"), Map.entry("counselling", "counseling"), Map.entry("&", "and"));

	private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Words naming a country, to the country's code (after the patterns it needs). */
	static final Map<String, String> COUNTRY_WORDS = countryWords();

	final StakeholderRecord record;

	/** The significant words of the name, country words taken out. */
	final List<String> nameWords;

	/** The name's words as one string, to compare whole names. */
	final String nameKey;

	/**
	 * The name's and aliases' keys, each normalised like the name, to the text they come
	 * from.
	 */
	final Map<String, String> allNameKeys;

	/** The words of each of {@link #allNameKeys}, split once. */
	final List<String[]> allNameWords;

	/** Whether the name itself is an acronym, as in a record named "IOM". */
	final boolean nameIsAcronym;

	/**
	 * Acronyms the record gives: its acronym field, a name in brackets, a name or alias
	 * that is one.
	 */
	final Set<String> givenAcronyms;

	/** Initials of the name's words, with and without stop words and country words. */
	final Set<String> derivedAcronyms;

	/** The record's countries and those its name names. */
	final Set<String> countries;

	/** The countries the name itself names ("Lao Women's Union"). */
	final Set<String> nameCountries;

	/**
	 * A government body or a national one: two of the same name in different countries
	 * are different bodies, where an international organisation's country lists may just
	 * differ.
	 */
	final boolean national;

	/** Numbers in the name: "Region 1 Office" and "Region 2 Office" are different. */
	final Set<String> numbers;

	NameForms(StakeholderRecord record) {
		this.record = record;
		var countries = new TreeSet<>(record.countries());
		var given = new LinkedHashSet<String>();
		addAcronym(given, record.acronym());
		String name = record.name() == null ? "" : record.name();
		Matcher bracketed = PARENTHESES.matcher(name);
		var aliases = new ArrayList<String>(record.aliases());
		while (bracketed.find()) {
			String inside = bracketed.group(1).strip();
			if (looksLikeAcronym(inside)) {
				addAcronym(given, inside);
			}
			else if (!inside.isEmpty()) {
				// "Department of Foreign Affairs and Trade (Australian Government)":
				// another
				// name, not part of this one.
				aliases.add(inside);
			}
		}
		String bare = PARENTHESES.matcher(name).replaceAll(" ");
		this.nameIsAcronym = looksLikeAcronym(bare.strip());
		if (this.nameIsAcronym) {
			addAcronym(given, bare.strip());
		}
		if (record.acronym() != null && !looksLikeAcronym(record.acronym())) {
			// "Komnas Perempuan" is given as an acronym, but is a short name.
			aliases.add(record.acronym());
		}
		for (String alias : record.aliases()) {
			if (looksLikeAcronym(alias.strip())) {
				addAcronym(given, alias.strip());
			}
		}
		this.givenAcronyms = Set.copyOf(given);
		List<String> rawWords = words(bare);
		var named = new TreeSet<String>();
		this.nameWords = significant(rawWords, named);
		this.nameCountries = Set.copyOf(named);
		countries.addAll(named);
		this.national = record.level() == Level.NATIONAL || record.level() == Level.SUBNATIONAL
				|| record.sector() == Sector.JUSTICE || record.sector() == Sector.STATE
				|| record.sector() == Sector.MECHANISM;
		this.nameKey = String.join(" ", this.nameWords);
		var keys = new LinkedHashMap<String, String>();
		if (!this.nameKey.isEmpty()) {
			keys.put(this.nameKey, name);
		}
		for (String alias : aliases) {
			String key = String.join(" ", significant(words(alias), new TreeSet<>()));
			if (!key.isEmpty()) {
				keys.putIfAbsent(key, alias.strip());
			}
		}
		this.allNameKeys = Collections.unmodifiableMap(keys);
		this.allNameWords = keys.keySet().stream().map(key -> key.split(" ")).toList();
		this.derivedAcronyms = Set.copyOf(initials(rawWords));
		this.countries = Set.copyOf(countries);
		var numbers = new TreeSet<String>();
		rawWords.stream().filter(word -> word.chars().allMatch(Character::isDigit)).forEach(numbers::add);
		this.numbers = Set.copyOf(numbers);
	}

	/** "IOM", "DSWD", "ASEAN-ACT", "TA Hub", "Komnas HAM": short, and mostly capitals. */
	static boolean looksLikeAcronym(String text) {
		if (text == null || text.length() < 2 || text.length() > 16) {
			return false;
		}
		String[] parts = text.split("[\\s\\-./]+");
		if (parts.length > 3) {
			return false;
		}
		long capitals = text.chars().filter(Character::isUpperCase).count();
		long letters = text.chars().filter(Character::isLetter).count();
		return capitals >= 2 && capitals * 2 >= letters;
	}

	/** "ASEAN-ACT" and "Asean Act" are both "ASEANACT". */
	static String acronymKey(String text) {
		return NOT_WORD.matcher(fold(text)).replaceAll("").toUpperCase(Locale.ROOT);
	}

	private static void addAcronym(Set<String> into, String text) {
		if (text == null) {
			return;
		}
		String key = acronymKey(text);
		if (key.length() >= 2) {
			into.add(key);
		}
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
	}

	/** Lower case words, "&" read as "and", spellings unified. */
	static List<String> words(String text) {
		var words = new ArrayList<String>();
		for (String word : NOT_WORD.split(fold(text.replace("&", " and ")).toLowerCase(Locale.ROOT))) {
			if (word.equals("un")) {
				// "UN Women", "UN Office on Drugs and Crime".
				words.add("united");
				words.add("nations");
			}
			else if (!word.isEmpty()) {
				words.add(SPELLINGS.getOrDefault(word, word));
			}
		}
		return words;
	}

	/** Words without stop words, legal forms and country names (moved to countries). */
	private static List<String> significant(List<String> words, Set<String> countries) {
		var kept = new ArrayList<String>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (i + 1 < words.size()) {
				String pair = COUNTRY_WORDS.get(word + " " + words.get(i + 1));
				if (pair != null) {
					countries.add(pair);
					i++;
					continue;
				}
			}
			String country = COUNTRY_WORDS.get(word);
			if (country != null) {
				countries.add(country);
			}
			else if (!STOP_WORDS.contains(word) && !ORGANISATION_WORDS.contains(word)) {
				kept.add(word);
			}
		}
		return kept;
	}

	/**
	 * Initials, with and without stop words ("Senior Officials Meeting on Transnational
	 * Crime" is SOMTC, "International Organization for Migration" IOM) and with and
	 * without the country ("Philippines Department of Social Welfare and Development" is
	 * known as DSWD). Only three letters or more: two-letter initials match too much.
	 */
	private static Set<String> initials(List<String> words) {
		var found = new LinkedHashSet<String>();
		for (boolean skipStopWords : new boolean[] { true, false }) {
			for (boolean skipCountries : new boolean[] { true, false }) {
				var letters = new StringBuilder();
				for (String word : words) {
					if ((skipStopWords && STOP_WORDS.contains(word)) || ORGANISATION_WORDS.contains(word)
							|| (skipCountries && COUNTRY_WORDS.containsKey(word))
							|| word.chars().allMatch(Character::isDigit)) {
						continue;
					}
					letters.append(Character.toUpperCase(word.charAt(0)));
				}
				if (letters.length() >= 3) {
					found.add(letters.toString());
				}
			}
		}
		return found;
	}

	private static Map<String, String> countryWords() {
		var words = new HashMap<String, String>();
		for (String code : Countries.codes()) {
			String name = Countries.name(code).toLowerCase(Locale.ROOT);
			List<String> parts = words(name);
			if (parts.size() == 1) {
				words.put(parts.get(0), code);
			}
			else if (parts.size() == 2) {
				words.put(parts.get(0) + " " + parts.get(1), code);
			}
		}
		// How the region's own documents name and qualify its countries.
		String[][] regional = { { "philippine", "PH" }, { "cambodian", "KH" }, { "kampuchea", "KH" },
				{ "indonesian", "ID" }, { "lao", "LA" }, { "laos", "LA" }, { "thai", "TH" }, { "vietnamese", "VN" },
				{ "viet nam", "VN" }, { "burma", "MM" }, { "burmese", "MM" }, { "malaysian", "MY" },
				{ "singaporean", "SG" }, { "singapore", "SG" }, { "brunei", "BN" }, { "bruneian", "BN" },
				{ "timor leste", "TL" }, { "timorese", "TL" }, { "australian", "AU" }, { "american", "US" } };
		for (String[] entry : regional) {
			words.put(entry[0], entry[1]);
		}
		// "Lao PDR" is one country; "PDR" alone names none.
		words.put("lao pdr", "LA");
		return Map.copyOf(words);
	}

}
