"""references: what a text refers to, one case per kind of reference and per weak-reference rule."""

from __future__ import annotations

import pytest

from uhcwatch.crawler.extraction.references import (GROUP, INDONESIA, RefKind, find_references, main_region,
                                                    resolve_anaphor, resolve_group)


def kinds(text: str) -> list[tuple[str, RefKind, bool]]:
    """(referenced text, kind, weak) of every reference, in text order."""
    return [(text[r.start:r.end], r.kind, r.context) for r in find_references(text)]


def test_a_region_by_name_is_a_mention():
    (ref,) = find_references("Cakupan JKN Kabupaten Demak 95 persen.")
    assert ref.kind is RefKind.MENTION and ref.region.code == "33.21" and ref.formal and not ref.context


@pytest.mark.parametrize("text, weak", [
    ("DEMAK – Cakupan JKN tinggi.", "DEMAK"),  # a dateline
    ("MAKASSAR, KOMPAS.com - Cakupan JKN tinggi.", "MAKASSAR"),
    ("Berita lain\n  • SAMARINDA - Peserta BPJS di Kaltim yang aktif 85 persen", "SAMARINDA"),  # a bulleted lead
    ("Kabupaten Agam, Sumatera Barat, mencatat 96 persen.", "Sumatera Barat"),  # an appositive province
    ("Kota Medan, ibu kota Sumatera Utara, mencatat 96 persen.", "Sumatera Utara"),
    ("Hal itu disampaikan dalam konferensi pers di Jakarta.", "Jakarta"),  # where something was said
    ("kata Deputi Direksi dalam public expose di Kota Makassar, Selasa.", "Kota Makassar"),
    ("Penghargaan atas capaian 98 persen itu diserahkan di Kota Semarang, Kamis.", "Kota Semarang"),  # an event's place
    ("Daerah dengan capaian 98 persen menerima penghargaan di Jakarta International Expo.", "Jakarta"),  # a building
    ("Kabupaten Puncak Jaya kabupaten pertama di Papua dan Papua Barat dengan cakupan 98 persen.", "Papua Barat"),
    # the field a place in a ranking is in
    ("Kepesertaan di Banyuwangi masih rendah. Bahkan, di posisi keempat paling bawah di Jawa Timur.", "Jawa Timur"),
    ("Kota Magelang menempati peringkat ke-3 se-Jawa Tengah.", "Jawa Tengah"),
    # the province a figure ranks first in
    ("Capaian 98 persen ini yang tertinggi di Provinsi Bengkulu.", "Provinsi Bengkulu"),
    ("Salah satunya adalah UHC yang merupakan terbesar di Jawa Timur mencapai 99,10%, ini terbesar di Jatim.", "Jatim"),
    ("Kabupaten Solok menjadi daerah terendah di wilayah kerja cabang, sekaligus terendah di Sumatera Barat, "
     "dengan cakupan baru 79,4 persen.", "Sumatera Barat"),  # a second field it ranks in
    ('"Kepesertaan sudah mencapai 95 persen," kata Deputi Direksi BPJS Kesehatan Wilayah Kalimantan Tengah, '
     'Selatan, Timur, dan Utara Ni Mas Ratna Sudewi di Balikpapan, Kamis.', "Balikpapan"),
    ("BPJS Kesehatan Jember mencatat 3,2 juta peserta.", "Jember"),  # a branch office
    ("Lebih dari 3,7 juta jiwa penduduk di Solo dan sekitarnya sudah bergabung.", "Solo"),  # a wider area
    ("Bahkan ke RS rujukan di Jakarta, akan kita biayai, kata bupati.", "Jakarta"),  # where patients are sent
    # a branch's working area named by its seat, the regions it spans, and the areas ranked after it
    ("Kepesertaan terbesar di area kerja Balikpapan yang mencakup hingga Penajam Paser Utara, yakni 80%.", "Balikpapan"),
    ("Kepesertaan terbesar di area kerja Balikpapan yang mencakup hingga Penajam Paser Utara, yakni 80%.",
     "Penajam Paser Utara"),
    ("Terendah antara lain area kerja Banjarmasin, dengan kepesertaan 43%, disusul dengan Barabai yang mencapai 46%, "
     "serta Palangkaraya dengan 52%.", "Palangkaraya"),
    # the city after the place where a quote was said
    ('"Kita akan terus kejar hingga 100 persen," ujar Sandi saat peluncuran UHC, di Puskesmas Kecamatan Ciracas, '
     'Jakarta Timur, Senin.', "Jakarta Timur"),
    ("kata Deputi Direksi BPJS Kesehatan Wilayah Kalimantan Tengah di Balikpapan.", "Kalimantan Tengah"),
    # the appositive's abbreviation in brackets is the appositive again
    ("Dinkes Kabupaten Kulon Progo, Daerah Istimewa Yogyakarta (DIY), mencatat 99,11 persen.", "DIY"),
    ("Kota Yogyakarta dan Kabupaten Gunungkidul (DIY, red.) mencapai 95 persen.", "DIY"),  # a province in brackets
    # two regions written as one are one area together
    ("Persentasenya 98 persen dari total penduduk Jawa Tengah-DIY.", "Jawa Tengah"),
    ("Persentasenya 98 persen dari total penduduk Jawa Tengah-DIY.", "DIY"),
    # a region joined to an office's area is part of that area
    ("kata Deputi Direksi BPJS Kesehatan Wilayah Jateng dan DIY di Semarang.", "DIY"),
    # the region a comparison measures against (English-language pages)
    ("Maluku was 0.29 times less likely than Papua to be NHI members.", "Papua"),
    # a police unit named for the region it serves
    ("Syarat itu berlaku di Polresta Balikpapan dan Polsek Balikpapan Selatan (Polda Kalimantan Timur).", "Kalimantan Timur"),
    ("Syarat itu berlaku di Polresta Balikpapan dan Polsek Aimas.", "Balikpapan"),
])
def test_weak_references_only_locate(text, weak):
    refs = {t: context for t, kind, context in kinds(text) if kind is RefKind.MENTION}
    assert refs[weak] is True


