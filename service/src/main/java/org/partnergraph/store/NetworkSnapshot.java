package org.partnergraph.store;

import java.util.HashSet;
import java.util.List;

import org.partnergraph.security.Visibility;

/** Every stakeholder and link the database holds, read in one transaction. */
public record NetworkSnapshot(List<StakeholderRecord> stakeholders, List<LinkRecord> links) {

	/**
	 * The part a caller may see, by the same rule as {@link Visibility#NODE_CONDITION}
	 * and {@link Visibility#LINK_CONDITION}: visible stakeholders, and visible links
	 * between them.
	 */
	public NetworkSnapshot visibleTo(Visibility visibility) {
		var visibleIds = new HashSet<String>();
		List<StakeholderRecord> visibleStakeholders = this.stakeholders.stream()
			.filter(s -> visibility.sees(s.confidentiality()))
			.peek(s -> visibleIds.add(s.id()))
			.toList();
		List<LinkRecord> visibleLinks = this.links.stream()
			.filter(l -> visibility.sees(l.confidentiality()) && visibleIds.contains(l.from())
					&& visibleIds.contains(l.to()))
			.toList();
		return new NetworkSnapshot(visibleStakeholders, visibleLinks);
	}

}
