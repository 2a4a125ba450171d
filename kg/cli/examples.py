"""The examples at the foot of each command's ``--help``."""

EXAMPLES = {
    "serve": """\
        examples:
          kg serve                                  # ./kg-store at http://127.0.0.1:7878/ (page) and /sparql
          kg serve --store s --port 8080 --timeout 5 --max-rows 1000
          curl 'http://127.0.0.1:7878/sparql?query=SELECT%20*%20%7B%3Fs%20?p%20?o%7D%20LIMIT%205' -H 'Accept: text/csv'

        SPARQL 1.1 Protocol: GET ?query=…, POST form (query=…) or application/sparql-query.
        Results: SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples, JSON-LD for CONSTRUCT/DESCRIBE
        (Accept header, or ?format=csv). Read-only: updates get 403. A query running past
        --timeout is stopped (its worker process is killed and replaced) and gets 503; a result
        past --max-rows is cut and says so (header X-KG-Truncated: true).

        On a network: it listens on 127.0.0.1 unless --host says otherwise. With --token-file FILE
        every request must carry 'Authorization: Bearer TOKEN' (the page asks for it once).
        A SERVICE clause is refused (403): the server sends no requests elsewhere, unless
        --allow-service PREFIX names endpoints it may reach.
          kg serve --host 0.0.0.0 --token-file ~/.kg-token
          kg serve --allow-service http://127.0.0.1:3030/ds/sparql
        """,
    "push": """\
        examples:
          kg push --endpoint http://127.0.0.1:7878/store                  # Oxigraph: replace its default graph
          kg push --endpoint http://127.0.0.1:3030/ds/data --graph dev.trig --graph-iri https://example.org/g
          kg push --endpoint http://127.0.0.1:7878/store --append         # add to what is there
          kg push --endpoint https://kg.example.org/store --token-file ~/.kg-token   # sends Authorization: Bearer

        Uses the SPARQL 1.1 Graph Store Protocol: PUT (or POST with --append) of N-Triples to
        URL?default or URL?graph=IRI. Query it back with `kg query NAME --endpoint URL`
        (Oxigraph: http://HOST:PORT/query, Fuseki: http://HOST:PORT/DATASET/sparql).
        """,
    "build": """\
        examples:
          kg build                                  # the bundled corpus -> ./kg-store, gongshu-kg.trig, gongshu-kg.html
          kg build ../shared/corpus --out dev.trig --store s
          kg build my-docs/ --out graph.ttl --no-html
          kg build --wait 60                        # another build writing ./kg-store: wait a minute at most
          kg build big/ --scheduler tcp://HOST:8786 # the documents worked on by a Dask cluster

        Only documents that changed since the last build into the same store are extracted
        again (the cache is STORE.cache); the graph file is the same bytes as a full build's.
        One build at a time writes a store; a killed build's leftovers are removed by the next.
        """,
    "query": """\
        examples:
          kg query enterprises-of-track                          # a bundled example query
          kg query enterprises-of-track --param track=生命健康
          kg query queries/my.rq --format csv
          kg query 'SELECT ?f WHERE { ?f a kgo:Enterprise } LIMIT 5'
          kg query --list                                        # the bundled example queries
          kg query enterprises-of-track --endpoint http://127.0.0.1:7878/sparql   # any SPARQL endpoint
          kg query q.rq --endpoint http://host:7878/sparql --token-file ~/.kg-token
          kg query federated.rq --allow-service https://query.wikidata.org/   # SERVICE is refused otherwise
        """,
    "viz": """\
        examples:
          kg viz                                    # ./kg-store -> gongshu-kg.html
          kg viz --store s --out network.html
          kg viz --track 生命健康 --out health.html             # one industry chain
          kg viz --focus 华东医药 --depth 2 --out huadong.html  # what lies within 2 relations

        The page works offline: a legend whose boxes hide and show classes, a track menu,
        a search box (names, English names, aliases), and a side panel with each relation's
        evidence sentences and documents. Graphs of 1,000 nodes or more are laid out here,
        with physics off, so that 5,000 nodes draw in a couple of seconds.
        """,
    "chain": """\
        examples:
          kg chain 生命健康                                  # a text tree, evidence under each edge
          kg chain 生命健康 --format json > chain.json
          kg chain 生命健康 --format md --max-evidence 1
          kg chain 电竞文娱 --format html --out esports.html
          kg chain 生命健康 --exclude 拱墅区                 # key nodes without the district

        The tree: track → sub-tracks → platforms (with owner, tenants, location) →
        enterprises and institutions (with their projects) → projects (owner, location) →
        places, then the chain's key nodes by PageRank. Each sentence is printed once,
        numbered; a later relation it also supports shows its number. An unknown track
        name gets the nearest known ones suggested.
        """,
    "path": """\
        examples:
          kg path 腾讯 拱墅区
          kg path 华东医药 半山生命健康谷 --max 5
          kg path 阿斯利康 杭州市 --format json
          kg path 腾讯 华东医药 --exclude 拱墅区                # not through the district everything is in
          kg path 腾讯 华东医药 --exclude Place,IndustryTrack   # nor through any place or track

        Shortest connections, relations walked in either direction; each hop lists the
        relations between its two ends with their evidence sentences and documents.
        """,
    "neighbours": """\
        examples:
          kg neighbours 华东医药
          kg neighbours 大武林商圈 --depth 2
          kg neighbours 腾讯 --format json
          kg neighbours 华东医药 --depth 2 --exclude 拱墅区
        """,
    "export": """\
        examples:
          kg export --format graphml                # gongshu-kg.graphml: open it in Gephi or yEd
          kg export --format gexf --store s --out network.gexf
          kg export --format csv                    # gongshu-kg-neo4j/nodes.csv and relationships.csv
          kg export --format jsonld --out graph.jsonld

        GraphML and GEXF: one node per entity (label, en, aliases, cls, classes, tracks, mentions,
        documents, wikidata), one edge per relation (predicate, relation, evidence_count, evidence).
        csv: Neo4j's bulk import, evidence sentences as relationship properties:
          neo4j-admin database import full --nodes=gongshu-kg-neo4j/nodes.csv \\
              --relationships=gongshu-kg-neo4j/relationships.csv neo4j
        jsonld: every triple of the store, compacted with a context of the graph's prefixes.
        """,
    "timeline": """\
        examples:
          kg timeline 华东医药生命科学产业园               # one project: milestones, amounts, sentences
          kg timeline --track 生命健康                      # every project of the track's chain
          kg timeline --place 拱墅区 --format json          # projects located there (at any depth)
          kg timeline --track 生命健康 --place 拱墅区

        Milestones are merged across documents (签约 → 落地 → 开工 → 封顶 → 竣工 → 投用 / 开业),
        each dated as precisely as the text allows, planned ones marked apart from done ones;
        then total investment, land and floor area, each with the sentences that state it.
        """,
    "indicators": """\
        examples:
          kg indicators --area 拱墅区                       # every figure, by measure and period, with its sentence
          kg indicators --measure 地区生产总值 --format csv
          kg indicators --measure GDP --format json
          kg indicators --format html --out indicators.html  # a line chart per measure, offline

        A row is what one sentence states about one measure of one area for one period: the
        amount (in yuan; 2091.5亿元 is 209150000000 CNY) and the growth rate, each with its rank
        (总量全省第1, 增幅全市第3), as a result or a target (目标, 力争, 预期, the plan part of a
        work report). Where two sources give different figures for the same area, measure,
        period and kind, both rows are shown and flagged (≠).
        """,
    "stats": """\
        examples:
          kg stats
          kg stats --store s
        """,
    "eval": """\
        examples:
          kg eval ../shared/eval/gold                       # build the bundled corpus in memory, score it
          kg eval ../shared/eval/gold ../shared/corpus --errors 20
          kg eval ../shared/eval/gold ../shared/corpus ../shared/eval/cities/gold   # two sets and their union
          kg eval ../shared/eval/gold ../shared/eval/cities/gold --cross-validate   # all 15 documents, one by one
          kg eval seeds=../shared/eval/gold ../shared/eval/cities/gold --json > scores.json
          kg eval ../shared/eval/gold --graph dev.trig      # score a graph file as it is
          kg eval ../shared/eval/gold --docs 000_96deaf8c4352779a.txt --errors
          kg eval ../shared/eval/gold --cross-validate      # each document alone, without its own lexicon entries

        Folders are read in order: one holding *.gold.json files is a gold set, a folder of
        .txt/.md documents right after it is that set's corpus. A set given no corpus uses a
        corpus/ folder beside it (cities/gold -> cities/corpus), else the bundled corpus. A set
        is named after its folder (cities/gold -> cities) or by NAME=GOLD_DIR. With several
        sets, each is scored, then their union: the graphs merged, scored against all the gold
        files as one folder (clusters merge across sets), then a summary table. With
        --cross-validate, every document of every set is a fold; the means are per set and
        over all documents.

        Scores are counted as ../shared/eval/score.py counts them: gold names and
        aliases merged into clusters across files, a graph entity hits a cluster
        when one of its labels is one of the cluster's names; precision is
        clusters hit over graph entities, so duplicates cost precision.
        """,
}
