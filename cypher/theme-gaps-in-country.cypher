// Themes no one serves in a country
// For one country and one sector, the themes that visible stakeholders work on somewhere but that no
// stakeholder of that sector operating there works on: missing services, such as no CSO serving
// male victims. Themes only hidden stakeholders work on are not listed: a theme's name can itself
// be sensitive.
:param country => 'KH';
:param sector => 'CSO';
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (t:Theme)
WHERE EXISTS {
  MATCH (anyone:Stakeholder)-[:WORKS_ON]->(t)
  WHERE anyone.confidentiality IN $visible
}
  AND NOT EXISTS {
  MATCH (s:Stakeholder {sector: $sector})-[:WORKS_ON]->(t)
  WHERE s.confidentiality IN $visible AND EXISTS { (s)-[:OPERATES_IN]->(:Country {code: $country}) }
}
RETURN t.id AS theme, t.name AS name
ORDER BY name;
