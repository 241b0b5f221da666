package org.partnergraph.duplicates;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.partnergraph.generator.SyntheticNetwork;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Sector;
import org.partnergraph.store.StakeholderRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector on a hand-made directory with known duplicates (src/test/resources/
 * duplicates/known-pairs.csv: rows of one group are one organisation, rows without a
 * group are distinct, many of them on purpose close to another), and its time on 10,000
 * stakeholders.
 */
class DuplicateDetectorTest {

	static final double DEFAULT_MIN_SCORE = 0.5;

	@Test
	void findsTheKnownPairsWithReportedPrecisionAndRecall() throws IOException {
		Map<String, String> groupOf = new HashMap<>();
		List<StakeholderRecord> records = knownPairs(groupOf);
		Set<String> truth = new HashSet<>();
		for (StakeholderRecord a : records) {
			for (StakeholderRecord b : records) {
				String group = groupOf.get(a.id());
				if (a.id().compareTo(b.id()) < 0 && group != null && group.equals(groupOf.get(b.id()))) {
					truth.add(a.id() + " = " + b.id());
				}
			}
		}
		List<DuplicatePair> found = DuplicateDetector.detect(records, DEFAULT_MIN_SCORE);
		int correct = 0;
		for (DuplicatePair pair : found) {
			boolean right = truth.contains(pair.a().id() + " = " + pair.b().id());
			correct += right ? 1 : 0;
			System.out.printf(Locale.ROOT, "%s %.3f %s = %s: %s%n", right ? "  " : "FP", pair.score(), pair.a().name(),
					pair.b().name(), pair.reasons());
		}
		Set<String> foundKeys = new HashSet<>();
		found.forEach(pair -> foundKeys.add(pair.a().id() + " = " + pair.b().id()));
		truth.stream()
			.filter(key -> !foundKeys.contains(key))
			.sorted()
			.forEach(key -> System.out.println("missed " + key));
		double precision = found.isEmpty() ? 0 : (double) correct / found.size();
		double recall = (double) correct / truth.size();
		System.out.printf(Locale.ROOT,
				"Duplicates on %d hand-made stakeholders, min score %.2f: %d pairs found, %d of %d known pairs;"
						+ " precision %.3f, recall %.3f%n",
				records.size(), DEFAULT_MIN_SCORE, found.size(), correct, truth.size(), precision, recall);
		assertThat(precision).isGreaterThanOrEqualTo(0.9);
		assertThat(recall).isGreaterThanOrEqualTo(0.85);
	}

	/**
	 * The seed network, read as a strategy officer would: its 82 stakeholders are
	 * distinct organisations and instruments, so any pair found is a false alarm worth
	 * looking at. Since the seed has the national programme steering committees and the
	 * instruments, eight pairs of distinct bodies whose names differ by one or two words
	 * score as likely: the Regional Program Steering Committee with each of the seven
	 * national ones ("Regional" or "National" plus a country, which the detector sets
	 * aside), and ACTIP with the ASEAN Plan of Action ("Convention" or "Plan of Action").
	 * They are written out here, so any other pair still fails.
	 */
	@Test
	void theSeedNetworkHoldsNoLikelyDuplicates() throws IOException {
		var records = new ArrayList<StakeholderRecord>();
		try (Reader reader = new InputStreamReader(
				Objects.requireNonNull(getClass().getResourceAsStream("/partnergraph/seed/stakeholders.csv")),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				records.add(record(row.get("id"), row.get("name"), Sector.valueOf(row.get("sector")),
						row.get("acronym").isEmpty() ? null : row.get("acronym"), split(row.get("aliases")),
						row.get("countries")));
			}
		}
		List<DuplicatePair> found = DuplicateDetector.detect(records, 0.2);
		found.forEach(pair -> System.out.printf(Locale.ROOT, "seed %.3f %s = %s: %s%n", pair.score(), pair.a().name(),
				pair.b().name(), pair.reasons()));
		var lookAlikes = new java.util.TreeSet<String>();
		for (String country : List.of("id", "kh", "la", "mm", "ph", "th", "vn")) {
			lookAlikes.add("asean-act-rpsc=" + country + "-asean-act-npsc");
		}
		lookAlikes.add("actip=asean-poa-tip");
		assertThat(found).filteredOn(pair -> pair.score() >= DEFAULT_MIN_SCORE)
			.extracting(pair -> pair.a().id() + "=" + pair.b().id())
			.containsExactlyInAnyOrderElementsOf(lookAlikes);
	}

