"""The configuration file (SPEC "Configuration"): read, checked, and given defaults in one place.

Every setting has its default here, so the rest of the program reads typed
attributes and never a raw dict. Mistakes are reported as one `ConfigError`
line naming the file, the key and what is wrong ("crawl.concurency: unknown
key (did you mean 'concurrency'?)"), because a daemon that silently ignores
a misspelt key is worse than one that refuses to start.
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import os
import re
import tomllib
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from platformdirs import user_config_dir, user_data_dir

from uhcwatch import __version__
from uhcwatch.crawler.alerts.rules import EVENTS, KNOWN_EVENTS
from uhcwatch.crawler.crawl.links import in_domains
from uhcwatch.crawler.errors import ConfigError

DEFAULT_USER_AGENT = f"uhcwatch/{__version__} (+https://github.com/uhcwatch/uhcwatch)"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MAX_DURATION = 366 * 86400  # a year: longer is a typo, and timers or datetimes overflow far beyond it
# Limits where 0 would silently mean "no limit" to Scrapy (DOWNLOAD_MAXSIZE, DEPTH_LIMIT) or "stop at once".
AT_LEAST_ONE = {"concurrency", "per_site_concurrency", "max_pages_per_run", "max_page_bytes", "max_depth",
                "down_after"}


def parse_duration(value: str | int | float, where: str = "duration") -> float:
    """"30s", "10m", "1h", "1d" → seconds (a bare number is seconds), at most a year."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 0:
            raise ConfigError(f"{where}: must not be negative")
        seconds = float(value)
    else:
        m = _DURATION.match(str(value))
        if not m:
            raise ConfigError(f"{where}: {value!r} is not a duration like \"30s\", \"10m\", \"1h\" or \"1d\"")
        seconds = float(m.group(1)) * _UNIT_SECONDS[m.group(2)]
    if not seconds <= MAX_DURATION:
        raise ConfigError(f"{where}: {value!r} is longer than a year")
    return seconds


@dataclass(frozen=True)
class CrawlSettings:
    user_agent: str = DEFAULT_USER_AGENT
    obey_robots: bool = True
    concurrency: int = 16
    per_site_concurrency: int = 2
    download_timeout: float = 30.0
    max_page_bytes: int = 5_000_000
    max_pages_per_run: int = 2000
    max_depth: int = 5


@dataclass(frozen=True)
class ScheduleSettings:
    every: float = 3600.0
    jitter: float = 300.0
    # Adaptive polling (``uhcwatch.crawler.polling``): a source's interval starts at ``every`` and moves
    # between these bounds, shorter while it publishes, longer while it does not, longer still while it
    # fails. A source's own ``every`` outside them widens them; min_every = max_every = every pins it.
    min_every: float = 900.0
    max_every: float = 21600.0


@dataclass(frozen=True)
class AlertSettings:
    urls: tuple[str, ...] = ()
    events: tuple[str, ...] = EVENTS
    max_age_days: int = 30
    retry: float = 30.0  # first wait after a failed delivery; doubles each time, up to an hour
    doubt_retry: float = 600.0  # wait before the one repeat of a send whose outcome is unknown (timed out, crash)
    # Alerts of announcements less sure than this are held for review (`uhcwatch alerts --held`) instead of sent.
    # 0.5 from benchmarks/realpages_bench.py: below it about 6 in 10 announcements are right, above it 8 to 10.
    min_confidence: float = 0.5
    # Source health events (off unless listed in ``events``): source_down after this many failed polls in a
    # row, source_quiet when no new article came for this long.
    down_after: int = 3
    quiet_after: float = 7 * 86400.0


@dataclass(frozen=True)
class Source:
    name: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    every: float | None = None  # seconds; None = [schedule].every
    min_every: float | None = None  # seconds; None = [schedule].min_every
    max_every: float | None = None  # seconds; None = [schedule].max_every
    content: str | None = None  # CSS selector of the article body, where the generic reading fails
    exclude: tuple[str, ...] = ()  # CSS selectors of what to drop before reading

    def interval(self, schedule: ScheduleSettings) -> float:
        return self.every if self.every is not None else schedule.every

    def bounds(self, schedule: ScheduleSettings) -> tuple[float, float]:
        """The shortest and longest interval adaptive polling may use for this source (seconds)."""
        every = self.interval(schedule)
        low = self.min_every if self.min_every is not None else schedule.min_every
        high = self.max_every if self.max_every is not None else schedule.max_every
        return min(low, every), max(high, every)


