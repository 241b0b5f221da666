// Funding concentration
// For each funded organisation, its funders and the share of its funding (by link weight) that
// comes from the largest one.
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (funder:Stakeholder)-[r:FUNDS]->(recipient:Stakeholder)
WHERE funder.confidentiality IN $visible AND recipient.confidentiality IN $visible AND r.confidentiality IN $visible
WITH recipient, funder, sum(coalesce(r.weight, 1.0)) AS amount
WITH recipient, collect({funder: funder.name, amount: amount}) AS funders, sum(amount) AS total, max(amount) AS largest
RETURN recipient.name AS recipient, size(funders) AS funderCount, largest / total AS largestShare,
       [f IN funders | f.funder] AS funders
ORDER BY largestShare DESC, recipient;
