"""Read JKN coverage announcements out of an Indonesian news article.

The path of one article:

1. split into sentences (`sentences`), drop "BACA JUGA" teasers and bylines;
2. find every number and give it a role from the words around it (`numbers`,
   `roles`): coverage, participants, population, active share or count, target;
3. find what the text refers to (`references`, with `regions`): regions by
   name, phrases that point back to one ("kabupaten itu"), the nation
   ("penduduk Indonesia"), villages and districts, datelines;
4. give each figure to the region named nearest to it in its sentence, else
   to the region the story is about at that point;
5. per region keep the current figures: history is dropped, older dates lose
   to newer ones, and counts are paired with the percentage they restate
   and checked by arithmetic (participants / population ≈ coverage);
6. read the as-of date from the chosen figures' sentences (`dates`) and the
   target the text sets for the region.

Everything here is pure: text in, `Announcement`s out. The gazetteer is
loaded once per process.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from itertools import product

from uhcwatch.crawler.extraction.dates import DateRef, date_key, find_dates, parse_published
from uhcwatch.crawler.models import Announcement
from uhcwatch.crawler.extraction.numbers import find_quantities, spelled_shares
from uhcwatch.crawler.extraction import lexicon as L
from uhcwatch.crawler.extraction import weights as W
from uhcwatch.crawler.extraction.references import (GROUP, INDONESIA, Owner, Ref, RefKind, Regions, aside_lines,
                                                    find_references, listed_before_anaphor, main_region,
                                                    resolve_anaphor, resolve_group)
from uhcwatch.crawler.extraction.regions import Region, gazetteer
from uhcwatch.crawler.extraction.roles import (Passage, Reason, Role, about_employment_insurance, classify,
                                               is_jkn_context, is_other_measure, links_previous_sentence, names_jkn,
                                               names_no_health_insurance)
from uhcwatch.crawler.extraction.sentences import Sentence, split_sentences
from uhcwatch.crawler.extraction.tables import find_tables

MAX_TEXT_CHARS = 400_000  # longer "articles" are not articles; read their start only

# The words without which a text cannot announce JKN coverage: the crawl's prefilter and the extractor's first test.
RELEVANT = L.RELEVANT


class Via(enum.Enum):
    """How a figure got its owner."""

    MENTION = "mention"  # a region named near it
    ANAPHOR = "anaphor"  # "kabupaten itu"
    POLICY = "policy"  # the national programme ("target RPJMN")
    TOPIC = "topic"  # the region the story is about at that point
    TABLE = "table"  # its table row names the region
    GROUP = "group"  # several regions at once: no single owner
    SUBREGION = "subregion"  # a village or district
    TITLE = "title"  # a headline with no region in it
    BRANCH = "branch"  # a BPJS branch office's whole area


@dataclass
class _Figure:
    """A number with a role, and what the extractor learns about it: its owner, its date."""

    role: str
    value: float
    sentence: int  # index of its sentence
    start: int  # span in the story text
    end: int
    strength: float  # how clearly its words give it that role
    history: bool = False  # an earlier figure ("sempat", "naik dari")
    linked_to: int | None = None  # index in the figure list of the number it restates
    in_title: bool = False
    headline: bool = False  # the first line of a text given without its title, shaped like one
    regions: Regions = ()
    via: Via = Via.MENTION
    date: DateRef | None = None
    now: bool = False  # "saat ini", "hingga kini": the as-of date is now, i.e. none to report
    present: bool = False  # "sudah 96,8 persen": current, for ranking against dated figures
    floor: bool = False  # stated as a floor ("sudah mencapai 95 persen lebih"): an exact figure at or above it wins
    rough: bool = False  # told roughly ("hampir 80 persen"): an exact figure just below it wins
    precise: bool = False  # said to be the exact one ("atau lebih tepatnya 97,44 persen"): a floor beside it gives way
    target_year: int | None = None
    national_target: bool = False
    idx: int = -1


@dataclass
class _Story:
    """The article as the extractor sees it: sentences, references, figures."""

    text: str
    title_end: int
    published: dt.date | None
    sentences: list[Sentence]
    refs: list[Ref]
    figures: list[_Figure] = field(default_factory=list)
    by_sentence: dict[int, list[_Figure]] = field(default_factory=dict)
    numbers: dict[int, list[int]] = field(default_factory=dict)  # where each sentence's percentages and counts start
    other_numbers: set[int] = field(default_factory=set)  # sentences whose numbers all count other things (regions, money)
    tables: list = field(default_factory=list)
    asides: list[tuple[int, int]] = field(default_factory=list)  # lines of other stories and page furniture
    main: Region | None = None
    reference_date: dt.date | None = None  # the publication date, or else the newest statement date
    _dates: dict[int, list[DateRef]] = field(default_factory=dict)

    def dates(self, i: int) -> list[DateRef]:
        """The dates of sentence `i`, read once."""
        if i not in self._dates:
            self._dates[i] = find_dates(self.sentences[i].text, self.published)
        return self._dates[i]


def extract(text: str, *, title: str | None = None, published: str | dt.date | None = None) -> list[Announcement]:
    """The coverage announcements `text` makes, one per region (SPEC "extract output")."""
    pub = published if isinstance(published, dt.date) else parse_published(published)
    full, title_end = _compose(text or "", title)
    if not RELEVANT.search(full) or names_no_health_insurance(full):
        return []
    story = _Story(full, title_end, pub, split_sentences(full), find_references(full))
    story.main = main_region(story.refs, story.title_end)
    story.tables = find_tables(full)
    story.asides = aside_lines(full)
    _read_figures(story)
    _attribute(story)
    _release_date(story)
    _share_owners(story)
    _national_by_size(story)
    _national_story(story)
    _owners_by_arithmetic(story)
    _shares_of_a_whole(story)
    _read_tables(story)
    return _announcements(story)


def _compose(text: str, title: str | None) -> tuple[str, int]:
    text = _unwrapped(_mended_numbers(text.replace("\u00a0", " ").replace("\r\n", "\n")[:MAX_TEXT_CHARS]))
    title = (title or "").strip()
    if not title:
        # a first line said again as the next one is the page's headline (its <title> and its <h1>)
        twice = re.match(r"\s*([^\n]{20,200})\n\s*\1[ \t]*(?=\n|$)", text)
        return text, (twice.end() if twice else 0)
    at = text.find(title, 0, len(title) + 300)
    if at >= 0:  # cleaned pages usually start with their own headline, sometimes twice (the page's <h1> and its lead)
        end = at + len(title)
        again = re.match(r"\s*" + re.escape(title), text[end:])
        return text, end + (again.end() if again else 0)
    return f"{title}\n\n{text}", len(title)


_WRAP_END = re.compile(r"(?:[^\W_]|,)[ \t]*$")  # a line that stops after a word or a comma ...
_WRAP_START = re.compile(r"^[ \t]*(?:[a-z]|\d[\d.,]*\s)(?!\S*[.)]\s)")  # ... and one that goes on in lower case
_SPLIT_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*\.) (\d{3})(?![\d.,]*\d)")
# "Ambon278.218", "persentase kepesertaan mencapai103,04 persen"
_GLUED_TO_WORD = re.compile(r"(?<=[a-z]{3})(?=\d{1,3}(?:\.\d{3})+(?![\d.,]*\d))"
                            r"|(?<=[a-z]{3})(?=\d{1,3}(?:,\d{1,2})?\s*(?:persen|%))")
# "95,66 persen di Kabupaten Pasaman Barat"; before a region named, "84,54 persen dari jumlah penduduk di Kabupaten
# Temanggung" too (but "... dari jumlah penduduk di wilayah tersebut" is of an area already named)
_FIGURE_OF_NEXT = re.compile(r"\s*(?:persen|%)?\s*(?:penduduk\s+)?(?:di|untuk|bagi)\s+", re.IGNORECASE)
_FIGURE_OF_NEXT_NAMED = re.compile(r"\s*(?:persen|%)?\s*(?:dari\s+(?:total\s+|seluruh\s+|jumlah\s+)*)?"
                                   r"(?:penduduk\s+|warga\s+|populasi\s+)?(?:di|untuk|bagi)\s+"
                                   # "ada satu wilayahnya sudah mencapai UHC atau di angka 96 persen yaitu Kota Pekalongan"
                                   r"|\s*(?:persen|%)?\s+(?:yaitu|yakni)\s+", re.IGNORECASE)
_SPACED_DECIMAL_POINT = re.compile(r"(?<![\d.,])(\d{1,3}) ([.,]\d{1,2})(?=\s?(?:million|billion|juta|miliar|persen|percent|%))")
_MILLIONS_AND_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}) juta (\d{1,3}) ribu\b")
# "penduduk yang sudah 100 persen tercover yaitu Konawe Utara, ...": a figure, then a word that opens its list of regions
_LIST_AFTER_FIGURE = re.compile(r"\s*(?:persen|%)?\s*(?:[a-z-]+\s+){0,2}(?:yaitu|yakni|antara lain|di ?antaranya)\s+",
                                re.IGNORECASE)
_CITATION_MARK = re.compile(r"(?<=[\w.,)])\s?\[\d{1,3}(?:[,–-]\s?\d{1,3})*\](?=[\s,.;:])")  # "... population [2], by"
# ("total jumlah peserta mencapai 147, 67 juta per 3 Juli 2015": the date the count is of may follow)
_SPLIT_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3}), (\d{1,2}) ?(?=%|persen\b|juta(?:\s+(?:jiwa|orang|penduduk|peserta|per|pada|"
                            r"hingga|sampai)\b|[.;]))")


def _unwrapped(text: str) -> str:
    """Lines cut inside a sentence (a page's fixed-width text) joined again: a line break after a word or
    comma, before a lower-case word or a number, is a space ("... total kepesertaan JKN-KIS\nsebanyak 353.596").
    Tables written as "a | b" lines keep theirs."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1]
        if previous and _WRAP_END.search(previous) and "|" not in previous + line \
                and (_WRAP_START.match(line) or _name_cut(previous, line)):
            out[-1] = f"{previous.rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _unknown_region_before(f: _Figure, refs: list[Ref], others: list[int], story: _Story, sent: Sentence) -> bool:
    """Is the figure's clause opened by a formal region name no mention was resolved from ("Kabupaten Pulau Talibau
    baru capai 56%")?"""
    start = max([sent.start, f.start - 60] + [g for g in others if g < f.start])
    if any(start <= r.start < f.start for r in refs):
        return False
    return bool(L.FORMAL_NAME_UNKNOWN.search(story.text, start, f.start))


def _name_cut(previous: str, line: str) -> bool:
    """Does a region's name run on from the end of one line into the next ("Pemerintah Kota Bandar\nLampung melalui
    ...")? Then the break is the page's fixed width, not a paragraph's end."""
    if not previous[-1:].isalpha() or not line[:1].isupper():
        return False
    tail = " ".join(previous.split()[-3:])
    probe = f"{tail} {' '.join(line.split()[:3])}"
    return any(m.start < len(tail) < m.end for m in gazetteer().resolve(probe))


def _mended_numbers(text: str) -> str:
    """Figures a stray space broke apart: "12.345. 678" is 12.345.678; "90, 47 persen" is 90,47 persen (and "267, 2
    juta jiwa" 267,2 juta jiwa, "lebih kurang 4, 7 juta." 4,7 juta); "195 .2 million" is 195.2 million; and a figure a missing space glued to a name: "Kota Ambon278.218 jiwa" is "Kota Ambon 278.218 jiwa"; a share in
    words is one in digits: "sembilan puluh tujuh persen" is 97 persen; a citation mark between a figure and its words
    goes: "more than 95 percent of the population [2], by December 2023"."""
    text = spelled_shares(_GLUED_TO_WORD.sub(" ", _CITATION_MARK.sub("", text)))
    text = _SPACED_DECIMAL_POINT.sub(r"\1\2", text)  # "195 .2 million people"
    text = _MILLIONS_AND_THOUSANDS.sub(lambda m: f"{m[1]}.{int(m[2]):03d}.000", text)  # "1 juta 52 ribu" is 1.052.000
    return _SPLIT_DECIMAL.sub(r"\1,\2 ", _SPLIT_THOUSANDS.sub(r"\1\2", text))


# ---------------------------------------------------------------- figures

def _read_figures(story: _Story) -> None:
    prev_sentence_figs: list[int] = []
    last_role: Role | None = None  # role of the last number of the previous sentence, if it had one
    on_topic = 0  # sentences left in which a bare "93,4 persen" still continues a JKN passage
    off_topic = 0  # ... or continues a passage about another measure (immunisation, ...)
    active_topic = 0  # ... or about keaktifan (a sentence read an active share and no coverage)
    uninsured_topic = 0  # ... or about the people not enrolled ("belum terdaftar", "non kepesertaan")
    # A keaktifan figure after a coverage figure in the same paragraph is that region's detail, not the topic of
    # what follows: "Kota X 86,76 persen ... prosentase aktif 83,89 persen. \n Kemudian untuk Kabupaten Y 87,86 persen"
    active_detail_of: int | None = None  # the paragraph such a keaktifan passage is confined to
    coverage_paragraph = -1  # the last paragraph that read a coverage figure
    table_spans = [(t.start, t.end) for t in story.tables]
    first_line = next((i for i, s in enumerate(story.sentences) if s.start >= story.title_end), 0)
    employment_story = about_employment_insurance(story.text)
    # "Lima Wilayah dengan Cakupan BPJS Kesehatan PBI Terbesar": a story headed as about one segment ranks its shares
    heading = story.text[:story.title_end] or (story.sentences[0].text if story.sentences else "")
    segment_story = bool(L.SEGMENT_WORD.search(heading.lower()))
    survey_story = bool(L.SURVEY_STORY.search(story.text.lower()))
    segment_counts: set[float] = set()  # counts read as one segment's: the same count said again is that segment
    segment_at = -2  # the last sentence that counted a segment
    unowned_before: dict[float, Reason] = {}  # the previous sentence's numbers that are no figure, and why
    # a text given without its title often opens with it: a first line in Title Case with no full stop
    # ... and the page may repeat it ("Hingga Akhir Tahun  JKN Terealisasi Sebesar 87 Persen" again, spaced otherwise)
    # (or in sentence case, when the page says it again as a line of its own: "95 persen penduduk Bantul terlindungi
    # jaminan kesehatan nasional" three times over, its <title>, <h1> and a share button)
    opening = bool(story.sentences) and (_is_stray_headline(story, story.sentences[0]) or _repeated_first_line(story))
    for i, sent in enumerate(story.sentences):
        if i > first_line and _is_stray_headline(story, sent):
            continue  # a related-article headline left in the page: another story's figure
        step = 0 if L.LIST_ITEM.match(sent.text) else 1  # a list's items continue the passage of its lead-in
        on_topic = W.PASSAGE_SENTENCES if is_jkn_context(sent.text) else max(0, on_topic - step)
        jkn_named = names_jkn(sent.text)
        off_topic = 2 if is_other_measure(sent.text) else (0 if jkn_named else max(0, off_topic - step))
        low = sent.text.lower()
        # a survey's share of people with any health cover, where neither BPJS nor JKN is named before it ("... yang
        # memiliki jaminan kesehatan hanya sebanyak 69,92%, dengan jenis jamkes paling diminati adalah BPJS PBI": the
        # scheme named after the share is one kind of cover among others)
        any_cover = survey_story and L.ANY_HEALTH_COVER.search(low)
        coverage_topic = bool(L.COVERAGE_TOPIC.search(low))
        active_topic = 0 if coverage_topic or \
            (active_detail_of is not None and sent.paragraph != active_detail_of) else max(0, active_topic - step)
        uninsured_topic = (W.PASSAGE_SENTENCES if L.UNINSURED_TOPIC.search(low) else  # coverage words end that passage
                           0 if coverage_topic else max(0, uninsured_topic - step))
        if _is_aside(story, sent) or any(a <= sent.start < b for a, b in table_spans):
            prev_sentence_figs, last_role = [], None
            continue
        quantities = [q for q in find_quantities(sent.text) if q.kind in ("pct", "count")]
        if not quantities:
            last_role = None
            if L.MEASURE.search(low) and not jkn_named and not L.COVERAGE_STRONG.search(low) \
                    and not L.COVERAGE_WORD.search(low):
                off_topic = 3  # "Sementara parameter ketiga adalah besaran biaya langsung yang perlu ditanggung warga.
                # "... Dulu sekitar 50 persen, sekarang 25 persen."": the shares that follow are of that measure
            if L.ACTIVE_TOPIC.search(low) and not coverage_topic \
                    and re.search(r"[.!?][\"”’']?\s*$", sent.text):  # a sentence, not a headline
                active_topic = 2  # "Untuk keaktifan peserta ... masih di bawah rata-rata nasional. Rata-rata nasional ... 79,6"
            continue
        story.numbers[i] = [sent.start + q.start for q in quantities]
        # ("Capaian tersebut menempatkan Kota X pada kategori Utama, sementara Kabupaten Y dengan cakupan 99,47 persen":
        # a figure past a contrast is the new clause's, not the last one restated)
        # ("Angka itu jauh di bawah prosentase nasional yang telah mencapai 72 persen": a figure compared with another
        # one, read afresh; but "Angka tersebut berada di atas rata-rata Provinsi X yang tercatat 26,9 persen" after a
        # stunting rate compares that measure still)
        lead = sent.text[:quantities[0].start]  # the words before the sentence's first number
        linked_sentence = links_previous_sentence(sent.text) and last_role is not None \
            and not L.CONTRAST.search(lead) and not (last_role.role and L.COMPARED_BETWEEN.search(lead.lower()))
        passage = (Passage.OTHER_MEASURE if (off_topic or employment_story or segment_story) and not jkn_named else
                   Passage.ACTIVE if active_topic else
                   Passage.UNINSURED if uninsured_topic and not L.UNINSURED_TOPIC.search(low) else
                   Passage.JKN if on_topic or L.JKN_CONTEXT.search(_introducing_sentence(story.sentences, i).lower())
                   else Passage.NONE)
        prev_q, prev_role, prev_idx = None, None, None
        if linked_sentence:  # "Jumlah itu setara 41,6 persen ...": restates the last number before
            prev_role = last_role
            prev_idx = prev_sentence_figs[-1] if prev_sentence_figs and last_role.role else None
        this_sentence: list[int] = []
        roles_here: list[Role] = []
        segment_share = False  # "persentase penduduk yang memiliki BPJS Kesehatan PBI ... 30,88 persen"
        regions_at = tuple(r.start - sent.start for r in _refs_in(story, sent) if r.kind is RefKind.MENTION)
        headline = (i == 0 and story.title_end == 0 and opening) or \
            (i > 0 and opening and _same_words(sent.text, story.sentences[0].text))
        next_sentence = story.sentences[i + 1].text if i + 1 < len(story.sentences) else ""
        for n, q in enumerate(quantities):
            role = classify(q, sent.text, prev_q, prev_role, linked_sentence, passage, regions_at, next_sentence)
            if segment_story and role.role == "coverage" and not jkn_named:
                role = Role(None, reason=Reason.SEGMENT_SHARE)  # "... memiliki persentase peserta sebesar 78,78 persen"
            if any_cover and role.role == "coverage" and not L.JKN_ITSELF.search(low[:q.end]) \
                    and not L.COVER_FROM_SCHEME.search(low):
                role = Role(None, reason=Reason.OTHER_MEASURE)  # "97,5% penduduk ... yang telah memiliki jaminan kesehatan"
            if role.role and q.value in unowned_before and L.POINTED_AGAIN_AFTER.match(low[q.end:]):
                # "... naik menjadi 70,56 persen, atau naik 1 persen. "Capaian 1 persen ini cukup banyak": the number of
                # the sentence before, pointed at again, is what it was there
                role = Role(None, reason=unowned_before[q.value])
            if q.kind == "count":
                if role.role in ("participants", "active_participants") and (
                        q.value in segment_counts  # "peserta PBI Pemkot ... 79.368 jiwa ... dari 79.368 peserta"
                        # "Kuota peserta PBI JK ... 750.404 jiwa. Saat ini yang terdaftar program itu sebesar 748.291
                        # jiwa.": the segment just counted, named again
                        or (segment_at >= i - 1 and L.SEGMENT_AGAIN.search(low[:q.start][-80:]))):
                    role = Role(None, reason=Reason.SEGMENT)
                if role.reason is Reason.SEGMENT and q.value >= W.SEGMENT_COUNT_SAID_AGAIN_MIN:
                    segment_counts.add(q.value)
                if role.reason is Reason.SEGMENT:
                    segment_at = i
            if role.role:
                linked = (len(story.figures) - 1 if this_sentence and role.linked else
                          prev_idx if n == 0 and linked_sentence and prev_idx is not None else None)
                floor = bool(L.FLOOR_WORD_BEFORE.search(sent.text[max(0, q.start - 30):q.start])
                             or L.MORE_AFTER.match(sent.text[q.end:].lower()))
                rough = bool(L.ALMOST_BEFORE.search(sent.text[max(0, q.start - 30):q.start].lower()))
                precise = bool(L.PRECISELY_BEFORE.search(sent.text[max(0, q.start - 30):q.start].lower()))
                story.figures.append(_Figure(role=role.role, value=q.value, sentence=i, start=sent.start + q.start,
                                             end=sent.start + q.end, strength=role.strength, history=role.history,
                                             linked_to=linked, in_title=sent.start < story.title_end, headline=headline,
                                             idx=len(story.figures), floor=floor, rough=rough, precise=precise))
                this_sentence.append(len(story.figures) - 1)
                story.by_sentence.setdefault(i, []).append(story.figures[-1])
                on_topic = 3 if role.role == "coverage" else on_topic
            prev_q, prev_role = q, role
            roles_here.append(role)
            segment_share = segment_share or role.reason is Reason.SEGMENT_SHARE
        prev_sentence_figs = this_sentence
        unowned_before = {q.value: r.reason for q, r in zip(quantities, roles_here) if r.role is None and r.reason}
        if not this_sentence and all(r.reason in _OTHER_THINGS for r in roles_here):
            story.other_numbers.add(i)
        last_role = prev_role if prev_role.reason is not Reason.NOT_PEOPLE else None
        read = {story.figures[k].role for k in this_sentence}
        if "active_pct" in read and "coverage" not in read:  # a sentence that reads a keaktifan figure
            active_topic = 2
            active_detail_of = sent.paragraph if coverage_paragraph == sent.paragraph else None
        if "coverage" in read:
            coverage_paragraph = sent.paragraph
        elif segment_share:  # the regions' shares listed next, as a passage goes on, are of that segment too
            off_topic = W.PASSAGE_SENTENCES


# Reasons a number is no figure because it counts or measures something else altogether (regions, money, visits)
_OTHER_THINGS = frozenset({Reason.NOT_PEOPLE, Reason.OTHER_MEASURE, Reason.OTHER_SUBJECT})


def _is_aside(story: _Story, sent: Sentence) -> bool:
    """"Baca juga: Selamat! 95,48% Warga Terdaftar JKN, Pemkab Klaten Raih UHC": a sentence of a related-article,
    byline or caption line, however the line splits into sentences."""
    return bool(L.SKIP_SENTENCE.match(sent.text)) or any(a <= sent.start < b for a, b in story.asides)


def _same_words(a: str, b: str) -> bool:
    return a.split() == b.split()


def _repeated_first_line(story: _Story) -> bool:
    """The text opens with a line of its own, no full stop at its end, that a later line says again word for word:
    the page's headline, whatever its case."""
    first = story.sentences[0] if story.sentences else None
    if first is None or not 20 <= len(first.text) <= 160 or first.text.rstrip()[-1] in '.!?"”:' \
            or story.text[first.end:first.end + 1] not in ("\n", ""):
        return False
    return any(_same_words(s.text, first.text) for s in story.sentences[1:])


def _is_stray_headline(story: _Story, sent: Sentence) -> bool:
    """A line of its own in Title Case with no full stop, inside the body: a teaser for another article
    ("Cakupan JKN Kota Bekasi Capai 97 Persen"), not a sentence of this one."""
    line_start = story.text.rfind("\n", 0, sent.start) + 1
    line_end = story.text.find("\n", sent.end)
    line = story.text[line_start:line_end if line_end >= 0 else len(story.text)].strip()
    if line != sent.text or not 20 <= len(line) <= 160 or line[-1] in '.!?"”:)' or L.LIST_ITEM.match(line) \
            or "|" in line:
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", line)]
    capitalised = sum(w[0].isupper() for w in words if w.lower() not in L.MINOR_WORDS)
    return len(words) >= 4 and capitalised >= 0.8 * len([w for w in words if w.lower() not in L.MINOR_WORDS])




def _introducing_sentence(sentences: list[Sentence], i: int) -> str:
    """The sentence a short one continues: the one before it in its paragraph, or a list's lead-in."""
    if i == 0:
        return ""
    if L.LIST_ITEM.match(sentences[i].text):
        j = i - 1
        while j > 0 and L.LIST_ITEM.match(sentences[j].text):
            j -= 1
        return sentences[j].text
    return sentences[i - 1].text


# ---------------------------------------------------------------- tables

def _read_tables(story: _Story) -> None:
    """Figures from "| Kota Pontianak | 612.044 | 96,88% |" rows, by their column headers."""
    for table in story.tables:
        date = _table_date(story, table)
        for row in table.rows:
            region = next((r.region for r in story.refs if r.kind is RefKind.MENTION and r.region is not None
                           and row[0].start <= r.start < row[-1].end), None)
            if region is None:
                continue
            sentence = next((i for i, s in enumerate(story.sentences) if s.start <= row[0].start < s.end), 0)
            for cell, role in zip(row, table.roles):
                value = _cell_value(cell.text, role)
                if value is not None:
                    story.figures.append(_Figure(role=role, value=value, sentence=sentence, start=cell.start,
                                                 end=cell.end, strength=W.STRENGTH_TABLE_CELL, regions=(region,),
                                                 via=Via.TABLE, date=date, idx=len(story.figures)))


def _cell_value(text: str, role: str | None) -> float | None:
    if role is None:
        return None
    wanted = "pct" if role in ("coverage", "active_pct") else "count"
    for q in find_quantities(text):
        if q.kind == wanted or (wanted == "count" and q.kind == "count"):
            return q.value
        if wanted == "pct" and q.kind == "count" and isinstance(q.value, float) and q.value <= 105:
            return q.value  # "96,88" under a "Cakupan (%)" header
    return None


def _table_date(story: _Story, table) -> DateRef | None:
    """"Sumber: BPJS Kesehatan, data per 1 Februari 2024" under the table, or the lead-in above it."""
    after = story.text[table.end:table.end + 200].split("\n\n")[0]
    before = story.text[max(0, table.start - 300):table.start].split("\n\n")[-1]
    for around in (after, before):
        dates = [d for d in find_dates(around, story.published)
                 if d.kind == "date" and _as_of_cue(d) and not _future(d, story.published)]
        if dates:
            return dates[0]
    return None


# ---------------------------------------------------------------- attribution

def _attribute(story: _Story) -> None:
    """Give each figure its region(s), its date and, for targets, its year."""
    figure_owner: Owner | Via = None  # who the last figures belonged to (Via.BRANCH: a branch office's whole area)
    named: Owner = None  # a region (or group) just named without a figure
    named_at = -2
    named_carries = False  # may the group just named stay the subject across a sentence with nothing in it?
    last_date: DateRef | None = None
    policy_at = -2  # the last sentence that set the national plan's target
    sentence_refs = _refs_by_sentence(story)
    for i, sent in enumerate(story.sentences):
        refs = sentence_refs[i]
        figs = story.by_sentence.get(i, [])
        dates = story.dates(i) if figs else []
        # The story's subject at this point: a region named in the sentence just before, else the
        # owner of the last figures ("Kondisinya berbeda di Kabupaten Malang. Cakupannya 96 persen.")
        topic = named if named_at == i - 1 and named else figure_owner
        topic = _restated_owner(story, figs) or topic
        date_args = (sent, dates, story.published, last_date, story.numbers.get(i, []))  # what dates a figure here
        for f in figs:
            restated = _restated_from(story, f)
            owner, via = (restated, Via.ANAPHOR) if restated else \
                _owner(f, refs, story, sent, topic, after_policy=policy_at == i - 1)
            if owner == GROUP or not owner:
                f.regions, f.via = (), via
                if via in (Via.BRANCH, Via.GROUP):  # a branch's figure, or a group's ("di empat daerah kerjanya
                    # mencapai di atas 100 persen"), dates the release its regions' figures come from
                    f.date, f.now = _figure_date(f, *date_args)
                continue
            each = L.EACH_BEFORE.search(story.text[max(sent.start, f.start - 40):f.start])
            first = min((r.start for r in refs if r.region in owner and r.start < f.start), default=None)
            opening = story.text[max(sent.start, (first or f.start) - 60):first or f.start]
            if len(owner) > 1 and ((f.role in ("participants", "population", "active_participants") and not each)
                                   or (_branch_scope(story, i) and not _stated_by_list(f, refs, owner, story)
                                       and via is not Via.ANAPHOR)  # "ada tiga daerah ... yang ... 100 persen"
                                   or _office_area(story, owner)
                                   # "... sudah mencapai 62,52 persen karena total jumlah penduduk di tiga kabupaten
                                   # yang mencapai 3,43 juta jiwa": a share of their population together, theirs jointly
                                   or L.JOINT_POPULATION_AFTER.search(story.text, f.end, sent.end)
                                   or L.JOINT_POPULATION_BEFORE.search(opening)):
                f.via = Via.BRANCH
                f.date, f.now = _figure_date(f, *date_args)
                continue  # "BPJS Cabang Malang, yang membawahi Kota Malang, ... mencatat 3,1 juta peserta"
            f.regions, f.via = owner, via
            f.date, f.now = _date_of(story, f, sent, dates, last_date)
            if f.date is None and (L.PRESENT.search(story.text[max(sent.start, f.start - 30):f.start])
                                   or _went_to(story, f, sent)):
                f.present = True  # "Kepesertaan JKN Makassar sudah 96,8 persen": as it stands now (so is where a change
                # went: "... 98 persen ... pada tahun 2022 lalu. ... presentase itu berkurang menjadi 96,27 persen")
            if f.role == "target":
                f.target_year = _target_year(f, sent, dates, story.published)
                f.national_target = owner == (INDONESIA,) or via is Via.POLICY
        for f in figs:  # "677.391 orang atau 84,54 persen dari jumlah penduduk di Kabupaten Temanggung": a count and
            # the share restating it are one statement, of the region the share is said to be of
            if f.linked_to is not None and f.regions and f.role in ("coverage", "active_pct"):
                count = story.figures[f.linked_to]
                if count.sentence == i and count.regions and count.regions != f.regions and count.end <= f.start:
                    count.regions = f.regions
        for f in figs:  # "... di angka 98 persen dengan total 106 ribu jiwa, pada tahun 2022 lalu": the date after the count
            # restating a share dates the share too
            share = story.figures[f.linked_to] if f.linked_to is not None else None
            if share is not None and share.sentence == i and f.date is not None and share.date is None \
                    and not share.now and share.role in ("coverage", "active_pct") and share.regions == f.regions:
                share.date = f.date
        if any(f.via is Via.POLICY for f in figs):
            policy_at = i
        owners = [f.regions for f in figs if f.regions and f.role != "target"]
        explicit = [r for r in refs if not r.context and r.kind in (RefKind.MENTION, RefKind.ANAPHOR, GROUP, RefKind.NATIONAL)]
        if _is_aside(story, sent):
            continue  # "BACA JUGA: Cakupan JKN Blora ...": another story's region is not the topic
        if owners:
            if not _national_aside(story, sent, owners[-1]):
                figure_owner = owners[-1]
        elif figs and all(f.via is Via.BRANCH for f in figs):
            figure_owner = Via.BRANCH  # "... di wilayah kerja BPJS Cabang Surakarta sebanyak 4.516.156 jiwa. "Angka ini
            # mencapai 99,47 persen"": what follows a branch's figure speaks of the branch until a region is named
        elif not explicit and not figs and named_at == i - 1 and named_carries:
            named_at = i  # "... di tiga kabupaten ini tidak semuanya aktif. Ada yang nonaktif. Yang aktif 98,83 persen"
        elif explicit and explicit[0].kind == GROUP and L.SUBREGION.match(story.text, explicit[0].start):
            named, named_at = GROUP, i  # "Desa Wonokerso, Kecamatan X, Kabupaten Y, ...": the village is the topic
        elif len({r.region for r in explicit if r.kind is RefKind.MENTION}) > 1 and _branch_scope(story, i):
            named, named_at = GROUP, i  # "Cabang Bulukumba dengan wilayah kerja 4 kabupaten, masing-masing A, B ...": the area
        elif explicit:
            subjects = [r for r in explicit if not L.COMPARISON_BEFORE.search(story.text[max(0, r.start - 70):r.start])]
            if not subjects:
                continue  # "Hal tersebut menyusul 3 provinsi lainnya, yaitu ...": regions only compared with
            last = subjects[-1]  # "posisi kedua, setelah Kota Malang": Kota Malang is compared with
            region = last.region if last.kind in (RefKind.MENTION, RefKind.NATIONAL) else resolve_anaphor(last, story.refs, story.text, story.main)
            named, named_at = (GROUP if last.kind == GROUP else ((region,) if region else None)), i
            # a group of regions carries ("tiga kabupaten ini"); a village or district ("saat meninjau kegiatan di
            # Kecamatan Licin") or one region named without a figure is the topic of the next sentence only
            named_carries = last.kind == GROUP and not L.SUBREGION.match(story.text, last.start) \
                and not L.OTHER_REGIONS.match(story.text, last.start)  # "sumber inspirasi bagi daerah lain"
        dated = [f.date for f in figs if f.date is not None]
        if dated:
            last_date = dated[-1]
    # "... peserta BPJS Kesehatan Baubau saat ini sebanyak 619.018 peserta atau sebanyak 64 persen": the share restating a
    # branch's count is the branch's too
    for f in story.figures:
        count = story.figures[f.linked_to] if f.linked_to is not None else None
        if count is not None and count.via is Via.BRANCH and count.sentence == f.sentence:
            f.regions, f.via = (), Via.BRANCH
    # "Peserta BPJS Kesehatan Denpasar Capai 90 Persen" over "... se-Kantor Cabang Denpasar (Denpasar, Badung, Tabanan)
    # telah mencapai 90%": a figure the story gives to a branch's whole area, said again without a region of its own (a
    # headline, a pull quote), is the branch's too
    # (so is one the story gives to a group of regions it does not name one by one: "2,14 juta orang tersebar di tiga
    # kabupaten")
    branch_figures = {(g.role, g.value) for g in story.figures
                      if g.via is Via.BRANCH or (g.via is Via.GROUP and g.role != "target")}
    for f in story.figures:
        if (f.role, f.value) in branch_figures and (
                f.via is Via.TOPIC or (f.via is Via.MENTION and _names_an_office(story, f.sentence))):
            f.regions = ()  # "BPJS Kesehatan Cabang Baubau, Sulawesi Tenggara, mencatat ... 64 persen": the office's area


def _names_an_office(story: _Story, i: int) -> bool:
    """Does sentence ``i`` name a BPJS office (a branch, a regional office)?"""
    sent = story.sentences[i]
    return bool(L.BRANCH_SUBJECT.search(sent.text)) or any(
        r.office for r in story.refs if sent.start <= r.start < sent.end)


def _release_date(story: _Story) -> None:
    """One data release, one date: when every explicitly dated figure of the story carries the same as-of
    date ("Per 1 Maret 2025, tercatat ..."), an undated figure further on, in a list of the release's
    regions ("Kabupaten Manokwari ... 222.857 jiwa, diikuti Kabupaten Fakfak ..."), ranking them ("paling
    tinggi di Kabupaten Pasaman") or setting one beside another ("Di sisi lain, Kabupaten Mojokerto ..."), is
    from that release."""
    dated = {f.date.value for f in story.figures
             if (f.regions or f.via in (Via.BRANCH, Via.GROUP)) and not f.history and f.role != "target" and f.date is not None
             and f.date.value and _as_of_cue(f.date)}
    finest = max(dated, key=len, default="")
    if not dated or not all(finest.startswith(v) for v in dated):  # "per Maret 2025" and "Per 1 Maret 2025" agree
        return
    first = min(f.start for f in story.figures if f.date is not None and f.date.value in dated)
    release = next(f.date for f in story.figures if f.date is not None and f.date.value == finest)
    released: set[int] = set()  # sentences whose figures took the release
    for f in story.figures:
        # "Sedangkan di Kabupaten Sukoharjo ... 98,43 persen ... Di Kabupaten Wonogiri ... 101,26 persen": the next
        # region after one that took the release goes on with it
        goes_on = f.sentence - 1 in released and any(g.regions and g.regions != f.regions
                                                     for g in story.by_sentence.get(f.sentence - 1, []))
        if (f.regions and f.date is None and not f.now and not f.history and f.role != "target"
                and f.start > first and (_in_list(story, f.sentence, f.regions)
                                         or L.RANKING.search(story.sentences[f.sentence].text)
                                         or L.PARALLEL_OPENING.match(story.sentences[f.sentence].text) or goes_on)
                and not _has_own_date(story.dates(f.sentence))):
            f.date = release
            released.add(f.sentence)


def _in_list(story: _Story, i: int, owner: Owner) -> bool:
    """A sentence that lists: an item of a bulleted or numbered list, figures for several regions, or one more
    region's figure right after such a sentence ("... Kabupaten Bangkalan 94,12 persen. Kabupaten Jember ...")."""
    def listing(j: int) -> bool:
        owners = {f.regions for f in story.by_sentence.get(j, []) if f.regions and f.role != "target"}
        return len(owners) > 1 or bool(L.LIST_ITEM.match(story.sentences[j].text) and owners)
    if listing(i):
        return True
    before = {f.regions for f in story.by_sentence.get(i - 1, []) if f.regions}
    return i > 0 and listing(i - 1) and owner not in before


def _share_owners(story: _Story) -> None:
    """"... mencapai 277,4 juta jiwa. Angka itu setara 98,45 persen dari total penduduk Indonesia.": a count
    restated by the next sentence belongs to whoever that sentence names; and a share an office states of a count the
    sentence before gave a region is that region's."""
    for f in story.figures:
        if f.linked_to is None:
            continue
        g = story.figures[f.linked_to]
        # "... berjumlah 2.7 juta warga di Sulut yang teregistrasi. Deputi Direksi BPJS Kesehatan Wilayah X ... mengatakan
        # Jumlah tersebut sudah mencakup 101 persen.": the office speaks of the count it restates, and that count's region
        if f.via is Via.BRANCH and not f.regions and g.sentence != f.sentence and g.regions and g.via is Via.MENTION:
            f.regions, f.via = g.regions, g.via
            continue
        if f.via not in (Via.MENTION, Via.ANAPHOR) or not f.regions:
            continue
        if g.sentence != f.sentence and (not g.regions or g.via is Via.TOPIC) and g.via is not Via.BRANCH:
            g.regions, g.via = f.regions, f.via


def _refs_by_sentence(story: _Story) -> list[list[Ref]]:
    out: list[list[Ref]] = [[] for _ in story.sentences]
    j = 0
    for i, s in enumerate(story.sentences):
        while j < len(story.refs) and story.refs[j].start < s.start:
            j += 1
        k = j
        while k < len(story.refs) and story.refs[k].start < s.end:
            out[i].append(story.refs[k])
            k += 1
    return out


def _owner(f: _Figure, refs: list[Ref], story: _Story, sent: Sentence, last_owner, after_policy: bool = False):
    """The region(s) figure `f` belongs to, and how that was decided (`after_policy`: the sentence before set the
    national plan's target, which a target with no owner of its own goes on being)."""
    subject = next((r for r in refs if not r.context), None)
    if subject is not None and subject.kind == GROUP and L.SUBREGION.match(story.text, subject.start):
        return None, Via.SUBREGION  # "Desa Karangreja, Kecamatan Kutasari, Kabupaten Purbalingga, mencatat ..."
    usable = [r for r in refs if (r.kind is not RefKind.POLICY or f.role == "target")
              # "Itu sekitar 79.1 persen, masih rendah dibandingkan kota Bandung": the region compared with, after it
              and not (r.start >= f.end and L.COMPARISON_BEFORE.search(story.text[f.end:r.start]))]
    beyond: list[Ref] = []
    if f.in_title:  # "... Wilayah Kerja 95,3 Persen, Brebes Masih Jadi PR": after a comma is another clause
        beyond = [r for r in usable if r.start >= f.end and re.search(r"[,:;]", story.text[f.end:r.start])]
        usable = [r for r in usable if r not in beyond]
    if not [r for r in usable if not r.context]:
        usable = []  # a dateline or an appositive province alone does not own a figure
    if f.in_title and not usable:
        # "UHC 98 Persen Hanya di Atas Kertas, Peserta Aktif ... di Kabupaten Tasikmalaya Tinggal 51 Persen": the
        # headline's one region, the story's own, in its other clause, when no office's area is spoken of
        if story.main is not None and {r.region for r in beyond if not r.context} == {story.main} \
                and not L.BRANCH_SCOPE.search(sent.text):
            return (story.main,), Via.MENTION
        return None, Via.TITLE  # a headline stands alone: no region in it, no owner
    if usable:
        close = [r for r in usable if r.start - W.NEAR_BEFORE < f.start < r.end + W.NEAR_AFTER] or usable
        others = [g.start for g in story.by_sentence.get(f.sentence, []) if g is not f]
        best = min(close, key=lambda r: _distance(f, r, story.text) + _claimed(r, f, close, others, story.text))
        if (best.start >= f.end or best.kind == GROUP) and _unknown_region_before(f, refs, others, story, sent):
            return None, Via.MENTION  # "Kabupaten Pulau Talibau baru capai 56% dan Halmahera Selatan ... 62%": a name
            # the gazetteer does not know (misspelt) owns it, not the next region nor a group's list
        listing = _listing_group(best, close, f, story)
        if listing:  # "beberapa daerah ... sudah di atas 95 persen seperti Tolitoli, Buol, Palu": each of them
            return listing, Via.ANAPHOR
        if best.kind == GROUP:
            named = resolve_group(best, story.refs, story.text)
            if named:  # "provinsi Papua Barat bersama tujuh kabupatennya ... 100 persen": the region joined to the group
                joined = [r for r in close if r.kind is RefKind.MENTION and not r.context and r.end <= best.start
                          and L.JOINED_TO_GROUP.fullmatch(story.text, r.end, best.start)]
                named = tuple(dict.fromkeys((*(r.region for r in joined), *named)))
            return (named, Via.ANAPHOR) if named else (GROUP, Via.GROUP)
        if best.kind is RefKind.ANAPHOR:
            listed = listed_before_anaphor(best, story.refs, story.text)
            if listed:  # "... yakni A, B, C, dan D. Namun, cakupan ... di daerah tersebut ... di atas 90 persen"
                return listed, Via.ANAPHOR
            region = resolve_anaphor(best, story.refs, story.text, story.main)
            return ((region,) if region else None), Via.ANAPHOR
        if best.kind is RefKind.POLICY:
            return (INDONESIA,), Via.POLICY
        if best.start >= f.end and _LIST_AFTER_FIGURE.fullmatch(story.text, f.end, best.start):
            return _listed_from(best, usable, story), Via.MENTION  # "sudah 100 persen tercover yaitu A, B, dan C"
        if best.start >= f.end and L.PEOPLE_OF_AFTER_COUNT.fullmatch(story.text, f.end, best.start):
            # "824.855 warga Kota Lubuklinggau, Kabupaten Musi Rawas dan ...": their people together (a count);
            # "mencapai 86 persen warga Kota Semarang dan Kabupaten Demak": each one's share
            return _listed_from(best, usable, story), Via.MENTION
        return _coordinated(best, usable, f, story), Via.MENTION
    if _branch_scope(story, story.sentences.index(sent)) or _branch_records(story, sent, refs):
        return None, Via.BRANCH
    if last_owner is Via.BRANCH:
        return None, Via.BRANCH
    if last_owner == GROUP:
        return GROUP, Via.GROUP
    if after_policy and f.role == "target":
        return (INDONESIA,), Via.POLICY  # "... RPJMN ... harus tercapai 95%. Sedangkan pada 2024 harus tercapai 98%."
    if L.NATIONAL_SPEECH_READ.search(story.text, 0, f.start):
        return (INDONESIA,), Via.TOPIC  # "... membacakan sambutan Menteri Kesehatan. ... perluasan jangkauan JKN hingga 98
        # persen penduduk": the speech's, the nation's
    if L.NATIONAL_SPEAKER_OPENING.match(sent.text):
        return (INDONESIA,), Via.TOPIC  # "Wakil Presiden RI, Ma'ruf Amin mengatakan, ... saat ini mencapai 90,3 persen"
    if last_owner:
        return last_owner, Via.TOPIC
    if story.main is None and L.SCHEME_AS_SUBJECT.search(sent.text) \
            and not any(r.kind is RefKind.MENTION and not r.context for r in story.refs):
        return (INDONESIA,), Via.POLICY  # "JKN has grown into ... with a coverage rate of 98 percent": the scheme's own
    return ((story.main,) if story.main else None), Via.TOPIC


def _listing_group(best: Ref, refs: list[Ref], f: _Figure, story: _Story) -> Regions | None:
    """The regions of a group named before the figure and listed after it, when the nearest reference is the
    list's first item: the figure is the whole group's, not that item's alone."""
    if best.kind is not RefKind.MENTION or best.start < f.end:
        return None
    after = {r.region for r in refs if r.kind is RefKind.MENTION and r.start >= f.end}
    for g in reversed([r for r in refs if r.kind == GROUP and r.end <= f.start]):
        named = resolve_group(g, story.refs, story.text)
        if named and best.region in named and set(named) <= after:
            return named
    return None


def _restated_owner(story: _Story, figs: list[_Figure]) -> Owner:
    """"berdasarkan capaian 99,18 persen tersebut, jumlah yang aktif ... 79,25 persen": a figure named again with a
    demonstrative takes the story back to the region it was stated for."""
    return next(filter(None, (_restated_from(story, f) for f in figs)), None)


def _restated_from(story: _Story, f: _Figure) -> Owner:
    """The region of the figure ``f`` names again ("persentase 96,3% tersebut masih berada di bawah UHC nasional"): it
    stays that region's, whatever other region the sentence names."""
    if f.role not in ("coverage", "active_pct") or not L.RESTATED_DEMONSTRATIVE.match(story.text, f.end):
        return None
    earlier = [g for g in story.figures if g.start < f.start and g.sentence < f.sentence and g.regions
               and g.role == f.role and g.value == f.value]
    return earlier[-1].regions if earlier else None


def _branch_scope(story: _Story, i: int) -> bool:
    """Does sentence ``i`` speak of a BPJS branch's or regional office's area (several regions at once)?
    ("... di wilayah kerja BPJS Kesehatan Cabang Serang ... Dimana peserta ini meliputi Kota Serang, ...")."""
    here = L.PARENTHESIS.sub("", story.sentences[i].text)  # "(Data kepesertaan JKN Kantor Cabang Kota Bogor ...)": a source
    # "Kepala Kantor BPJS Kesehatan Cabang Sidoarjo, Yessy Novita mengatakan cakupan peserta saat ini sudah sekitar 98
    # persen" in a story about Sidoarjo: the speaker's title, the office of the story's own region
    head = L.BRANCH_HEAD_TITLE.search(here)
    if head and story.main is not None and story.main.base.lower() in head["seat"].lower():
        here = here[:head.start()] + here[head.end():]
    if L.BRANCH_SCOPE.search(here):
        return True
    return i > 0 and bool(L.AREA_LIST.search(here)) and bool(L.BRANCH_SCOPE.search(story.sentences[i - 1].text))


def _branch_records(story: _Story, sent: Sentence, refs: list[Ref]) -> bool:
    """A branch office, the sentence's subject, records the figure, and the branch is not named for the story's own
    region ("BPJS Kesehatan Cabang Samarinda mencatat ... 95,16 persen" in a story about Kutai Kartanegara); or the
    sentence names no region but an office of another ("Peserta BPJS Kesehatan Denpasar Capai 90 Persen" over a
    story of the Denpasar branch's three regions)."""
    branch = L.BRANCH_SUBJECT.search(sent.text)
    if branch is not None:
        return not (story.main is not None and story.main.base.lower() == branch["seat"].lower())
    offices = [r for r in refs if r.office and r.region is not None]
    return bool(offices) and all(r.office for r in refs) and all(r.region != story.main for r in offices)


def _stated_by_list(f: _Figure, refs: list[Ref], owner: Regions, story: _Story) -> bool:
    """"Di wilayah kerja BPJS Cabang Madiun, ... Kota Madiun dan Kabupaten Madiun telah mencapai 100 persen": a share
    the listed regions are the subject of, right before it, is each one's, even in a sentence about an office."""
    named = [r for r in refs if r.region in owner and r.end <= f.start and not r.context]
    if f.role not in ("coverage", "active_pct"):
        return False
    if not named:  # "... wilayah kerjanya, penduduk yang sudah 100 persen tercover yaitu Konawe Utara, Konkep, dan Bombana"
        return _LIST_AFTER_FIGURE.match(story.text, f.end) is not None
    return L.LIST_PREDICATE.fullmatch(story.text[max(r.end for r in named):f.start]) is not None


def _office_area(story: _Story, owner: Regions) -> bool:
    """Are these regions together the area of a BPJS office the story names ("Deputi Direksi Wilayah
    Jateng dan DIY ... kepesertaan di wilayah Jateng dan DIY 83 persen"): one figure for all of them?"""
    area = {r.region.code for r in story.refs if r.office and r.region is not None}
    return {r.code for r in owner} == area  # (four of an office's five regions are four regions, each with it)


def _national_by_size(story: _Story) -> None:
    """A count many times its region's population is the nation's ("98,6 persen penduduk atau 233,5 juta
    jiwa" in a story about Kota Bogor): it and the share it restates go to Indonesia."""
    for f in story.figures:
        if f.role not in ("participants", "population", "active_participants") or f.history:
            continue
        # "jumlah kepesertaan Program JKN mencapai 278,1 juta peserta" after a branch's regions: no province is that big
        nation_only = f.value >= W.NATION_ONLY_COUNT and f.regions != (INDONESIA,)
        region = f.regions[0] if len(f.regions) == 1 else None
        if nation_only or (region is not None and region.population and f.value >= W.NATIONAL_COUNT_MIN
                           and f.value > W.NATIONAL_SIZE_FACTOR * region.population):
            for g in story.figures:
                if g is f or (g.sentence == f.sentence and (g.linked_to == f.idx or f.linked_to == g.idx
                                                            or _share_said_with(f, g, story))):
                    _give_to_nation(story, g)
            _national_share_before(story, f)
            _national_share_after(story, f)


def _give_to_nation(story: _Story, g: _Figure) -> None:
    if not g.regions and g.date is None and not g.now:  # no owner before, so never dated
        sent = story.sentences[g.sentence]
        g.date, g.now = _date_of(story, g, sent, story.dates(g.sentence), None)
        if g.role == "target":
            g.target_year = _target_year(g, sent, story.dates(g.sentence), story.published)
    if g.role == "target":
        g.national_target = True
    g.regions, g.via = (INDONESIA,), Via.MENTION


def _national_story(story: _Story) -> None:
    """A story with no region of its own whose figures name only the nation ("Hingga akhir 2016, baru 66 persen
    penduduk menjadi peserta" ... "baru 171,67 juta peserta JKN-KIS"): the shares no words give an owner are the
    nation's too."""
    if story.main is not None or {f.regions for f in story.figures if f.regions} != {(INDONESIA,)}:
        return
    if not any(f.via is Via.MENTION and f.role != "target" for f in story.figures if f.regions):
        return  # only the national plan's target ("RPJMN 2024 ... 98%"): no figure of the nation's is told
    for f in story.figures:
        if not f.regions and f.role in ("coverage", "target") and not f.history:
            _give_to_nation(story, f)


def _national_share_before(story: _Story, count: _Figure) -> None:
    """"... cakupan kepesertaan Program JKN mencapai sekitar 98 persen. "Telah mencapai 276.520.647 jiwa atau lebih
    dari 98 persen dari total penduduk ..."": a share the sentence before gave to no named region, said again beside a
    count only the nation has, is the nation's too."""
    sent = story.sentences[count.sentence]
    if count.sentence == 0 or any(sent.start <= r.start < sent.end and r.region is not None and r.region != INDONESIA
                                  for r in story.refs):
        return
    said = {q.value for q in find_quantities(sent.text) if q.kind == "pct"}
    for g in story.figures:
        if g.sentence == count.sentence - 1 and g.role == "coverage" and g.via in (Via.TOPIC, Via.TITLE, Via.GROUP) \
                and not g.history and g.value in said:
            g.regions, g.via = (INDONESIA,), Via.MENTION


def _national_share_after(story: _Story, count: _Figure) -> None:
    """"... peserta BPJS saat ini sudah mencapai 267 juta orang. Sudah 95% lebih yang ikut kepesertaan.": a share the next
    sentence states with no region of its own, after a count only the nation has, is the nation's too."""
    i = count.sentence + 1
    if i >= len(story.sentences) or _refs_in(story, story.sentences[i]):
        return
    for g in story.by_sentence.get(i, []):
        if g.role == "coverage" and g.via in (Via.TOPIC, Via.TITLE, Via.GROUP) and not g.history:
            g.regions, g.via = (INDONESIA,), Via.MENTION


def _share_said_with(count: _Figure, share: _Figure, story: _Story) -> bool:
    """"... mencapai 275 juta jiwa atau lebih, 98 persen dari jumlah penduduk": a share said right after a count, no
    region named between, is the same statement's even where a hedge keeps the two from being linked; so is one said
    right before it ("Saat ini kita mencapai 86 persen atau dari 270 juta jiwa, yang terdaftar ... 236 juta jiwa")."""
    if share.role != "coverage":
        return False
    if 0 <= share.start - count.end <= W.SHARE_WITH_COUNT_GAP:
        return not any(count.end <= r.start < share.start for r in story.refs)
    if 0 <= count.start - share.end <= W.SHARE_WITH_COUNT_GAP:
        return not any(share.end <= r.start < count.start for r in story.refs)
    return False


def _owners_by_arithmetic(story: _Story) -> None:
    """A share given to the story's topic that one named region's participants and population, in its sentence or the
    next or last one, work out to is that region's: ""Kepesertaan kami mencapai 100,72 persen. Dari total 185.591 jiwa
    penduduk Kabupaten Belitung yang terdaftar 186.920 jiwa"" (the speaker's province was the topic)."""
    for f in story.figures:
        if f.role != "coverage" or f.via not in (Via.TOPIC, Via.ANAPHOR) or f.history:
            continue
        near = [g for g in story.figures if abs(g.sentence - f.sentence) <= 1 and len(g.regions) == 1
                and g.regions != f.regions and not g.history]
        for p in (g for g in near if g.role == "participants"):
            if any(q.regions == p.regions and q.role == "population" and _adds_up(p, q, f) for q in near):
                f.regions, f.via = p.regions, Via.MENTION
                break


def _shares_of_a_whole(story: _Story) -> None:
    """Shares of several regions, one after another, that add up to a whole are their parts of a total, not their
    coverage: "1.157.316 jiwa. Terdiri dari ... Kota Gorontalo 184.946 jiwa atau sebesar 15,98 persen, Kabupaten
    Gorontalo 381.592 jiwa atau sebesar 32,97 persen, ..." (six shares in two sentences summing to 97)."""
    run: list[_Figure] = []

    def close() -> None:
        if len(run) < W.WHOLE_PARTS_MIN:
            run.clear()
            return
        # every share the run's sentences state counts: a part read as no figure is still a part of the whole
        shares = [q.value for i in range(run[0].sentence, run[-1].sentence + 1)
                  for q in find_quantities(story.sentences[i].text) if q.kind == "pct"]
        if W.WHOLE_LOW <= sum(shares) <= W.WHOLE_HIGH:
            for f in run:
                f.role = "share_of_total"
        run.clear()

    for f in story.figures:
        if f.role != "coverage":
            continue
        if len(f.regions) != 1 or f.history or any(g.regions == f.regions for g in run) \
                or (run and f.sentence - run[-1].sentence > 1):
            close()
        if len(f.regions) == 1 and not f.history:
            run.append(f)
    close()


def _claimed(r: Ref, f: _Figure, refs: list[Ref], figure_starts: list[int], text: str) -> float:
    """A region named after the figure that has its own figure before the next region is not this
    figure's owner: "Kota Samarinda ... 97,91 persen dan Kabupaten Berau mencatat 96,85 persen"; unless the
    figures come first: "98,56 persen di Kabupaten Pasaman; 95,66 persen di Kabupaten Pasaman Barat; ..."."""
    if r.start < f.end or _of_next(r, text[f.end:r.start]):
        return 0.0
    nxt = min((o.start for o in refs if o.start > r.start), default=10**9)
    return W.CLAIMED_PENALTY if any(r.end <= s < nxt for s in figure_starts) else 0.0


def _of_next(r: Ref, gap: str) -> bool:
    """Does the figure before ``gap`` say it is of ``r``, named right after it?"""
    return bool(_FIGURE_OF_NEXT.fullmatch(gap) or (r.kind is RefKind.MENTION and _FIGURE_OF_NEXT_NAMED.fullmatch(gap)))


def _distance(f: _Figure, r: Ref, text: str) -> float:
    """How far a reference is from a figure; references before the figure, in its clause, are closest."""
    if r.end <= f.start:
        gap = text[r.end:f.start]
        d = len(gap)
    else:
        gap = text[f.end:r.start]
        if _of_next(r, gap):  # "95,66 persen di Kabupaten Pasaman Barat": the place it is of
            return 0.0
        d = len(gap) * W.AFTER_FACTOR + W.AFTER_PENALTY + (W.AFTER_COMMA_PENALTY if re.search(r"[,;:]", gap) else 0)
    if re.search(r"\bsedangkan\b|\bsementara\b|;|\bnamun\b|\badapun\b", gap):
        d += W.CONTRAST_PENALTY
    if r.start >= f.end and L.COMPARISON_BEFORE.search(gap):  # "..., melampaui capaian Provinsi Sulawesi Tengah"
        d += W.CONTRAST_PENALTY
    if r.end <= f.start and L.OWN_LEVEL_AFTER_COMPARED.fullmatch(gap) \
            and L.COMPARISON_BEFORE.search(text, max(0, r.start - 60), r.start):
        d += W.CONTRAST_PENALTY  # "Karo telah melampaui rata-rata nasional dengan persentase 98,98%": Karo's
    if r.context:
        d += W.WEAK_REFERENCE_PENALTY
    if r.kind is RefKind.POLICY:
        d += W.POLICY_PENALTY
    return d


def _listed_from(first: Ref, refs: list[Ref], story: _Story) -> tuple[Region, ...]:
    """The regions of a list that opens with `first`: "yaitu Konawe Utara, Konawe Kepulauan (Konkep), dan Bombana"."""
    mentions = [r for r in refs if r.kind is RefKind.MENTION and not r.context and r.start >= first.start]
    listed = [first]
    for r in mentions[1:]:
        if r.region == listed[-1].region or L.LIST_JOINT.fullmatch(L.PARENTHESIS.sub("", story.text[listed[-1].end:r.start])):
            listed.append(r)
        else:
            break
    return tuple(dict.fromkeys(r.region for r in listed))


def _coordinated(best: Ref, refs: list[Ref], f: _Figure, story: _Story) -> tuple[Region, ...]:
    """"Badung dan Klungkung sudah 100 persen": a figure after a list of regions belongs to each."""
    group = [best]
    mentions = [r for r in refs if r.kind is RefKind.MENTION and not r.context]
    idx = next((n for n, r in enumerate(mentions) if r is best), None)
    if idx is None or best.end > f.start:
        return (best.region,)
    n = idx
    while n > 0 and (L.LIST_JOINT.fullmatch(story.text[mentions[n - 1].end:mentions[n].start]) or
                     (mentions[n - 1].region == mentions[n].region and  # "Nusa Tenggara Timur (NTT)"
                      re.fullmatch(r"\s*\(\s*", story.text[mentions[n - 1].end:mentions[n].start]))):
        group.insert(0, mentions[n - 1])
        n -= 1
    if len({g.region for g in group}) == 1:
        return (best.region,)  # one region, or one with its abbreviation: "Kabupaten Bolaang Mongondow ( Bolmong )"
    between = story.text[best.end:f.start]
    same_role = [g for g in story.by_sentence.get(f.sentence, []) if g.role == f.role and g.start > group[0].start]
    if L.RESPECTIVELY.search(between) and len(same_role) > 1:  # "A dan B masing-masing 96 dan 97 persen"
        k = same_role.index(f) if f in same_role else -1
        return (group[k].region,) if 0 <= k < len(group) else ()
    counted = story.figures[f.linked_to] if f.linked_to is not None else None
    if counted is not None and counted.role in ("participants", "active_participants") \
            and not L.EACH_BEFORE.search(story.text[group[0].start:f.start]):
        return ()  # "Kaltim, Kalteng, Kalsel dan Kaltara sudah 6,7 juta atau 63 persen": a count is their sum, not each's
    return tuple(dict.fromkeys(g.region for g in group))


def _figure_date(f: _Figure, sent: Sentence, dates: list[DateRef], published, last_date, numbers: list[int]):
    """The as-of date of a figure: a date in its sentence with an as-of cue, nearest to it."""
    pos = f.start - sent.start
    explicit = [d for d in dates if d.kind == "date" and _as_of_cue(d)]
    # "kini berstatus UHC setelah kepesertaan mencapai 96,03 persen pada Maret 2024": a date beside its figure
    beside = [d for d in dates if d.kind == "date" and d.cue not in L.AS_OF_BAD_CUES and d.start >= f.end - sent.start
              and L.DATE_BESIDE_FIGURE.fullmatch(sent.text[f.end - sent.start:d.start])]
    nows = [d for d in dates if d.kind == "now" and d.end <= pos + 40]
    if nows and not explicit and not beside:
        # "Sekarang lagi berproses pada Agustus 2023 sudah hampir 93 persen": a date between "now" and the figure says it
        since = max(n.end for n in nows)
        if not any(d.kind == "date" and d.cue not in L.AS_OF_BAD_CUES and since <= d.start < pos
                   and not _future(d, published) for d in dates):
            return None, True
    same = [d for d in dates if d.kind == "same_period"]
    if same and last_date is not None:  # "pada periode yang sama"; "di bulan yang sama" names only the month
        if "bulan" in same[0].text.lower() and last_date.value and len(last_date.value) > 7:
            return DateRef(last_date.start, last_date.end, last_date.text, last_date.value[:7], "date",
                           last_date.cue, last_date.mod), False
        return last_date, False
    good = [d for d in dates if d.kind == "date" and d.cue not in L.AS_OF_BAD_CUES and not _future(d, published)
            and not re.search(r"(?:penduduk|populasi|kependudukan(?: dan catatan sipil)?|dukcapil|nomor \d+|no\. ?\d+)"
                              r"\s*(?:\w+\s+)?$"
                              r"|(?:penduduk|populasi)\b[^.;\d]{0,30}\bsemester\s+\w+\s*/\s*$",  # "penduduk ... semester I/2024"
                              sent.text[max(0, d.start - 50):d.start].lower())
            and not L.AWARD_YEAR_BEFORE.search(sent.text[max(0, d.start - 100):d.start].lower())
            and not L.DATE_TO_COME_AFTER.match(sent.text, d.end)  # "hingga akhir Desember nanti": still to come
            and not (len(d.value or "") == 4 and L.OPENING_TIME.fullmatch(sent.text, 0, d.start)
                     and L.AWARD_RECEIVED.search(sent.text, d.end))]
    if f.role == "target" or not good:
        return None, False
    # "Pada Desember 2020 mencapai 89 persen, sementara hingga Desember 2021 ... 90,37 persen": a contrast
    # parts the sentence, and a date in the figure's own part is its date
    bounds = [m.start() for m in L.CONTRAST.finditer(sent.text)]
    start = max((b for b in bounds if b <= pos), default=0)
    end = min((b for b in bounds if b > pos), default=len(sent.text))
    good = [d for d in good if start <= d.start < end] or good
    # "from 76.07% in December 2023 to 78.83% in December 2024", "mencapai 96,03 persen pada Maret 2024": a date
    # right beside its figure is its own
    own = [d for d in good if d in beside]
    if own:
        return own[0], False
    # "naik dari 91,2 persen tahun lalu menjadi 97,05 persen hingga Juni 2023": an as-of cue beats nearness
    good = [d for d in good if _as_of_cue(d)] or good
    before = [d for d in good if d.end <= pos]
    # a date after the figure but past the next number is that number's: "95,1 persen, ... posisi 2020 ... 86 persen"
    limit = min((n - sent.start for n in numbers if n >= f.end), default=len(sent.text))
    # ... and one after a new clause ("hingga 100%, serta mencatat IPM tahun 2023 sebesar 78,01") is that clause's
    # (but "... 62 persen ..., sehingga masih ada 38 persen ... berdasarkan data BPJS Kesehatan per 31 Juli 2020": the
    # source's date closing the sentence dates all of it)
    after = [d for d in good if pos <= d.start and (d.start < limit or L.SOURCE_DATED_BEFORE.search(sent.text[:d.start]))
             and not L.NEXT_CLAUSE.search(sent.text[f.end - sent.start:d.start])]
    chosen = before[-1] if before else (after[0] if after else None)
    # "hingga 2024, sebanyak 82.307 jiwa per awal Agustus 2024": a later date of the same year says it precisely
    finer = [d for d in good if chosen is not None and d.value and chosen.value and len(d.value) > len(chosen.value)
             and d.value.startswith(chosen.value)]
    return (finer[0] if finer else chosen), False




def _date_of(story: _Story, f: _Figure, sent: Sentence, dates: list[DateRef], last_date: DateRef | None):
    """A figure's date: its own sentence's (`_figure_date`), else, unless a target or the sentence names a time of
    its own, the one a neighbouring sentence gives it (`_inherited_date`)."""
    date, now = _figure_date(f, sent, dates, story.published, last_date, story.numbers.get(f.sentence, []))
    if date is None and not now and f.role != "target" and not _has_own_date(dates) and not _went_to(story, f, sent):
        return _inherited_date(story, f.sentence, sent)
    return date, now


def _national_aside(story: _Story, sent: Sentence, owner: Owner) -> bool:
    """"Secara nasional, cakupan kita sudah 98 persen." in a story about Kalimantan Timur: the nation's level said in
    passing; the story stays with its own region ("... data peserta BPJS yang aktif ... sebesar 85,61 persen")."""
    return owner == (INDONESIA,) and story.main not in (None, INDONESIA) and bool(L.NATIONAL_ASIDE.search(sent.text))


def _went_to(story: _Story, f: _Figure, sent: Sentence) -> bool:
    """Is `f` where a change went ("... presentase itu berkurang menjadi 96,27 persen")? It is after the figure the
    sentence before dates, not of its time."""
    before = story.text[sent.start:f.start].lower()
    # (not "menargetkan angka tersebut bisa naik menjadi 80% pada akhir tahun": where it is meant to go)
    return bool(L.WENT_TO_LEVEL_BEFORE.search(before[-60:])) and not L.TARGET_HARD.search(before) \
        and not L.TARGET_SOFT.search(before)


def _as_of_cue(d: DateRef) -> bool:
    """Is the date introduced by a word that dates data ("per", "hingga", "data", ...)?"""
    return (d.cue or "").split(" ")[0] in L.AS_OF_CUES


def _has_own_date(dates: list[DateRef]) -> bool:
    """A sentence that names its own time ("dibanding Januari 2023") does not borrow another's."""
    return any(d.kind == "date" for d in dates)


def _inherited_date(story: _Story, i: int, sent: Sentence) -> tuple[DateRef | None, bool]:
    """An undated figure takes the as-of date of the sentence before it, in its paragraph or list.

    "Sampai dengan 1 Desember 2022 sebanyak 249.711 jiwa sudah menjadi peserta. Bila dibandingkan
    dengan jumlah penduduk ..., cakupan kepesertaan ... baru menyentuh 88,44 persen."
    """
    if i + 1 < len(story.sentences) and L.DATA_REFERENCE.match(story.sentences[i + 1].text):
        following = [d for d in story.dates(i + 1)
                     if d.kind == "date" and d.cue not in L.AS_OF_BAD_CUES and not _future(d, story.published)]
        if following:  # "... 97,12 persen. Data itu merupakan rekapitulasi BPJS Kesehatan bulan lalu."
            # ("Jumlah ini mengalami peningkatan dari 75,04 persen pada tahun 2021, menjadi 84,06 persen pada tahun 2022":
            # the count is where things went, the last date)
            went = re.search(r"\bmenjadi\b", story.sentences[i + 1].text)
            return (following[-1] if went else following[0]), False
    group_date = _group_date(story, i, sent)
    if group_date is not None:
        return group_date, False
    j = i - 1
    while j >= 0 and L.LIST_ITEM.match(story.sentences[j].text) and L.LIST_ITEM.match(sent.text):
        j -= 1  # a list item takes the date of the list's lead-in ("... per 1 Juni 2023:")
    if L.LIST_ITEM.match(sent.text) and j > 0 and not any(d.kind == "date" for d in story.dates(j)):
        j -= 1  # "Data ... per 1 November 2023. Keempat daerah tersebut adalah: 1. ..."
    if j < 0 or _is_aside(story, story.sentences[j]):
        return None, False
    if sent.paragraph != story.sentences[j].paragraph and j in story.other_numbers:
        return None, False  # "... per 29 Februari 2024, meningkat menjadi 33 provinsi." ¶ "Menurut WHO ... Di Indonesia,
        # ... sudah tercapai 95 persen": a date the last paragraph gave other numbers dates nothing in the next
    before = story.by_sentence.get(j, [])
    if before and all(f.role == "target" for f in before):
        return None, False  # "... harus menjadi peserta JKN pada tahun 2024": a target's year dates no figure after it
    dates = story.dates(j)
    # ("saat ini ... sudah mendeklarasikan UHC ... dengan cakupan peserta per Oktober 2023 tercatat 8,4 juta jiwa.
    # Berdasarkan data tersebut, sekitar 96,56 persen ...": the data's own date says what "now" was)
    if any(d.kind == "now" for d in dates) and not any(d.kind == "date" and d.value and _as_of_cue(d)
                                                        and not _future(d, story.published) for d in dates):
        return None, not L.PAST_SENTENCE.search(sent.text)
    if any(d.kind == "same_period" for d in dates):  # "Pada periode yang sama, enam daerah sudah UHC, yakni:"
        earlier = [f for f in story.figures if f.sentence < j and f.date is not None and f.date.value]
        if earlier:
            return earlier[-1].date, False
    good = [d for d in dates if d.kind == "date" and d.cue not in L.AS_OF_BAD_CUES and not _future(d, story.published)
            and d.cue is not None]
    good = [d for d in good if _as_of_cue(d)] or good  # "per September 2020" over "dari Desember"
    if good:
        return good[-1], False
    # a run of figure sentences shares one date: "Untuk tingkat kabupaten/kota, ... Sementara di Kota X, ..."
    carried = [f for f in story.by_sentence.get(j, []) if f.regions and f.role != "target" and
               (f.now or (f.date is not None and _as_of_cue(f.date)))]
    if carried:
        return carried[-1].date, carried[-1].now
    # "... berdasarkan data per 1 Desember 2017. Penambahan pada peserta PBI ... menjadi 39.000 jiwa. Sehingga total
    # ... berjumlah 128.324 jiwa": a sentence of its paragraph with no time and no figure of its own passes the
    # paragraph's date on
    if not dates and not story.by_sentence.get(j) and sent.paragraph == story.sentences[j].paragraph:
        return _inherited_date(story, j, story.sentences[j])
    return None, False




def _group_date(story: _Story, i: int, sent: Sentence) -> DateRef | None:
    """"... empat kabupaten di Kepri telah mencapai 98 persen per awal Mei 2025. ... Empat kabupaten tersebut di
    antaranya Kabupaten Bintan (98,34 persen), ...": figures of a group named again take the date the group was
    first given with, however many sentences lie between (in the last six)."""
    again = L.GROUP_AGAIN.search(sent.text.lower())
    if again is None:
        return None
    first = re.compile(rf"\b{re.escape(again.group('n'))}\s+{re.escape(again.group('noun'))}\b(?!\s+(?:tersebut|itu|ini))")
    for j in range(i - 1, max(-1, i - 7), -1):
        if first.search(story.sentences[j].text.lower()):
            good = [d for d in story.dates(j) if d.kind == "date" and d.cue not in L.AS_OF_BAD_CUES
                    and not _future(d, story.published) and d.cue is not None]
            return good[-1] if good else None
    return None


def _future(d: DateRef, published: dt.date | None) -> bool:
    if published is None or not d.value:
        return False
    y, m, day = date_key(d.value)
    return (y, m or 1, day or 1) > (published.year, published.month, published.day)


def _target_year(f: _Figure, sent: Sentence, dates: list[DateRef], published) -> int | None:
    pos = f.start - sent.start
    years = [d for d in dates if d.kind == "date" and d.value and
             not re.search(r"(?:nomor|no\.?)\s*\d+\s*(?:tahun)?\s*$", sent.text[max(0, d.start - 20):d.start].lower())
             and not L.BUDGET_YEAR_BEFORE.search(sent.text[max(0, d.start - 40):d.start])
             and (published is None or int(d.value[:4]) >= published.year)]
    after = [d for d in years if d.start >= pos]
    chosen = after[0] if after else (years[-1] if years else None)
    if chosen:
        return int(chosen.value[:4])
    ahead = L.YEARS_AHEAD.search(sent.text)
    if published and ahead:
        n = (ahead.group("n") or ahead.group("m") or "satu").lower()
        return published.year + (int(n) if n.isdigit() else L.YEARS_AHEAD_WORDS[n])
    return None


# ---------------------------------------------------------------- selection

def _announcements(story: _Story) -> list[Announcement]:
    if story.figures:
        story.reference_date = story.published or _statement_date(story)
    by_region: dict[str, list[_Figure]] = {}
    order: list[Region] = []
    for f in story.figures:
        for region in f.regions:
            if region.code not in by_region:
                by_region[region.code] = []
                order.append(region)
            by_region[region.code].append(f)
    out = []
    for region in order:
        ann = _announce(region, by_region[region.code], story)
        if ann:
            out.append(ann)
    _adopt_national_targets(out, story, by_region)
    return [a for a in out if a.region_level != "nasional" or _has_figure(a)]


def _has_figure(a: Announcement) -> bool:
    return any(v is not None for v in (a.coverage_pct, a.participants, a.active_participants, a.active_pct))


def _dated_key(f: _Figure) -> tuple[int, int, int] | None:
    if not (f.date and f.date.value):
        return None
    y, m, d = date_key(f.date.value)
    if not m:  # a bare year sorts at its end, "awal 2026" at its start
        m, d = (1, 1) if (f.date.mod or "") == "awal" else (12, 31)
    return (y, m, d or 1)


def _key(f: _Figure, published: dt.date | None, undated: tuple[int, int, int] | None = None) -> tuple[int, int, int]:
    """How recent a figure is: its own date; "saat ini" is the publication date; an undated
    figure ranks with the newest dated one (`undated`), so only explicit dates and history
    words decide between figures, unless that one is years older than the story."""
    own = _dated_key(f)
    if own:
        return own
    now = (published.year, published.month, published.day) if published else (9999, 12, 31)
    if f.now or f.present:
        return now
    if undated and published and (published.year - undated[0]) * 12 + published.month - undated[1] > W.STALE_MONTHS:
        return now  # "pada 2021 hanya 70 %" in a 2026 story is the past; the undated figure is today's
    return undated or now


def _finer_date(g: _Figure, f: _Figure) -> bool:
    """Does `g` carry a finer date of the period `f`'s date names ("2018-11-01" within "2018")?"""
    if not (g.date and g.date.value and f.date and f.date.value):
        return False
    return len(g.date.value) > len(f.date.value) and g.date.value.startswith(f.date.value)


def _floor_span(f: _Figure) -> float:
    """How far above a floor an exact figure may be and still be the one it hedges: further for a UHC status level
    ("sudah lebih dari 95 persen" ... "per awal Agustus 2024 ... sebesar 101,03%")."""
    return W.FLOOR_SPAN_UHC_LEVEL if f.value in W.ROUND_UHC_LEVELS else W.FLOOR_SPAN


def _current(figs: list[_Figure], published) -> _Figure | None:
    """The region's current figure of one role: not history, newest, from the body, clearest, first."""
    # ("Pada Agustus 2024, Bupati Barru sempat membanggakan capaian UHC yang menembus angka 101,78%", and no later
    # figure: an earlier figure with its own date is still the last one the story reports)
    live = _body_first([f for f in figs if not f.history]) or \
        _body_first([f for f in figs if f.date is not None and f.date.value and f.date.cue not in L.AS_OF_BAD_CUES])
    if not live:
        return None
    # "per 1 Oktober 2025 ... 98,67 persen. ... Dengan capaian 98,67 persen, Kota Bogor kini ...": the same
    # value again, undated, is that figure restated, not a newer one
    dated_values = {f.value for f in live if f.date is not None and f.date.value}
    live = [f for f in live if f.date is not None or f.value not in dated_values]
    # "Hingga 2018 ini ... baru 786.570 warga terdaftar, atau 62,46 persen" ... "sampai dengan 1 November 2018 sebanyak
    # 786.570 jiwa atau 62,46 persen": the same value, dated more finely within the same period, is that figure told
    # precisely (a bare year would otherwise rank as its last day, newer than any day in it)
    live = [f for f in live if not any(g.value == f.value and _finer_date(g, f) for g in live)]
    # "sebanyak 99 persen ... sudah 99,52 persen": a whole number that rounds a precise figure of the region
    # is that figure told roughly (in a headline, a lead), not another one
    precise = {float(f.value) for f in live if not float(f.value).is_integer()}
    live = [f for f in live if not _rounds_one_of(float(f.value), precise)] or live
    # "sudah mencapai 95 persen lebih" ... "tepatnya sudah mencapai 96,15 persen": the exact figure the floor hedges
    # ("lebih dari 95% penduduknya terdaftar" ... "sampai dengan November 2023 ... telah tercapai 98%": or a dated one)
    live = [f for f in live if not (f.floor and any(not g.floor and (not float(g.value).is_integer() or g.date is not None)
                                                    and f.value <= g.value < f.value + _floor_span(f) for g in live))] or live
    # "telah diatas 90 persen atau lebih tepatnya 97,44 persen": the floor the exact figure of the sentence makes precise
    live = [f for f in live if not (f.floor and any(g.precise and g.sentence == f.sentence for g in live))] or live
    # "Hampir 80 Persen Penduduk Batam ..." ... "sebanyak 830.959 atau 79 persen": the figure "hampir" rounds up
    live = [f for f in live if not (f.rough and any(not g.rough and f.value - W.ROUGH_SPAN <= g.value < f.value
                                                    for g in live))] or live
    # ("Yang aktif hanya 76 persen ... turun karena pada tahun lalu mencapai 77 persen": a figure dated "last year" is
    # before the story's undated one, which is today's)
    undated = max((_dated_key(f) for f in live if _dated_key(f) and not L.RELATIVE_PAST_DATE.search(f.date.text)),
                  default=None)
    newest = max(_key(f, published, undated) for f in live)
    live = [f for f in live if _key(f, published, undated) == newest]
    # "tingkat cakupan UHC sebesar 95 persen ... "Cimahi malah sudah 100,10 persen"": a round UHC level (95, 98, 100) is a
    # status told loosely; a precise figure of the same time is the one reported (but "279,8 juta jiwa ... atau 98%" is
    # the share of a count, no status)
    precise = [f for f in live if not float(f.value).is_integer()]
    if precise and all(f.value in W.ROUND_UHC_LEVELS and f.linked_to is None for f in live if f not in precise):
        live = precise
    # "Cakupan JKN Demak 95 persen. Kini ... 96,52 persen": of two figures no date tells apart, the one said
    # to stand now is the current one
    return min(live, key=lambda f: (f.in_title, f.date is None, not (f.now or f.present), -f.strength, f.start))


def _rounds_one_of(value: float, precise: set[float]) -> bool:
    """A whole number that rounds a precise figure; "100 persen" also sums up one above it ("sudah 100 persen" ...
    "tembus 101,52 persen": more enrolled than counted residents is all of them)."""
    return value.is_integer() and any(int(p) == value or round(p) == value or (value == 100 and p > 100)
                                      for p in precise)


def _announce(region: Region, figs: list[_Figure], story: _Story) -> Announcement | None:
    pub = story.reference_date
    role = lambda r: [f for f in figs if f.role == r]  # noqa: E731
    coverage = _current([f for f in role("coverage") if not _headline_of_another_role(f, figs)
                         and not _restates_target(f, role("target"), story)], pub)
    active_pct = _current(role("active_pct"), pub)
    sized = lambda r: [f for f in role(r) if _plausible_size(f, region)]  # noqa: E731
    # with no share, the count of the enrolled is chosen as a share would be: "pada 2014 ... 133,4 juta jiwa" is
    # older than "sampai Agustus, realisasinya 222,4 juta peserta"
    anchor = coverage or active_pct or _current(sized("participants"), pub)
    # ("... 98 persen dengan total 106 ribu jiwa, pada tahun 2022 lalu. ... berkurang menjadi 96,27 persen": a count that
    # restates another level than the current one is that level's)
    other_levels = {f.idx for f in role("coverage") if coverage is not None and f.value != coverage.value}
    participants, population = _pair_counts(
        coverage, [f for f in sized("participants")
                   if not (f.linked_to in other_levels and story.figures[f.linked_to].sentence == f.sentence)],
        sized("population"), anchor, pub)
    active_participants = _pick_count(sized("active_participants"), active_pct, anchor, pub)
    if not any((coverage, participants, active_pct, active_participants)):
        return None
    if not (coverage or active_pct) and not _plausible_count_only(participants or active_participants, region):
        return None
    chosen = [f for f in (coverage, participants, population, active_pct, active_participants) if f]
    as_of = _as_of(chosen)
    # ("Before JKJ, only 17 percent ... from 40 percent in 2003 to 90 percent in 2004": a district's own scheme)
    if as_of and int(as_of[:4]) < W.JKN_START_YEAR:
        return None
    target = _target(role("target"), region, coverage)
    evidence_ids = sorted({f.sentence for f in chosen})
    evidence = " ".join(story.sentences[i].text for i in evidence_ids)
    return Announcement(
        region_name=region.name, region_code=region.code or None, region_level=region.level,
        province=region.province or None,
        coverage_pct=_num(coverage), participants=_int(participants), population=_int(population),
        active_participants=_int(active_participants), active_pct=_num(active_pct),
        as_of=as_of, target_pct=_num(target), target_year=target.target_year if target else None,
        evidence=evidence, confidence=_confidence(coverage, participants, population, active_pct, chosen, region.level),
    )


def _restates_target(f: _Figure, targets: list[_Figure], story: _Story) -> bool:
    """A level said with the year a target of the same value is set for is that target said again ("akan terealisasi
    di tahun 2026" ... "UHC 100 persen di 2026 itu sudah melalui kajian"), not a level reached."""
    if f.present or f.now:
        return False  # "target 98 persen pada 2024 ... kini sudah 98 persen": the target reached
    # "Hingga Akhir Tahun JKN Terealisasi Sebesar 87 Persen" over a body that reads "... bisa sampai angka 87 persen dari
    # yang sudah ditargetkan": a headline's level the body states only as a target is that target, headlined loosely
    if (f.in_title or f.headline) and any(t.value == f.value and not (t.in_title or t.headline) for t in targets):
        return True
    years = {int(d.value[:4]) for d in story.dates(f.sentence) if d.value}
    if f.date and f.date.value:
        years.add(int(f.date.value[:4]))
    # ("menargetkan UHC tercapai 100 persen di tahun 2018 ini ... Kita buat pilot project UHC 100 persen di wilayah
    # Kab. Lamongan": a round level, undated, not said to stand now (see above) nor named as a measure ("penghargaan UHC
    # dengan nilai cakupan 98 persen"), after a target of that value)
    undated_round = not years and f.value in W.ROUND_UHC_LEVELS \
        and not L.MEASURE_NAMED_BEFORE.search(story.text[max(0, f.start - 40):f.start].lower())
    return any(t.value == f.value and (t.target_year in years or (undated_round and t.start < f.start
                                                                  and not t.national_target))
               for t in targets)


def _statement_date(story: _Story) -> dt.date | None:
    """A story given without its publication date is about as old as the newest statement it dates
    ("..., Selasa (27/1/2026)"): enough to tell a figure of years before from today's."""
    found = [d.value for i in range(len(story.sentences)) for d in story.dates(i)
             if d.kind == "statement" and d.value and len(d.value) == 10]
    return dt.date.fromisoformat(max(found)) if found else None


def _headline_of_another_role(f: _Figure, figs: list[_Figure]) -> bool:
    """"Cakupan Peserta JKN Gorontalo Capai 94,9 Persen" over a body that reads "Tingkat keaktifan ... 94,9 persen":
    a headline's figure that the body states (or rounds) in another role is that figure, headlined loosely."""
    return (f.in_title or f.headline) and any(
        g.role == "active_pct" and not (g.in_title or g.headline)
        and (g.value == f.value or (float(f.value).is_integer() and abs(g.value - f.value) < 1))
        for g in figs)


def _body_first(figs: list[_Figure]) -> list[_Figure]:
    """A headline repeats or rounds the body: use its figures only when the body has none."""
    return [f for f in figs if not f.in_title] or figs


def _pair_counts(coverage, participants, population, anchor, pub):
    """Participants and population that go with the coverage figure, checked by arithmetic."""
    ps = _finest(_body_first([f for f in participants if not f.history and not _older(f, anchor, pub)]))
    if anchor is None or anchor.date is None:  # an undated share: of two dated counts, the older one is the past ("per
        # Februari 2024, terdapat 268 juta peserta ... pada tahun 2014 hanya terdapat sekitar 133 juta peserta")
        newest = max((_key(f, pub) for f in ps if f.date is not None and f.date.value), default=None)
        ps = [f for f in ps if f.date is None or not f.date.value or _key(f, pub) >= newest]
    ps = ps or [None]
    qs = _finest(_body_first([f for f in population if not f.history])) or [None]
    best, best_score = (None, None), float("-inf")
    for p, q in product(ps, qs):
        score = _closeness(p, anchor) + _closeness(q, anchor) * W.POPULATION_CLOSENESS
        if p and q and coverage:
            score += W.ARITHMETIC_MATCH if _adds_up(p, q, coverage) else W.ARITHMETIC_MISMATCH
        if p and q and p.value > q.value * W.PARTICIPANTS_ABOVE_FACTOR:
            score += W.PARTICIPANTS_ABOVE_POPULATION
        if (p, q) != (None, None) and score > best_score:
            best, best_score = (p, q), score
    return best


def _finest(counts: list[_Figure]) -> list[_Figure]:
    """"121,6 juta orang" ... "sebanyak 121.671.432 peserta": a count written to its millions or thousands that an
    exact count of the same people falls within is that count told roughly; the exact one is kept."""
    def rough_of(f: _Figure, g: _Figure) -> bool:
        unit = 10 ** (len(str(int(f.value))) - len(str(int(f.value)).rstrip("0")))
        return unit >= 1000 and g.value % unit != 0 and abs(g.value - f.value) < unit
    return [f for f in counts if not any(rough_of(f, g) for g in counts)] or counts


def _adds_up(participants: _Figure, population: _Figure, coverage: _Figure) -> bool:
    """participants / population is the coverage figure, to a rounding."""
    return abs(participants.value / population.value * 100 - coverage.value) <= W.ARITHMETIC_TOLERANCE


def _pick_count(counts, pct, anchor, pub):
    live = _body_first([f for f in counts if not f.history and not _older(f, anchor, pub)])
    return max(live, key=lambda f: (_closeness(f, pct or anchor), -f.start)) if live else None


def _closeness(f: _Figure | None, anchor: _Figure | None) -> float:
    if f is None:
        return 0.0
    score = f.strength
    if anchor is not None:
        if anchor.linked_to == f.idx or f.linked_to == anchor.idx:
            score += W.LINKED_BONUS
        if f.sentence == anchor.sentence:
            score += W.SAME_SENTENCE_BONUS
        score -= abs(f.sentence - anchor.sentence) * W.PER_SENTENCE_APART
    return score - f.start * 1e-6


def _older(f: _Figure, anchor: _Figure | None, pub) -> bool:
    return anchor is not None and f.date is not None and anchor.date is not None and _key(f, pub) < _key(anchor, pub)


def _plausible_count_only(f: _Figure | None, region: Region) -> bool:
    """A count with no percentage must read as a region's total: clear words, a size the region has."""
    if f is None:
        return False
    if f.strength < W.COUNT_ONLY_MIN_STRENGTH:
        # "Peserta aktif BPJS Kesehatan meningkat ... menjadi 224 juta jiwa": a count only the nation has is its total
        return region.level == "nasional" and f.value >= W.NATION_ONLY_COUNT and f.strength >= W.STRENGTH_ACTIVE_COUNT
    if region.population:
        return f.value >= W.COUNT_ONLY_MIN_SHARE * region.population
    return f.value >= W.COUNT_ONLY_MIN


def _plausible_size(f: _Figure | None, region: Region) -> bool:
    """Participants or population far from the region's size are a subset or a larger area's total."""
    if f is None or not region.population:
        return True
    return W.SIZE_MIN * region.population <= f.value <= W.SIZE_MAX * region.population


def _as_of(chosen: list[_Figure]) -> str | None:
    for f in chosen:  # coverage first, then participants, population, active
        if f.now:
            return None
        if f.date and f.date.value:
            return f.date.value
    return None


def _target(targets: list[_Figure], region: Region, coverage: _Figure | None = None) -> _Figure | None:
    targets = [t for t in targets if t.value >= W.TARGET_MIN_PCT
               and (coverage is None or t.value >= coverage.value - W.TARGET_BELOW_LEVEL_MAX)]
    own = [t for t in targets if not t.national_target]
    pool = own or targets
    if not pool:
        return None
    return min(pool, key=lambda t: (t.target_year is None, t.start))


def _adopt_national_targets(out: list[Announcement], story: _Story, by_region: dict[str, list[_Figure]]) -> None:
    """A national target counts for a region when the story ties the region to it."""
    national = [f for f in by_region.get("", []) if f.role == "target"]
    if not national:
        return
    for ann in out:
        if ann.target_pct is not None or ann.region_level == "nasional":
            continue
        for t in sorted(national, key=lambda t: (t.target_year is None, t.start)):
            if _adopted(t, ann, story):
                ann.target_pct, ann.target_year = _num(t), t.target_year
                break


def _adopted(t: _Figure, ann: Announcement, story: _Story) -> bool:
    """The region takes the national target as its own: it is named with it, or the next sentence
    ties it to the target ("Kota Jambi tinggal ... menembus angka tersebut"), or the target's own
    sentence adopts it ("sesuai dengan target dalam RPJMN") without naming another region."""
    here = story.sentences[t.sentence]
    nxt = story.sentences[t.sentence + 1] if t.sentence + 1 < len(story.sentences) else None
    code = ann.region_code
    if any(not L.CONTRAST.search(story.text[min(r.end, t.end):max(r.start, t.start)])
           for r in _naming_refs(story, here, code)):
        return True
    if nxt is not None and L.ADOPTS_TARGET.search(nxt.text) and _naming_refs(story, nxt, code):
        return True
    others = [r for r in _refs_in(story, here) if r.region is not None and r.region.code not in ("", code)]
    return bool(L.ADOPTS_TARGET.search(here.text)) and not others and not L.NATION_AFTER.match(story.text, t.end)


def _refs_in(story: _Story, sent: Sentence) -> list[Ref]:
    return [r for r in story.refs if sent.start <= r.start < sent.end and not r.context]


def _naming_refs(story: _Story, sent: Sentence, code: str | None) -> list[Ref]:
    """Where the sentence refers to the region with `code` (by name or by "kota itu")."""
    found = []
    for r in _refs_in(story, sent):
        region = (r.region if r.kind is RefKind.MENTION else
                  resolve_anaphor(r, story.refs, story.text, story.main) if r.kind is RefKind.ANAPHOR else None)
        if region is not None and region.code == code:
            found.append(r)
    return found



def _confidence(coverage, participants, population, active_pct, chosen, level: str) -> float:
    c = W.CONFIDENCE_BASE + W.CONFIDENCE_PER_STRENGTH * max(f.strength for f in chosen) / 0.9
    if coverage and participants and population:
        c += W.CONFIDENCE_ARITHMETIC_MATCH if _adds_up(participants, population, coverage) \
            else W.CONFIDENCE_ARITHMETIC_MISMATCH
    if any(f.via is Via.TOPIC for f in chosen):
        c += W.CONFIDENCE_BY_TOPIC
    if any(f.in_title for f in chosen):
        c += W.CONFIDENCE_FROM_TITLE
    if coverage and not (0 < coverage.value <= W.COVERAGE_PLAUSIBLE_MAX):
        c += W.CONFIDENCE_IMPLAUSIBLE
    c += W.CONFIDENCE_BY_LEVEL.get(level, 0.0)
    return round(min(W.CONFIDENCE_MAX, max(W.CONFIDENCE_MIN, c)), 2)


def _num(f: _Figure | None) -> float | int | None:
    if f is None:
        return None
    v = float(f.value)
    return int(v) if v.is_integer() else round(v, 4)


def _int(f: _Figure | None) -> int | None:
    return int(round(f.value)) if f is not None else None
