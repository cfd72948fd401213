"""Reading pages of many layouts: announcement precision, recall and fields after a real crawl, per layout.

    python3 benchmarks/layouts_bench.py [--layouts dev|unseen|all] [--filler 40] [--faults] [--texts DIR] [-v]

For each layout a fake site posts the JKN articles of the labelled sets (the bundled samples and the
`benchmarks/heldout` articles) among generated filler whose pages carry those JKN headlines in side
lists, teasers and "Baca juga" links. `uhcwatch crawl` (the real command, in a child process) crawls
it twice. What the extractor reads in each article's own clean text is the expectation, so this
measures what is lost or added between the page and the text:

- precision / recall of (article, region) announcements, and the share of their fields right;
- the prefilter's pass rate: article pages stored (they reached the reader) / article pages fetched,
  against the share that are truly about JKN (the samples plus filler whose own text names JKN);
- the second crawl's requests and time against the first (nothing new to find).

`--layouts dev` are the layouts the reader was developed on (the discovery styles of `crawler/demo/sites.py`
and `crawler/demo/layouts.py`); `unseen` are `benchmarks/unseen_layouts.py`, written by someone who had not
seen the reader: measure them at first sight before tuning anything on them. `--faults` mounts every fault
of `tests/fixtures/faults.py` on each site and starts the crawl from its index too.

`--texts` posts, instead of the written articles, the real pages of `benchmarks/realpages` whose texts lie under
DIR (see `realpages_bench.py`) and that carry a publication date: real writing, with its hard-wrapped lines, inline
"Baca juga" links and captions, laid out in each site's template, so the page-to-text step is measured on it too.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

from uhcwatch.crawler.demo import SiteServer, build_site, load_sample_articles  # noqa: E402
from uhcwatch.crawler.demo.layouts import LAYOUT_STARTS  # noqa: E402
from uhcwatch.crawler.demo.sites import Article  # noqa: E402
from uhcwatch.crawler.evaluation import FIELDS, load_folder, same  # noqa: E402
from uhcwatch.crawler.extraction.extract import extract  # noqa: E402

DEV = {"wordpress": ["/feed/", "/"], "sitemap_only": ["/"], "listing_only": ["/indeks"],
       "legacy_cp1252": ["/rss.xml", "/index.php"], **LAYOUT_STARTS}
UNSEEN = {"tagdiv": ["/feed/", "/"], "blogger": ["/feeds/posts/default", "/"], "detikish": ["/"],
          "lokomedia": ["/rss.xml", "/"]}
JKN_WORDS = re.compile(r"\bJKN|BPJS\s+Kesehatan|jaminan\s+kesehatan|\bUHC\b|kepesertaan", re.IGNORECASE)


def articles(texts: Path | None = None) -> list[Article]:
    if texts is not None:
        return real_articles(texts)
    out = list(load_sample_articles())
    for case in load_folder(ROOT / "benchmarks" / "heldout"):
        if case.gold and case.published:
            out.append(Article(case.title or case.text.split("\n")[0][:90], __import__("datetime").date.fromisoformat(
                case.published[:10]), case.text, case.id))
    return out


def real_articles(texts: Path) -> list[Article]:
    """The labelled real pages with a text under `texts` and a full publication date, as a site's articles."""
    import datetime as dt

    from realpages_bench import PARTS, load

    out = []
    for part in PARTS:
        for case in load(part, texts):
            published = case.get("published") or ""
            if len(published) < 10:
                continue
            headline, _, body = case["text"].partition("\n\n")
            # each line of a stored page text is one block of the page (a paragraph, a caption, a list item): on
            # the site it is a paragraph again, not lines of one paragraph run together
            body = re.sub(r"\n+", "\n\n", body.strip())
            title = (case.get("title") or headline).strip()
            if title and body.strip():
                out.append(Article(title, dt.date.fromisoformat(published[:10]), body, f"{part}/{case['id']}"))
    return out


def build(style: str, samples, filler: int):
    if style in UNSEEN:
        from unseen_layouts import build_unseen

        return build_unseen(style, samples, n_filler=filler, seed=21, name=style)
    return build_site(style, samples, n_filler=filler, seed=21, name=style)


def expected(site) -> dict[str, list[dict]]:
    """Per article path: what the extractor reads in the article's own clean text."""
    out = {}
    for post in site.posts:
        a = post.article
        found = [] if post.filler else [x.to_dict() for x in extract(a.text, title=a.title,
                                                                      published=a.published.isoformat())]
        out[post.path] = found
    return out


def crawl(config: Path, db: Path, faults_env=None) -> tuple[float, str]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "uhcwatch", "--config", str(config), "--db", str(db), "crawl",
                           "--quiet"], capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        sys.exit(f"crawl failed:\n{proc.stderr[-3000:]}")
    return time.perf_counter() - t, proc.stderr


