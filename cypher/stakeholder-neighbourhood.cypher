// One stakeholder's partners
// Everything one stakeholder is linked to, with the type, direction, dates and evidence of each link.
// Time as in every answer: by default only the ties of today count (started, not ended, ACTIVE or
// without status); asOf picks another day, current false counts every link whatever its dates and
// status, includePlanned and includeUnknown count PLANNED and UNKNOWN links.
:param id => 'asean-act';
:param asOf => date();
:param current => true;
:param includePlanned => false;
:param includeUnknown => false;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (s:Stakeholder {id: $id})-[r]-(other:Stakeholder)
WHERE s.confidentiality IN $visible AND r.confidentiality IN $visible AND other.confidentiality IN $visible
  AND (NOT $current OR ((r.start IS NULL OR r.start <= $asOf OR (r.status = 'PLANNED' AND $includePlanned))
        AND (r.end IS NULL OR r.end >= $asOf)
        AND (r.status IS NULL OR r.status = 'ACTIVE' OR (r.status = 'ENDED' AND r.end IS NOT NULL)
             OR (r.status = 'PLANNED' AND $includePlanned) OR (r.status = 'UNKNOWN' AND $includeUnknown))))
RETURN type(r) AS type,
       CASE WHEN startNode(r) = s THEN 'out' ELSE 'in' END AS direction,
       other.id AS otherId, other.name AS otherName, other.sector AS otherSector,
       r.start AS start, r.end AS end, r.evidence AS evidence
ORDER BY type, otherName;
