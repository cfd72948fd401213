"""What a number means in its sentence: coverage, participants, population, ...

Indonesian coverage stories surround the figure with look-alikes: the 95 %
UHC threshold ("minimal 95 persen"), targets ("98 persen pada 2024"),
earlier figures ("naik dari 91,2 persen", "sempat 95,68 persen"), the
uninsured ("2.149 penduduk yang belum tergabung"), inactive members,
segment counts ("PBI APBN sebanyak 668.692 jiwa"), new registrations
("54.368 peserta baru"), unrelated shares ("89,2 persen responden puas").

The knowledge is in three tables of rules, read in order; the first rule that
applies decides: ``COMMON_RULES`` (any number), then ``PERCENT_RULES`` or
``COUNT_RULES``. A rule is a row: a name, a test on the number's ``Context``
(the words around it, from ``lexicon``), and an outcome (a ``Reason`` the
number has no role, or the role it gets). The extractor then weighs the
surviving candidates against each other (dates, arithmetic).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Callable

from uhcwatch.crawler.extraction import lexicon as L
from uhcwatch.crawler.extraction import weights as W
from uhcwatch.crawler.extraction.numbers import PERSON_UNITS, Quantity


class Reason(enum.Enum):
    """Why a number has no role (its value is the wording for people reading a trace)."""

    EMPLOYMENT = "employment insurance"
    OTHER_MEASURE = "a measure other than enrolment"
    OTHER_SUBJECT = "share or count of something else"
    ACTIVITY_TARGET = "activity target"
    TARGET_RESTATED = "target restated"
    COMPARED = "a target compared with, not set"
    BOUND = "bound or threshold"
    UNINSURED = "uninsured or inactive"
    UNINSURED_SHARE = "share of the uninsured or inactive"
    LINKED = "restates a number that is not a figure"
    CHANGE = "change, not level"
    GAP = "a gap still to close"
    SEGMENT_SHARE = "share of a segment of participants"
    BUDGET_SHARE = "share of a budget"
    OTHER_BASE = "share of something other than the population"
    OTHER_PASSAGE = "continues another measure"
    WORKERS_SHARE = "share of workers"
    PARTICIPANTS_SHARE = "share of participants"
    NO_COVERAGE_WORDS = "no coverage words"
    NO_OWNER = "nothing says whose share it is"
    GENERIC = "generic statement about regions"
    NOT_PEOPLE = "not a count of people"
    COUNT_RESTATES_NON_FIGURE = "count restating a non-figure"
    TARGET_COUNT = "target count"
    NEW_OR_MISSING = "new or missing participants"
    SEGMENT = "segment or subset"
    NO_PARTICIPATION_WORDS = "no participation words"
    NOT_A_FIGURE = "money, a phone number, a year or a date"
    PROGRAMME = "the name of a programme"  # "Program ... UHC 100% yang dicanangkan Pemerintah Kota Cirebon"


# Shares of something other than the population: a bare percentage right after one of these is
# another share of the same thing ("syaratnya cakupan 98% dan keaktifan 80%", "40 persen, ... 60 persen").
OTHER_SHARES = frozenset({Reason.OTHER_MEASURE, Reason.OTHER_SUBJECT, Reason.UNINSURED_SHARE, Reason.SEGMENT_SHARE,
                          Reason.BUDGET_SHARE, Reason.OTHER_BASE, Reason.WORKERS_SHARE, Reason.PARTICIPANTS_SHARE})


class Passage(enum.Enum):
    """What the sentences just before are about, for a short sentence that continues them."""

    JKN = "jkn"  # JKN enrolment
    OTHER_MEASURE = "other"  # the coverage of something else (immunisation, BPJS Ketenagakerjaan)
    ACTIVE = "active"  # the share of participants who are active (keaktifan), not enrolment
    UNINSURED = "uninsured"  # the people not enrolled ("belum terdaftar", "non kepesertaan")
    NONE = "none"


@dataclass
class Role:
    """A number's role, or the reason it has none."""

    role: str | None  # coverage | participants | population | active_pct | active_participants | target
    history: bool = False  # an earlier figure ("sempat", "dari 91,2 persen")
    linked: bool = False  # bound to the previous number ("X jiwa atau Y persen")
    strength: float = W.STRENGTH_DEFAULT  # how clearly the words make it that role
    reason: Reason | None = None  # why it has no role
    rule: str = ""  # the name of the rule that decided (for traces and tests)


@dataclass(frozen=True)
class Context:
    """One number and the words around it, as every rule reads them (lower case unless noted)."""

    q: Quantity
    s: str  # the sentence
    original: str  # the sentence as written
    left: str  # from the previous number (or the sentence start) to this one
    left_full: str  # from the sentence start to this number
    near: str  # the 45 characters before it
    right_clause: str  # after it, to the end of its clause (at most 70 characters)
    linked: bool  # it restates the previous number ("X jiwa atau Y persen", "Angka ini ...")
    prev_role: Role | None  # the role of the previous number in this sentence (or of the last one before)
    continues: bool  # the sentence continues a passage (about JKN, keaktifan or another measure)
    passage: Passage  # ... which one
    next_s: str = ""  # the next sentence (lower case)
    regions_at: tuple[int, ...] = ()  # where the sentence names regions (by the gazetteer, in any form; positions in it)
    prev_q: Quantity | None = None  # the previous percentage or count in this sentence

    @property
    def listed_next(self) -> bool:
        """The next sentence lists the regions a group here means ("Daerah-daerah tersebut antara lain ...")."""
        return bool(L.GROUP_LISTED_NEXT.match(self.next_s))

    @property
    def region_before(self) -> bool:
        """A region is named before it in the sentence."""
        return any(at < self.q.start for at in self.regions_at)

    @property
    def region_soon_after(self) -> bool:
        """A region is named in the 90 characters after it ("... 82 persen, Cianjur kini ...")."""
        return any(self.q.end <= at < self.q.end + 90 for at in self.regions_at)

    @property
    def prev_reason(self) -> Reason | None:
        return self.prev_role.reason if self.prev_role is not None and self.prev_role.role is None else None


@dataclass(frozen=True)
class Rule:
    """If ``applies``, the number gets ``outcome``: no role for that ``Reason``, or a computed ``Role``."""

    name: str
    applies: Callable[[Context], object]
    outcome: Reason | Callable[[Context], Role]

    def decide(self, c: Context) -> Role:
        role = Role(None, reason=self.outcome) if isinstance(self.outcome, Reason) else self.outcome(c)
        role.rule = self.name
        return role


def classify(q: Quantity, sentence: str, prev_q: Quantity | None, prev_role: Role | None,
             sentence_linked: bool, passage: Passage = Passage.NONE, regions_at: tuple[int, ...] = (),
             next_sentence: str = "") -> Role:
    """The role of quantity `q` in `sentence` (positions are relative to the sentence).

    `prev_q`/`prev_role`: the previous percentage or count in this sentence, for
    "X jiwa atau Y persen" pairs; `sentence_linked`: the sentence starts with
    "Angka ini"/"Jumlah itu"/"Persentasenya", continuing the previous one;
    `passage`: what the sentences before are about, which a short sentence continues;
    `regions_at`: where the sentence names regions ("Balangan dan HSS mencapai 100%");
    `next_sentence`: the sentence after, which may name the regions of a group left unnamed here or say what a
    figure leaves out.
    """
    s = sentence.lower()
    left_from = prev_q.end if prev_q else 0
    left_full = s[:q.start]
    right = s[q.end:min(len(s), q.end + 70)]
    linked = bool(prev_q and L.LINK_BETWEEN.match(s[left_from:q.start])) or \
        (prev_q is None and sentence_linked and prev_role is not None
         and not (prev_role.role is None and L.CONSEQUENCE_START.match(s))
         # "Angka ini bahkan melebihi capaian keaktifan di tingkat nasional ... 76,95 persen": another figure, compared
         and not (prev_role.role is not None and L.COMPARED_WITH.search(left_full))
         and not L.DERIVED_FROM.search(left_full)
         # "Capaian tersebut diperkuat dengan tingkat keaktifan peserta ... 87,01 persen": another measure, named
         and not (prev_role.role in ("coverage", "participants") and L.ACTIVE_NEAR.search(left_full)))
    c = Context(q, s, sentence, s[left_from:q.start], left_full, left_full[-45:],
                L.CLAUSE_END.split(right, maxsplit=1)[0], linked, prev_role,
                continues=passage is not Passage.NONE or sentence_linked,
                passage=passage, next_s=next_sentence.lower(), regions_at=regions_at, prev_q=prev_q)
    rules = COMMON_RULES + (PERCENT_RULES if q.kind == "pct" else COUNT_RULES if q.kind == "count" else ())
    for rule in rules:
        if rule.applies(c):
            return rule.decide(c)
    return Role(None, reason=Reason.NOT_A_FIGURE)


# ----------------------------------------------------------------------------- tests the rules share

def last_coverage_word(text: str, window: int = 200) -> str:
    """The last "cakupan X" / "capaian X" in `text`: what the coverage there is of."""
    found = list(L.COVERAGE_WORD_AT.finditer(text[-window:]))
    return found[-1].group() if found else ""


