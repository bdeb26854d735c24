"""Reaching the lab's PostgreSQL server: the URL, the password kept out of it, TLS, psycopg.

A server URL is a libpq URL (`postgresql://user@host:5432/lab?sslmode=verify-full`) plus one
parameter of ours, `schema=NAME`, for a lab that keeps several studies in one database. The
password never appears in it: libpq reads PGPASSWORD, PGSERVICE or ~/.pgpass, and the OS
keyring is asked when the `keyring` package is installed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_SCHEMA = "moral_graph_studio"
INSTALL_HINT = "pip install 'moral-graph-studio[server]'"
KEYRING_SERVICE = "moral-graph-studio"
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class ServerError(Exception):
    """A sync that cannot go on; `str()` is one plain sentence."""


class ServerRefused(ServerError):
    """The server or the URL is not one this study may sync with (bad input: exit code 2)."""


@dataclass(frozen=True)
class ServerAddress:
    conninfo: str  # what libpq is given: the URL without our own parameter
    schema: str
    shown: str  # the URL as people see it and as the study file keeps it

    @property
    def host(self) -> str:
        return urlsplit(self.conninfo).hostname or "localhost"


def parse_server_url(url: str) -> ServerAddress:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("postgresql", "postgres"):
        raise ServerRefused(f"{url!r} is not a server URL: it should start with postgresql://"
                            " (for example postgresql://me@lab.example.org/studies).")
    if parts.password:
        raise ServerRefused("the server URL contains a password; remove it and put the "
                            "password in PGPASSWORD, a ~/.pgpass file or the keyring instead.")
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), DEFAULT_SCHEMA)
    if not _SCHEMA_NAME.match(schema):
        raise ServerRefused(f"schema={schema!r} in the server URL is not a plain lower-case "
                            "name (letters, digits, underscores).")
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    conninfo = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
    return ServerAddress(conninfo, schema, urlunsplit(parts._replace(fragment="")))


def psycopg_module() -> Any:
    """psycopg, or a plain sentence saying how to install it."""
    try:
        import psycopg
    except ImportError as error:
        raise ServerRefused("syncing with a lab server needs the server extra, which is not "
                            f"installed: {INSTALL_HINT}") from error
    return psycopg


def connect(address: ServerAddress) -> Any:
    """A connection whose search path is the study's schema; TLS as the URL's sslmode says."""
    psycopg = psycopg_module()
    extra: dict[str, Any] = {"application_name": KEYRING_SERVICE, "connect_timeout": 10}
    password = _keyring_password(address)
    if password:
        extra["password"] = password
    try:
        conn = psycopg.connect(address.conninfo, autocommit=True, **extra)
    except psycopg.OperationalError as error:
        raise refusal(address, error) from error
    return conn


_NO_PASSWORD = ("password authentication failed", "no password supplied",
                "password is required", "authentication failed")


def refusal(address: ServerAddress, error: Exception) -> ServerError:
    """What a failed connection means, in one plain sentence: a password the server did not
    take (which names where passwords go), or a server that did not answer."""
    text = str(error).strip()
    if any(words in text for words in _NO_PASSWORD):
        user = _user(address)
        return ServerRefused(
            f"the server {address.shown} did not accept the password of the role {user!r}: "
            "put the right one in the PGPASSWORD variable, in ~/.pgpass (on Windows "
            f"%APPDATA%\\postgresql\\pgpass.conf) or in the keyring under "
            f"{KEYRING_SERVICE!r}, {user}@{address.host} (see docs/server.md).")
    detail = text.splitlines()[0] if text else "no answer"
    detail = detail.removeprefix("connection failed: ").removeprefix("connection is bad: ")
    return ServerError(f"the server {address.shown} could not be reached ({detail}): check "
                       "that it is running and that this computer is on the lab's network; "
                       "the study file was not changed.")


def _user(address: ServerAddress) -> str:
    import getpass
    import os

    return (urlsplit(address.conninfo).username or os.environ.get("PGUSER")
            or getpass.getuser())


def _keyring_password(address: ServerAddress) -> str | None:
    import os

    if os.environ.get("PGPASSWORD") or os.environ.get("PGSERVICE"):
        return None
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, f"{_user(address)}@{address.host}")
    except Exception:  # a keyring without a backend: libpq's own sources still apply
        return None
