package org.partnergraph.curation;

import java.time.OffsetDateTime;

import org.partnergraph.importer.InvalidRecordException;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.problem.ForbiddenException;
import org.partnergraph.security.Role;
import org.partnergraph.security.Roles;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.ChangeLog;

/** Who may edit, and what. */
final class Editors {

	private Editors() {
	}

	/**
	 * Editing needs the EDITOR role (or ADMIN); it is checked before anything is read.
	 */
	static Visibility current() {
		if (!Roles.currentHasAtLeast(Role.EDITOR)) {
			throw new ForbiddenException("Editing the network needs the EDITOR role or above.");
		}
		return Visibility.current();
	}

	/** The history's note of who edits, and when. */
	static ChangeLog.Origin origin() {
		var caller = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return ChangeLog.Origin.edit(caller.getName(), OffsetDateTime.now());
	}

	/** A caller writes only what it may see, as in an import. */
	static void mayWrite(Visibility visibility, Confidentiality level) {
		if (!visibility.sees(level)) {
			throw new InvalidRecordException("confidentiality", "you may not write " + level + " data");
		}
	}

}
