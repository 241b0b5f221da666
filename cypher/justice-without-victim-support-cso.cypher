// Justice agencies with no victim-support CSO partner
// Justice agencies with no tie to a CSO working on shelter, legal assistance, psychosocial support, health or reintegration.
// Give a country code to look at one country only, or null for the region.
:param country => null;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (s:Stakeholder {sector: 'JUSTICE'})
WHERE s.confidentiality IN $visible
  AND ($country IS NULL OR EXISTS { (s)-[:OPERATES_IN]->(:Country {code: $country}) })
  AND NOT EXISTS {
    MATCH (s)-[r]-(o:Stakeholder)
    WHERE r.confidentiality IN $visible AND o.confidentiality IN $visible AND o.sector = 'CSO' AND EXISTS { (o)-[:WORKS_ON]->(t:Theme) WHERE t.id IN ['shelter', 'legal-assistance', 'psychosocial-support', 'health', 'reintegration'] }
  }
RETURN s.id AS id, s.name AS name,
       COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code ORDER BY c.code } AS countries
ORDER BY name;
