// The history of every stakeholder and link: one :Change per change, apart from the network.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_record IF NOT EXISTS FOR (c:Change) ON (c.recordId);
CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq);
CREATE INDEX change_import IF NOT EXISTS FOR (c:Change) ON (c.importId);
