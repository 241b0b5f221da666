package org.partnergraph.importer;

import java.util.List;

/**
 * What an import did, or with {@code dryRun} would do, and what it warns about.
 *
 * @param warnings what was read differently from how the file shows it (never an error:
 * those refuse the import)
 * @param importId the id its changes carry in the history; null for a dry run and for an
 * import that changed nothing
 */
public record ImportReport(ImportMode mode, boolean dryRun, int stakeholdersCreated, int stakeholdersUpdated,
		int stakeholdersUnchanged, int stakeholdersDeleted, int linksCreated, int linksUpdated, int linksUnchanged,
		int linksDeleted, List<ImportWarning> warnings, String importId) {

	public ImportReport {
		warnings = List.copyOf(warnings);
	}

	/** The counts, and how many warnings: what the log and the audit trail keep. */
	@Override
	public String toString() {
		return "ImportReport[mode=" + this.mode + ", dryRun=" + this.dryRun + ", stakeholdersCreated="
				+ this.stakeholdersCreated + ", stakeholdersUpdated=" + this.stakeholdersUpdated
				+ ", stakeholdersUnchanged=" + this.stakeholdersUnchanged + ", stakeholdersDeleted="
				+ this.stakeholdersDeleted + ", linksCreated=" + this.linksCreated + ", linksUpdated="
				+ this.linksUpdated + ", linksUnchanged=" + this.linksUnchanged + ", linksDeleted=" + this.linksDeleted
				+ ", warnings=" + this.warnings.size() + "]";
	}

}
