// Partnerships that began in a period
// Links whose start date falls within a period, oldest first.
// By default only those that are still ties today (or on asOf); current false lists every link
// that began in the period, ended or not.
:param from => '2019-01-01';
:param to => '2021-12-31';
:param asOf => date();
:param current => true;
:param includePlanned => false;
:param includeUnknown => false;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
WHERE r.start >= date($from) AND r.start <= date($to)
  AND a.confidentiality IN $visible AND b.confidentiality IN $visible AND r.confidentiality IN $visible
  AND (NOT $current OR ((r.start IS NULL OR r.start <= $asOf OR (r.status = 'PLANNED' AND $includePlanned))
        AND (r.end IS NULL OR r.end >= $asOf)
        AND (r.status IS NULL OR r.status = 'ACTIVE' OR (r.status = 'ENDED' AND r.end IS NOT NULL)
             OR (r.status = 'PLANNED' AND $includePlanned) OR (r.status = 'UNKNOWN' AND $includeUnknown))))
RETURN r.start AS start, a.name AS from, type(r) AS type, b.name AS to, r.end AS end
ORDER BY start, from;
