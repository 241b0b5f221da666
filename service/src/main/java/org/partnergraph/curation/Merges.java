package org.partnergraph.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.neo4j.driver.TransactionContext;
import org.partnergraph.importer.EditRules;
import org.partnergraph.importer.InvalidRecordException;
import org.partnergraph.importer.InvalidRecordException.FieldError;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.problem.ConflictException;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeLog;
import org.partnergraph.store.CurationStore;
import org.partnergraph.store.LinkRecord;
import org.partnergraph.store.MergedIds;
import org.partnergraph.store.RecordFields;
import org.partnergraph.store.StakeholderRecord;
import org.partnergraph.store.Versioned;
import org.springframework.stereotype.Service;

/**
 * Merges stakeholders that are one organisation into the one that stays, in one write
 * transaction: the kept one gains the others' countries, themes, names (as aliases) and
 * custom attributes; their links move to it; their ids lead to it; the history records
 * each step. A preview runs the same code and rolls it back.
 *
 * <p>
 * Confidentiality, as in the other edits: a stakeholder the caller may not see answers as
 * an unknown id, wherever it is named. A stakeholder with links the caller may not see is
 * not merged (409, as its delete is refused): moving those links would change what the
 * caller may not see, and leaving them would leave it in place. Nor is one merged into a
 * less confidential one, which would show its names and links more widely than they were.
 * Parallel links of different confidentiality stay apart, so no evidence moves to readers
 * it was hidden from, and a link the caller may not see is never combined with.
 */
@Service
public class Merges {

	/** The source of a merge's changes in the history; see {@link Reverts}. */
	static final String SOURCE = "merge";

	private static final String EVIDENCE_SEPARATOR = " ; ";

	private final CurationStore store;

	private final EditRules rules;

	Merges(CurationStore store, EditRules rules) {
		this.store = store;
		this.rules = rules;
	}

	/**
	 * What a merge did, or would do.
	 *
	 * @param dryRun whether it was a preview, which wrote nothing
	 * @param kept the id of the stakeholder that stays
	 * @param merged the ids merged into it, which now lead to it
	 * @param stakeholder the kept stakeholder after the merge
	 * @param fields each of its fields the merge changes, with {@code from} and
	 * {@code to}
	 * @param moved the links moved to it
	 * @param combined the links joined into a parallel one: same type, same other end,
	 * same dates and same confidentiality
	 * @param selfLoopsDropped the links between stakeholders that become one, deleted
	 */
	public record Outcome(boolean dryRun, String kept, List<String> merged, Map<String, Object> stakeholder,
			Map<String, Map<String, Object>> fields, List<MovedLink> moved, List<CombinedLink> combined,
			List<DroppedLink> selfLoopsDropped) {
	}

	/**
	 * A link moved: its ends now, and what they (and its id) were. An id derived from the
	 * ends is derived again from the new ones; a link onto a RESTRICTED stakeholder takes
	 * a sealed id. Its history follows it to its new id.
	 */
	public record MovedLink(String id, LinkType type, String from, String to, String previousId, String previousFrom,
			String previousTo) {
	}

	/** A link {@code absorbed} joined into link {@code id}, whose evidence is both. */
	public record CombinedLink(String id, LinkType type, String from, String to, String absorbed, String evidence) {
	}

	/** A link between the kept stakeholder and a merged one, or two merged ones. */
	public record DroppedLink(String id, LinkType type, String from, String to) {
	}

	/** The outcome and the kept stakeholder's revision after it, for its ETag. */
	public record Merged(Outcome outcome, long revision) {
	}

	/**
	 * Merges the stakeholders the body names in {@code from} into {@code id}.
	 * @param ifMatch the ETag of the kept stakeholder as last read: required unless a dry
	 * run, checked whenever sent
	 */
	public Merged merge(String id, Map<String, Object> body, String ifMatch, boolean dryRun) {
		Visibility visibility = Editors.current();
		String condition = (dryRun && (ifMatch == null || ifMatch.isBlank())) ? null : Preconditions.required(ifMatch);
		List<String> from = mergedIds(body);
		if (from.contains(id)) {
			throw new InvalidRecordException("from", "'" + id + "' cannot be merged with itself");
		}
		Function<TransactionContext, Merged> work = tx -> new Merge(tx, visibility, id, from, dryRun).run(condition);
		return dryRun ? this.store.preview(work) : this.store.write(work);
	}

