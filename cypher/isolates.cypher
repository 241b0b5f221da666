// Isolates
// Stakeholders with no tie at all to another stakeholder one may see.
// Time as in every answer: an organisation with links, none of them a tie on asOf, has left the
// network (or not joined it yet) and is no isolate; one with no link at all is one whatever the date.
:param asOf => date();
:param current => true;
:param includePlanned => false;
:param includeUnknown => false;
:param visible => ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
MATCH (s:Stakeholder)
WHERE s.confidentiality IN $visible
  AND NOT EXISTS { MATCH (s)-[r]-(o:Stakeholder) WHERE r.confidentiality IN $visible AND o.confidentiality IN $visible }
RETURN s.id AS id, s.name AS name, s.sector AS sector
ORDER BY name;
