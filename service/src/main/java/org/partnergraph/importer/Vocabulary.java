package org.partnergraph.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;

/**
 * What people write for a sector or a link type, read as the code it means: the code or
 * the label in any case and spacing ({@code civil society}, {@code Civil-Society},
 * {@code CSO}), or a common synonym from the table below. A synonym that could mean
 * several codes is an error that asks which; anything else unknown is an error with the
 * nearest codes as suggestions.
 *
 * <p>
 * The synonym tables are documented in {@code import/README.md} ("Synonyms"), which
 * {@code VocabularyTest} checks against them.
 */
final class Vocabulary<E extends Enum<E>> {

	/** Sector synonyms: what staff write, and the sector it means. */
	static final Map<String, Sector> SECTOR_SYNONYMS = ordered(Sector.class, new Object[][] {
			{ Sector.CSO, "NGO", "NGOs", "INGO", "civil society organisation", "civil society organization",
					"non-governmental organisation", "non-governmental organization", "non-profit", "CBO",
					"community-based organisation", "community-based organization", "faith-based organisation",
					"faith-based organization", "charity" },
			{ Sector.PRIVATE, "company", "private company", "corporate", "corporation", "business association",
					"chamber of commerce", "industry association" },
			{ Sector.INTERNATIONAL, "international organization", "IO", "IGO", "UN", "UN agency", "United Nations",
					"intergovernmental organisation", "intergovernmental organization", "multilateral" },
			{ Sector.DONOR, "donor government", "aid agency", "development agency", "development partner", "funder" },
			{ Sector.JUSTICE, "police", "law enforcement", "prosecution", "prosecutor", "judiciary", "court",
					"ministry of justice", "justice ministry", "attorney general", "criminal justice" },
			{ Sector.STATE, "government agency", "line ministry", "social welfare", "labour", "labor", "immigration" },
			{ Sector.MECHANISM, "task force", "taskforce", "national task force", "national committee",
					"inter-agency committee", "multi-agency committee" },
			{ Sector.ASEAN, "ASEAN sectoral body", "ASEAN mechanism" },
			{ Sector.PROGRAMME, "program", "project", "platform", "initiative" },
			{ Sector.INSTRUMENT, "plan of action", "action plan", "work plan", "national plan", "convention" } });

	/** Words that could mean several sectors: the import asks which. */
	static final Map<String, List<Sector>> SECTOR_AMBIGUITIES = Map.of("government",
			List.of(Sector.JUSTICE, Sector.STATE, Sector.MECHANISM, Sector.DONOR), "ministry",
			List.of(Sector.JUSTICE, Sector.STATE), "public sector",
			List.of(Sector.JUSTICE, Sector.STATE, Sector.MECHANISM));

	/** Link type synonyms, each read in the direction its type has. */
	static final Map<String, LinkType> LINK_TYPE_SYNONYMS = ordered(LinkType.class,
			new Object[][] { { LinkType.FUNDS, "fund", "funding", "grant", "finances" },
					{ LinkType.IMPLEMENTS, "implementation", "implementing partner" },
					{ LinkType.CONVENES, "convening", "hosts", "organises", "organizes" },
					{ LinkType.DATA_PARTNERSHIP, "data sharing", "data exchange", "data partner" },
					{ LinkType.LEADS, "lead", "chairs" },
					{ LinkType.MEMBER_OF, "member", "membership", "is member of", "belongs to" },
					{ LinkType.SUPPORTS, "support", "technical support", "technical assistance", "advises" },
					{ LinkType.COLLABORATES, "collaboration", "collaborates with", "partner", "partnership", "partners",
							"works with", "cooperation", "cooperates", "MoU" } });

	/**
	 * Passive forms name a type from its other end: the import asks for the active type
	 * with the ends swapped rather than guess which column is which.
	 */
	static final Map<String, LinkType> LINK_TYPE_PASSIVES = ordered(LinkType.class,
			new Object[][] { { LinkType.FUNDS, "funded by" }, { LinkType.IMPLEMENTS, "implemented by" },
					{ LinkType.CONVENES, "convened by" }, { LinkType.LEADS, "led by" },
					{ LinkType.MEMBER_OF, "has member" }, { LinkType.SUPPORTS, "supported by" } });

	static final Vocabulary<Sector> SECTORS = new Vocabulary<>(Sector.class,
			sector -> List.of(sector.label(), sector.shortLabel()), SECTOR_SYNONYMS, SECTOR_AMBIGUITIES, Map.of());

	static final Vocabulary<LinkType> LINK_TYPES = new Vocabulary<>(LinkType.class, type -> List.of(type.label()),
			LINK_TYPE_SYNONYMS, Map.of(), LINK_TYPE_PASSIVES);

	private static final int SUGGESTIONS = 3;

	private final Class<E> type;

	private final Function<E, List<String>> labels;

	/** Codes and labels, by key. */
	private final Map<String, E> exact = new LinkedHashMap<>();

