"""What a number means in its sentence: coverage, participants, population, ...

Indonesian coverage stories surround the figure with look-alikes: the 95 %
UHC threshold ("minimal 95 persen"), targets ("98 persen pada 2024"),
earlier figures ("naik dari 91,2 persen", "sempat 95,68 persen"), the
uninsured ("2.149 penduduk yang belum tergabung"), inactive members,
segment counts ("PBI APBN sebanyak 668.692 jiwa"), new registrations
("54.368 peserta baru"), unrelated shares ("89,2 persen responden puas").
Each rule here reads the words next to one number; the extractor then
weighs the surviving candidates against each other (dates, arithmetic).
Everything is lower-cased before matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uhcwatch.crawler.extraction.numbers import PERSON_UNITS, Quantity

_JKN_CONTEXT = re.compile(
    r"kepesertaan|peserta|terdaftar|terlindungi|tercakup|tergabung|bergabung|\buhc\b|universal health|"
    r"\bjkn|jaminan kesehatan|bpjs|memiliki jaminan|kartu (?:jkn|bpjs|indonesia sehat|kis)|\bkis\b|\bjks\b|"
    r"terjamin|tercover|ter-cover|dijamin|jamkesda|cakupan (?:kepesertaan|jkn|uhc|jaminan|kesehatan semesta)"
)
# A sentence about employment insurance is not about JKN unless it names JKN too.
_EMPLOYMENT = re.compile(r"ketenagakerjaan|jamsostek|\btenaga kerja\b|angkatan kerja|\bucj\b|\bbpjamsostek\b")
_JKN_NAMED = re.compile(r"\bjkn|bpjs kesehatan|jaminan kesehatan|\buhc\b|universal health")
# Words next to a number that make it a share or count of something else.
_OTHER_SUBJECT = re.compile(
    r"responden|kepuasan|\bpuas\b|pekerja formal|pekerja informal|elektabilitas|\bsuara\b|inflasi|pertumbuhan|"
    r"anggaran|imunisasi|vaksin|stunting|kemiskinan|pengangguran|kehadiran|partisipasi|kunjungan|pasien|"
    r"rumah sakit|puskesmas|klinik|faskes|fasilitas kesehatan|dokter|bidan|perawat|obat|klaim|rujukan|kamar|"
    r"tempat tidur|kasus|bunga|diskon|pajak|suku|badan usaha|perusahaan|pemberi kerja|siswa|sekolah"
)
# Subjects of a percentage or count that are not enrolment, wherever they stand in its clause.
_MEASURE = re.compile(
    r"kepuasan|responden|survei|\bindeks\b|keterisian|tempat tidur|\bbor\b|okupansi|akreditasi|"
    r"antrean|antrian|\btiket|elektabilitas|inflasi|kemiskinan|stunting|imunisasi|vaksinasi|partisipasi|kehadiran|"
    r"realisasi|serapan|terserap|penyerapan|\bklaim|kolekt[ai]bilitas|kepatuhan|tunggakan|menunggak|\bporsi\b|"
    r"\bdenda\b|\btarif\b|"
    r"\bbiaya\b|\bpremi\b|subsidi|pemilih|\bdpt\b|paslon|pasangan calon|margin of error|\bsuara\b|menanggung|"
    r"\bberbagi\b|\bskema\b|badan usaha|perusahaan|pemberi kerja|\bpatuh|miskin|skrining|berisiko|terdeteksi|"
    r"hipertensi|diabetes|pengguna|aplikasi|\bunduh|download"
)
# "cakupan imunisasi dasar lengkap ... 96,1 persen": the last "cakupan X" before a number says what it covers.
_OTHER_COVERAGE = re.compile(
    r"^(?:cakupan|capaian) (?:imunisasi|vaksinasi|vaksin|layanan|pelayanan|air|listrik|sanitasi|internet|sinyal|asi|"
    r"posyandu|pemeriksaan|skrining|bansos|bantuan|pendidikan|e-?ktp|ktp|akta|kia|jaringan|berita|liputan|pajak|pad|"
    r"kinerja|idl|ibl|bias|k1|k4|k6|gizi|vitamin|tablet|obat|jamban|odf|pbb|kk|rutilahu|pkh|bpnt|stunting|"
    r"persalinan|kunjungan|ucj|bpjs ketenagakerjaan|jaminan sosial ketenagakerjaan|perlindungan pekerja|"
    r"perekaman|kepemilikan|pencatatan|pembuatan|penerbitan|pemberian|dosis|balita|penimbangan|pdam|asuransi|"
    r"objek|wilayah|sinyal|bayi|ibu hamil|posbindu|pengobatan|perawatan)\b"
)


# Words near a percentage that make it a share of people covered: without one, a bare "N persen"
# in a JKN story is more likely a budget share, a fine or a poll.
_COVERAGE_NEAR = re.compile(
    r"cakupan|kepesertaan|peserta|terdaftar|terlindungi|tercakup|tergabung|bergabung|\buhc\b|universal health|"
    r"\bjkn|jaminan kesehatan|capaian|terjamin|penduduk|warga|masyarakat|\bjiwa\b|persentase|\bkis\b|\bjks\b"
)
_ACTIVE_NEAR = re.compile(r"keaktifan|peserta (?:yang )?aktif|kepesertaan aktif|(?:status|tingkat|terlindungi secara) aktif"
                          r"|\byang aktif|aktif (?:sebanyak|mencapai|sebesar|baru)")
_TARGET_HARD = re.compile(
    r"\btarget(?:nya|kan|an)?\b|menargetkan|ditargetkan|\bsasaran(?:nya)?\b|membidik|dibidik|\bbidik\b|"
    r"mematok|dipatok|\b(?:mengejar|kejar|dikejar)\b"
)
_TARGET_SOFT = re.compile(r"mudah-?mudahan|semoga|diharapkan|berharap|harapan(?:nya)?|\bingin\b|bertekad|rencana(?:nya)?|"
                          r"\bharus\b|paling lambat|\b(?:minta|meminta)\b")
# "ingin kami dorong lagi ke 98 persen", "Pemkot Ingin Naik ke 98 Persen": a level the region wants to reach.
_TARGET_LEVEL = re.compile(r"\b(?:ingin|akan|harus|mau|dorong|didorong|mendorong|naikkan|tingkatkan)\b[^.;]{0,40}"
                           r"\b(?:ke|menjadi)\s*(?:angka\s*)?$")
_TARGET_AFTER = re.compile(r"^[^.;]{0,40}\b(?:sesuai (?:dengan )?target|sebagai target|menjadi target|yang ditargetkan)")
_BOUND_BEFORE = re.compile(
    r"(?:minimal|minimum|sedikitnya|setidaknya|paling (?:sedikit|tidak)|lebih dari|di ?atas|melewati|melampaui|melebihi|"
    r"lampaui|lewati|lebihi|"
    r"hampir|mendekati|nyaris|kurang dari|di ?bawah|maksimal|sampai|hingga|>|≥|<)(?: angka| level| ambang| batas)?"
    r"(?: minimal)?(?: uhc)?(?: sebesar| yakni| yaitu)?\s*$"
)
_BOUND_WORDS = re.compile(r"\bambang\b|batas minimal|\bsyarat|kriteria|\bkategori\b|\bstandar\b|"
                          r"\bpredikat\b.*\b(?:apabila|jika|bila)\b")
_GENERIC_SUBJECT = re.compile(
    r"\b(?:daerah|pemda|wilayah|kabupaten/kota|kota/kabupaten|pemerintah daerah) (?:yang|dengan)\b|"
    r"\b(?:sebuah|suatu|setiap|tiap) (?:daerah|wilayah|kabupaten|kota)\b"
)
_DELTA_BEFORE = re.compile(
    r"(?:naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan(?:nya)?|penurunan(?:nya)?|tumbuh|pertumbuhan|"
    r"selisih(?:nya)?|tambahan|lonjakan|melonjak|susut)(?:\s+[\w,]+){0,3}?[\s,]*(?:sebesar|sekitar|sebanyak|hingga)?\s*$"
)
_LEVEL_BEFORE = re.compile(r"(?:menjadi|jadi|ke angka|ke level|ke posisi|di angka|pada angka|mencapai|ke)\s*$")
_HISTORY = re.compile(
    r"\bsempat\b|\bsemula\b|\bsebelumnya\b|\bpernah\b|\bawalnya\b|\bmula-mula\b|"
    r"\b(?:kala|saat|waktu|ketika) itu\b|\bsilam\b|"
    r"(?:naik|meningkat|bertambah|melonjak|turun|menurun|berubah|beranjak|bergerak)\b[^.]{0,30}\bdari "
    r"(?:angka |posisi |capaian )?(?:sebelumnya )?$|\bdari sebelumnya\b|"
    r"\bdibanding(?:kan)?(?: dengan)?\s+(?:(?:bulan|tahun|periode|posisi|akhir|awal|data)\s+)?"
    r"(?:\d|jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des|sebelum|lalu|tahun lalu)"
)
_NEGATIVE_NEAR = re.compile(
    r"belum|tidak aktif|tidak lagi aktif|non-?aktif|dinonaktifkan|menunggak|tunggakan|di luar|tersisa|\bsisa(?:nya)?\b|"
    r"tanpa jaminan|tidak (?:punya|memiliki|terdaftar|tercakup|terlindungi)|kehilangan|dicoret|dikeluarkan|keluar"
)
_ACTIVE = re.compile(r"keaktifan|\baktif\b|secara aktif")
_INACTIVE = re.compile(r"tidak (?:lagi )?aktif|non-?aktif|dinonaktifkan|tidak (?:lagi )?terlindungi secara aktif")
_SEGMENT = re.compile(
    r"\bpbi\b|\bppu\b|\bpbpu\b|\bbp\b|apbn|apbd|jamkesda|mandiri|segmen|kelompok|\bpekerja\b|\basn\b|\bpns\b|\btni\b|"
    r"polri|pensiunan|veteran|penerima (?:bantuan|upah)|dibiayai|ditanggung|dibayar(?:kan)?|iuran|kuota|desil|"
    r"terbanyak|berasal|integrasi|badan usaha|perusahaan|anggota keluarga|bayi|lansia|balita|pelajar|mahasiswa|"
    r"terdiri (?:atas|dari)|rincian|merinci|meliputi"
)
_NEW_OR_ADDED = re.compile(  # before the count: "tambahan 18.500", "masih harus mendaftarkan 130 ribu"
    r"(?:tambahan|penambahan|menambah|mendaftarkan|didaftarkan|mendata|menyisir|membutuhkan|dibutuhkan|perlu|"
    r"harus|kurang(?! lebih)|lagi)(?:\s+\w+){0,2}\s*$"
)
_NEW_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:peserta\s+)?baru\b")  # after it: "54.368 peserta baru"
_PARTICIPATION = re.compile(
    r"peserta|terdaftar|mendaftar|terlindungi|tercakup|tergabung|bergabung|memiliki (?:jaminan|kartu)|"
    r"memegang kartu|kepesertaan|terjamin|tercover|ter-cover|dijamin|\bjkn\b|jaminan kesehatan"
)
_POPULATION_BEFORE = re.compile(
    r"(?:(?:jumlah|total|seluruh)\s+(?:jumlah\s+)?(?:penduduk|warga|populasi)|berpenduduk|populasi|penduduknya|"
    r"\bdari\s+penduduk)"
    r"(?P<between>[^;]{0,60})$"
)
# "penduduk TTS tercatat 470.812 jiwa", "data penduduk Disdukcapil ... sebanyak 806.412 jiwa"
_POPULATION_SUBJECT = re.compile(
    r"\bpenduduk\b(?P<between>[^,;.]{0,60}?)\s(?:tercatat|sebanyak|berjumlah|mencapai|sejumlah|yakni|adalah)\s*$"
)
_OF_TOTAL_BEFORE = re.compile(r"\bdari\s+(?:total\s+|jumlah\s+|sebanyak\s+|seluruh\s+)?(?:sekitar\s+|kurang lebih\s+)?"
                              r"(?:penduduk\s+)?$")
_PEOPLE_AFTER = re.compile(r"^\s*(?:jiwa|orang)?\s*(?:jiwa|penduduk|warga|masyarakat|orang)\b")
_LINK_BETWEEN = re.compile(
    r"^\s*(?:jiwa|orang|penduduk|warga|peserta)?(?:\s+\w+){0,3}?\s*[,(]?\s*"
    r"(?:atau|setara(?: dengan)?|sama dengan|yakni|yaitu|alias|dengan persentase|mencakup|sekitar|sebesar)"
    r"(?:\s+(?:sekitar|sebesar|mencakup|setara|dengan|kurang lebih|sebanyak))*\s*$"
)
_LINK_SENTENCE_START = re.compile(
    r"^(?:\W*)(?:(?:angka|jumlah|capaian|data|total) (?:ini|itu|tersebut)|persentase(?:nya)?|"
    r"dengan (?:(?:capaian|jumlah|angka) (?:ini|itu|tersebut)|demikian)|hal ini|artinya)\b"
)


def _last_coverage_word(text: str, window: int = 200) -> str:
    """The last "cakupan X" / "capaian X" in `text`: what the coverage there is of."""
    found = list(re.finditer(r"\b(?:cakupan|capaian) \w+", text[-window:]))
    return found[-1].group() if found else ""


OTHER_MEASURE = "\x00other measure"  # `prev_sentence` marker: the passage is about another measure


@dataclass
class Role:
    """A number's role, or why it has none."""

    role: str | None  # coverage | participants | population | active_pct | active_participants | target
    history: bool = False  # an earlier figure ("sempat", "dari 91,2 persen")
    linked: bool = False  # bound to the previous number ("X jiwa atau Y persen")
    strength: float = 0.5  # how clearly the words make it that role
    why: str = ""


