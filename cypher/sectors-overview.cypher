// How many stakeholders each sector has, and how many links they take part in.
// Parameters: none.
MATCH (s:Stakeholder)
RETURN s.sector AS sector,
       count(s) AS stakeholders,
       sum(COUNT { (s)-[r]-(:Stakeholder) }) AS linkEnds
ORDER BY stakeholders DESC;
