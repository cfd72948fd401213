"""roles: one case per rule of each rule table, and every rule has its case.

Each case is a sentence, which of its percentages and counts to look at, and what that number must
be: a role, or the reason it has none. The case also checks that the named rule is the one that
decided, so a rule added to a table without a case here fails ``test_every_rule_has_a_case``.
"""

from __future__ import annotations

import pytest

from uhcwatch.crawler.extraction.extract import extract
from uhcwatch.crawler.extraction.numbers import find_quantities
from uhcwatch.crawler.extraction import weights as W
from uhcwatch.crawler.extraction.roles import (COMMON_RULES, COUNT_RULES, PERCENT_RULES, Passage, Reason, Role,
                                               classify, is_jkn_context, is_other_measure, links_previous_sentence)


def roles(sentence: str, passage: Passage = Passage.NONE, regions_at: tuple[int, ...] = (),
          before: Role | None = None) -> list[Role]:
    """The role of each percentage and count of the sentence, in order, as the extractor reads them (`before`: the
    role of the last number of the sentence before, which a sentence opening "Angka itu ..." continues)."""
    out, prev_q, prev_role = [], None, before
    for q in find_quantities(sentence):
        if q.kind in ("pct", "count"):
            prev_role = classify(q, sentence, prev_q, prev_role, before is not None, passage, regions_at)
            prev_q = q
            out.append(prev_role)
    return out