def is_target(c: Context) -> bool:
    """Target words before the number, in its own clause: a contrast ("..., sedangkan Kabupaten X
    baru 93 persen") starts a clause that the target words before it do not reach."""
    if L.NOT_YET_AFTER.match(c.right_clause):
        return False  # "menuntaskan 2 persen masyarakat yang belum tercover": the uninsured, not a level to reach
    if L.REACHED_AFTER_TARGET_COUNT.search(c.left_full) or L.SHARE_OF_TARGET_COUNT.search(c.left_full):
        return False  # "dari target sebesar 173.813 jiwa tercapai 173.308 jiwa atau 99 persen": what was reached
    if L.OTHER_BASE_AFTER.match(c.right_clause):
        return False  # "target 78 ribu warga ... yakni pegawai TK2D berupa iuran 3 persen dari gaji": a share of wages
    if L.KEPT_AFTER.match(c.s[c.q.end:]):
        return False  # "presentase UHC sebanyak 95,85 persen itu akan terus dipertahankan": the level now
    if L.CHASED_REGION_REACHED_BEFORE.search(c.left_full[-120:]):
        return False  # "kita harus mengejar Kota Padang yang mencapai sekitar 94 persen": the level the other one reached
    if (L.WENT_TO_LEVEL_BEFORE.search(c.near) and not L.FUTURE.search(c.s[c.q.end:])) \
            or L.FELL_TO_LEVEL_BEFORE.search(c.left_full[-90:]):
        return False  # "soal menurunnya UHC menjadi 75 persen": where it went (unless "... menjadi 98 persen pada 2025")
    if L.LEVEL_OF_REACHED_TARGET.search(c.left_full) or _floor_reached(c) or L.NOW_STATED_BEFORE.search(c.near) \
            or L.BELOW_TARGET_LEVEL.search(c.left_full) or L.SUCCESS_IN_REACHING.search(c.left_full[-160:]) \
            or L.REACHED_SO_FAR_BEFORE.search(c.near) or L.TARGET_ALREADY_AT.search(c.left_full[-70:]) \
            or L.REACHED_RELATIVE_BEFORE.search(c.left_full[-90:]):
        return False  # "... dengan capaian 95,42 persen", "... telah mencapai target minimal cakupan 98 persen"
    if c.prev_role is not None and c.prev_role.role in ("target", None) and L.LEVEL_AFTER_TARGET.search(c.left):
        return False  # "dari target 80 persen, kita baru sekitar 65 persen": the level set against the target
    contrasts = list(L.CONTRAST.finditer(c.left_full)) + list(L.CAUSE_CLAUSE.finditer(c.left_full))
    # "belum mencapai target UHC, yaitu Kabupaten Pesisir Selatan yang berada di angka 92,35": a list of regions opens
    # (but "melampaui target, yakni 98 persen" states the target)
    contrasts += [m for m in L.SEVERAL_LISTED_BY.finditer(c.left_full)
                  if L.NAMED_REGION.search(c.original[m.end():len(c.left_full)])]
    contrasts.sort(key=lambda m: m.end())
    left = c.left_full[contrasts[-1].end():] if contrasts else c.left_full
    if L.TARGET_HARD.search(left) or L.TARGET_AFTER.match(c.right_clause) or L.TARGET_LEVEL.search(left[-130:]) \
            or L.TARGET_MUST.search(left[-40:]) or L.TARGET_PURPOSE.search(left[-200:]) or L.PROJECTION_BEFORE.search(left) \
            or (L.ENSURED_BEFORE.search(left[-90:]) and L.COMES_ABOUT_AFTER.match(c.right_clause)) \
            or (L.ENSURED_BEFORE.search(left[-90:]) and _people_yet_to_be_covered(c)) \
            or (L.TARGET_RISE.search(left[-90:]) and L.SHARE_OF_POPULATION_AFTER.match(c.right_clause)) \
            or ((L.WILL_REACH.search(c.near) or L.WILL_ACHIEVE_WITH.search(c.left_full)) and L.FUTURE.search(c.s)) \
            or L.MEASURE_CAN_REACH.search(c.left_full) \
            or (L.CAN_REACH_BY_PERIOD_END.search(c.near) and L.BY_PERIOD_END_AFTER.match(c.s[c.q.end:])) \
            or (L.PROSPECT_BEFORE.search(left[-90:]) and not L.RESULT_BEFORE.search(left)) \
            or (L.REQUIRED_AFTER.match(c.right_clause) and not L.BOUND_BEFORE.search(c.near)
                and not L.ALREADY_BEFORE.search(c.near)):
        return True
    # "sesuai RPJMN 2020-2024 diharapkan cakupan ... mencapai 98 persen": a hope the national plan sets
    return bool(L.TARGET_SOFT.search(left) and (L.FUTURE.search(c.s) or L.NATIONAL_POLICY.search(c.s)
                                              or L.HOPED_LEVEL.search(c.left_full[-90:])
                                              or (L.HOPE_BEFORE.search(c.near) and L.HOPED_PEOPLE_AFTER.match(c.s[c.q.end:]))))


def _history_pct(c: Context) -> bool:
    # history words before an earlier number in the sentence are that number's ("yang sempat 88 persen, kini 93")
    return bool(L.HISTORY.search((c.left if len(c.left) < len(c.left_full) else c.left_full)[-80:])) or _from_to(c) \
        or bool(L.NOW_FOLLOWS.match(c.s[c.q.end:])) or bool(L.HISTORY_OPENING.match(c.s)) \
        or bool(L.FROM_AFTER_WENT_BEFORE.search(c.near))


def _history_count(c: Context) -> bool:
    return bool(L.HISTORY.search(c.left_full[-80:])) or _from_to(c) or bool(L.HISTORY_OPENING.match(c.s))


def _from_to(c: Context) -> bool:
    """"dari 91,2 persen menjadi 95,4 persen": the number after "dari" is where it came from."""
    return bool(L.FROM_BEFORE_TO.search(c.near) and L.TO_AFTER.match(c.s[c.q.end:]))


def _floor_reached(c: Context) -> bool:
    """A level a named region or the nation has reached, stated as a floor ("sudah lebih dari 95 persen"); but not
    one that defines, conditions or averages, nor one that sums up a list with figures of its own ("empat kabupaten
    sudah melampaui 98 persen kepesertaan, yakni Bintan (98,34%), ...")."""
    reached = L.ACHIEVED_FLOOR_BEFORE.search(c.left_full[-110:]) or (
        (L.ACHIEVED_BEFORE.search(c.near) or _restates_enrolled(c)) and L.MORE_AFTER.match(c.s[c.q.end:])) or (
        # "telah mencapai 284,1 juta jiwa atau lebih dari 98% populasi Indonesia": the floor the count reaches
        _restates_enrolled(c) and L.FLOOR_WORD_BEFORE.search(c.near) and not L.ALMOST_BEFORE.search(c.near)) or (
        # "lebih dari 98 persen penduduk kami sudah tercakup": a floor its people are said to be covered at
        L.ENROLLED_FLOOR.search(c.near) and L.ENROLLED_AFTER.match(c.s[c.q.end:]))
    if L.TARGETING_VERB_BEFORE.search(c.left_full):
        return False  # "Targetkan Capaian UHC Melampaui 95 Persen": a floor to reach
    if c.prev_role is not None and c.prev_role.role in ("coverage", "active_pct") and L.WITH_FLOOR_BETWEEN.match(c.left):
        return True  # "... di atas 95 persen dengan tingkat keaktifan lebih dari 85 persen": joined to a floor reached
    criteria = L.CRITERIA_WORDS.search(c.left_full) and not L.SUCCEEDED_BEFORE.search(c.left_full[-150:])
    if not reached or criteria or _sums_up_a_list_with_figures(c):
        return False
    return bool(c.region_before or L.NATIONAL.search(c.left_full) or L.NATION_AFTER.match(c.s[c.q.end:])
                or L.NAMED_REGION.search(c.original[c.q.end:c.q.end + 90]) or c.region_soon_after  # "98,8 persen ... di Kabupaten Belu"
                or L.OUR_PEOPLE_AFTER.match(c.s[c.q.end:])
                or L.PLURAL_ANAPHOR.search(c.left_full) or L.ANAPHOR.search(c.left_full)
                or (c.continues and (L.MEASURE_AGAIN.search(c.left_full) or L.NOW_BEFORE.search(c.near)))
                # "... strategi daerah dalam mempertahankan capaian UHC yang telah mencapai lebih dari 99 persen": in a
                # JKN passage, a floor already reached is the region's of the passage
                or (c.passage is Passage.JKN and L.ALREADY_WORD.search(c.near) and not _generic(c)
                    and not L.PLACES_BELOW_REGION.search(c.left_full[-100:])))


def _restates_enrolled(c: Context) -> bool:
    """"... mencapai 180 juta jiwa. Atau sekitar 70 persen lebih dari proyeksi penduduk": a share restating a count
    of the enrolled says how far they reach."""
    return c.linked and c.prev_role is not None and c.prev_role.role == "participants"


def _sums_up_a_list_with_figures(c: Context) -> bool:
    """"empat kabupaten sudah melampaui 98 persen kepesertaan, yakni Bintan (98,34%), ...": a list with figures of its
    own follows (but "empat daerah yang sudah UHC lebih dari 98 persen, yakni Nganjuk, ... Kota Blitar" gives each
    the floor)."""
    opens = _list_opens_after(c)
    after = c.s[c.q.end:]
    return bool(opens) and bool(re.search(r"\d", after[opens.end():opens.end() + 150].split(". ")[0]))


def _list_opens_after(c: Context) -> re.Match | None:
    """A word that opens a list right after the number ("..., yakni ...")."""
    return L.LIST_OPENS.search(c.s[c.q.end:c.q.end + 40])


