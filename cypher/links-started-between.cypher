// Partnerships that began in a period
// Links whose start date falls within a period, oldest first.
:param from => '2019-01-01';
:param to => '2021-12-31';
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
WHERE r.start >= date($from) AND r.start <= date($to)
  AND a.confidentiality IN $visible AND b.confidentiality IN $visible AND r.confidentiality IN $visible
RETURN r.start AS start, a.name AS from, type(r) AS type, b.name AS to, r.end AS end
ORDER BY start, from;
