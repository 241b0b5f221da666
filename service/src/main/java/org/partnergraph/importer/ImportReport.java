package org.partnergraph.importer;

/** What an import did, or with {@code dryRun} would do. */
public record ImportReport(ImportMode mode, boolean dryRun, int stakeholdersCreated, int stakeholdersUpdated,
		int stakeholdersUnchanged, int stakeholdersDeleted, int linksCreated, int linksUpdated, int linksUnchanged,
		int linksDeleted) {
}
