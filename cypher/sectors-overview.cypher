// Stakeholders per sector
// How many stakeholders each sector has, and how many links they take part in.
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (s:Stakeholder)
WHERE s.confidentiality IN $visible
RETURN s.sector AS sector,
       count(s) AS stakeholders,
       sum(COUNT { (s)-[r]-(o:Stakeholder) WHERE r.confidentiality IN $visible AND o.confidentiality IN $visible }) AS linkEnds
ORDER BY stakeholders DESC, sector;
