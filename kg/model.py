"""Plain dataclasses passed between the pipeline stages.

read -> normalise -> segment -> recognise -> link -> relate -> emit -> store

Each stage takes and returns these records and nothing else, so a stage can be
tested, replaced or run in another process on its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The seven classes of the data contract (shared/SPEC.md), by local name.
CLASSES = ("Enterprise", "Institution", "Project", "Platform",
           "CommercialDistrict", "IndustryTrack", "Place")
# The five relations of the data contract.
PREDICATES = ("inTrack", "subTrackOf", "locatedIn", "ownedBy", "partOf")


@dataclass
class RawDocument:
    """A file as read from disk: decoded text and where it came from."""
    doc_id: str            # file name, e.g. "000_96deaf8c4352779a.txt"
    path: str
    text: str
    encoding: str          # what the bytes were decoded as, e.g. "utf-8", "gb18030"
    title: str | None = None
    date: str | None = None        # ISO 8601, as precise as known: 2023, 2023-02, 2023-02-21
    kind: str | None = None        # 政府工作报告 / 新闻发布会 / 报纸 ...
    format: str = "text/plain"     # the file's media type: text/html, application/pdf … (kg/formats/)
    collection: str | None = None  # the whole corpus's title, from its manifest (kg/naming.py)


@dataclass
class Sentence:
    """A sentence of a normalised document, with offsets into its text."""
    doc_id: str
    index: int             # 0-based position in the document
    start: int             # character offset into Document.text
    end: int               # exclusive
    text: str              # == Document.text[start:end]
    paragraph: int         # 0-based paragraph number


@dataclass
class Document:
    """A normalised document, split into sentences."""
    doc_id: str
    text: str
    sentences: list[Sentence]
    encoding: str = "utf-8"
    title: str | None = None
    date: str | None = None
    kind: str | None = None
    path: str | None = None
    format: str = "text/plain"     # the source file's media type (RawDocument.format)
    collection: str | None = None  # the corpus's title from its manifest (RawDocument.collection)


@dataclass(slots=True)          # made for every word of every sentence: slots make it cheaper
class Token:
    """A jieba token with its offsets into the sentence."""
    text: str
    start: int
    end: int
    pos: str = ""          # part-of-speech tag, empty when not tagged


# The rule of a mention whose words the lexicon knows but which names a thing of its
# own (省科技厅 in a document of another province: kg/recognise/regional.py); linking
# does not rename it to the lexicon's entry.
UNBOUND_RULE = "relative-alias"

# The rule of a mention by a bare head standing for the last thing named with it (园区 for
# 青禾软件园: kg/recognise/aliases.py). Its words are a reference, not a name: linking keeps
# them out of the entity's aliases, or every park would carry 园区.
ANAPHORA_RULE = "head-anaphora"

# The rule of a list's item whose name the list's shared head completes (星澜园区白沙、青禾两个
# 片区: 青禾 names 星澜园区青禾片区, kg/recognise/zone_areas.py): its words as they stand are no
# name of the thing either, and linking keeps them out of its aliases (青禾 may be a town's).
LISTED_RULE = "zone-area:listed"


@dataclass
class Mention:
    """A span of a sentence recognised as naming an entity of some class."""
    doc_id: str
    sentence: int          # Sentence.index
    start: int             # offsets into the sentence text
    end: int
    surface: str           # the text as it stands
    cls: str               # one of CLASSES
    name: str              # the canonical name proposed for it
    rule: str              # "lexicon", or the name of the rule that found it
    confidence: float = 1.0
    aliases: tuple[str, ...] = ()   # other names the text declares for it
    extra: tuple[str, ...] = ()     # further classes the context gives it
    group: str = ""                 # id of the enumeration it is an item of
    role: str = ""                  # "item", "owner", "head-track" …
    key: str = ""                   # Entity.key of the thing it names, set by kg/link.py


@dataclass
class Entity:
    """One real thing: a canonical name, a class, every surface form met."""
    key: str               # stable identity: "<cls>/<name>"
    cls: str
    name: str
    aliases: set[str] = field(default_factory=set)
    en: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    extra_classes: set[str] = field(default_factory=set)


@dataclass
class Relation:
    """A typed fact between two entities with the sentence that states it."""
    subject: str           # Entity.key
    predicate: str         # one of PREDICATES
    object: str            # Entity.key
    doc_id: str
    sentence: int          # Sentence.index of the evidence
    rule: str              # the rule that produced it
    confidence: float = 0.8


@dataclass
class Extraction:
    """Everything the pipeline found in a set of documents."""
    documents: list[Document]
    entities: dict[str, Entity]
    relations: list[Relation]
    facts: list["Fact"] = field(default_factory=list)
    title: str | None = None       # a title given for the whole corpus (kg build --title; kg/naming.py)
    # economic indicators, kg.indicators.Observation (kept last: older callers pass three or four fields)
    observations: list = field(default_factory=list)


@dataclass
class Fact:
    """A literal fact about a Project or Platform stated in a sentence (kg/facts/).

    ``attribute`` is the kgo: property it becomes: "status" (``value`` is the
    event type 签约/开工/封顶/投用/竣工/开业/落地, ``year`` the year it refers to,
    if known, ``planned`` whether the text states it as a plan — 力争年内开工 —
    rather than as done) or a quantity — "totalInvestment", "landArea", "floorArea" and
    their lower bounds "minTotalInvestment" … — whose ``value`` is a decimal
    string in the property's unit (``unit``: CNY, 亩, m2).
    """
    subject: str           # Entity.key
    attribute: str         # the kgo: property: "status", "totalInvestment", "landArea" …
    value: str             # event type, or a decimal in ``unit``
    datatype: str          # xsd local name of the value: "string" or "decimal"
    doc_id: str
    sentence: int
    unit: str | None = None
    year: str | None = None    # status only: the year it refers to, "2023"
    rule: str = ""
    confidence: float = 0.9
    text: str = ""             # the words it was read from: "总投资26亿元", "开工"
    planned: bool = False      # status only: a plan (力争年内开工), not a deed (已开工)
    date: str | None = None    # status only: the month or day as well, when stated: "2023-06", "2023-05-31"


@dataclass
class Problem:
    """A file that could not be used, and why (one line, names the file)."""
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