def _bound(c: Context) -> bool:
    """"minimal 95 persen", "98 persen lebih", "syarat ... 98 persen"; but not "di bawah standar UHC, yakni 72 persen",
    nor a level reached and stated as a floor to the decimal ("telah mencapai lebih dari 94,10 persen")."""
    if L.AWARDED_TO_ACHIEVERS_BEFORE.search(c.left_full[-200:]) and not c.region_before:
        return True  # "... diberikan kepada 22 provinsi dan 334 kabupaten/kota ... yang telah mencapai ... lebih dari 95 persen"
    if _floor_reached(c):
        return False  # "telah mencapai lebih dari 94,10 persen", "Di Kota Kediri sendiri sudah lebih dari 95 persen"
    if not float(c.q.value).is_integer() and L.DATED_AS_OF_AFTER.match(c.s[c.q.end:]):
        return False  # "menuntaskan UHC Prioritas hingga 100,2% per 1 September 2025": a level measured on a day
    if L.EXTENDED_TO_BEFORE.search(c.left[-90:]):
        return False  # "perluasan jangkauan JKN hingga 98 persen penduduk": as far as it went
    if L.ALMOST_BEFORE.search(c.near) and float(c.q.value) < 100 and not L.CRITERIA_WORDS.search(c.left_full):
        return False  # "sudah hampir mencapai 71 persen": the level, told roughly
    if L.FLOOR_BEFORE.search(c.near) and not float(c.q.value).is_integer():
        return False  # "cakupan ... itu di atas 98,6 %"
    if L.MORE_AFTER.match(c.s[c.q.end:]) and not float(c.q.value).is_integer() and not L.CRITERIA_WORDS.search(c.left_full):
        return False  # "dicapai setelah 96,4% lebih warganya terdaftar": a measured level, hedged
    if L.BOUND_BEFORE.search(c.near) or L.MORE_AFTER.match(c.s[c.q.end:]) or L.MINIMUM_OF_MEASURE_BEFORE.search(c.near) \
            or L.CEILING_AFTER.match(c.s[c.q.end:]) or L.LEVEL_AFTER_GAP.search(c.near):
        return True
    if c.prev_reason is Reason.BOUND and L.AND_JUST_BEFORE.search(c.left) and not L.STATING.search(c.left):
        return True  # "paling sedikit 98 persen dari seluruh penduduk telah terdaftar ... dan 80 % memiliki ...": the rest of it
    words = list(L.BOUND_WORDS.finditer(c.left))
    if not words and c.prev_reason is Reason.BOUND:  # "mensyaratkan ... minimal 98 persen ..., atau ... 25 persen"
        words = list(L.BOUND_WORDS.finditer(c.left_full))
        return bool(words) and not L.STATING.search(c.left)
    after_word = c.left[words[-1].end():] if words else ""
    if L.MET_CONDITION_BEFORE.search(c.near) and c.region_soon_after and L.LIST_OPENS.search(c.s[c.q.end:c.q.end + 80]):
        return False  # "dua kab/kota yang memenuhi syarat 95 persen ..., yakni Kabupaten MBD dan Kepulauan Tanimbar": met by them
    if words and c.region_before and (L.REACHED_BY_REGION.search(after_word) or L.CRITERIA_MET_LISTED.search(c.left_full)):
        return False  # "kategori Utama ... yakni cakupan ... di Kabupaten Aceh Besar yang telah mencapai 98 persen"
    return bool(words) and not L.STATING.search(after_word)


# ----------------------------------------------------------------------------- any number

COMMON_RULES: tuple[Rule, ...] = (
    Rule("employment insurance, JKN not named",
         lambda c: L.EMPLOYMENT.search(c.s) and not L.JKN_NAMED.search(c.s), Reason.EMPLOYMENT),
    Rule("another insurance scheme, JKN not named",
         lambda c: L.OTHER_INSURANCE.search(c.s) and not L.JKN_NAMED.search(c.s), Reason.OTHER_MEASURE),
    Rule("a measure named before it",
         lambda c: L.MEASURE.search(_tail(c.left, 100)) or L.OTHER_COVERAGE.search(last_coverage_word(c.left_full))
         or L.OTHER_SCHEME_BEFORE.search(c.left[-110:]) or L.PRICE_CHANGE_BEFORE.search(c.left[-160:])
         # ("... belum menjadi peserta Program JKN-KIS. Tingkat partisipasinya baru sekitar 60 persen": a passage about
         # the unenrolled is about JKN too)
         or (L.PARTICIPATION_RATE.search(c.left[-100:])
             and (c.passage not in (Passage.JKN, Passage.UNINSURED) or L.ELECTION.search(c.s))),
         Reason.OTHER_MEASURE),
    Rule("something else right next to it",
         lambda c: L.OTHER_SUBJECT.search(c.near[-25:] + " | " + c.right_clause[:35])
         or L.OWNS_OTHER_AFTER.search(c.right_clause) or L.PREMIUM_AFTER.match(c.right_clause), Reason.OTHER_SUBJECT),
    Rule("the members of a programme inside JKN", lambda c: L.SUBPROGRAMME_AFTER.match(c.right_clause),
         Reason.SEGMENT),
    Rule("the upper end of a range",  # (not "dari 91,2 hingga 95 persen": where a change went)
         lambda c: c.prev_q is not None and L.RANGE_BETWEEN.match(c.left) and c.prev_q.value < c.q.value
         and not L.FROM_BEFORE_TO.search(c.s[:c.prev_q.start]), Reason.BOUND),
)


# ----------------------------------------------------------------------------- percentages

def _target(c: Context) -> Role:
    """"keaktifan harus kita naikkan menjadi 85 persen": the last of "keaktifan"/"cakupan" before it decides
    whose target it is; the "dari" level of a planned rise is the present one."""
    clause = c.left[-90:]
    active = [m.end() for m in L.ACTIVE.finditer(clause)
              if not L.INACTIVE.search(clause[max(0, m.start() - 12):m.end()])]
    coverage = [m.end() for m in L.COVERAGE_OR_UHC.finditer(clause)]
    of_activity = bool(active and (not coverage or coverage[-1] < active[-1])) or \
        bool(L.ACTIVE_AFTER.search(c.right_clause[:30])) or \
        (L.TO_AFTER.fullmatch(c.left.rstrip()) is not None and c.prev_role is not None
         and c.prev_role.role == "active_pct")  # "... dari 64 persen menjadi 80 persen"
    if _from_to(c):  # "menargetkan kepesertaan dari 97 persen menjadi 98 persen": where it stands now
        return Role("active_pct" if of_activity else "coverage", strength=W.STRENGTH_COVERAGE_BARE)
    if of_activity and not L.COVERAGE_AND_ACTIVE.search(clause):
        return Role(None, reason=Reason.ACTIVITY_TARGET)
    if L.UHC_THRESHOLD_BEFORE.search(c.left_full):
        return Role(None, reason=Reason.BOUND)
    if c.linked and c.prev_role and c.prev_role.role == "target":
        return Role(None, reason=Reason.TARGET_RESTATED)
    return Role("target", strength=W.STRENGTH_TARGET)


# The share a count restates: "1.169.409 jiwa atau 95,94 persen".
_PCT_OF_COUNT = {"participants": "coverage", "population": "coverage", "active_participants": "active_pct"}


def _restated_count(c: Context) -> Role:
    # ("Jumlah ini mengalami peningkatan dari 75,04 persen pada tahun 2021, menjadi 84,06 persen", "Dengan demikian,
    # capaian UHC dari yang sebelumnya 97,71 persen menjadi 98,46 persen": where it came from)
    return Role(_PCT_OF_COUNT[c.prev_role.role], history=c.prev_role.history or _history_pct(c),
                linked=True, strength=W.STRENGTH_RESTATED_PCT)


def _generic(c: Context) -> bool:
    """"daerah yang ... 95 persen" with no region named before it: a statement about regions in general."""
    generic = L.GENERIC_SUBJECT.search(c.left_full, max(0, c.q.start - 60))
    if generic and c.region_before and L.MEMBERS_NAMED.search(c.left_full, generic.end()):
        return False  # "daerah yang belum mencapai UHC yaitu Tulangbawang Barat (86,25%)": the regions are named
    listed = _list_opens_after(c) if generic else None
    if listed and L.NAMED_REGION.search(c.original[c.q.end + listed.end():c.q.end + listed.end() + 60]):
        return False  # "empat daerah yang sudah UHC lebih dari 98 persen, yakni Nganjuk, ...": named after it
    return bool(generic) and not L.NAMED_REGION_BEFORE_GENERIC.search(c.original[:generic.start()])


def _arrears_after(c: Context) -> bool:
    """"... 12 persen peserta menunggak iuran": arrears words after the share, before any other number (not "baru
    capai 75,85 % berarti sekitar 20 % masyarakat belum terdaftar dan menunggak", where they are the next one's)."""
    after = c.s[c.q.end:c.q.end + 80]  # (past a clause's end: "15 persen data peserta yang tercatat tetapi tidak aktif")
    m = L.ARREARS_AFTER.search(after)
    if not m or re.search(r"\d", after[:m.start()]) or L.SENTENCE_STOP.search(after[:m.start()]):
        return False
    if L.NO_ARREARS_BEFORE.search(after[:m.start()]):
        return False  # "dengan tingkat keaktifan sebesar 70 persen, serta tidak adanya tunggakan iuran"
    if L.ALL_STATUSES.search(after):
        return False  # "96,2 persen dengan status aktif dan tak aktif": everyone, whatever their status
    # "peserta aktif 78 persen, non aktif 19,88 persen": the label of the list's next item, with its own number
    return not (L.NEXT_LABEL_BETWEEN.fullmatch(after[:m.start()]) and re.match(r"\s*\d", after[m.end():]))