def test_anaphor_points_back_at_the_last_region_of_its_level():
    text = "Kabupaten Demak dan Kota Semarang sudah UHC. Cakupan kabupaten itu 96 persen."
    refs = find_references(text)
    anaphor = next(r for r in refs if r.kind is RefKind.ANAPHOR)
    assert text[anaphor.start:anaphor.end] == "kabupaten itu"
    assert resolve_anaphor(anaphor, refs, text, None).code == "33.21"


@pytest.mark.parametrize("text", [
    "Cakupan Kota Bekasi itu tinggi.",  # a name: a mention, not an anaphor
    "Setiap kabupaten/kota ini wajib UHC.",  # generic
    "BPJS Cabang Malang mencatat 3 juta peserta di wilayah kerjanya tersebut.",  # a branch's area
    # the "ini" of "saat ini" points at no region
    "Kepesertaan yang dibiayai pemerintah pusat, provinsi dan pemerintah daerah saat ini telah mencapai 87 persen.",
])
def test_not_anaphors(text):
    assert RefKind.ANAPHOR not in [k for _, k, _ in kinds(text)]


@pytest.mark.parametrize("text, phrase", [
    ("Keempat kabupaten itu sudah UHC.", "kabupaten itu"),
    ("Keduanya sudah UHC.", "Keduanya"),
    ("Dua kabupaten sudah UHC.", "Dua kabupaten"),
    ("Desa Karangreja mencatat 100 persen.", "Desa Karangreja"),
    ("Di tingkat kecamatan cakupannya 90 persen.", "tingkat kecamatan"),
])
def test_groups_and_places_below_a_region(text, phrase):
    assert (phrase, GROUP) in [(t, k) for t, k, _ in kinds(text)]


@pytest.mark.parametrize("text, kind", [
    ("Cakupan JKN penduduk Indonesia 98 persen.", RefKind.NATIONAL),
    ("Secara nasional cakupannya 98 persen.", RefKind.NATIONAL),
    ("Target RPJMN 98 persen pada 2024.", RefKind.POLICY),
    ("Sesuai target nasional 98 persen.", RefKind.POLICY),
])
def test_the_nation_and_its_programme(text, kind):
    refs = [r for r in find_references(text) if r.kind is kind]
    assert refs and refs[0].region is INDONESIA


