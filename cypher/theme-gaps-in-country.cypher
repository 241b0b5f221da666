// Themes no one serves in a country
// For one country and one sector, the themes of the catalogue that no stakeholder of that sector
// operating there works on: missing services, such as no CSO serving male victims.
:param country => 'KH';
:param sector => 'CSO';
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (t:Theme)
WHERE NOT EXISTS {
  MATCH (s:Stakeholder {sector: $sector})-[:WORKS_ON]->(t)
  WHERE s.confidentiality IN $visible AND EXISTS { (s)-[:OPERATES_IN]->(:Country {code: $country}) }
}
RETURN t.id AS theme, t.name AS name
ORDER BY name;
