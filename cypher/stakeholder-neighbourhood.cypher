// One stakeholder's partners
// Everything one stakeholder is linked to, with the type, direction, dates and evidence of each link.
:param id => 'asean-act';
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (s:Stakeholder {id: $id})-[r]-(other:Stakeholder)
WHERE s.confidentiality IN $visible AND r.confidentiality IN $visible AND other.confidentiality IN $visible
RETURN type(r) AS type,
       CASE WHEN startNode(r) = s THEN 'out' ELSE 'in' END AS direction,
       other.id AS otherId, other.name AS otherName, other.sector AS otherSector,
       r.start AS start, r.end AS end, r.evidence AS evidence
ORDER BY type, otherName;
