// Links alive on a day
// The links that were ties on a given day (day, or asOf; today without either), as every answer
// counts them: started on or before it, not ended before it, and ACTIVE, ENDED after it or
// without status (PLANNED and UNKNOWN with includePlanned and includeUnknown). Links with no
// dates count whatever the day; current false lists every link.
:param day => null;
:param asOf => date();
:param current => true;
:param includePlanned => false;
:param includeUnknown => false;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
WHERE a.confidentiality IN $visible AND b.confidentiality IN $visible AND r.confidentiality IN $visible
  AND (NOT $current OR ((r.start IS NULL OR r.start <= coalesce(date($day), $asOf) OR (r.status = 'PLANNED' AND $includePlanned))
        AND (r.end IS NULL OR r.end >= coalesce(date($day), $asOf))
        AND (r.status IS NULL OR r.status = 'ACTIVE' OR (r.status = 'ENDED' AND r.end IS NOT NULL)
             OR (r.status = 'PLANNED' AND $includePlanned) OR (r.status = 'UNKNOWN' AND $includeUnknown))))
RETURN a.name AS from, type(r) AS type, b.name AS to, r.start AS start, r.end AS end
ORDER BY from, type, to;
