package org.partnergraph.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.NetworkSnapshot;
import org.partnergraph.store.StakeholderRecord;

/**
 * The ids an import writes: the given ones, sealed where the record is hidden from some
 * callers (see {@link SealedIds}).
 *
 * <p>
 * A row names a stakeholder by the id its author knows: the given id, which for a
 * RESTRICTED stakeholder is the id before the seal. A record that becomes RESTRICTED in
 * this import is renamed to its sealed id rather than duplicated, and so is a link that
 * becomes hidden.
 *
 * @param stakeholders the file's stakeholders under the ids they are stored as
 * @param links the file's links under stored ids, their ends too
 * @param stored what the caller sees, with the renames below already applied, to compare
 * the file with
 * @param stakeholderRenames stored ids that change, before the file is written
 * @param linkRenames the same for links, by type
 */
record ImportIds(List<StakeholderRecord> stakeholders, List<LinkRecord> links, NetworkSnapshot stored,
		Map<String, String> stakeholderRenames, Map<LinkType, Map<String, String>> linkRenames) {

	/** The longest given id that can still take a seal. */
	static final int MAX_SEALABLE_STAKEHOLDER_ID = 100 - SealedIds.SEAL_LENGTH;

	static final int MAX_SEALABLE_LINK_ID = 300 - SealedIds.SEAL_LENGTH;

	static final String RESERVED_STAKEHOLDER = "cannot be used; choose another (ids that end in '.r' and 16 hexadecimal digits are reserved)";

	static final String RESERVED_LINK = "cannot be used; choose another (link ids that end in '~~' and 16 hexadecimal digits are reserved)";

	/**
	 * @param stored what the caller may see
	 * @param seesHidden whether the caller sees every level, and may so give sealed ids
	 * of its own
	 * @param rowOf where each given id is in its file, for errors
	 */
	static ImportIds resolve(SealedIds seal, List<StakeholderRecord> stakeholders, List<LinkRecord> links,
			NetworkSnapshot stored, boolean seesHidden, RowLookup rowOf, List<ImportError> errors) {
		Set<String> visibleStakeholders = new HashSet<>();
		Map<String, Confidentiality> levels = new HashMap<>();
		stored.stakeholders().forEach(s -> {
			visibleStakeholders.add(s.id());
			levels.put(s.id(), s.confidentiality());
		});
		Map<LinkType, Set<String>> visibleLinks = new EnumMap<>(LinkType.class);
		stored.links().forEach(l -> visibleLinks.computeIfAbsent(l.type(), t -> new HashSet<>()).add(l.id()));

		Map<String, String> stakeholderIds = new LinkedHashMap<>();
		Map<String, String> stakeholderRenames = new LinkedHashMap<>();
		var finalStakeholders = new ArrayList<StakeholderRecord>();
		for (int index = 0; index < stakeholders.size(); index++) {
			StakeholderRecord s = stakeholders.get(index);
			if (SealedIds.isSealedStakeholder(s.id()) && !seesHidden && !visibleStakeholders.contains(s.id())) {
				errors.add(rowOf.stakeholderError(s.id(), "id", "id '" + s.id() + "' " + RESERVED_STAKEHOLDER));
				continue;
			}
			String id = s.id();
			if (SealedIds.hides(s.confidentiality()) && !SealedIds.isSealedStakeholder(id)) {
				if (id.length() > MAX_SEALABLE_STAKEHOLDER_ID) {
					errors.add(rowOf.stakeholderError(s.id(), "id", "the id of a RESTRICTED stakeholder is at most "
							+ MAX_SEALABLE_STAKEHOLDER_ID + " characters"));
					continue;
				}
				id = seal.stakeholder(id);
				if (visibleStakeholders.contains(s.id()) && !visibleStakeholders.contains(id)) {
					stakeholderRenames.put(s.id(), id);
				}
			}
			stakeholderIds.put(s.id(), id);
			levels.put(id, s.confidentiality());
			finalStakeholders.add(s.withId(id));
		}

		Map<LinkType, Map<String, String>> linkRenames = new EnumMap<>(LinkType.class);
		var finalLinks = new ArrayList<LinkRecord>();
		for (int index = 0; index < links.size(); index++) {
			LinkRecord l = links.get(index);
			Set<String> visibleOfType = visibleLinks.getOrDefault(l.type(), Set.of());
			if (SealedIds.isSealedLink(l.id()) && !seesHidden && !visibleOfType.contains(l.id())) {
				errors.add(rowOf.linkError(l.id(), "id", "id '" + l.id() + "' " + RESERVED_LINK));
				continue;
			}
			String from = endpoint(l.from(), stakeholderIds, visibleStakeholders, seal);
			String to = endpoint(l.to(), stakeholderIds, visibleStakeholders, seal);
			boolean hidden = SealedIds.hides(l.confidentiality()) || SealedIds.hides(levels.get(from))
					|| SealedIds.hides(levels.get(to));
			String id = l.id();
			if (hidden && !SealedIds.isSealedLink(id)) {
				if (id.length() > MAX_SEALABLE_LINK_ID) {
					errors.add(rowOf.linkError(l.id(), "id",
							"the id of a hidden link is at most " + MAX_SEALABLE_LINK_ID + " characters"));
					continue;
				}
				id = seal.link(id);
				if (visibleOfType.contains(l.id()) && !visibleOfType.contains(id)) {
					linkRenames.computeIfAbsent(l.type(), t -> new LinkedHashMap<>()).put(l.id(), id);
				}
			}
			finalLinks.add(l.withId(id).withEnds(from, to));
		}
		return new ImportIds(finalStakeholders, finalLinks, renamed(stored, stakeholderRenames, linkRenames),
				stakeholderRenames, linkRenames);
	}

	/**
	 * A stakeholder named by a link: one of the file's, one stored, or a stored
	 * RESTRICTED one named by its given id.
	 */
	private static String endpoint(String given, Map<String, String> fileIds, Set<String> visible, SealedIds seal) {
		if (fileIds.containsKey(given)) {
			return fileIds.get(given);
		}
		if (visible.contains(given) || SealedIds.isSealedStakeholder(given)) {
			return given;
		}
		String sealed = seal.stakeholder(given);
		return visible.contains(sealed) ? sealed : given;
	}

	/**
	 * The stakeholder ids a link row may name: those of the file, those stored that the
	 * caller sees, and the given ids of the stored RESTRICTED ones it sees.
	 */
	static Set<String> nameable(Set<String> fileIds, NetworkSnapshot stored, SealedIds seal) {
		Set<String> ids = new HashSet<>(fileIds);
		for (StakeholderRecord s : stored.stakeholders()) {
			ids.add(s.id());
			int cut = s.id().length() - SealedIds.SEAL_LENGTH;
			if (SealedIds.isSealedStakeholder(s.id()) && cut > 0
					&& seal.stakeholder(s.id().substring(0, cut)).equals(s.id())) {
				ids.add(s.id().substring(0, cut));
			}
		}
		return ids;
	}

	boolean renamesAnything() {
		return !this.stakeholderRenames.isEmpty() || !this.linkRenames.isEmpty();
	}

	private static NetworkSnapshot renamed(NetworkSnapshot stored, Map<String, String> stakeholderRenames,
			Map<LinkType, Map<String, String>> linkRenames) {
		if (stakeholderRenames.isEmpty() && linkRenames.isEmpty()) {
			return stored;
		}
		var stakeholders = stored.stakeholders()
			.stream()
			.map(s -> s.withId(stakeholderRenames.getOrDefault(s.id(), s.id())))
			.toList();
		var links = stored.links().stream().map(l -> {
			String id = linkRenames.getOrDefault(l.type(), Map.of()).getOrDefault(l.id(), l.id());
			return l.withId(id)
				.withEnds(stakeholderRenames.getOrDefault(l.from(), l.from()),
						stakeholderRenames.getOrDefault(l.to(), l.to()));
		}).toList();
		return new NetworkSnapshot(stakeholders, links);
	}

	/**
	 * Places an error on the row that gives an id. Only links with an id of their own
	 * meet errors here: a derived id is never of the sealed form, nor too long to seal.
	 */
	interface RowLookup {

		ImportError stakeholderError(String id, String column, String message);

		ImportError linkError(String id, String column, String message);

	}

}
