package org.partnergraph.curation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.partnergraph.problem.BadParameterException;
import org.partnergraph.problem.ForbiddenException;
import org.partnergraph.problem.NotFoundException;
import org.partnergraph.security.Role;
import org.partnergraph.security.Roles;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeLog;
import org.partnergraph.store.CurationStore;
import org.springframework.stereotype.Service;

/**
 * Reads the history. A record's history is read only by those who may see the record: a
 * record the caller may not see answers 404 as an unknown one, and its changes are left
 * out of every list. A record deleted since keeps its history, read by those who could
 * see it last.
 */
@Service
public class History {

	private final ChangeLog log;

	private final CurationStore store;

	History(ChangeLog log, CurationStore store) {
		this.log = log;
		this.store = store;
	}

	public List<ChangeLog.Change> ofStakeholder(String id, int limit) {
		Visibility visibility = reader();
		boolean stored = this.store.stakeholderExists(id);
		boolean visible = this.store.stakeholder(id).isPresent();
		return known(stored, visible, this.log.history("stakeholder", id, visibility, limit), "stakeholder", id);
	}

	public List<ChangeLog.Change> ofLink(String id, int limit) {
		Visibility visibility = reader();
		boolean stored = this.store.linkExists(id);
		boolean visible = this.store.link(id).isPresent();
		return known(stored, visible, this.log.history("link", id, visibility, limit), "link", id);
	}

	public List<ChangeLog.Change> changes(String since, String until, String actor, String importId, int limit) {
		return this.log.changes(time("since", since), time("until", until), actor, importId, reader(), limit);
	}

	private static List<ChangeLog.Change> known(boolean stored, boolean visible, List<ChangeLog.Change> changes,
			String what, String id) {
		// A hidden record answers as an unknown one, whatever its history holds.
		if ((stored && !visible) || (!stored && changes.isEmpty())) {
			throw new NotFoundException("No " + what + " with id '" + id + "'");
		}
		return changes;
	}

	/** The history names accounts, so it is for signed-in readers only. */
	private static Visibility reader() {
		if (!Roles.currentHasAtLeast(Role.VIEWER)) {
			throw new ForbiddenException("The history is for signed-in readers.");
		}
		return Visibility.current();
	}

	private static OffsetDateTime time(String parameter, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
			}
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException(parameter,
					parameter + " must be a day (YYYY-MM-DD) or a time with its offset (2026-05-01T09:00:00Z)");
		}
	}

}
