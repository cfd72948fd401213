"""config: the TOML file read, checked and given defaults; one case per check."""

from __future__ import annotations

from pathlib import Path

import pytest

from uhcwatch.crawler.config import DEFAULT_USER_AGENT, Config, load_config, parse_config, parse_duration
from uhcwatch.crawler.errors import ConfigError

SOURCE = {"name": "a", "start_urls": ["https://a.example/feed/"]}


def config(**data) -> Config:
    return parse_config({"sources": [SOURCE], **data}, None)


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("10m", 600), ("1h", 3600), ("1d", 86400), (45, 45),
                                           ("1.5h", 5400)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("data, message", [
    ({"crawl": {"concurency": 3}}, "crawl.concurency: unknown key (did you mean 'concurrency'?)"),
    ({"schedule": {"every": "often"}}, "schedule.every: 'often' is not a duration"),
    ({"crawl": {"obey_robots": "yes"}}, "crawl.obey_robots: must be true or false"),
    ({"crawl": {"concurrency": -1}}, "crawl.concurrency: must be a whole number >= 0"),
    ({"crawl": {"concurrency": 0}}, "must be at least 1"),
    ({"alerts": {"events": ["everything"]}}, "alerts.events: unknown event 'everything'"),
    ({"alerts": {"urls": "json://x"}}, "alerts.urls: must be a list of strings"),
    ({"database": 3}, "database: must be a string"),
    ({"schedule": {"every": "0s"}}, "schedule.every: must be at least 1s"),
])
def test_mistakes_name_the_key(data, message):
    with pytest.raises(ConfigError) as raised:
        config(**data)
    assert message in str(raised.value)


@pytest.mark.parametrize("source, message", [
    ({"start_urls": ["https://a.example/"]}, "name: required"),
    ({"name": "a"}, "no start_urls"),
    ({"name": "a", "start_urls": ["ftp://a.example/"]}, "is not an http"),
    ({"name": "a", "start_urls": ["https://a.example/"], "allowed_domains": "a.example"}, "must be a list"),
    ({"name": "a", "start_urls": ["https://a.example/"], "homepage": "x"}, "unknown key"),
])
def test_source_mistakes(source, message):
    with pytest.raises(ConfigError) as raised:
        parse_config({"sources": [source]}, None)
    assert message in str(raised.value)


def test_duplicate_source_names():
    with pytest.raises(ConfigError, match="duplicate name 'a'"):
        parse_config({"sources": [SOURCE, SOURCE]}, None)


def test_defaults_and_builtin_sources():
    c = parse_config({}, None)
    assert c.crawl.user_agent == DEFAULT_USER_AGENT and c.schedule.every == 3600
    assert len(c.sources) >= 10 and all(s.start_urls for s in c.sources)


def test_allowed_domains_default_to_the_start_hosts():
    assert config().sources[0].allowed_domains == ("a.example",)


def test_source_interval_falls_back_to_the_schedule():
    c = parse_config({"schedule": {"every": "2h"}, "sources": [SOURCE, {**SOURCE, "name": "b", "every": "5m"}]}, None)
    assert [s.interval(c.schedule) for s in c.sources] == [7200, 300]


def test_unknown_source_names_the_configured_ones():
    with pytest.raises(ConfigError, match=r"unknown source 'b' \(configured: a\)"):
        config().source("b")


def test_database_path_relative_to_the_config_file(tmp_path, monkeypatch):
    monkeypatch.delenv("UHCWATCH_DB", raising=False)
    path = tmp_path / "conf" / "uhcwatch.toml"
    path.parent.mkdir()
    path.write_text('database = "data/u.db"\n[[sources]]\nname = "a"\nstart_urls = ["https://a.example/"]\n')
    c = load_config(str(path))
    assert c.database_path() == path.parent / "data" / "u.db"
    assert c.database_path("/tmp/x.db") == Path("/tmp/x.db")


@pytest.mark.parametrize("text, message", [
    ("[crawl\n", "malformed TOML"),
    (b"\xff\xfe", "cannot read config file"),
])
def test_unreadable_files(tmp_path, text, message):
    path = tmp_path / "u.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(ConfigError, match=message):
        load_config(str(path))


def test_missing_file():
    with pytest.raises(ConfigError, match="config file not found"):
        load_config("/nonexistent/uhcwatch.toml")


def test_config_travels_as_data():
    c = config(alerts={"urls": ["json://127.0.0.1:9/x"], "max_age_days": 0}, crawl={"max_depth": 2})
    assert Config.from_json(c.to_json()) == c


