// Search by name, acronym or alias. Aliases are also kept as one string, aliasesText, because
// full-text indexes read string properties.
CREATE FULLTEXT INDEX stakeholder_search IF NOT EXISTS FOR (s:Stakeholder) ON EACH [s.name, s.acronym, s.aliasesText];
CREATE INDEX stakeholder_sector IF NOT EXISTS FOR (s:Stakeholder) ON (s.sector);