def _leaves_out_segments(c: Context) -> bool:
    """The words after the figure, or the next sentence when it is the last figure of this one, say it leaves
    segments out ("... 84 persen. Ini diluar dari PNS dan Pegawai Swasta")."""
    after = c.s[c.q.end:]
    if L.LEAVES_OUT_SEGMENTS.match(re.sub(r"^\s*(?:persen|%)", "", after)):
        return True
    return not re.search(r"\d", after) and bool(L.LEAVES_OUT_SEGMENTS.match(c.next_s))


def _gap(c: Context) -> bool:
    """"tinggal 2,4 persen", "70 ribu jiwa atau 6 persen lagi yang harus aktif": what is still to close."""
    return bool((L.GAP_BEFORE.search(c.near) and not L.REMAINING_LEVEL_BEFORE.search(c.left_full))
                or L.GAP_AFTER.match(c.s[c.q.end:]) or L.WORK_LEFT_BEFORE.search(c.left[-90:]))


def _people_yet_to_be_covered(c: Context) -> bool:
    """"memastikan 98 persen penduduk Indonesia menjadi peserta JKN-KIS": the people a promise is that they will be
    covered (not "memastikan 98 persen penduduk sudah terdaftar", a claim)."""
    m = L.HOPED_PEOPLE_AFTER.match(c.s[c.q.end:])
    # (nor "telah berhasil memastikan bahwa 99,25 persen warga Mentawai terdaftar": done)
    return bool(m) and not L.ALREADY_IN_HOPE.search(m.group()) and not L.ENSURED_DONE_BEFORE.search(c.left_full[-120:])


def _uninsured_subject(c: Context) -> bool:
    """"untuk kabupaten Gianyar yang belum ter-cover di BPJS sebesar 28,35%": the uninsured are the clause's subject;
    but not past another measure named after them ("yang belum memiliki kepesertaan JKN dengan tingkat keaktifan
    peserta yaitu 65,04 persen")."""
    subject = L.UNINSURED_SUBJECT_BEFORE.search(c.left[-160:])
    return bool(subject) and not L.ACTIVE_NAMED.search(subject.group()) and not L.COVERAGE_WORD.search(subject.group())


def _head(text: str, n: int) -> str:
    """The first `n` characters of `text`, without a word cut in two ("... BPJS" cut to "bp" is no segment "BP")."""
    if len(text) <= n or not text[n].isalnum():
        return text[:n]
    return text[:n].rsplit(" ", 1)[0]


def _tail(text: str, n: int) -> str:
    """The last `n` characters of `text`, without a word cut in two ("mengklaim" cut to "klaim" is no claim)."""
    if len(text) <= n or not text[-n - 1].isalnum():
        return text[-n:]
    cut = text[-n:]
    return cut.split(" ", 1)[1] if " " in cut else ""


def _in_breakdown_of_segments(c: Context) -> bool:
    """"jumlah peserta JKN di kota itu terdiri dari Jamkesko 15.019 jiwa (21,9 persen), JKSS 15.153 jiwa ...": every
    count after a breakdown word is a part, unless a region names it ("Rinciannya, Kabupaten X tercatat ...")."""
    opened = list(L.BREAKDOWN_OPENS.finditer(c.left_full))
    if not opened:
        return False
    since = opened[-1].end()
    return not any(since <= at < c.q.start for at in c.regions_at)


def _whose_share_unsaid(c: Context) -> bool:
    named_region = c.region_before or L.NAMED_REGION.search(c.original) or L.NATIONAL.search(c.original)
    # "Data per akhir Februari, kita sudah 96,8 persen.": a short line in a JKN passage stating a level
    # ("Jadi, kita sudah 97 persen, tersisa 1 persen dan ...": or a level stated as a long sentence opens)
    # (but not "Balangan dan HSS mencapai 100%", whose names the gazetteer does not know)
    # ("Kalau tidak salah sekarang masih sekitar 69 persen": a hedge before it does not lengthen the opening)
    hedge = L.HEDGE_OPENING.match(c.left_full)
    opening = len(c.left_full) - (hedge.end() if hedge else 0)
    stated_level = (len(c.s) < 100 or (opening < 40 and not L.NAME_INSIDE.search(c.original[:len(c.left_full)]))) \
        and L.STATED_LEVEL.search(c.left_full)
    # "... dari 75,04 persen pada tahun 2021, menjadi 84,06 persen": the level a coverage figure before it went to
    went_to = c.prev_role is not None and c.prev_role.role == "coverage" and L.LEVEL_BEFORE.search(c.near)
    # "Tapi angka tersebut pada Oktober 2021 mengalami penurunan sebesar 6 persen menjadi 89 persen": "that figure"
    # names the measure of the sentence before
    figure_again = L.LINK_SENTENCE_START.match(c.s)
    paired = L.PAIRED_WITH_ACTIVE_AFTER.match(c.s[c.q.end:])  # "102,09 persen dengan tingkat keaktifan ... 92,23"
    return not (L.COVERAGE_NEAR.search(c.left_full[-150:] + " " + c.s[c.q.end:c.q.end + 70]) or went_to or
                (c.continues and (named_region or stated_level or figure_again or paired)))