	private final Map<String, E> synonyms = new LinkedHashMap<>();

	private final Map<String, List<E>> ambiguities = new LinkedHashMap<>();

	private final Map<String, E> passives = new LinkedHashMap<>();

	private Vocabulary(Class<E> type, Function<E, List<String>> labels, Map<String, E> synonyms,
			Map<String, List<E>> ambiguities, Map<String, E> passives) {
		this.type = type;
		this.labels = labels;
		for (E value : type.getEnumConstants()) {
			this.exact.put(key(value.name()), value);
			labels.apply(value).forEach(label -> this.exact.putIfAbsent(key(label), value));
		}
		synonyms.forEach((word, value) -> this.synonyms.put(key(word), value));
		ambiguities.forEach((word, values) -> this.ambiguities.put(key(word), values));
		passives.forEach((word, value) -> this.passives.put(key(word), value));
	}

	/** What a cell says, read. */
	sealed interface Reading<E> {

		/**
		 * @param synonym the synonym the value was read from, or null for a code or label
		 */
		record Found<E>(E value, String synonym) implements Reading<E> {
		}

		record Problem<E>(String message) implements Reading<E> {
		}

	}

	Reading<E> read(String text) {
		String key = key(text);
		E found = this.exact.get(key);
		if (found != null) {
			return new Reading.Found<>(found, null);
		}
		found = this.synonyms.get(key);
		if (found != null) {
			return new Reading.Found<>(found, text);
		}
		List<E> choices = this.ambiguities.get(key);
		if (choices != null) {
			return new Reading.Problem<>("'" + text + "' could be " + describe(choices, " or ") + ": write which one");
		}
		E passive = this.passives.get(key);
		if (passive != null) {
			return new Reading.Problem<>("'" + text + "' names the link from its other end: swap 'from' and 'to' and "
					+ "write " + passive.name());
		}
		List<E> near = nearest(key);
		return new Reading.Problem<>("'" + text + "' is not one of " + Arrays.toString(this.type.getEnumConstants())
				+ (near.isEmpty() ? "" : "; did you mean " + describe(near, " or ") + "?"));
	}

	/** The code with its label, as messages name it: {@code CSO (Civil society)}. */
	String describe(E value) {
		String label = this.labels.apply(value).getFirst();
		return key(label).equals(key(value.name())) ? value.name() : value.name() + " (" + label + ")";
	}

	private String describe(Collection<E> values, String lastJoin) {
		List<String> named = values.stream().map(this::describe).toList();
		if (named.size() == 1) {
			return named.getFirst();
		}
		return String.join(", ", named.subList(0, named.size() - 1)) + lastJoin + named.getLast();
	}

	private List<E> nearest(String key) {
		int limit = nearLimit(key);
		if (limit == 0) {
			return List.of();
		}
		var distance = new LevenshteinDistance(limit);
		record Candidate<E>(E value, int distance) {
		}
		var candidates = new ArrayList<Candidate<E>>();
		for (var known : List.of(this.exact, this.synonyms)) {
			known.forEach((word, value) -> {
				int d = distance.apply(key, word);
				if (d >= 0) {
					candidates.add(new Candidate<>(value, d));
				}
			});
		}
		var values = new LinkedHashSet<E>();
		candidates.stream()
			.sorted(Comparator.comparingInt(Candidate::distance))
			.forEach(candidate -> values.add(candidate.value()));
		return values.stream().limit(SUGGESTIONS).toList();
	}

	/**
	 * How many edits still count as a slip of the keyboard: one in a short word, up to
	 * three in a long one, never a quarter of the word or more.
	 */
	static int nearLimit(String key) {
		return Math.min(3, key.length() / 4);
	}

	/**
	 * The form two spellings are compared in: lower case, accents dropped, {@code &} read
	 * as "and", and any run of spaces, hyphens, underscores or punctuation as one hyphen.
	 * "Victim identification", "victim-identification" and "VICTIM_IDENTIFICATION" all
	 * become {@code victim-identification}.
	 */
	static String key(String text) {
		String plain = text;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
				break;
			}
		}
		// By hand rather than by regular expressions: every sector, link type and theme
		// cell of a large import passes here.
		var key = new StringBuilder(plain.length());
		boolean separated = false;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			}
			if (c == '&') {
				key.append(key.isEmpty() ? "and" : "-and");
				separated = true;
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (separated && !key.isEmpty()) {
					key.append('-');
				}
				key.append(c);
				separated = false;
			}
			else {
				separated = true;
			}
		}
		return key.toString();
	}

	private static <E extends Enum<E>> Map<String, E> ordered(Class<E> type, Object[][] rows) {
		var map = new LinkedHashMap<String, E>();
		for (Object[] row : rows) {
			E value = type.cast(row[0]);
			for (int i = 1; i < row.length; i++) {
				map.put((String) row[i], value);
			}
		}
		return java.util.Collections.unmodifiableMap(map);
	}

}
