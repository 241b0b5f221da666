package org.partnergraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;

import static org.assertj.core.api.Assertions.assertThat;

/** How sectors, link types and themes are read from what people write. */
class VocabularyTest {

	@Test
	void comparesSpellingsByTheirWordsOnly() {
		assertThat(Vocabulary.key("  VICTIM_identification ")).isEqualTo("victim-identification");
		assertThat(Vocabulary.key("Fishing & seafood")).isEqualTo("fishing-and-seafood");
		assertThat(Vocabulary.key("R&D")).isEqualTo("r-and-d");
		assertThat(Vocabulary.key("Cyber-trafficking")).isEqualTo("cyber-trafficking");
		assertThat(Vocabulary.key("Organisation non gouvernementale (ONG), Réseau"))
			.isEqualTo("organisation-non-gouvernementale-ong-reseau");
		assertThat(Vocabulary.key("--")).isEmpty();
	}

	@Test
	void readsSectorCodesLabelsAndSynonymsInAnyCaseAndSpacing() {
		assertThat(found(Vocabulary.SECTORS.read("cso"))).isEqualTo(Sector.CSO);
		assertThat(found(Vocabulary.SECTORS.read("Civil society"))).isEqualTo(Sector.CSO);
		assertThat(found(Vocabulary.SECTORS.read("civil-society"))).isEqualTo(Sector.CSO);
		assertThat(found(Vocabulary.SECTORS.read("State agency"))).isEqualTo(Sector.STATE);
		assertThat(found(Vocabulary.SECTORS.read("NATIONAL_MECHANISM"))).isEqualTo(Sector.MECHANISM);
		assertThat(Vocabulary.SECTORS.read("NGO")).isEqualTo(new Vocabulary.Reading.Found<>(Sector.CSO, "NGO"));
		assertThat(Vocabulary.SECTORS.read("Civil Society Organisation"))
			.isEqualTo(new Vocabulary.Reading.Found<>(Sector.CSO, "Civil Society Organisation"));
		assertThat(found(Vocabulary.SECTORS.read("UN agency"))).isEqualTo(Sector.INTERNATIONAL);
	}

	@Test
	void asksWhichSectorAnAmbiguousWordMeans() {
		assertThat(problem(Vocabulary.SECTORS.read("Government")))
			.isEqualTo("'Government' could be JUSTICE, STATE (State agency), MECHANISM (National mechanism) or "
					+ "DONOR: write which one");
	}

	@Test
	void suggestsTheNearestSectorsForASlip() {
		assertThat(problem(Vocabulary.SECTORS.read("Civil socety"))).isEqualTo(
				"'Civil socety' is not one of " + List.of(Sector.values()) + "; did you mean CSO (Civil society)?");
		assertThat(problem(Vocabulary.SECTORS.read("Xyz")))
			.isEqualTo("'Xyz' is not one of " + List.of(Sector.values()));
	}

	@Test
	void readsLinkTypesAndRefusesPassivesWithTheFix() {
		assertThat(found(Vocabulary.LINK_TYPES.read("Data partnership"))).isEqualTo(LinkType.DATA_PARTNERSHIP);
		assertThat(found(Vocabulary.LINK_TYPES.read("member of"))).isEqualTo(LinkType.MEMBER_OF);
		assertThat(found(Vocabulary.LINK_TYPES.read("Funding"))).isEqualTo(LinkType.FUNDS);
		assertThat(problem(Vocabulary.LINK_TYPES.read("Funded by")))
			.isEqualTo("'Funded by' names the link from its other end: swap 'from' and 'to' and write FUNDS");
		assertThat(problem(Vocabulary.LINK_TYPES.read("colaborates"))).endsWith("did you mean COLLABORATES?");
	}

	@Test
	void readsThemesByIdOrNameAndCreatesOnlyWhatIsNotASlip() {
		var themes = new ThemeVocabulary(List.of("stored-theme"));
		assertThat(themes.read("Victim identification"))
			.isEqualTo(new ThemeVocabulary.Reading.Found("victim-identification", false));
		assertThat(themes.read("victim identification"))
			.isEqualTo(new ThemeVocabulary.Reading.Found("victim-identification", false));
		assertThat(themes.read("VICTIM-IDENTIFICATION"))
			.isEqualTo(new ThemeVocabulary.Reading.Found("victim-identification", false));
		assertThat(themes.read("Capacity building of justice officials"))
			.isEqualTo(new ThemeVocabulary.Reading.Found("justice-capacity-building", false));
		assertThat(themes.read("Stored theme")).isEqualTo(new ThemeVocabulary.Reading.Found("stored-theme", false));
		assertThat(themes.read("justice capacity bulding")).isEqualTo(new ThemeVocabulary.Reading.Problem(
				"'justice capacity bulding' is not a known theme; did you mean justice-capacity-building "
						+ "(Capacity building of justice officials)?"));
		assertThat(themes.read("Trafficking for begging"))
			.isEqualTo(new ThemeVocabulary.Reading.Found("trafficking-for-begging", true));
		// Known from then on: no second creation, and slips of it are caught too.
		assertThat(themes.read("trafficking-for-begging"))
			.isEqualTo(new ThemeVocabulary.Reading.Found("trafficking-for-begging", false));
		assertThat(themes.read("trafficking for beging")).isInstanceOf(ThemeVocabulary.Reading.Problem.class);
	}

	/** The synonym tables of import/README.md are those the import reads. */
	@Test
	void theReadmeDocumentsEverySynonym() throws IOException {
		String readme = Files.readString(Path.of("..", "import", "README.md"));
		assertDocumented(readme, Vocabulary.SECTOR_SYNONYMS);
		assertDocumented(readme, Vocabulary.LINK_TYPE_SYNONYMS);
		String prose = readme.replaceAll("\\s+", " ");
		for (var ambiguity : Vocabulary.SECTOR_AMBIGUITIES.entrySet()) {
			assertThat(prose).contains("`" + ambiguity.getKey() + "` (");
		}
		for (var passive : Vocabulary.LINK_TYPE_PASSIVES.entrySet()) {
			assertThat(prose).contains("`" + passive.getKey() + "` (`" + passive.getValue().name() + "`)");
		}
	}

	private static <E extends Enum<E>> void assertDocumented(String readme, Map<String, E> synonyms) {
		for (var synonym : synonyms.entrySet()) {
			String row = readme.lines()
				.filter(line -> line.startsWith("| `" + synonym.getValue().name() + "` |"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no README row for " + synonym.getValue()));
			assertThat(row).as(synonym.getKey()).contains("`" + synonym.getKey() + "`");
		}
		for (String line : readme.lines().toList()) {
			for (E value : synonyms.values()) {
				if (line.startsWith("| `" + value.name() + "` |")) {
					long documented = line.chars().filter(c -> c == '`').count() / 2 - 1;
					long coded = synonyms.values().stream().filter(value::equals).count();
					assertThat(documented).as(value.name()).isEqualTo(coded);
				}
			}
		}
	}

	private static <E> E found(Vocabulary.Reading<E> reading) {
		assertThat(reading).isInstanceOf(Vocabulary.Reading.Found.class);
		return ((Vocabulary.Reading.Found<E>) reading).value();
	}

	private static String problem(Vocabulary.Reading<?> reading) {
		assertThat(reading).isInstanceOf(Vocabulary.Reading.Problem.class);
		return ((Vocabulary.Reading.Problem<?>) reading).message();
	}

}