PERCENT_RULES: tuple[Rule, ...] = (
    # "Asmat dan Mappi, pencapaian UHC masih 0%": nobody enrolled is never so; it says "not yet UHC"
    Rule("no share at all", lambda c: float(c.q.value) == 0, Reason.NOT_A_FIGURE),
    # "848 persen warga tomohon dilindungi" (a headline made from "84-8-persen"): a decimal mark lost
    Rule("a share no population has", lambda c: float(c.q.value) > W.SHARE_MAX, Reason.NOT_A_FIGURE),
    Rule("a share of a study's sample", lambda c: L.SAMPLE_WORDS.search(c.s), Reason.OTHER_MEASURE),
    Rule("a programme named by its level",
         lambda c: L.PROGRAMME_NAMED_BEFORE.search(c.left_full[-120:]) and L.PROGRAMME_NAMED_AFTER.match(c.s[c.q.end:]),
         Reason.PROGRAMME),
    # "active population coverage increased from 76.07% in December 2023 to 78.83%": where an earlier level went
    Rule("the level an earlier one went to",
         lambda c: c.prev_role is not None and c.prev_role.role in ("coverage", "active_pct") and c.prev_role.history
         and L.WENT_TO_BETWEEN.fullmatch(c.left) is not None,
         lambda c: Role(c.prev_role.role, strength=c.prev_role.strength)),
    # "telah mencapai 89,16 persen melonjak dibandingkan 2024 yang hanya berada di level 70 persen": the same measure,
    # an earlier level it is compared with
    Rule("an earlier level compared with",
         lambda c: c.prev_role is not None and c.prev_role.role in ("coverage", "active_pct")
         and L.COMPARED_WITH_EARLIER_BEFORE.search(c.left[-90:]) is not None,
         lambda c: Role(c.prev_role.role, history=True, strength=c.prev_role.strength)),
    Rule("a target the region is measured against",
         lambda c: L.COMPARED_TARGET.search(c.left_full) or
         (L.TARGET_AFTER.match(c.right_clause) and L.PASSED_BEFORE.search(c.near)), Reason.COMPARED),
    # "kita masih kurang 7 % untuk mencapai target di 80%": the gap, however the target words around it run
    Rule("a shortfall", lambda c: L.SHORTFALL_BEFORE.search(c.near) and not L.REMAINING_LEVEL_BEFORE.search(c.left_full),
         Reason.GAP),
    # "sebanyak 200.067 jiwa dari target 207.439 jiwa atau mencapai 96 persen": the share of the target count reached
    Rule("the share of a target count reached", lambda c: L.SHARE_OF_TARGET_COUNT.search(c.left_full),
         lambda c: Role("active_pct" if L.ACTIVE.search(L.SHARE_OF_TARGET_COUNT.search(c.left_full).group())
                        else "coverage", strength=W.STRENGTH_COVERAGE_BARE)),
    Rule("a target", is_target, _target),
    # "hanya tinggal 2 persen lagi seluruh masyarakat Solok Selatan sudah terdaftar 100 persen": all, once the gap closes
    Rule("the whole a gap closes to", lambda c: c.prev_reason is Reason.GAP and float(c.q.value) == 100, Reason.GAP),
    Rule("a bound or threshold", _bound, Reason.BOUND),
    # (but not "beberapa daerah ... sudah di atas 95 persen seperti Tolitoli, Buol": named right after it)
    Rule("a region left unnamed", lambda c: L.UNNAMED_REGION_BEFORE.search(c.left_full) and not c.listed_next
         and not (c.region_soon_after and L.REGIONS_LISTED_AFTER.match(c.s[c.q.end:])),
         Reason.NO_OWNER),
    Rule("an average over several regions", lambda c: L.AVERAGE_OF_GROUP_BEFORE.search(c.left_full), Reason.GENERIC),
    Rule("a condition", lambda c: L.CONDITION_BEFORE.search(c.left)
         and not (c.region_before and L.AS_FOR_REGION_BEFORE.search(c.left)), Reason.BOUND),
    Rule("what follows from a condition", lambda c: L.CONSEQUENT_BEFORE.search(c.left_full), Reason.BOUND),
    Rule("a level denied", lambda c: L.DENIED_BEFORE.search(c.near), Reason.BOUND),
    Rule("another share of the same other thing",  # (not "... di bawah 98 persen dan keaktifan hanya 78 persen": stated)
         lambda c: c.prev_reason is not None and len(c.left) < 45 and not L.STATING.search(c.left) and
         # (not "IPM yang mencapai 78,01 dan cakupan kepesertaan JKN hingga 100%": the coverage named anew)
         ((L.AND_BEFORE.match(c.left) and not L.COVERAGE_NAMED.search(c.left))
          or (c.prev_reason in OTHER_SHARES and not L.COVERAGE_NEAR.search(c.left))),
         lambda c: Role(None, reason=c.prev_reason)),
    # "PBPU yang dibiayai pemda (11,7%), Pekerja Penerima Upah Penyelenggara Negara (PPU PN) (10,71%), ...": the
    # next item of a list of segments, however long its name
    Rule("the next segment of a list",
         lambda c: c.prev_reason is Reason.SEGMENT_SHARE and len(c.left) < 90 and L.SEGMENT.search(c.left)
         and not L.COVERAGE_WORD.search(c.left), Reason.SEGMENT_SHARE),
    Rule("restates the uninsured",  # (not "... yang belum memiliki kepesertaan JKN dengan tingkat keaktifan peserta
         # yaitu 65,04 persen": a keaktifan named between is another measure's)
         lambda c: c.prev_reason is Reason.UNINSURED and L.RESTATES.search(c.left) and not L.ACTIVE_NAMED.search(c.left),
         Reason.UNINSURED_SHARE),
    # "2.428 jiwa atau sebanyak 0,55 persen masyarakat Kulon Progo yang belum terdaftar": the share says whom
    Rule("restates a count of the uninsured",
         lambda c: c.linked and c.prev_role is not None and L.NOT_YET_AFTER.match(c.right_clause),
         Reason.UNINSURED_SHARE),
    # "jumlah peserta JKN mandiri yang tergolong peserta aktif hanya 44.314 peserta atau hanya 5,11 persen": the share
    # of the segment the count was
    Rule("restates a segment's count", lambda c: c.linked and c.prev_reason is Reason.SEGMENT, Reason.SEGMENT_SHARE),
    # "Peserta aktif ... 204,37 juta jiwa. Artinya, peserta BPJS PBI ... mencapai 65,4 persen": its own subject named
    Rule("a segment's share after a count", lambda c: c.linked and L.SEGMENT_SUBJECT_BEFORE.search(c.left[-90:]),
         Reason.SEGMENT_SHARE),
    # (not "133,4 juta jiwa atau 109,7 persen dari target": a share of something else)
    # (nor "Jumlah itu sudah meningkat sekitar 10 persen jika dibandingkan tahun 2014": how much the count grew)
    Rule("restates a count", lambda c: c.linked and c.prev_role is not None and c.prev_role.role in _PCT_OF_COUNT
         and not _gap(c) and not (c.prev_role.role != "active_participants" and L.OTHER_BASE_AFTER.match(c.right_clause))
         and not (L.DELTA_BEFORE.search(c.left_full[-70:]) and not L.LEVEL_BEFORE.search(c.near) and not _from_to(c)),
         _restated_count),
    # "warga Lubuklinggau yang tercover BPJS sudah diatas 100 persen, yakni 100,73 persen": the exact level a floor hedges
    Rule("the exact level a floor hedges",
         lambda c: c.linked and c.prev_reason is Reason.BOUND and c.prev_q is not None
         and float(c.prev_q.value) <= float(c.q.value) and L.PRECISELY_BETWEEN.fullmatch(c.left) is not None,
         lambda c: Role("active_pct" if _only_keaktifan_named(c) else "coverage", strength=W.STRENGTH_COVERAGE_BARE)),
    Rule("restates a number that is no figure",
         lambda c: c.linked and c.prev_role is not None and not L.COVERAGE_NAMED.search(c.left_full),
         lambda c: Role(None, linked=True, reason=Reason.LINKED)),
    Rule("a change, not a level",
         lambda c: (L.DELTA_BEFORE.search(c.left_full[-70:]) and not L.LEVEL_BEFORE.search(c.near)
                    and not (L.ROSE_UP_TO_BEFORE.search(c.near) and float(c.q.value) > W.RISE_MAX_PCT))
         or L.DELTA_NOUN_BEFORE.search(c.left_full[-130:])
         or L.AVERAGE_RISE_BEFORE.search(c.near), Reason.CHANGE),
    Rule("a gap still to close", _gap,
         Reason.GAP),
    # ("untuk kabupaten Gianyar yang belum ter-cover di BPJS sebesar 28,35%": the uninsured as the clause's subject)
    Rule("the share of the uninsured, named further back",
         lambda c: L.UNINSURED_MEASURE_BEFORE.search(c.left_full[-90:]) or _uninsured_subject(c),
         Reason.UNINSURED_SHARE),
    Rule("the uninsured or inactive",
         lambda c: L.NEGATIVE_NEAR.search(c.near[-30:]) or _arrears_after(c)
         or ((L.NOT_YET_AFTER.match(c.right_clause) or L.NOT_YET_PREDICATE_AFTER.match(c.s[c.q.end:]))
             and not L.COVERED_STATED_BEFORE.search(c.near)),
         Reason.UNINSURED),
    # (not "... ditanggung pemerintah daerah, sementara secara keseluruhan 98,91 persen penduduk": overall, all of them)
    Rule("a share of a segment",
         lambda c: not L.OVERALL_BEFORE.search(c.near) and bool(
             L.SEGMENT_SHARE_AFTER.match(c.right_clause) or L.SUBSET_AFTER.search(c.right_clause)
             or L.REGISTERED_IN_SEGMENT_AFTER.match(c.s[c.q.end:]) or L.FINANCED_BY_GOVERNMENT_BEFORE.search(c.left)
             or L.PEOPLE_JOINED_SEGMENT_AFTER.match(c.s[c.q.end:])
             or L.SEGMENT_WORD.search(c.left[-60:]) or L.SEGMENT_SUBJECT_BEFORE.search(c.left[-90:])
             or L.SEGMENT_COVERAGE_BEFORE.search(c.left_full)
             or L.SEGMENT_OPENING_WORD.match(c.s) or L.SEGMENT_LABEL_OPENING.match(c.s) or _leaves_out_segments(c)),
         Reason.SEGMENT_SHARE),
    Rule("a share enrolled through one financing route",
         lambda c: L.FINANCED_THROUGH_AFTER.match(c.right_clause), Reason.SEGMENT_SHARE),
    # (not "saat ini baru mencapai 85 persen untuk jaminan kesehatan di kabupaten Pekalongan": a level reached, and what of)
    Rule("a share of a budget", lambda c: L.BUDGET_SHARE_AFTER.match(c.right_clause)
         and not (L.ACHIEVED_BEFORE.search(c.near) and L.FOR_HEALTH_COVER_AFTER.match(c.right_clause)),
         Reason.BUDGET_SHARE),
    Rule("a share restated as money", lambda c: L.MONEY_RESTATES_AFTER.match(c.s[c.q.end:]), Reason.BUDGET_SHARE),
    Rule("a budget's share named before it", lambda c: L.BUDGET_SHARE_BEFORE.search(c.near)
         or L.BUDGET_ALLOCATION_BEFORE.search(c.left_full[-90:]), Reason.BUDGET_SHARE),
    Rule("a share of another base", lambda c: L.OTHER_BASE_AFTER.match(c.right_clause), Reason.OTHER_BASE),
    Rule("a share of regions", lambda c: L.REGIONS_SHARE_AFTER.match(c.right_clause), Reason.OTHER_BASE),
    Rule("the active share",  # (a share of the enrolled: never above 100, "cakupan dan keaktifan ... 100,56"; unless
         # keaktifan alone names it: "dengan tingkat keaktifan peserta menembus 100,4 persen")
         lambda c: (float(c.q.value) <= 100 or _only_keaktifan_named(c)) and not _gap(c) and (
             (L.ACTIVE_NEAR.search(c.left[-120:]) and not L.INACTIVE.search(c.left[-120:])) or _active_after(c)),
         lambda c: Role("active_pct", history=_history_pct(c), strength=W.STRENGTH_ACTIVE_PCT)),
    # "tingkat keaktifan ... Kabupaten Polewali Mandar, yakni 89,01 persen, disusul Majene 88,34 persen"
    # ... unless the words since the last number name enrolment: "dan Kabupaten X mencatat kepesertaan 99,53 persen"
    Rule("a share in a sentence about keaktifan only",
         lambda c: L.ACTIVE_TOPIC.search(c.left_full) and not L.COVERAGE_TOPIC.search(c.s)
         and not L.INACTIVE.search(c.s) and not L.COVERAGE_OR_UHC.search(c.left),
         lambda c: Role("active_pct", history=_history_pct(c), strength=W.STRENGTH_ACTIVE_PCT)),
    # "... imunisasi ... Pringsewu mencatat 93,4 persen"
    # "Tingkat keaktifan peserta JKN ... 88,43 persen. Capaian tertinggi dicatat Kabupaten X, yakni 89,01 persen"
    Rule("continues a passage about keaktifan",
         lambda c: c.passage is Passage.ACTIVE and not L.COVERAGE_TOPIC.search(c.s) and not L.INACTIVE.search(c.s)
         and not L.POPULATION_WORD.search(c.s),
         lambda c: Role("active_pct", history=_history_pct(c), strength=W.STRENGTH_ACTIVE_PCT)),
    # "... kabupaten tertinggi cakupan non kepesertaan ... Morowali tercatat 3,96%": a passage about the uninsured
    Rule("continues a passage about the uninsured",
         lambda c: c.passage is Passage.UNINSURED and not L.COVERAGE_TOPIC.search(c.s) and not L.JKN_CONTEXT.search(c.s),
         Reason.UNINSURED_SHARE),
    Rule("continues another measure",
         lambda c: c.passage is Passage.OTHER_MEASURE and not L.JKN_CONTEXT.search(c.s), Reason.OTHER_PASSAGE),
    Rule("a share of workers", lambda c: L.WORKERS_AFTER.match(c.right_clause), Reason.WORKERS_SHARE),
    # "34,5 persen peserta JKN ... mengikuti skrining"
    Rule("a share of participants", lambda c: L.PARTICIPANTS_AFTER.match(c.right_clause), Reason.PARTICIPANTS_SHARE),
    Rule("a share of participants named before it", lambda c: L.OF_PARTICIPANTS_BEFORE.search(c.near),
         Reason.PARTICIPANTS_SHARE),
    Rule("no coverage words",
         lambda c: not (L.JKN_CONTEXT.search(c.s) or c.continues or L.COVERAGE_WORD.search(c.s)),
         Reason.NO_COVERAGE_WORDS),
    # "masing-masing 94,87 persen, 101,2 persen, ..."
    Rule("the next of a list of figures",
         lambda c: c.prev_role is not None and c.prev_role.role in ("coverage", "active_pct") and
         L.AND_ONLY.fullmatch(c.left),
         lambda c: Role(c.prev_role.role, strength=c.prev_role.strength)),
    Rule("nothing says whose share it is", _whose_share_unsaid, Reason.NO_OWNER),
    Rule("a statement about regions in general", _generic, Reason.GENERIC),
    Rule("coverage", lambda c: True,
         lambda c: Role("coverage", history=_history_pct(c),
                        strength=W.STRENGTH_COVERAGE_NAMED if L.COVERAGE_STRONG.search(c.s)
                        else W.STRENGTH_COVERAGE_BARE)),
)


