// The ids of merged stakeholders, which redirect to the stakeholder they were merged into: a GET of an old id
// finds its redirect by id, a merge repoints the redirects into the ids it merges, and an import drops the
// redirects of the ids it writes again (MergedIds in the service).
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:MergedId) REQUIRE m.id IS UNIQUE;
CREATE INDEX merged_id_into IF NOT EXISTS FOR (m:MergedId) ON (m.into);
