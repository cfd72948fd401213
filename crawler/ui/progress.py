"""What `uhcwatch crawl` shows on a terminal: a live table per source, then a summary.

rich draws on stderr while the crawl runs (only on a terminal, so logs and
pipes stay clean); the summary goes to stdout, where scripts read it.
"""

from __future__ import annotations

import sys

from rich.console import Console
from rich.live import Live
from rich.table import Table

from uhcwatch.crawler.health import reach_line, unreachable


class CrawlProgress:
    def __init__(self, sources: list[str], *, enabled: bool = True):
        self.sources = sources
        self.console = Console(stderr=True)
        self.live = enabled and self.console.is_terminal
        self._live: Live | None = None

    def __enter__(self) -> "CrawlProgress":
        if self.live:
            self._live = Live(self._table({}), console=self.console, refresh_per_second=4, transient=True)
            self._live.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self._live is not None:
            self._live.__exit__(*exc)

    def update(self, counts: dict[str, dict[str, int]]) -> None:
        """Redraw with each source's counts so far (``CrawlLedger.counts``)."""
        if self._live is not None:
            self._live.update(self._table(counts))

    def _table(self, counts: dict[str, dict[str, int]]) -> Table:
        table = Table(title="crawling", title_justify="left", box=None)
        for col in ("source", "requests", "pages", "new articles", "new announcements", "errors"):
            table.add_column(col, justify="left" if col == "source" else "right")
        for name in self.sources:
            st = counts.get(name)
            table.add_row(name, *(str(st.get(f, 0)) if st else "…" for f in
                                  ("requests", "pages", "articles_new", "announcements_new", "errors")))
        return table


def print_summary(results, db_path) -> None:
    console = Console(file=sys.stdout)
    if not console.is_terminal:
        console.width = 120  # a pipe or file: don't squeeze the table into 80 columns
    table = Table(box=None, title_justify="left")
    for col in ("source", "status", "pages", "not modified", "new articles", "new announcements", "errors"):
        table.add_column(col, justify="left" if col in ("source", "status") else "right")
    for r in results:
        status = r.status + (f" ({r.error_detail})" if r.error_detail else "")
        table.add_row(r.source, status, str(r.pages), str(r.not_modified), str(r.articles_new),
                      str(r.announcements_new), str(r.errors))
    console.print(table)
    total_ann = sum(r.announcements_new for r in results)
    line = reach_line(sum(unreachable(r.status, r.pages) for r in results), len(results))
    if line:
        console.print(line + ("; is this machine online?" if line.startswith("no network") else ""))
    console.print(f"{len(results)} sources, {sum(r.pages for r in results)} pages, "
                  f"{sum(r.articles_new for r in results)} new articles, {total_ann} new announcements "
                  f"→ {db_path}")