def test_main_region_is_named_in_the_title():
    text = "Kabupaten Demak Raih UHC\n\nDEMAK – Pemkab Demak bersama Kota Semarang ..."
    assert main_region(find_references(text), title_end=len("Kabupaten Demak Raih UHC")).code == "33.21"


def test_regions_of_one_office_area_are_marked_as_such():
    refs = find_references("Deputi Direksi BPJS Kesehatan Wilayah Jateng dan DIY, Dwi, di Kota Semarang.")
    assert [(r.region.code, r.office) for r in refs if r.kind is RefKind.MENTION] == [
        ("33", True), ("34", True), ("33.74", False)]


def test_a_story_about_an_office_area_has_no_main_region():
    text = ("Sebanyak 7,1 juta warga di Jawa Tengah dan DIY belum terdaftar JKN, kata Deputi Direksi BPJS Kesehatan "
            "Wilayah Jateng dan DIY.")
    assert main_region(find_references(text), title_end=0) is None
    alone = "Cakupan JKN di Jawa Tengah 90 persen, kata Deputi Direksi BPJS Kesehatan Wilayah Jateng dan DIY."
    assert main_region(find_references(alone), title_end=0).code == "33"


@pytest.mark.parametrize("text, expected", [
    ("Baru dua kabupaten yakni Badung dan Klungkung. Kedua kabupaten tersebut 100 persen.", ["51.03", "51.05"]),
    ("Kota Medan, Kabupaten Deli Serdang dan Kota Binjai mencatat kenaikan. Ketiganya sudah UHC.",
     ["12.71", "12.07", "12.75"]),
    # of its level only: the province named before is not one of "kedua kabupaten"
    ("Di Provinsi Bali, Kabupaten Badung dan Kabupaten Klungkung sudah UHC; kedua kabupaten itu 100 persen.",
     ["51.03", "51.05"]),
    ("Kabupaten Badung sudah UHC. Ketiga daerah itu 100 persen.", None),  # fewer named than counted
    ("Kabupaten Badung dan Kabupaten Klungkung sudah UHC. Beberapa daerah itu 100 persen.", None),  # not counted
])
def test_a_counted_plural_means_the_regions_just_named(text, expected):
    refs = find_references(text)
    group = [r for r in refs if r.kind is GROUP][-1]
    named = resolve_group(group, refs, text)
    assert (None if named is None else [r.code for r in named]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hanya ada tiga kabupaten kota yang cakupannya mencapai 100 persen, di antaranya Kabupaten Sampang 950.430 jiwa, "
     "Kota Malang 867.042 serta Kota Mojokerto 140.442 jiwa, untuk Kota Surabaya capaiannya 99,92 persen.",
     ["35.27", "35.73", "35.76"]),  # three: Surabaya, later in the sentence, is not one of them
    ("Delapan kabupaten belum UHC, di antaranya Kabupaten Garut dan Kabupaten Cianjur.", ["32.05", "32.03"]),
    ("Tiga kabupaten sudah UHC, yakni Kabupaten Badung dan Kabupaten Klungkung.", None),  # fewer than three named
    ("Tiga kabupaten sudah UHC. Kabupaten Badung ...", None),  # no list follows in its sentence
])
def test_a_counted_plural_means_the_regions_listed_after_it(text, expected):
    refs = find_references(text)
    group = next(r for r in refs if r.kind is GROUP)
    named = resolve_group(group, refs, text)
    assert (None if named is None else [r.code for r in named]) == expected


def test_another_country_owns_its_figure_but_a_destination_does_not():
    from uhcwatch.crawler.extraction.extract import extract
    text = "Di Malaysia, cakupan jaminan kesehatan mencapai 99 persen, sementara cakupan JKN Kabupaten Natuna 97 persen."
    assert [(a.region_name, a.coverage_pct) for a in extract(text)] == [("Kabupaten Natuna", 97)]
    text = ("Cakupan kepesertaan JKN Kabupaten Gowa 95,31 persen. Sebagian warga merantau ke Malaysia, namun yang "
            "terdaftar tercatat 741.236 jiwa dari 777.709 penduduk.")
    [a] = extract(text)
    assert (a.participants, a.population) == (741236, 777709)


