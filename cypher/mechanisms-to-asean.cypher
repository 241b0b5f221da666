// How each national mechanism reaches the regional level
// The shortest chain of links from each national mechanism to an ASEAN body, through stakeholders
// and links one may see.
:param maxHops => 4;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (m:Stakeholder {sector: 'MECHANISM'})
WHERE m.confidentiality IN $visible
OPTIONAL CALL (m) {
  MATCH p = SHORTEST 1 (m)(()-[r:FUNDS|IMPLEMENTS|CONVENES|DATA_PARTNERSHIP|LEADS|MEMBER_OF|SUPPORTS|COLLABORATES]-(n:Stakeholder)
            WHERE r.confidentiality IN $visible AND n.confidentiality IN $visible){1,6}(a:Stakeholder {sector: 'ASEAN'})
  WHERE length(p) <= $maxHops
  RETURN [x IN nodes(p) | x.name] AS chain, length(p) AS hops
}
RETURN m.name AS mechanism, hops, chain
ORDER BY hops, mechanism;
