// Funding concentration
// For each funded organisation, its funders and the share of its funding (by link weight) that
// comes from the largest one.
// Time as in every answer: by default only the ties of today count (started, not ended, ACTIVE or
// without status); asOf picks another day, current false counts every link whatever its dates and
// status, includePlanned and includeUnknown count PLANNED and UNKNOWN links.
:param asOf => date();
:param current => true;
:param includePlanned => false;
:param includeUnknown => false;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (funder:Stakeholder)-[r:FUNDS]->(recipient:Stakeholder)
WHERE funder.confidentiality IN $visible AND recipient.confidentiality IN $visible AND r.confidentiality IN $visible
  AND (NOT $current OR ((r.start IS NULL OR r.start <= $asOf OR (r.status = 'PLANNED' AND $includePlanned))
        AND (r.end IS NULL OR r.end >= $asOf)
        AND (r.status IS NULL OR r.status = 'ACTIVE' OR (r.status = 'ENDED' AND r.end IS NOT NULL)
             OR (r.status = 'PLANNED' AND $includePlanned) OR (r.status = 'UNKNOWN' AND $includeUnknown))))
WITH recipient, funder, sum(coalesce(r.weight, 1.0)) AS amount
WITH recipient, collect({funder: funder.name, amount: amount}) AS funders, sum(amount) AS total, max(amount) AS largest
RETURN recipient.name AS recipient, size(funders) AS funderCount, largest / total AS largestShare,
       [f IN funders | f.funder] AS funders
ORDER BY largestShare DESC, recipient;