def test_source_selectors_are_checked_at_load():
    c = parse_config({"sources": [{**SOURCE, "content": "div.isi", "exclude": [".baca", "#iklan"]}]}, None)
    assert (c.sources[0].content, c.sources[0].exclude) == ("div.isi", (".baca", "#iklan"))
    for bad, key in (({"content": "div[[x"}, "sources.a.content"), ({"exclude": ["p::"]}, "sources.a.exclude"),
                     ({"exclude": ".baca"}, "sources.a.exclude"), ({"content": ""}, "sources.a.content")):
        with pytest.raises(ConfigError) as raised:
            parse_config({"sources": [{**SOURCE, **bad}]}, None)
        assert str(raised.value).startswith(key)


@pytest.mark.parametrize("value", [-0.1, 1.5, "tinggi", True])
def test_min_confidence_is_a_share(value):
    with pytest.raises(ConfigError, match="alerts.min_confidence: must be a number from 0 to 1"):
        config(alerts={"min_confidence": value})
    assert config(alerts={"min_confidence": 0.8}).alerts.min_confidence == 0.8


@pytest.mark.parametrize("value", ["10000000d", 10 ** 12, "400d"])
def test_durations_are_bounded_at_load(value):
    with pytest.raises(ConfigError, match="schedule.every: .* is longer than a year"):
        config(schedule={"every": value})


@pytest.mark.parametrize("key", ["max_page_bytes", "max_depth", "max_pages_per_run"])
def test_zero_is_not_no_limit(key):
    """Scrapy reads 0 as 'no limit' for DOWNLOAD_MAXSIZE and DEPTH_LIMIT: a 0 here would switch a guard off."""
    with pytest.raises(ConfigError, match=f"crawl.{key}: must be at least 1"):
        config(crawl={key: 0})


def test_every_mistake_is_reported_at_once_each_with_its_key():
    with pytest.raises(ConfigError) as raised:
        parse_config({"crawl": {"concurency": 3, "max_depth": 0},
                      "schedule": {"every": "often"},
                      "alerts": {"urls": ["nosuchscheme://x"]},
                      "sources": [{"name": "a", "start_urls": "https://a.example/"},
                                  {"name": "b", "start_urls": ["https://b.example/"],
                                   "allowed_domains": ["c.example"]},
                                  {"name": "c", "start_urls": ["http://169.254.169.254/latest/"]}]}, None)
    lines = str(raised.value).splitlines()
    assert lines[0] == "7 problems:"
    assert [line.strip().split(":")[0] for line in lines[1:]] == [
        "crawl.concurency", "crawl.max_depth", "schedule.every", "alerts.urls[0]", "sources.a.start_urls",
        "sources.b.allowed_domains", "sources.c.start_urls"]


def test_a_string_where_a_list_belongs_says_how_to_write_it():
    with pytest.raises(ConfigError, match=r'sources.a.start_urls: must be a list of URLs: write \["https://a.example/"\]'):
        parse_config({"sources": [{"name": "a", "start_urls": "https://a.example/"}]}, None)
    with pytest.raises(ConfigError, match=r'alerts.urls: must be a list of strings: write \["json://x"\]'):
        config(alerts={"urls": "json://x"})


def test_allowed_domains_must_hold_the_start_urls():
    with pytest.raises(ConfigError, match="sources.a.allowed_domains: c.example leaves out start URL"):
        parse_config({"sources": [{**SOURCE, "allowed_domains": ["c.example"]}]}, None)
    ok = parse_config({"sources": [{**SOURCE, "allowed_domains": ["example"]},
                                   {"name": "b", "start_urls": ["http://127.0.0.1:8080/"],
                                    "allowed_domains": ["127.0.0.1:8080"]}]}, None)
    assert [s.allowed_domains for s in ok.sources] == [("example",), ("127.0.0.1:8080",)]


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://[fe80::1]/",
                                 "http://224.0.0.1/"])
def test_link_local_and_unspecified_start_urls_are_refused(url):
    with pytest.raises(ConfigError, match="link-local, unspecified or reserved"):
        parse_config({"sources": [{"name": "a", "start_urls": [url]}]}, None)


def test_loopback_and_lan_start_urls_are_allowed():
    c = parse_config({"sources": [{"name": "a", "start_urls": ["http://127.0.0.1:8080/", "http://10.1.2.3/"]}]}, None)
    assert c.sources[0].start_urls == ("http://127.0.0.1:8080/", "http://10.1.2.3/")


def test_an_apprise_url_apprise_cannot_use_is_refused():
    with pytest.raises(ConfigError, match="alerts.urls\\[1\\]: apprise cannot use 'nosuchscheme'"):
        config(alerts={"urls": ["json://127.0.0.1:9/x", "nosuchscheme://x"]})


def test_a_utf8_bom_is_no_mistake(tmp_path):
    path = tmp_path / "u.toml"
    path.write_bytes('\ufeff[[sources]]\nname = "a"\nstart_urls = ["https://a.example/"]\n'.encode("utf-8"))
    assert load_config(str(path)).sources[0].name == "a"
