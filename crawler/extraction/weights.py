"""Every number the extractor weighs evidence with, named, in one table.

The rules (``roles``, ``references``, ``extract``) say *what* the words mean; these say how much
each kind of evidence counts when candidates compete. Change a weight here and the whole
extractor moves with it; the labelled sets in ``benchmarks/`` say whether that was wise.
"""

from __future__ import annotations

# --- how clearly the words give a number its role (``roles.Role.strength``, 0..1) ----------------
STRENGTH_DEFAULT = 0.5
STRENGTH_RESTATED_PCT = 0.9  # "1.169.409 jiwa atau 95,94 persen": the percentage restates a count
STRENGTH_RESTATED_COUNT = 0.85  # "97,08 persen atau 1,65 juta jiwa"
STRENGTH_TARGET = 0.8
STRENGTH_ACTIVE_PCT = 0.8
STRENGTH_COVERAGE_NAMED = 0.75  # the sentence says cakupan / kepesertaan / UHC / terdaftar / peserta
STRENGTH_COVERAGE_BARE = 0.55  # a share in a JKN passage, with no such word in its own sentence
STRENGTH_POPULATION_NAMED = 0.85  # "jumlah penduduk ... 1.218.890"
STRENGTH_POPULATION_OF_TOTAL = 0.8  # "dari total 350.119 jiwa"
STRENGTH_ACTIVE_COUNT = 0.75
STRENGTH_PARTICIPANTS_NEAR = 0.8  # enrolment words around the count
STRENGTH_PARTICIPANTS_SENTENCE = 0.55  # enrolment words only elsewhere in the sentence
STRENGTH_TABLE_CELL = 0.9  # a cell under a column header that names the figure

# --- which region a figure belongs to (``extract._distance``, in characters) ----------------------
NEAR_BEFORE = 300  # references this far before a figure are candidates ...
NEAR_AFTER = 400  # ... and this far after it
AFTER_FACTOR = 1.5  # a reference after the figure is farther than the same gap before it
AFTER_PENALTY = 15
AFTER_COMMA_PENALTY = 80  # "..., 97 persen, Kabupaten X": after a comma comes the next item
CONTRAST_PENALTY = 150  # "sedangkan", "sementara", ";", "namun", "adapun" between them
WEAK_REFERENCE_PENALTY = 400  # a dateline or an appositive province only locates
POLICY_PENALTY = 30  # the national programme ("RPJMN") rather than a region
CLAIMED_PENALTY = 200  # a region named after the figure that has its own figure next

# --- which counts go with the coverage figure (``extract._pair_counts`` and ``_closeness``) ------
LINKED_BONUS = 2.0  # one number restates the other
SAME_SENTENCE_BONUS = 1.5
PER_SENTENCE_APART = 0.3
POPULATION_CLOSENESS = 0.5  # the population matters half as much as the participants
SHARE_WITH_COUNT_GAP = 30  # characters: "275 juta jiwa atau lebih, 98 persen" is one statement
ARITHMETIC_TOLERANCE = 0.15  # percentage points: participants / population vs the coverage figure
ARITHMETIC_MATCH = 3.0
ARITHMETIC_MISMATCH = -1.0
PARTICIPANTS_ABOVE_POPULATION = -2.0  # more participants than 115 % of the population
PARTICIPANTS_ABOVE_FACTOR = 1.15

# --- is a count the size of the region (``extract._plausible_*``) ---------------------------------
SIZE_MIN = 0.2  # participants or population below 20 % of the region's population: a subset
SIZE_MAX = 2.5  # above 250 %: a larger area's total
COUNT_ONLY_MIN_SHARE = 0.3  # a count with no percentage must cover 30 % of the region ...
COUNT_ONLY_MIN = 5000  # ... or, for a region of unknown size, this many people
SEGMENT_COUNT_SAID_AGAIN_MIN = 1000  # a segment's count this large, said again, is the same segment (small counts recur by chance)
COUNT_ONLY_MIN_STRENGTH = 0.8
SHARE_MAX = 200  # a share above this is a lost decimal mark ("848 persen warga" for 84,8), never a level reached

