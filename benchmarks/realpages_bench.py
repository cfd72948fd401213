"""The extractor on real Indonesian web pages: precision, recall, fields and what confidence means.

    python3 benchmarks/realpages_bench.py --texts /path/to/realpages [--part dev|holdout|unseen|unseen2|all] [-v]

`benchmarks/realpages/{dev,holdout}/<id>.json` hold the facts of real pages that report, or nearly report,
regional JKN coverage (their URL, kind, publication date and the announcements a person read in them), labelled
by hand by people who had not seen the extractor. The pages' text is the publishers' words and is not in the
repository: `--texts` points at a folder holding `<id>.txt` (and optionally `<id>.json` with a `title`) in any
subfolder. `holdout` is a fifth kept aside, measured last. `unseen` is a later set of 40 pages found with new
queries (other provinces, lists, negatives), measured at first sight; its labels were then checked against SPEC
by a second labeller (announcements with only a count or an active share added, dates to the precision the
text names). `unseen2` is a fourth set (30 pages: other provinces, 6 hard negatives), labelled to SPEC from the
start and measured at first sight. `unseen3` and `holdout3` are a fifth set of 80 pages (four labellers, one per
theme: Sumatra and Kalimantan, Java and Bali, the east, lists/national/negatives; 16 hard negatives), split by URL:
`unseen3` measured at first sight and then tuned on, `holdout3` (a fifth) measured once, last. `unseen4`/`holdout4`
and `unseen5`/`holdout5` are a sixth and a seventh set made the same way, `unseen6`/`holdout6` an eighth, `unseen7`/`holdout7` a ninth, `unseen8`/`holdout8` a tenth, `unseen9`/`holdout9` an eleventh, `unseen10`/`holdout10` a twelfth, `unseen11`/`holdout11` a thirteenth, `unseen12`/`holdout12` a fourteenth, `unseen13`/`holdout13` a fifteenth, `unseen14`/`holdout14` a sixteenth, `unseen15`/`holdout15` a seventeenth, `unseen16`/`holdout16` an eighteenth, and `holdout17` and `holdout18` a nineteenth and a twentieth set, each kept aside whole, `unseen17`/`holdout19` a twenty-first and `unseen18`/`holdout20` a twenty-second `unseen19`/`holdout21` a twenty-third `unseen20`/`holdout22` a twenty-fourth and `unseen21`/`holdout23` a twenty-fifth and `unseen22`/`holdout24` a twenty-sixth and `unseen23`/`holdout25` a twenty-seventh and `unseen24`/`holdout26` a twenty-eighth `unseen25`/`holdout27` a twenty-ninth `unseen26`/`holdout28` a thirtieth `unseen27`/`holdout29` a thirty-first and `unseen28`/`holdout30` a thirty-second `unseen29`/`holdout31` a thirty-third `unseen30`/`holdout32` a thirty-fourth and `unseen31`/`holdout33` a thirty-fifth, `unseen32`/`holdout34` a thirty-sixth and `unseen33`/`holdout35` a thirty-seventh.

`benchmarks/realpages/LABELLING.md` holds the labelling rules the helpers were given (from the thirteenth set on) and
`HELPER_PROMPT.md` the prompt that sent them to find and label pages; page texts stay outside the repository.

One convention holds across every labelled set (real and written): a level stated as reached by a named region or
the nation, as a floor ("Di Kota Kediri sudah lebih dari 95 persen", "282,7 juta jiwa atau lebih dari 98 persen dari
total penduduk Indonesia"), is that region's figure; a floor in a definition, a condition, award criteria or an
average of others is not. Earlier labellers had left such floors out on 11 pages; those labels were brought to the
convention on 2026-12-06 and carry a `relabelled` note saying so.

Prints, per part: region precision, recall and F1, precision and recall of region and coverage together (an
announcement is right when its region is labelled and its coverage is the labelled one), the share of the other fields right on matched regions, the
numbers measured at first sight (before any rule was tuned on the part), and a confidence table: per band, how
many announcements were right (region in the gold and coverage as labelled).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "benchmarks" / "realpages"
PARTS = ("dev", "holdout", "unseen", "unseen2", "unseen3", "holdout3", "unseen4", "holdout4", "unseen5", "holdout5",
         "unseen6", "holdout6", "unseen7", "holdout7", "unseen8", "holdout8", "unseen9", "holdout9", "unseen10", "holdout10",
         "unseen11", "holdout11", "unseen12", "holdout12", "unseen13", "holdout13", "unseen14", "holdout14", "unseen15", "holdout15", "unseen16", "holdout16", "holdout17", "holdout18", "unseen17", "holdout19", "unseen18", "holdout20", "unseen19", "holdout21", "unseen20", "holdout22", "unseen21", "holdout23", "unseen22", "holdout24", "unseen23", "holdout25", "unseen24", "holdout26", "unseen25", "holdout27", "unseen26", "holdout28", "unseen27", "holdout29", "unseen28", "holdout30",
         "unseen29", "holdout31", "unseen30", "holdout32", "unseen31", "holdout33", "unseen32", "holdout34", "unseen33", "holdout35", "unseen34", "holdout36", "unseen35", "holdout37", "unseen36", "unseen37", "holdout38", "unseen38", "holdout39", "unseen39", "holdout40", "unseen40", "holdout41", "unseen41", "holdout42", "unseen42", "holdout43", "unseen43", "holdout44", "unseen44", "holdout45", "unseen45", "holdout46", "unseen46", "holdout47", "unseen47", "holdout48", "unseen48", "holdout49", "unseen49", "holdout50", "unseen50", "holdout51")
BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.01)
OTHER_FIELDS = ("coverage_pct", "participants", "population", "active_participants", "active_pct", "as_of",
                "target_pct", "target_year")

# Measured once, before anything was tuned on the part (this session's first run).
FIRST_SIGHT = {
    "dev": "P=0.866 R=0.893 F1=0.879, other fields on matches 89.3% (104 pages, 2026-12-04)",
    "holdout": "P=0.824 R=0.875 F1=0.848, other fields on matches 87.2% (22 pages, measured once after the dev "
               "rules of 2026-12-04)",
    "unseen": "P=0.920 R=0.704 F1=0.798, other fields on matches 89.1% (40 pages labelled 2026-12-05 by helpers "
              "who had not seen the code; the code of d8a00c1, before any rule was tuned on them; against the first "
              "labels, which left out participant-only and active-only regions, P=0.760 R=0.891 F1=0.820)",
    "unseen2": "P=0.857 R=0.909 F1=0.882, other fields on matches 90.0% (30 pages labelled to SPEC 2026-12-05 by a "
               "helper who had not seen the code; measured with the code of the 'masing-masing' commit, before any rule "
               "was tuned on them)",
    "unseen3": "P=0.938 R=0.919 F1=0.929, region + coverage P=0.773 R=0.758, other fields on matches 89.3% (68 pages labelled 2026-12-05 by four helpers "
               "who had not seen the code, from /work/realpages/LABELLING.md rules; the code of bf7cbc3, before any "
               "rule was tuned on them)",
    "holdout3": "P=0.909 R=0.952 F1=0.930, region + coverage P=0.727 R=0.762, other fields on matches 86.2% (12 pages, "
                "the fifth of the fifth set kept aside, measured once, last, with the code of 1e07f40 after the "
                "unseen3 rules; the code of bf7cbc3, before them, gives the same)",
    "unseen4": "P=0.927 R=0.927 F1=0.927, region + coverage P=0.854 R=0.854, other fields on matches 91.1% (55 pages "
               "labelled 2026-12-05 by four more helpers who had not seen the code, same rules; the code of 6a95d6a, "
               "before any rule was tuned on them; the code at the start of that session, a388c86, gives region + "
               "coverage P=0.841 R=0.841)",
    "holdout4": "P=1.000 R=0.861 F1=0.925, region + coverage P=0.903 R=0.778, other fields on matches 91.1% (17 pages, "
                "the fifth of the sixth set kept aside; seen once with the code of 6a95d6a, before the unseen4 rules, "
                "and not tuned on)",
    "unseen5": "P=0.753 R=0.753 F1=0.753, region + coverage P=0.551 R=0.551, other fields on matches 88.1% (60 pages "
               "labelled 2026-12-06 by four helpers who had not seen the code, from labelling rules written anew that "
               "day; the code of 40bd585, before any rule was tuned on them; the code of 3582e46 gives the same)",
    "holdout5": "P=0.929 R=0.839 F1=0.881, region + coverage P=0.857 R=0.774, other fields on matches 96.2% (22 pages, "
                "the fifth of the seventh set kept aside; seen once with the code of 40bd585, before the unseen5 rules, "
                "not tuned on, and measured again last)",
    "unseen6": "P=0.912 R=0.894 F1=0.903, region + coverage P=0.804 R=0.788, other fields on matches 91.4% (65 pages "
               "labelled 2026-12-06 by four helpers who had not seen the code; the code of 55638a1, before any rule "
               "was tuned on them)",
    "holdout6": "region + coverage P=0.781 R=0.658, other fields on matches 93.1% (23 pages, the fifth of the eighth set "
                "kept aside; seen once, by mistake in a run of every part, with the code of 55c7dad, and not tuned on)",
    "unseen7": "P=0.977 R=0.851 F1=0.910, region + coverage P=0.750 R=0.653, other fields on matches 88.2% (67 pages "
               "labelled 2026-12-06 by four more helpers who had not seen the code (older years, government sites, low "
               "coverage in the east, lists); the code of 05b7e33, before any rule was tuned on them)",
    "unseen8": "P=0.908 R=0.908 F1=0.908, region + coverage P=0.805 R=0.805, other fields on matches 89.1% (71 pages "
               "labelled 2026-12-06 by four more helpers who had not seen the code (recent news of random regions, "
               "awards and provinces, counts and dates, national figures and 15 near-misses); the code of 22849bf, "
               "after the unseen6 and unseen7 rules, before any rule was tuned on them)",
    "holdout7": "region + coverage P=0.926 R=0.758, other fields on matches 94.7% (21 pages, the fifth of the ninth set "
                "kept aside; measured once, last, with the code of 996c15c, not tuned on)",
    "holdout8": "region + coverage P=0.765 R=0.765, other fields on matches 84.2% (17 pages, the fifth of the tenth set "
                "kept aside; measured once, last, with the code of 996c15c, not tuned on)",
    "unseen9": "P=0.937 R=0.914 F1=0.925, region + coverage P=0.823 R=0.802, other fields on matches 88.5% (72 pages "
               "labelled 2026-12-06 by four more helpers who had not seen the code (cities of Java and Sumatra, the east "
               "and Kalimantan, mixed kinds of page, lists and national history); the code of 996c15c, after every rule "
               "of that session)",
    "holdout9": "region + coverage P=0.909 R=0.833, other fields on matches 89.8% (16 pages, the fifth of the eleventh "
                "set; measured with unseen9, at first sight, with the code of 996c15c)",
    "unseen10": "P=0.767 R=0.862 F1=0.812, region + coverage P=0.644 R=0.723, other fields on matches 86.2% (64 pages "
                "labelled 2026-12-06 by four helpers who had not seen the code (Sulawesi, Nusa Tenggara, Maluku and "
                "Papua; Java's shared names and keaktifan; Sumatra, Kalimantan and Bali provinces; awards, national "
                "figures, English pages and 20 near-negatives); the code of eaaa9e3, before any rule was tuned on them)",
    "holdout10": "P=0.938 R=0.882 F1=0.909, region + coverage P=0.875 R=0.824, other fields on matches 96.7% (23 of its 24 "
                 "pages, whose texts could be had again; measured once, last, with the code of 093fa91, not tuned on)",
    "unseen11": "P=0.900 R=0.818 F1=0.857, region + coverage P=0.771 R=0.701, other fields on matches 87.1% (70 pages "
                "labelled 2026-12-06 by four helpers who had not seen the code (Java and Bali with shared names; Sumatra "
                "and Kalimantan, older years; the east; national figures, lists and 16 negatives); the code of 632088a, "
                "before any rule was tuned on them)",
    "holdout11": "P=0.731 R=0.864 F1=0.792, region + coverage P=0.577 R=0.682, other fields on matches 86.2% (18 pages; "
                 "measured once, last, with the code of 093fa91, not tuned on; 5 of its 11 false announcements are one "
                 "household-survey page's provincial shares of people holding any health insurance)",
    "unseen12": "P=0.814 R=0.673 F1=0.737, region + coverage P=0.767 R=0.635, other fields on matches 89.3% (46 pages "
                "labelled 2026-12-06 by three helpers who had not seen the code (rarely covered regions 2024-2026; "
                "lists and round-ups; older pages 2015-2019 and near-negatives); the code of 0cd284d, after the "
                "unseen10 and unseen11 rules of that session, before any rule was tuned on them)",
    "holdout12": "P=1.000 R=0.824 F1=0.903, region + coverage P=0.857 R=0.706, other fields on matches 92.0% (11 pages; "
                 "measured once, last, with the code of 093fa91, not tuned on)",
    "unseen13": "P=0.830 R=0.886 F1=0.857, region + coverage P=0.660 R=0.705, other fields on matches 88.5% (43 pages "
                "labelled 2026-12-06 by three helpers who had not seen the code (figures in passing in DPRD, budget and "
                "election stories; the east from government and branch sites; unusual names, English pages, quotes); "
                "the code of b0d2172, after the unseen10 to unseen12 rules, before any rule was tuned on them)",
    "holdout13": "P=1.000 R=0.700 F1=0.824, region + coverage P=1.000 R=0.700, other fields on matches 85.7% (11 pages; "
                 "measured once, last, with the code of 093fa91, not tuned on)",
    "unseen14": "P=0.977 R=0.915 F1=0.945, region + coverage P=0.750 R=0.702, other fields on matches 87.8% (42 pages "
                "labelled 2026-12-06 by three helpers who had not seen the code (Kalimantan and Sumatra figures in passing; "
                "round-ups, keaktifan and award stories; Java, Bali and NTB quotes, hedged targets, English pages; 13 "
                "near-negatives in the whole set); the code of 5532348, after this session's unseen10 to unseen13 rules, "
                "before any rule was tuned on them)",
    "unseen15": "P=0.929 R=0.684 F1=0.788, region + coverage P=0.750 R=0.553, other fields on matches 88.0% (38 pages "
                "labelled 2026-12-06 by three helpers who had not seen the code (Papua, Maluku, NTT and Sulawesi with local "
                "words; figures in passing in speeches, budget and DPRD stories; radio, Antara regional and English pages, "
                "BPJS Ketenagakerjaan and immunisation negatives); the code of 9b4ddd9, after this session's unseen10 to "
                "unseen14 rules, before any rule was tuned on them)",
    "holdout14": "P=0.923 R=1.000 F1=0.960, region + coverage P=0.923 R=1.000, other fields on matches 93.8% (12 pages; "
                 "measured once, last, with the code of b74c0c1, not tuned on)",
    "holdout15": "P=1.000 R=0.727 F1=0.842, region + coverage P=0.750 R=0.545, other fields on matches 85.9% (10 pages, "
                 "one of them a branch's four kabupaten read against a target count; measured once, last, with the code "
                 "of b74c0c1, not tuned on)",
    "unseen16": "P=0.919 R=0.919 F1=0.919, region + coverage P=0.811 R=0.811, other fields on matches 90.4% (42 pages "
                "labelled 2026-12-06 by three helpers who had not seen the code (JKN's early years and Jamkesda "
                "integration; Gorontalo, Bengkulu, Jambi, Kaltara, Banten and DIY with captions and quotes; keaktifan, "
                "PBI reactivation and regions that lost UHC); the code of f571266, after this session's unseen10 to "
                "unseen15 rules, before any rule was tuned on them)",
    "holdout16": "P=0.846 R=0.917 F1=0.880, region + coverage P=0.615 R=0.667, other fields on matches 92.0% (12 pages; "
                 "measured once, last, with the code of 9bee02a, not tuned on)",
    "holdout17": "P=0.951 R=0.921 F1=0.935, region + coverage P=0.852 R=0.825, other fields on matches 92.7% (51 pages "
                 "labelled 2026-12-06 by three helpers who had not seen the code (Sumatra from small outlets; Java with "
                 "several figures, hedged and past ones; Kalimantan, Sulawesi, Bali, Nusa Tenggara, Maluku, Papua), the "
                 "whole set kept aside and measured once, last, with the code of 9bee02a, not tuned on)",
    "holdout18": "P=0.902 R=0.881 F1=0.892, region + coverage P=0.780 R=0.762, other fields on matches 86.5% (51 pages "
                 "labelled 2026-12-06 by three helpers who had not seen the code (cities; local health-cover schemes "
                 "beside JKN; national and English-language pages 2014-2025), the whole set kept aside and measured "
                 "once, last, with the code of 36fe11f, not tuned on)",
    "unseen17": "P=0.811 R=0.698 F1=0.750, region + coverage P=0.622 R=0.535, other fields on matches 89.6% (42 pages "
                "labelled 2026-12-07 by three helpers who had not seen the code (the regions no earlier set named: "
                "Aceh and Sumatera Utara; Jambi, Sumatera Selatan, Lampung, Bengkulu, Jakarta and Central Java; "
                "Sulawesi and the Papua highlands; awards and lists of regions over a floor); the code of b3535bb, "
                "after this session's rules from the spent holdout17, before any rule was tuned on it)",
    "unseen18": "P=0.962 R=0.833 F1=0.893, region + coverage P=0.885 R=0.767, other fields on matches 89.5% (42 pages "
                "labelled 2026-12-07 by three helpers who had not seen the code (national and English-language pages "
                "2014-2025; lists of regions and branch offices; half hard near-negatives, half figures said in passing "
                "in stories about budgets, hospitals and elections); the code of 686ba0c, after this session's rules from "
                "unseen17 and the spent holdouts, before any rule was tuned on it)",
    "unseen19": "P=0.931 R=0.931 F1=0.931, region + coverage P=0.931 R=0.931, other fields on matches 94.4% (39 pages "
                "labelled 2026-12-07 by three helpers who had not seen the code (government sites and JKN's early years; "
                "regions compared, cities outside Java; 2025-2026 awards, UHC Prioritas and keaktifan, with hard "
                "near-negatives); the code of 7fe4664, after this session's rules from unseen17-18 and the spent "
                "holdouts, before any rule was tuned on it)",
    "unseen20": "P=1.000 R=0.912 F1=0.954, region + coverage P=0.935 R=0.853, other fields on matches 91.9% (39 pages "
                "labelled 2026-12-07 by three helpers who had not seen the code (free treatment on UHC 'cukup KTP'; "
                "planning and accountability texts, DPRD sessions; coverage that fell or rose, PBI removals); the code "
                "of 67d6b16, after this session's rules from unseen17-19 and the spent holdouts, before any rule was "
                "tuned on it)",
    "holdout19": "P=0.923 R=1.000 F1=0.960, region + coverage P=0.692 R=0.750, other fields on matches 85.4% (12 pages; "
                 "measured once, last, with the code of b83cf4d, not tuned on)",
    "holdout20": "P=1.000 R=1.000 F1=1.000, region + coverage P=1.000 R=1.000, other fields on matches 84.4% (12 pages; "
                 "measured once, last, with the code of b83cf4d, not tuned on)",
    "holdout21": "P=1.000 R=0.857 F1=0.923, region + coverage P=0.667 R=0.571, other fields on matches 85.4% (11 pages; "
                 "measured once, last, with the code of b83cf4d, not tuned on)",
    "holdout22": "P=1.000 R=0.538 F1=0.700, region + coverage P=1.000 R=0.538, other fields on matches 96.4% (11 pages; "
                 "measured once, last, with the code of b83cf4d, not tuned on; five of its six misses are one page's "
                 "five provinces the labeller gave a 'minimal 95 persen' floor, a reading the labeller marked doubtful)",
    "unseen21": "P=0.938 R=0.909 F1=0.923, region + coverage P=0.625 R=0.606, other fields on matches 93.3% (37 pages "
                "labelled 2026-12-07 by three helpers who had not seen the code, the stored pages running dry (the "
                "pandemic years 2019-2022; regional outlets of Sulawesi, Kalimantan and Papua; health news naming BPJS "
                "in passing, half negatives); the code of cc72657, after this session's rules from unseen17-20 and "
                "the spent holdouts, before any rule was tuned on it; six of its wrong figures are one page whose "
                "branch total the labeller read as each region's floor of 100, a reading marked hard)",
    "holdout23": "P=1.000 R=1.000 F1=1.000, region + coverage P=0.875 R=0.875, other fields on matches 98.4% (10 pages; "
                 "measured once, last, with the code of 65ef205, not tuned on)",
    "unseen22": "P=0.875 R=0.750 F1=0.808, region + coverage P=0.792 R=0.679, other fields on matches 95.8% (34 pages "
                "labelled 2026-12-07 by three helpers who had not seen the code, from what the stored pages still had "
                "unused (Kalimantan, Nusa Tenggara, Maluku and Bali; Java and Sumatra kabupaten rarely in the news; "
                "Sulawesi and Papua, government sites, branch releases); the code of a173954, after a session's rules "
                "from the spent sets and a 22,849-article negatives corpus, before any rule was tuned on it)",
    "unseen23": "P=0.941 R=0.800 F1=0.865, region + coverage P=0.765 R=0.650, other fields on matches 91.0% (36 pages "
                "labelled 2026-12-07 by three more helpers who had not seen the code (JKN's early years 2014-2018 and "
                "counts rather than shares; Sumatra's kabupaten; Java's, with quotes, lists, keaktifan and targets); the "
                "code of c8fb73c, after the rules unseen22 taught, before any rule was tuned on it)",
    "unseen24": "P=0.972 R=0.700 F1=0.814, region + coverage P=0.806 R=0.580, other fields on matches 91.1% (36 pages "
                "labelled 2026-12-07 by a third round of helpers who had not seen the code (Kalimantan; Sulawesi, NTT "
                "and NTB; national and English pages and lists of regions); the code of fd96d45, after the rules "
                "unseen22 and unseen23 taught, before any rule was tuned on it; five of its misses are one page's "
                "provinces given a 'minimal 95 persen' floor, as in holdout22)",
    "holdout24": "P=0.778 R=0.875 F1=0.824, region + coverage P=0.778 R=0.875, other fields on matches 94.6% (9 pages; "
                 "measured once, last, with the code of fd96d45, not tuned on)",
    "holdout25": "P=0.800 R=0.800 F1=0.800, region + coverage P=0.600 R=0.600, other fields on matches 84.4% (9 pages; "
                 "measured once, last, with the code of fd96d45, not tuned on)",
    "holdout26": "P=1.000 R=1.000 F1=1.000, region + coverage P=0.900 R=0.900, other fields on matches 95.0% (9 pages; "
                 "measured once, last, with the code of fd96d45, not tuned on)",
    "unseen25": "P=0.889 R=0.762 F1=0.821, region + coverage P=0.833 R=0.714, other fields on matches 89.8% (31 pages "
                "labelled 2026-12-07 by a fourth round of helpers who had not seen the code (Sumatra and Kalimantan "
                "with keaktifan; Java, Bali and Nusa Tenggara, 'belum UHC'; Sulawesi, Maluku and Papua); the code of "
                "e08219a, after the rules of every earlier set, before any rule was tuned on it)",
    "unseen26": "P=0.850 R=0.895 F1=0.872, region + coverage P=0.700 R=0.737, other fields on matches 87.5% (32 pages "
                "labelled 2026-12-07 by a fifth round of helpers who had not seen the code (government sites and JKN's "
                "early years; BPJS branch releases outside Java; Aceh, Sumut, Central Java, Banten and Jakarta, with "
                "awards and 14 near-negatives); the code of 032255f, after the rules unseen25 taught, before any rule "
                "was tuned on it)",
    "unseen27": "P=0.917 R=0.917 F1=0.917, region + coverage P=0.833 R=0.833, other fields on matches 93.2% (26 pages "
                "labelled 2026-12-07 by a sixth round of helpers who had not seen the code (UHC Award ceremonies and Java's "
                "kabupaten; regions of Kalimantan, NTT, Sulawesi Tenggara and Papua not yet at UHC; figures in passing in "
                "longer stories); the code of ea763b0, after the rules unseen25 and unseen26 taught, before any rule was "
                "tuned on it)",
    "unseen28": "P=0.783 R=1.000 F1=0.878, region + coverage P=0.609 R=0.778, other fields on matches 89.6% (21 pages "
                "labelled 2026-12-07 by a seventh round of helpers who had not seen the code (Sumatra's west and south; "
                "Sulawesi and Maluku; Java's quieter kabupaten), the last the stored pages held; the code of c817aab, "
                "after the rules unseen25 to unseen27 taught, before any rule was tuned on it)",
    "unseen29": "P=0.909 R=0.909 F1=0.909, region + coverage P=0.818 R=0.818, other fields on matches 86.2% (19 of 24 "
                "pages labelled 2026-12-07 by two helpers who had not seen the code: Kalimantan, Sulawesi, Nusa Tenggara, "
                "Maluku and Papua; figures in passing in DPRD sessions, speeches and budget stories; 10 near-negatives; "
                "the code of 27af331, before any rule was tuned on them)",
    "unseen30": "P=0.850 R=0.850 F1=0.850, region + coverage P=0.800 R=0.800, other fields on matches 94.1% (29 of 36 "
                "pages labelled 2026-12-07 by three helpers who had not seen the code: Sumatra, Kalimantan and Sulawesi; "
                "Java, Bali and Nusa Tenggara with awards, keaktifan and national figures; Papua, Maluku, Aceh and Riau "
                "Islands; 15 near-negatives and negatives; the code of 578fca6, before any rule was tuned on them)",
    "unseen31": "P=1.000 R=0.800 F1=0.889, region + coverage P=0.812 R=0.650, other fields on matches 92.2% (14 of 18 "
                "pages labelled 2026-12-07 by two helpers who had not seen the code, from the last unused stored pages: "
                "figures in passing in DPRD hearings, DPR visits, awards; 3 of the 7 missed are provinces a story names "
                "as reaching 100 percent before (the labeller flagged them as doubtful); the code of fc8bc8d, measured "
                "at the end of the session, not tuned on; holdout33 (4 pages) kept aside)",
    "holdout31": "P=0.667 R=0.667 F1=0.667, region + coverage P=0.667 R=0.667, other fields on matches 93.8% (5 pages; "
                 "measured with the code of 27af331 in the run that checked the texts fetched again, before any rule "
                 "was tuned on unseen29; not tuned on; measured again, last, with c2da3b9: the same)",
    "holdout32": "P=1.000 R=0.857 F1=0.923, region + coverage P=1.000 R=0.857, other fields on matches 95.8% (7 pages "
                 "kept aside from the 36 of unseen30; measured once, last, with the code of c2da3b9, not tuned on)",
    "holdout30": "P=0.750 R=0.750 F1=0.750, region + coverage P=0.750 R=0.750, other fields on matches 91.7% (5 pages; "
                 "measured once, last, with the code of 2f05e39, not tuned on)",
    "holdout27": "P=1.000 R=0.875 F1=0.933, region + coverage P=0.857 R=0.750, other fields on matches 87.5% (8 pages; "
                 "measured once, last, with the code of f3da639, not tuned on)",
    "holdout28": "P=0.875 R=0.875 F1=0.875, region + coverage P=0.625 R=0.625, other fields on matches 85.7% (8 pages; "
                 "measured once, last, with the code of f3da639, not tuned on)",
    "holdout29": "P=0.600 R=1.000 F1=0.750, region + coverage P=0.400 R=0.667, other fields on matches 83.3% (6 pages; "
                 "measured once, last, with the code of f3da639, not tuned on)",
    "unseen32": "region + coverage P=0.947 R=0.783, region P=1.000 R=0.826, other fields on matches 91.4% (28 pages "
                "labelled 2026-12-07 by three helpers who had not seen the code; the code of d3af743)",
    "unseen33": "region + coverage P=0.600 R=0.750, region P=0.720 R=0.900, other fields on matches 91.0% (27 pages "
                "labelled 2026-12-07 by three helpers who had not seen the code, from the last unused stored pages: "
                "older news, institutional sites, 2026 PBI deactivations, a survey of any health insurance; the code "
                "of 50c581c, after the unseen32 rules)",
    "holdout33": "region P=1.000 R=1.000, region + coverage P=0.500 R=0.500, other fields on matches 75.0% (2 of its 4 "
                 "pages, the other two no longer stored; measured once, last, with the code of 6ac29a0, not tuned on)",
    "holdout34": "region P=1.000 R=1.000, region + coverage P=0.750 R=0.750, other fields on matches 90.6% (6 pages, 4 "
                 "announcements; measured once, last, with the code of 6ac29a0, not tuned on)",
    "holdout35": "region P=1.000 R=0.750, region + coverage P=0.667 R=0.500, other fields on matches 87.5% (6 pages, 4 "
                 "announcements; measured once, last, with the code of 6ac29a0, not tuned on)",
    "unseen34": "region + coverage P=0.667 R=0.774, region P=0.833 R=0.968, other fields on matches 85.0% (40 pages "
                "labelled 2026-12-07 by four helpers who had not seen the code, from what was left unused after ~2,000 "
                "pages: 47 pages in 200 searches, a third of them negatives; the code of 160b31a)",
    "unseen35": "region + coverage P=0.767 R=0.657, region P=0.967 R=0.829, other fields on matches 94.0% (32 pages "
                "labelled 2026-12-07 by three more helpers who had not seen the code: JKN's early years, figures in "
                "passing in speeches and ceremonies, rarely covered regions; the code of 49251fa, after the unseen34 "
                "rules)",
    "holdout36": "region P=1.000 R=1.000, region + coverage P=1.000 R=1.000, other fields on matches 97.5% (7 pages, 5 "
                 "announcements, kept aside from unseen34; measured once, last, with the code of 9282a2f, not tuned on)",
    "holdout37": "region P=0.833 R=1.000, region + coverage P=0.833 R=1.000, other fields on matches 95.0% (5 pages, 5 "
                 "announcements, kept aside from unseen35; measured once, last, with the code of 9282a2f, not tuned on: "
                 "an Indonesia 10 from a national page's share of regions)",
    "unseen36": "region + coverage P=0.870 R=0.870, region P=0.957 R=0.957, other fields on matches 92.0% (17 pages, 23 "
                "announcements, labelled 2026-12-07 by two helpers who had not seen the code, from headline-style "
                "queries; the code of 6e6ec38, after every rule of this session; no holdout kept: too few pages)",
    "unseen37": "region + coverage P=0.848 R=0.824, region P=0.879 R=0.853, other fields on matches 92.7% (51 pages, 34 "
                "announcements, labelled 2026-12-07 by five helpers who had not seen the code, from what the stored "
                "pages still held: Sumatra and Kalimantan, the east, Java, provinces and negatives, lists; 25 "
                "near-negatives and negatives; the extractor of f54407c, before any rule was tuned on them; holdout38 "
                "(13 pages) kept aside)",
    "unseen38": "region + coverage P=0.654 R=0.708, region P=0.808 R=0.875, other fields on matches 90.5% (49 pages, 24 "
                "announcements, labelled 2026-12-07 by five more helpers who had not seen the code: English pages, "
                "government sites and JKN's early years, hard negatives from other health news, 2025-26 news, "
                "opinion and features; 32 near-negatives and negatives; the extractor of 03dd448, after the unseen37 "
                "rules, before any rule was tuned on them; holdout39 (11 pages) kept aside)",
    "holdout38": "region + coverage P=1.000 R=0.909, region P=1.000 R=0.909, other fields on matches 98.8% (13 pages, 11 "
                 "announcements, kept aside from unseen37; measured once, last, with the code of dabc07e, not tuned on: "
                 "a Ponorogo figure missed)",
    "holdout39": "region + coverage P=0.000 R=0.000, region P=0.500 R=0.333, other fields on matches 56.2% (11 pages, 6 "
                 "announcements, kept aside from unseen38; measured once, last, with the code of dabc07e, not tuned on: "
                 "two national figures (an English abstract, a 2026 count-only story), Tanjungpinang (English) and "
                 "Samarinda missed; Jembrana's own pre-JKN scheme and a Cirebon 100 taken; a Kotawaringin Timur "
                 "uninsured share 22.89 read as coverage; a 2016 national 66 missed)",
    "unseen39": "region + coverage P=0.871 R=0.692, region P=0.935 R=0.744, other fields on matches 95.3% (49 pages, 39 "
                "announcements, labelled 2026-12-07 by six more helpers who had not seen the code, searching by island "
                "(Sumatra, Java, Kalimantan-Sulawesi, eastern Indonesia), national and English pages, and figures in "
                "passing inside other stories (tobacco excise, budgets, donations); 23 near-negatives; the extractor "
                "of f06cc7d, before any rule was tuned on them; holdout40 (11 pages) kept aside)",
    "unseen40": "region + coverage P=0.850 R=0.895, region P=0.850 R=0.895, other fields on matches 97.1% (29 pages, 19 "
                "announcements, labelled 2026-12-07 by three more helpers who had not seen the code, searching for "
                "figures in passing inside stories on tobacco excise, budgets, village funds, speeches, campaigns "
                "and hearings; 10 near-negatives; the extractor of d8eab91, after the unseen39 rules, before any rule "
                "was tuned on them; holdout41 (6 pages) kept aside)",
    "unseen41": "region + coverage P=0.864 R=0.864, region P=0.909 R=0.909, other fields on matches 96.2% (42 pages, 22 "
                "announcements, labelled 2026-12-07 by five more helpers who had not seen the code, searching for "
                "figures in passing inside stories on hospitals and health budgets, poverty and civil registration, "
                "leaders' achievements, stunting and insured groups, and English pages and JKN's early years; 24 "
                "near-negatives; the extractor of 4ce795b (after the unseen40 and unseen38 rules), before "
                "any rule was tuned on them; holdout42 (6 pages) kept aside)",
    "unseen42": "region + coverage P=0.696 R=0.842, region P=0.783 R=0.947, other fields on matches 94.4% (39 pages, 19 "
                "announcements, labelled 2026-12-07 by four more helpers who had not seen the code: national figures in "
                "passing, government and BPJS press pages, lists, and hard near-negatives (arrears, award criteria, "
                "gaps, segment shares); 22 near-negatives; the extractor of 41d7a92, after the unseen41 rules, before any "
                "rule was tuned on them; holdout43 (3 pages) kept aside)",
    "unseen43": "region + coverage P=0.842 R=0.842, region P=0.895 R=0.895, other fields on matches 93.4% (22 pages, 19 "
                "announcements, labelled 2026-12-07 by three more helpers who had not seen the code: JKN's early years "
                "in the regions, and regencies and cities picked at random from the gazetteer; 6 near-negatives; the "
                "extractor of 43f611c, after the unseen42 rules, before any rule was tuned on them; holdout44 (5 pages) "
                "kept aside)",
    "holdout40": "region + coverage P=0.500 R=0.500, region P=1.000 R=1.000, other fields on matches 84.4% (11 pages, 4 "
                 "announcements, kept aside from unseen39; measured once, last, with the code of 0799d4d, not tuned on: "
                 "a Lampung Utara figure taken as a target and a Kolaka Utara rounding)",
    "holdout41": "region + coverage P=0.600 R=0.273, region P=0.800 R=0.364, other fields on matches 87.5% (6 pages, 11 "
                 "announcements, kept aside from unseen40; measured once, last, with 0799d4d, not tuned on: a slide "
                 "table of seven Central Java regencies missed, a Rejang Lebong gap read as coverage)",
    "holdout42": "region + coverage P=0.889 R=0.889, region P=1.000 R=1.000, other fields on matches 84.7% (6 pages, 9 "
                 "announcements, kept aside from unseen41; measured once, last, with 0799d4d, not tuned on)",
    "holdout43": "region + coverage P=0.333 R=0.500, region P=0.667 R=1.000, other fields on matches 93.8% (3 pages, 2 "
                 "announcements, kept aside from unseen42; measured once, last, with 0799d4d, not tuned on)",
    "holdout44": "region + coverage P=0.750 R=0.600, region P=1.000 R=0.800, other fields on matches 93.8% (5 pages, 5 "
                 "announcements, kept aside from unseen43; measured once, last, with 0799d4d, not tuned on)",
    "unseen44": "region + coverage P=0.643 R=0.643, region P=0.786 R=0.786, other fields on matches 95.5% (20 pages, 14 "
                "announcements, labelled 2026-12-07 by three more helpers who had not seen the code: eastern regencies, "
                "cities and provinces picked from the gazetteer; 9 near-negatives; the extractor of a270422, after every "
                "other rule of the session, before any rule was tuned on them; holdout45 (7 pages) kept aside)",
    "holdout45": "region + coverage P=0.667 R=0.800, region P=0.833 R=1.000, other fields on matches 87.5% (7 pages, 5 "
                 "announcements, kept aside from unseen44; measured once, with a270422, before any rule was tuned on "
                 "unseen44: a 2013 share of all health insurance (before JKN) taken as the nation's)",
    "unseen45": "region + coverage P=0.836 R=0.754, region P=0.909 R=0.820, other fields on matches 92.0% (82 pages, 61 "
                "announcements, labelled 2026-12-08 by eight helpers who had not seen the code: regions picked at random "
                "from the gazetteer, figures in passing in speeches and budgets, national and English pages, lists, "
                "early years and hard near-negatives; the extractor of fd67672, before any rule was tuned on them; "
                "holdout46 (23 pages) kept aside)",
    "unseen46": "region + coverage P=0.811 R=0.800, region P=0.892 R=0.880, other fields on matches 93.4% (87 pages, 75 "
                "announcements, labelled 2026-12-08 by eight more helpers who had not seen the code: regions picked at "
                "random, sentences from the middle of stories, other-topic stories, provinces, early years; the "
                "extractor of 1b46a8e, after the session's rules from unseen45, before any rule was tuned on them; "
                "holdout47 (18 pages) kept aside)",
    "holdout46": "region + coverage P=0.765 R=0.650, region P=0.765 R=0.650, other fields on matches 92.3% (23 pages, 20 "
                 "announcements, kept aside from unseen45; measured once, last, with c2b50ad, after every rule of the "
                 "session; one page's text (gc014, right at this measurement) was glimpsed while tuning, no rule was made "
                 "from it)",
    "holdout47": "region + coverage P=0.640 R=0.842, region P=0.760 R=1.000, other fields on matches 91.4% (18 pages, 19 "
                 "announcements, kept aside from unseen46; measured once, last, with c2b50ad, not tuned on)",
    "unseen47": "region + coverage P=0.780 R=0.848, region P=0.840 R=0.913, other fields on matches 94.6% (58 pages, 46 "
                "announcements, labelled 2026-12-08 by six more helpers who had not seen the code: regions picked at "
                "random, also inside other-topic stories; measured once with c2b50ad, the session's last extractor, "
                "not tuned on; holdout48 (11 pages) kept aside)",
    "holdout48": "region + coverage P=0.900 R=0.900, region P=0.900 R=0.900, other fields on matches 98.6% (11 pages, 10 "
                 "announcements, kept aside from unseen47; measured once with c2b50ad, not tuned on)",
    "unseen48": "region + coverage P=0.689 R=0.700, region P=0.885 R=0.900, other fields on matches 89.6% (78 pages, 60 "
                "announcements labelled 2026-12-08 by seven helpers who had not seen the code: random regions, stories on "
                "other topics, lists, early years, belum-UHC and keaktifan, speeches; the code of de799a0, before any "
                "rule was tuned on them)",
    "unseen49": "region + coverage P=0.793 R=0.821, region P=0.810 R=0.839, other fields on matches 93.1% (62 pages, 56 "
                "announcements labelled 2026-12-08 by six more helpers who had not seen the code: random regions, other-topic "
                "stories, early years, branch offices and awards, speeches; the code of c877c77, after the session's "
                "unseen48 rules, before any rule was tuned on them; one page carrying the figures of an unseen47 page left "
                "out; holdout50 (12 pages) kept aside)",
    "unseen50": "region + coverage P=0.634 R=0.788, region P=0.707 R=0.879, other fields on matches 91.8% (31 pages, 33 "
                "announcements labelled 2026-12-08 by four more helpers who had not seen the code, from the last unused stored "
                "pages: random regions, provinces, other-topic stories, early years; 11 of the 15 extras from one page's table "
                "of provinces' non-PBI shares; the code of 696714e, before any rule was tuned on them; holdout51 (6 pages) "
                "kept aside)",
    "holdout49": "region + coverage P=0.882 R=0.882, region P=0.941 R=0.941, other fields on matches 87.5% (19 pages, 17 "
                 "announcements, kept aside from unseen48; measured once, last, with d387b1e, the session's last code, not "
                 "tuned on)",
    "holdout50": "region + coverage P=1.000 R=0.800, region P=1.000 R=0.800, other fields on matches 95.3% (12 pages, 10 "
                 "announcements, kept aside from unseen49; measured once, last, with d387b1e, not tuned on)",
    "holdout51": "region + coverage P=0.857 R=0.857, region P=1.000 R=1.000, other fields on matches 96.4% (6 pages, 7 "
                 "announcements, kept aside from unseen50; measured once, last, with d387b1e, not tuned on)",
}


def load(part: str, texts: Path) -> list[dict]:
    """The part's labelled pages that have a text under `texts`. Ids are unique within a part, not across parts
    (later helpers reused prefixes), so a text in a folder named after a part belongs to that part only."""
    found: dict[str, list[Path]] = {}
    for p in texts.glob("**/*.txt"):
        found.setdefault(p.stem, []).append(p)
    cases = []
    for path in sorted((SETS / part).glob("*.json")):
        facts = json.loads(path.read_text(encoding="utf-8"))
        candidates = found.get(facts["id"], [])
        text_path = next((p for p in candidates if p.parent.name == part), None) or next(
            (p for p in candidates if p.parent.name not in PARTS), None)
        if text_path is None:
            continue
        meta = text_path.with_suffix(".json")
        title = json.loads(meta.read_text(encoding="utf-8")).get("title") if meta.exists() else None
        cases.append({**facts, "text": text_path.read_text(encoding="utf-8"), "title": title})
    return cases


def main() -> int:
    from uhcwatch.crawler.evaluation import Score, same, score_case
    from uhcwatch.crawler.extraction.extract import extract

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, required=True, help="folder with the pages' <id>.txt files")
    ap.add_argument("--part", choices=(*PARTS, "all"), default="dev")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong region and field")
    args = ap.parse_args()
    parts = PARTS if args.part == "all" else (args.part,)
    every = [[0, 0] for _ in BANDS[:-1]]  # the confidence table over every part read
    read = 0
    for part in parts:
        cases = load(part, args.texts)
        if not cases:
            print(f"{part}: no page texts under {args.texts}", file=sys.stderr)
            continue
        read += len(cases)
        score = Score()
        bands = [[0, 0] for _ in BANDS[:-1]]
        other = [0, 0]  # the other fields (figures, dates, targets) right on matched regions
        both = [0, 0, 0]  # region and coverage right, announcements found, announcements labelled
        for case in cases:
            # No title: the gold was read from the page text alone (a labeller's title may come from the URL).
            got = [a.to_dict() for a in extract(case["text"], published=case["published"])]
            score_case(got, case["gold"], score, case["id"])
            gold = {g["region_code"]: g for g in case["gold"]}
            both[1] += len(got)
            both[2] += len(gold)
            for a in got:
                if a["region_code"] in gold:
                    for f in OTHER_FIELDS:
                        other[0] += 1
                        other[1] += same(a.get(f), gold[a["region_code"]].get(f))
                g = gold.get(a["region_code"])
                right = g is not None and same(a["coverage_pct"], g["coverage_pct"])
                both[0] += right
                band = next(i for i in range(len(BANDS) - 1) if BANDS[i] <= a["confidence"] < BANDS[i + 1])
                for table in (bands, every):
                    table[band][0] += 1
                    table[band][1] += right
        p = score.tp / (score.tp + score.fp) if score.tp + score.fp else 1.0
        r = score.tp / (score.tp + score.fn) if score.tp + score.fn else 1.0
        print(f"{part:8} pages={len(cases):3}  region: tp={score.tp} fp={score.fp} fn={score.fn} P={p:.3f} R={r:.3f} "
              f"F1={score.f1:.3f}  fields right={score.fields_right}/{score.fields_total} "
              f"({100 * score.field_accuracy:.1f}%); other fields on matches {other[1]}/{other[0]} "
              f"({100 * other[1] / max(1, other[0]):.1f}%)")
        print(f"{'':8} region + coverage: P={both[0] / max(1, both[1]):.3f} R={both[0] / max(1, both[2]):.3f} "
              f"({both[0]} right of {both[1]} found, {both[2]} labelled)")
        if FIRST_SIGHT.get(part):
            print(f"{'':8} first sight: {FIRST_SIGHT[part]}")
        print(f"{'':8} confidence: {_bands(bands)}")
        if args.verbose:
            for w in score.wrong:
                print("   ", w)
    if len(parts) > 1:
        print(f"every part, confidence: {_bands(every)}")
    return 0 if read else 1


def _bands(bands: list[list[int]]) -> str:
    """Per confidence band: announcements right (region labelled, coverage as labelled) of those found."""
    return "  ".join(f"[{BANDS[i]:.1f},{min(BANDS[i + 1], 1):.1f}) {right}/{n}" + (f" {right / n:.2f}" if n else "")
                     for i, (n, right) in enumerate(bands))


if __name__ == "__main__":
    sys.exit(main())
