// National mechanisms and who leads them
// Each national counter-trafficking mechanism, its country, and the bodies that lead it.
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (m:Stakeholder {sector: 'MECHANISM'})
WHERE m.confidentiality IN $visible
OPTIONAL MATCH (m)-[:OPERATES_IN]->(c:Country)
RETURN c.name AS country, m.name AS mechanism,
       COLLECT { MATCH (lead:Stakeholder)-[r:LEADS]->(m)
                 WHERE lead.confidentiality IN $visible AND r.confidentiality IN $visible
                 RETURN lead.name } AS ledBy
ORDER BY country, mechanism;
