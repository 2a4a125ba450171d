"""The ``kg`` command: a thin shell over the library.

    kg build [CORPUS_DIR] [--out FILE] [--store DIR] [--html FILE] [--title TEXT] [--workers N] [--wait S]
    kg query SPARQL_OR_FILE [--store DIR] [--format table|csv|json] [--param k=v] [--allow-service PREFIX]
    kg viz [--store DIR] [--out FILE] [--focus NAME [--depth N]] [--track TRACK] [--title TEXT]
    kg chain TRACK [--store DIR] [--format tree|json|md|html] [--out FILE] [--exclude NAME_OR_CLASS]
    kg path A B [--store DIR] [--max N] [--format text|json] [--exclude NAME_OR_CLASS]
    kg neighbours NAME [--store DIR] [--depth N] [--format text|json] [--exclude NAME_OR_CLASS]
    kg stats [--store DIR]
    kg export --format graphml|gexf|csv|jsonld [--out PATH] [--store DIR]
    kg timeline [PROJECT] [--track T] [--place P] [--store DIR] [--format text|json]
    kg indicators [--area A] [--measure M] [--store DIR] [--format table|csv|json|html] [--out FILE]
    kg serve [--store DIR] [--host 127.0.0.1] [--port 7878] [--timeout S] [--max-rows N]
             [--token-file FILE] [--allow-service PREFIX]
    kg push --endpoint URL [--graph FILE] [--graph-iri IRI] [--append] [--token-file FILE]
    kg eval GOLD_DIR [CORPUS_DIR] [GOLD_DIR [CORPUS_DIR]]... [--graph FILE] [--docs NAME ...] [--errors [N]]
            [--cross-validate] [--json]

Every command prints a one-line message and exits non-zero when something is
wrong (no store, broken SPARQL, a file that cannot be read), saying what to do.

The package: ``parser`` (the arguments), ``commands`` (what each command does),
``examples`` (the examples each ``--help`` ends with).
"""
from __future__ import annotations

import sys

from .parser import DEFAULT_OUT, DEFAULT_STORE, parser

__all__ = ["DEFAULT_OUT", "DEFAULT_STORE", "main", "parser"]


def main(argv: list[str] | None = None) -> int:
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    ap = parser()
    a = ap.parse_args(argv)
    if not getattr(a, "fn", None):
        ap.print_help()
        return 0
    code = a.fn(a)
    if argv is None:
        _ending()
    return code


def _ending() -> None:
    """The command line's process ends when the command returns: what it holds
    (the lexicon, the rules, compiled patterns) goes with it, so the cyclic
    collector's last pass at exit need not walk it all (0.06 CPU-s and more
    of `kg build`'s exit): it is frozen.  (A program calling main(argv)
    goes on: it is left alone.)"""
    import gc
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