@dataclass(frozen=True)
class Config:
    path: Path | None  # None: built-in defaults
    database: str | None = None
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    sources: tuple[Source, ...] = ()

    def source(self, name: str) -> Source:
        for s in self.sources:
            if s.name == name:
                return s
        known = ", ".join(s.name for s in self.sources) or "none"
        raise ConfigError(f"unknown source {name!r} (configured: {known})")

    def to_json(self) -> str:
        """The configuration as data (``from_json`` reads it back): how the daemon hands it to a crawl."""
        data = {"path": str(self.path) if self.path else None, "database": self.database,
                "crawl": asdict(self.crawl), "schedule": asdict(self.schedule), "alerts": asdict(self.alerts),
                "sources": [{k: v for k, v in asdict(s).items() if v is not None and v != ()} for s in self.sources]}
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> "Config":
        data = json.loads(text)
        path = data.pop("path", None)
        data = {k: v for k, v in data.items() if v is not None}
        return parse_config(data, Path(path) if path else None)

    def database_path(self, override: str | None = None) -> Path:
        """--db, then UHCWATCH_DB, then `database` (relative to the config file), then the user data dir."""
        chosen = override or os.environ.get("UHCWATCH_DB")
        if chosen:
            return Path(chosen).expanduser()
        if self.database:
            p = Path(self.database).expanduser()
            return p if p.is_absolute() or self.path is None else self.path.parent / p
        return Path(user_data_dir("uhcwatch", appauthor=False)) / "uhcwatch.db"


def find_config_path(override: str | None = None) -> Path | None:
    """--config, then UHCWATCH_CONFIG, then ./uhcwatch.toml, then uhcwatch.toml in the user config directory
    (~/.config/uhcwatch/, where the README's systemd unit keeps it), else None (built-in defaults)."""
    chosen = override or os.environ.get("UHCWATCH_CONFIG")
    if chosen:
        return Path(chosen).expanduser()
    for found in (Path("uhcwatch.toml"), Path(user_config_dir("uhcwatch", appauthor=False)) / "uhcwatch.toml"):
        if found.is_file():
            return found
    return None


def load_config(override: str | None = None) -> Config:
    path = find_config_path(override)
    if path is None:
        return parse_config({}, None)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))  # a BOM (Windows editors) is no mistake
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read config file {path}: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: malformed TOML: {e}") from None
    try:
        return parse_config(data, path)
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from None


def builtin_sources() -> tuple[Source, ...]:
    """Real Indonesian regional news sources that publish JKN coverage stories (data/sources.toml)."""
    text = resources.files(__package__).joinpath("data/sources.toml").read_text(encoding="utf-8")
    problems = Problems()
    sources = tuple(_source(s, f"sources[{i}]", problems) for i, s in enumerate(tomllib.loads(text)["sources"]))
    problems.raise_any()
    return sources


class Problems:
    """Every mistake found in one reading of the file, each naming its key, so that a user fixes the file
    once instead of once per error. ``with problems.check():`` records a ConfigError and goes on."""

    def __init__(self) -> None:
        self.found: list[str] = []

    @contextmanager
    def check(self):
        try:
            yield
        except ConfigError as e:
            self.found.append(str(e))

    def raise_any(self) -> None:
        if len(self.found) == 1:
            raise ConfigError(self.found[0])
        if self.found:
            raise ConfigError(f"{len(self.found)} problems:\n  " + "\n  ".join(self.found))


