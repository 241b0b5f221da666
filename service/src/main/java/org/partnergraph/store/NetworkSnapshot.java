package org.partnergraph.store;

import java.util.List;

/** Every stakeholder and link the database holds, read in one transaction. */
public record NetworkSnapshot(List<StakeholderRecord> stakeholders, List<LinkRecord> links) {
}