def classify(q: Quantity, sentence: str, prev_q: Quantity | None, prev_role: Role | None,
             sentence_linked: bool, prev_sentence: str = "") -> Role:
    """The role of quantity `q` in `sentence` (positions are relative to the sentence).

    `prev_q`/`prev_role`: the previous percentage or count in this sentence, for
    "X jiwa atau Y persen" pairs; `sentence_linked`: the sentence starts with
    "Angka ini"/"Jumlah itu"/"Persentasenya", continuing the previous one;
    `prev_sentence`: the sentence before, whose topic a short sentence continues.
    """
    s = sentence.lower()
    left_from = prev_q.end if prev_q else 0
    left = s[left_from:q.start]
    left_full = s[:q.start]
    near = left_full[-45:]
    right_end = min(len(s), q.end + 70)
    right = s[q.end:right_end]
    right_clause = re.split(r"[.;]|\b(?:sedangkan|sementara|namun|tetapi|adapun)\b|,\s", right, maxsplit=1)[0]

    if _EMPLOYMENT.search(s) and not _JKN_NAMED.search(s):
        return Role(None, why="employment insurance")
    if _MEASURE.search(left[-100:]) or _OTHER_COVERAGE.search(_last_coverage_word(left_full)):
        return Role(None, why="a measure other than enrolment")
    if _OTHER_SUBJECT.search(near[-25:] + " | " + right_clause[:35]):
        return Role(None, why="share or count of something else")
    linked = bool(prev_q and _LINK_BETWEEN.match(left)) or (prev_q is None and sentence_linked and prev_role is not None)
    if q.kind == "pct":
        continues = "other" if prev_sentence == OTHER_MEASURE else \
            (sentence_linked or bool(_JKN_CONTEXT.search(prev_sentence.lower())))
        return _classify_pct(q, s, left, left_full, near, right_clause, linked, prev_role, continues,
                             sentence, left_from)
    if q.kind == "count":
        return _classify_count(q, s, left, left_full, near, right_clause, linked, prev_role)
    return Role(None, why=q.kind)