def parse_config(data: dict, path: Path | None) -> Config:
    problems = Problems()
    _check_keys(data, {"database", "crawl", "schedule", "alerts", "sources"}, "", problems)
    crawl = _section(CrawlSettings, data.get("crawl", {}), "crawl", problems, durations={"download_timeout"})
    schedule = _section(ScheduleSettings, data.get("schedule", {}), "schedule", problems,
                        durations={"every", "jitter", "min_every", "max_every"})
    alerts = _section(AlertSettings, data.get("alerts", {}), "alerts", problems,
                      durations={"retry", "doubt_retry", "quiet_after"})
    for e in alerts.events:
        with problems.check():
            if e not in KNOWN_EVENTS:
                raise ConfigError(f"alerts.events: unknown event {e!r} (known: {', '.join(KNOWN_EVENTS)})")
    for i, url in enumerate(alerts.urls):
        with problems.check():
            _check_apprise_url(url, f"alerts.urls[{i}]")
    sources: tuple[Source, ...] = ()
    if "sources" not in data:
        sources = builtin_sources()
    elif not isinstance(data["sources"], list) or not all(isinstance(t, dict) for t in data["sources"]):
        problems.found.append("sources: must be an array of tables ([[sources]])")
    elif not data["sources"]:
        problems.found.append("sources: no source configured")
    else:
        found = [_source(t, f"sources[{i}]", problems) for i, t in enumerate(data["sources"])]
        sources = tuple(s for s in found if s is not None)
    names = [s.name for s in sources]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.found.append(f"sources: duplicate name {name!r}")
    database = data.get("database")
    if database is not None and not isinstance(database, str):
        problems.found.append("database: must be a string (a file path)")
    if schedule.every < 1:
        problems.found.append("schedule.every: must be at least 1s")
    bad_bounds = any(p.startswith(("schedule.min_every", "schedule.max_every")) for p in problems.found)
    if schedule.min_every > schedule.max_every and not bad_bounds:
        given = data.get("schedule") if isinstance(data.get("schedule"), dict) else {}
        default = "" if "min_every" in given else " (the default)"
        problems.found.append(f"schedule.min_every: {schedule.min_every:g}s{default} is longer than "
                              f"schedule.max_every ({schedule.max_every:g}s)")
    problems.raise_any()
    return Config(path, database, crawl, schedule, alerts, sources)


def _check_keys(table, known: set[str], where: str, problems: Problems) -> bool:
    """Record each unknown key (with the nearest known one); False when ``table`` is not a table at all."""
    if not isinstance(table, dict):
        problems.found.append(f"{where or 'config'}: must be a table")
        return False
    for key in table:
        if key not in known:
            hint = difflib.get_close_matches(key, known, n=1)
            suffix = f" (did you mean {hint[0]!r}?)" if hint else f" (known: {', '.join(sorted(known))})"
            problems.found.append(f"{where + '.' if where else ''}{key}: unknown key{suffix}")
    return True


def _section(cls, table, where: str, problems: Problems, durations: set[str] = frozenset()):
    """Build a settings dataclass from a TOML table, checking keys and types against its defaults; a key in
    error keeps its default (and is recorded in ``problems``)."""
    defaults = cls()
    values = {}
    if not _check_keys(table, {f.name for f in fields(cls)}, where, problems):
        table = {}
    for key, raw in table.items():
        if not hasattr(defaults, key):
            continue
        with problems.check():
            values[key] = _setting(key, raw, getattr(defaults, key), f"{where}.{key}", key in durations)
    return cls(**{**{f.name: getattr(defaults, f.name) for f in fields(cls)}, **values})


def _setting(key: str, raw, default, name: str, is_duration: bool):
    """One setting's value, checked against the type of its default."""
    if is_duration:
        return parse_duration(raw, name)
    if isinstance(default, bool):
        if not isinstance(raw, bool):
            raise ConfigError(f"{name}: must be true or false")
        return raw
    if isinstance(default, float):
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not 0 <= raw <= 1:
            raise ConfigError(f"{name}: must be a number from 0 to 1")
        return float(raw)
    if isinstance(default, int):
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            raise ConfigError(f"{name}: must be a whole number >= 0")
        if key in AT_LEAST_ONE and raw < 1:
            raise ConfigError(f"{name}: must be at least 1 (0 is not 'no limit' here: give a large number)")
        return raw
    if isinstance(default, tuple):
        if isinstance(raw, str):
            raise ConfigError(f"{name}: must be a list of strings: write [{json.dumps(raw)}]")
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise ConfigError(f"{name}: must be a list of strings")
        return tuple(raw)
    if not isinstance(raw, str) or not raw.strip():
        raise ConfigError(f"{name}: must be a non-empty string")
    return raw


