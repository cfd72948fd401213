"""Mutated articles and broken HTML for fuzzing the extractor and the page reader.

``tests/extraction/test_fuzz.py`` runs a few hundred cases on every test run; ``benchmarks/fuzz.py`` runs
the same for ten minutes (or as long as asked). The seeds are the package's own sample articles (written
for the project), in text and as the demo sites' HTML pages; the mutations are what real pages do to
numbers, separators, markup and characters.
"""

from __future__ import annotations

import random
import traceback
from dataclasses import dataclass, field

# Number-shaped trouble seen in real pages and in bug reports.
NUMBER_NOISE = ("1.169.409,5,5", "12.345. 678", "2,345,678", "95,94,3", "95..94", ",,", "..", "1.2.3.4",
                "9" * 40, "0,0000001", "-5", "+98", "95,94%%", "½", "٣٤٥", "１２３", "1e309", "NaN", "∞",
                "Rp1.000.000.000.000.000.000", "100,00 persen", "persen persen", "juta juta", "1/2/3/4/2023",
                "(3/7/2025)", "32 Februari 2023", "31/13/2023", "tahun 99999", "per 0 Mei 0000")
CHARACTERS = ("\x00", "\x01", "\x0b", "\x1f", "\x7f", "\u200b", "\ufeff", "\uffff", "\u202e", "\u00a0", "\r",
              "\t", "\n\n\n", "’", "“", "—", "🙂", "\ud7ff", "Ä", "ğ", "İ")
TAGS = ("<p>", "</p>", "<div>", "</div>", "<br>", "<table><tr><td>", "</td></tr></table>", "<script>",
        "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<article>", "</article>", "<", ">", "&", "&#1;",
        "&#0;", "&#xFFFF;", "&#xD800;", "&#99999999;", "&nbsp", "<svg><foreignObject>", "<math>",
        "<noscript>", "<template>", "<?xml version='1.0'?>", "<!DOCTYPE html>", "<html", "<body", "<head>")


def mutate_text(rng: random.Random, text: str, rounds: int = 6) -> str:
    """A few random edits: noise inserted, spans cut, copied or swapped, lines re-wrapped."""
    for _ in range(rng.randint(1, rounds)):
        op = rng.randrange(7)
        i, j = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        if op == 0:
            text = text[:i] + rng.choice(NUMBER_NOISE) + text[i:]
        elif op == 1:
            text = text[:i] + rng.choice(CHARACTERS) * rng.randint(1, 3) + text[i:]
        elif op == 2:
            text = text[:i] + text[j:]
        elif op == 3:
            text = text[:i] + text[i:j] * rng.randint(2, 4) + text[j:]
        elif op == 4:
            text = text[:i] + text[j:] + text[i:j]
        elif op == 5:
            text = text.replace(" ", "\n", rng.randint(1, 20))
        else:
            text = text.upper() if rng.random() < 0.5 else text.lower()
    return text


def mutate_html(rng: random.Random, html: str, rounds: int = 8) -> str:
    """Markup broken the ways real pages break it, plus the text mutations."""
    for _ in range(rng.randint(1, rounds)):
        i = rng.randrange(len(html) + 1)
        op = rng.randrange(4)
        if op == 0:
            html = html[:i] + rng.choice(TAGS) + html[i:]
        elif op == 1:
            html = html[:i] + "<div>" * rng.randint(50, 400) + html[i:]
        elif op == 2:
            j = min(len(html), i + rng.randint(1, 200))
            html = html[:i] + html[j:]
        else:
            html = mutate_text(rng, html, rounds=2)
    return html


@dataclass
class FuzzReport:
    cases: int = 0
    failures: list[str] = field(default_factory=list)


def seeds() -> tuple[list, list[str]]:
    """The sample articles, and every HTML page of the demo sites in each layout that serves them."""
    from uhcwatch.crawler.demo import STYLES, build_site, load_sample_articles

    articles = load_sample_articles()
    pages = []
    for style in STYLES:
        site = build_site(style, articles[:6], n_filler=2, seed=1, name="fuzz")
        pages += [page.body.decode("utf-8", "replace") for page in site.pages().values()
                  if "html" in page.content_type]
    return articles, pages


def fuzz(cases: int | None = None, *, seconds: float | None = None, seed: int = 0) -> FuzzReport:
    """Run mutated inputs through extract, the HTML reader and the relevance filter; collect what raises."""
    import time

    from uhcwatch.crawler.crawl.reading import parse, read_page, relevant
    from uhcwatch.crawler.extraction.extract import extract

    rng = random.Random(seed)
    articles, pages = seeds()
    report = FuzzReport()
    deadline = None if seconds is None else time.monotonic() + seconds
    while (cases is None or report.cases < cases) and (deadline is None or time.monotonic() < deadline):
        report.cases += 1
        if rng.random() < 0.5:
            article = rng.choice(articles)
            text = mutate_text(rng, article.text)
            try:
                extract(text, title=mutate_text(rng, article.title or "", 2), published=rng.choice(
                    (None, "2023-05-22", "2023-02-30", "tahun lalu", "")))
            except Exception:
                report.failures.append(f"extract: {traceback.format_exc(limit=3)}\n--- input ---\n{text[:2000]}")
        else:
            html = mutate_html(rng, rng.choice(pages))
            try:
                tree = parse(html)
                if tree is not None:
                    relevant(tree)
                    page = read_page(tree, "https://warta.example/2023/05/22/uhc", minimum=rng.choice((1, 200)))
                    if page is not None:
                        extract(page.text, title=page.title, published=page.published)
            except Exception:
                report.failures.append(f"read: {traceback.format_exc(limit=3)}\n--- input ---\n{html[:2000]}")
    return report