def _is_target(left_full: str, right_clause: str, s: str) -> bool:
    if _TARGET_HARD.search(left_full) or _TARGET_AFTER.match(right_clause) or _TARGET_LEVEL.search(left_full[-80:]):
        return True
    future = re.search(r"\b(?:pada|di|tahun|hingga|akhir)\s+(?:tahun\s+)?20\d\d\b|tahun depan|mendatang", s)
    return bool(_TARGET_SOFT.search(left_full) and future)


def _classify_pct(q, s, left, left_full, near, right_clause, linked, prev_role, continues, original, left_from) -> Role:
    if _is_target(left_full, right_clause, s):
        # "keaktifan harus kita naikkan menjadi 85 persen": the last of "keaktifan"/"cakupan" before it decides
        clause = left[-90:]
        active = [m.end() for m in _ACTIVE.finditer(clause) if not _INACTIVE.search(clause[max(0, m.start() - 12):m.end()])]
        coverage = [m.end() for m in re.finditer(r"cakupan|kepesertaan|\buhc\b", clause)]
        if active and (not coverage or coverage[-1] < active[-1]):
            return Role(None, why="activity target")
        if linked and prev_role and prev_role.role == "target":
            return Role(None, why="target restated")
        return Role("target", strength=0.8)
    if _BOUND_BEFORE.search(near) or _BOUND_WORDS.search(left):
        return Role(None, why="bound or threshold")
    if prev_role is not None and prev_role.role is None and len(left) < 45 and \
            (re.match(r"^[\s,;]*(?:dan|serta)\b", left) or
             (prev_role.why.startswith(("a measure", "share")) and not _COVERAGE_NEAR.search(left))):
        return Role(None, why=prev_role.why)  # "syaratnya cakupan 98% dan keaktifan 80%", "40 persen, ... 60 persen"
    if prev_role is not None and prev_role.role is None and prev_role.why.startswith("uninsured") and \
            re.search(r"\b(?:atau|setara|sama dengan|yakni|yaitu)\b", left):
        return Role(None, why="share of the uninsured or inactive")
    if linked and prev_role is not None:
        mapped = {"participants": "coverage", "population": "coverage",
                  "active_participants": "active_pct"}.get(prev_role.role or "")
        if mapped:
            return Role(mapped, history=prev_role.history, linked=True, strength=0.9)
        if not re.search(r"cakupan (?:kepesertaan|jkn)|\buhc\b", left_full):
            return Role(None, linked=True, why=f"linked to {prev_role.role or prev_role.why}")
    if _DELTA_BEFORE.search(near) and not _LEVEL_BEFORE.search(near):
        return Role(None, why="change, not level")
    if _NEGATIVE_NEAR.search(near[-30:]) or re.match(r"^\s*(?:\w+\s+){0,4}?(?:yang\s+)?(?:belum|tidak|masih belum)\b", right_clause) \
            or re.search(r"menunggak|tunggakan|nonaktif|non-aktif|dinonaktifkan|tidak aktif", right_clause[:80]):
        return Role(None, why="uninsured or inactive")
    if re.match(r"^\s*(?:dari\s+)?peserta (?:mandiri|pbi|ppu|pbpu|bp|bukan|penerima|pekerja)", right_clause):
        return Role(None, why="share of a segment of participants")
    if re.match(r"^\s*(?:ditanggung|dibiayai|dibayar|oleh|untuk|dari (?:anggaran|apbd|apbn|dana))", right_clause):
        return Role(None, why="share of a budget")
    if re.match(r"^\s*(?:dari|terhadap)\s+(?:seluruh|total|jumlah|keseluruhan)?\s*(?:peserta|kuota|pbi|pekerja|anggaran|"
                r"klaim|pasien|kunjungan|tunggakan|target|sasaran)", right_clause):
        return Role(None, why="share of something other than the population")
    # history words before an earlier number in the sentence are that number's ("yang sempat 88 persen, kini 93")
    history = bool(_HISTORY.search((left if len(left) < len(left_full) else left_full)[-80:]))
    is_active = (_ACTIVE_NEAR.search(left[-120:]) and not _INACTIVE.search(left[-120:])) or \
        (re.search(r"\bpeserta aktif\b|\byang aktif\b|sebagai peserta aktif", right_clause) is not None)
    if is_active:
        return Role("active_pct", history=history, strength=0.8)
    if continues == "other" and not _JKN_CONTEXT.search(s):
        return Role(None, why="continues another measure")  # "... imunisasi ... Pringsewu mencatat 93,4 persen"
    if re.match(r"^\s*(?:dari\s+)?(?:total\s+|seluruh\s+|sekitar\s+)?(?:[\d.,]+\s+(?:juta\s+|ribu\s+)?)?"
                r"(?:pekerja|tenaga kerja|karyawan|buruh|angkatan kerja)", right_clause):
        return Role(None, why="share of workers")  # "58,3 persen dari sekitar 1,1 juta pekerja"
    if re.match(r"^\s*(?:dari\s+)?(?:total\s+|seluruh\s+|jumlah\s+)?peserta\b", right_clause):
        return Role(None, why="share of participants")  # "34,5 persen peserta JKN ... mengikuti skrining"
    if not (_JKN_CONTEXT.search(s) or continues or re.search(r"\bcakupan|\bcapaian", s)):
        return Role(None, why="no coverage words")
    if prev_role is not None and prev_role.role in ("coverage", "active_pct") and re.fullmatch(r"[\s,;]*(?:dan|serta)?\s*", left):
        return Role(prev_role.role, strength=prev_role.strength)  # "masing-masing 94,87 persen, 101,2 persen, ..."
    named_region = re.search(r"\b(?:Kabupaten|Kota|Provinsi|Kab\.|Pemkab|Pemkot|Pemko|Pemprov)\s+[A-Z]", original)
    # "Data per akhir Februari, kita sudah 96,8 persen.": a short line in a JKN passage stating a level
    stated_level = len(s) < 100 and re.search(r"\b(?:sudah|telah|mencapai|tercatat|per)\b", left_full)
    if not (_COVERAGE_NEAR.search(left_full[-150:] + " " + s[q.end:q.end + 70]) or
            (continues and (named_region or stated_level))):
        return Role(None, why="nothing says whose share it is")
    window_start = max(0, q.start - 60)
    generic = _GENERIC_SUBJECT.search(left_full, window_start)
    if generic and not re.search(r"\b(?:Kabupaten|Kota|Provinsi|Kab\.)\s+[A-Z]", original[:generic.start()]):
        return Role(None, why="generic statement about regions")  # "daerah yang ..." with no region named before
    strength = 0.75 if re.search(r"cakupan|kepesertaan|\buhc\b|terdaftar|peserta", s) else 0.55
    return Role("coverage", history=history, strength=strength)


