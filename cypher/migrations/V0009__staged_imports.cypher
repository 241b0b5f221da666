// An import too large for one transaction writes its stakeholders under this label first, in transactions of
// their own, so no reader sees them; one last transaction relabels them Stakeholder (StagedImport in the
// service). Its links find their ends by id through this constraint's index.
CREATE CONSTRAINT staged_stakeholder_id IF NOT EXISTS FOR (s:StagedStakeholder) REQUIRE s.id IS UNIQUE;