def measure(style: str, starts: list[str], samples, filler: int, with_faults: bool, verbose: bool) -> dict:
    site = build(style, samples, filler)
    want = expected(site)
    article_paths = {p: post for post in site.posts for p in post.pages}
    with SiteServer(site) as server, tempfile.TemporaryDirectory() as tmp:
        start_urls = [server.url(style, s) for s in starts]
        if with_faults:
            from fixtures.faults import Faults

            Faults(server, style)
            start_urls.append(server.url(style, "/faults/"))
        port = urlsplit(server.url(style)).port
        config = Path(tmp) / "c.toml"
        config.write_text("[crawl]\nconcurrency = 16\nper_site_concurrency = 8\ndownload_timeout = \"3s\"\n"
                          "max_pages_per_run = 5000\n[alerts]\nmax_age_days = 0\n[[sources]]\n"
                          f'name = "{style}"\nstart_urls = [{", ".join(repr(u).replace(chr(39), chr(34)) for u in start_urls)}]\n'
                          f'allowed_domains = ["127.0.0.1:{port}"]\n', encoding="utf-8")
        db = Path(tmp) / "u.db"
        first_s, _ = crawl(config, db)
        first_requests = len(list(server.requests()))
        fetched = {r.path for r in server.requests() if r.path.split("?page=")[0] in article_paths
                   or r.path in article_paths}
        server.clear_log()
        second_s, _ = crawl(config, db)
        second_requests = len(list(server.requests()))
        con = sqlite3.connect(db)
        stored = {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "")
                  for (u,) in con.execute("SELECT url FROM articles")}
        got: dict[str, list[dict]] = {}
        cols = [d[0] for d in con.execute("SELECT * FROM announcements LIMIT 0").description]
        for row in con.execute("SELECT * FROM announcements"):
            d = dict(zip(cols, row))
            u = urlsplit(d["article_url"])
            path = u.path + (f"?{u.query}" if u.query else "")
            got.setdefault(path.removeprefix("/flaky") if path.startswith("/flaky/") else path, []).append(d)
        dup_of = dict(con.execute("SELECT url, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"))
        con.close()
    tp = fp = fn = right = total = 0
    wrong = []
    for path, post in ((p, po) for p, po in article_paths.items() if p == po.path):
        exp = {a["region_code"]: a for a in want[path]}
        have = {a["region_code"]: a for a in got.get(path, [])}
        if not have and any(urlsplit(u).path == path for u in dup_of):
            continue  # stored as a duplicate of another article: its announcements live there
        for code, a in exp.items():
            if code in have:
                tp += 1
                for f in FIELDS:
                    total += 1
                    ok = same(a.get(f), have[code].get(f))
                    right += ok
                    if not ok:
                        wrong.append(f"{a['region_name']}.{f} = {have[code].get(f)!r}, expected {a.get(f)!r} in {path}")
            else:
                fn += 1
                wrong.append(f"missed {a['region_name']} in {path}")
        for code, a in have.items():
            if code not in exp:
                fp += 1
                wrong.append(f"extra {a['region_name']} {a.get('coverage_pct')} in {path} (filler={post.filler})")
    for path, anns in got.items():
        if path.startswith("/flaky/") and path[len("/flaky"):] in article_paths:
            continue  # the flaky fault serves the article itself: counted under its own path above
        if path not in article_paths:
            fp += len(anns)
            wrong.extend(f"extra {a['region_name']} on a non-article page {path}" for a in anns)
    relevant = sum(1 for post in site.posts if not post.filler or JKN_WORDS.search(post.article.text))
    fetched_articles = len({p for p in fetched if p in article_paths})
    if verbose:
        for w in wrong:
            print("   ", w)
    return {"style": style, "tp": tp, "fp": fp, "fn": fn, "fields": right / total if total else 1.0,
            "fetched": fetched_articles, "passed": len({p for p in stored if p in article_paths}),
            "relevant": relevant, "posts": len(site.posts), "first_s": first_s, "second_s": second_s,
            "first_requests": first_requests, "second_requests": second_requests}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--layouts", choices=("dev", "unseen", "all"), default="all")
    ap.add_argument("--filler", type=int, default=40)
    ap.add_argument("--faults", action="store_true")
    ap.add_argument("--texts", type=Path, help="post the real pages whose texts lie here instead of the written ones")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    styles = {**(DEV if args.layouts in ("dev", "all") else {}), **(UNSEEN if args.layouts in ("unseen", "all") else {})}
    samples = articles(args.texts)
    if not samples:
        return f"no labelled real page with a text and a publication date under {args.texts}"
    print(f"{len(samples)} {'real pages' if args.texts else 'JKN articles'} + {args.filler} filler per site; faults {'on' if args.faults else 'off'}")
    print(f"{'layout':15} {'P':>6} {'R':>6} {'fields':>7} {'prefilter pass':>15} {'truly JKN':>10} "
          f"{'2nd/1st time':>13} {'2nd/1st requests':>17}")
    totals = {"tp": 0, "fp": 0, "fn": 0}
    for style, starts in styles.items():
        r = measure(style, starts, samples, args.filler, args.faults, args.verbose)
        for k in totals:
            totals[k] += r[k]
        p = r["tp"] / (r["tp"] + r["fp"]) if r["tp"] + r["fp"] else 1.0
        rec = r["tp"] / (r["tp"] + r["fn"]) if r["tp"] + r["fn"] else 1.0
        print(f"{style:15} {p:6.3f} {rec:6.3f} {r['fields']:7.3f} "
              f"{r['passed']:>6}/{r['fetched']:<4} {r['passed'] / max(1, r['fetched']):4.2f} "
              f"{r['relevant'] / r['posts']:10.2f} {r['second_s'] / r['first_s']:13.2f} "
              f"{r['second_requests'] / max(1, r['first_requests']):17.2f}", flush=True)
    p = totals["tp"] / max(1, totals["tp"] + totals["fp"])
    rec = totals["tp"] / max(1, totals["tp"] + totals["fn"])
    print(f"{'all':15} {p:6.3f} {rec:6.3f}   (tp {totals['tp']}, fp {totals['fp']}, fn {totals['fn']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
