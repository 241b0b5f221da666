// The links alive on a given day: started on or before it, and not ended before it.
// Links with no dates count as alive.
:param day => date('2021-06-30');
MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
WHERE (r.start IS NULL OR r.start <= $day) AND (r.end IS NULL OR r.end >= $day)
RETURN a.name AS from, type(r) AS type, b.name AS to, r.start AS start, r.end AS end
ORDER BY from, type, to;