# ----------------------------------------------------------------------------- counts of people

def _not_people(c: Context) -> bool:
    unit = (c.q.unit or "").removesuffix("nya")  # "141.790 penduduknya"
    after = c.s[c.q.end:]
    # "penduduk sebanyak 1,2 juta." has no unit after the number; "warga di 12 kecamatan" has another one; "yang
    # mencapai 234.797 tahun 2018" goes on to the year of the count, and "380.727 jumlah penduduk" to its noun
    people = unit in PERSON_UNITS or L.PEOPLE_NOUN_LATE.match(after) is not None
    unit_free = unit in L.UNIT_FREE or (unit == "tahun" and L.YEAR_AFTER.match(after) is not None)
    people = people or (unit_free and bool(
        L.PEOPLE_COUNTED_BEFORE.search(c.left_full[-90:])
        # "296.540 dari 350.119 jiwa penduduk": the first count shares the second one's unit
        or L.PEOPLE_TOTAL_AFTER.match(after)
        # "Kabupaten Kubu Raya mencapai 274.898 atau 77,70 persen": restated as a share of people
        # ("Saat ini sudah tercapai 437.317 atau 91,62 persen," in a JKN passage)
        or (L.RESTATED_AS_SHARE.match(after) and (L.PARTICIPATION.search(c.s) or c.passage is Passage.JKN))
        # "Kabupaten Sampang ... 950.430 jiwa, Kota Malang 867.042 serta ...": a list of people counts goes on
        or (c.prev_role is not None and c.prev_role.role in ("participants", "active_participants", "population")
            and L.LIST_STEP.fullmatch(c.left) is not None)
        # "84,6 persen atau sekitar 2.063.000": a count restating a share of the people counts people
        or (c.linked and c.prev_role is not None and c.prev_role.role in ("coverage", "active_pct"))
        or L.ENROLLED_WHO_AFTER.match(after)))
    # "Dari total penduduk Kalteng yang berjumlah 2,5 juta, 1,6 juta diantaranya telah terdaftar": some of those people
    people = people or (unit in ("diantara", "antara") and c.prev_role is not None
                        and c.prev_role.role == "population")
    return not people


def _of_total_people(c: Context) -> bool:
    """"96,4 persen dari sekitar 170 ribu penduduk": the base a share is of; but not the enrolled it names, nor
    where a change started
    ("dari total 3.738.179 jiwa penduduk yang terdaftar") nor a count restated as a share of the population
    ("dari total 8.874.291 jiwa atau 97,05 persen penduduk Lampung yang telah terdaftar")."""
    after = c.s[c.q.end:]
    # ("176.365 dari jumlah penduduk 176.461 atau ...": the people named before it)
    return bool(L.OF_TOTAL_BEFORE.search(c.near) and (L.PEOPLE_AFTER.match(after[:30]) or L.POPULATION_NOUN_BEFORE.search(c.near))
                and not _base_of_active_share(c) and not L.RESTATED_AS_SHARE.match(after)
                and not _from_to(c))  # "kuota ... bertambah dari 40.000 jiwa menjadi 42.000 jiwa": where it started


def _base_of_active_share(c: Context) -> bool:
    """"keaktifan ... mencapai 88,64 persen dari total 3.738.179 jiwa penduduk yang terdaftar": the base of an
    active share is the enrolled (after a coverage share, "dari 84.796 warga yang terdaftar" is loosely the people)."""
    return bool(c.prev_role is not None and c.prev_role.role == "active_pct" and L.OF_TOTAL_BEFORE.search(c.near)
                and L.ENROLLED_PEOPLE_AFTER.match(c.s[c.q.end:]))


# The count a share restates: "97,08 persen atau 1,65 juta jiwa".
_COUNT_OF_PCT = {"coverage": "participants", "active_pct": "active_participants"}


def _list_count_role(prev: Role | None) -> str | None:
    """The role the next count of a list takes after ``prev``: a count's own, or the one a share restating a
    count stands for."""
    if prev is None:
        return None
    if prev.role in ("participants", "active_participants"):
        return prev.role
    return _COUNT_OF_PCT.get(prev.role) if prev.linked else None


def _population(c: Context) -> bool:
    """"jumlah penduduk sebanyak 1,2 juta"; but "penduduk sebanyak 1,2 juta yang terdaftar" counts the enrolled,
    unless the enrolment after it has a figure of its own ("... yang teregistrasi sebanyak 1,33 juta")."""
    if c.linked and c.prev_role is not None and c.prev_role.role == "coverage" and L.OR_AMOUNTING.search(c.left):
        return False  # "96,85 persen dari jumlah penduduk atau sejumlah 298.460 jiwa": the share's people, restated
    if L.ALL_RESIDENTS_NUMBERING.search(c.left_full[-90:]):
        return True  # "seluruh penduduk Boven Digoel yang berjumlah 72.027 jiwa itu sudah menjadi peserta"
    if L.BASE_OPENING_BEFORE.search(c.left_full[-30:]) and L.BASE_THEN_SHARE_AFTER.match(c.s[c.q.end:]):
        return True  # "Dari sebesar 1.192.000 jiwa penduduk Lebak, sekira 73 persen sudah terdaftar"
    pop = L.POPULATION_BEFORE.search(c.left) or L.POPULATION_SUBJECT.search(c.left[-90:])
    # ("... sebanyak 147.765 jiwa atau 96,43 persen sudah memiliki jaminan kesehatan": the words may stand off)
    enrolled_after = L.PARTICIPATION.search(c.right_clause[:60])
    if enrolled_after and (L.OWN_FIGURE_AFTER.match(c.right_clause[enrolled_after.end():])
                           # "dari jumlah penduduk Sleman 1.089.365 jiwa sebanyak 96,21% telah terdaftar": the share's
                           # (not "147.765 jiwa atau 96,43 persen sudah memiliki ...": the count's own share, restated)
                           or re.search(r"\d", L.OWN_SHARE_RESTATED.sub("", c.right_clause[:enrolled_after.start()]))
                           # "Jumlah penduduk Konawe Selatan 302.989 orang dan yang sudah terdaftar ... baru 185.309
                           # orang": the enrolled, a clause of their own with their own number
                           or L.ENROLLED_CLAUSE_WITH_FIGURE.match(c.s[c.q.end:])):
        enrolled_after = None
    return bool(pop) and not L.PARTICIPATION.search(L.OBLIGED_TO_ENROL.sub("", pop.group("between"))) \
        and not enrolled_after


def _active_after(c: Context) -> bool:
    """Keaktifan words after the share that are its own ("89 persen di antaranya aktif"), not the next figure's
    ("capaian UHC 98,43 persen dengan komposisi peserta aktif mencapai 77,78 persen")."""
    if L.ACTIVE_COUNT_RESTATES_AFTER.match(c.s[c.q.end:]):
        return True  # "Polewali Mandar mencapai 86,68 persen dengan 424.764 peserta aktif dan 82.809 tidak aktif"
    m = L.ACTIVE_AFTER.search(c.right_clause)
    return bool(m) and not _opens_next_figure(c, m) and not L.ALL_STATUSES.search(c.right_clause)


