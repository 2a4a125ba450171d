"""``python -m kg.serve --worker STORE R W``: a query worker process of `kg serve`.

The pool (kg/serve/pool.py) starts its workers this way rather than as
multiprocessing children, so that the parent's ``__main__`` is never
re-imported; users start the server with ``kg serve``.
"""
import sys

from .pool import run_worker

if __name__ == "__main__":                                          # pragma: no cover
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        run_worker(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        print("kg.serve is run by `kg serve`; see `kg serve --help`", file=sys.stderr)
        sys.exit(2)