# rule name -> (sentence, index of the number, expected role or reason[, passage])
CASES = {
    # any number
    "employment insurance, JKN not named": (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Demak mencapai 45 persen.", 0, Reason.EMPLOYMENT),
    "another insurance scheme, JKN not named": (
        "Pada tahun 2021, provinsi Aceh memiliki coverage asuransi kesehatan terbesar, 96,62 persen.", 0,
        Reason.OTHER_MEASURE),
    "a measure named before it": (
        "Tingkat kepuasan peserta JKN di Kota Semarang mencapai 89,2 persen.", 0, Reason.OTHER_MEASURE),
    "something else right next to it": (
        "Cakupan JKN Kabupaten Demak 96 persen, sementara 12 persen pasien memakai fasilitas swasta.", 1,
        Reason.OTHER_SUBJECT),
    # percentages
    "the members of a programme inside JKN": (
        "Di Kabupaten Klaten, 12.400 peserta JKN kini tergabung dalam Prolanis.", 0, Reason.SEGMENT),
    "no share at all": ("Dua kabupaten lagi, Asmat dan Mappi, pencapaian UHC masih 0%.", 0, Reason.NOT_A_FIGURE),
    "a share of a study's sample": (
        "The results showed that 54% of respondents know JKN, 92% have high interest and 98% have never got JKN "
        "socialization.", 2,
        Reason.OTHER_MEASURE),
    "a programme named by its level": (
        "Program universal health coverage (UHC) 100% yang dicanangkan Pemerintah Kota Cirebon belum diketahui warga.", 0,
        Reason.PROGRAMME),
    "the level an earlier one went to": (
        "Active population coverage increased from 76.07% in December 2023 to 78.83% in December 2024.", 1,
        "active_pct"),
    "the exact level a floor hedges": (
        "Saat ini warga Lubuklinggau yang tercover BPJS sudah diatas 100 persen, yakni 100,73 persen.", 1, "coverage"),
    "an earlier level compared with": (
        "Cakupan kepesertaan aktif JKN di Sulteng telah mencapai 89,16 persen melonjak dibandingkan 2024 yang hanya "
        "berada di level 70 persen.", 1, "active_pct"),
    "a target the region is measured against": (
        "Gunungkidul juga lebih tinggi dari target RPJMN 2024 yang sebesar 98 persen.", 0, Reason.COMPARED),
    "people still to be enrolled": (
        "Sebanyak 601.252 warga Sulawesi Barat akan didaftarkan sebagai peserta JKN.", 0, Reason.TARGET_COUNT),
    "a share no population has": ("848 persen warga tomohon dilindungi jaminan kesehatan", 0, Reason.NOT_A_FIGURE),
    "the share of a target count reached": (
        "Di Kabupaten Bengkulu Utara sebanyak 200.067 jiwa dari target 207.439 jiwa atau mencapai 96 persen.", 2,
        "coverage", Passage.JKN),
    "a shortfall": (
        "Kita masih kurang 7 % untuk mencapai target di 80%, ditambah keuangan daerah tidak sampai.", 0, Reason.GAP),
    "a target": ("Pemkab Demak menargetkan cakupan JKN mencapai 98 persen pada 2024.", 0, "target"),
    "the whole a gap closes to": (
        "Artinya tinggal 3 persen lagi seluruh warga Kabupaten Demak sudah terdaftar 100 persen.", 1, Reason.GAP,
        Passage.JKN),
    "a bound or threshold": (
        "Untuk meraih UHC, cakupan kepesertaan minimal 95 persen dari jumlah penduduk.", 0, Reason.BOUND),
    "what follows from a condition": (
        "Kalau kepesertaan JKN di Kabupaten Demak sudah bisa, 100% pun tinggal sedikit lagi.", 0, Reason.BOUND),
    "a condition": (
        "Kartu peserta JKN langsung aktif, kecuali apabila tingkat keaktifan peserta JKN telah mencapai 100 persen.", 0,
        Reason.BOUND),
    "another share of the same other thing": (
        "Tingkat kepuasan peserta JKN di Kota Semarang 89 persen dan di Kota Solo 92 persen.", 1, Reason.OTHER_MEASURE),
    "the next segment of a list": (
        "Sisanya dari berbagai segmen, termasuk PBPU (11,7%), Pekerja Penerima Upah Penyelenggara Negara (PPU PN) "
        "(10,71%).", 1, Reason.SEGMENT_SHARE, Passage.JKN),
    "restates the uninsured": (
        "Masih ada 2.149 penduduk yang belum terdaftar atau 1,2 persen dari penduduk Kabupaten Demak.", 1,
        Reason.UNINSURED_SHARE),
    "restates a segment's count": (
        "Jumlah peserta JKN mandiri yang aktif di Kabupaten Kudus hanya 44.314 peserta atau hanya 5,11 persen dari "
        "jumlah penduduk.", 1, Reason.SEGMENT_SHARE),
    "a segment's share after a count": (  # after "Peserta aktif BPJS per 2022 mencapai 204,37 juta jiwa."
        "Artinya, peserta BPJS PBI APBN-APBD mencapai 65,4 persen.", 0, Reason.SEGMENT_SHARE, Passage.JKN, (),
        Role("active_participants")),
    "restates a count": (
        "Sebanyak 1.169.409 jiwa atau 95,94 persen penduduk Kabupaten Demak telah terdaftar sebagai peserta JKN.",
        1, "coverage"),
    "restates a number that is no figure": ("Sebanyak 12.000 orang hadir, atau 3 persen warga.", 1, Reason.LINKED),
    "a region left unnamed": (
        "Pemprov Kalimantan Timur menerima informasi ada daerah yang tercatat memiliki capaian UHC 101 persen.",
        0, Reason.NO_OWNER),
    "a change, not a level": ("Cakupan JKN Kabupaten Demak naik 2,4 persen dibanding tahun lalu.", 0, Reason.CHANGE),
    "a gap still to close": (
        "Di Kabupaten Serang sendiri cakupan JKN sudah 65 persen, butuh 20 persen lagi.", 1, Reason.GAP),
    "the share of the uninsured, named further back": (
        "Kabupaten Morowali memiliki persentase non-kepesertaan JKN tertinggi sebesar 3,96 persen.", 0,
        Reason.UNINSURED_SHARE),
    "the uninsured or inactive": (
        "Sekitar 4 persen penduduk Kabupaten Demak belum terdaftar sebagai peserta JKN.", 0, Reason.UNINSURED),
    "a share of a segment": (
        "Di Kabupaten Demak, 40 persen peserta PBI menjadi bagian terbesar kepesertaan JKN.", 0,
        Reason.SEGMENT_SHARE),
    "people recorded for a region in a passage about enrolment": (
        "Rinciannya, Kabupaten Maluku Barat Daya tercatat sebanyak 76.858 jiwa.", 0, "participants", Passage.JKN,
        (12,)),
    "the next of a list of counts": (
        "Kepesertaan JKN tertinggi di Kota Jayapura sebanyak 398.781 jiwa, disusul Kabupaten Mimika 335.226 jiwa, "
        "Kabupaten Jayapura 221.678 jiwa, Kabupaten Puncak Jaya 213.073 jiwa, Kabupaten Puncak 170.738 jiwa, "
        "Kabupaten Keerom 70.554 jiwa.", 5, "participants"),
    "restates a count of the uninsured": (
        "Masih tercatat sebesar 2.428 jiwa atau sebanyak 0,55 persen masyarakat Kulon Progo yang belum terdaftar.",
        1, Reason.UNINSURED_SHARE),
    "continues a passage about the uninsured": (
        "Dari sisi persentase, Morowali tercatat 3,96 persen, tertinggi dibanding Donggala.", 0,
        Reason.UNINSURED_SHARE, Passage.UNINSURED),
    "the next of a list of the uninsured": (
        "Sigi tertinggi jumlah non kepesertaan JKN, yaitu 4.493 orang atau 1,71%, disusul Buol 3.808 orang atau "
        "2,45%.", 2, Reason.UNINSURED),
    "a share of a budget": ("Kepesertaan JKN Kabupaten Demak 60 persen ditanggung APBD.", 0, Reason.BUDGET_SHARE),
    "a share restated as money": (
        "Tahun ini jumlahnya bertambah, persisnya menjadi 45 persen atau sekitar Rp30,4 Miliar.", 0, Reason.BUDGET_SHARE,
        Passage.JKN),
    "an average over several regions": (
        "Dari empat wilayah tersebut rata-rata jumlah peserta yang terdaftar sudah mencapai 80% yakni untuk Batang "
        "sebanyak 80,05%.", 0, Reason.GENERIC, Passage.JKN),

    "a budget's share named before it": (
        "Iuran PBI JK dibagi dengan ketentuan pembagian anggaran (budget sharing) 55 persen dari Pemprov, dan kepada "
        "pemerintah kabupaten dan kota dibebankan sebesar 45 persen.", 1, Reason.BUDGET_SHARE),
    "a share enrolled through one financing route": (
        "Saat ini sekitar 44,65 persen penduduk Sidrap terdaftar dan dibiayai melalui PBPU Pemda.", 0,
        Reason.SEGMENT_SHARE),
    "a share of another base": (
        "Cakupan JKN itu 70 persen dari total peserta yang terdaftar di Kabupaten Demak.", 0, Reason.OTHER_BASE),
    "a share of regions": (
        "Sekitar 76 persen wilayah di Indonesia telah sukses mencapai UHC JKN.", 0, Reason.OTHER_BASE),
    "the active share": ("Peserta aktif JKN di Kabupaten Demak mencapai 76,5 persen.", 0, "active_pct"),
    "a share in a sentence about keaktifan only": (
        "Tingkat keaktifan peserta JKN tertinggi di antara enam kabupaten di provinsi ini hingga Oktober 2025 dicatat "
        "oleh Kabupaten Polewali Mandar, yakni 89,01 persen.", 0, "active_pct"),
    "continues a passage about keaktifan": (
        "Capaian tertinggi dicatat oleh Kabupaten Polewali Mandar, yakni 89,01 persen.", 0, "active_pct",
        Passage.ACTIVE),
    "continues another measure": ("Pringsewu mencatat 93,4 persen.", 0, Reason.OTHER_PASSAGE, Passage.OTHER_MEASURE),
    "a share of workers": (
        "Jaminan kesehatan menjangkau 58,3 persen dari 1,1 juta pekerja di Kabupaten Demak.", 0,
        Reason.WORKERS_SHARE),
    "a share of participants": (
        "Sebanyak 34,5 persen peserta JKN di Kabupaten Demak mengikuti skrining.", 0, Reason.PARTICIPANTS_SHARE),
    "a share of participants named before it": (
        "Dari seluruh peserta JKN di Kabupaten Pati, 60 persen di antaranya peserta PBI.", 0,
        Reason.PARTICIPANTS_SHARE),
    "no coverage words": ("Kabupaten Demak mencatat 45 persen.", 0, Reason.NO_COVERAGE_WORDS),
    "the next of a list of figures": (
        "Cakupan JKN di Kabupaten Demak 94,87 persen, 97 persen, dan 98 persen.", 1, "coverage"),
    "nothing says whose share it is": ("BPJS Kesehatan Kabupaten Demak mencatat 45 persen.", 0, Reason.NO_OWNER),
    "a statement about regions in general": (
        "Setiap daerah dengan cakupan JKN 95 persen meraih UHC.", 0, Reason.GENERIC),
    "coverage": ("Cakupan JKN Kabupaten Demak mencapai 95,94 persen.", 0, "coverage"),
    # counts
    "not a count of people": (
        "Kabupaten Demak memiliki 14 kecamatan dengan kepesertaan JKN tinggi.", 0, Reason.NOT_PEOPLE),
    "a level denied": ("Kalau tidak turun dari kemensos, posisinya tidak 95 persen.", 0, Reason.BOUND),
    "the base of a rate": ("Menurutnya dari setiap 1000 peserta yang mendaftar, 30 orang sakit berat.", 0,
                           Reason.OTHER_BASE),
    "the residents a region has": (
        "Kota Pontianak dengan 673.129 penduduk baru 498.549 penduduk yang terdaftar menjadi peserta JKN.", 0,
        "population"),
    "the enrolled an active share is of": (
        "Keaktifan peserta JKN di DIY mencapai 88,64 persen dari total 3.738.179 jiwa penduduk yang terdaftar.", 1,
        "participants"),
    "the population a share is of": (
        "Cakupan JKN mencapai 96,4 persen dari sekitar 170 ribu penduduk.", 1, "population"),
    "restates a share": ("Cakupan JKN Kabupaten Demak 97,08 persen atau 1,65 juta jiwa.", 1, "participants"),
    "the people a share of the population amounts to": (
        "Angka itu setara 745.276 jiwa.", 0, "participants", Passage.JKN, (), Role("population")),
    "a count restated as a share in a passage about enrolment": (
        "Saat ini sudah tercapai 437.317 atau 91,62 persen.", 0, "participants", Passage.JKN),
    "the people a share of the population just named amounts to": (
        "Untuk Lumajang masih mencapai 70 persen dari 1.092.729 penduduk yakni 768.243 jiwa.", 2, "participants"),
    "a count restating no figure": (
        "Target cakupan JKN 98 persen atau 1,2 juta jiwa.", 1, Reason.COUNT_RESTATES_NON_FIGURE),
    "a target count": (
        "Target kepesertaan tahun 2024 sebanyak 1,2 juta jiwa peserta JKN.", 0, Reason.TARGET_COUNT),
    "a bound": ("Peserta JKN di Kabupaten Demak hampir 1 juta jiwa.", 0, Reason.BOUND),
    "how many it rose by": (
        "Peserta JKN mencapai 217.549.455 jiwa atau meningkat 15,8 juta jiwa dibanding tahun lalu.", 1,
        Reason.NEW_OR_MISSING),
    "the same segment counted again": (
        "Kuota PBI di Kabupaten Demak bertambah 4.442 orang, total menjadi 85.902 peserta.", 1, Reason.SEGMENT),
    "uninsured or inactive people": (
        "Sebanyak 25.000 jiwa di Kabupaten Demak belum terdaftar sebagai peserta JKN.", 0, Reason.UNINSURED),
    "new or missing participants": (
        "Tahun ini ada tambahan 54.368 peserta baru JKN di Kabupaten Demak.", 0, Reason.NEW_OR_MISSING),
    "the population": ("Jumlah penduduk Kabupaten Demak mencapai 1.218.890 jiwa.", 0, "population"),
    "the population of a total": (
        "Sebanyak 12.000 warga belum terdaftar dari total 350.119 jiwa penduduk yang belum tercatat.", 1,
        "population"),
    "a segment or subset": ("Peserta PBI APBN di Kabupaten Demak sebanyak 668.692 jiwa.", 0, Reason.SEGMENT),
    "the count named as the coverage": (
        "Kota Mojokerto 101,10 persen dari jumlah penduduk 140.730 jiwa, cakupan 142.271 dan peserta aktif 124.861 "
        "jiwa.", 2, "participants"),
    "active participants": (
        "Peserta aktif JKN di Kabupaten Demak sebanyak 900.000 jiwa.", 0, "active_participants"),
    "participants": (
        "Sebanyak 1.169.409 jiwa penduduk Kabupaten Demak terdaftar sebagai peserta JKN.", 0, "participants"),
    "the people a share amounts to": (
        "Bila berdasarkan penduduk Jepara sebanyak 1.264.598 jiwa, presentase tersebut berjumlah 1.244.533 jiwa.", 1,
        "participants"),
    "the total of the segments": (
        "PBI APBN 42.629 jiwa dan non-PBI 5.613 jiwa. Total keseluruhan 59.419 jiwa.", 2, "participants", Passage.JKN),
    "the count the passage spoke of, said again": (
        "Sampai dengan 19 Mei 2019, jumlah tersebut meningkat menjadi 221.580.743 jiwa, kata Dirut BPJS Kesehatan.", 0,
        "participants", Passage.JKN),
    "the total the sentence before counted": ("Totalnya, mencapai 116.122.065 jiwa.", 0, "participants", Passage.JKN),
    "the upper end of a range": (
        "Dalam sebulan BPJS Kesehatan bisa menjaring 6 juta hingga 7 juta masyarakat masuk program JKN-KIS.", 1,
        Reason.BOUND, Passage.JKN),
    "no participation words": (
        "Di Kabupaten Demak ada 12.000 orang yang hadir di alun-alun.", 0, Reason.NO_PARTICIPATION_WORDS),
}


def test_every_rule_has_a_case():
    names = [r.name for r in COMMON_RULES + PERCENT_RULES + COUNT_RULES]
    assert len(names) == len(set(names)), "rule names must be unique"
    assert set(names) == set(CASES)


@pytest.mark.parametrize("rule", CASES)
def test_rule(rule):
    sentence, n, expected, *passage = CASES[rule]
    role = roles(sentence, *passage)[n]
    assert role.rule == rule
    if isinstance(expected, Reason):
        assert role.role is None and role.reason is expected
    else:
        assert role.role == expected


def test_a_target_on_activity_is_no_coverage_target():
    (role,) = roles("Keaktifan peserta JKN harus kita naikkan menjadi 85 persen tahun depan.")
    assert role.reason is Reason.ACTIVITY_TARGET and role.rule == "a target"


def test_a_restated_target_is_no_second_target():
    first, second = roles("Target cakupan JKN 98 persen, atau setara 98 persen penduduk.")
    assert first.role == "target" and second.reason is Reason.TARGET_RESTATED


def test_target_words_do_not_reach_past_a_contrast():
    target, figure = roles("Target nasional cakupan JKN 98 persen, sedangkan Kabupaten Demak baru mencapai 93 persen.")
    assert target.role == "target" and figure.role == "coverage"
    (provisional,) = roles("Pemkab Demak memasang target sementara cakupan JKN 96 persen.")
    assert provisional.role == "target"  # "sementara" inside a clause is "provisional", not a contrast


def test_a_keaktifan_passage_yields_to_enrolment_words():
    sentence = "Kabupaten Polewali Mandar mencatat 96,5 persen dari jumlah penduduk."
    assert [r.role for r in roles(sentence, Passage.ACTIVE)] == ["coverage"]
    assert [r.role for r in roles("Cakupan kepesertaan JKN Kabupaten Majene 97 persen.", Passage.ACTIVE)] == ["coverage"]


def test_a_region_named_in_any_form_owns_a_share_in_a_jkn_passage():
    sentence = "Balangan dan HSS mencapai 100% sedang HST 95.87%, HSU 96.75% dan Tabalong 98.03%, ujarnya seraya menambahkan."
    assert [r.role for r in roles(sentence, Passage.JKN, regions_at=(0, 13, 36, 50, 66))] == ["coverage"] * 4
    assert {r.reason for r in roles(sentence, Passage.JKN)} == {Reason.NO_OWNER}  # no region found: no owner


@pytest.mark.parametrize("sentence", [
    "Kabupaten Serang dan Kota Serang sudah berkomitmen pada tahun 2018 capaian UHC akan terealisasi 100%.",
    "Tahun ini Sidoarjo harus 100 persen.",
    "Bupati mengatakan Demak harus mencapai 98 persen.",
    "Cakupan JKN wajib bisa menyentuh 98 persen.",
    "Dimana tahun 2024 mendatang, Presiden arahkan 98 persen masyarakat Indonesia sudah masuk BPJS Kesehatan.",
    "Pemkab Bekasi terus mendorong kepesertaan BPJS Kesehatan hingga menyentuh 100 persen dari jumlah penduduk.",
    "Untuk bisa memenuhi angka 98 persen, kami mengajak masyarakat yang belum terdaftar untuk mendaftar.",
    "Upaya ini terus dilakukan agar bisa mewujudkan 100 persen Universal Health Coverage (UHC).",
    "Aturan ini bentuk kontribusi masyarakat dalam membantu program JKN mencapai 100 persen Universal Health Coverage.",
    "Dengan aturan baru ini, penduduk Indonesia yang terdaftar dalam Program JKN pada 2024 bisa mencapai 98%.",
    "BPJS Kesehatan Kabupaten Kudus pun optimis pemerintah daerah dapat mencapai Universal Health Coverage (UHC) sebesar "
    "98 persen dari alokasi DBHCHT 2022.",
])
def test_what_a_region_must_reach_is_a_target(sentence):
    assert [r.role for r in roles(sentence, Passage.JKN)] == ["target"]


def test_a_share_named_keaktifan_right_after_it_is_active():
    enrolled, active = roles("Dengan capaian 98,67 persen kepesertaan dan 79,85 persen keaktifan, Kota Bogor kini "
                             "menuju UHC.", Passage.JKN)
    assert (enrolled.role, active.role) == ("coverage", "active_pct")
    (active,) = roles("Bengkulu sudah mencapai 80 persen antusiasme keaktifan peserta.", Passage.JKN, (0,))
    assert active.role == "active_pct"
    enrolled, active = roles("Kota Bogor mencapai 98 persen dan keaktifan 80 persen.", Passage.JKN, (0,))
    assert (enrolled.role, active.role) == ("coverage", "active_pct")


def test_the_from_level_of_a_planned_rise_is_the_present_one():
    now, target = roles("BPJS menargetkan kepesertaan JKN di Kabupaten Malang dari 97 persen menjadi 98 persen pada 2026.")
    assert (now.role, now.history, target.role) == ("coverage", False, "target")
    now, target = roles("Tingkat keaktifan peserta ditargetkan naik dari 64 persen menjadi 80 persen.")
    assert (now.role, target.reason) == ("active_pct", Reason.ACTIVITY_TARGET)


@pytest.mark.parametrize("sentence, expected", [
    # "baru" before a verb or a number is "only", not "new"
    ("Dari jumlah penduduk Kabupaten Serang 1.718.502 jiwa baru mencapai 84,72 persen.", "population"),
    ("Tercatat 54.368 peserta baru di Kabupaten Demak bulan ini.", None),
    # a person word with "-nya" is still a person word
    ("Peserta di wilayahnya mencapai 144.853 jiwa atau 102,16 persen dari 141.790 penduduknya.", "population"),
])
def test_counts_read_with_baru_and_nya(sentence, expected):
    counts = [r for r, q in zip(roles(sentence), [q for q in find_quantities(sentence) if q.kind in ("pct", "count")])
              if q.kind == "count"]
    assert counts[-1].role == expected


def test_the_uninsured_share_to_enrol_is_no_target():
    (role,) = roles("Pemkab Jepara berkomitmen akan segera menuntaskan 2 persen masyarakat yang belum tercover di "
                    "tahun mendatang.", Passage.JKN)
    assert role.role is None and role.reason is Reason.UNINSURED


def test_unemployment_is_another_measure():
    (role,) = roles("Tingkat pengangguran terbuka di Pandeglang masih tinggi, yakni 7,81 persen.", Passage.JKN, (30,))
    assert role.reason is Reason.OTHER_MEASURE


def test_history_words_mark_an_earlier_figure():
    (role,) = roles("Cakupan JKN Kabupaten Demak sempat 91,2 persen.")
    assert role.role == "coverage" and role.history


@pytest.mark.parametrize("sentence, expected", [
    ("Cakupan imunisasi dasar lengkap di Kabupaten Demak tinggi.", True),
    ("Kepesertaan BPJS Ketenagakerjaan naik.", True),
    ("Cakupan JKN Kabupaten Demak tinggi.", False),
])
def test_is_other_measure(sentence, expected):
    assert is_other_measure(sentence) is expected


def test_a_sentence_opening_with_a_conjunction_and_that_figure_continues_the_last():
    assert links_previous_sentence("Tapi angka tersebut pada Oktober 2021 turun menjadi 89 persen.")
    assert not links_previous_sentence("Tapi kami optimistis angka 95 persen kembali tercapai.")


def test_sentence_level_tests():
    assert is_jkn_context("Kepesertaan JKN terus naik.")
    assert not is_jkn_context("Harga cabai naik.")
    assert links_previous_sentence("Angka ini setara dengan 95 persen.")
    assert not links_previous_sentence("Cakupan JKN 95 persen.")


@pytest.mark.parametrize("sentence, n, reason", [
    ("Cakupan JKN Kabupaten Kediri di akhir 2025 sudah mencapai 98 persen lebih.", 0, Reason.BOUND),
    ("Syaratnya cakupan JKN 98 persen dan keaktifan 80 persen.", 1, Reason.BOUND),
    ("Kategori Madya mensyaratkan cakupan minimal 98 persen dengan keaktifan minimal 85 persen, atau alternatifnya "
     "penduduk yang didaftarkan Pemda mencapai 25 persen.", 2, Reason.BOUND),
    ("Syarat UHC, Kota Kediri sudah lebih dari 95 persen.", 0, Reason.BOUND),
    ("Ada dua kriteria utama meraih UHC, yaitu kepesertaan minimal mencapai 95 persen dari jumlah penduduk.", 0,
     Reason.BOUND),
])
def test_bounds_either_side_of_the_number(sentence, n, reason):
    assert roles(sentence)[n].reason is reason


def test_a_stated_figure_after_a_threshold_word_is_no_bound():
    (role,) = roles("Kepesertaan JKN Kabupaten Pasangkayu masih di bawah standar UHC, yakni hanya 72,36 persen.")
    assert role.role == "coverage"


@pytest.mark.parametrize("sentence", [
    "Kita terus bekerja agar tahun 2024 cakupan JKN se-Jatim bisa 100 persen.",
    "Pemprov mendukung daerah supaya mencapai 95 persen cakupan kepesertaan.",
    "Gubernur optimistis cakupan JKN bisa mencapai 100 persen pada tahun 2024 mendatang.",
])
def test_a_level_wished_for_is_a_target(sentence):
    (role,) = roles(sentence)
    assert role.role == "target"


def test_near_a_level_is_a_bound_and_an_award_for_a_level_states_it():
    (role,) = roles("Banyak kabupaten/kota cakupan JKN-nya sebetulnya sudah dekat 90 persen.")
    assert role.reason is Reason.BOUND
    (role,) = roles("Kabupaten Bekasi meraih UHC Awards kategori madya atas cakupan 99,4 persen kepesertaan JKN.")
    assert role.role == "coverage"


@pytest.mark.parametrize("sentence, n, expected", [
    ("Kepesertaan JKN Sulsel melebihi 95 persen sesuai target pemerintah.", 0, Reason.COMPARED),
    ("Cakupan peserta Kaltara sudah di atas Rencana Pembangunan Jangka Menengah Nasional (RPJMN) 98,6 persen.", 0,
     Reason.COMPARED),
    ("Sesuai RPJMN 2020-2024 diharapkan cakupan peserta JKN di DKI mencapai 98 persen.", 0, "target"),
    ("Namun realisasinya lebih cepat, yakni pada 2021 kepesertaan JKN sudah mencapai 98,39 persen.", 0, "coverage"),
])
def test_targets_measured_against_hoped_for_and_beaten(sentence, n, expected):
    role = roles(sentence)[n]
    assert (role.role if isinstance(expected, str) else role.reason) == expected


def test_words_inside_other_words_are_not_read():
    first, _, second, _ = roles("Pemprov mengklaim saat ini 94,43 persen dari total sekitar 14 juta penduduk telah "
                                "tercakup JKN. Artinya 5,57 persen penduduk atau sekitar 1 juta jiwa belum terdaftar.")
    assert first.role == "coverage"  # "mengklaim" is no insurance claim ("klaim")
    assert second.reason is Reason.UNINSURED


def test_a_level_to_be_raised_to_by_a_deadline_is_a_target():
    old, new = roles("Pemda berkomitmen agar cakupan kepesertaan JKN yang selama ini cuma 91 persen ditingkatkan menjadi "
                     "95 persen paling lama Oktober 2018.")
    assert (old.role, new.role) == ("coverage", "target")


def test_a_level_reached_stated_as_a_floor_to_the_decimal_is_the_figure():
    (role,) = roles("Tingkat kepesertaan JKN di Kalimantan Barat telah mencapai lebih dari 94,10 persen.", regions_at=(30,))
    assert role.role == "coverage"
    (role,) = roles("Jadi untuk UHC cakupan Sumatera Utara itu di atas 98,6 %, kata dia.")
    assert role.role == "coverage"  # a threshold is a round number
    (role,) = roles("Kita telah mencapai lebih dari 99 persen UHC BPJS Kesehatan.")
    assert role.reason is Reason.BOUND  # whose level, nothing says


@pytest.mark.parametrize("sentence, at", [
    ("Di Kota Kediri sendiri kepesertaan JKN sudah lebih dari 95 persen.", 3),
    ("Kota Semarang dan Kota Yogyakarta sama-sama telah mencapai kepesertaan JKN-KIS di atas 95 persen.", 0),
    ("Per 1 Agustus 2024, jumlah penduduk Indonesia yang terlindungi JKN telah mencapai lebih dari 98 persen.", -1),
    ("Saat ini dua kabupaten telah mencakup lebih dari 95 persen jumlah penduduk sebagai peserta JKN.", -1),
])
def test_a_level_reached_by_a_named_region_stated_as_a_round_floor_is_its_figure(sentence, at):
    (role,) = roles(sentence, regions_at=(at,) if at >= 0 else ())
    assert role.role == "coverage"


@pytest.mark.parametrize("sentence", [
    "UHC Prioritas berarti cakupan peserta di Manggarai Barat sudah di atas 98%.",
    "Daerah mendapat predikat UHC apabila cakupan di Kabupaten Tanah Bumbu telah mencapai di atas 95 persen.",
    "Kepesertaan Kabupaten Serang terendah dibanding kabupaten/kota lain yang rata-rata sudah mencapai di atas 95 persen.",
])
def test_a_floor_in_a_definition_a_condition_or_an_average_stays_a_bound(sentence):
    (role,) = roles(sentence, regions_at=(20,))
    assert role.reason is Reason.BOUND


def test_from_x_to_y_makes_x_history():
    first, second = roles("Dalam setahun cakupan JKN Kabupaten Demak berubah dari 91,2 persen menjadi 95,94 persen.")
    assert first.history and not second.history


def test_a_bare_count_restated_as_a_share_is_people():
    first, second = roles("Kabupaten Kubu Raya mencapai 274.898 peserta JKN atau 77,70 persen, Kabupaten Mempawah "
                          "mencapai 232.987 atau 75,49 persen.")[2:] or roles(
        "Kepesertaan JKN Kabupaten Kubu Raya mencapai 274.898 atau 77,70 persen.")
    assert (first.role, second.role) == ("participants", "coverage")


@pytest.mark.parametrize("sentence, reason", [
    ("Kita masih membutuhkan sekitar 18 persen penduduk lagi agar UHC tercapai di Kabupaten Tegal.", Reason.GAP),
    ("Saat ini terdapat 23,48 persen penduduk yang iurannya dibayarkan oleh Pemkot Pekalongan.", Reason.SEGMENT_SHARE),
    ("Di Provinsi NTT cuma 7 persen saja peserta mandiri mendaftar sebagai peserta JKN.", Reason.SEGMENT_SHARE),
    ("Segmen kepala desa di Kabupaten Bekasi baru mencapai 30 persen yang terdaftar JKN.", Reason.SEGMENT_SHARE),
])
def test_shares_that_are_not_the_regions_coverage(sentence, reason):
    assert roles(sentence)[0].reason is reason


@pytest.mark.parametrize("sentence", [
    "Pemda wajib membayarkan iuran JKN dari ASN sebesar 4 persen dari upah yang diberikan.",
    "Iuran peserta PPU JKN sebesar 5 persen dari gaji per bulan.",
    "Iuran peserta JKN di Kota Semarang hanya mencukupi 30 persen dari pembayaran yang dibutuhkan.",
])
def test_a_contribution_rate_is_a_share_of_wages_not_coverage(sentence):
    (role,) = roles(sentence)
    assert role.role is None and role.reason is Reason.OTHER_BASE


def test_from_x_in_a_year_to_y_keeps_y():
    """"dari 75,04 persen pada tahun 2021 menjadi 84,06 persen pada tahun 2022": the first is history."""
    first, second = roles("Cakupan peserta JKN Provinsi Riau meningkat dari 75,04 persen pada tahun 2021 menjadi "
                          "84,06 persen pada tahun 2022.")
    assert first.role is None or first.history  # a change from it (or history), never the current figure
    assert (second.role, second.history) == ("coverage", False)


def test_a_breakdown_by_segment_is_no_figure_but_by_region_is():
    (segment,) = roles("Rinciannya, peserta PBI APBN tercatat sebanyak 500.000 jiwa.", Passage.JKN)
    assert segment.reason is Reason.SEGMENT
    (region,) = roles("Kabupaten Manokwari memiliki jumlah peserta terbanyak dengan 222.857 jiwa.", Passage.JKN, (0,))
    assert region.role == "participants"


def test_an_intended_rise_is_a_target_not_the_figure():
    (role,) = roles("Pemerintah Nunukan terus mendorong capaian UHC tahun 2025 dengan meningkatkan kepesertaan JKN "
                    "sebesar 98,6 persen dari total jumlah penduduk.")
    assert role.role == "target"


def test_a_comparison_is_no_condition():
    (role,) = roles("Jika dibandingkan tahun lalu, cakupan JKN Kabupaten Demak kini 96,5 persen.")
    assert role.role == "coverage"


def test_enrolment_named_after_a_keaktifan_figure_is_coverage():
    shares = roles("Kabupaten Kampar mencapai kepesertaan 100,44 persen dengan keaktifan 84,56 persen dan Kabupaten "
                   "Pelalawan mencatat kepesertaan 99,53 persen dan keaktifan 85,84 persen.")
    assert [r.role for r in shares] == ["coverage", "active_pct", "coverage", "active_pct"]


def test_a_share_of_total_spending_is_a_budget_share():
    (share,) = roles("Untuk kepesertaan JKN, Pemprov Jatim mengalokasikan Rp 4,7 triliun atau 19,12 persen dari total "
                     "belanja daerah.", Passage.JKN)
    assert (share.role, share.reason) == (None, Reason.BUDGET_SHARE)


@pytest.mark.parametrize("sentence", [
    "Seluruh elemen masyarakat harus pro aktif guna tercapainya target minimum 98 persen UHC tahun 2024.",
    "Nasional mentargetkan pada 2024 UHC bisa 98 persen.",  # a common misspelling of "menargetkan"
])
def test_targets_the_way_writers_put_them(sentence):
    assert [r.role for r in roles(sentence, Passage.JKN)] == ["target"]


def test_kalau_untuk_is_as_for_not_if():
    share, _, _ = roles("Kalau untuk Kota Ambon sendiri 88,50 persen yang terdaftar atau sebanyak 311.966 peserta dari "
                        "jumlah penduduk sebanyak 352.490 jiwa.", Passage.JKN)
    assert share.role == "coverage"
    (condition,) = roles("Status UHC dicabut kalau cakupan JKN turun di bawah 95 persen.", Passage.JKN)
    assert condition.role is None


def test_a_level_to_reach_a_hope_and_a_way_of_looking():
    (gap,) = roles("Masih ada tiga kabupaten/kota yang masih ada gap dalam mencapai cakupan kepesertaan 98 persen.",
                   Passage.JKN)
    assert gap.role == "target"
    (reached,) = roles("Ini hasil kerja keras kami untuk mencapai kepesertaan JKN 95,27% dari seluruh penduduk.",
                       Passage.JKN)
    assert reached.role == "coverage"  # work done to reach a level it has reached
    *_, hope = roles("BPJS berharap peserta JKN di 15 kabupaten dan kota minimal sudah mencapai 98 persen.", Passage.JKN)
    assert hope.role is None
    active, inactive, outside = roles("Kalau kita lihat peserta aktif 78 persen, non aktif 19,88 persen dan non BPJS "
                                      "1,92 persen.", Passage.JKN)
    assert (active.role, inactive.role, outside.role) == ("active_pct", None, None)
    (share,) = roles("Dengan prosentase aktif peserta 83,89 persen.", Passage.JKN)
    assert share.role == "active_pct"


@pytest.mark.parametrize("sentence", [
    "Ia mengatakan angka 100 persen akan dicapai setelah Pemkab Buton mengkover seluruh warganya.",
    "BPJS Kesehatan Palembang dorong empat daerah capai UHC 100 persen.",
])
def test_levels_still_to_come_are_targets(sentence):
    assert [r.role for r in roles(sentence, Passage.JKN)] == ["target"]


def test_a_count_enrolled_in_one_segment_is_no_participants_figure():
    (count,) = roles("Saat ini sekitar 900 ribu jiwa masyarakat Kabupaten Cirebon tercatat sebagai peserta PBI dalam "
                     "program JKN.", Passage.JKN)
    assert count.reason is Reason.SEGMENT


def test_a_share_in_brackets_after_a_segment_count_is_that_segments_share():
    roles_ = roles("Kemudian ada peserta dari kelompok Penerima Bantuan Iuran dari APBD (PBI APBD) 39,5 juta jiwa (16%), "
                   "Pekerja Penerima Upah Penyelenggara Negara (PPU PN) 19,34 juta jiwa (7,83%).", Passage.JKN)
    assert [r.role for r in roles_] == [None] * 4
    count, share = roles("Ada pula 30,68 juta jiwa (12,42%) peserta yang berstatus Pekerja Penerima Upah Pekerja "
                         "Mandiri.", Passage.JKN)
    assert (count.reason, share.role) == (Reason.SEGMENT, None)


def test_a_share_in_brackets_after_a_count_of_participants_restates_it():
    count, share = roles("Jumlah peserta JKN di Kabupaten Demak mencapai 1.169.409 jiwa (95,94%).", Passage.JKN)
    assert (count.role, share.role) == ("participants", "coverage")


def test_a_floor_of_the_enrolled_is_their_count_and_no_base_of_a_share():
    count, share, population = roles("Lebih dari 186 ribu warga terdaftar sebagai peserta JKN, mewakili 91 persen dari "
                                     "total 205 ribu penduduk Manokwari.", Passage.JKN)
    assert (count.role, share.role, population.role) == ("participants", "coverage", "population")
    (bound,) = roles("Hampir 186 ribu warga terdaftar sebagai peserta JKN.", Passage.JKN)
    assert bound.reason is Reason.BOUND


def test_a_count_restated_as_a_floor_of_the_nation_states_its_coverage():
    count, share = roles("Jumlah kepesertaan program JKN mencapai 282,7 juta hingga 31 Desember 2025 atau lebih dari "
                         "98 persen dari total jumlah penduduk Indonesia.")
    assert (count.role, share.role) == ("participants", "coverage")


def test_nearly_a_level_to_the_decimal_is_the_level():
    (role,) = roles("Artinya jumlah masyarakat yang telah mengikuti Program JKN-KIS hampir mencapai 72,9% dari jumlah "
                    "penduduk Indonesia.")
    assert role.role == "coverage"


@pytest.mark.parametrize("sentence, n, reason", [
    ("Saat ini peserta mandiri yang rutin membayar iuran sekitar 52,64 persen.", 0, Reason.SEGMENT_SHARE),
    ("Komposisi kepesertaan JKN-KIS yaitu 26,10 persen peserta kelas satu, 27,10 persen kelas dua.", 1,
     Reason.SEGMENT_SHARE),
    ("Masih ada sekitar 35,2 persen atau 340.828 jiwa yang belum menjadi peserta JKN-KIS.", 0, Reason.UNINSURED),
])
def test_shares_of_a_segment_a_class_or_the_uninsured_are_no_coverage(sentence, n, reason):
    assert roles(sentence, Passage.JKN)[n].reason is reason


def test_a_dot_inside_a_number_does_not_end_the_clause():
    # the clause after 96% runs on past "10.000"; the people not yet enrolled are the newcomers, not the share
    first, second, _ = roles("Cakupan JKN di Kota Kendari turun dari hampir 100% menjadi 96% akibat bertambahnya "
                             "10.000 penduduk yang belum terdaftar.")
    assert second.role == "coverage"


def test_a_level_to_make_sure_of_is_a_target():
    _, share, _ = roles("Dari total penduduk sekitar 2,7 juta jiwa, kami perlu memastikan 98 persen di antaranya, atau "
                        "sekitar 2,6 juta jiwa, telah terdaftar sebagai peserta JKN aktif.")
    assert share.role == "target"


@pytest.mark.parametrize("sentence, at, role", [
    ("Meskipun cakupan kepesertaan JKN di Batam melampaui 97 persen, keaktifan masih rendah.", 40, "coverage"),
    ("BPJS Kesehatan mencatat sedikitnya 98,8 persen dari jumlah penduduk di Kabupaten Belu menjadi peserta JKN.", -1,
     "coverage"),
    ("UHC kategori Madya ini menunjukkan bahwa Mimika telah mencapai 98 persen coverage kepesertaan JKN.", 43, "coverage"),
])
def test_a_level_passed_or_recorded_as_a_floor_is_the_figure(sentence, at, role):
    assert roles(sentence, Passage.JKN, (at,) if at >= 0 else ())[0].role == role


def test_a_floor_summing_up_a_list_with_figures_of_its_own_stays_a_bound():
    first = roles("Per 1 Mei 2025, empat kabupaten di Kepulauan Riau sudah melampaui 98 persen kepesertaan, yakni "
                  "Bintan (98,34%), Anambas (99,40%).", Passage.JKN, (34,))[0]
    assert first.reason is Reason.BOUND


def test_a_national_minimum_in_force_is_a_bound():
    share = roles("Sesuai Perpres, cakupan UHC nasional minimal berada di angka 98,6 persen dengan keaktifan 80 persen.",
                  Passage.JKN)[0]
    assert share.reason is Reason.BOUND


def test_a_level_hoped_to_be_reached_is_a_target():
    (role,) = roles("Maka diharapkan pelayanan kesehatan di Kabupaten Mimika dapat mencapai 100 persen.", Passage.JKN, (40,))
    assert role.role == "target"


def test_the_base_of_a_share_after_dari_jumlah_penduduk_sekitar_is_the_population():
    _, base = roles("Tercatat 98,8 persen dari jumlah penduduk sekitar 220 ribu jiwa menjadi peserta JKN.", Passage.JKN)
    assert base.role == "population"


def test_a_list_of_count_and_share_pairs_goes_on_with_the_count():
    roles_ = roles("Bone Bolango sebanyak 161.238 jiwa atau 95,59 persen, dan Pohuwato 148.690 jiwa atau 95,50 persen.",
                   Passage.JKN, (0, 50))
    assert [r.role for r in roles_] == ["participants", "coverage", "participants", "coverage"]


def test_a_count_with_jumlah_for_a_named_region_is_its_participants():
    count, share = roles("Kemudian Kabupaten Boalemo dengan jumlah 146.769 jiwa atau 98 persen.", Passage.JKN, (9,))
    assert (count.role, share.role) == ("participants", "coverage")


@pytest.mark.parametrize("sentence, at, expected", [
    ("Seterusnya Kabupaten Siak pada angka 98,87 persen untuk kepesertaan dan 82,25 persen untuk keaktifan.", 11,
     ["coverage", "active_pct"]),
    ("Kabupaten Bima masih 70,13 persen masih terendah bersama Kabupaten Sumbawa 71,58 persen peserta JKN, katanya.", 0,
     ["coverage", "coverage"]),
    ("Kepala BPJS Kesehatan Nagekeo menyebutkan realisasi cakupan jaminan kesehatan di Nagekeo masih di angka "
     "77,35 persen dari total penduduk 166.030 jiwa.", 80, ["coverage", "population"]),
    ("Provinsi Maluku Utara dari jumlah penduduk sebesar 1,35 juta yang teregistrasi sebanyak 1,33 juta atau sebesar "
     "98,81 persen.", 0, ["population", "participants", "coverage"]),
])
def test_the_measure_named_after_a_share_and_registration_words(sentence, at, expected):
    assert [r.role for r in roles(sentence, Passage.JKN, (at,))] == expected


@pytest.mark.parametrize("sentence, at, expected", [
    ("Menurutnya, ada beberapa wilayah di Bali yakni Badung dan Klungkung yang jumlah kepersertaan JKN telah 100% lebih.",
     45, ["coverage"]),
    ("Cakupan kepesertaan JKN di Tanjung Jabung Barat berada di atas 80 persen.", 30, ["coverage"]),
    ("Pemkab Halsel dinilai berhasil menjamin lebih dari 98 persen penduduknya terdaftar sebagai peserta JKN.", 7,
     ["coverage"]),
    ("Menurut data BPJS, Morut berhasil meningkatkan cakupan kepesertaan JKN sampai 104,72 persen dari total penduduk "
     "dan keaktifan peserta dari semua segmen mencapai 98,37 persen.", 20, ["coverage", "active_pct"]),
])
def test_levels_reached_as_floors_or_by_a_rise_and_all_segments(sentence, at, expected):
    assert [r.role for r in roles(sentence, Passage.JKN, (at,))] == expected


def test_what_every_segment_must_add_up_to_is_a_target():
    (role,) = roles("Semua segmen itu harus menyumbang total 98 persen kepesertaan.", Passage.JKN)
    assert role.role == "target"


def test_regions_in_general_named_one_by_one_are_no_longer_general():
    _, share = roles("Sementara itu ada 1 daerah yang belum mencapai UHC yaitu Tulangbawang Barat (86,25%).",
                     Passage.JKN, (60,))
    assert share.role == "coverage"
    (share,) = roles("Daerah yang belum mencapai UHC cakupannya masih di bawah 86 persen.", Passage.JKN)
    assert share.reason is not None


def test_a_named_region_s_level_reached_after_criteria_words_is_its_figure():
    (role,) = roles("Penghargaan kategori Utama diberikan berdasarkan dua indikator, yakni cakupan kepesertaan di Kabupaten "
                    "Aceh Besar yang telah mencapai 98 persen pada tahun 2025.", Passage.JKN, (90,))
    assert role.role == "coverage"
    (role,) = roles("Syarat kategori Utama: cakupan kepesertaan yang telah mencapai 98 persen.", Passage.JKN)
    assert role.reason is Reason.BOUND  # no region named: the criterion itself


def test_segments_named_by_who_pays_and_the_rest_of_their_list_are_segment_shares():
    shares = roles("Kepesertaan JKN di Papua Selatan didominasi oleh Penerima Bantuan Iuran (PBI) yang dibiayai APBN "
                   "(69,54%). Sisanya berasal dari berbagai segmen, termasuk PBPU yang dibiayai pemda (11,7%), Pekerja "
                   "Penerima Upah Penyelenggara Negara (PPU PN) (10,71%), pekerja swasta (5,73%), serta peserta mandiri "
                   "(2,31%).", Passage.JKN)
    assert [r.reason for r in shares] == [Reason.SEGMENT_SHARE] * 5


@pytest.mark.parametrize("sentence, at", [
    ("Meski begitu, capaian UHC di Kaltim sudah melampaui angka 100 persen.", 27),
    ("UHC Award untuk Pemerintah Kabupaten Mentawai merupakan apresiasi atas tercapainya kepesertaan Program JKN lebih "
     "dari 95 persen.", 26),
    ("Kabupaten Enrekang berhasil mencatatkan Cakupan Kesehatan Semesta (Universal Health Coverage-UHC) di atas 98%.", 0),
    ("Saat ini, cakupan kepesertaan JKN Kabupaten Bima sudah mencapai minimal 98 persen.", 38),
    ("Target nasional keaktifan adalah 80 persen, sedangkan Kota Cirebon sudah melampaui di angka 85,40 persen.", 55),
])
def test_a_verb_of_reaching_with_its_measure_before_a_floor(sentence, at):
    assert roles(sentence, Passage.JKN, (at,))[-1].role in ("coverage", "active_pct")


def test_a_floor_kept_by_the_measure_named_again_is_the_level():
    (role,) = roles("Cakupan kepesertaan ini bahkan terus terjaga di atas 99 persen hingga akhir tahun 2025.", Passage.JKN)
    assert role.role == "coverage"
    (bound,) = roles("Cakupan kepesertaan ini bahkan terus terjaga di atas 99 persen hingga akhir tahun 2025.")
    assert bound.reason is Reason.BOUND  # outside a JKN passage, "ini" refers to nothing known


def test_a_minimum_still_required_is_not_a_level_reached():
    (role,) = roles("Untuk meraih predikat itu, cakupan kepesertaan JKN Kabupaten Bima harus mencapai minimal 98 persen.",
                    Passage.JKN, (51,))
    assert role.role != "coverage"


def test_a_rise_named_as_a_noun_some_words_before_its_size_is_a_change():
    share, _ = roles("Jumlah pekerja swasta kita mengalami peningkatan yang lumayan signifikan sekitar 21.7% dari total "
                     "9.372 jiwa pekerja terdaftar.", Passage.JKN)
    assert share.reason is Reason.CHANGE


def test_a_share_of_people_owning_an_id_number_is_no_coverage():
    (role,) = roles("Kepala Dukcapil memastikan 100 persen penduduk Pangkalpinang telah memiliki Nomor Induk Kependudukan "
                    "(NIK).", Passage.JKN, (46,))
    assert role.reason is Reason.OTHER_SUBJECT


def test_a_share_the_region_must_cover_is_no_level():
    (role,) = roles("Kendala utama adalah anggaran APBD Kota Pangkalpinang, yang harus mencakup 20 persen jumlah penduduk.",
                    Passage.JKN, (35,))
    assert role.role != "coverage"


def test_a_count_before_the_population_it_is_of_counts_people():
    count, population = roles("Dimana kepesertaan BPJS Kesehatan di Polewali Mandar 422.021 dari jumlah penduduk 491.014 "
                              "jiwa.", Passage.JKN, (38,))
    assert (count.role, population.role) == ("participants", "population")


def test_the_uhc_threshold_given_as_what_target_uhc_means_is_no_target():
    (role,) = roles("Cakupan Program JKN di Kota Magelang sudah melampaui target UHC, yakni minimal 95 persen dari "
                    "populasi.", Passage.JKN, (22,))
    assert role.reason is Reason.BOUND
    (own,) = roles("Pemkot Magelang menargetkan cakupan UHC minimal 98 persen pada 2025.", Passage.JKN, (3,))
    assert own.role == "target"


def test_the_indicators_a_region_met_for_its_award_are_its_levels():
    share, active = roles("Penghargaan UHC Kategori Madya ini diraih setelah Kabupaten Rokan Hulu memenuhi sejumlah "
                          "indikator utama, antara lain cakupan kepesertaan JKN mencapai 98 persen, tingkat keaktifan "
                          "peserta sebesar 85 persen.", Passage.JKN, (63,))
    assert (share.role, active.role) == ("coverage", "active_pct")


def test_a_rise_still_to_make_for_a_purpose_is_an_aim():
    (role,) = roles("Wali Kota pun menanyakan langkah-langkah strategis untuk meningkatkan persentase kepesertaan aktif "
                    "menjadi 80 persen.", Passage.JKN)
    assert role.reason is Reason.ACTIVITY_TARGET
    (done,) = roles("Pemkot berhasil meningkatkan kepesertaan aktif menjadi 80 persen.", Passage.JKN)
    assert done.role == "active_pct"


def test_a_part_of_the_population_restated_as_a_share_enrolled_is_the_participants():
    population, count, share = roles("Dari 153.232 jiwa penduduk Kabupaten Kepahiang saat ini sebanyak 147.765 jiwa atau "
                                     "96,43 persen sudah memiliki jaminan kesehatan.", Passage.JKN, (29,))
    assert (population.role, count.role, share.role) == ("population", "participants", "coverage")


def test_all_the_residents_are_the_population():
    population, count, share = roles("“Kalau keseluruhan warga Kota Bekasi itu kisaran 2,5 juta jiwa, yang baru terdaftar "
                                     "baru 1,5 juta jiwa atau kisaran 76 persen.", Passage.JKN, (25,))
    assert (population.role, count.role, share.role) == ("population", "participants", "coverage")


def test_a_target_for_coverage_and_activity_together_is_a_coverage_target():
    (role,) = roles("BPJS Kesehatan mendorong Pemkab Kudus untuk terus menambah jumlah cakupan dan kepesertaan aktif agar "
                    "bisa mencapai 100 persen di tahun depan.", Passage.JKN, (33,))
    assert role.role == "target"
    (active,) = roles("Pemkab Kudus menargetkan kepesertaan aktif mencapai 85 persen.", Passage.JKN, (0,))
    assert active.reason is Reason.ACTIVITY_TARGET


def test_a_level_to_be_able_to_reach_is_an_aim():
    (role,) = roles("Andayani menjelaskan, untuk bisa mencapai 100 persen Universal Health Coverage 2019, pihaknya akan "
                    "berkoordinasi dengan Kemendagri.", Passage.JKN)
    assert role.role != "coverage"


def test_a_count_named_as_the_number_of_participants_counts_them():
    first, second = roles("Dua kota sudah mencapai UHC yaitu Kota Cirebon dengan jumlah peserta 325.658 dan Kota Bandung "
                          "dengan jumlah peserta 2.205.664.", Passage.JKN, (38, 76))
    assert (first.role, second.role) == ("participants", "participants")


def test_a_prerequisite_or_parameter_is_a_bound():
    for sentence in ("Menurutnya prasyarat keaktifan 75 persen itu menjadi satu hal yang berat.",
                     "Parameternya itu sebetulnya keaktifan 75 persen tadi."):
        (role,) = roles(sentence, Passage.JKN)
        assert role.reason is Reason.BOUND


def test_the_recipients_paid_for_by_the_centre_are_a_segment():
    for sentence in ("Pemerintah Aceh meminta kabupaten/kota memperbarui data 2,1 juta masyarakat penerima JKN-KIS.",
                     "“2,1 juta masyarakat Aceh yang ditanggung pemerintah pusat ini merupakan apresiasi,” terangnya."):
        (role,) = roles(sentence, Passage.JKN)
        assert role.reason is Reason.SEGMENT


def test_the_total_population_as_the_base_of_a_share_however_named():
    share, population, _ = roles("Cakupan kepesertaan BPJS Kesehatan di Lebak telah mencapai 98 persen dari total "
                                 "populasi sekitar 1,5 juta jiwa, masih ada sekitar 30 ribu warga yang belum.", Passage.JKN)
    assert (share.role, population.role) == ("coverage", "population")


def test_a_projection_a_promise_and_a_contribution_rate_are_no_levels():
    (projection,) = roles("Dengan adanya penambahan tersebut persentase kepesertaan Program JKN Provinsi Sulawesi "
                          "Tenggara menjadi 97%, jika dibandingkan dengan jumlah penduduk saat ini.", Passage.JKN, (70,))
    assert projection.role == "target"
    (promise,) = roles("Pj Bupati pun berjanji UHC 95 % dari total jumlah penduduk Kabupaten Batang dapat tercapai di "
                       "anggaran perubahan tahun 2023.", Passage.JKN, (70,))
    assert promise.role == "target"
    (rate,) = roles("Utang tersebut merupakan selisih kurang penyetoran IW Pemda 4% dari hasil rekonsiliasi antara "
                    "Pemerintah Kabupaten Lima Puluh Kota dan BPJS Kesehatan.", Passage.JKN, (70,))
    assert rate.reason is Reason.OTHER_MEASURE


def test_a_nominal_level_set_right_at_once_and_a_quotas_fill_rate():
    nominal, real = roles("Cakupan UHC di Kota Malang 106 persen namun yang tercakup hanya 94 persen.", Passage.JKN, (14,))
    assert (nominal.history, real.role, real.history) == (True, "coverage", False)
    (quota,) = roles("Saat ini dari penambahan jatah KIS hanya bisa tercover sebesar 60 persen.", Passage.JKN)
    assert quota.reason is Reason.OTHER_MEASURE


def test_keaktifan_words_before_the_next_figure_are_its_own():
    share, active = roles("Sedangkan di Kabupaten Sukoharjo capaian UHC 98,43 persen dengan komposisi peserta aktif "
                          "mencapai 77,78 persen.", Passage.JKN, (13,))
    assert (share.role, active.role) == ("coverage", "active_pct")
    (own,) = roles("Sebanyak 89 persen di antaranya aktif.", Passage.JKN)
    assert own.role == "active_pct"


def test_jika_dirinci_breaks_a_figure_down_it_sets_no_condition():
    share, _ = roles("Jika dirinci untuk Kota Surakarta mencapai UHC sebesar 98,58 persen dengan komposisi berdasarkan "
                     "status keaktifan peserta mencapai 87,48 persen.", Passage.JKN, (19,))
    assert share.role == "coverage"


def test_all_a_region_has_enrolled_so_far_is_its_participants_not_an_addition():
    count, share, _ = roles("Pemerintah Kabupaten Pulau Morotai secara keseluruhan telah mendaftarkan 72.730 jiwa atau "
                            "97.54% dari jumlah penduduk 74.565 jiwa.", Passage.JKN, (11,))
    assert (count.role, share.role) == ("participants", "coverage")
    (added,) = roles("Pemkab telah mendaftarkan 5.000 warga miskin ke program JKN.", Passage.JKN)
    assert added.reason is Reason.NEW_OR_MISSING


def test_sekira_restates_like_sekitar():
    share, count, population = roles("Yakni baru mencapai 69 persen saja, atau sekira 24,1 juta dari 36,2 juta penduduk "
                                     "di Jawa Tengah.", Passage.JKN)
    assert (share.role, count.role, population.role) == ("coverage", "participants", "population")


def test_the_level_that_earned_an_award_category_is_the_level():
    (role,) = roles("Pemerintah Kabupaten Probolinggo kembali mengantongi penghargaan UHC kategori Pratama, setelah "
                    "kepesertaan JKN di daerah ini menembus 98,84 persen.", Passage.JKN, (18,))
    assert role.role == "coverage"


@pytest.mark.parametrize("text, role", [
    ("Tanah Bumbu Raih UHC Award 2026 Kategori Madya, Cakupan JKN Tembus 100 Persen", "coverage"),
    ("UHC Award kategori Madya diberikan kepada daerah dengan cakupan minimal 98 persen.", None),
])
def test_a_level_broken_through_after_a_category_is_the_level_not_its_criterion(text, role):
    (share,) = roles(text, Passage.JKN, (0,))
    assert share.role == role


def test_a_rise_the_region_will_make_is_its_target_however_long_its_object():
    (role,) = roles("Pj Bupati Bandung Barat berkomitmen tahun ini akan meningkatkan kesertaan BPJS Kesehatan minimal "
                    "menjadi 98%.", Passage.JKN, (3,))
    assert role.role == "target"


def test_the_level_a_target_was_reached_with_is_the_level():
    (role,) = roles("Pemerintah Kabupaten Kudus berhasil mencapai target Universal Health Coverage (UHC) bagi penduduk "
                    "dengan capaian 95,42 persen penduduknya mengikuti program JKN-KIS.", Passage.JKN)
    assert role.role == "coverage"


def test_a_level_set_against_a_numeric_target_is_the_level():
    level, target = roles("Kepesertaan BPJS Kesehatan kita baru 96 persen dari target 98 persen.", Passage.JKN)
    assert (level.role, target.role) == ("coverage", "target")


def test_a_list_of_regions_opened_after_target_words_gives_their_levels():
    (role,) = roles("Tiga wilayah tercatat belum mencapai target UHC, yaitu Kabupaten Pesisir Selatan yang berada di "
                    "angka 92,35 persen.", Passage.JKN, (55,))
    assert role.role == "coverage"
    _, target = roles("Kepesertaan JKN DKI mencapai 98,79 persen atau melampaui target, yakni 98 persen.", Passage.JKN,
                      (16,))
    assert target.reason is Reason.COMPARED or target.role == "target"


@pytest.mark.parametrize("sentence, at, n", [
    ("Pihaknya meminta Pemkot Blitar agar menggunakan kuota ini untuk memenuhi kepesertaan Kota Blitar menjadi 100 "
     "persen.", 17, 0),
    ("Menurut dia, untuk mewujudkan UHC 100 persen, masih ada pekerjaan rumah di Kabupaten Banyuasin.", 70, 0),
    ("BPJS siap memfasilitasi Kabupaten Banyuasin meraih predikat UHC 100 persen pada akhir 2023 ini.", 24, 0),
])
def test_levels_to_bring_about_are_targets(sentence, at, n):
    assert roles(sentence, Passage.JKN, (at,))[n].role == "target"


def test_a_level_for_uhc_is_its_threshold():
    (role,) = roles("Kami sedang menunggu data dari pemerintah kabupaten untuk UHC 98 persen.", Passage.JKN)
    assert role.reason is Reason.BOUND


def test_a_figure_set_before_now_is_history():
    old, new = roles("Tahun 2021 baru 76 persen, sekarang sudah mencapai 84 persen warga Gresik yang sudah tercover JKN.",
                     Passage.JKN, (75,))
    assert old.history and not new.history


def test_words_inside_region_names_are_not_read():
    shares = roles("Yaitu Palangka Raya (101,80%), Sukamara (101,75%), Gunung Mas (101,73%).", Passage.JKN, (6, 32, 52))
    assert [r.role for r in shares] == ["coverage"] * 3  # "Sukamara" holds no "kamar"


def test_a_share_compared_in_a_linked_sentence_is_no_restatement():
    # "Angka ini" links the sentence to the count before it, but the share is another one, compared with
    from uhcwatch.crawler.extraction.numbers import find_quantities
    from uhcwatch.crawler.extraction.roles import Role, classify
    s = "Angka ini bahkan melebihi capaian keaktifan di tingkat nasional yang berada di prosentase 76,95 persen."
    (q,) = [q for q in find_quantities(s) if q.kind == "pct"]
    role = classify(q, s, None, Role("population"), True, Passage.JKN)
    assert role.role == "active_pct" and not role.linked


def test_a_count_restated_as_a_share_of_the_people_is_the_enrolled():
    population, share, active, count = roles(
        "Berdasarkan data per 1 Juli 2025, dari total 8.874.291 jiwa atau 97,05 persen penduduk Lampung yang telah "
        "terdaftar sebagai peserta JKN-KIS, hanya 68,97 persen atau sekitar 6,3 juta jiwa yang tercatat aktif.",
        Passage.JKN, (90,))
    assert [r.role for r in (population, share, active, count)] == [
        "participants", "coverage", "active_pct", "active_participants"]


@pytest.mark.parametrize("sentence, expected", [
    ("Untuk keaktifan kepesertaan dari target 80 persen, kita baru sekitar 65 persen.", ["target", "active_pct"]),
    ("Diharapkan cakupan kepesertaan JKN di angka minimal 98,6 persen pada akhir 2025, kita posisi per 1 Juni kemarin "
     "masih di 98,2 persen.", ["target", "coverage"]),
])
def test_where_things_stand_after_a_target_is_the_level(sentence, expected):
    assert [r.role for r in roles(sentence, Passage.JKN) if r.role or r.reason is not Reason.NOT_PEOPLE] == expected


def test_an_active_share_is_never_above_100():
    share, count = roles("Data cakupan dan keaktifan peserta di Provinsi Gorontalo mencapai 100,56 persen atau sebanyak "
                         "1.263.204 jiwa.", Passage.JKN, (40,))
    assert (share.role, count.role) == ("coverage", "participants")


def test_the_nation_as_the_subject_of_a_short_sentence_owns_its_share():
    (role,) = roles("Sedangkan nasional berada diangka 94,64 persen.", Passage.JKN)
    assert role.role == "coverage"


def test_a_share_restated_as_a_count_of_regions_is_a_share_of_regions():
    share, _, _ = roles("Secara nasional, tercatat sudah 95 persen atau 489 kabupaten/kota dari 514 kabupaten/kota di "
                        "Indonesia yang terintegrasi dalam program JKN-KIS.", Passage.JKN)
    assert share.reason is Reason.OTHER_BASE


def test_where_the_nation_stands_after_the_target_it_is_measured_by():
    target, level = roles("Jabar ini sesuai dengan target RPJMN kita di 98 persen karena angka nasional masih 95 persen "
                          "jumlah JKN yang terdaftar.", Passage.JKN)
    assert (target.role, level.role) == ("target", "coverage")


def test_a_share_with_a_possessive_and_a_publication_in_brackets():
    (role,) = roles("Alhamdulillah 72 persennya sudah menjadi peserta JKN, ungkap Mohammad Ali.", Passage.JKN)
    assert role.role == "coverage"
    (role,) = roles("Selong (Suara NTB) – BPJS Kesehatan Cabang Selong mengungkapkan bahwa sebanyak 97,81 persen penduduk "
                    "Kabupaten Lombok Timur telah menjadi peserta JKN.", Passage.JKN, (120,))
    assert role.role == "coverage"
    share, _ = roles("Artinya, sebanyak 23,42 persen atau 3,4 juta jiwa lagi masih belum terdaftar.", Passage.JKN)
    assert share.reason is Reason.UNINSURED


@pytest.mark.parametrize("sentence, expected", [
    ("89 persen di antaranya aktif sebagai peserta.", ["active_pct"]),
    ("Dan pemerintah daerah telah memenuhi 25 persen pembiayaan dari jumlah penduduk.", [None]),
    ("Capaian UHC Sleman yang hampir menyentuh 100 persen, namun masih dihadapkan pada tunggakan.", [None]),
    ("Kabupaten Batang bisa dipercepat menuju cakupan 98 persen di 2024 melalui RPJMN.", ["target"]),
])
def test_active_of_them_a_financing_share_a_level_nearly_touched_and_one_headed_for(sentence, expected):
    assert [r.role for r in roles(sentence, Passage.JKN)] == expected


def test_peserta_jkn_aktif_is_the_active_share():
    share, count = roles("Capaian Peserta JKN aktif di Kabupaten Lebong saat ini mencapai 75,45% atau 85.244 jiwa.",
                         Passage.JKN, (35,))
    assert (share.role, count.role) == ("active_pct", "active_participants")


def test_what_is_still_needed_is_a_gap_and_a_level_committed_to_a_target():
    _, _, share = roles("Menuju 80 persen butuh, 70 ribu jiwa atau 6 persen lagi yang harus aktif.", Passage.ACTIVE)
    assert share.role is None  # the gap, restating the count still needed
    *_, role = roles("Program itu mendorong 89 kampung untuk berkomitmen mewujudkan 100% kepesertaan.", Passage.JKN)
    assert role.role == "target"


def test_keaktifan_misspelt_is_still_the_active_share():
    *_, active = roles("Hingga 1 Juli 2024, kepesertaan JKN Lampung setara 99,46 % dengan tingkat keakifan peserta 67,85 %.",
                       Passage.JKN, (30,))
    assert active.role == "active_pct"


def test_a_level_striven_for_is_a_target_and_of_activity_when_active_follows():
    share, _ = roles("Tahun 2024, kami berupaya untuk mencapai cakupan 98% dari jumlah penduduk atau 276 peserta.",
                     Passage.JKN)
    assert share.role == "target"
    (role,) = roles("Pada tahun ini pihaknya berupaya bisa mencapai 80 persen peserta aktif.", Passage.JKN)
    assert role.reason is Reason.ACTIVITY_TARGET


def test_a_level_kept_by_a_group_listed_next_is_their_figure_but_an_aim_to_keep_is_not():
    sentence = ("Bupati mengapresiasi sejumlah kabupaten dan kota yang konsisten menjaga tingkat keaktifan peserta JKN "
                "di atas 80 persen.")
    (unnamed,) = roles(sentence, Passage.JKN)
    assert unnamed.reason is Reason.NO_OWNER  # nothing says which ones
    q = find_quantities(sentence)[0]
    listed = classify(q, sentence, None, None, False, Passage.JKN, (),
                      "Daerah-daerah tersebut antara lain Kota Palu dan Kabupaten Sigi.")
    assert listed.role == "active_pct"
    aim = "Kabupaten Sigi diminta menjaga tingkat keaktifan peserta JKN di atas 80 persen."
    assert roles(aim, Passage.JKN, (0,))[0].role is None


def test_a_level_to_pay_for_is_a_target_and_kalau_kita_is_as_for_us():
    (aim,) = roles("Dia mengakui butuh anggaran besar untuk bisa mengkover 95 persen kepesertaan BPJS Kesehatan.",
                   Passage.JKN)
    assert aim.role == "target"
    _, level = roles("Kan kalau UHC harus 95 persen warga terkover BPJS Kesehatan, kalau kita saat ini masih 87 persen.",
                     Passage.JKN)
    assert level.role == "coverage"
    (condition,) = roles("Status UHC dicabut kalau kita tidak mencapai 95 persen.", Passage.JKN)
    assert condition.role != "coverage"


def test_a_sentence_opening_with_sebelumnya_tells_an_earlier_state():
    (earlier,) = roles("Sebelumnya juga Wali Kota menerima penghargaan UHC dari Presiden atas prestasi telah terasuransinya "
                       "96,56% masyarakat Kota Sibolga melalui BPJS Kesehatan.", Passage.JKN, (140,))
    assert earlier.role == "coverage" and earlier.history


def test_where_a_change_in_people_started_is_no_population():
    start, _ = roles("Jumlah kuota yang dipersiapkan Pemko Sibolga bertambah dari 40.000 jiwa menjadi 42.000 jiwa.",
                     Passage.JKN)
    assert start.role != "population"


def test_a_count_whose_subject_is_the_people_not_yet_enrolled_is_uninsured_however_long_the_name_between():
    uninsured, *_ = roles("Jumlah warga Kabupaten Penajam Paser Utara (PPU) yang belum menjadi peserta Badan Penyelenggara "
                          "Jaminan Sosial (BPJS) Kesehatan masih mencapai 56.516 dari total penduduk.", Passage.JKN)
    assert uninsured.reason is Reason.UNINSURED
    (enrolled,) = roles("Warga yang belum terdaftar sudah didata, sedangkan peserta JKN di Kabupaten Paser 250.000 jiwa.",
                        Passage.JKN, (70,))
    assert enrolled.role == "participants"  # another clause, after a comma


def test_a_share_opening_with_atau_restates_the_enrolled_count_before_it_even_as_a_floor():
    (count,) = roles("Secara nasional hingga 2017 telah mencapai 180 juta jiwa yang telah menggunakan JKN-KIS.", Passage.JKN)
    s = "Atau sekitar 70 persen lebih dari proyeksi penduduk Indonesia di tahun 2017."
    assert links_previous_sentence(s)
    (share,) = [classify(q, s, None, count, True, Passage.JKN) for q in find_quantities(s) if q.kind == "pct"]
    assert share.role == "coverage"
    assert not links_previous_sentence("Atau, jika dihitung ulang, hasilnya lain.")


def test_an_english_health_measure_is_no_coverage():
    (rate,) = roles("In East Java, the morbidity rate among poor people has reached 41.05 percent, meaning that many are "
                    "sick.", Passage.JKN, (3,))
    assert rate.role is None


def test_a_total_of_people_named_as_deactivated_is_no_count_of_participants():
    total, *_ = roles("Berdasarkan data Kemensos, dari total 7.397.277 peserta yang dinonaktifkan, sebanyak 5.090.334 orang "
                      "tidak terdaftar dalam DTSEN.", Passage.JKN)
    assert total.reason is Reason.UNINSURED
    base, _ = roles("Dari total 1.200.000 jiwa penduduk Kabupaten Demak, yang terdaftar 95 persen.", Passage.JKN, (30,))
    assert base.role == "population"  # a total of people with no word of deactivation after it


def test_the_people_a_share_amounts_to_a_keaktifan_after_the_uninsured_and_a_count_financed_by_one_route():
    share, count = roles("Per 1 November 2023, peserta JKN Kabupaten Lampung Barat telah mencapai 96,85 persen dari jumlah "
                         "penduduk atau sejumlah 298.460 jiwa.", Passage.JKN, (40,))
    assert (share.role, count.role) == ("coverage", "participants")
    _, active = roles("Sehingga terdapat 9.699 jiwa penduduk yang belum memiliki kepesertaan JKN dengan tingkat keaktifan "
                      "peserta yaitu 65,04 persen.", Passage.JKN)
    assert active.role == "active_pct"
    count, share = roles("Sejauh ini ada 20.010 jiwa atau 6,94 persen itu tercover atau dibiayai oleh APBD Lampung Barat.",
                         Passage.JKN)
    assert count.reason is Reason.SEGMENT and share.role is None


def test_a_threshold_fallen_short_of_a_mandate_and_what_is_still_needed_are_no_levels():
    (short,) = roles("Memang masih jauh angkanya dari UHC 95 persen.", Passage.JKN)
    assert short.reason is Reason.COMPARED
    (mandate,) = roles("Sesuai Perpres 82/2018 untuk daerah mencapai UHC secara 100 persen.", Passage.JKN)
    assert mandate.reason is Reason.BOUND
    _, needed = roles("Pemkab Gresik Klaim Kurang 159 Ribu Jiwa untuk Capai 100 Persen UHC", Passage.JKN)
    assert needed.role == "target"
    *_, reached = roles("Jika dirinci untuk Kota Surakarta mencapai UHC sebesar 98,58 persen.", Passage.JKN, (20,))
    assert reached.role == "coverage"  # "untuk" a region: as for it


def test_aktifnya_peserta_names_the_active_share():
    (share,) = roles("Tentu kita prihatin, karena aktifnya peserta JKN di Jawa Barat sekitar 73 persen.", Passage.JKN, (40,))
    assert share.role == "active_pct"


def test_sebelumnya_is_no_belum_bilamana_sets_a_condition_and_a_level_the_future_holds_is_a_target():
    before, after = roles("Dengan demikian, realisasi capaian UHC dari yang sebelumnya 97,71 persen menjadi 98,46 persen.",
                          Passage.JKN)
    assert (before.role, before.history, after.role, after.history) == ("coverage", True, "coverage", False)
    (condition,) = roles("Label UHC ini baru diperoleh bilamana, 95 persen penduduk sebuah daerah terdaftar.", Passage.JKN)
    assert condition.reason is Reason.BOUND
    (future,) = roles("Pada 1 Januari 2023 mendatang, dia memastikan penduduk yang terdaftar JKN sudah akan mencapai 95 "
                      "persen.", Passage.JKN)
    assert future.role == "target"


def test_a_share_restating_the_count_before_keeps_its_own_history_words():
    first = classify(find_quantities("sebanyak 4.265 jiwa")[0], "Ada penambahan peserta JKN sebanyak 4.265 jiwa.",
                     None, None, False, Passage.JKN)
    s = "Dengan demikian, realisasi capaian UHC dari yang sebelumnya 97,71 persen menjadi 98,46 persen."
    q = find_quantities(s)[0]
    earlier = classify(q, s, None, first, True, Passage.JKN)
    assert earlier.role == "coverage" and earlier.history


def test_a_floor_kept_after_a_category_won_and_a_second_floor_joined_to_it_are_levels():
    s = ("Pemerintah Kabupaten Sumenep kembali meraih UHC Award 2026 kategori madya setelah berhasil mempertahankan "
         "cakupan kepesertaan JKN di atas 95 persen dengan tingkat keaktifan peserta lebih dari 85 persen setiap bulan.")
    coverage, active = roles(s, Passage.JKN, (12,))
    assert (coverage.role, active.role) == ("coverage", "active_pct")
    (criterion,) = roles("UHC kategori madya berarti cakupan kepesertaan JKN sudah di atas 95 persen.", Passage.JKN)
    assert criterion.role is None


def test_english_of_the_residents_is_the_population_and_a_count_restated_as_a_share_is_people():
    population, count, share = roles("\"Of the 2.5 million residents of Medan, about two million or 80 percent of the "
                                     "population are registered with JKN.", Passage.JKN, (30,))
    assert (population.role, count.role, share.role) == ("population", "participants", "coverage")


def test_belum_uhc_is_a_status_not_the_unenrolled_and_arrears_after_another_number_are_its():
    (tual,) = [r for r in roles("Kota Tual duduki peringkat ketiga belum UHC yang mencapai 88,67 %, dengan jumlah peserta "
                                "78.271.", Passage.JKN, (0,))[:1]]
    assert tual.role == "coverage"
    level, _ = roles("Untuk tahun 2019 baru capai 75,85 % berarti sekitar 20 % masyarakat belum terdaftar dan menunggak "
                     "iuran.", Passage.JKN)
    assert level.role == "coverage"
    *_, threshold = roles("Kabupaten Garut termasuk 7 kabupaten di Jawa Barat yang belum mencapai UHC 95%.", Passage.JKN, (0,))
    assert threshold.reason is Reason.COMPARED


def test_the_speaker_turning_to_their_own_region_after_a_national_target_states_its_level():
    target, level, count = roles("Target secara nasional di tahun 2024, realisasi program JKN 98 persen, dan kita Kabupaten "
                                 "Mukomuko per Maret 2023 ini sudah mencapai 98,67 persen, dengan jumlah 160.586 jiwa "
                                 "warga yang telah memiliki BPJS.", Passage.JKN, (80,))
    assert target.role != "coverage" and (level.role, count.role) == ("coverage", "participants")


def test_all_the_residents_numbered_are_the_population():
    count, *_ = roles("Berdasarkan data BPJS Kesehatan, seluruh penduduk Boven Digoel yang berjumlah 72.027 jiwa itu sudah "
                      "menjadi peserta aktif BPJS Kesehatan.", Passage.JKN, (50,))
    assert count.role == "population"


def test_the_uhc_target_named_with_its_value_is_the_threshold_and_a_level_stated_now_is_no_target():
    for s in ("Kabupaten Tulungagung masih jauh dari target Universal Health Coverage (UHC), dengan patokan 95 persen "
              "kepesertaan BPJS Kesehatan.",
              "Kalau dilihat dari target Universal Health Coverage (UHC), yaitu 95% dari jumlah penduduk, masih kurang."):
        (threshold,) = [r for r in roles(s, Passage.JKN) if r.reason is not Reason.NOT_A_FIGURE][:1]
        assert threshold.reason is Reason.BOUND
    (now,) = roles("Kami masih mengejar target capaian kepesertaan BPJS Kesehatan, dimana saat ini baru mencapai 77 persen "
                   "dari jumlah total penduduk.", Passage.JKN)
    assert now.role == "coverage"
    (own,) = roles("Pemkab Demak menargetkan UHC 98 persen pada 2024.", Passage.JKN, (0,))
    assert own.role == "target"


def test_people_still_to_enrol_a_share_left_as_homework_and_counts_of_the_population_with_a_source_between():
    (missing,) = roles("BPJS Kesehatan masih memiliki kewajiban untuk memastikan 900 ribu jiwa warga Kalteng segera "
                       "terdaftar sebagai peserta.", Passage.JKN)
    assert missing.role is None
    gap, count = roles("Jadi masih sekitar 40 persen atau 900 ribu warga Kalteng menjadi pekerjaan rumah untuk kita.",
                       Passage.JKN)
    assert gap.reason is Reason.GAP and count.role is None
    (population,) = roles("Sementara jumlah penduduk Pamekasan menurut Data Kependudukan Bersih (DKB) Dispendukcapil "
                          "Pamekasan semester 1 tahun 2022 yakni 857.264 jiwa.", Passage.JKN)
    assert population.role == "population"
    *_, total = roles("Persentase peserta JKN sebesar 68 persen yaitu sebanyak 102.733 jiwa dari total masyarakat Kepahiang "
                      "sebanyak 150.152 jiwa.", Passage.JKN)
    assert total.role == "population"
    _, some = roles("Dari total penduduk Kalteng yang berjumlah 2,5 juta, 1,6 juta diantaranya telah terdaftar menjadi "
                    "peserta BPJS Kesehatan.", Passage.JKN)
    assert some.role == "participants"
    _, restated = roles("Capaian kepesertaan JKN di Cianjur 84,6 persen atau sekitar 2.063.000 dari jumlah pendudukan "
                        "Cianjur.", Passage.JKN)
    assert restated.role == "participants"


def test_a_list_of_segments_goes_on_past_their_counts_and_a_level_still_below_target_is_the_level():
    shares = roles("Segmen dengan tingkat keaktifan terendah adalah segmen PBPU 51,68%, sebesar 27.602 jiwa, PBPU Pemda "
                   "74,64%, sebesar 12.450 jiwa dan PBI JK 80,74% sebesar 7.274 jiwa.", Passage.ACTIVE)
    assert all(r.role is None for r in shares)
    (level,) = roles("Tingkat keaktifan peserta JKN Kota Pangkalpinang per 1 April 2025 masih dibawah target yaitu sebesar "
                     "76,67%.", Passage.JKN, (40,))
    assert level.role == "active_pct"
    (compared,) = roles("Capaian Kabupaten Demak di bawah target RPJMN yang sebesar 98 persen.", Passage.JKN, (8,))
    assert compared.reason is Reason.COMPARED


def test_a_floor_with_its_region_named_right_after_a_share_enrolled_by_the_pemda_and_a_count_with_a_bracketed_share():
    (floor,) = roles("Tingkat keaktifan peserta mencapai lebih dari 82 persen, Cianjur kini dinyatakan memenuhi standar UHC.",
                     Passage.JKN, (58,))
    assert floor.role == "active_pct"
    (segment,) = roles("Lebih dari 30,3 persen penduduknya telah didaftarkan langsung oleh pemerintah daerah.", Passage.JKN)
    assert segment.role is None
    _, count, share = roles("Lampung belum melampaui target ideal 80 persen, di mana hanya terdapat 6.546.571 (71 persen) "
                            "peserta yang aktif.", Passage.ACTIVE, (0,))
    assert (count.role, share.role) == ("active_participants", "active_pct")


def test_where_a_count_went_is_current_a_level_to_be_kept_is_now_and_a_hoped_level_is_a_target():
    before, after, share = roles("Kepesertaan naik dari 222,4 juta jiwa menjadi 235,71 juta jiwa pada 2021 atau 86,07 "
                                    "persen dari jumlah penduduk.", Passage.JKN)
    assert (before.history, after.role, after.history) == (True, "participants", False)
    (kept,) = roles("Ia optimis, presentase UHC sebanyak 95,85 persen itu akan terus dipertahankan hingga tahun depan.",
                    Passage.JKN)
    assert kept.role == "coverage"
    (hoped,) = roles("Pihaknya berharap, nantinya kepesertaan UHC Kabupaten Cirebon bisa tembus di angka 98 persen.",
                     Passage.JKN, (40,))
    assert hoped.role == "target"


def test_a_ceiling_and_a_keaktifan_stated_after_it_and_a_level_pushed_for():
    *_, active, bound = roles("Karena adanya pencoretan 120 ribu peserta, maka jumlah kepesertaan di bawah 98 persen dan "
                              "keaktifan hanya 78 persen yang minimalnya 80 persen agar bisa meraih UHC Prioritas.",
                              Passage.JKN)
    assert (active.role, bound.role) == ("active_pct", None)
    (pushed,) = roles("Pemprov Sulbar Dorong 100 Persen Kepesertaan JKN", Passage.JKN, (0,))
    assert pushed.role == "target"


def test_a_level_now_stated_with_lebih_in_a_jkn_passage_and_a_target_reached():
    (now,) = roles("Saat ini, 96% lebih menjadi peserta BPJS Kesehatan.", Passage.JKN)
    assert now.role == "coverage"
    (bound,) = roles("Saat ini, 96% lebih menjadi peserta BPJS Kesehatan.")
    assert bound.role is None  # outside a passage about JKN, whose level is unsaid
    _, reached = roles("Saat ini dari 2,6 juta penduduk Cianjur sudah tercapai target 98,6 persen.", Passage.JKN, (30,))
    assert reached.role == "coverage"


def test_a_level_for_a_purpose_or_within_reach_is_a_target_and_tembus_hingga_is_reached():
    (meeting,) = roles("Hal itu disampaikan Kepala Cabang dalam rangka mencapai capaian BPJS Kesehatan 100 persen.",
                       Passage.JKN)
    assert meeting.role == "target"
    (potential,) = roles("Potensi penambahan cakupan kepesertaan hingga bisa 100 persen warga terlindungi.", Passage.JKN)
    assert potential.role == "target"
    (hoped,) = roles("Semua warga tercover JKN, sehingga bisa mencapai predikat UHC, yakni 100 persen dari jumlah "
                     "penduduk.", Passage.JKN)
    assert hoped.role == "target"
    (reached,) = roles("Kepesertaan BPJS Kesehatan di Kabupaten Solok Selatan telah tembus hingga 97 persen.",
                       Passage.JKN, (40,))
    assert reached.role == "coverage"
    level, gap, whole = roles("Kabupaten Demak sudah 97 persen, untuk mencapai 3 persen menuju 100 persen perlu dana.",
                              Passage.JKN, (0,))
    assert (level.role, gap.reason, whole.role) == ("coverage", Reason.GAP, "target")


def test_a_level_told_roughly_with_hampir_is_the_level_but_nearly_everyone_is_none():
    (rough,) = roles("Kepesertaan JKN di Provinsi Sumatera Barat saat ini sudah hampir mencapai 71 persen.", Passage.JKN,
                     (23,))
    assert rough.role == "coverage"
    _, restated = roles("Peserta JKN di Kota Medan mencapai 1,7 juta jiwa atau hampir 70% dari jumlah penduduk.",
                        Passage.JKN, (14,))
    assert restated.role == "coverage"
    (everyone,) = roles("Kepesertaan JKN di Kota Samarinda hampir mendekati 100 persen.", Passage.JKN, (20,))
    assert everyone.role is None
    (segment,) = roles("Hampir 90% masyarakat peserta JKN-KIS wilayah Kabupaten Aceh Utara terdaftar pada segmen PD Pemda.",
                       Passage.JKN, (45,))
    assert segment.reason is Reason.SEGMENT_SHARE


def test_a_region_left_unnamed_is_owned_when_seperti_lists_them_after_it():
    s = "Beberapa daerah kepesertaannya sudah di atas 95 persen seperti Tolitoli, Buol, Palu."
    (listed,) = roles(s, Passage.JKN, (s.index("Tolitoli"),))
    assert listed.rule != "a region left unnamed"
    (unnamed,) = roles("Beberapa daerah kepesertaannya sudah di atas 95 persen.", Passage.JKN)
    assert unnamed.reason is Reason.NO_OWNER


def test_the_share_of_a_target_count_reached_by_active_participants_is_active():
    s = "Program ini telah mencakup 267.831 peserta aktif dari total target 337.702 orang, atau sekitar 81,11 persen."
    assert roles(s, Passage.JKN)[-1].role == "active_pct"


def test_every_segment_named_with_baik_maupun_is_all_participants():
    s = ("Yang menjadi peserta program BPJS kesehatan baik JKN-KIS, pekerja penerima upah maupun bukan penerima upah "
         "serta peserta mandiri baru 85.852 orang atau 71,79 persen.")
    count, share = roles(s, Passage.JKN, (0,))
    assert (count.role, share.role) == ("participants", "coverage")


def test_the_people_still_missing_after_a_share_restate_no_share():
    s = "Capaian kepesertaan di Bangkalan sekitar 88 persen atau masih kurang sekitar 77 ribu peserta baru."
    share, missing = roles(s, Passage.JKN, (25,))
    assert share.role == "coverage" and missing.role is None


def test_the_uninsured_as_the_clauses_subject_have_the_share():
    s = "Disebutkan juga, untuk kabupaten Gianyar yang belum ter-cover di BPJS sebesar 28,35% atau 142.221 penduduk."
    share, count = roles(s, Passage.JKN, (30,))
    assert (share.role, share.reason, count.role) == (None, Reason.UNINSURED_SHARE, None)


def test_shares_of_a_cost_sharing_are_budget_shares():
    s = "Program JKSS itu merupakan dana sharing Pemkab Agam 80 persen dan Pemprov Sumbar 20 persen."
    assert [(r.role, r.reason) for r in roles(s, Passage.JKN)] == [(None, Reason.BUDGET_SHARE)] * 2


def test_people_who_joined_one_segment_and_menarget():
    s = ("Hingga saat ini, 70 persen penduduk Brebes, atau sekitar 1,43 juta jiwa dari total 2,06 juta jiwa, sudah "
         "menjadi peserta JKN Penerima Bantuan Iuran (PBI) dengan iuran ditanggung pemerintah.")
    assert [r.role for r in roles(s, Passage.JKN, (35,))] == [None, None, "population"]
    (aim,) = roles("Pemkab Taput untuk tahun 2026 menarget capaian UHC 98,07 persen.", Passage.JKN)
    assert aim.role == "target"


def test_regions_counted_as_the_subject_name_no_owner():
    s = ("Ia menjelaskan, sebanyak 22 Provinsi dan 334 kabupaten/kota di Indonesia telah melakukan berbagai upaya "
         "optimal sehingga lebih dari 95 persen penduduknya telah terjamin pembiayaan kesehatannya melalui JKN.")
    assert [(r.role, r.reason) for r in roles(s, Passage.JKN, (0,))][-1] == (None, Reason.NO_OWNER)
    s = "Hingga bulan Juli 2024 sebanyak 27 Kab/Kota telah UHC dan 93,82 persen penduduk di Jawa Timur telah terdaftar."
    assert roles(s, Passage.JKN, (91,))[-1].role == "coverage"  # another subject after "dan"


def test_people_without_cover_slow_payers_and_a_budget_allocation_are_no_coverage():
    (without,) = roles("30 Persen Warga Blora Tak Miliki Jaminan Kesehatan", Passage.JKN)
    assert without.role is None and without.reason is Reason.UNINSURED
    (slow,) = roles("40 Persen Warga di Perbatasan Seret Bayar Iuran BPJS Kesehatan", Passage.JKN)
    assert slow.role is None and slow.reason is Reason.UNINSURED
    (budget,) = roles("Hal itu terlihat melalui APBD tahun anggaran 2018, dimana alokasi anggaran di bidang kesehatan "
                      "mencapai 15 persen.", Passage.JKN)
    assert budget.role is None and budget.reason is Reason.BUDGET_SHARE


def test_the_active_word_of_the_next_count_is_not_the_firsts():
    s = "Capaian UHC di Berau meningkat, dengan 291.314 peserta dan 235.930 peserta aktif dari total jumlah penduduk 299.005."
    assert [r.role for r in roles(s, Passage.JKN, (15,))] == ["participants", "active_participants", "population"]


def test_a_conclusion_about_now_is_no_definition_and_arrears_denied_are_none():
    (floor,) = roles("Artinya, saat ini lebih dari 90% penduduk Indonesia telah terjamin Program JKN.", Passage.JKN)
    assert floor.role == "coverage"
    (defined,) = roles("Artinya, daerah dengan lebih dari 95 persen penduduk terdaftar meraih UHC.", Passage.JKN)
    assert defined.role is None
    _, active = roles("Kepesertaan di Kabupaten Jombang sudah mencapai 97,85 persen, dengan tingkat keaktifan sebesar "
                      "70 persen, serta tidak adanya tunggakan iuran sepanjang 2023.", Passage.JKN, (20,))
    assert active.role == "active_pct"


def test_a_share_whose_membership_status_is_active_is_the_active_share():
    (active,) = roles("Saat ini, dari total peserta, hanya 79 persen yang status kepesertaannya aktif.", Passage.JKN)
    assert active.role == "active_pct"


def test_people_from_every_segment_are_all_participants():
    s = "Peserta JKN-KIS yang telah tercover program JKN sebanyak 133.740 jiwa atau baru 90% dari berbagai segmen."
    assert [r.role for r in roles(s, Passage.JKN)] == ["participants", "coverage"]


def test_a_share_of_money_in_brackets_is_a_budget_share():
    (share,) = roles("Pendapatan JKN KIS sampai Juli 2019, untuk tagihan sebesar Rp23,5 miliar, lebih dan penerimaan "
                     "sebesar Rp18,5 miliar lebih (78,68 persen).", Passage.JKN)
    assert share.role is None and share.reason is Reason.BUDGET_SHARE


def test_the_uninsured_share_misspelt_or_restated_by_its_people_before_the_negation():
    _, gap = roles("Sebanyak 97 persen sudah terdaftar sebagai peserta BPJS dan yang belum terlingdungi BPJS Kesehatan "
                   "sebesar 3%.", Passage.JKN)
    assert gap.role is None and gap.reason is Reason.UNINSURED_SHARE
    share, _ = roles("Hingga kini, masih sekitar 12,3 persen warga metro atau 42.260 jiwa yang tak tercover.", Passage.JKN)
    assert share.role is None and share.reason is Reason.UNINSURED


def test_the_enrolled_of_a_population_given_just_before_are_participants():
    text = ("Total penduduk Bangkalan, Sampang, Pamekasan, dan Sumenep 3.985.950 jiwa. Dari jumlah itu, baru 2.551.143 "
            "atau sekitar 64 persen penduduk yang terdaftar di BPJS Kesehatan.")
    assert [r.role for r in roles(text, Passage.JKN)] == ["population", "participants", "coverage"]


def test_an_earlier_level_compared_with_is_history():
    _, earlier = roles("Cakupan kepesertaan JKN di Sulteng telah mencapai 89,16 persen melonjak dibandingkan 2024 yang "
                       "hanya berada di level 70 persen.", Passage.JKN)
    assert earlier.role == "coverage" and earlier.history


def test_a_level_to_the_decimal_hedged_with_lebih_is_measured():
    (level,) = roles("Penghargaan itu dicapai setelah 96,4% lebih warganya terdaftar dalam program JKN.", Passage.JKN)
    assert level.role == "coverage"


def test_the_level_of_a_region_chased_is_no_target():
    (level,) = roles("Untuk itu, kita harus mengejar Kota Padang yang mencapai sekitar 94 persen.", Passage.JKN, (33,))
    assert level.role == "coverage"


def test_a_hope_that_the_people_may_be_covered_is_a_target():
    (hope,) = roles("Kami berharap 100 persen penduduk bisa ter-cover BPJS Kesehatan.", Passage.JKN)
    assert hope.role == "target"
    (headline,) = roles("Pemkot Surakarta Berharap 100 Persen Warganya Ikut BPJS Kesehatan", Passage.JKN)
    assert headline.role == "target"


def test_pbi_and_non_pbi_together_are_all_participants_and_reach_up_to_a_level():
    count, share, _ = roles("Jumlah peserta PBI dan non PBI sebanyak 723.309 jiwa atau 94,52 persen dari jumlah total "
                            "penduduk sebesar 765.284 jiwa.", Passage.JKN)
    assert (count.role, share.role) == ("participants", "coverage")
    (reach,) = roles("Penghargaan ini ia peroleh setelah berhasil mengakomodasi hingga 98 persen masyarakat Mamuju dalam "
                     "layanan BPJS Kesehatan.", Passage.JKN)
    assert reach.role == "coverage"
    (dem,) = roles("Dari jumlah penduduk Ponorogo yang mencapai 970.004 jiwa, baru sebagian terlindungi JKN.", Passage.JKN)
    assert dem.role == "population"
    _, restated = roles("Secara nasional, angka cakupan telah menembus 98,13 persen dari populasi setara dengan 279,6 juta "
                        "jiwa per 1 April 2025.", Passage.JKN)
    assert restated.role == "participants"


def test_a_promise_that_the_people_will_be_covered_is_a_target_but_a_claim_is_not():
    (promise,) = roles("Mereka akan berkomitmen menjaga program itu dan memastikan 98 persen penduduk Indonesia menjadi "
                       "peserta JKN-KIS.", Passage.JKN)
    assert promise.role == "target"
    (claim,) = roles("Bupati memastikan 98 persen penduduk Kabupaten Demak sudah terdaftar sebagai peserta JKN.",
                     Passage.JKN, (35,))
    assert claim.role == "coverage"
    (done,) = roles("Penghargaan diberikan karena telah berhasil memastikan bahwa 99,25 persen warga Mentawai terdaftar "
                    "sebagai peserta BPJS Kesehatan.", Passage.JKN, (50,))
    assert done.role == "coverage"


def test_coverage_named_anew_after_another_measure_and_how_far_it_went():
    _, cover = roles("Angka yang memuaskan juga dicatat Pulau Dewata untuk Indeks Pembangunan Manusia (IPM) yang mencapai "
                     "78,01 dan cakupan kepesertaan JKN hingga 100%.", Passage.JKN)
    assert cover.role == "coverage"


def test_the_coverage_of_one_segment_named_far_before_its_share():
    s = ("Cakupan penerima bantuan iuran (PBI) JKN (jaminan kesehatan nasional) di Provinsi Banten sampai dengan bulan "
         "Agustus 2019 telah mencapai cakupan 48,68 persen.")
    (share,) = roles(s, Passage.JKN, (80,))
    assert share.role is None and share.reason is Reason.SEGMENT_SHARE
    text = s + " Apabila ditambah dengan kepesertaan mandiri maka total kepesertaan JKN di Provinsi Banten telah mencapai 94,84 persen."
    assert [(a.region_name, a.coverage_pct) for a in extract(text)] == [("Provinsi Banten", 94.84)]


def test_the_share_the_government_pays_for_is_a_segments():
    s = "Sumatera Utara, bahkan lebih dari 3,4 juta penduduk ditanggung pemerintah daerah, yakni lebih dari 20 persen."
    _, share = roles(s, Passage.JKN, (0,))
    assert share.role is None and share.reason is Reason.SEGMENT_SHARE


def test_a_share_joined_to_a_bound_by_dan_is_the_bounds_rest_and_agar_n_persen_is_wished_for():
    bound, rest = roles("Cakupan semesta yaitu paling sedikit 98 persen dari seluruh penduduk telah terdaftar sebagai "
                        "peserta JKN dan 80 % memiliki tingkat keaktifan peserta.", Passage.JKN)
    assert (bound.reason, rest.reason) == (Reason.BOUND, Reason.BOUND)
    (wished,) = roles("Untuk itu, pihaknya berupaya agar 100 persen penduduk Kota Tanjungbalai terdaftar sebagai peserta "
                      "JKN.", Passage.JKN, (60,))
    assert wished.role == "target"


def test_the_uninsured_count_after_dengan_demikian_and_a_floor_reached_with_the_measure_unsaid():
    text = ("Peserta JKN di Kabupaten Ogan Ilir sebanyak 385.328 jiwa dari total penduduk 429.156 jiwa. Itu berarti "
            "sebanyak 89,79% penduduk telah menjadi peserta JKN. Dengan demikian, ada sebanyak 43.828 jiwa (10,21%) "
            "yang belum menjadi peserta JKN.")
    assert [(a.coverage_pct, a.participants) for a in extract(text)] == [(89.79, 385_328)]
    (floor,) = roles("Provinsi Bengkulu berhasil meraih predikat UHC dengan lebih dari 95 persen penduduknya terdaftar "
                     "sebagai peserta JKN.", Passage.JKN, (0,))
    assert floor.role == "coverage"
    # a category a named region entered, with the floor it is over (but the category's definition is a bound)
    (entered,) = roles("Kabupaten Buton Utara masuk kategori UHC Utama dengan keaktifan peserta di atas 95 persen.",
                       Passage.JKN, (0,))
    assert entered.role == "active_pct"
    (defined,) = roles("Kategori UHC Utama diberikan kepada daerah dengan tingkat keaktifan peserta di atas 95 persen.",
                       Passage.JKN)
    assert defined.role is None and defined.reason is Reason.BOUND


def test_the_uninsureds_share_said_after_them_and_people_proposed_are_not_enrolled():
    (gap,) = roles("Masih banyak warga Merangin yang belum manjadi peserta JKN KIS, jumlahnya sekitar 37 persen.",
                   Passage.JKN, (19,))
    assert gap.role is None and gap.reason is Reason.UNINSURED_SHARE
    (proposed,) = roles("Pemkab Dogiyai mengusulkan 115 Ribu warga sebagai peserta BPJS Kesehatan.", Passage.JKN, (0,))
    assert proposed.role is None and proposed.reason is Reason.NEW_OR_MISSING


def test_a_count_floor_with_its_share_between_criteria_met_with_what_was_reached_and_keaktivan():
    count, share = roles("Lebih dari 590 ribu jiwa atau 98,91% telah terdaftar menjadi peserta BPJS Kesehatan di "
                         "Kabupaten Banjar.", Passage.JKN, (85,))
    assert (count.role, share.role) == ("participants", "coverage")
    s = ("Kabupaten Minahasa Tenggara dinilai memenuhi sejumlah kriteria utama dalam pencapaian UHC, yakni cakupan "
         "kepesertaan JKN mencapai 99 persen.")
    (met,) = roles(s, Passage.JKN, (0,))
    assert met.role == "coverage"
    _, active = roles("Kabupaten Demak mencatat cakupan kepesertaan 97 persen dan tingkat keaktivan 80 persen.",
                      Passage.JKN, (0,))
    assert active.role == "active_pct"


def test_counts_of_people_whose_noun_is_far_before_or_unsaid():
    (population,) = roles("BPJS Kesehatan Cabang Palu mencatat, penduduk Sulteng pada semester 2 tahun 2020 sebanyak "
                          "3.011.077.", Passage.JKN)
    assert population.reason is not Reason.NOT_PEOPLE
    enrolled, _ = roles("Dari jumlah itu, sampai Mei 2021, baru 2.517.076 yang terdaftar sebagai peserta JKN-KIS atau "
                        "83,62 persen.", Passage.JKN)
    assert enrolled.role == "participants"


def test_the_population_with_its_region_named_between_and_a_sentence_that_only_counts_residents():
    _, population = roles("Kabupaten Muba meraih penghargaan UHC lantaran 97,88 persen dari jumlah penduduk kabupaten Muba "
                          "707.290 jiwa telah menjadi peserta JKN.", Passage.JKN, (0,))
    assert population.role == "population"
    (residents,) = roles("Sampai dengan saat ini, tercatat 145.173 jiwa penduduk di Kabupaten Nias.", Passage.JKN, (55,))
    assert residents.role == "population"
    (enrolled,) = roles("Sampai dengan saat ini, tercatat 132.139 jiwa penduduk di Kabupaten Nias sudah terdaftar menjadi "
                        "peserta JKN.", Passage.JKN, (55,))
    assert enrolled.role == "participants"


def test_bpjs_alone_names_jkn_and_the_whole_of_a_breakdown_is_no_segment():
    whole, part = roles("Dari data BPJS hingga Januari 2015 terdapat 135,7 juta peserta yang terdiri dari 86,4 juta peserta "
                        "penerima bantuan iuran dan peserta Jamkesda.", Passage.JKN)
    assert (whole.role, part.reason) == ("participants", Reason.SEGMENT)
    (covers,) = roles("The UHC system grew rapidly and covers 203 million people.", Passage.JKN)
    assert covers.role == "participants"
    (employment,) = roles("Peserta BPJS Ketenagakerjaan dan Jamkesda di Kota Batam sebanyak 300.000 orang.")
    assert employment.role is None


def test_what_follows_from_the_uninsured_is_a_figure_and_levels_to_bring_about_or_dreamt_of_are_targets():
    text = ("BPJS Kesehatan Cabang Mataram mencatat terdapat sebanyak 47 ribu jiwa warga Mataram yang belum terdaftar "
            "menjadi peserta jaminan kesehatan. \"Artinya, cakupan warga Kota Mataram yang sudah menjadi peserta jaminan "
            "kesehatan sampai sekarang mencapai 89 persen,\" katanya.")
    assert [(a.region_name, a.coverage_pct) for a in extract(text)] == [("Kota Mataram", 89)]
    (support,) = roles("Program ini sebagai upaya mendukung terwujudnya 100 persen UHC di Kota Jambi.", Passage.JKN, (60,))
    assert support.role == "target"
    (dream,) = roles("Cita-cita saya 100 persen warga Kota Samarinda tercover BPJS.", Passage.JKN, (30,))
    assert dream.role == "target"
    (year_set,) = roles("Tahun 2019 ini telah ditetapkan sebagai cakupan kepesertaan jaminan kesehatan bagi masyarakat "
                        "100 persen.", Passage.JKN)
    assert year_set.role == "target"


def test_a_rise_from_a_range_to_a_level_it_broke_through():
    *_, start, end = roles("Dari kisaran 88–89 persen pada awal 2025, cakupan meningkat stabil hingga menembus 99 persen "
                           "sampai di akhir 2025.", Passage.JKN)
    assert (start.role, start.history, end.role, end.history) == ("coverage", True, "coverage", False)


def test_a_share_that_must_be_enrolled_is_a_target_unless_a_bound_or_already_there():
    (required,) = roles("Yakni tahun 2024, 98% rakyat Indonesia harus terlindungi JKN.", Passage.JKN)
    assert required.role == "target"
    (bound,) = roles("Sebagai pengingat, minimal 95 persen penduduk harus terdaftar agar sebuah daerah mencapai UHC.",
                     Passage.JKN)
    assert bound.role is None
    (there,) = roles("Kabupaten Malinau sudah 100 persen penduduknya wajib memiliki JKN.", Passage.JKN, (0,))
    assert there.role == "coverage"


def test_an_average_yearly_rise_is_a_change_even_diangka():
    (rise,) = roles("Dari tahun 2019 sampai 2021, kepesertaan BPJS Kesehatan di Kabupaten Siak hanya naik rata-rata diangka 1 "
                    "persen.", Passage.JKN, (50,))
    assert rise.reason is Reason.CHANGE


def test_a_share_of_villages_with_their_number_between():
    *_, villages = roles("Dari data baru 106 desa yang terdaftar menjadi peserta BPJS Kesehatan atau 50 persen dari 215 desa "
                        "yang ada.", Passage.JKN)
    assert villages.role is None


def test_regions_listed_after_termasuk_own_their_shares_and_an_inactive_share_past_tetapi():
    s = ("Beberapa daerah yang sudah hampir memenuhi target partisipasi penuh termasuk Kabupaten Belitung dengan 100,61 "
         "persen, Bangka Barat 99,2 persen.")
    first, second = roles(s, Passage.JKN, (s.index("Kabupaten"), s.index("Bangka")))
    assert (first.role, second.role) == ("coverage", "coverage")
    _, inactive = roles("Data peserta BPJS yang aktif di wilayah Kaltim sampai 29 Februari 2024 ini sebesar 85,61 persen atau "
                        "ada 15 persen data peserta yang tercatat tetapi tidak aktif.", Passage.JKN, (40,))
    assert inactive.role is None


def test_a_result_reached_is_no_prospect_and_a_floor_already_reached_in_a_jkn_passage_is_the_level():
    (result,) = roles("Capaian UHC Kabupaten Tangerang merupakan hasil kerja keras kita sehingga bisa mencapai kepesertaan "
                      "JKN-KIS sekitar 95,74 persen dari seluruh penduduk.", Passage.JKN, (15,))
    assert result.role == "coverage"
    (kept,) = roles("Kebijakan ini menjadi bagian dari strategi daerah dalam mempertahankan capaian UHC yang telah mencapai "
                    "lebih dari 99 persen penduduk.", Passage.JKN)
    assert kept.role == "coverage"
    (generic,) = roles("Daerah yang telah mencapai lebih dari 95 persen berhak atas penghargaan.", Passage.JKN)
    assert generic.role is None
    (employment,) = roles("Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan Kudus mencatat peserta sebanyak "
                          "303.985 orang.")
    assert employment.reason is Reason.EMPLOYMENT


def test_a_participation_rate_is_enrolment_in_a_jkn_passage_unless_a_vote_is_near():
    (enrolled,) = roles("Sebab, angka partisipasi masyarakat Babel saat ini telah mencapai 99,41 persen.", Passage.JKN)
    assert enrolled.role == "coverage"
    (turnout,) = roles("Angka partisipasi pemilih di Babel mencapai 79 persen.", Passage.JKN)
    assert turnout.reason is Reason.OTHER_MEASURE
    (elsewhere,) = roles("Sebab, angka partisipasi masyarakat Babel saat ini telah mencapai 99,41 persen.")
    assert elsewhere.reason is Reason.OTHER_MEASURE


def test_english_number_of_people_enrolled_and_a_category_earned_by_what_a_region_has():
    whole, _ = roles("As of May 2019, the number of people who have enrolled in Healthcare BPJS had risen to about 221.6 "
                     "million of which 36 million are independent-segment members.", Passage.JKN)
    assert whole.role == "participants"
    coverage, active, *_ = roles("Kabupaten Banyuasin termasuk kategori madya, karena memiliki cakupan kepesertaan 98%, "
                                 "tingkat keaktifan 85%.", Passage.JKN, (0,))
    assert (coverage.role, active.role) == ("coverage", "active_pct")


def test_the_poor_the_state_pays_for_and_a_share_of_revenue_are_not_coverage():
    (poor,) = roles("Pemerintah Indonesia telah membantu 96,8 juta masyarakat kurang mampu melalui program JKN.", Passage.JKN)
    assert poor.reason is Reason.SEGMENT
    (revenue,) = roles("Ia menjelaskan bahwa iuran PBI mendominasi pendapatan JKN, mencapai 29 persen di tahun 2024.",
                       Passage.JKN)
    assert revenue.role is None


def test_a_share_of_a_target_after_a_count_restates_no_coverage():
    count, share = roles("Memang pada 2014 realisasi kepesertaan mencapai 133,4 juta jiwa atau 109,7 persen dari target "
                         "peta jalan.", Passage.JKN)
    assert (count.role, share.role) == ("participants", None)


def test_residents_already_active_are_the_active_share():
    (active,) = roles("Saat ini sekitar 80 persen warga sudah aktif menggunakan BPJS Kesehatan.", Passage.JKN)
    assert active.role == "active_pct"


def test_a_misspelt_target_and_a_share_of_wages_after_target_words():
    _, target = roles("Warga Kutai Timur yang menjadi peserta BPJS Kesehatan sekitar 78 persen, ditergetkan pada tahun 2020 "
                      "warga yang menjadi peserta mencapai 95 persen.", Passage.JKN, (6,))
    assert target.role == "target"
    _, wages = roles("Target 78 ribu warga yang akan disertakan yakni pegawai TK2D berupa iuran 3 persen dari gaji.",
                     Passage.JKN)
    assert wages.role is None


def test_populations_named_after_their_number_in_english_or_before_the_year_of_the_count():
    *_, population = roles("Kepesertaan JKN di Kabupaten Tanah Datar sudah mencapai 95,96 persen atau 365.335 jiwa dari "
                           "380.727 jumlah penduduk di Tanah Datar.", Passage.JKN, (25,))
    assert population.role == "population"
    *_, english = roles("The number of participants JKN in South Konawe in 2014 has registered 163.623 people or 58.42% of "
                        "the total population of 280.086.", Passage.JKN)
    assert english.role == "population"
    _, dated = roles("Jumlah tersebut sekitar 14,68 persen dari total jumlah penduduk di Kabupaten Enrekang yang mencapai "
                     "234.797 tahun 2018.", Passage.JKN, (60,))
    assert dated.role == "population"


def test_a_count_floor_restated_as_a_share_of_the_population_and_service_use_is_no_enrolment():
    count, share = roles("Tercatat lebih dari 269 juta jiwa atau lebih dari 96% penduduk Indonesia menjadi peserta program "
                         "JKN.", Passage.JKN)
    assert (count.role, share.role) == ("participants", "coverage")
    (use,) = roles("Program JKN telah meningkatkan pemanfaatan layanan oleh masyarakat sebanyak 606,7 juta jiwa pada "
                   "tahun 2023.", Passage.JKN)
    assert use.role is None


def test_the_program_has_reached_n_people_and_the_enrolled_realised():
    count, share = roles("The latest data from BPJS shows that the program has reached 248.77 million people, or 90.73% of "
                         "the total population of Indonesia.")
    assert (count.role, share.role) == ("participants", "coverage")
    (realised,) = roles("Pada tahun ini sampai Agustus, realisasinya 222,4 juta peserta, justru turun karena ada cleansing "
                        "data.", Passage.JKN)
    assert realised.role == "participants"


def test_sudah_sampai_is_a_level_reached_and_only_the_use_of_services_is_another_measure():
    (reached,) = roles("Pemanfaatan BPJS juga semakin meningkat, sudah sampai 99,9 persen.", Passage.JKN)
    assert reached.role == "coverage"
    (bound,) = roles("Cakupan kepesertaan ditargetkan naik sampai 99 persen.", Passage.JKN)
    assert bound.role != "coverage"


def test_villages_already_over_a_floor_and_an_active_share_of_all_participants():
    *_, villages = roles("Selain Jimbung, ada 23 desa yang cakupannya sudah di atas 98 persen.", Passage.JKN)
    assert villages.role is None
    count, share = roles("Namun yang berstatus aktif hanya 271.905 jiwa, atau 69,88 persen dari total peserta.", Passage.JKN)
    assert (count.role, share.role) == ("active_participants", "active_pct")
    (employment,) = roles("Untuk pekerja formal di kawasan industri, tingkat kepesertaan sudah di atas 90 persen.",
                          Passage.OTHER_MEASURE)
    assert employment.role is None


def test_an_addition_of_n_people_is_new_not_the_enrolled():
    (added,) = roles("Karena ada penambahan JKN KIS sebesar 35.231 jiwa pada pertengahan bulan yang lalu.", Passage.JKN)
    assert added.reason is Reason.NEW_OR_MISSING


def test_every_count_of_a_breakdown_is_a_part_unless_a_region_names_it():
    s = ("Ranu Vera dari Sawahlunto merinci, jumlah peserta JKN di kota itu terdiri dari Jamkesko 15.019 jiwa (21,9 "
         "persen), JKSS 15.153 jiwa (22,1 persen), PBI APBN 10.935 jiwa (15,9 persen).")
    got = roles(s, Passage.JKN, (s.index("Sawahlunto"),))
    assert all(r.role is None for r in got)
    s = "Rinciannya, Kabupaten Maluku Barat Daya tercatat 76.858 jiwa peserta JKN."
    (named,) = roles(s, Passage.JKN, (s.index("Kabupaten"),))
    assert named.role == "participants"


def test_a_precise_share_after_sedikitnya_is_a_level_but_after_minimal_a_criterion():
    s = "Hingga Oktober 2022, sedikitnya 95,5 persen dari 3.633.437 penduduk Kabupaten Bandung sudah terlindungi JKN."
    level, _ = roles(s, Passage.JKN, (s.index("Kabupaten"),))
    assert level.role == "coverage"
    (criterion,) = roles("Indikator UHC Prioritas meliputi cakupan kepesertaan minimal 98,6 persen.", Passage.JKN)
    assert criterion.role is None


def test_a_level_stated_as_a_long_sentence_opens_in_a_jkn_passage():
    level, *_ = roles("Jadi, kita sudah 97 persen, tersisa 1 persen dan itulah sebabnya kita berharap bahwa terobosan yang "
                      "kita lakukan ini bisa mencapai angka 98 persen pada tahun 2024.", Passage.JKN)
    assert level.role == "coverage"


def test_how_many_the_coverage_reaches_told_as_a_floor_counts_the_enrolled():
    count, *_ = roles("Cakupan ini mencakup lebih dari 278 juta jiwa dan menjangkau 35 provinsi serta 473 kabupaten/kota.",
                      Passage.JKN)
    assert count.role == "participants"


def test_a_count_after_dari_jumlah_penduduk_is_the_population():
    _, population, _ = roles("Jumlah kepesertaan JKN-KIS di Kabupaten Nagan Raya per 1 Agustus 2024 mencapai 176.365 dari "
                             "jumlah penduduk 176.461 atau mencapai 99,94% peserta.", Passage.JKN, (40,))
    assert population.role == "population"


def test_its_kepesertaan_active_however_spelt_is_the_active_share():
    (active,) = roles("Dan, dari jumlah itu, 80 persen kepesertannya aktif.", Passage.JKN)
    assert active.role == "active_pct"


def test_english_a_count_or_around_a_share_of_n_residents():
    _, count, share, population = roles("According to BPJS data, as of Dec.31.2015, only 2,390,067 or around 43 percent of "
                                        "5 million residents in West Kalimantan had registered in the BPJS program.",
                                        Passage.JKN)
    assert (count.role, share.role, population.role) == ("participants", "coverage", "population")


def test_a_second_floor_joined_after_the_first_ones_measure_word():
    s = "Provinsi Gorontalo berhasil mencapai lebih dari 98 % UHC dan dengan tingkat keaktifan peserta di atas 95%."
    coverage, active = roles(s, Passage.JKN, (0,))
    assert (coverage.role, active.role) == ("coverage", "active_pct")


def test_english_at_least_is_a_bound():
    (bound,) = roles("The law mandates that the entire population be protected by Universal Health Coverage of at least 98% "
                     "by 2024.", Passage.JKN)
    assert bound.reason is Reason.BOUND


def test_what_reaching_uhc_takes_is_the_threshold_not_a_target():
    (threshold,) = roles("Sementara, untuk mencapai UHC, tingkat kepesertaaan harus 95 persen.", Passage.JKN)
    assert threshold.role is None and threshold.reason is Reason.BOUND


def test_the_rest_not_yet_enrolled_after_a_quote_is_not_the_figures_predicate():
    (level,) = roles("\"Per akhir Agustus kemarin sudah 97,3 persen,\" ujar Kepala Dinas Kesehatan, seraya menambahkan bahwa "
                     "sisa warga yang belum terdaftar umumnya pendatang.", Passage.JKN)
    assert level.role == "coverage"


def test_how_many_should_be_enrolled_is_a_target_and_those_covered_so_far_are_the_enrolled():
    *_, should, covered = roles("Dari 95 persen dari jumlah penduduk yaitu 134.000 penduduk seharusnya 127.000 warga kolaka "
                                "utara menjadi peserta BPJS dan baru tercover sekitar 84.000.", Passage.JKN)
    assert (should.reason, covered.role) == (Reason.TARGET_COUNT, "participants")


def test_baru_n_persen_lebih_in_a_jkn_passage_is_the_level_reached():
    (level,) = roles("Armini menambahkan, untuk saat ini cakupannya baru 91 persen lebih.", Passage.JKN)
    assert level.role == "coverage"
    (bound,) = roles("Syarat UHC, cakupan kepesertaan 95 persen lebih.", Passage.JKN)
    assert bound.role is None


def test_keaktifan_words_that_open_the_next_count_are_not_this_ones():
    got = roles("Hingga 1 April 2025 sebanyak 183.139 jiwa (97,45% dari total penduduk) dan threshold keaktifan peserta "
                "150.499 jiwa (80,08%) di Kota Tanjungbalai telah terdaftar.")
    assert [r.role for r in got] == ["participants", "coverage", "active_participants", "active_pct"]


def test_hingga_mencapai_is_where_the_level_went_not_a_bound():
    got = roles("Kepesertaan JKN di Kabupaten Kutai Kartanegara sangat tinggi hingga mencapai 98 persen atau sebanyak "
                "665.662 jiwa.")
    assert [r.role for r in got] == ["coverage", "participants"]
    assert roles("Diskon iuran hingga 50 persen bagi peserta JKN di Kabupaten Demak.")[0].role is None


def test_a_level_hoped_for_with_untuk_mencapai_is_a_target():
    assert roles("Meski begitu, Kadinkes Kota Palembang tetap optimis untuk mencapai 100 persen warga terlindungi "
                 "JKN.")[0].role == "target"


def test_the_total_an_active_share_is_of_counts_the_enrolled():
    got = roles("Di Kabupaten Pasuruan, capaian kepesertaan JKN mencapai 99,58 persen dengan tingkat keaktifan 83,60 "
                "persen dari total 1.673.855 peserta.")
    assert [r.role for r in got] == ["coverage", "active_pct", "participants"]


def test_a_share_said_with_a_misspelt_presentasi_restates_its_count():
    got = roles("Kemudian peserta mutasi/nonaktif di Sulawesi Tengah 418.324 jiwa dengan presentasi 13 persen.")
    assert [(r.role, r.reason) for r in got] == [(None, Reason.UNINSURED), (None, Reason.LINKED)]


def test_whom_the_pbi_segment_is_for_is_a_segments_share():
    [r] = roles("Presiden menyatakan, PBI JKN adalah untuk 40% penduduk termiskin di Indonesia.")
    assert (r.role, r.reason) == (None, Reason.SEGMENT_SHARE)


def test_keaktifan_of_the_schemes_users_is_the_active_share():
    got = roles("Untuk keaktifan pengguna BPJS di Kabupaten Kaur masih di angka 81 persen atau hanya 108.359 orang saja.")
    assert [r.role for r in got] == ["active_pct", "active_participants"]


def test_english_coverage_of_active_jkn_membership_is_the_active_share():
    got = roles("From 2020 to 2022 the coverage of active JKN membership in the Papua Province region has increased "
                "from 60.84% to 88.78%.")
    assert [r.role for r in got] == ["active_pct", "active_pct"]


def test_holders_of_bpjs_counted_are_the_enrolled():
    [r] = [r for r in roles("Saat ini warga Kota Tidore Kepulauan yang sudah terdata sebagai pemegang BPJS Kesehatan "
                            "sebanyak 70.598, kata Kadinkes.") if r.role or r.reason]
    assert r.role == "participants"


def test_a_share_striven_for_is_a_target_and_the_total_population_its_base():
    got = roles("Kita mengupayakan di tahun ini ada sekitar 31 persen dari total jumlah penduduk Kabupaten Siak 417 ribu "
                "jiwa bisa bergabung di JKN.")
    assert [r.role for r in got] == ["target", "population"]


def test_the_population_before_a_share_that_is_enrolled_stays_the_population():
    got = roles("Hingga 1 September 2022, dari jumlah penduduk Sleman 1.089.365 jiwa sebanyak 96,21% telah terdaftar "
                "dalam Program JKN.")
    assert [r.role for r in got] == ["population", "coverage"]
    got = roles("Dari 153.232 jiwa penduduk Kabupaten Kepahiang saat ini sebanyak 147.765 jiwa atau 96,43 persen sudah "
                "memiliki jaminan kesehatan.")
    assert [r.role for r in got] == ["population", "participants", "coverage"]


def test_a_rise_named_as_a_noun_is_a_change_however_long_its_subject():
    [r, _] = roles("Meskipun ada peningkatan peserta Jaminan Kesehatan Nasional Kartu Indonesia Sehat (JKN KIS) di "
                   "Kalimantan Barat sebanyak 2 persen di tahun 2021, namun cakupan belum mencapai 95 persen.")
    assert (r.role, r.reason) == (None, Reason.CHANGE)


def test_keaktifan_alone_names_a_share_above_100_and_those_a_government_enrols_are_a_segment():
    got = roles("Capaian kepesertaan JKN Kabupaten Mahakam Ulu mencapai 101,91 persen, dengan tingkat keaktifan peserta "
                "menembus 100,4 persen.")
    assert [r.role for r in got] == ["coverage", "active_pct"]
    [r] = roles("Kontribusi Pemkab Mahakam Ulu tercatat signifikan, yakni penduduk yang didaftarkan mencapai 41,92 persen.")
    assert (r.role, r.reason) == (None, Reason.SEGMENT_SHARE)


def test_the_level_a_status_still_to_come_comes_with_is_a_target():
    [r] = roles("Indonesia akan berhasil meraih predikat UHC pada tahun 2024 ini, dengan persentase peserta JKN mencapai "
                "98 persen.")
    assert r.role == "target"


def test_an_english_premium_rise_is_another_measure():
    [r] = roles("The government announced that the JKN premium would be increased up to 100 per cent.")
    assert (r.role, r.reason) == (None, Reason.OTHER_MEASURE)


def test_secara_aktif_and_english_active_participation_name_the_active_share():
    got = roles("Saat ini, UHC Kabupaten Barru telah mencapai 102% secara kepesertaan dan 92% secara aktif.")
    assert [r.role for r in got] == ["coverage", "active_pct"]
    [r] = roles("The total active participation of Bandung City residents reached 77.60 percent.")
    assert r.role == "active_pct"


def test_a_word_cut_at_the_window_edge_is_no_segment_word():
    got = roles("Sampai dengan 19 Mei 2019, jumlah tersebut meningkat menjadi 221.580.743 jiwa, kata Fachmi di acara Public "
                "Expose BPJS Kesehatan.", Passage.JKN)
    assert got[-1].role == "participants"


@pytest.mark.parametrize("sentence", [
    "Di Kabupaten Demak pencapaian peserta BPJS Kesehatan 65 persen atau masih ada 160 ribu penduduknya yang belum "
    "terdaftar.",
    "Kabupaten Demak 68 persen dan masih ada 161 ribu penduduknya belum masuk JKN.",
])
def test_a_share_before_the_rest_still_left_unenrolled_is_coverage(sentence):
    share, rest = roles(sentence, Passage.JKN)
    assert (share.role, rest.reason) == ("coverage", Reason.UNINSURED)


@pytest.mark.parametrize("sentence", [
    "Namun capaian untuk menuju UHC 82,23 persen sehingga belum bisa UHC.",
    "Pencapaian menuju UHC di Kabupaten Demak 82,23 persen.",
    "Cakupan JKN Kabupaten Demak 82,23 persen sehingga belum mencapai status UHC.",
])
def test_the_achievement_on_the_way_to_uhc_is_the_level_now(sentence):
    (role,) = roles(sentence, Passage.JKN)
    assert role.role == "coverage"


def test_the_level_still_to_reach_for_uhc_is_no_figure():
    assert roles("Kabupaten Demak harus mencapai 95 persen untuk menuju UHC.", Passage.JKN)[0].role != "coverage"
    assert roles("Cakupan bisa dipercepat menuju UHC 98 persen di 2024.", Passage.JKN)[0].role == "target"


def test_the_spelled_out_budget_name_is_no_measure_of_income():
    sentence = ("Cakupan warga yang terlindungi program JKN melalui Anggaran Pendapatan dan Belanja Daerah (APBD) "
                "Kabupaten Demak telah mencapai angka 97 persen.")
    assert roles(sentence, Passage.JKN)[0].role == "coverage"
    assert roles("Pendapatan asli daerah Kabupaten Demak naik 97 persen.", Passage.JKN)[0].role is None


def test_a_level_to_make_real_is_a_target_however_long_what_it_names():
    sentence = ("Pemerintah daerah telah meneguhkan komitmen untuk mewujudkan UHC cakupan kepesertaan program Jaminan "
                "Kesehatan Nasional (JKN) sebesar 100 persen dalam tahun ini.")
    assert roles(sentence, Passage.JKN)[0].role == "target"
    sentence = "Untuk mewujudkan UHC, cakupan kepesertaan JKN Kabupaten Demak kini sudah sebesar 97 persen."
    assert roles(sentence, Passage.JKN)[0].role == "coverage"


def test_a_share_restates_a_count_across_what_they_are_registered_as():
    count, share = roles("Sudah 279,8 juta jiwa terdaftar sebagai peserta JKN atau, 98% dari jumlah penduduk.", Passage.JKN)
    assert (count.role, share.role, share.linked) == ("participants", "coverage", True)


def test_a_population_before_the_enrolled_with_words_of_their_own_is_the_population():
    population, active, share = roles("Adapun jumlah penduduk Demak pada semester 1 tahun 2023 sebanyak 3.123.662 jiwa "
                                      "dengan total peserta JKN aktif di Demak sebanyak 2.560.005 atau 81,96 persen.",
                                      Passage.JKN)
    assert (population.role, active.role, share.role) == ("population", "active_participants", "active_pct")


def test_and_a_new_subject_ends_the_clause_a_count_is_read_in():
    count, share, rest, _ = roles("Total penduduk Demak yang terdaftar sebanyak 3.144.209 atau 100,66 persen dan penduduk "
                                  "yang belum terdaftar JKN sebanyak 20.547 atau 0,66 persen.", Passage.JKN)
    assert (count.role, share.role, rest.reason) == ("participants", "coverage", Reason.UNINSURED)


def test_a_count_and_its_share_before_a_not_yet_predicate_are_the_uninsured():
    count, share = roles("Masih ada sekira 524.067 atau 27 % masyarakat di daerah ini, yang belum tercover sebagai peserta "
                         "JKN di Provinsi Maluku.", Passage.JKN)
    assert (count.reason, share.reason) == (Reason.UNINSURED, Reason.UNINSURED_SHARE)
    # the population a count of the uninsured is out of stays the population
    _, population = roles("Masih ada 820 ribu dari 8,6 juta jiwa penduduk Sumsel yang belum terdaftar.", Passage.JKN)
    assert population.role == "population"


def test_a_count_before_the_noun_of_the_enrolled_counts_people():
    count, segment = roles("Dari 229.778 jumlah peserta di Kabupaten Tabalong, untuk mandiri berjumlah 30.896 peserta.",
                           Passage.JKN, regions_at=(35,))
    assert (count.role, segment.reason) == ("participants", Reason.SEGMENT)


@pytest.mark.parametrize("sentence", [
    "According to an initial plan launched on Jan. 1, 2014, 121 million people, or 48 percent of the population, were "
    "supposed to have universal health care (JKN) in the first stage.",
    "By 2019, JKN participants were supposed to reach 95 percent of the population.",
])
def test_a_share_an_english_plan_set_out_is_a_target(sentence):
    assert roles(sentence, Passage.JKN)[-1].role == "target"


def test_the_insurance_the_story_named_pointed_back_at_is_no_other_scheme():
    assert roles("Warga yang sudah memiliki asuransi kesehatan ini sudah mencapai 98,87 persen.", Passage.JKN)[0].role \
        == "coverage"
    assert roles("Warga yang memiliki asuransi kesehatan swasta mencapai 18 persen.", Passage.JKN)[0].role is None


@pytest.mark.parametrize("sentence, role", [
    ("Peserta JKN di Kabupaten Tangerang bisa mencapai 99 persen pada akhir tahun 2023 ini.", "target"),
    ("Bupati Tangerang: Peserta JKN Bisa Capai 99 Persen pada Akhir 2023", "target"),
    ("Peserta JKN di Kabupaten Tangerang sudah bisa mencapai 99 persen pada akhir tahun 2022.", "coverage"),
])
def test_a_level_that_can_be_reached_by_the_end_of_a_period_is_a_projection(sentence, role):
    assert roles(sentence, Passage.JKN)[0].role == role


def test_people_who_join_bpjs_are_enrolled():
    (count,) = roles("Pada tahap awal baru 126 juta jiwa warga yang ikut BPJS.", Passage.JKN)
    assert count.role == "participants"


def test_the_people_a_government_pays_for_are_a_segment():
    (count,) = roles("Pemerintah Biayai 121.888 Warga Biak Ikut BPJS Kesehatan", Passage.JKN)
    assert count.reason is Reason.SEGMENT


def test_a_purpose_however_far_it_runs_sets_a_target_unless_it_says_reached():
    sentence = ("Pemerintah Kabupaten Jepara akan terus berupaya agar kepesertaan warga dalam JKN terus meningkat setiap "
                "tahunnya sehingga mencapai Universal Health Coverage (UHC) sebesar 95 persen dari jumlah penduduk.")
    assert roles(sentence, Passage.JKN)[0].role == "target"
    sentence = ("Agar pelayanan terus membaik, kepesertaan warga Kabupaten Jepara dalam JKN saat ini sudah mencapai "
                "Universal Health Coverage (UHC) sebesar 95 persen.")
    assert roles(sentence, Passage.JKN)[0].role == "coverage"


def test_the_population_a_share_is_of_may_take_sebesar():
    *_, population = roles("Kepesertaan JKN sebesar 103.044 jiwa dengan status keaktifan peserta sebesar 89,85 persen dari "
                           "total penduduk sebesar 104.241.", Passage.JKN)
    assert population.role == "population"


@pytest.mark.parametrize("sentence, n, role", [
    ("Saat ini sebanyak 84,31 persen dari jumlah penduduk Gunung Mas total 130.573 jiwa telah menjadi peserta JKN.", 1,
     "population"),
    ("Dari data nasional, kepesertaan program JKN tercatat lebih dari 248 juta jiwa.", 0, "participants"),
    ("Kepesertaan BPJS Kesehatan sebanyak 1.069.102 dengan keaktifan peserta mencapai 79,84 persen menggunakan data "
     "penduduk kota Bogor 1.099.422 jiwa.", 2, "population"),
])
def test_populations_named_loosely_and_an_enrolment_recorded_as_a_floor(sentence, n, role):
    assert roles(sentence, Passage.JKN)[n].role == role


def test_residents_counted_as_a_part_of_the_total_are_the_enrolled():
    _, part, total = roles("Cakupan UHC di Kabupaten Indramayu telah mencapai 99,9%, dengan 1.932.861 warga dari total "
                           "1.933.948 penduduk sudah terdaftar sebagai peserta BPJS Kesehatan.", Passage.JKN)
    assert (part.role, total.role) == ("participants", "population")


def test_a_share_of_the_premiums_is_no_coverage():
    (share,) = roles("Rp 48 M Jaminan 100 Persen Iuran BPJS Kesehatan Warga Miskin Kabupaten Tabalong", Passage.JKN)
    assert share.reason is Reason.OTHER_SUBJECT


@pytest.mark.parametrize("sentence, regions_at", [
    ("Namun, tahun ini, lebih dari 98 persen penduduk kami sudah tercakup.", ()),
    ("Di Kabupaten Maros lebih dari 98 persen penduduk sudah tercakup.", (3,)),
])
def test_a_floor_its_people_are_said_to_be_covered_at_is_reached(sentence, regions_at):
    assert roles(sentence, Passage.JKN, regions_at)[0].role == "coverage"


def test_a_share_stated_as_covered_before_those_not_yet_enrolled_is_coverage():
    covered, rest = roles("Peserta JKN-KIS di Kota Tomohon sudah tercover sebanyak 96%, seangkan yang belum menjadi peserta "
                          "berjumlah 4%.", Passage.JKN)
    assert (covered.role, rest.reason) == ("coverage", Reason.UNINSURED_SHARE)


def test_the_target_a_region_passed_stated_as_reached_is_its_floor():
    (level,) = roles("DKI Jakarta, saat dipimpin gubernurnya, kepesertaan BPJS melampaui target RPJMN 2024, yaitu "
                     "mencapai 98 persen dari total penduduk DKI Jakarta.", Passage.JKN, (0,))
    assert level.role == "coverage"


def test_the_users_of_bpjs_are_its_members_not_another_measure():
    _, active = roles("Dari 90 persen pengguna BPJS di Kota Makassar, hanya 70 persen yang aktif.", Passage.JKN, (27,))
    assert active.role == "active_pct"


@pytest.mark.parametrize("sentence, role", [
    ("Kabupaten Sidrap memiliki sekitar 326 ribu jiwa, tersebar di 11 kecamatan dan 116 desa.", "population"),
    ("Kabupaten Sidrap memiliki 326 ribu jiwa.", "population"),
    # the enrolled, restated as a share
    ("Kabupaten Sidrap memiliki 326 ribu jiwa, atau 98 persen yang terdaftar JKN.", None),
])
def test_the_people_a_region_has_said_alone_are_its_population(sentence, role):
    first = roles(sentence, Passage.JKN, (0,))[0]
    assert (first.role if role else first.role != "population") == (role or True)


def test_a_count_reached_against_a_target_count_is_the_enrolled():
    target, reached, share = roles("Adapun pencapaian kepesertaan JKN-KIS antara lain Rejang Lebong dari target sebesar "
                                   "173.813 jiwa tercapai 173.308 jiwa atau 99 persen.", Passage.JKN, (48,))
    assert (target.reason, reached.role, share.role) == (Reason.TARGET_COUNT, "participants", "coverage")


def test_the_level_the_active_have_fallen_to_is_no_gap():
    (active,) = roles("Peserta Aktif Jaminan Kesehatan di Kabupaten Tasikmalaya Tinggal 51 Persen", Passage.JKN, (35,))
    assert active.role == "active_pct"


def test_more_than_a_share_of_its_people_insured_is_the_floor_a_region_reached():
    (level,) = roles("Terlebih lagi, Bandung telah diberi apresiasi UHC karena lebih dari 95% warganya telah memiliki "
                     "jaminan kesehatan.", Passage.JKN, (15,))
    assert level.role == "coverage"


def test_a_sentence_whose_subject_is_one_segment_counts_that_segment_however_far_its_number():
    (count,) = roles("Jumlah kepesertaan BPJS Kesehatan PBI APBD Kabupaten Penajam Paser Utara lanjut Kepala UPT Jamkesda, "
                     "sampai saat ini tercatat sebanyak 65.000 jiwa.", Passage.JKN, (44,))
    assert count.reason is Reason.SEGMENT


@pytest.mark.parametrize("sentence, n, expected", [
    # a level hoped for by an official
    ("Sekda mengharapkan, menjelang akhir tahun 2018 ini peserta BPJS di Rohul sudah bisa mencapai 95 persen dari "
     "jumlah penduduk.", 0, "target"),
    # a level to win back
    ("Sekarang berat untuk kembali ke 80 persen.", 0, "target"),
    # a share of the poor whose premiums a budget pays
    ("Anggaran ini untuk mengikutsertakan 96 Persen warga yang masuk dalam katagori kurang mampu.", 0,
     Reason.SEGMENT_SHARE),
])
def test_levels_hoped_for_or_won_back_and_shares_of_the_poor(sentence, n, expected):
    role = roles(sentence, Passage.JKN)[n]
    assert (role.reason if isinstance(expected, Reason) else role.role) == expected


@pytest.mark.parametrize("sentence", [
    "As many as 601,252 residents in West Sulawesi will be covered by the National Health Insurance (JKN) program.",
    "A total of 504,423 participants of the Jamkesmas plan in West Sulawesi and 96,829 Askes holders will be included in "
    "the JKN program.",
    "Sebanyak 40.000 warga peserta Jamkesda akan diintegrasikan ke JKN tahun depan.",
])
def test_people_still_to_be_enrolled_are_no_count_of_the_enrolled(sentence):
    assert roles(sentence, Passage.JKN)[0].reason is Reason.TARGET_COUNT


def test_a_level_a_programme_is_said_to_cover_as_a_floor_is_reached():
    (level,) = roles("Kepala BPJS Kesehatan Cabang Manokwari mengatakan, kerja sama ini sudah meng-cover 90 persen lebih "
                     "warga.", Passage.JKN, (30,))
    assert level.role == "coverage"


def test_the_members_of_a_regional_scheme_named_before_a_count_are_another_measure():
    _, rest = roles("Karena sudah 125 ribu peserta JKBM beralih ke JKN, kepesertaan layanan kesehatan gratis Pemprov Bali "
                    "itu, saat ini turun menjadi tinggal 2,4 juta jiwa.", Passage.JKN)
    assert rest.reason is Reason.OTHER_MEASURE


def test_a_level_hoped_for_with_its_noun_between_is_a_target():
    share, _ = roles("“Harapannya, tahun ini kami dapat mencapai cakupan sebesar 81,67 persen dari total 1,9 juta "
                     "penduduk,” jelas Heru.", Passage.JKN)
    assert share.role == "target"


def test_how_much_people_care_about_insurance_is_another_measure():
    (share,) = roles("Berdasarkan survei pada 2013, tingkat kepedulian masyarakat Aceh terhadap jaminan sosial tertinggi di "
                     "Indonesia, mencapai 80%.", Passage.JKN)
    assert share.reason is Reason.OTHER_MEASURE


@pytest.mark.parametrize("text, role", [
    ("Penganugerahan ini menjadi bukti konkret dari keberhasilan Kabupaten Batu Bara dalam mencapai cakupan kepesertaan "
     "Jaminan Kesehatan Nasional–Kartu Indonesia Sehat (JKN-KIS) di atas 95 persen.", "coverage"),
    ("Untuk mencapai cakupan kepesertaan di atas 95 persen, Kabupaten Batu Bara menambah anggaran.", None),
])
def test_a_coverage_floor_reached_however_long_its_measure_and_not_one_to_reach(text, role):
    (share,) = roles(text, Passage.JKN, (text.index("Kabupaten"),))
    assert share.role == role


def test_a_group_of_regions_whose_members_a_copula_names_is_no_generic_statement():
    text = ("Empat daerah yang sudah mencapai UHC itu adalah Kota Kediri 100 persen, Kabupaten Kediri 96,84 persen, "
            "Kabupaten Nganjuk 96,87 persen, dan Kota Blitar 100 persen.")
    first, *_ = roles(text, Passage.JKN, (text.index("Kota Kediri"),))
    assert first.role == "coverage"


def test_a_minimum_with_its_measure_between_is_a_bound():
    _, active = roles("Penghargaan ini diukur berdasarkan cakupan JKN penduduk minimal 98 persen dengan minimal anggota aktif "
                      "80 persen.", Passage.JKN)
    assert active.reason is Reason.BOUND


def test_a_floor_of_the_enrolled_stated_as_reached_is_their_count():
    (count,) = roles("Jumlah kepesertaan program ini telah mencapai lebih dari 184,8 juta jiwa dari seluruh penduduk "
                     "Indonesia.", Passage.JKN)
    assert count.role == "participants"
    (bound,) = roles("Jumlah penduduknya lebih dari 184 ribu jiwa.", Passage.JKN)
    assert bound.role is None
    text = "Jumlah peserta program BPJS-Kesehatan di Mimika saat ini sebanyak lebih dari 300 ribu jiwa."
    (count,) = roles(text, Passage.JKN, (text.index("Mimika"),))
    assert count.role == "participants"


def test_a_bare_count_of_those_who_have_joined_after_the_population_counts_people():
    population, count = roles("Dari 1.157.882 warga Kota Batam, 1.037.635 sudah menjadi peserta JKN-KIS.", Passage.JKN)
    assert (population.role, count.role) == ("population", "participants")


@pytest.mark.parametrize("text, role", [
    ("Saat ini penduduk yang sudah tercover ada 2,5 juta. Jadi lebih kurang 84,4 persen.", "coverage"),
    ("Jumlah kepesertaan JKN di Provinsi Riau mencapai 5,26 juta jiwa atau 80,03% dengan status aktif dan non-aktif.",
     "coverage"),
    ("Dari 12 Kabupaten/Kota yang ada di Riau, Kabupaten Kepulauan Meranti telah memenuhi target UHC dengan presentase "
     "95%.", "coverage"),
])
def test_about_all_of_them_and_the_level_a_target_was_met_with_are_the_level(text, role):
    assert roles(text, Passage.JKN, (text.index("Kabupaten Kepulauan") if "Meranti" in text else 0,))[-1].role == role


def test_a_count_of_the_active_next_to_a_count_of_the_inactive_keeps_its_own_words():
    share, active, inactive = roles("Polewali Mandar (Polman) mencapai 86,68 persen dengan 424.764 peserta aktif dan "
                                    "82.809 tidak aktif.", Passage.JKN, (0,))
    assert (share.role, active.role, inactive.role) == ("active_pct", "active_participants", None)


def test_a_long_subject_whose_predicate_is_inactive_counts_the_inactive():
    (count,) = roles("Sebanyak 224.653 peserta BPJS Kesehatan di Provinsi Sulawesi Barat (Sulbar) tercatat tidak aktif.",
                     Passage.JKN, (40,))
    assert count.reason is Reason.UNINSURED


@pytest.mark.parametrize("text", [
    "Total kuota PBI-BPJS Kesehatan dari APBN untuk Bolmong meningkat menjadi 85.902 peserta, dari sebelumnya 81.460 "
    "peserta.",
    "Kuota Penerima PBI BPJS Kesehatan di Bolmong Bertambah 4.442 Orang, Total Capai 85.902 Peserta",
])
def test_a_segments_count_named_again_before_or_in_total_is_that_segments(text):
    assert [r.reason for r in roles(text, Passage.JKN)] == [Reason.SEGMENT, Reason.SEGMENT]


def test_the_share_reached_of_a_target_count_may_say_diangka():
    _, _, share = roles("Capaian kepesertaan BPJS Lombok Utara dari target 269.989 jiwa tercapai sebanyak 275.204 jiwa atau "
                        "diangka 101,93 persen yang terdaftar sebagai peserta BPJS.", Passage.JKN, (30,))
    assert share.role == "coverage"


def test_a_level_or_below_is_a_bound():
    (ceiling,) = roles("Sedangkan yang cakupan UHC 98 persen ke bawah yakni Kabupaten Musi Rawas dan Kabupaten Empat Lawang.",
                       Passage.JKN, (60,))
    assert ceiling.reason is Reason.BOUND


def test_the_level_after_a_target_said_unmet_is_the_level():
    target, level = roles("Pada 1 Januari 2019, ditargetkan minimal 95 persen, namun target itu belum tercapai dan di Depok "
                          "pencapaian itu baru kisaran 84 persen.", Passage.JKN, (100,))
    assert (target.role, level.role) == ("target", "coverage")


def test_the_rest_still_to_chase_is_a_gap():
    gap, _, target = roles("Untuk mengejar sisa 2,76 persen penduduk atau sekitar 56.867 jiwa agar mencapai 100% Universal "
                           "Health Coverage, Dinkes Cilacap menggelar sosialisasi.", Passage.JKN)
    assert (gap.reason, target.role) == (Reason.GAP, "target")


def test_the_people_a_share_of_a_named_regions_population_comes_to_and_a_count_of_peserta_after_dengan():
    _, population, count = roles("Cakupan UHC mencapai 98,99 persen dari total penduduk Sleman sebanyak 1.129.730 jiwa, "
                                 "atau setara 1.118.355 jiwa.", Passage.JKN)
    assert (population.role, count.role) == ("population", "participants")
    _, count, _ = roles("Januari 2023 mencatatkan angka 95,52 persen dengan peserta 1.398.245 serta Februari 2023 sekira "
                        "95,6 persen.", Passage.JKN)
    assert count.role == "participants"


@pytest.mark.parametrize("text", [
    "\"Jumlah penduduk Konawe Selatan 302.989 orang dan yang sudah terdaftar peserta BPJS Kesehatan baru 185.309 orang.",
    "Kepala BPJS Kesehatan Kabupaten Solok Selatan mengatakan dari 182.181 jumlah masyarakat yang terdata, sebanyak "
    "169.283 sudah tercover.",
    "Kabupaten Pangkep memiliki penduduk 360.557 dan yang telah masuk kedalam program JKN-KIS adalah sebanyak 305.352 "
    "jiwa.",
    "Dari data Disdukcapil jumlah penduduk Kabupaten Klungkung mencapai 230.684 jiwa dengan jumlah kepesertaan JKN (BPJS) "
    "per 30 September 2017 sebanyak 122.755 jiwa.",
])
def test_the_population_before_a_clause_of_the_enrolled_with_a_number_of_their_own(text):
    assert [r.role for r in roles(text, Passage.JKN)] == ["population", "participants"]


@pytest.mark.parametrize("text", [
    "Gorontalo Capai 94% Kepesertaan JKN Aktif",
    "“Dari peserta itu, 94 persen kartunya aktif artinya bisa digunakan.”",
    "Provinsi Gorontalo berhasil mencatat sekitar 94 persen kepesertaan JKN dengan status kartu aktif.",
])
def test_a_share_whose_membership_or_card_is_said_active_is_the_active_share(text):
    assert roles(text, Passage.JKN, (0,))[0].role == "active_pct"


def test_tak_aktif_is_inactive_and_a_share_restated_by_people_still_to_enrol_is_a_gap():
    _, inactive = roles("98 Persen Warga Jember Jadi Peserta JKN, 40 Persen Tak Aktif", Passage.JKN, (15,))
    assert inactive.reason is Reason.UNINSURED
    gap, _, _ = roles("Namun, dibutuhkan sektiar 8 persen atau 8 ribu warga yang harus didaftarkan untuk mengejar 95 "
                      "persen.", Passage.JKN)
    assert gap.reason is Reason.GAP


def test_kalau_before_a_region_already_at_a_level_is_as_for():
    text = "“Kalau Balikpapan sudah 99 persen Pak Wali Kota sudah sampaikan, bahwa berbagai upaya sudah dilakukan.”"
    (level,) = roles(text, Passage.JKN, (text.index("Balikpapan"),))
    assert level.role == "coverage"
    (condition,) = roles("Kalau cakupan sudah 95 persen, daerah itu berhak atas UHC.", Passage.JKN)
    assert condition.reason is Reason.BOUND


@pytest.mark.parametrize("text, role", [
    ("Penghargaan ini diberikan sebagai bentuk apresiasi atas keberhasilan Provinsi NTB dalam mencapai UHC dengan "
     "cakupan sebesar 99,66 persen.", "coverage"),
    ("Masih ada gap dalam mencapai cakupan kepesertaan 98 persen di Provinsi NTB.", "target"),
])
def test_the_level_of_a_success_in_reaching_is_reached_not_aimed_at(text, role):
    (share,) = roles(text, Passage.JKN, (text.index("Provinsi"),))
    assert share.role == role


def test_the_size_of_each_payers_part_is_a_budget_share():
    text = "Dimana besarannya 50 persen Pemkab Meranti dan 50 persen lagi Pemprov Riau."
    first, _ = roles(text, Passage.JKN, (text.index("Pemkab"),))
    assert (first.role, first.reason) == (None, Reason.BUDGET_SHARE)


@pytest.mark.parametrize("sentence", [
    "Hingga saat ini, kepesertaan BPJS PBID di Kota Madiun di angka sekitar 67 ribu peserta.",
    "Hingga saat ini, kepesertaan BPJS PBI-D di Kota Madiun di angka sekitar 67 ribu peserta.",
])
def test_the_members_whose_premiums_the_region_pays_are_a_segment(sentence):
    (count,) = roles(sentence, Passage.JKN, (sentence.index("Kota"),))
    assert count.reason is Reason.SEGMENT


def test_a_rise_to_make_for_a_purpose_is_a_target_however_long_what_it_raises():
    text = ("Kabupaten Takalar berkomitmen untuk segera meningkatkan persentase jumlah penduduk yang menjadi peserta "
            "JKN-KIS di bulan februari menjadi 96 %.")
    (share,) = roles(text, Passage.JKN, (0,))
    assert share.role == "target"


def test_there_are_opens_another_group_whose_negative_is_its_own():
    enrolled, uninsured = roles("Data dari BPJS Watch per tanggal 13 Desember 2019, total kepesertaan JKN baru mencapai "
                                "224.133.671 jiwa atau ada sekitar 30 juta rakyat Indonesia yang belum masuk dalam "
                                "kepesertaan.", Passage.JKN)
    assert enrolled.role == "participants" and uninsured.role is None


def test_a_level_on_the_way_to_uhc_is_no_budget_share_and_the_level_a_gap_leads_to_is_a_bound():
    text = ("Penduduk Kabupaten Jepara yang sudah terdaftar JKN-KIS kurang lebih sebesar 64% untuk mencapai UHC masih "
            "dibutuhkan sekitar 31% lagi hingga tercapai angka 95%.")
    level, gap, threshold = roles(text, Passage.JKN, (text.index("Kabupaten"),))
    assert (level.role, gap.reason, threshold.reason) == ("coverage", Reason.GAP, Reason.BOUND)


def test_the_unenrolled_named_in_a_clause_closed_by_a_comma_before_their_number():
    (count,) = roles("BPJS Kesehatan mencatat jumlah penduduk Indonesia, yang belum terdaftar sebagai peserta program Jaminan "
                     "Kesehatan Nasional-Kartu Indonesia Sehat (JKN-KIS), mencapai 69 juta orang.", Passage.JKN)
    assert count.reason is Reason.UNINSURED


def test_a_cut_is_a_change_not_a_level():
    text = "Kuota PBI UHC dari Pemprov Babel untuk Bangka Selatan Dipangkas 65 Persen pada 2026"
    (share,) = roles(text, Passage.JKN, (text.index("Bangka"),))
    assert share.role is None


@pytest.mark.parametrize("text, roles_wanted", [
    ("Bayu menargetkan, dalam sebulan BPJS Kesehatan bisa menjaring 6 juta hingga 7 juta masyarakat masuk dalam "
     "program JKN-KIS.", [None, None]),
    ("Program UHC di Kabupaten Gorontalo sudah mencapai sekitar 96–97 persen kepesertaan di daerah tersebut.",
     ["coverage", None]),
])
def test_the_upper_end_of_a_range_is_no_figure(text, roles_wanted):
    regions_at = (text.index("Kabupaten"),) if "Kabupaten" in text else ()
    assert [r.role for r in roles(text, Passage.JKN, regions_at)] == roles_wanted


def test_people_said_to_hold_a_card_after_the_population_are_the_enrolled():
    population, count = roles("Koesmedi mengungkapkan, dari 10,2 juta penduduk DKI Jakarta, 8,1 juta telah memiliki "
                              "kartu BPJS.", Passage.JKN)
    assert (population.role, count.role) == ("population", "participants")


def test_a_number_of_people_required_is_no_count():
    (count,) = roles("Agar tetap UHC non cut off, minimal 876.961 jiwa harus terdaftar aktif.", Passage.JKN)
    assert count.reason is Reason.BOUND


def test_a_share_said_to_be_a_target_is_one():
    (share,) = roles("Angka 95% sendiri merupakan target warga yang menjadi peserta JKN berdasarkan Rencana Pembangunan Jangka "
                     "Menengah Nasional (RPJMN) 2015-2019.", Passage.JKN)
    assert share.role == "target"


@pytest.mark.parametrize("text, role", [
    ("“Ini menjadi target kami di Kabupaten Kendal, karena dari laporan terakhir, kita baru sampai 92 persen, sementara "
     "untuk bisa UHC itu harus mencapai 98 persen,” jelasnya.", "coverage"),
    ("Pemerintah Kabupaten Kendal menetapkan target baru mencapai 98 persen pada 2025.", "target"),
    ("BPJS Kesehatan Cabang Tulungagung Bidik Pelaku Usaha Informal, Kepesertaan Kabupaten Tulungagung Baru 69,3 Persen",
     "coverage"),
    ("Kabupaten Tulungagung menetapkan sasaran cakupan baru 98 persen.", "target"),
    ("Khusus di Kabupaten Barito Kuala, target UHC sudah mencakup 98,56 persen.", "coverage"),
])
def test_only_so_far_is_a_level_reached_not_a_target(text, role):
    share, *_ = roles(text, Passage.JKN, (text.index("Kabupaten"),))
    assert share.role == role


def test_now_more_than_a_share_of_a_regions_people_with_access_to_enrolment_is_its_floor():
    text = ("Tak tanggung-tanggung saat ini lebih dari 98 persen penduduk Kabupaten Muara Enim memiliki akses kepesertaan "
            "JKN yang dikelola oleh BPJS Kesehatan.")
    (share,) = roles(text, Passage.JKN, (text.index("Kabupaten"),))
    assert share.role == "coverage"
    (nik,) = roles("Saat ini 100 persen penduduk Kota Pangkalpinang telah memiliki akses internet.", Passage.JKN, (27,))
    assert nik.role is None


@pytest.mark.parametrize("sentence", [
    "Sebanyak 224.653 peserta BPJS Kesehatan di Provinsi Sulawesi Barat tercatat tak aktif.",
    "Sebanyak 224.653 peserta BPJS Kesehatan di Provinsi Sulawesi Barat tercatat tidak lagi aktif.",
    "Sebanyak 224.653 peserta BPJS Kesehatan di Provinsi Sulawesi Barat tercatat non aktif.",
])
def test_every_spelling_of_not_active_makes_the_count_inactive(sentence):
    (count,) = roles(sentence, Passage.JKN, (sentence.index("Provinsi"),))
    assert count.reason is Reason.UNINSURED


def test_active_and_tak_aktif_together_are_everyone():
    share, = roles("Cakupan Kabupaten Demak mencapai 96,2 persen dengan status aktif dan tak aktif.", Passage.JKN, (12,))
    assert share.role == "coverage"


def test_a_count_already_nearly_reached_is_the_count_told_roughly():
    (count,) = roles("Sekarang saja di Jakarta sudah hampir 7 juta orang yang ikut BPJS kesehatan.", Passage.JKN, (20,))
    assert count.role == "participants"
    (bound,) = roles("Penduduk Jakarta hampir 11 juta orang.", Passage.JKN, (9,))
    assert bound.role is None


@pytest.mark.parametrize("text", [
    "Pemkot Medan bakal melakukan berbagai upaya agar tercapainya program UHC di 2023 mencapai kepesertaan BPJS "
    "Kesehatan sebesar 98 persen.",
    "“Kami harap melalui mou ini, cakupan kepesertaan BPJS Kesehatan di Bontang mampu mencapai 98 persen.",
])
def test_a_level_wished_for_is_a_target_even_with_a_year_inside_the_wish(text):
    (share,) = roles(text, Passage.JKN, (text.index("Medan") if "Medan" in text else text.index("Bontang"),))
    assert share.role == "target"


def test_a_share_above_100_of_enrolment_and_keaktifan_together_is_coverage():
    text = ("BPJS Kesehatan mencatat, persentase kepesertaan dan keaktifan JKN di Kabupaten Kepulauan Meranti mencapai "
            "103,44 persen.")
    (share,) = roles(text, Passage.JKN, (text.index("Kabupaten"),))
    assert share.role == "coverage"


@pytest.mark.parametrize("text", [
    "96.638 Warga Tulang Bawang Barat Tercover Program PBI BPJS, Segini Anggaran yang Disiapkan",
    "Saat ini terdapat total 259.128 jiwa warga Takalar yang telah dijamin melalui BPJS Non-Mandiri.",
])
def test_people_covered_by_one_segments_scheme_are_that_segment(text):
    (count,) = roles(text, Passage.JKN, (text.index("Tulang") if "Tulang" in text else text.index("Takalar"),))
    assert count.reason is Reason.SEGMENT


def test_a_share_whose_clause_ends_not_yet_a_member_after_a_count_is_the_uninsureds():
    (share, _) = roles("Sekitar 46 persen dari total penduduk di Kabupaten Situbondo, sebanyak 650.031 jiwa belum menjadi "
                       "anggota BPJS Kesehatan.", Passage.JKN, (35,))
    assert share.reason is Reason.UNINSURED


@pytest.mark.parametrize("text", [
    "Bupati Bogor Pastikan Universal Health Coverage di Kabupaten Bogor 100 Persen Terealisasi di 2026",
    "UHC di Kabupaten Bogor 100 persen akan terealisasi di tahun 2026.",
])
def test_a_level_ensured_or_said_to_come_about_is_a_target(text):
    (share,) = roles(text, Passage.JKN, (text.index("Kabupaten"),))
    assert share.role == "target"


@pytest.mark.parametrize("text, reason", [
    ("Meski sudah disebutkan ketentuan UHC dicapai ketika 95 persen penduduk sudah terdaftar JKN di Kabupaten Lamongan.",
     Reason.BOUND),
    ("Status UHC tercapai apabila 95 persen penduduk Kabupaten Lamongan terdaftar.", Reason.BOUND),
])
def test_a_provision_saying_when_uhc_is_reached_is_a_bound(text, reason):
    (share,) = roles(text, Passage.JKN, (text.index("Kabupaten"),))
    assert share.reason is reason


def test_the_people_a_region_commits_to_enrol_are_a_target():
    text = "Lima desa di Kabupaten Lamongan berkomitmen mengikutsertakan 100 persen penduduknya dengan pembiayaan desa."
    (share,) = roles(text, Passage.JKN, (text.index("Kabupaten"),))
    assert share.role == "target"


def test_work_still_left_after_a_count_is_a_gap_and_the_total_residents_numbered_are_the_base():
    share, count = roles("Di Provinsi Sulawesi Tengah pada tahun 2024 sebanyak 82,74 persen dari total warga sebanyak "
                         "3.154.499 penduduk yang telah terdaftar kepesertaan BPJS Kesehatan.", Passage.JKN, (3,))
    assert (share.role, count.role) == ("coverage", "population")
    # said next, linked to that count, the share of work still to do is no share of it
    (gap,) = roles("Artinya, masih terdapat pekerjaan rumah bagi Pemda sekitar 11,3 persen keterjangkauan BPJS di wilayah "
                   "Sulawesi Tengah.", Passage.JKN, before=count)
    assert gap.role is None


def test_the_residents_enrolment_counts_the_enrolled_and_how_much_it_grew_is_no_share_of_it():
    count, share, population = roles(
        "Sedangkan tingkat kepesertaan warga di Bali selama tahun 2015 mencapai 2.072.653 jiwa atau baru sekitar 50,82 "
        "persen dari total jumlah penduduk di Pulau Dewata yang mencapai 4.078.655 jiwa.", Passage.JKN, (46,))
    assert (count.role, share.role, population.role) == ("participants", "coverage", "population")
    (growth, *_) = roles("Jumlah itu sudah meningkat sekitar 10 persen jika dibandingkan tahun 2014.", Passage.JKN,
                         before=population)
    assert growth.role is None


def test_people_whose_health_is_not_covered_are_the_uninsured():
    (count,) = roles("Hingga November 2017, masih ada 1,4 juta warga Madura yang kesehatannya tidak terjamin.", Passage.JKN)
    assert count.reason is Reason.UNINSURED


def test_a_floor_of_people_restating_a_share_counts_the_enrolled_and_a_fall_to_a_level_is_the_level():
    _, count = roles("Kepesertaan JKN di Kabupaten Blora sudah mencapai 73 persen atau lebih dari 685 ribu peserta.",
                     Passage.JKN, (21,))
    assert count.role == "participants"
    _, level = roles("Kepesertaan BPJS Kesehatan di Kabupaten Cirebon menurun drastis dari 98 persen menjadi hanya 75 "
                     "persen pada awal 2025.", Passage.JKN, (36,))
    assert level.role == "coverage"


def test_a_precise_share_dated_to_the_day_after_a_category_is_a_level_not_its_criterion():
    text = "Provinsi Sumatera Utara berhasil menuntaskan UHC Prioritas hingga 100,2% per 1 September 2025."
    (share,) = roles(text, Passage.JKN, (0,))
    assert share.role == "coverage"
    (criterion,) = roles("Kategori UHC Prioritas berarti cakupan di atas 98 persen.", Passage.JKN)
    assert criterion.role is None


def test_a_share_with_the_budget_named_right_after_it_is_the_budgets():
    (share,) = roles("Presiden memberikan instruksi kepada para kepala daerah untuk mengalokasikan 10% APBD nya untuk "
                     "menunjang sukses program JKN.", Passage.JKN)
    assert share.reason is Reason.BUDGET_SHARE


def test_residents_before_the_enrolled_with_a_number_of_their_own_are_the_population():
    residents, enrolled, _ = roles("Kabupaten Pamekasan dengan 820.129 penduduk yang sudah terdaftar BPJS Kesehatan "
                                   "sebanyak 670.150 jiwa atau 81 persen.", Passage.JKN, (0,))
    assert (residents.role, enrolled.role) == ("population", "participants")


def test_a_share_followed_by_with_n_uninsured_is_the_enrolled_share():
    share, uninsured = roles("Dari jumlah penduduk 293.023 jiwa, Kota Palangka Raya mampu mencapai 84,90 persen, dengan "
                             "14.761 jiwa yang belum terdaftar.", Passage.JKN, (30,))[1:]
    assert (share.role, uninsured.reason) == ("coverage", Reason.UNINSURED)
    (alone,) = roles("Sekitar 4 persen penduduk Kabupaten Demak belum terdaftar sebagai peserta JKN.", Passage.JKN)
    assert alone.reason is Reason.UNINSURED


def test_a_floor_of_participants_named_after_namely_is_their_count():
    (count,) = roles("Kepesertaan BPJS Kesehatan di Kabupaten Cilacap termasuk paling banyak di wilayah itu, yakni lebih "
                     "dari 1,5 juta peserta.", Passage.JKN, (30,))
    assert count.role == "participants"
    (need,) = roles("Kabupaten Cilacap masih membutuhkan lebih dari 20 ribu peserta baru.", Passage.JKN, (0,))
    assert need.role is None


def test_a_sentence_measuring_this_against_an_average_states_another_figure():
    before = Role("coverage")
    (average,) = roles("Angka ini masih kurang dari rata-rata nasional sebesar 86 persen.", Passage.JKN, before=before)
    assert average.role == "coverage" and not average.linked
    (same,) = roles("Angka ini setara 84 persen dari total penduduk.", Passage.JKN, before=Role("participants"))
    assert same.linked


def test_where_a_segments_count_goes_is_the_same_segment():
    _, later = roles("Jumlah peserta PBPU yang ditanggung APBD akan meningkat dari 65.946 jiwa pada 2025 menjadi 71.858 "
                     "jiwa pada 2026.", Passage.JKN)
    assert later.reason is Reason.SEGMENT


def test_another_programmes_take_up_and_a_share_of_wages_are_not_coverage():
    _, share = roles("Hasilnya, sebanyak 103.028 jiwa atau 40,96 persen dari total penduduk Kabupaten Kolaka telah "
                     "mengikuti pemeriksaan kesehatan gratis sepanjang 2025.", Passage.JKN, (70,))
    assert share.role is None and share.reason is Reason.OTHER_SUBJECT
    _, share = roles("Sepanjang 2025, Program CKG telah diikuti oleh 70,8 juta orang atau sekitar 24,9 persen dari total "
                     "populasi Indonesia.", Passage.JKN)
    assert share.role is None
    wage, _, _ = roles("Pekerja negara membayar 5% gaji (2% gaji dibayar peserta dan 3% dibayar oleh negara).", Passage.JKN)
    assert wage.role is None


def test_an_english_previously_marks_an_earlier_figure():
    (share,) = roles("If previously the percentage of Kudus residents registered with JKN reached 81.18 percent of the "
                     "total population, now it has dropped.", Passage.JKN, (36,))
    assert share.history


def test_the_uninsured_named_as_the_subject_keep_their_count_past_its_date():
    count, share, population = roles("Penduduk Kotawaringin Timur yang belum terdaftar JKN per 31 Juli 2018 mencapai "
                                     "93.729 jiwa atau 22,89 persen dari total penduduk 409.502 jiwa.", Passage.JKN)
    assert (count.reason, share.reason, population.role) == (Reason.UNINSURED, Reason.UNINSURED_SHARE, "population")


def test_a_speakers_hedge_does_not_make_a_condition():
    (level, target) = roles('"Kalau tidak salah sekarang masih sekitar 69 persen saja, targetnya harus mencapai 98 '
                            'persen agar penerima bantuan iuran bisa direalisasikan," tutur Ketua Komisi IV.', Passage.JKN)
    assert (level.role, target.role) == ("coverage", "target")
    (condition,) = roles("Kalau cakupan sudah 95 persen, status UHC diberikan.", Passage.JKN)
    assert condition.role is None


def test_the_people_a_target_names_are_no_participants():
    (count,) = roles("Tahun 2016, 188 juta warga ditargetkan terdaftar program Jaminan Kesehatan Nasional.")
    assert count.reason is Reason.TARGET_COUNT


def test_the_number_of_the_enrolled_from_one_level_to_another_counts_people():
    before, now = roles("Jumlah peserta jaminan kesehatan nasional (JKN) juga meningkat dari sebelumnya 133 juta, "
                        "menjadi sekarang 273 juta di tahun 2024.")
    assert (before.role, now.role) == ("participants", "participants")


def test_english_reached_against_a_target_and_the_remaining_gap():
    target, reached = roles("Even though the National Health Insurance (NHI) targets 95% enrollment coverage by the end "
                            "of 2019, it only reached 85.3%.", Passage.JKN)
    assert (target.role, reached.role) == ("target", "coverage")
    (gap,) = roles("Rustam emphasized the importance of reaching the remaining 4.52% of residents.", Passage.JKN)
    assert gap.reason is Reason.GAP


def test_a_clause_giving_the_reason_states_a_fact_the_hope_before_it_does_not_reach():
    (level,) = roles("Pemkab Situbondo optimis dapat mencapai UHC pada tahun 2023, hal tersebut dikarenakan hingga, Kamis "
                     "(14/9/2023) sudah 85,65 persen masyarakat Situbondo sudah tercover JKN.", Passage.JKN)
    assert level.role == "coverage"


def test_the_residents_as_the_subject_with_their_number_alone_are_the_population():
    (count,) = roles("Penduduk Kabupaten Bekasi, kini tercatat sekitar 3,2 juta jiwa.", Passage.JKN, (0,))
    assert count.role == "population"
    (enrolled,) = roles("Penduduk Kabupaten Bekasi yang terdaftar tercatat sekitar 3,1 juta jiwa.", Passage.JKN, (0,))
    assert enrolled.role == "participants"


def test_a_share_of_the_target_population_said_to_be_the_people_is_coverage():
    (share,) = roles("Saat ini kepesertaan BPJS Kesehatan berada di angka 96 persen dari target sasaran atau populasi.")
    assert share.role == "coverage"
    _, of_target = roles("Hingga 16 Desember, baru 171,67 juta peserta JKN-KIS atau 91 persen dari target.")
    assert of_target.reason is Reason.OTHER_BASE


def test_the_whole_a_part_is_of_counts_the_enrolled():
    *_, whole = roles("Artinya, lebih dari 133 juta peserta BPJS Kesehatan atau sekitar 60 persen dari total kepesertaan "
                      "yang mencapai 222.278.708 ditanggung negara.")
    assert whole.role == "participants"


def test_what_follows_from_a_long_condition_with_maka_is_no_figure():
    *_, consequent = roles("Jika, tahun 2023 ini Pemkot Kupang berhasil merealisasi warga masuk sebagai peserta JKN, maka "
                           "warga sudah 100 persen tercover jaminannya oleh BPJS.", Passage.JKN)
    assert consequent.reason is Reason.BOUND


def test_how_much_a_premium_was_raised_is_another_measure():
    (rise,) = roles("Presiden resmi menaikkan iuran BPJS Kesehatan untuk Peserta Bukan Penerima Upah (PBPU) dan Bukan "
                    "Pekerja sebesar 100%.", Passage.JKN)
    assert rise.reason is Reason.OTHER_MEASURE


def test_the_people_an_agency_hopes_to_take_in_are_a_target_count():
    (hoped,) = roles("Hingga akhir tahun 2015, BPJS Kesehatan berharap dapat merangkul 168 juta peserta.")
    assert hoped.reason is Reason.TARGET_COUNT


def test_a_programme_named_by_its_level_is_no_figure_but_a_level_reached_is():
    (named,) = roles("Warga belum mengetahui PBI BPJS Kesehatan yang digulirkan melalui UHC 100% tersebut.", Passage.JKN)
    assert named.reason is Reason.PROGRAMME
    (reached,) = roles("Program JKN di Kabupaten Demak sudah mencapai UHC 98 persen tahun ini.", Passage.JKN, (14,))
    assert reached.role == "coverage"


def test_people_described_at_length_as_having_no_health_cover_are_uninsured():
    (count,) = roles("Dari hasil padanan data di wilayah Papua, diperoleh sebanyak 2.134.695 jiwa data by name by address "
                     "penduduk Papua dengan NIK yang tidak memiliki jaminan kesehatan.", Passage.JKN, (40,))
    assert count.reason is Reason.UNINSURED
    (arrears,) = roles("UHC tinggi, tetapi 103.521 Peserta BPJS Kesehatan di Cilegon Ternyata Nunggak Iuran.", Passage.JKN)
    assert arrears.reason is Reason.UNINSURED


def test_shares_of_money_and_of_other_shares_are_no_coverage():
    first, second = roles("Kewajiban Pemkab Mojokerto untuk memberikan jaminan kesehatan sebesar 75 persen dari 50 persen "
                          "angka tersebut.", Passage.JKN)
    assert first.reason is Reason.OTHER_BASE and second.role is None
    (money,) = roles("Anggaran jaminan kesehatan sudah melebihi ketentuan yaitu sebesar Rp. 25.194.674.621, atau 77,97 "
                     "persen.", Passage.JKN)
    assert money.reason is Reason.BUDGET_SHARE
    (recording,) = roles("Hampir 50 persen masyarakat Papua yang melakukan perekaman, kami harap terus meningkat.",
                         Passage.JKN)
    assert recording.reason is Reason.OTHER_SUBJECT


def test_a_rise_up_to_a_level_too_large_to_be_a_rise_is_the_level():
    (level,) = roles("UHC Kota Cilegon meningkat hingga 100,2 persen di mana penduduk dapat berobat gratis.", Passage.JKN)
    assert level.role == "coverage"
    (rise,) = roles("Kepesertaan JKN Kota Cilegon naik hingga 5 persen dibanding tahun lalu.", Passage.JKN)
    assert rise.reason is Reason.CHANGE


def test_access_to_the_jkn_programme_is_enrolment():
    (share,) = roles("Hingga April ini, sudah 99,48% penduduk Kabupaten Bojonegoro sudah memiliki akses ke program "
                     "JKN-KIS.", Passage.JKN)
    assert share.role == "coverage"


def test_a_way_of_counting_is_no_condition_and_the_rest_left_is_not_the_share():
    population, share, _ = roles('"Kalau melihat jumlah penduduk yang ada 1,8 juta jiwa maka baru 70 persen yang tercover dan '
                                 'masih tersisa 546 ribu yang belum masuk," katanya.', Passage.JKN)
    assert (population.role, share.role) == ("population", "coverage")


def test_that_figure_after_who_said_it_still_restates_the_figure_before():
    assert links_previous_sentence("Deputi Direksi BPJS Kesehatan Wilayah X, Oktavianus Ramba mengatakan Jumlah tersebut "
                                   "sudah mencakup 101 persen.")
    assert not links_previous_sentence("Deputi Direksi mengatakan cakupan sudah 101 persen.")


def test_a_class_of_care_and_a_segment_registered_as_such_are_segments_but_all_segments_are_all():
    (cls,) = roles("Di mana peserta kelas I yang melorot ke kelas II berjumlah 153.466 orang.")
    assert cls.reason is Reason.SEGMENT
    (pbi,) = roles("Pun sekitar 2,1 juta jiwa penduduk Propinsi Aceh sudah terdaftar sebagai peserta Penerima Bantuan Iuran "
                   "(PBI) pemerintah pusat.", Passage.JKN)
    assert pbi.reason is Reason.SEGMENT
    (paid,) = roles("Anggaran itu Rp32 miliar. Besaran itu untuk melindungi sebanyak 78.145 peserta.", Passage.JKN)
    assert paid.reason is Reason.SEGMENT
    (president,) = roles("Kata Gubernur Banten, Jokowi Biayai 8 Juta Peserta BPJS.")
    assert president.reason is Reason.SEGMENT
    (whole,) = roles("Berdasarkan data BPJS Kesehatan, total seluruh peserta semua segmen tercatat mencapai 224.149.019 jiwa.")
    assert whole.role == "participants"


def test_a_level_stated_as_a_result_beside_the_active_share_is_coverage():
    _, level, active = roles("Sehingga datanya masih melebihi 100 persen sehingga di angka 102,09 persen dengan tingkat "
                             "keaktifan itu di angka 92,23 persen.", Passage.JKN)
    assert (level.role, active.role) == ("coverage", "active_pct")


def test_the_people_a_share_is_of_numbered_after_it_are_the_population():
    _, people = roles("Saat ini lebih dari 98 persen penduduk di Demak yang berjumlah 1,243 juta jiwa terdaftar sebagai "
                      "peserta JKN.", Passage.JKN)
    assert people.role == "population"


def test_a_level_said_to_stand_now_continues_the_passage():
    now, _ = roles("Dari saat ini sekitar 75 persen (data sampai Juli 2024), menjadi 85-90 persen.", Passage.JKN)
    assert now.role == "coverage"


def test_the_lower_end_of_a_range_of_the_uninsured_is_theirs_too():
    low, high = roles("Masih terdapat sekitar 5–7 persen penduduk yang belum tercakup dalam program JKN.", Passage.JKN)
    assert low.role is None and high.role is None


def test_said_earlier_is_not_a_figure_of_earlier():
    count, share = roles("Sebelumnya disampaikan Nilam, berdasarkan data BPJS Kesehatan, jumlah peserta BPJS Kesehatan di "
                         "Kuansing mencapai 229.192 atau sekitar 70 persen masyarakat di Kuansing sudah bergabung.", Passage.JKN)
    assert (count.role, count.history, share.role, share.history) == ("participants", False, "coverage", False)
    (earlier,) = roles("Sebelumnya, cakupan JKN di Kuansing mencapai 70 persen.", Passage.JKN)
    assert earlier.history


def test_people_set_as_a_target_and_a_regional_schemes_members():
    (aim,) = roles("Dr. Deni Pastikan Kesehatan Warga Jadi Prioritas, 80% Warga Ditargetkan Aktif BPJS.")
    assert aim.role == "target"
    (scheme,) = roles("63 Ribu Jiwa Warga Kota Gorontalo Kembali Terlindungi dalam Program Jamkesta.")
    assert scheme.reason is Reason.SEGMENT


def test_people_a_city_added_are_new_and_a_share_said_to_be_covered_is_coverage():
    (added,) = roles("Dimana Pemkot Pasuruan menambahkan sebanyak 47 ribu warganya menjadi peserta BPJS Kesehatan.")
    assert added.reason is Reason.NEW_OR_MISSING
    (share,) = roles("Sampai 7 Februari, tercatat dari 97,73 persen yang sudah tercover.", Passage.JKN)
    assert share.role == "coverage"


def test_a_word_cut_by_the_window_is_no_measure_and_a_premium_rate_is_one():
    (level,) = roles("Biarpun ada penurunan, Maya mengklaim cakupan jaminan kesehatan semesta atau Universal Health Coverage "
                     "(UHC) di Lampung Utara sudah 90,86 persen.", Passage.JKN, (106,))
    assert level.role == "coverage"
    rate, _ = roles("Program ini per bulannya dikenakan iuran sebesar 5 persen, di mana 4 persen dari pemberi kerja.",
                    Passage.JKN)
    assert rate.reason is Reason.OTHER_MEASURE


def test_where_the_level_stood_inside_a_hope_to_raise_it_is_the_level():
    level, _ = roles("Program ini juga diharapkan bisa meningkatkan capaian kepesertaan JKN-KIS daerah itu yang sampai akhir "
                     "2022 lalu mencapai 88,44 persen dari jumlah penduduk 282.711 jiwa.", Passage.JKN)
    assert level.role == "coverage"


def test_the_unenrolled_as_a_clauses_subject_and_participation_after_them():
    (count,) = roles("Sekitar satu juta penduduk Kabupaten Jember, Jawa Timur (Jatim), belum menjadi peserta Program JKN-KIS.")
    assert count.reason is Reason.UNINSURED
    share, _ = roles("Tingkat partisipasinya baru sekitar 60 persen dari total populasi 2,6 juta jiwa.", Passage.UNINSURED)
    assert share.reason is not Reason.OTHER_MEASURE
    (segment,) = roles('"Kalau peserta PPU dari BUMN di Sumsel sudah banyak hampir 95% tercapai," katanya.', Passage.JKN)
    assert segment.reason is Reason.SEGMENT_SHARE


def test_a_level_before_a_change_the_story_told_is_history():
    (before,) = roles("Sebelum adanya penambahan itu, sambung Dwi, cakupan UHC Cianjur sudah mencapai 86,9 persen.", Passage.JKN)
    assert before.role == "coverage" and before.history


def test_the_number_of_the_enrolled_said_to_stand_already_counts_people():
    (count,) = roles("Kini, jumlah kepesertaan JKN-KIS di Jawa Timur sudah 26,6 juta per pertengahan November 2018.")
    assert count.role == "participants"


def test_a_share_that_leaves_the_employed_out_is_a_segments():
    sentence = ("Sehingga dari jumlah penerima jaminan kesehatan baik dari APBD dan APBN, maka pemerintah telah "
                "menjaminkan kesehatan masyarakat di Kabupaten Alor sebanyak 84 persen.")
    q = find_quantities(sentence)[0]
    leaves_out = classify(q, sentence, None, None, False, Passage.JKN, (), "Ini diluar dari PNS dan Pegawai Swasta.")
    assert leaves_out.reason is Reason.SEGMENT_SHARE
    assert classify(q, sentence, None, None, False, Passage.JKN, (), "Ini capaian yang baik.").role == "coverage"
    (same_sentence,) = roles("Cakupan JKN Kabupaten Alor 84 persen, belum termasuk peserta mandiri.", Passage.JKN)
    assert same_sentence.reason is Reason.SEGMENT_SHARE


def test_a_share_of_cards_handed_out_is_another_measure():
    (cards,) = roles("Menurut data, KIS yang sudah diedarkan kepada masyarakat sekitar 59 persen.", Passage.JKN)
    assert cards.reason is Reason.OTHER_MEASURE
    (handed,) = roles("Penyaluran kartu JKN di Kabupaten Jember sudah 80 persen.", Passage.JKN)
    assert handed.reason is Reason.OTHER_MEASURE
    (enrolled,) = roles("Peserta JKN yang sudah memegang KIS di Kabupaten Jember sekitar 96 persen.", Passage.JKN)
    assert enrolled.role == "coverage"


def test_how_far_an_extension_of_coverage_went_is_the_level():
    (went,) = roles("Capaian penting itu mencakup perluasan jangkauan JKN hingga 98 persen penduduk.", Passage.JKN)
    assert went.role == "coverage"
    (bound,) = roles("Pemerintah menanggung iuran hingga 98 persen penduduk miskin.", Passage.JKN)
    assert bound.role != "coverage"


def test_people_named_first_then_said_to_be_covered_are_clearly_the_enrolled():
    (topic,) = roles("80 ribu lebih warga Natuna, kesehatannya sudah dijamin BPJS.", Passage.JKN)
    assert (topic.role, topic.strength) == ("participants", W.STRENGTH_PARTICIPANTS_NEAR)
    (loose,) = roles("Ada 80 ribu lebih warga Natuna, dan BPJS membantu kesehatan mereka.", Passage.JKN)
    assert loose.strength < W.STRENGTH_PARTICIPANTS_NEAR


def test_a_share_of_people_free_of_a_disease_is_no_coverage():
    (malaria,) = roles("Dalam capaian kesehatan, sebanyak 74 persen penduduk Indonesia yang telah terbebas dari penyakit "
                       "malaria.", Passage.JKN)
    assert malaria.reason is Reason.OTHER_SUBJECT


def test_the_whole_then_one_segments_part_of_it_is_the_whole():
    whole, part = roles("Penduduk Indonesia yang telah menjadi peserta JKN sebanyak 208,7 juta jiwa dengan Penerima "
                        "Bantuan Iuran berjumlah kurang lebih 92 juta jiwa.", Passage.JKN)
    assert whole.role == "participants" and part.role is None


def test_what_an_awards_recipients_have_reached_is_its_criterion():
    *_, criterion = roles("Penghargaan UHC 2023 ini diberikan kepada 22 provinsi dan 334 kabupaten/kota di Indonesia yang "
                          "telah mencapai kepesertaan JKN lebih dari 95 persen.", Passage.JKN)
    assert criterion.reason is Reason.BOUND
    sentence = "Penghargaan diberikan kepada Kabupaten Pamekasan yang telah mencapai kepesertaan JKN 95,29 persen."
    (own,) = roles(sentence, Passage.JKN, (sentence.index("Kabupaten"),))
    assert own.role == "coverage"


def test_the_level_a_rise_came_from_said_after_where_it_went_is_history():
    went, came = roles("Pada 2024, angka UHC Kabupaten Lamongan naik menjadi 86,44 persen dari 82,77 persen pada 2023.",
                       Passage.JKN, (20,))
    assert (went.role, went.history) == ("coverage", False)
    assert came.history is True
    share, _ = roles("Dana itu sebesar 75 persen dari 50 persen angka tersebut.", Passage.JKN)
    assert share.role is None


def test_the_people_holding_a_card_counted_far_from_their_noun_and_told_as_a_floor():
    (held, missing) = roles("Masyarakat Muna Barat yang sudah memiliki kartu BPJS saat ini mencapai 56 ribu lebih. "
                            "Sementara 23 ribu orang lainnya belum memiliki kartu JKN.", Passage.JKN)
    assert held.role == "participants" and missing.role is None


def test_a_level_reached_for_health_cover_is_no_budget_share():
    (reached,) = roles("Mereka saat ini baru mencapai 85 persen untuk jaminan kesehatan di kabupaten Pekalongan.",
                       Passage.JKN)
    assert reached.role == "coverage"
    (budget,) = roles("Pemkab mengalokasikan 10 persen untuk jaminan kesehatan warga miskin.", Passage.JKN)
    assert budget.role is None


def test_a_level_scheduled_to_be_reached_is_a_target_and_beneficiaries_are_people():
    (scheduled,) = roles("Kota Depok dijadwalkan mencapai UHC program JKN-KIS sebesar 96 persen pada tahun ini.", Passage.JKN)
    assert scheduled.role == "target"
    (beneficiaries,) = roles("Kepesertaan BPJS Kesehatan saat ini sudah mencakup 279,7 juta penerima manfaat.", Passage.JKN)
    assert beneficiaries.role == "participants"


def test_a_line_labelled_with_a_segment_counts_that_segment():
    share, count = roles("PBI: 41,1 persen atau 115.924.702 peserta", Passage.JKN)
    assert share.reason is Reason.SEGMENT_SHARE and count.role is None
    *_, mandiri = roles("2. Peserta Mandiri (PBPU): 30.000.000 jiwa", Passage.JKN)
    assert mandiri.role is None


def test_the_members_of_a_regions_own_scheme_are_one_group():
    (kjs,) = roles("Saat ini sudah ada 3,4 juta warga yang sudah terdaftar sebagai peserta KJS.", Passage.JKN)
    assert kjs.role is None


def test_the_residents_a_share_after_them_is_taken_of_are_the_population():
    base, share = roles("LEBAK – Dari sebesar 1.192.000 jiwa penduduk Lebak, sekira 73 persen sudah terdaftar dalam "
                        "program BPJS Kesehatan.", Passage.JKN, (40,))
    assert (base.role, share.role) == ("population", "coverage")
