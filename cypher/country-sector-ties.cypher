// Sector ties in a country
// In one country, how many pairs of organisations of each two sectors are linked. A link counts for
// the country when both of its ends operate there.
// Time as in every answer: by default only the ties of today count (started, not ended, ACTIVE or
// without status); asOf picks another day, current false counts every link whatever its dates and
// status, includePlanned and includeUnknown count PLANNED and UNKNOWN links.
:param country => 'PH';
:param asOf => date();
:param current => true;
:param includePlanned => false;
:param includeUnknown => false;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (a:Stakeholder)-[:OPERATES_IN]->(:Country {code: $country})<-[:OPERATES_IN]-(b:Stakeholder)
WHERE a.id < b.id AND a.confidentiality IN $visible AND b.confidentiality IN $visible
  AND EXISTS { (a)-[r]-(b) WHERE r.confidentiality IN $visible AND NOT type(r) IN ['OPERATES_IN', 'WORKS_ON']
               AND (NOT $current OR ((r.start IS NULL OR r.start <= $asOf OR (r.status = 'PLANNED' AND $includePlanned))
                     AND (r.end IS NULL OR r.end >= $asOf)
                     AND (r.status IS NULL OR r.status = 'ACTIVE' OR (r.status = 'ENDED' AND r.end IS NOT NULL)
                          OR (r.status = 'PLANNED' AND $includePlanned) OR (r.status = 'UNKNOWN' AND $includeUnknown)))) }
WITH CASE WHEN a.sector <= b.sector THEN [a.sector, b.sector] ELSE [b.sector, a.sector] END AS pair
RETURN pair[0] AS sector1, pair[1] AS sector2, count(*) AS ties
ORDER BY ties DESC, sector1, sector2;