	private static List<String> mergedIds(Map<String, Object> body) {
		var errors = new ArrayList<FieldError>();
		if (body != null) {
			body.keySet()
				.stream()
				.filter(field -> !"from".equals(field))
				.forEach(field -> errors.add(new FieldError(field, "unknown field; the only field is from")));
		}
		Object from = (body == null) ? null : body.get("from");
		var ids = new LinkedHashSet<String>();
		if (from instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof String text && !text.isBlank()) {
					ids.add(text.strip());
				}
				else {
					errors.add(new FieldError("from", "each entry must be the id of a stakeholder"));
					break;
				}
			}
		}
		if (ids.isEmpty() && errors.isEmpty()) {
			errors.add(new FieldError("from", "name the stakeholders to merge into this one: a list of their ids"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRecordException(errors);
		}
		return List.copyOf(ids);
	}

	/** One merge, in its transaction. */
	private final class Merge {

		private final TransactionContext tx;

		private final Visibility visibility;

		private final String keptId;

		private final List<String> fromIds;

		private final boolean dryRun;

		private final Map<ParallelKey, Survivor> links = new LinkedHashMap<>();

		private final List<CurationStore.StoredLink> dropped = new ArrayList<>();

		Merge(TransactionContext tx, Visibility visibility, String keptId, List<String> fromIds, boolean dryRun) {
			this.tx = tx;
			this.visibility = visibility;
			this.keptId = keptId;
			this.fromIds = fromIds;
			this.dryRun = dryRun;
		}

		Merged run(String condition) {
			Versioned<StakeholderRecord> kept = StakeholderEdits.locked(this.tx, this.keptId, this.visibility);
			if (condition != null) {
				Preconditions.check(condition, kept, "The stakeholder");
			}
			var merged = new ArrayList<StakeholderRecord>();
			for (String id : this.fromIds) {
				merged.add(StakeholderEdits.locked(this.tx, id, this.visibility).value());
			}
			Confidentiality keptLevel = kept.value().confidentiality();
			for (StakeholderRecord other : merged) {
				if (other.confidentiality().compareTo(keptLevel) > 0) {
					throw new InvalidRecordException("from",
							"'" + other.id() + "' is " + other.confidentiality() + " and '" + this.keptId + "' is "
									+ keptLevel + ": merge into a stakeholder at least as confidential (raise its "
									+ "confidentiality first), so nothing is shown more widely than it was");
				}
				if (CurationStore.linksOf(this.tx, other.id(), this.visibility).hidden() > 0) {
					// As a delete is refused: named, but not what holds it.
					throw new ConflictException("'" + other.id()
							+ "' has links your account may not remove; ask an administrator to merge it");
				}
			}
			StakeholderRecord after = combined(kept.value(), merged);
			planLinks(keptLevel);
			Outcome outcome = outcome(kept.value(), after);
			if (this.dryRun) {
				return new Merged(outcome, kept.revision());
			}
			write(kept.value(), after, merged);
			return new Merged(outcome, kept.revision() + 1);
		}

		/**
		 * The kept stakeholder with the union of the countries, themes and names of all,
		 * validated as an edit is; its other fields, and its custom attributes where both
		 * have one, win.
		 */
		private StakeholderRecord combined(StakeholderRecord kept, List<StakeholderRecord> merged) {
			var taken = new LinkedHashSet<String>();
			taken.add(key(kept.name()));
			if (kept.acronym() != null) {
				taken.add(key(kept.acronym()));
			}
			var aliases = new ArrayList<String>();
			kept.aliases().forEach(alias -> {
				taken.add(key(alias));
				aliases.add(alias);
			});
			var countries = new ArrayList<>(kept.countries());
			var themes = new ArrayList<>(kept.themes());
			var attributes = new TreeMap<String, String>();
			for (StakeholderRecord other : merged) {
				var names = new ArrayList<String>();
				names.add(other.name());
				names.add(other.acronym());
				names.addAll(other.aliases());
				for (String name : names) {
					if (name != null && !name.isBlank() && taken.add(key(name))) {
						aliases.add(name.strip());
					}
				}
				countries.addAll(other.countries());
				themes.addAll(other.themes());
				other.attributes().forEach(attributes::putIfAbsent);
			}
			attributes.putAll(kept.attributes());
			StakeholderRecord union = kept.withAliasesCountriesAndThemes(aliases, countries, themes);
			return Merges.this.rules.stakeholder(Cells.of(union), CurationStore.visibleThemes(this.tx, this.visibility))
				.withAttributes(attributes);
		}

		/**
		 * Where each link of the merged stakeholders goes: onto the kept one, into a
		 * parallel link the caller sees, or nowhere (a self-loop).
		 */
		private void planLinks(Confidentiality keptLevel) {
			Set<String> merged = Set.copyOf(this.fromIds);
			var all = new ArrayList<>(this.fromIds);
			all.add(this.keptId);
			MergedIds.lockLinks(this.tx, all);
			for (CurationStore.StoredLink link : CurationStore.linksTouching(this.tx, this.keptId)) {
				String other = link.link().from().equals(this.keptId) ? link.link().to() : link.link().from();
				if (link.visibleTo(this.visibility) && !merged.contains(other)) {
					this.links.putIfAbsent(ParallelKey.of(link.link()), new Survivor(link, link.link(), false));
				}
			}
			var moving = new LinkedHashMap<String, CurationStore.StoredLink>();
			for (String id : this.fromIds) {
				CurationStore.linksTouching(this.tx, id)
					.stream()
					.sorted(Comparator.comparing((CurationStore.StoredLink l) -> l.link().type())
						.thenComparing(l -> l.link().id()))
					.forEach(link -> moving.putIfAbsent(link.link().type() + " " + link.link().id(), link));
			}
			EditRules.Ids ids = null;
			var claimed = new java.util.HashSet<String>();
			for (CurationStore.StoredLink link : moving.values()) {
				LinkRecord l = link.link();
				String from = merged.contains(l.from()) ? this.keptId : l.from();
				String to = merged.contains(l.to()) ? this.keptId : l.to();
				if (from.equals(to)) {
					this.dropped.add(link);
					continue;
				}
				LinkRecord moved = l.withEnds(from, to);
				Survivor parallel = this.links.get(ParallelKey.of(moved));
				if (parallel != null) {
					parallel.absorb(link);
					continue;
				}
				if (l.id().equals(LinkRecord.derivedId(l.from(), l.type(), l.to()))) {
					// An id derived from its ends is derived again from the new ones,
					// so a later import of the same tie under the kept id updates it
					// rather than adding a second; unless that id is taken.
					String derived = LinkRecord.derivedId(from, l.type(), to);
					if (claimed.add(l.type() + " " + derived) && CurationStore.links(this.tx, derived)
						.stream()
						.noneMatch(other -> other.link().type() == l.type())) {
						moved = moved.withId(derived);
					}
				}
				if (keptLevel == Confidentiality.RESTRICTED) {
					// A link that touches a RESTRICTED stakeholder is stored under a
					// sealed id, as an import or an edit would store it.
					ids = (ids != null) ? ids : Merges.this.rules.ids(this.tx);
					if (!ids.isSealedLink(moved.id())) {
						moved = moved.withId(ids.sealedLink(moved.id()));
					}
				}
				this.links.put(ParallelKey.of(moved), new Survivor(link, moved, true));
			}
		}

		private Outcome outcome(StakeholderRecord kept, StakeholderRecord after) {
			var moved = new ArrayList<MovedLink>();
			var combined = new ArrayList<CombinedLink>();
			for (Survivor survivor : this.links.values()) {
				LinkRecord now = survivor.now;
				LinkRecord was = survivor.original.link();
				if (survivor.moved) {
					moved
						.add(new MovedLink(now.id(), now.type(), now.from(), now.to(), was.id(), was.from(), was.to()));
				}
				for (CurationStore.StoredLink absorbed : survivor.absorbed) {
					combined.add(new CombinedLink(now.id(), now.type(), now.from(), now.to(), absorbed.link().id(),
							now.evidence()));
				}
			}
			var dropped = this.dropped.stream()
				.map(link -> new DroppedLink(link.link().id(), link.link().type(), link.link().from(),
						link.link().to()))
				.toList();
			var stakeholder = new LinkedHashMap<>(RecordFields.of(after));
			stakeholder.put("attributes", after.attributes());
			return new Outcome(this.dryRun, this.keptId, this.fromIds, stakeholder,
					RecordFields.diff(RecordFields.of(kept), RecordFields.of(after)), moved, combined, dropped);
		}

		private void write(StakeholderRecord kept, StakeholderRecord after, List<StakeholderRecord> merged) {
			EditRules.Writes writes = Merges.this.rules.writes(this.tx);
			var entries = new ArrayList<ChangeLog.Entry>();
			writes.upsertStakeholder(after);
			entries.add(marked(ChangeLog.Entry.stakeholder("UPDATE", kept, after), "merged", this.fromIds));
			for (Survivor survivor : this.links.values()) {
				LinkRecord was = survivor.original.link();
				LinkRecord now = survivor.now;
				if (survivor.moved) {
					// A relationship cannot change its ends: the link is written anew,
					// and
					// its revision goes on from the one it had.
					writes.deleteLink(was);
					writes.upsertLink(now);
					if (!was.id().equals(now.id())) {
						// Its history follows it to its new id, hidden with it if sealed.
						MergedIds.moveLinkHistory(this.tx, now.type(), was.id(), now.id(),
								kept.confidentiality() == Confidentiality.RESTRICTED);
					}
					MergedIds.continueRevision(this.tx, now.type(), now.id(), survivor.original.revision());
				}
				else if (!survivor.absorbed.isEmpty()) {
					writes.upsertLink(now);
				}
				if (survivor.moved || !survivor.absorbed.isEmpty()) {
					entries
						.add(ChangeLog.Entry.link("UPDATE", was, now, level(now.from(), kept), level(now.to(), kept)));
				}
				for (CurationStore.StoredLink absorbed : survivor.absorbed) {
					entries.add(marked(deleted(absorbed), "combinedInto", now.id()));
				}
			}
			for (CurationStore.StoredLink link : this.dropped) {
				entries.add(marked(deleted(link), "selfLoopOf", this.keptId));
			}
			var levels = new LinkedHashMap<String, Confidentiality>();
			for (StakeholderRecord other : merged) {
				// Its remaining links (absorbed or dropped) go with it.
				writes.deleteStakeholder(other.id());
				levels.put(other.id(), other.confidentiality());
				entries.add(marked(ChangeLog.Entry.stakeholder("DELETE", other, null), "mergedInto", this.keptId));
			}
			MergedIds.record(this.tx, levels, this.keptId);
			writes.bumpDataVersion();
			ChangeLog.Origin edit = Editors.origin();
			ChangeLog.record(this.tx, new ChangeLog.Origin(edit.actor(), edit.at(), SOURCE, null), entries);
		}

		/** The level of a link's end after the merge. */
		private Confidentiality level(String end, StakeholderRecord kept) {
			if (end.equals(this.keptId)) {
				return kept.confidentiality();
			}
			return CurationStore.stakeholderLevel(this.tx, end).orElse(Confidentiality.PUBLIC);
		}

	}

	/** A link that stays after the merge, and those joined into it. */
	private final class Survivor {

		private final CurationStore.StoredLink original;

		private final boolean moved;

		private final List<CurationStore.StoredLink> absorbed = new ArrayList<>();

		private LinkRecord now;

		Survivor(CurationStore.StoredLink original, LinkRecord now, boolean moved) {
			this.original = original;
			this.now = now;
			this.moved = moved;
		}

		/**
		 * Joins a parallel link into this one: both evidences, and the custom attributes
		 * of both (this one's where both have one); its other fields are this one's.
		 */
		void absorb(CurationStore.StoredLink link) {
			var attributes = new TreeMap<>(link.link().attributes());
			attributes.putAll(this.now.attributes());
			LinkRecord joined = this.now.withEvidence(joinedEvidence(this.now.evidence(), link.link().evidence()))
				.withAttributes(attributes);
			// Validated as an edit of its evidence is.
			this.now = Merges.this.rules.link(Cells.of(joined), Set.of(joined.from(), joined.to()))
				.withAttributes(attributes);
			this.absorbed.add(link);
		}

	}

	/**
	 * What makes two links one after a merge: the same type between the same stakeholders
	 * (either way round for a symmetric type), the same dates and the same
	 * confidentiality.
	 */
	private record ParallelKey(LinkType type, String from, String to, LocalDate start, LocalDate end,
			Confidentiality confidentiality) {

		static ParallelKey of(LinkRecord link) {
			boolean swap = link.type().symmetric() && link.from().compareTo(link.to()) > 0;
			return new ParallelKey(link.type(), swap ? link.to() : link.from(), swap ? link.from() : link.to(),
					link.start(), link.end(), link.confidentiality());
		}

	}

	private static String joinedEvidence(String kept, String other) {
		if (other == null || other.isBlank()) {
			return kept;
		}
		if (kept == null || kept.isBlank()) {
			return other;
		}
		if (List.of(kept.split(EVIDENCE_SEPARATOR.strip()))
			.stream()
			.map(String::strip)
			.anyMatch(other.strip()::equals)) {
			return kept;
		}
		return kept + EVIDENCE_SEPARATOR + other;
	}

	private static ChangeLog.Entry deleted(CurationStore.StoredLink link) {
		return ChangeLog.Entry.link("DELETE", link.link(), null, link.fromLevel(), link.toLevel());
	}

	/**
	 * The entry with a note of the merge beside its fields, as a field set to a value.
	 */
	private static ChangeLog.Entry marked(ChangeLog.Entry entry, String note, Object value) {
		var fields = new LinkedHashMap<String, Map<String, Object>>();
		var change = new LinkedHashMap<String, Object>();
		change.put("from", null);
		change.put("to", value);
		fields.put(note, change);
		fields.putAll(entry.fields());
		return new ChangeLog.Entry(entry.action(), entry.record(), entry.recordId(), entry.linkType(), entry.levels(),
				fields, entry.reverts());
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
