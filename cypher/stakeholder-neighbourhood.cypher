// Everything one stakeholder is linked to, with the type, direction, dates and evidence of each link.
:param id => 'asean-act';
MATCH (s:Stakeholder {id: $id})-[r]-(other:Stakeholder)
RETURN type(r) AS type,
       CASE WHEN startNode(r) = s THEN 'out' ELSE 'in' END AS direction,
       other.id AS otherId, other.name AS otherName, other.sector AS otherSector,
       r.start AS start, r.end AS end, r.evidence AS evidence
ORDER BY type, otherName;
