// National mechanisms with no direct ASEAN tie
// National counter-trafficking mechanisms with no direct tie to an ASEAN body.
// Give a country code to look at one country only, or null for the region.
// Time as in every answer: by default only the ties of today count (started, not ended, ACTIVE or
// without status); asOf picks another day, current false counts every link whatever its dates and
// status, includePlanned and includeUnknown count PLANNED and UNKNOWN links. An organisation whose
// every link is no tie that day has left the network and is not listed.
:param country => null;
:param asOf => date();
:param current => true;
:param includePlanned => false;
:param includeUnknown => false;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (s:Stakeholder {sector: 'MECHANISM'})
WHERE s.confidentiality IN $visible
  AND ($country IS NULL OR EXISTS { (s)-[:OPERATES_IN]->(:Country {code: $country}) })
  AND (NOT $current
       OR NOT EXISTS { MATCH (s)-[link]-(partner:Stakeholder) WHERE link.confidentiality IN $visible AND partner.confidentiality IN $visible }
       OR EXISTS { MATCH (s)-[link]-(partner:Stakeholder)
                   WHERE link.confidentiality IN $visible AND partner.confidentiality IN $visible
                     AND (link.start IS NULL OR link.start <= $asOf OR (link.status = 'PLANNED' AND $includePlanned))
                         AND (link.end IS NULL OR link.end >= $asOf)
                         AND (link.status IS NULL OR link.status = 'ACTIVE' OR (link.status = 'ENDED' AND link.end IS NOT NULL)
                              OR (link.status = 'PLANNED' AND $includePlanned) OR (link.status = 'UNKNOWN' AND $includeUnknown)) })
  AND NOT EXISTS {
    MATCH (s)-[r]-(o:Stakeholder)
    WHERE r.confidentiality IN $visible AND o.confidentiality IN $visible AND o.sector = 'ASEAN'
      AND (NOT $current OR ((r.start IS NULL OR r.start <= $asOf OR (r.status = 'PLANNED' AND $includePlanned))
            AND (r.end IS NULL OR r.end >= $asOf)
            AND (r.status IS NULL OR r.status = 'ACTIVE' OR (r.status = 'ENDED' AND r.end IS NOT NULL)
                 OR (r.status = 'PLANNED' AND $includePlanned) OR (r.status = 'UNKNOWN' AND $includeUnknown))))
  }
RETURN s.id AS id, s.name AS name,
       COLLECT { MATCH (s)-[:OPERATES_IN]->(c:Country) RETURN c.code ORDER BY c.code } AS countries
ORDER BY name;
