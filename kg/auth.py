"""Bearer tokens for `kg serve`, `kg push` and `kg query --endpoint`.

The token lives in a file (``--token-file FILE``), never on the command line,
where other users of the machine could read it in the process list.

    >>> bearer_matches("Bearer s3cret", "s3cret"), bearer_matches("Bearer guess", "s3cret")
    (True, False)
    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
"""
from __future__ import annotations

import hmac
import ipaddress
import re
from pathlib import Path

_TOKEN = re.compile(r"[\x21-\x7e]+")      # what an HTTP header carries as is: visible ASCII
NEW_TOKEN = "python -c 'import secrets; print(secrets.token_urlsafe(32))' > FILE"


class TokenError(Exception):
    """A token file that cannot be used; the message is one line, for users."""


def read_token(path: str | Path) -> str:
    """The token in ``path``, stripped of surrounding spaces and line breaks."""
    try:
        token = Path(path).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise TokenError(f"no token file at {path} — create one, e.g. {NEW_TOKEN}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise TokenError(f"cannot read the token file {path}: {getattr(e, 'strerror', None) or e}") from None
    if not token:
        raise TokenError(f"the token file {path} is empty — put a token in it, e.g. {NEW_TOKEN}")
    if not _TOKEN.fullmatch(token):
        raise TokenError(f"the token in {path} must be one word of visible ASCII characters "
                         f"(no spaces or line breaks), e.g. from {NEW_TOKEN}")
    return token


def bearer_header(token: str) -> dict[str, str]:
    """The request header that carries ``token``."""
    return {"Authorization": f"Bearer {token}"}


def bearer_matches(header: str | None, token: str) -> bool:
    """Whether an ``Authorization`` header carries ``token`` (compared in constant time)."""
    scheme, _, given = (header or "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))


def is_loopback(host: str) -> bool:
    """Whether listening on ``host`` keeps a server reachable from this machine only.

    Names other than ``localhost`` count as exposed: what they resolve to can change.
    """
    host = host.strip().strip("[]")
    if host.lower() in ("localhost", "localhost.", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