def test_a_counted_group_named_one_by_one_in_the_next_sentence():
    from uhcwatch.crawler.extraction.extract import extract
    text = ("Di Kalimantan Tengah ada tiga kabupaten yang sudah 100 persen warganya jadi peserta JKN. Ketiga kabupaten "
            "itu, Murung Raya, Katingan dan Seruyan.")
    assert {a.region_name: a.coverage_pct for a in extract(text)} == {
        "Kabupaten Murung Raya": 100, "Kabupaten Katingan": 100, "Kabupaten Seruyan": 100}


@pytest.mark.parametrize("text, office", [
    ("Kantor cabang yang melayani daerah Balikpapan, PPU dan Paser mencatat 80 persen.", "Paser"),
    ("Wilayah kerja Kantor Cabang Kupang meliputi Kota Kupang, Kabupaten Rote Ndao, dan Kabupaten Sabu Raijua.",
     "Kabupaten Sabu Raijua"),
    ("Untuk kantor cabang lainnya seperti Barabai 46 persen dan terendah ada di kota Banjarmasin 43 persen.",
     "Banjarmasin"),
])
def test_an_office_and_the_area_it_serves_only_locate(text, office):
    at = text.index(office)
    (ref,) = [r for r in find_references(text) if r.start <= at < r.end]
    assert ref.office and ref.context


def test_an_island_is_several_provinces_unless_it_is_a_destination():
    from uhcwatch.crawler.extraction.extract import extract
    text = ("Untuk wilayah Kalimantan, kepesertaan JKN baru mencakup 58,73 persen, di Kaltim tertinggi di Balikpapan "
            "dengan 80,9 persen.")
    assert [(a.region_name, a.coverage_pct) for a in extract(text)] == [("Kota Balikpapan", 80.9)]
    assert any(r.kind is GROUP for r in find_references("Di Pulau Jawa cakupan JKN 97 persen."))
    assert not any(r.kind is GROUP for r in find_references("Warga merantau ke Kalimantan. Jawa Timur 98 persen."))


def test_the_place_an_award_is_received_only_locates():
    text = "Bupati Sleman sedang menerima penghargaan atas capaian kepesertaan UHC 98% di Jakarta, Selasa."
    jakarta = next(r for r in find_references(text) if text[r.start:r.end] == "Jakarta")
    assert jakarta.context


def test_a_bulleted_list_item_named_with_a_colon_is_no_dateline():
    refs = kinds("Cakupan JKN:\n  • Kota Samarinda: 97,25 persen\n")
    assert ("Kota Samarinda", RefKind.MENTION, False) in refs


def test_an_anaphor_opening_a_sentence_is_one_though_capitalised():
    assert ("Daerah ini", RefKind.ANAPHOR, False) in kinds("Kabupaten Demak meraih UHC. Daerah ini sudah 98 persen.")
    assert not any(k is RefKind.ANAPHOR for _, k, _ in kinds("Warga Kota Lama itu senang."))


def test_all_the_regions_of_a_level_named_just_before():
    from uhcwatch.crawler.extraction.references import resolve_group
    text = "Keenam kabupaten tersebut adalah Ende, Nagekeo dan Ngada. Kini seluruh kabupaten tersebut sudah UHC."
    refs = find_references(text)
    group = [r for r in refs if r.kind is GROUP][-1]
    assert [r.code for r in resolve_group(group, refs, text)] == ["53.08", "53.16", "53.09"]


def test_a_related_headline_line_names_no_region_of_the_story():
    text = "Warga belum terdaftar BPJS Kesehatan.\nBACA JUGA: Kejari Bengkulu Selatan Berperan\nCakupan sudah 99,52 persen."
    assert kinds(text) == []


def test_a_list_of_related_headlines_under_baca_juga_names_no_region_of_the_story():
    text = ("Saat ini kepesertaan sudah mencapai 86 persen.\nBACA JUGA:\n· Isoman, Sekda Kota Cirebon: Di Rumah Saja\n"
            "· Hotline Telemedisin Gratis\nDia menegaskan, kepesertaan bersifat wajib.")
    assert kinds(text) == []
    text = "BACA JUGA:\n· Hotline Telemedisin Gratis\nCakupan di Kota Cirebon 99 persen."  # the list ends with it
    assert [t for t, _, _ in kinds(text)] == ["Kota Cirebon"]