def _classify_count(q, s, left, left_full, near, right_clause, linked, prev_role) -> Role:
    unit = q.unit or ""
    # "penduduk sebanyak 1,2 juta." has no unit after the number; "warga di 12 kecamatan" has another one.
    unit_free = unit in ("", "dan", "atau", "yang", "pada", "per", "hingga", "sampai", "sejak", "di", "dari", "dengan")
    people = unit in PERSON_UNITS or (unit_free and bool(
        re.search(r"(?:penduduk|peserta|warga)\s+(?:\w+\s+)?(?:sebanyak|berjumlah|sejumlah|mencapai)\s*$", near)
        # "296.540 dari 350.119 jiwa penduduk": the first count shares the second one's unit
        or re.match(r"^\s*dari\s+(?:total\s+)?[\d.,]+\s*(?:juta\s+|ribu\s+)?(?:jiwa|orang|penduduk|warga)", s[q.end:])))
    if not people:
        return Role(None, why=f"not people ({unit})")
    if _OF_TOTAL_BEFORE.search(near) and _PEOPLE_AFTER.match(s[q.end:q.end + 30]) and \
            not _NEGATIVE_NEAR.search(right_clause[:60]):
        return Role("population", strength=0.8)  # "96,4 persen dari sekitar 170 ribu penduduk"
    if linked and prev_role is not None:
        mapped = {"coverage": "participants", "active_pct": "active_participants"}.get(prev_role.role or "")
        if mapped:  # "97,08 persen atau 1,65 juta jiwa"
            return Role(mapped, history=prev_role.history, linked=True, strength=0.85)
        if prev_role.role in ("target", None):
            return Role(None, linked=True, why="count restating a non-figure")
    if _is_target(left_full, right_clause, s) and re.search(r"target|sasaran", left_full[-80:]):
        return Role(None, why="target count")
    if re.search(r"(?:lebih dari|hampir|kurang dari|mendekati|kurang lebih dari)\s*$", near):
        return Role(None, why="bound")
    if _NEGATIVE_NEAR.search(near) or _NEGATIVE_NEAR.search(right_clause[:60]):
        if not re.search(r"\bdari\s+(?:total\s+|jumlah\s+)?$", near):
            return Role(None, why="uninsured or inactive")
    if _NEW_OR_ADDED.search(near) or _NEW_AFTER.match(right_clause):
        return Role(None, why="new or missing participants")
    history = bool(_HISTORY.search(left_full[-80:]))
    pop = _POPULATION_BEFORE.search(left) or _POPULATION_SUBJECT.search(left[-90:])
    if pop and not _PARTICIPATION.search(pop.group("between")) and not _PARTICIPATION.search(right_clause[:40]):
        return Role("population", history=history, strength=0.85)
    if _OF_TOTAL_BEFORE.search(near) and _PEOPLE_AFTER.match(s[q.end:q.end + 30]):
        return Role("population", history=history, strength=0.8)
    if _SEGMENT.search(left[-70:]) or _SEGMENT.search(right_clause[:30]) or re.search(r"^\s*\w*\s*(?:merupakan|adalah)?\s*(?:warga|peserta)?\s*yang\s+(?:didaftarkan|ditanggung|dibiayai|iurannya)", right_clause):
        return Role(None, why="segment or subset")
    window = left_full[-140:] + " " + right_clause
    if _ACTIVE.search(window) and not _INACTIVE.search(window):
        return Role("active_participants", history=history, strength=0.75)
    if _PARTICIPATION.search(window) or _PARTICIPATION.search(s):
        strength = 0.8 if _PARTICIPATION.search(window) else 0.55
        return Role("participants", history=history, strength=strength)
    return Role(None, why="no participation words")


