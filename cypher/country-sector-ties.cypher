// Sector ties in a country
// In one country, how many pairs of organisations of each two sectors are linked. A link counts for
// the country when both of its ends operate there.
:param country => 'PH';
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (a:Stakeholder)-[:OPERATES_IN]->(:Country {code: $country})<-[:OPERATES_IN]-(b:Stakeholder)
WHERE a.id < b.id AND a.confidentiality IN $visible AND b.confidentiality IN $visible
  AND EXISTS { (a)-[r]-(b) WHERE r.confidentiality IN $visible AND NOT type(r) IN ['OPERATES_IN', 'WORKS_ON'] }
WITH CASE WHEN a.sector <= b.sector THEN [a.sector, b.sector] ELSE [b.sector, a.sector] END AS pair
RETURN pair[0] AS sector1, pair[1] AS sector2, count(*) AS ties
ORDER BY ties DESC, sector1, sector2;
