"""Observations as RDF Data Cube N-Triples lines (ontology/README.md, "Economic indicators").

Every IRI is made from content (the measure's key, the period's code, a hash
of the observation's dimensions, value and sentence), so builds stay
byte-identical.
"""
from __future__ import annotations

import hashlib

from ..emit import KGO, KGR, document_iri, kgo, lit, ref, sentence_iri, zh
from .extract import Observation
from .periods import Period
from .rules import IndicatorRules, load_indicator_rules

QB = "http://purl.org/linked-data/cube#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"

DATASET = f"{KGR}dataset/indicators"
STRUCTURE = f"{KGR}structure/indicators"
# The data structure definition: (component property, kind of component)
COMPONENTS = [("refArea", "dimension"), ("refPeriod", "dimension"), ("indicator", "dimension"),
              ("figureKind", "dimension"), ("amount", "measure"), ("growthRate", "measure"),
              ("unitMeasure", "attribute"), ("bound", "attribute"), ("averageOver", "attribute"),
              ("rank", "attribute"), ("rankWithin", "attribute"), ("rankScope", "attribute"),
              ("statedAs", "attribute"), ("precision", "attribute")]
SCHEME = f"{KGR}indicators"


def indicator_iri(key: str) -> str:
    return f"{KGR}indicator/{key}"


def period_iri(period: Period) -> str:
    return f"{KGR}period/{period.code}"


# how the N-Triples line of an observation's statement starts (kg/graphs.py puts them in the document's graph)
OBSERVATION = f"<{KGR}observation/"


def observation_iri(ob: Observation, area: str) -> str:
    parts = (area, ob.indicator, ob.period.code, ob.measure, ob.kind, ob.value, ob.doc_id, ob.sentence)
    return f"{KGR}observation/{hashlib.sha1(chr(31).join(map(str, parts)).encode()).hexdigest()[:16]}"


def _qb(name: str) -> str:
    return f"<{QB}{name}>"


def _typed(value: object, xsd: str) -> str:
    return lit(value, datatype=XSD + xsd)


def vocabulary_lines(r: IndicatorRules | None = None) -> list[str]:
    """The dataset and the measures of kg/data/indicators.toml as SKOS concepts."""
    r = r or load_indicator_rules()
    ds, scheme = ref(DATASET), ref(SCHEME)
    lines = [f"{ds} {RDF_TYPE} {_qb('DataSet')} .",
             f"{ds} {_qb('structure')} {ref(STRUCTURE)} .",
             f"{ds} {RDFS_LABEL} {zh('经济指标')} .",
             f"{ds} {RDFS_LABEL} {lit('Economic indicators', 'en')} .",
             f"{scheme} {RDF_TYPE} <{SKOS}ConceptScheme> .",
             f"{scheme} {RDFS_LABEL} {zh('经济指标词表')} .",
             f"{scheme} {RDFS_LABEL} {lit('Vocabulary of economic indicators', 'en')} ."]
    st = ref(STRUCTURE)
    lines.append(f"{st} {RDF_TYPE} {_qb('DataStructureDefinition')} .")
    for i, (prop, kind) in enumerate([("measureType", "dimension"), *COMPONENTS], 1):
        c = ref(f"{STRUCTURE}/{prop}")
        term = f"<{QB}measureType>" if prop == "measureType" else kgo(prop)
        lines += [f"{st} {_qb('component')} {c} .",
                  f"{c} {RDF_TYPE} {_qb('ComponentSpecification')} .",
                  f"{c} {_qb(kind)} {term} .",
                  f"{c} {_qb('order')} {_typed(i, 'integer')} ."]
        if kind == "attribute" and prop != "unitMeasure":
            lines.append(f"{c} {_qb('componentRequired')} {_typed('false', 'boolean')} .")
    for m in r.measures:
        c = ref(indicator_iri(m.key))
        lines += [f"{c} {RDF_TYPE} {kgo('Indicator')} .",
                  f"{c} <{SKOS}inScheme> {scheme} .",
                  f"{c} <{SKOS}notation> {lit(m.key)} .",
                  f"{c} {RDFS_LABEL} {zh(m.zh)} .",
                  f"{c} {RDFS_LABEL} {lit(m.en, 'en')} .",
                  f"{c} {kgo('unitMeasure')} {lit(m.unit)} ."]
        lines += [f"{c} <{SKOS}altLabel> {zh(n)} ." for n in m.names[1:]]
    return lines


def period_lines(period: Period) -> list[str]:
    p = ref(period_iri(period))
    return [f"{p} {RDF_TYPE} {kgo('Period')} .",
            f"{p} {RDFS_LABEL} {zh(period.label_zh)} .",
            f"{p} {RDFS_LABEL} {lit(period.code, 'en')} .",
            f"{p} {kgo('startDate')} {_typed(period.start, 'date')} .",
            f"{p} {kgo('endDate')} {_typed(period.end, 'date')} ."]


def observation_lines(observations: list[Observation], area_iri: dict[str, str]) -> list[str]:
    """N-Triples lines of ``observations`` (``area_iri``: entity key -> its IRI), with the
    vocabulary and their periods; none when there are none."""
    if not observations:
        return []
    lines = vocabulary_lines()
    periods: set[Period] = set()
    for ob in observations:
        area = area_iri[ob.area]
        o = ref(observation_iri(ob, area[1:-1]))
        if ob.period not in periods:
            periods.add(ob.period)
            lines += period_lines(ob.period)
        lines += [f"{o} {RDF_TYPE} {_qb('Observation')} .",
                  f"{o} {_qb('dataSet')} {ref(DATASET)} .",
                  f"{o} {kgo('refArea')} {area} .",
                  f"{o} {kgo('refPeriod')} {ref(period_iri(ob.period))} .",
                  f"{o} {kgo('indicator')} {ref(indicator_iri(ob.indicator))} .",
                  f"{o} {_qb('measureType')} {kgo(ob.measure)} .",
                  f"{o} {kgo(ob.measure)} {_typed(ob.value, 'decimal')} .",
                  f"{o} {kgo('unitMeasure')} {lit(ob.unit)} .",
                  f"{o} {kgo('figureKind')} {lit(ob.kind)} .",
                  f"{o} {kgo('statedAs')} {zh(ob.text)} .",
                  f"{o} {kgo('precision')} {_typed(ob.precision, 'decimal')} .",
                  f"{o} {kgo('sentence')} {ref(sentence_iri(ob.doc_id, ob.sentence))} .",
                  f"{o} {PROV_DERIVED} {ref(document_iri(ob.doc_id))} .",
                  f"{o} {kgo('rule')} {lit(ob.rule)} .",
                  f"{o} {kgo('confidence')} {_typed(f'{ob.confidence:.2f}', 'decimal')} ."]
        if ob.bound:
            lines.append(f"{o} {kgo('bound')} {lit(ob.bound)} .")
        if ob.average_over:
            lines.append(f"{o} {kgo('averageOver')} {_typed(ob.average_over, 'integer')} .")
        if ob.rank is not None:
            lines.append(f"{o} {kgo('rank')} {_typed(ob.rank, 'integer')} .")
        if ob.rank_within is not None:
            lines.append(f"{o} {kgo('rankWithin')} {_typed(ob.rank_within, 'integer')} .")
        if ob.rank_scope:
            lines.append(f"{o} {kgo('rankScope')} {zh(ob.rank_scope)} .")
    return lines


__all__ = ["observation_lines", "vocabulary_lines", "period_lines", "indicator_iri", "period_iri",
           "DATASET", "QB", "KGO"]