def is_other_measure(sentence: str) -> bool:
    """Is the sentence about the coverage of something else ("cakupan imunisasi dasar lengkap",
    BPJS Ketenagakerjaan)?"""
    s = sentence.lower()
    other = _OTHER_COVERAGE.search(_last_coverage_word(s, len(s))) or _EMPLOYMENT.search(s)
    return bool(other) and not _JKN_NAMED.search(s)


def about_employment_insurance(text: str) -> bool:
    """Is the story about BPJS Ketenagakerjaan rather than JKN (it names that more often)?"""
    t = text.lower()
    return len(_EMPLOYMENT.findall(t)) > len(_JKN_NAMED.findall(t))


def names_jkn(sentence: str) -> bool:
    """Does the sentence name JKN itself (not just "cakupan")?"""
    return bool(_JKN_NAMED.search(sentence.lower()))


def is_jkn_context(sentence: str) -> bool:
    """Does the sentence speak of JKN enrolment at all (so that a short one after it continues it)?"""
    s = sentence.lower()
    coverage_of_something = re.search(r"\b(?:cakupan|capaian)\b(?!\s+(?:tersebut|itu|ini)\b)", s) and \
        not _OTHER_COVERAGE.search(_last_coverage_word(s, len(s)))
    return bool(_JKN_CONTEXT.search(s) or coverage_of_something)


def links_previous_sentence(sentence: str) -> bool:
    """Does the sentence continue the previous one ("Angka ini sama dengan ...")?"""
    return bool(_LINK_SENTENCE_START.match(sentence.lower()))
