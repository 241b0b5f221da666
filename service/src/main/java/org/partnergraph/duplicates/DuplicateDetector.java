package org.partnergraph.duplicates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.partnergraph.store.StakeholderRecord;

/**
 * Finds likely duplicate stakeholders among the records it is given, best first.
 *
 * <p>
 * <b>Evidence.</b> Each pair is scored by {@link PairScorer}: the same normalised name,
 * an alias of one that is a name or alias of the other, the same given acronym, one's
 * acronym that is the other's name or the initials of its name, and names whose words
 * nearly all match (typos and spelling variants). Shared countries add a little, but
 * never make a pair alone; different sectors and different countries lower the score.
 *
 * <p>
 * <b>Cost.</b> Pairs are only compared when they share a blocking key: a significant name
 * or alias word, or an acronym (given or derived). A key that more than
 * {@value #MAX_BLOCK} stakeholders share ("ministry", "national") makes no pairs by
 * itself, so the work is about {@code O(n * b)} for blocks of size at most {@code b}
 * rather than {@code O(n^2)}. The whole normalised name is a key too, so equal names
 * always meet. Pairs that share only very common words are rarely duplicates, and those
 * that are usually share an acronym or alias too; a typo in a name made only of common
 * words is the case this misses.
 */
public final class DuplicateDetector {

	/** The largest block that is expanded into pairs. */
	static final int MAX_BLOCK = 300;

	private DuplicateDetector() {
	}

	/** Every likely pair among the stakeholders, best first. */
	public static List<DuplicatePair> detect(Collection<StakeholderRecord> stakeholders, double minScore) {
		return detect(stakeholders, record -> true, minScore);
	}

	/**
	 * The likely pairs with at least one stakeholder that {@code involving} accepts (an
	 * import's new rows), best first.
	 */
	public static List<DuplicatePair> detect(Collection<StakeholderRecord> stakeholders,
			Predicate<StakeholderRecord> involving, double minScore) {
		List<NameForms> forms = stakeholders.stream().map(NameForms::new).toList();
		Map<String, List<Integer>> blocks = new HashMap<>();
		List<Set<String>> keysOf = new ArrayList<>(forms.size());
		for (int i = 0; i < forms.size(); i++) {
			Set<String> keys = blockingKeys(forms.get(i));
			keysOf.add(keys);
			for (String key : keys) {
				blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
		}
		boolean[] focus = new boolean[forms.size()];
		for (int i = 0; i < forms.size(); i++) {
			focus[i] = involving.test(forms.get(i).record);
		}
		// Which stakeholder's candidates last met each one: a pair sharing several keys
		// is
		// scored once.
		int[] metBy = new int[forms.size()];
		java.util.Arrays.fill(metBy, -1);
		var pairs = new ArrayList<DuplicatePair>();
		for (int i = 0; i < forms.size(); i++) {
			if (!focus[i]) {
				continue;
			}
			for (String key : keysOf.get(i)) {
				List<Integer> block = blocks.get(key);
				if (block.size() > MAX_BLOCK) {
					continue;
				}
				for (int j : block) {
					// Each pair of two focused stakeholders once, from its first.
					if (j == i || (focus[j] && j < i) || metBy[j] == i) {
						continue;
					}
					metBy[j] = i;
					DuplicatePair pair = PairScorer.score(forms.get(i), forms.get(j));
					if (pair != null && pair.score() >= minScore) {
						pairs.add(pair);
					}
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(DuplicatePair::score)
			.reversed()
			.thenComparing(pair -> pair.a().id())
			.thenComparing(pair -> pair.b().id()));
		return pairs;
	}

	private static Set<String> blockingKeys(NameForms forms) {
		var keys = new HashSet<String>();
		for (String nameKey : forms.allNameKeys.keySet()) {
			// The whole name too, so two equal names meet however common their words.
			keys.add("n:" + nameKey);
			for (String word : nameKey.split(" ")) {
				if (word.length() >= 2 && !word.chars().allMatch(Character::isDigit)) {
					keys.add("w:" + word);
				}
			}
		}
		forms.givenAcronyms.forEach(acronym -> keys.add("a:" + acronym));
		forms.derivedAcronyms.forEach(acronym -> keys.add("a:" + acronym));
		return keys;
	}

}
