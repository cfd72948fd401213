"""Running `uhcwatch crawl` for real, in a subprocess, against fake sites on 127.0.0.1."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def write_config(path: Path, sources: dict[str, list[str]], server_ports: dict[str, int], **crawl) -> Path:
    """A config with one source per site; each site may only be crawled on its own host:port."""
    settings = {"download_timeout": '"3s"', "max_pages_per_run": 400, "max_depth": 3, "concurrency": 8,
                "per_site_concurrency": 2, **{k: (f'"{v}"' if isinstance(v, str) else v) for k, v in crawl.items()}}
    lines = ["[crawl]"] + [f"{k} = {str(v).lower() if isinstance(v, bool) else v}" for k, v in settings.items()]
    lines += ["", "[alerts]", "max_age_days = 0", ""]
    for name, urls in sources.items():
        lines += ["[[sources]]", f'name = "{name}"', "start_urls = [" + ", ".join(f'"{u}"' for u in urls) + "]",
                  f'allowed_domains = ["127.0.0.1:{server_ports[name]}"]', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def crawl(config: Path, db: Path, *args: str, env: dict | None = None, timeout: float = 240):
    proc = subprocess.run([sys.executable, "-m", "uhcwatch", "--config", str(config), "--db", str(db), "crawl",
                           "--quiet", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})
    return proc


def rows(db: Path, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()