def _check_apprise_url(url: str, where: str) -> None:
    """A notification URL apprise can send to; checked at load so a daemon never runs with a dead target."""
    import apprise

    if not apprise.Apprise().add(url):
        scheme = url.split("://", 1)[0] if "://" in url else url
        raise ConfigError(f"{where}: apprise cannot use {scheme!r}... (see the apprise URL list for the form)")


def _check_start_url(url, where: str) -> None:
    parts = urlsplit(url) if isinstance(url, str) else None
    if not parts or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: {url!r} is not an http(s) URL")
    try:
        ip = ipaddress.ip_address(parts.hostname)
    except ValueError:
        return
    if ip.is_link_local or ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        raise ConfigError(f"{where}: {url!r} is a link-local, unspecified or reserved address, not a news site")


def _source(table, where: str, problems: Problems) -> Source | None:
    """One [[sources]] table, or None (with its mistakes recorded) when it cannot be used at all."""
    if not _check_keys(table, {"name", "start_urls", "allowed_domains", "every", "min_every", "max_every", "content",
                                "exclude"}, where,
                       problems):
        return None
    before = len(problems.found)
    name = table.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9][\w.-]*", name or ""):
        problems.found.append(f"{where}.name: required; letters, digits, '.', '-' and '_' only")
    else:
        where = f"sources.{name}"
    urls = table.get("start_urls")
    if isinstance(urls, str):
        problems.found.append(f"{where}.start_urls: must be a list of URLs: write [{json.dumps(urls)}]")
        urls = []
    elif not isinstance(urls, list) or not urls:
        problems.found.append(f"{where}: no start_urls (give at least one feed, sitemap, listing or home page URL)")
        urls = []
    for u in urls:
        with problems.check():
            _check_start_url(u, f"{where}.start_urls")
    urls = [u for u in urls if isinstance(u, str)]
    domains = table.get("allowed_domains")
    if domains is None:
        domains = sorted({urlsplit(u).netloc.lower() for u in urls})
    elif not isinstance(domains, list) or not all(isinstance(d, str) and d for d in domains):
        problems.found.append(f"{where}.allowed_domains: must be a list of domain names")
        domains = []
    else:
        domains = [d.lower().lstrip(".") for d in domains]
        for u in urls:
            if urlsplit(u).hostname and not in_domains(u, domains):
                problems.found.append(f"{where}.allowed_domains: {', '.join(domains)} leaves out start URL {u!r}")
    every = min_every = max_every = None
    if "every" in table:
        with problems.check():
            every = parse_duration(table["every"], f"{where}.every")
    if "min_every" in table:
        with problems.check():
            min_every = parse_duration(table["min_every"], f"{where}.min_every")
    if "max_every" in table:
        with problems.check():
            max_every = parse_duration(table["max_every"], f"{where}.max_every")
    if min_every is not None and max_every is not None and min_every > max_every:
        problems.found.append(f"{where}.min_every: longer than {where}.max_every")
    content = table.get("content")
    if content is not None:
        with problems.check():
            _check_selector(content, f"{where}.content")
    exclude = table.get("exclude", [])
    if not isinstance(exclude, list):
        problems.found.append(f"{where}.exclude: must be a list of CSS selectors")
        exclude = []
    for selector in exclude:
        with problems.check():
            _check_selector(selector, f"{where}.exclude")
    if len(problems.found) > before:
        return None
    return Source(name, tuple(urls), tuple(domains), every, min_every, max_every, content, tuple(exclude))


def _check_selector(selector, where: str) -> None:
    """A CSS selector lxml can use, or a ConfigError naming the key."""
    from cssselect import GenericTranslator, SelectorError

    if not isinstance(selector, str) or not selector.strip():
        raise ConfigError(f"{where}: must be a CSS selector (a non-empty string)")
    try:
        GenericTranslator().css_to_xpath(selector)
    except SelectorError as e:
        raise ConfigError(f"{where}: {selector!r} is not a valid CSS selector ({e})") from None
