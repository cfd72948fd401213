"""What the terminal shows: rich tables of regions, sources and alerts (pure functions from rows).

The rows are the dicts the API returns, so tests check these without a terminal or a database.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from uhcwatch.crawler.alerts.delivery import MAX_IN_DOUBT
from uhcwatch.crawler.figures import UHC_THRESHOLD, format_count, format_pct, is_uhc


def site(url: str | None) -> str:
    """The site an article is on, "demakkab.go.id" for "https://www.demakkab.go.id/berita/1"."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


def regions_table(rows: list[dict]):
    """Latest coverage per region as a rich Table; UHC regions (>= 95 %) in green.

    The source column names the article's site and links to the article
    (terminals that support hyperlinks make it clickable; ``--json`` has the URL).
    """
    from rich.table import Table

    at_uhc = sum(1 for r in rows if is_uhc(r.get("coverage_pct")))
    table = Table(title=f"Latest JKN coverage: {len(rows)} regions, {at_uhc} at UHC (>= {UHC_THRESHOLD:g} %)",
                  title_justify="left")
    # Figures never wrap or get cut; names wrap; the source gives way first.
    table.add_column("Region")
    table.add_column("Province")
    table.add_column("Coverage", justify="right", no_wrap=True)
    table.add_column("Participants", justify="right", no_wrap=True)
    table.add_column("As of", no_wrap=True)
    table.add_column("Source", overflow="fold")
    for r in rows:
        uhc = is_uhc(r.get("coverage_pct"))
        url = r.get("article_url") or ""
        source = site(url) or url
        table.add_row(
            r.get("region_name") or "",
            r.get("province") or "-",
            f"[green]{format_pct(r.get('coverage_pct'))}[/]" if uhc else format_pct(r.get("coverage_pct")),
            format_count(r.get("participants")),
            r.get("as_of") or "",
            f"[link={url}]{source}[/link]" if url.startswith("http") else source,
        )
    return table


def missing_table(regions: list[dict], total: int | None = None):
    """Regions never reported, one row per province (in gazetteer order) listing its regions."""
    from rich.table import Table

    groups: dict[str, list[dict]] = {}
    for r in sorted(regions, key=lambda r: (r.get("province_code") or "", r.get("code") or "")):
        groups.setdefault(r.get("province") or "", []).append(r)
    of_total = f" of {total}" if total is not None else ""
    table = Table(title=f"Regions never reported: {len(regions)}{of_total}, in {len(groups)} provinces",
                  title_justify="left")
    table.add_column("Province")
    table.add_column("Missing", justify="right")
    table.add_column("Regions")
    for province, members in groups.items():
        table.add_row(province, str(len(members)), ", ".join(m.get("name") or m.get("code") for m in members))
    return table


def sources_table(sources: list[dict]):
    """Configured sources with their schedule, last poll and health (rows of ``api.source_status``)."""
    from rich.table import Table

    table = Table(box=None)
    for col in ("source", "every", "start URLs", "last poll", "outcome", "last success", "last new article",
                "failing"):
        table.add_column(col)
    for s in sources:
        run = s["last_run"] or {}
        health = s.get("health") or {}
        failures = health.get("consecutive_failures") or 0
        failing = f"{failures}x" + (f": {health['last_error']}" if health.get("last_error") else "") if failures else ""
        every = duration(s["every"])
        if health.get("interval") and round(health["interval"]) != round(s["every"]):
            every += f" (now {short_duration(health['interval'])})"  # adaptive polling moved it
        table.add_row(s["name"], every, "\n".join(s["start_urls"]),
                      health.get("last_poll") or run.get("finished_at") or run.get("started_at") or "never",
                      health.get("last_outcome") or run.get("status") or "",
                      health.get("last_success") or "never", health.get("last_new_article") or "never", failing)
    return table


def alerts_table(alerts: list[dict], *, held: bool = False):
    """Recent alerts and their delivery state (rows of ``api.recent_alerts``), or those held for review with
    the announcement's confidence and article (``api.held_alerts``)."""
    from rich.table import Table

    table = Table(box=None)
    if held:
        for col in ("id", "event", "title", "confidence", "article"):
            table.add_column(col)
        for r in alerts:
            table.add_row(str(r["id"]), r["event"], r["title"], f"{r.get('confidence') or 0:.2f}",
                          r.get("article_url") or "")
        return table
    for col in ("id", "event", "title", "created", "delivered", "attempts", "last error"):
        table.add_column(col)
    for r in alerts:
        state = r["delivered_at"] or alert_state(r)
        table.add_row(str(r["id"]), r["event"], r["title"], r["created_at"], state,
                      str(r["attempts"] or 0), (r["last_error"] or "")[:60])
    return table


def alert_state(alert: dict) -> str:
    """An undelivered alert's state in words."""
    if alert.get("review") in ("held", "rejected"):
        return {"held": "held for review", "rejected": "rejected"}[alert["review"]]
    if alert.get("sending_at"):
        return "sending"
    doubts = alert.get("in_doubt") or 0
    if doubts >= MAX_IN_DOUBT:
        return "in doubt: may have been delivered; not sent again"
    if doubts:
        return "in doubt: may have been delivered; one more try"
    return "pending"


def short_duration(seconds: float) -> str:
    """5400 -> "1.5h", 90 -> "1.5m": an adaptive interval, to a tenth of its unit."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.1f}".rstrip("0").rstrip(".") + unit
    return f"{seconds:.0f}s"


def duration(seconds: float) -> str:
    """3600 -> "1h", 90 -> "90s": the config's own way of writing durations."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"
