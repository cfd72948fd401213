"""Sentence splitting for Indonesian news text, keeping character offsets.

The extractor reasons sentence by sentence (a figure belongs to the region
named nearest to it, a date to the figure in its sentence), so the splitter
must not break on "Kab. Demak", "Plt. Wali Kota", "Dr. Abdiyanto, SH., M.Si",
"Rp5,7" or "1.169.409", and must keep offsets so that evidence can be quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "kab", "kec", "kel", "prov", "plt", "plh", "pj", "pjs", "dr", "drs", "dra", "ir", "h", "hj", "no", "nomor",
    "jl", "jln", "st", "sh", "se", "mm", "mh", "msi", "si", "kes", "skm", "mkes", "spd", "mpd", "sked", "mt", "ak",
    "dll", "dsb", "dst", "tsb", "yth", "rp", "bpk", "ibu", "sdr", "adm", "kep", "mr", "mrs", "prof", "km", "tel",
    "telp", "hlm", "ttd", "an", "u", "a", "b", "c", "d", "e", "f", "g", "i", "j", "k", "l", "m", "n", "o", "p", "r",
    "s", "t", "v", "w", "y", "z", "wib", "wita", "wit", "kh", "mgr", "kol", "letkol", "brigjen", "kombes", "akbp",
    "ipda", "iptu", "aiptu", "bripka", "sos", "ssos", "sstp", "ap", "ip", "sp", "m.si", "s.h", "s.e",
    # English-language pages: "launched on Jan. 1, 2014", "Dr. X"
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jr", "gov", "rep", "sen",
}
# A quote opened after a full stop starts a sentence even in lower case: '... 58,73 persen. “ di Kaltim ...'.
# An opening curly quote right after the full stop starts one too: '... melalui perusahaan.“Target untuk Kota Bekasi'.
# Two single quotes stand for a double one: '... tidak rutin. ‘’Kepesertaan BPJS Kesehatan masih 98,11 persen'.
_BOUNDARY = re.compile(r"([.!?…]+[\"”’')\]]*)(\s+|(?=[“‘][A-Z]))(?=(?:[\"“'(\[]|[‘’]{1,2})?[A-Z0-9]|“\s*[a-z])")
# A full stop the writer left out: a figure, then a capitalised word that only opens a sentence
# ("... mencapai 85,27 persen Jumlah peserta 1,3 juta", "Peserta aktif mencapai 695.856 Peserta non aktif").
# In Indonesian prose ordinary words are not capitalised mid-sentence; names ("Peserta Bantuan Iuran") are.
_OPENERS = ("Jumlah", "Total", "Dengan", "Sedangkan", "Sementara", "Adapun", "Kemudian", "Selanjutnya",
            "Prosentase", "Persentase", "Angka", "Capaian", "Peserta(?= [a-z])")
_RUN_ON = re.compile(r"(\d(?:\s*(?:%|persen|jiwa|orang|peserta|penduduk)\b)?)(\s+)(?=(?:" + "|".join(_OPENERS) + r")\b)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order, each with its span in `text` and its paragraph number."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for block in re.split(r"(\n\s*\n|\n)", text):
        if not block.strip() or block.startswith("\n"):
            pos += len(block)
            if block.count("\n") >= 1 and out and out[-1].paragraph == para:
                para += 1
            continue
        start = 0
        for m in sorted([*_BOUNDARY.finditer(block), *_RUN_ON.finditer(block)], key=lambda m: m.start()):
            if m.re is _RUN_ON:
                _add(out, text, pos + start, pos + m.end(1), para)
                start = m.end(2)
                continue
            word = re.search(r"([\w.]+)$", block[start:m.start(1)])
            token = word.group(1).lower().rstrip(".") if word else ""
            if token in _ABBREVIATIONS or (token.count(".") and len(token) <= 6):
                continue  # "Kab. Demak", "S.H. M.Si"
            if token.isdigit() and not block[start:m.start(1) - len(token)].strip():
                continue  # "1. Kabupaten Balangan, 99,42 persen;": a list number, not a sentence
            end = m.end(1)
            _add(out, text, pos + start, pos + end, para)
            start = m.end(2)
        _add(out, text, pos + start, pos + len(block), para)
        pos += len(block)
    return out


MAX_SENTENCE = 1000  # characters; a run-on "sentence" (a table, a menu, junk) is cut at spaces


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(Sentence(start, cut, text[start:cut], para))
        start = cut + 1 if text[cut:cut + 1] == " " else cut
    if end > start:
        out.append(Sentence(start, end, text[start:end], para))


def break_before(text: str, end: int) -> int:
    """Where the last sentence before ``end`` ended (its full stop before a space, or a line break: the extractor
    reads unwrapped text, so a line is a paragraph, a headline or a caption), or -1."""
    return max(text.rfind(". ", 0, end), text.rfind("\n", 0, end))
