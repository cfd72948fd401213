"""How an alert reads (SPEC "Alert events"): its title names the region and the figure, its body the rest.

"Kabupaten Demak: 95.94% of residents in JKN (as of 1 May 2023)". Pure functions over rows.
"""

from __future__ import annotations

from uhcwatch.crawler.figures import format_as_of, format_figure, format_pct, headline


def format_alert(
    event: str,
    announcement: dict,
    article: dict,
    *,
    previous: dict | None = None,
) -> tuple[str, str]:
    """(title, body) of an alert, in SPEC's style.

    Title: "Kabupaten Demak: 95.94% of residents in JKN (as of 1 May 2023)";
    uhc_reached says "reached UHC", coverage_update adds "up from 91.2%" when
    the previous announcement states the same kind of figure.
    """
    region = announcement["region_name"]
    lead = headline(announcement)
    phrase = _figure_phrase(*lead) if lead else "JKN coverage reported"
    if event == "uhc_reached":
        title = f"{region} reached UHC: {phrase}"
    else:
        title = f"{region}: {phrase}"
    if event == "coverage_update" and lead and previous:
        title += _change_phrase(lead, previous)
    as_of = format_as_of(announcement.get("as_of"))
    if as_of:
        title += f" (as of {as_of})"
    return title, _body(announcement, article, previous)


_PHRASES = {
    "coverage_pct": "{} of residents in JKN",
    "active_pct": "{} active JKN participants",
    "participants": "{} JKN participants",
    "active_participants": "{} active JKN participants",
}


def _figure_phrase(name: str, value: float | int) -> str:
    return _PHRASES[name].format(format_figure(name, value))


def _change_phrase(lead: tuple[str, float | int], previous: dict) -> str:
    name, value = lead
    old = previous.get(name)
    if old is None or old == value:
        return ""
    return f", {'up' if value > old else 'down'} from {format_figure(name, old)}"


def _body(announcement: dict, article: dict, previous: dict | None) -> str:
    """The other figures, the target, the previous figure and the source, one per line."""
    a = announcement
    where = ", ".join(x for x in (a["region_name"], a.get("province")) if x)
    lines = [f"Region: {where}" + (f" ({a['region_code']})" if a.get("region_code") else "")]
    labelled = (("Coverage", "coverage_pct"), ("Participants", "participants"), ("Population", "population"),
                ("Active participants", "active_participants"), ("Active", "active_pct"))
    lines += [f"{label}: {format_figure(key, a[key])}" for label, key in labelled if a.get(key) is not None]
    if a.get("as_of"):
        lines.append(f"As of: {format_as_of(a['as_of'])}")
    if a.get("target_pct") is not None:
        year = f" by {a['target_year']}" if a.get("target_year") else ""
        lines.append(f"Target: {format_pct(a['target_pct'])}{year}")
    if previous and headline(previous):
        before = _figure_phrase(*headline(previous))
        as_of = format_as_of(previous.get("as_of"))
        lines.append(f"Previous: {before}" + (f" (as of {as_of})" if as_of else ""))
    title = article.get("title") or "article"
    published = f" ({article['published']})" if article.get("published") else ""
    lines.append(f"Source: {title}{published}")
    lines.append(article["url"])
    return "\n".join(lines)


def format_source_alert(event: str, state: dict, start_urls: tuple[str, ...] = ()) -> tuple[str, str]:
    """(title, body) of a source-health alert: "murianews is down: 3 polls failed in a row (TimeoutError ×2)"."""
    name = state["source"]
    failures, error = state.get("consecutive_failures") or 0, state.get("last_error") or "no answer"
    last_new = state.get("last_new_article_at")
    titles = {
        "source_down": f"{name} is down: {failures} polls failed in a row ({error})",
        "source_up": f"{name} answers again",
        "source_quiet": f"{name} is quiet: no new article since {(last_new or state.get('first_poll_at') or '?')[:10]}",
        "source_active": f"{name} publishes again",
    }
    lines = [f"Last success: {state.get('last_success_at') or 'never'}",
             f"Last new article: {last_new or 'never'}"]
    if event == "source_down":
        lines.append(f"Last error: {error}")
    lines += [f"Start URL: {url}" for url in start_urls]
    return titles[event], "\n".join(lines)
