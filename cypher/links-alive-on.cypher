// Links alive on a day
// The links alive on a given day: started on or before it, and not ended before it. Links with no
// dates count as alive.
:param day => '2021-06-30';
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
WHERE a.confidentiality IN $visible AND b.confidentiality IN $visible AND r.confidentiality IN $visible
  AND (r.start IS NULL OR r.start <= date($day)) AND (r.end IS NULL OR r.end >= date($day))
RETURN a.name AS from, type(r) AS type, b.name AS to, r.start AS start, r.end AS end
ORDER BY from, type, to;
