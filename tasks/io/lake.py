"""DuckLake: the tables in a catalog (Postgres, or a local .ducklake file) with data as Parquet.

The DuckDB extensions come from the PyPI wheels duckdb-extension-{ducklake,postgres,httpfs},
loaded by file path; autoinstall and autoload are off and the extension directory is an empty
folder of our own, so nothing is ever downloaded at run time. S3 credentials and endpoint come
from the usual AWS_* variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION,
AWS_ENDPOINT_URL for an S3-compatible store such as MinIO).

Several writers may load into one lake at once (DuckLake commits are optimistic snapshots in
the catalog). Readers attach read-only and read the snapshot that was current when they started:
they never wait for a writer and never hold one up.
"""
from __future__ import annotations

import importlib.util
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

PREFIX = "ducklake:"
SUFFIX = ".ducklake"
ALIAS = "lake"
EXTENSIONS = ("ducklake", "postgres", "httpfs")
# LOAD takes the entry point's name from the file name; the postgres wheel's file is named
# postgres.duckdb_extension but the extension inside is postgres_scanner.
_LOAD_NAME = {"postgres": "postgres_scanner"}
# DuckLake has no PRIMARY KEY / UNIQUE constraints (and no sequences; our ids are hashes anyway).
_TABLE_KEY = re.compile(r",\s*primary\s+key\s*\([^)]*\)", re.IGNORECASE)
_COLUMN_KEY = re.compile(r"\s+(primary\s+key|unique)\b", re.IGNORECASE)


class LakeError(RuntimeError):
    """The lake cannot be opened: an extension wheel is missing, or the catalog is unreachable."""


def is_lake(db: str | Path) -> bool:
    text = str(db)
    return text.startswith(PREFIX) or text.endswith(SUFFIX)


_SERVER_CATALOGS = ("postgres:", "sqlite:", "mysql:", "duckdb:")


def catalog_file(db: str | Path) -> Path | None:
    """The local file a lake's catalog lives in (`x.ducklake`, `ducklake:x.ducklake`); None for a
    catalog in a database server or given by a connection string."""
    local = attach_target(str(db))[len(PREFIX):]
    if local.startswith(_SERVER_CATALOGS) or "=" in local:
        return None
    return Path(local)


def attach_target(db: str) -> str:
    """`x.ducklake` -> `ducklake:x.ducklake`; a `ducklake:...` string as given."""
    return db if db.startswith(PREFIX) else PREFIX + db


def is_attached(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("select current_database()").fetchone()[0] == ALIAS and _is_ducklake(con)


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("select 1 from duckdb_tables() where database_name = ? and table_name = ?",
                            [ALIAS, name]).fetchall())


def _is_ducklake(con) -> bool:
    rows = con.execute("select type from duckdb_databases() where database_name = ?", [ALIAS]).fetchall()
    return bool(rows) and rows[0][0] == "ducklake"


def adapt_ddl(sql: str) -> str:
    """A migration as DuckLake takes it: key and unique constraints dropped (the loader keeps keys
    unique itself: deterministic ids, delete-then-insert per article, MERGE for shared rows).
    A migration that starts with the line `-- ducklake: nothing to do` only changes what a lake
    never had (e.g. drops keys): a no-op there, still recorded as applied."""
    if sql.lstrip().lower().startswith(LAKE_NOTHING_TO_DO):
        return "select 1"
    return _COLUMN_KEY.sub("", _TABLE_KEY.sub("", sql))


LAKE_NOTHING_TO_DO = "-- ducklake: nothing to do"


def extension_file(name: str) -> Path | None:
    spec = importlib.util.find_spec(f"duckdb_extension_{name}")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "extensions" / f"v{duckdb.__version__}"
    found = sorted(folder.rglob(f"{name}.duckdb_extension"))
    return found[0] if found else None


_EMPTY_EXT_DIR = Path(tempfile.gettempdir()) / f"newsclaims-no-extensions-{os.getuid()}"