def test_a_meetings_place_does_not_reach_past_a_comma():
    refs = kinds("Dalam pertemuan di Kulonprogo, Rudiana mengungkapkan kondisi UHC di Kabupaten Cirebon yang mencapai 99 persen.")
    assert ("Kulonprogo", RefKind.MENTION, True) in refs and ("Kabupaten Cirebon", RefKind.MENTION, False) in refs


def test_an_uncounted_group_means_the_regions_the_next_sentence_lists():
    from uhcwatch.crawler.extraction.extract import extract
    text = ("Gubernur mengapresiasi sejumlah kabupaten dan kota yang konsisten menjaga keaktifan peserta JKN di atas 80 "
            "persen. Daerah-daerah tersebut antara lain Kota Tidore Kepulauan, Halmahera Timur dan Pulau Morotai.")
    assert {a.region_name: a.active_pct for a in extract(text)} == {
        "Kota Tidore Kepulauan": 80, "Kabupaten Halmahera Timur": 80, "Kabupaten Pulau Morotai": 80}
    text = "Sejumlah kabupaten sudah di atas 95 persen, yakni Kabupaten Badung dan Kabupaten Klungkung."
    refs = find_references(text)
    group = next(r for r in refs if r.kind is GROUP)
    assert [r.code for r in resolve_group(group, refs, text)] == ["51.03", "51.05"]
    unnamed = "Beberapa kabupaten masih di bawah 90 persen. Kabupaten Badung sendiri 99 persen."
    refs = find_references(unnamed)
    assert resolve_group(next(r for r in refs if r.kind is GROUP), refs, unnamed) is None


def test_a_counted_group_named_again_means_the_last_sentence_that_listed_that_many():
    from uhcwatch.crawler.extraction.extract import extract
    text = ("Wilayah kerja BPJS Kesehatan Cabang Ende meliputi enam kabupaten. Keenam kabupaten tersebut adalah Ende, "
            "Nagekeo, Ngada, Manggarai Timur, Manggarai, dan Manggarai Barat. Kabupaten Ende menjadi pelopor UHC sejak "
            "2019. Menyusul kemudian Nagekeo pada Desember 2023. Program ini terus berjalan. Kini, di tahun 2025, seluruh "
            "enam kabupaten tersebut telah mencapai target minimal cakupan 98 persen.")
    got = {a.region_name: a.coverage_pct for a in extract(text)}
    assert got == {name: 98 for name in ("Kabupaten Ende", "Kabupaten Nagekeo", "Kabupaten Ngada",
                                         "Kabupaten Manggarai Timur", "Kabupaten Manggarai", "Kabupaten Manggarai Barat")}


def test_a_counted_group_named_again_across_paragraphs_means_the_regions_listed():
    text = ("Empat Daerah Raih UHC Awards\n\n"
            "Empat pemerintah daerah di wilayah kerja BPJS Kesehatan Cabang Pasuruan, yakni Kota Pasuruan, Kabupaten "
            "Pasuruan, Kota Probolinggo dan Kabupaten Probolinggo, meraih UHC Awards 2026.\n\n"
            "Penghargaan diberikan atas keberhasilan empat daerah itu memperluas perlindungan JKN.\n\n"
            "Menurut Kepala Cabang, capaian UHC di empat daerah tersebut telah melampaui 95 persen.")
    refs = find_references(text)
    groups = [r for r in refs if r.kind is RefKind.GROUP and r.start > 60]
    names = [[g.name for g in resolve_group(r, refs, text)] for r in groups]
    assert names == [["Kota Pasuruan", "Kabupaten Pasuruan", "Kota Probolinggo", "Kabupaten Probolinggo"]] * 2


def test_a_region_named_before_branch_office_is_the_offices_area():
    [r] = [r for r in find_references("JKN participants at the Manokwari Branch Office rose.") if r.region]
    assert r.office and r.context


def test_a_province_set_before_a_comma_as_where_frames_one_of_its_regions():
    text = "Irpan menambahkan jika di Sulawesi Selatan, Kabupaten Takalar memiliki rasio tertinggi yakni 95 persen."
    prov, kab = [r for r in find_references(text) if r.region]
    assert (prov.region.name, prov.context, kab.region.name, kab.context) == (
        "Provinsi Sulawesi Selatan", True, "Kabupaten Takalar", False)


