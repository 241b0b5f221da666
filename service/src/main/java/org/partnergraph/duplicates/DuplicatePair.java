package org.partnergraph.duplicates;

import java.util.List;

import org.partnergraph.store.StakeholderRecord;

/**
 * Two stakeholders that are likely one organisation.
 *
 * @param a the one whose id sorts first
 * @param b the other
 * @param score from 0 (unlikely) to 1 (certainly the same)
 * @param reasons why, strongest first, in words an editor reads
 */
public record DuplicatePair(StakeholderRecord a, StakeholderRecord b, double score, List<String> reasons) {

	public DuplicatePair {
		reasons = List.copyOf(reasons);
	}

}