def offline_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB that can load extensions only from files we name."""
    _EMPTY_EXT_DIR.mkdir(exist_ok=True)
    return duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False,
                                  "extension_directory": str(_EMPTY_EXT_DIR)})


def load_extensions(con: duckdb.DuckDBPyConnection, names=EXTENSIONS) -> list[str]:
    loaded = []
    for name in names:
        path = extension_file(name)
        if path is None:
            if name == "ducklake":
                raise LakeError(f"DuckLake needs the PyPI wheel duckdb-extension-ducklake=={duckdb.__version__} "
                                "(a dependency of newsclaims: reinstall it)")
            continue
        con.execute(f"load '{_quote(str(_named(path, _LOAD_NAME.get(name, name))))}'")
        loaded.append(name)
    return loaded


def _named(path: Path, load_name: str) -> Path:
    """The wheel's file, under the name LOAD expects (a symlink in our own folder when it differs)."""
    if path.stem == load_name:
        return path
    _EMPTY_EXT_DIR.mkdir(exist_ok=True)
    link = _EMPTY_EXT_DIR / f"{load_name}-{duckdb.__version__}" / f"{load_name}.duckdb_extension"
    if not (link.is_symlink() and link.resolve() == path.resolve()):
        link.parent.mkdir(exist_ok=True)
        tmp = link.with_name(f".{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(path)
        os.replace(tmp, link)
    return link


def s3_secret(con: duckdb.DuckDBPyConnection, env: dict | None = None) -> bool:
    """An S3 secret from the AWS_* variables, when they give credentials; True when one was made."""
    env = os.environ if env is None else env
    key, secret = env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY")
    if not key or not secret:
        return False
    opts = {"key_id": key, "secret": secret,
            "region": env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or "us-east-1"}
    if env.get("AWS_SESSION_TOKEN"):
        opts["session_token"] = env["AWS_SESSION_TOKEN"]
    endpoint = env.get("AWS_ENDPOINT_URL_S3") or env.get("AWS_ENDPOINT_URL")
    if endpoint:
        url = urlsplit(endpoint if "://" in endpoint else "https://" + endpoint)
        opts.update(endpoint=url.netloc, use_ssl="true" if url.scheme == "https" else "false", url_style="path")
    body = ", ".join(f"{k} {v}" if v in ("true", "false") else f"{k} '{_quote(v)}'" for k, v in opts.items())
    con.execute(f"create or replace temporary secret newsclaims_s3 (type s3, {body})")
    return True


def attach(db: str, *, read_only: bool = False, data_path: str | None = None) -> duckdb.DuckDBPyConnection:
    """A connection whose current database is the lake (unqualified table names resolve to it)."""
    con = offline_connection()
    try:
        load_extensions(con)
        s3_secret(con)
        options = []
        if data_path:
            options.append(f"data_path '{_quote(_folder(data_path))}'")
        if read_only:
            options.append("read_only")
        target = attach_target(db)
        local = catalog_file(target)
        if local is not None and not read_only:
            local.parent.mkdir(parents=True, exist_ok=True)
        con.execute(f"attach '{_quote(target)}' as {ALIAS}" + (f" ({', '.join(options)})" if options else ""))
        con.execute(f"use {ALIAS}")
    except BaseException:
        con.close()
        raise
    return con


def lock_down(con: duckdb.DuckDBPyConnection, config: dict) -> None:
    """Apply a sandbox config (tasks/io/sandbox.py) to an attached lake: with external access off,
    only the lake's own data path (and a file catalog's folder) stays readable, and nothing can be
    switched back on."""
    options = con.execute("select path, options from duckdb_databases() where database_name = ?", [ALIAS]).fetchone()
    allowed = [v for k, v in (options[1] or {}).items() if k == "data_path" and v]
    local = catalog_file(options[0]) if options[0] else None  # a file catalog's folder; none for a server
    if allowed and local is not None:
        allowed.append(str(local.resolve().parent) + "/")
    # Lock file access down only when the data path is known and local (a catalog attached without
    # DATA_PATH keeps its path in the catalog; it may be anywhere).
    remote = not allowed or any("://" in a for a in allowed)
    if allowed and not remote:
        con.execute("set allowed_directories = " + "[" + ", ".join(f"'{_quote(a)}'" for a in allowed) + "]")
    for key, value in config.items():
        # DuckDB 1.5.5's allowed_directories covers local paths only: with data in S3, external
        # access must stay on for the lake's own reads (the statement checks still apply).
        if key == "enable_external_access" and remote:
            continue
        if key != "lock_configuration":
            con.execute(f"set {key} = {str(value).lower() if isinstance(value, bool) else repr(value)}")
    if config.get("lock_configuration"):
        con.execute("set lock_configuration = true")


def _folder(data_path: str) -> str:
    """DuckLake joins file names onto the data path: it must end with a separator."""
    if "://" not in data_path:
        Path(data_path).mkdir(parents=True, exist_ok=True)
        data_path = str(Path(data_path).resolve())
    return data_path if data_path.endswith("/") else data_path + "/"


def _quote(text: str) -> str:
    return text.replace("'", "''")
