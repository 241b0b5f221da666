// The history of a large set of changes (an import's), written after its transaction: the set's summary, and
// its changes packed in parts until they are written out as :Change nodes (see ChangeSets in the service).
CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (s:ChangeSet) REQUIRE s.id IS UNIQUE;
CREATE INDEX change_set_status IF NOT EXISTS FOR (s:ChangeSet) ON (s.status);
CREATE INDEX change_set_part IF NOT EXISTS FOR (p:ChangeSetPart) ON (p.set);