	@Test
	void anAcronymAndTheNameThatHoldsItAreOnePairWithTheirReasons() {
		var iom = record("iom", "International Organization for Migration (IOM)", Sector.INTERNATIONAL, null, List.of(),
				"PH");
		var short_ = record("iom-ph", "IOM", Sector.INTERNATIONAL, null, List.of(), "PH");
		assertThat(DuplicateDetector.detect(List.of(iom, short_), 0)).singleElement().satisfies(pair -> {
			assertThat(pair.a().id()).isEqualTo("iom");
			assertThat(pair.score()).isGreaterThan(0.85);
			assertThat(pair.reasons())
				.contains("'IOM' is the acronym of 'International Organization for Migration (IOM)'", "both in PH");
		});
	}

	@Test
	void initialsOfSignificantWordsMatchAGivenAcronym() {
		var long_ = record("dswd", "Department of Social Welfare and Development", Sector.STATE, null, List.of(), "PH");
		var acronym = record("x", "Social welfare department", Sector.STATE, "DSWD", List.of(), "PH");
		assertThat(DuplicateDetector.detect(List.of(long_, acronym), 0)).singleElement()
			.satisfies(pair -> assertThat(pair.reasons())
				.contains("'DSWD' is the initials of 'Department of Social Welfare and Development'"));
	}

	@Test
	void theSameNameInTwoCountriesIsTwoBodies() {
		var vn = record("vn-mps", "Ministry of Public Security", Sector.JUSTICE, null, List.of(), "VN");
		var la = record("la-mops", "Ministry of Public Security", Sector.JUSTICE, null, List.of(), "LA");
		assertThat(DuplicateDetector.detect(List.of(vn, la), DEFAULT_MIN_SCORE)).isEmpty();
		assertThat(DuplicateDetector.detect(List.of(vn, la), 0)).singleElement()
			.satisfies(pair -> assertThat(pair.reasons()).contains("but in different countries (LA / VN)"));
	}

	@Test
	void differentSectorsLowerTheScore() {
		var a = record("a", "Asia Foundation", Sector.CSO, null, List.of(), "TH");
		var b = record("b", "The Asia Foundation", Sector.CSO, null, List.of(), "TH");
		var c = record("c", "The Asia Foundation", Sector.DONOR, null, List.of(), "TH");
		List<DuplicatePair> pairs = DuplicateDetector.detect(List.of(a, b, c), 0);
		double sameSector = pairs.stream().filter(p -> p.b().id().equals("b")).findFirst().orElseThrow().score();
		double otherSector = pairs.stream().filter(p -> p.b().id().equals("c")).findFirst().orElseThrow().score();
		assertThat(otherSector).isLessThan(sameSector);
	}

	@Test
	void sharedCountriesAloneAreNoEvidence() {
		var a = record("a", "Chab Dai Coalition", Sector.CSO, null, List.of(), "KH");
		var b = record("b", "Hagar International", Sector.CSO, null, List.of(), "KH");
		assertThat(DuplicateDetector.detect(List.of(a, b), 0)).isEmpty();
	}

	@Test
	void onlyPairsInvolvingTheFocusAreReported() {
		var a = record("a", "IOM", Sector.INTERNATIONAL, null, List.of(), "");
		var b = record("b", "International Organization for Migration", Sector.INTERNATIONAL, "IOM", List.of(), "");
		var c = record("c", "International Organisation for Migration", Sector.INTERNATIONAL, null, List.of(), "");
		List<DuplicatePair> pairs = DuplicateDetector.detect(List.of(a, b, c), s -> s.id().equals("c"), 0);
		assertThat(pairs).extracting(p -> p.a().id() + p.b().id()).containsExactlyInAnyOrder("bc", "ac");
	}

	@Test
	void tenThousandGeneratedStakeholdersTakeLittleTime() {
		List<StakeholderRecord> generated = SyntheticNetwork.generate(10_000, 0, 1)
			.stakeholders()
			.stream()
			.map(s -> record(s.id(), s.name(), Sector.valueOf(s.sector()), null, List.of(),
					String.join(";", s.countries())))
			.toList();
		time("generator's 10,000", generated);
		time("10,000 with realistic names", realisticNames(10_000));
	}

	private static void time(String what, List<StakeholderRecord> records) {
		// Warm up once; the figure is the best of three.
		DuplicateDetector.detect(records, DEFAULT_MIN_SCORE);
		long best = Long.MAX_VALUE;
		int pairs = 0;
		for (int run = 0; run < 3; run++) {
			long started = System.nanoTime();
			pairs = DuplicateDetector.detect(records, DEFAULT_MIN_SCORE).size();
			best = Math.min(best, System.nanoTime() - started);
		}
		System.out.printf(Locale.ROOT, "Duplicates among %s stakeholders: %d pairs in %d ms%n", what, pairs,
				best / 1_000_000);
		assertThat(best / 1_000_000).isLessThan(10_000);
	}