# --- a region's current figure among several (``extract._current``) -------------------------------------------
ROUND_UHC_LEVELS = (95, 98, 100)  # round shares that name a UHC status; a precise figure of the same time wins over them
FLOOR_SPAN = 5.0  # a figure told as a floor ("95 persen lebih") yields to an exact one up to this far above it
FLOOR_SPAN_UHC_LEVEL = 10.0  # ... and a floor at a UHC status level ("lebih dari 95 persen") up to this far
ROUGH_SPAN = 2.0  # a figure told roughly ("hampir 80 persen") yields to an exact one up to this far below it
# A coverage target is a level most people are to reach (95, 98, 100; in early years 60 or 80), and a region may pass
# it by a little ("99,9 persen, melampaui target 95 persen"); a "target" far below the level reached is the rest to
# go ("agar target 5% bisa terealisasi", "mengejar sisanya yaitu 0,41 persen").
TARGET_MIN_PCT = 50.0
# Shares of at least this many regions in a row that add up to about a whole are the parts of a total.
WHOLE_PARTS_MIN = 4
WHOLE_LOW, WHOLE_HIGH = 95.0, 100.5
TARGET_BELOW_LEVEL_MAX = 10.0

# --- a count too big for its region is the nation's (``extract._national_by_size``) ---------------------
NATIONAL_COUNT_MIN = 20_000_000
NATIONAL_SIZE_FACTOR = 3.0
NATION_ONLY_COUNT = 60_000_000  # more people than any province has (Jawa Barat: about 50 million): the nation's

# --- confidence of an announcement (``extract._confidence``) -------------------------------------
CONFIDENCE_BASE = 0.45
CONFIDENCE_PER_STRENGTH = 0.3  # times the strongest figure's strength / 0.9
CONFIDENCE_ARITHMETIC_MATCH = 0.2
# Counts that do not give the percentage rarely mean a wrong percentage: real writers round, mix dates and mistype
# (13 of 15 such announcements on the real pages had the right coverage, against 91 % without counts).
CONFIDENCE_ARITHMETIC_MISMATCH = -0.05
CONFIDENCE_BY_TOPIC = -0.1  # a figure owned only through the story's topic, not a name in its sentence
CONFIDENCE_FROM_TITLE = -0.05
CONFIDENCE_IMPLAUSIBLE = -0.4  # coverage outside 0..COVERAGE_PLAUSIBLE_MAX
# Enrolment above the registered population is common (106 %, 109,55 % on real pages): stale population data.
COVERAGE_PLAUSIBLE_MAX = 115
# Province and national figures are wrong more often (offices, islands, bounds and national targets near them):
# 89 of 107 and 28 of 37 right on the real pages, against 333 of 344 for kabupaten and kota.
CONFIDENCE_BY_LEVEL = {"provinsi": -0.05, "nasional": -0.1}
CONFIDENCE_MIN = 0.05
CONFIDENCE_MAX = 0.99

# --- which region a story is about (``references.main_region``) ----------------------------------
MAIN_MENTION = 1.0
MAIN_FORMAL = 1.0  # named with its cue, "Kabupaten Demak"
MAIN_IN_TITLE = 2.0
MAIN_EARLY = 1.0  # within the first ``MAIN_EARLY_CHARS`` characters
MAIN_EARLY_CHARS = 600
MAIN_WEAK_FACTOR = 0.4  # datelines and appositives
MAIN_SHARED_AREA = 0.6  # another region of the same BPJS office's area scoring this share of the top one: no main
STALE_MONTHS = 24  # a dated figure this much older than its story does not date the story's undated figures
RISE_MAX_PCT = 50  # "meningkat hingga 100,2 persen": a rise this large is where coverage went, not by how much
JKN_START_YEAR = 2014  # JKN began on 1 January 2014: a figure dated before it is another scheme's (Askes, Jamkesda, JKJ)

# --- passages (``extract._read_figures``) ---------------------------------------------------------
PASSAGE_SENTENCES = 4  # how many sentences a passage about JKN, or about one segment's shares, goes on
