"""Is the network there at all? One plain line instead of one per failed request.

A crawl that fetched no page and failed reached nothing of its source: the source is unreachable. When every
watched source is unreachable at once, the likeliest cause is this machine's network, not twenty news sites,
and that is what a user should read: "no network: 20 of 20 sources unreachable", once, and a line when it
comes back. ``NetworkWatch`` keeps that episode; the daemon feeds it each finished crawl.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def unreachable(status: str, pages: int) -> bool:
    """A crawl that failed without fetching a single page (DNS, refused, timed out, offline)."""
    return status == "failed" and not pages


def reach_line(unreachable_sources: int, total: int) -> str | None:
    """What to tell the user about reachability after a round of crawls, or None when nothing is wrong."""
    if not unreachable_sources:
        return None
    if unreachable_sources >= total:
        return f"no network: {unreachable_sources} of {total} sources unreachable"
    return f"{unreachable_sources} of {total} sources unreachable"


@dataclass
class NetworkWatch:
    """The daemon's view of reachability across sources; says "down" once per episode and "back" once."""

    sources: frozenset[str]
    down: set[str] = field(default_factory=set)
    offline: bool = False

    def crawled(self, source: str, status: str, pages: int) -> str | None:
        """Record one finished crawl; the line to log when the network went away or came back, else None."""
        if unreachable(status, pages):
            self.down.add(source)
        else:
            self.down.discard(source)
        if not self.offline and self.sources and self.down >= self.sources:
            self.offline = True
            return reach_line(len(self.down), len(self.sources)) + "; still trying on schedule"
        if self.offline and source not in self.down:
            self.offline = False
            return f"network back: {source} answered"
        return None

    def repeat(self, source: str) -> bool:
        """Is this source's failure one more of the same (already told), so that it goes at INFO, not WARNING?"""
        return self.offline or source in self.down