	/**
	 * Names made of the words real directories use ("National Committee on Trafficking in
	 * Persons", country names, acronyms), so that blocks are as crowded as in a real
	 * directory of that size.
	 */
	static List<StakeholderRecord> realisticNames(int count) {
		String[] kinds = { "Ministry", "Department", "Office", "National Committee", "Council", "Commission",
				"Foundation", "Association", "Network", "Institute", "Centre", "Coalition", "Agency", "Bureau",
				"Task Force", "Working Group", "Union", "Programme", "Project", "Alliance" };
		String[] topics = { "Social Welfare", "Justice", "Labour", "Women", "Children", "Migrant Workers",
				"Human Rights", "Trafficking in Persons", "Public Security", "Home Affairs", "Foreign Affairs",
				"Development", "Legal Aid", "Shelter", "Fisheries", "Ethical Recruitment", "Victim Support",
				"Child Protection", "Gender Equality", "Supply Chains", "Anti-Corruption", "Immigration", "Health",
				"Education", "Youth", "Law Enforcement", "Prosecution", "Judiciary", "Reintegration", "Research" };
		String[] places = { "Cambodia", "Indonesia", "Lao PDR", "Myanmar", "Philippines", "Thailand", "Vietnam",
				"Malaysia", "Singapore", "Brunei", "Timor-Leste", "Mekong", "Asia", "ASEAN", "Bangkok", "Manila",
				"Jakarta", "Phnom Penh", "Yangon", "Hanoi", "Sabah", "Mindanao", "Java", "Isaan", "Shan State" };
		String[] countries = { "KH", "ID", "LA", "MM", "PH", "TH", "VN", "MY", "SG", "BN", "TL" };
		var random = new SplittableRandom(7);
		var records = new ArrayList<StakeholderRecord>(count);
		for (int i = 0; i < count; i++) {
			String kind = kinds[random.nextInt(kinds.length)];
			String topic = topics[random.nextInt(topics.length)];
			String topic2 = topics[random.nextInt(topics.length)];
			String place = places[random.nextInt(places.length)];
			// Most organisations have a word of their own ("Hagar", "Chab Dai").
			String own = random.nextInt(10) < 6 ? properWord(random) + " " : "";
			String name = random.nextBoolean() ? own + place + " " + kind + " for " + topic + " and " + topic2
					: own + kind + " of " + topic + " (" + place + ")";
			String acronym = random.nextInt(3) == 0 ? initials(name) : null;
			records.add(record("r" + i, name, Sector.values()[random.nextInt(Sector.values().length)], acronym,
					List.of(), countries[random.nextInt(countries.length)]));
		}
		return records;
	}

	private static String properWord(SplittableRandom random) {
		String[] syllables = { "ka", "ma", "sa", "ri", "lo", "dan", "pha", "thi", "nga", "bu", "sok", "chan", "dai",
				"har", "mek", "lin", "tam", "ban", "sue", "wan" };
		var word = new StringBuilder();
		for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
			word.append(syllables[random.nextInt(syllables.length)]);
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String initials(String name) {
		var letters = new StringBuilder();
		for (String word : name.split("[\\s()\\-]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				letters.append(word.charAt(0));
			}
		}
		return letters.toString();
	}

	static List<StakeholderRecord> knownPairs(Map<String, String> groupOf) throws IOException {
		var records = new ArrayList<StakeholderRecord>();
		try (Reader reader = new InputStreamReader(
				Objects.requireNonNull(DuplicateDetectorTest.class.getResourceAsStream("/duplicates/known-pairs.csv")),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				if (!row.get("group").isEmpty()) {
					groupOf.put(row.get("id"), row.get("group"));
				}
				records.add(record(row.get("id"), row.get("name"), Sector.valueOf(row.get("sector")),
						row.get("acronym").isEmpty() ? null : row.get("acronym"), split(row.get("aliases")),
						row.get("countries")));
			}
		}
		return records;
	}

	private static List<String> split(String cell) {
		return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(";"));
	}

	static StakeholderRecord record(String id, String name, Sector sector, String acronym, List<String> aliases,
			String countries) {
		return new StakeholderRecord(id, name, sector, acronym, aliases, null, null, split(countries), List.of(), null,
				null, null, Confidentiality.PUBLIC);
	}

}