def _opens_next_figure(c: Context, m: re.Match) -> bool:
    """Do the words `m` found after the number run straight on to another number, whose words they are?"""
    return re.match(r"[^.;,\d]{0,25}\d", c.s[c.q.end + m.end():]) is not None


def _only_keaktifan_named(c: Context) -> bool:
    """Keaktifan is the only measure named in the figure's clause, right before it."""
    clause = c.left[-120:]
    return bool(L.ACTIVE.search(clause)) and not L.COVERAGE_WORD.search(clause) and not L.INACTIVE.search(clause) \
        and not L.BOTH_MEASURES.search(clause)


def _active_count(c: Context) -> bool:
    """Keaktifan words before the count, or after it unless they open the next figure: "sebanyak 183.139 jiwa (97,45%
    dari total penduduk) dan threshold keaktifan peserta 150.499 jiwa (80,08%)" counts the enrolled, then the active."""
    if L.ACTIVE.search(c.left_full[-140:]) or L.ACTIVE_UNIT_AFTER.match(c.s[c.q.end:]):
        return True  # ("424.764 peserta aktif dan 82.809 tidak aktif": its own unit, whatever follows)
    m = L.ACTIVE.search(c.right_clause)
    # ("dengan 291.314 peserta dan 235.930 peserta aktif": the words of a number after it)
    return bool(m) and not _opens_next_figure(c, m) and not L.ALL_STATUSES.match(c.right_clause, m.start()) \
        and not re.search(r"\d", L.PARENTHESIS.sub("", c.right_clause[:m.start()]))  # (not "6.546.571 (71 persen) peserta yang aktif")


def _own_part(right: str) -> str:
    """The words after a number up to the next item of its list: "424.764 peserta aktif| dan 82.809 tidak aktif"."""
    return L.NEXT_ITEM.split(right, 1)[0]


def _window(c: Context, own: bool = False) -> str:
    """The words around a number (`own`: on its right, only up to the next item of its list)."""
    return c.left_full[-140:] + " " + (_own_part(c.right_clause) if own else c.right_clause)


COUNT_RULES: tuple[Rule, ...] = (
    Rule("not a count of people", _not_people, Reason.NOT_PEOPLE),
    # "total kuota PBI ... meningkat menjadi 85.902 peserta, dari sebelumnya 81.460 peserta", "Bertambah 4.442 Orang,
    # Total Capai 85.902 Peserta": the same segment's count, before or in total
    Rule("the same segment counted again",
         lambda c: c.prev_reason is Reason.SEGMENT and L.SAME_SUBJECT_COUNT_BETWEEN.fullmatch(c.left) is not None,
         Reason.SEGMENT),
    # "dari setiap 1000 peserta yang mendaftar": the base of a rate, not a count of anyone
    Rule("the base of a rate", lambda c: L.RATE_BASE_BEFORE.search(c.near), Reason.OTHER_BASE),
    # (not "dengan 1.932.861 warga dari total 1.933.948 penduduk sudah terdaftar": a part of the residents)
    Rule("the residents a region has",
         lambda c: (L.HAS_BEFORE.search(c.near) and L.RESIDENTS_AFTER.match(c.s[c.q.end:])
                    and not L.PART_OF_TOTAL_AFTER.match(c.s[c.q.end:]))
         or (L.RESIDENTS_RECORDED.search(c.near) and L.RESIDENTS_ONLY_AFTER.match(c.s[c.q.end:]))
         or (L.RESIDENTS_SUBJECT_BEFORE.search(c.left_full[-90:]) and L.PEOPLE_ALONE_AFTER.match(c.s[c.q.end:]))
         or (c.region_before and L.REGION_HAS_BEFORE.search(c.near) and L.PEOPLE_ALONE_AFTER.match(c.s[c.q.end:])
             and not L.COVERAGE_NEAR.search(c.left_full)),
         lambda c: Role("population", history=_history_count(c), strength=W.STRENGTH_POPULATION_NAMED)),
    Rule("the enrolled an active share is of", _base_of_active_share,
         lambda c: Role("participants", strength=W.STRENGTH_POPULATION_OF_TOTAL)),
    Rule("the population a share is of",
         lambda c: _of_total_people(c) and not L.NEGATIVE_NEAR.search(c.right_clause[:60]),
         lambda c: Role("population", strength=W.STRENGTH_POPULATION_OF_TOTAL)),
    # (but not "Dengan demikian, ada sebanyak 43.828 jiwa (10,21%) yang belum menjadi peserta": what is left)
    # (nor "sekitar 88 persen atau masih kurang sekitar 77 ribu peserta baru": the people still missing)
    # (nor "... 70,56 persen. Artinya dari jumlah penduduk Ponorogo yang mencapai 970.004 jiwa, baru ...": the population)
    Rule("restates a share", lambda c: c.linked and c.prev_role is not None and c.prev_role.role in _COUNT_OF_PCT
         and not L.NOT_YET_AFTER.match(L.PARENTHESIS.sub("", c.right_clause)) and not _gap(c) and not _population(c),
         lambda c: Role(_COUNT_OF_PCT[c.prev_role.role], history=c.prev_role.history, linked=True,
                        strength=W.STRENGTH_RESTATED_COUNT)),
    # "... 91 persen dari jumlah penduduk 818.979. Angka itu setara 745.276 jiwa": the sentence before ends on the
    # population its share is of; the count that restates "that figure" is the people the share amounts to
    Rule("the people a share of the population amounts to",
         lambda c: c.linked and c.left == c.left_full and c.prev_role is not None and c.prev_role.role == "population",
         lambda c: Role("participants", linked=True, strength=W.STRENGTH_RESTATED_COUNT)),
    # "Untuk Lumajang masih mencapai 70 persen dari 1.092.729 penduduk yakni 768.243 jiwa": the share's people, restated
    # after the population it is of
    Rule("the people a share of the population just named amounts to",
         lambda c: c.prev_role is not None and c.prev_role.role == "population"
         and L.SHARE_OF_POPULATION_RESTATED.search(c.left_full) is not None,
         lambda c: Role("participants", strength=W.STRENGTH_RESTATED_COUNT)),
    Rule("a count restating no figure",  # (a segment's count keeps its reason: "PBPU 51,68%, sebesar 27.602 jiwa,
         # PBPU Pemda 74,64%, ...": the list of segments goes on past it)
         lambda c: c.linked and c.prev_role is not None and c.prev_role.role in ("target", None),
         lambda c: Role(None, linked=True, reason=Reason.SEGMENT_SHARE if c.prev_reason is Reason.SEGMENT_SHARE
                        else Reason.COUNT_RESTATES_NON_FIGURE)),
    Rule("people still to be enrolled", lambda c: L.TO_BE_ENROLLED_AFTER.match(c.s[c.q.end:]), Reason.TARGET_COUNT),
    Rule("a target count", lambda c: (is_target(c) and L.TARGET_WORD.search(c.left_full[-80:]))
         or L.SHOULD_BE_BEFORE.search(c.near), Reason.TARGET_COUNT),
    Rule("a bound", lambda c: (L.COUNT_BOUND_BEFORE.search(c.near)
                               and not (L.ENROLLED_FLOOR.search(c.near) and L.ENROLLED_AFTER.match(c.s[c.q.end:]))
                               and not (L.REACHED_COUNT_FLOOR.search(c.near)
                                        and (L.PARTICIPATION.search(c.left_full) or L.PARTICIPATION.search(c.right_clause)))
                               and not L.COVERS_FLOOR_BEFORE.search(c.near))
         or L.REQUIRED_COUNT_AFTER.match(c.s[c.q.end:]), Reason.BOUND),
    Rule("uninsured or inactive people",
         # (not "424.764 peserta aktif dan 82.809 tidak aktif": the next count's negative)
         lambda c: ((L.NEGATIVE_NEAR.search(c.near) or L.NEGATIVE_NEAR.search(_own_part(c.right_clause[:60]))
                     or L.INACTIVE_PREDICATE_AFTER.match(c.s[c.q.end:])) and
                    not L.OF_TOTAL_JUST_BEFORE.search(c.near)) or L.UNINSURED_SUBJECT_BEFORE.search(c.left[-160:])
         or L.UNINSURED_NOUN_AFTER.match(c.s[c.q.end:]) or L.UNINSURED_RELATIVE_AFTER.match(c.s[c.q.end:])
         # "sekira 524.067 atau 27 % masyarakat di daerah ini, yang belum tercover": the count and its share are whom
         # the predicate speaks of
         or (L.RESTATED_AS_SHARE.match(c.s[c.q.end:]) and L.NOT_YET_PREDICATE_AFTER.match(c.s[c.q.end:]))
         # "Sekitar satu juta penduduk Kabupaten Jember, Jawa Timur (Jatim), belum menjadi peserta": the people the
         # clause's predicate says are not enrolled
         or (L.PEOPLE_AFTER.match(c.s[c.q.end:]) and L.NOT_YET_PREDICATE_AFTER.match(c.s[c.q.end:])
             and not L.OF_TOTAL_JUST_BEFORE.search(c.near)),  # (not "820 ribu dari 8,6 juta jiwa penduduk ...")
         Reason.UNINSURED),
    Rule("new or missing participants",
         lambda c: (L.NEW_OR_ADDED.search(c.near) and not (L.ENROLLED_SO_FAR_BEFORE.search(c.near)
                                                          and L.RESTATED_AS_SHARE.match(c.s[c.q.end:])))
         or L.NEW_AFTER.match(c.right_clause), Reason.NEW_OR_MISSING),
    Rule("the population", _population,
         lambda c: Role("population", history=_history_count(c), strength=W.STRENGTH_POPULATION_NAMED)),
    Rule("the population of a total", _of_total_people,
         lambda c: Role("population", history=_history_count(c), strength=W.STRENGTH_POPULATION_OF_TOTAL)),
    Rule("a segment or subset",
         lambda c: not L.WHOLE_OF_BREAKDOWN_AFTER.match(c.s[c.q.end:])
         and not L.WHOLE_OF_PARTICIPANTS_BEFORE.search(c.near)
         and not L.ALL_SEGMENTS_LISTED_BEFORE.search(c.left_full[-220:]) and (
         L.SEGMENT.search(c.left[-70:]) or L.SEGMENT.search(_head(c.right_clause, 45)) or
         L.SUBSET_AFTER.search(c.right_clause) or L.FINANCED_THROUGH_AFTER.match(c.right_clause) or
         L.REGISTERED_IN_SEGMENT_AFTER.match(c.s[c.q.end:]) or L.GOVERNMENT_PAYS_FOR_BEFORE.search(c.near) or (c.left == c.left_full and L.SEGMENT_OPENING.match(c.s)) or
         L.SEGMENT_LABEL_OPENING.match(c.s) or
         # (not "Fauzan merinci, ... sebanyak 69.084 jiwa penduduk ... telah terdaftar sebagai peserta": the residents
         # enrolled, whatever word introduced them)
         ((not c.region_before and (L.BREAKDOWN.search(c.left[-70:]) or L.BREAKDOWN.search(c.right_clause[:30]))
           or _in_breakdown_of_segments(c)) and not L.RESIDENTS_ENROLLED_AFTER.match(c.s[c.q.end:]))),
         Reason.SEGMENT),
    Rule("how many it rose by", lambda c: L.RISE_BY_BEFORE.search(c.near), Reason.NEW_OR_MISSING),
    # "Kota Jayapura sebanyak 398.781 jiwa, disusul Kabupaten Mimika 335.226 jiwa, ..., Kabupaten Sarmi 44.422
    # jiwa": each count of a list is what the first was, however far the list runs from its words.
    # ("Bone Bolango sebanyak 161.238 jiwa atau 95,59 persen, dan Pohuwato 148.690 jiwa atau 95,50 persen": after a
    # share restating a count, the list goes on with the count)
    Rule("the next of a list of counts",
         lambda c: _list_count_role(c.prev_role) is not None
         and L.LIST_STEP.fullmatch(c.left) is not None
         # "... dan peserta aktif 124.861", "291.314 peserta dan 235.930 peserta aktif"
         and not (_list_count_role(c.prev_role) == "participants"
                  and (L.ACTIVE.search(c.left) or L.ACTIVE_UNIT_AFTER.match(c.s[c.q.end:]))),
         # ("naik dari 222,4 juta jiwa menjadi 235,71 juta jiwa": where it went is no earlier figure)
         lambda c: Role(_list_count_role(c.prev_role), history=c.prev_role.history and not L.WENT_TO.search(c.left),
                        strength=c.prev_role.strength)),
    # "jumlah penduduk ... 140.730 jiwa, cakupan 142.271 dan jumlah peserta aktif 124.861": the people covered
    Rule("the count named as the coverage", lambda c: L.COVERAGE_COUNT_BEFORE.search(c.near),
         lambda c: Role("participants", history=_history_count(c), strength=W.STRENGTH_PARTICIPANTS_NEAR)),
    # (not "424.764 peserta aktif dan 82.809 tidak aktif": the next count's words)
    Rule("active participants",
         lambda c: _active_count(c) and not L.INACTIVE.search(_window(c, own=True)),
         lambda c: Role("active_participants", history=_history_count(c), strength=W.STRENGTH_ACTIVE_COUNT)),
    # "Sigi ... non kepesertaan JKN, yaitu 4.493 orang atau 1,71%, disusul Buol 3.808 orang atau 2,45%"
    Rule("the next of a list of the uninsured",
         lambda c: c.prev_reason in (Reason.UNINSURED, Reason.UNINSURED_SHARE)
         and L.LIST_STEP.fullmatch(L.PERCENT_UNIT.sub("", c.left, count=1)) is not None, Reason.UNINSURED),
    Rule("people recorded for a region in a passage about enrolment",
         lambda c: c.passage is Passage.JKN and c.region_before and L.RECORDED_BEFORE.search(c.near)
         and L.PEOPLE_UNIT_AFTER.match(c.s[c.q.end:]) is not None,
         lambda c: Role("participants", history=_history_count(c), strength=W.STRENGTH_PARTICIPANTS_NEAR)),
    Rule("participants", lambda c: L.PARTICIPATION.search(_window(c)) or L.PARTICIPATION.search(c.s),
         lambda c: Role("participants", history=_history_count(c),
                        strength=W.STRENGTH_PARTICIPANTS_NEAR if L.PARTICIPATION.search(_window(c))
                        or L.COVERED_AS_COMMENT_AFTER.match(c.s[c.q.end:]) else W.STRENGTH_PARTICIPANTS_SENTENCE)),
    Rule("the people a share amounts to", lambda c: L.SHARE_AMOUNTS_BEFORE.search(c.near),
         lambda c: Role("participants", history=_history_count(c), strength=W.STRENGTH_PARTICIPANTS_SENTENCE)),
    # "PBI APBN 42.629 jiwa, PBI APBD 10.869 jiwa ... dan non-PBI 5.613 jiwa. Total keseluruhan 59.419 jiwa.": in a JKN
    # passage, the sum of the segments counted before it
    Rule("the total of the segments", lambda c: c.passage is Passage.JKN and L.TOTAL_OF_ALL_BEFORE.search(c.near),
         lambda c: Role("participants", strength=W.STRENGTH_PARTICIPANTS_SENTENCE)),
    Rule("the count the passage spoke of, said again",
         lambda c: c.passage is Passage.JKN and L.SAME_COUNT_AGAIN.search(c.near)
         and L.PEOPLE_UNIT_AFTER.match(c.s[c.q.end:]) is not None,
         lambda c: Role("participants", strength=W.STRENGTH_PARTICIPANTS_NEAR)),
    Rule("the total the sentence before counted",
         lambda c: c.passage is Passage.JKN and c.left == c.left_full and L.TOTAL_OPENING.match(c.left),
         lambda c: Role("participants", strength=W.STRENGTH_PARTICIPANTS_NEAR)),
    # "Saat ini sudah tercapai 437.317 atau 91,62 persen": in a passage about enrolment, a count its share restates
    Rule("a count restated as a share in a passage about enrolment",
         lambda c: c.passage is Passage.JKN and L.RESTATED_AS_SHARE.match(c.s[c.q.end:]) is not None,
         lambda c: Role("participants", history=_history_count(c), strength=W.STRENGTH_PARTICIPANTS_SENTENCE)),
    Rule("no participation words", lambda c: True, Reason.NO_PARTICIPATION_WORDS),
)


