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