def test_the_region_an_award_comes_from_gives_it_and_owns_no_figure():
    text = ("Bupati Jepara menerima penghargaan Universal Health Coverage (UHC) dari pemerintah provinsi Jawa Tengah "
            "atas capaian UHC 98 persen.")
    refs = {r.region.name: r.context for r in find_references(text) if r.region is not None}
    assert refs == {"Kabupaten Jepara": False, "Provinsi Jawa Tengah": True}


@pytest.mark.parametrize("word", ["persentase", "presentase", "prosentase"])
def test_a_national_share_however_spelt_names_the_nation(word):
    text = f"Kepesertaan di Kabupaten Lumajang masih di bawah capaian {word} Nasional yang mencapai 88,28 persen."
    assert any(r.kind is RefKind.NATIONAL for r in find_references(text))


def test_a_region_followed_by_its_own_province_without_a_comma_is_located_by_it():
    text = "Cakupan kepesertaan JKN di Kabupaten Kudus Jawa Tengah terus naik."
    refs = {r.region.name: r.context for r in find_references(text) if r.region is not None}
    assert refs == {"Kabupaten Kudus": False, "Provinsi Jawa Tengah": True}
    text = "Cakupan kepesertaan JKN di Kabupaten Kudus Jawa Barat terus naik."  # not its province: two subjects
    assert not any(r.context for r in find_references(text) if r.region is not None)


def test_the_region_of_an_agency_a_figure_comes_from_only_names_the_source():
    text = ("Dari 28 ribu penduduk di Kepulauan Seribu yang terdata Dinas Dukcapil DKI Jakarta, tercatat 27.988 atau "
            "sekitar 99 persen sudah terdaftar.")
    refs = {r.region.name: r.context for r in find_references(text) if r.region is not None}
    assert refs == {"Kabupaten Administrasi Kepulauan Seribu": False, "Provinsi Daerah Khusus Ibukota Jakarta": True}


def test_a_facility_named_for_its_district_is_no_subregion():
    text = "Peluncuran UHC di Puskesmas Kecamatan Ciracas. Cakupan di Kecamatan Ciracas 90 persen."
    groups = [text[r.start:r.end] for r in find_references(text) if r.kind is GROUP]
    assert groups == ["Kecamatan Ciracas"] and text.rindex("Kecamatan") == [r.start for r in find_references(text)
                                                                            if r.kind is GROUP][0]


def test_a_residents_address_is_no_subregion_the_story_is_about():
    text = "Warga Walatung, Kecamatan Pandawan, HST, Juhaidi, mengaku dapat lima kartu sekaligus."
    assert not [r for r in find_references(text) if r.kind is GROUP]
    assert [r for r in find_references("Cakupan JKN di Kecamatan Pandawan 90 persen.") if r.kind is GROUP]


def test_a_story_that_names_regions_only_as_places_and_units_has_no_main_region():
    text = ("JAKARTA - Direktur Utama berbicara usai konferensi pers di Jakarta. Aturan berlaku di Polresta Balikpapan "
            "dan Polrestabes Makassar.")
    assert main_region(find_references(text), title_end=0) is None
    text += " Kota Makassar sudah mencapai UHC."
    assert main_region(find_references(text), title_end=0).code == "73.71"


def test_a_clause_set_in_the_nation_but_not_the_field_a_region_ranks_in():
    national = [r for r in find_references("Di Indonesia, katanya, sudah tercapai 95 persen.") if r.kind is RefKind.NATIONAL]
    assert national
    ranked = find_references("Kota Yogyakarta adalah kota ke-136 di Indonesia yang mampu menyelenggarakan UHC.")
    assert not [r for r in ranked if r.kind is RefKind.NATIONAL]


def test_the_enrolled_in_indonesia_and_the_roadmap_name_the_nation():
    kinds = {r.kind for r in find_references("jumlah peserta JKN-KIS  di Indonesia sebanyak 196.662.064 jiwa")}
    assert RefKind.NATIONAL in kinds
    policy = {r.kind for r in find_references("Peraturan Presiden tentang Peta Jalan Jaminan Sosial 2023-2024")}
    assert RefKind.POLICY in policy
