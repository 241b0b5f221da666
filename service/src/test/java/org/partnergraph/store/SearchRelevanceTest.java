package org.partnergraph.store;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchRelevanceTest {

	@Test
	void wholeWordsCountMoreThanBeginningsAndTheWholeNameMost() {
		int acronym = SearchRelevance.score("IOM", "International Organization for Migration", "IOM", List.of());
		int alias = SearchRelevance.score("IOM", "Cambodia Office", null, List.of("IOM Cambodia"));
		int prefix = SearchRelevance.score("IOM", "Iomega Labs", null, List.of());
		assertThat(acronym).isEqualTo(2 + 3);
		assertThat(alias).isEqualTo(2);
		assertThat(prefix).isEqualTo(1);
		assertThat(SearchRelevance.score("stop the", "Stop the Traffik (STT)", "STT", List.of())).isEqualTo(4);
		assertThat(SearchRelevance.score("nothing", "Stop the Traffik", null, List.of())).isZero();
	}

	@Test
	void wordsIgnoreCaseAccentsAndPunctuation() {
		assertThat(SearchRelevance.words("Việt Nam's (MoLISA)")).containsExactly("viet", "nam", "s", "molisa");
		assertThat(SearchRelevance.score("viet nam", "Việt Nam", null, List.of())).isEqualTo(2 + 2 + 3);
	}

}