# ----------------------------------------------------------------------------- sentence-level tests

def is_other_measure(sentence: str) -> bool:
    """Is the sentence about the coverage of something else ("cakupan imunisasi dasar lengkap",
    BPJS Ketenagakerjaan)?"""
    s = L.FORMER_SCHEME.sub("", sentence.lower())
    other = L.OTHER_COVERAGE.search(last_coverage_word(s, len(s))) or L.EMPLOYMENT.search(s)
    return bool(other) and not L.JKN_NAMED.search(s)


def about_employment_insurance(text: str) -> bool:
    """Is the story about BPJS Ketenagakerjaan rather than JKN (it names that more often)?"""
    t = text.lower()
    return len(L.EMPLOYMENT.findall(t)) > len(L.JKN_NAMED.findall(t))


def names_no_health_insurance(text: str) -> bool:
    """A story that never names health insurance, and names BPJS Ketenagakerjaan or no BPJS at all: its
    "kepesertaan" is workers' or voters'. So is a survey's that names no scheme: its "memiliki jaminan kesehatan"
    counts people holding any insurance, not JKN's enrolment."""
    if L.SURVEY_NAMED.search(text) and not L.SCHEME_NAMED.search(text):
        return True
    return not L.HEALTH_NAMED.search(text) and (L.EMPLOYMENT.search(text.lower()) is not None
                                                or not L.BPJS_NAMED.search(text))


def names_jkn(sentence: str) -> bool:
    """Does the sentence name JKN itself (not just "cakupan")?"""
    return bool(L.JKN_NAMED.search(sentence.lower()))


def is_jkn_context(sentence: str) -> bool:
    """Does the sentence speak of JKN enrolment at all (so that a short one after it continues it)?"""
    s = sentence.lower()
    coverage_of_something = L.COVERAGE_OF_SOMETHING.search(s) and \
        not L.OTHER_COVERAGE.search(last_coverage_word(s, len(s)))
    return bool(L.JKN_CONTEXT.search(s) or coverage_of_something)


def links_previous_sentence(sentence: str) -> bool:
    """Does the sentence continue the previous one ("Angka ini sama dengan ...")?"""
    return bool(L.LINK_SENTENCE_START.match(sentence.lower()))
