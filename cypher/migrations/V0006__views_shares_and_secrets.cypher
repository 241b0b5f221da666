// Saved views and their share links: every embed request finds its view by id and its share link by view
// and id, and a view's page lists its links by view. Server secrets: one node per name, so that two first
// uses at once MERGE the same node (ServerSecrets).
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT view_share_id IF NOT EXISTS FOR (s:ViewShare) REQUIRE s.id IS UNIQUE;
CREATE INDEX view_share_view IF NOT EXISTS FOR (s:ViewShare) ON (s.viewId);
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:PartnerGraphMeta) REQUIRE m.key IS UNIQUE;
