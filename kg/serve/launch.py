"""Starting `kg serve`: open the store, bind the port, say what is served.

What a request meets once the server listens is kg/serve/server.py; this
module only turns the command's options into a listening `KGServer`, with a
one-line error when the store, the port or the token file is wrong.
"""
from __future__ import annotations

import os
import sys

from ..auth import is_loopback
from .pool import DEFAULT_TIMEOUT, QueryPool, ServeError
from .protocol import DEFAULT_MAX_ROWS
from .server import DEFAULT_HOST, DEFAULT_PORT, KGServer

def make_server(store_dir: str | os.PathLike = "kg-store", host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                workers: int | None = None, quiet: bool = False, token: str | None = None,
                allow_service: list[str] | tuple[str, ...] = ()) -> KGServer:
    """Open the store and bind the server (port 0: any free port); call
    ``serve_forever()`` on the result, and ``server_close()`` when done.

    ``token``: every request must carry ``Authorization: Bearer TOKEN``.
    ``allow_service``: endpoint prefixes SERVICE clauses may reach (none by default).

    Raises `ServeError` (or `kg.store.StoreError`) with a one-line message.
    """
    from ..federation import check_prefix
    from ..store import StoreError, open_store, read_info
    try:
        allow_service = tuple(check_prefix(p) for p in allow_service)
    except ValueError as e:
        raise ServeError(str(e)) from None
    store = open_store(store_dir)              # says what to do when there is no store
    try:
        triples = read_info(store_dir).triples
    except StoreError:
        triples = None
    del store
    if timeout <= 0 or max_rows <= 0:
        raise ServeError("--timeout and --max-rows must be above 0")
    n = workers or min(8, max(2, os.cpu_count() or 2))
    pool = QueryPool(store_dir, workers=n, timeout=timeout, max_rows=max_rows, allow_service=allow_service)
    try:
        return KGServer((host, port), pool, str(store_dir), triples, quiet=quiet, token=token)
    except OSError as e:
        pool.close()
        reason = e.strerror or str(e)
        raise ServeError(f"cannot listen on {host}:{port}: {reason}"
                         + (" — another server uses that port; pass --port N" if e.errno in (98, 48) else "")) \
            from None


def serve(store_dir: str | os.PathLike = "kg-store", host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS, workers: int | None = None,
          quiet: bool = False, out=None, token_file: str | os.PathLike | None = None,
          allow_service: list[str] | tuple[str, ...] = (), err=None) -> int:
    """Run the server until Ctrl-C (what ``kg serve`` does); returns an exit code.

    ``token_file``: the file holding the token every request must carry.
    """
    from ..auth import TokenError, read_token
    out, err = out or sys.stdout, err or sys.stderr
    try:
        token = read_token(token_file) if token_file is not None else None
    except TokenError as e:
        raise ServeError(str(e)) from None
    server = make_server(store_dir, host, port, timeout, max_rows, workers, quiet, token, allow_service)
    url = server.url
    count = f"{server.triples:,} triples" if server.triples is not None else "the store"
    if token is None and not is_loopback(host):
        print(f"kg serve: warning: listening on {host}, which other machines may reach, without a token: "
              "anyone who can reach the port can query the store — pass --token-file FILE "
              "(or --host 127.0.0.1)", file=err, flush=True)
    print(f"serving {store_dir} ({count}) at {url}", file=out)
    print(f"  SPARQL endpoint: {url}sparql   query page: {url}", file=out)
    print(f"  read-only; {server.pool.size} workers; a query is stopped after {timeout:g} s; "
          f"results are cut at {max_rows:,} rows. Ctrl-C stops.", file=out)
    access = f"every request needs the token in {token_file}" if token else "no token asked"
    federation = ("SERVICE only to " + ", ".join(server.pool.allow_service)) if server.pool.allow_service \
        else "SERVICE clauses refused"
    print(f"  {access}; {federation}.", file=out, flush=True)
    try:
        server.serve_forever(poll_interval=0.25)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
