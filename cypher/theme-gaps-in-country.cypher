// Themes no one serves in a country
// For one country and one sector, the themes that visible stakeholders work on somewhere but that no
// stakeholder of that sector operating there works on: missing services, such as no CSO serving
// male victims. Themes only hidden stakeholders work on are not listed: a theme's name can itself
// be sensitive.
// Time as in every answer: an organisation whose every link is no tie on asOf (today by default) has
// left the network and serves no one that day; current false counts every organisation.
:param country => 'KH';
:param sector => 'CSO';
:param asOf => date();
:param current => true;
:param includePlanned => false;
:param includeUnknown => false;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (t:Theme)
WHERE EXISTS {
  MATCH (anyone:Stakeholder)-[:WORKS_ON]->(t)
  WHERE anyone.confidentiality IN $visible
    AND (NOT $current
         OR NOT EXISTS { MATCH (anyone)-[link]-(partner:Stakeholder) WHERE link.confidentiality IN $visible AND partner.confidentiality IN $visible }
         OR EXISTS { MATCH (anyone)-[link]-(partner:Stakeholder)
                     WHERE link.confidentiality IN $visible AND partner.confidentiality IN $visible
                       AND (link.start IS NULL OR link.start <= $asOf OR (link.status = 'PLANNED' AND $includePlanned))
                           AND (link.end IS NULL OR link.end >= $asOf)
                           AND (link.status IS NULL OR link.status = 'ACTIVE' OR (link.status = 'ENDED' AND link.end IS NOT NULL)
                                OR (link.status = 'PLANNED' AND $includePlanned) OR (link.status = 'UNKNOWN' AND $includeUnknown)) })
}
  AND NOT EXISTS {
  MATCH (s:Stakeholder {sector: $sector})-[:WORKS_ON]->(t)
  WHERE s.confidentiality IN $visible AND EXISTS { (s)-[:OPERATES_IN]->(:Country {code: $country}) }
    AND (NOT $current
         OR NOT EXISTS { MATCH (s)-[link]-(partner:Stakeholder) WHERE link.confidentiality IN $visible AND partner.confidentiality IN $visible }
         OR EXISTS { MATCH (s)-[link]-(partner:Stakeholder)
                     WHERE link.confidentiality IN $visible AND partner.confidentiality IN $visible
                       AND (link.start IS NULL OR link.start <= $asOf OR (link.status = 'PLANNED' AND $includePlanned))
                           AND (link.end IS NULL OR link.end >= $asOf)
                           AND (link.status IS NULL OR link.status = 'ACTIVE' OR (link.status = 'ENDED' AND link.end IS NOT NULL)
                                OR (link.status = 'PLANNED' AND $includePlanned) OR (link.status = 'UNKNOWN' AND $includeUnknown)) })
}
RETURN t.id AS theme, t.name AS name
ORDER BY name;
