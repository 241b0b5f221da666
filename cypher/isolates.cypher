// Isolates
// Stakeholders with no tie at all to another stakeholder one may see.
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (s:Stakeholder)
WHERE s.confidentiality IN $visible
  AND NOT EXISTS { MATCH (s)-[r]-(o:Stakeholder) WHERE r.confidentiality IN $visible AND o.confidentiality IN $visible }
RETURN s.id AS id, s.name AS name, s.sector AS sector
ORDER BY name;
