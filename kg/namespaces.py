"""The IRIs of the vocabularies the graph uses, by their usual prefixes: one table
for the writer (kg.emit), the query tools (kg.query) and the endpoint's description.

>>> NS["dcterms"] + "title"
'http://purl.org/dc/terms/title'
"""
NS: dict[str, str] = {
    "kgo": "https://w3id.org/gongshu-kg/ontology#",
    "kgr": "https://w3id.org/gongshu-kg/resource/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "qb": "http://purl.org/linked-data/cube#",
}
