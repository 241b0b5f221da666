// Each national counter-trafficking mechanism, its country, and the bodies that lead it.
// Parameters: none.
MATCH (m:Stakeholder {sector: 'MECHANISM'})
OPTIONAL MATCH (m)-[:OPERATES_IN]->(c:Country)
RETURN c.name AS country, m.name AS mechanism,
       COLLECT { MATCH (lead:Stakeholder)-[:LEADS]->(m) RETURN lead.name } AS ledBy
ORDER BY country;
