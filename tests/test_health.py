"""health: one plain line when no source answers, and one when the network comes back."""

from __future__ import annotations

from uhcwatch.crawler.health import NetworkWatch, reach_line, unreachable


def test_a_failed_crawl_without_a_page_is_unreachable():
    assert unreachable("failed", 0)
    assert not unreachable("failed", 3)  # reached the site; something else went wrong
    assert not unreachable("ok", 0) and not unreachable("interrupted", 0)


def test_reach_line_says_the_plain_thing():
    assert reach_line(0, 20) is None
    assert reach_line(20, 20) == "no network: 20 of 20 sources unreachable"
    assert reach_line(3, 20) == "3 of 20 sources unreachable"


def test_network_watch_tells_each_episode_once():
    watch = NetworkWatch(frozenset({"a", "b", "c"}))
    assert watch.crawled("a", "failed", 0) is None and not watch.repeat("b")
    assert watch.crawled("b", "failed", 0) is None
    assert watch.crawled("c", "failed", 0) == "no network: 3 of 3 sources unreachable; still trying on schedule"
    assert watch.repeat("a")
    assert [watch.crawled(s, "failed", 0) for s in "abcabc"] == [None] * 6  # said once
    assert watch.crawled("b", "ok", 12) == "network back: b answered"
    assert not watch.offline and watch.repeat("a") and not watch.repeat("b")
    assert watch.crawled("b", "failed", 0) == "no network: 3 of 3 sources unreachable; still trying on schedule"
