"""Gazetteer data (crawler/data/regions.csv, region_aliases.csv) and the resolver."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

import uhcwatch.crawler.extraction.regions as regions_module
from uhcwatch.crawler.extraction.regions import NEEDS_CUE, Gazetteer, _key, _read_csv, gazetteer

SHARED = Path(__file__).resolve().parents[3] / "shared"
DATA = Path(regions_module.__file__).parent / "data"

# The 26 names shared by a Kabupaten and a Kota: (name, kabupaten code, kota code).
SHARED_NAMES = [
    ("Solok", "13.02", "13.72"), ("Bogor", "32.01", "32.71"), ("Sukabumi", "32.02", "32.72"),
    ("Bandung", "32.04", "32.73"), ("Tasikmalaya", "32.06", "32.78"), ("Cirebon", "32.09", "32.74"),
    ("Bekasi", "32.16", "32.75"), ("Banjar", "63.03", "32.79"), ("Magelang", "33.08", "33.71"),
    ("Semarang", "33.22", "33.74"), ("Pekalongan", "33.26", "33.75"), ("Tegal", "33.28", "33.76"),
    ("Blitar", "35.05", "35.72"), ("Kediri", "35.06", "35.71"), ("Malang", "35.07", "35.73"),
    ("Probolinggo", "35.13", "35.74"), ("Pasuruan", "35.14", "35.75"),
    ("Mojokerto", "35.16", "35.76"), ("Madiun", "35.19", "35.77"),
    ("Tangerang", "36.03", "36.71"), ("Serang", "36.04", "36.73"),
    ("Bima", "52.06", "52.72"), ("Kupang", "53.01", "53.71"), ("Gorontalo", "75.01", "75.71"),
    ("Jayapura", "91.03", "91.71"), ("Sorong", "96.01", "96.71"),
]
KABUPATEN_CUES = ["Kabupaten", "kabupaten", "Kab.", "Kab", "Pemkab", "Pemerintah Kabupaten",
                  "Pemerintah Kabupaten (Pemkab)", "Bupati", "Wakil Bupati", "Wabup", "Pj Bupati",
                  "Pj. Bupati", "DPRD Kabupaten", "Dinkes Kabupaten"]
KOTA_CUES = ["Kota", "kota", "Pemkot", "Pemko", "Pemerintah Kota", "Pemerintah Kota (Pemko)",
             "Wali Kota", "Walikota", "Plt. Walikota", "Wawali", "DPRD Kota"]
PROVINSI_CUES = ["Provinsi", "Prov.", "Pemprov", "Pemerintah Provinsi", "Gubernur", "Wagub"]


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return gazetteer()


def codes(g: Gazetteer, text: str) -> list[str]:
    return [m.candidates[0].code for m in g.resolve(text)]


# -- data ------------------------------------------------------------------------------------


def test_counts(g):
    levels = Counter(r.level for r in g.regions)
    assert levels == {"provinsi": 38, "kabupaten": 416, "kota": 98}
    assert len(g.regions) == 552 and len({r.code for r in g.regions}) == 552
    names = Counter(r.name.split(" ")[0] for r in g.regions if r.level != "provinsi")
    assert names == {"Kabupaten": 416, "Kota": 98}


def test_csv_columns_and_order():
    with (DATA / "regions.csv").open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames == ["code", "level", "name", "province_code", "province",
                                 "latitude", "longitude", "seat", "population"]
    assert all(int(r["population"]) > 10_000 for r in rows)  # Kepulauan Seribu, the smallest, has ~28 thousand
    assert [r["code"] for r in rows] == sorted(r["code"] for r in rows)
    assert all(r["seat"] and r["name"] == r["name"].strip() and "  " not in r["name"] for r in rows)


def test_code_format_and_level(g):
    for r in g.regions:
        if r.level == "provinsi":
            assert re.fullmatch(r"\d\d", r.code) and r.province_code == r.code
            assert r.name == f"Provinsi {r.base}" and r.province == r.base
        else:
            assert re.fullmatch(r"\d\d\.\d\d", r.code), r.code
            suffix = int(r.code[3:])
            assert r.level == ("kabupaten" if 1 <= suffix <= 69 else "kota"), r
            assert 71 <= suffix <= 99 or r.level == "kabupaten"
            assert r.province_code == r.code[:2]
            assert r.province == g.by_code(r.province_code).base
            assert r.name.endswith(" " + r.base)


def test_official_strings(g):
    assert g.by_code("33.21").name == "Kabupaten Demak"
    assert g.by_code("33").name == "Provinsi Jawa Tengah"
    assert g.by_code("31.74").name == "Kota Administrasi Jakarta Selatan"
    assert g.by_code("31.74").base == "Jakarta Selatan"
    assert g.by_code("31.01").name == "Kabupaten Administrasi Kepulauan Seribu"
    assert g.by_code("17.06").name == "Kabupaten Mukomuko"
    assert g.by_code("31").base == "Daerah Khusus Ibukota Jakarta"


def test_coordinates_in_range(g):
    for r in g.regions:
        assert -11.5 <= r.latitude <= 6.5, r
        assert 94 <= r.longitude <= 141.5, r


def test_build_fixups(g):
    assert g.by_code("74.07").longitude == pytest.approx(123.5389)  # Wakatobi (source: 23.5389)
    # Kab. Mojokerto / Pasuruan had (almost) the kota's point; moved to Mojosari / Bangil.
    for kab, kota in (("35.16", "35.76"), ("35.14", "35.75")):
        a, b = g.by_code(kab), g.by_code(kota)
        assert abs(a.latitude - b.latitude) + abs(a.longitude - b.longitude) > 0.05


def test_papua_provinces(g):
    per_province = Counter(r.province_code for r in g.regions if r.level != "provinsi")
    expected = {"91": ("Papua", 9), "92": ("Papua Barat", 7), "93": ("Papua Selatan", 4),
                "94": ("Papua Tengah", 8), "95": ("Papua Pegunungan", 8),
                "96": ("Papua Barat Daya", 6)}
    for code, (name, count) in expected.items():
        assert g.by_code(code).base == name
        assert per_province[code] == count, name
    assert g.by_code("96.71").name == "Kota Sorong"


def test_shared_names_list_matches_data(g):
    by_base: dict[str, set[str]] = {}
    for r in g.regions:
        if r.level != "provinsi":
            by_base.setdefault(r.base, set()).add(r.code)
    shared = {base: cs for base, cs in by_base.items() if len(cs) > 1}
    assert shared == {name: {kab, kota} for name, kab, kota in SHARED_NAMES}
    provinces = {r.base for r in g.regions if r.level == "provinsi"}
    assert provinces & set(by_base) == {"Jambi", "Bengkulu", "Gorontalo"}


@pytest.mark.parametrize("name, code", [("East Java", "35"), ("North Sumatra", "12"), ("West Nusa Tenggara", "52")])
def test_english_province_names(g, name, code):
    (m,) = g.resolve(f"JKN coverage in {name} reached 98 percent.")
    assert m.candidates[0].code == code


def test_aliases_file():
    rows = _read_csv("region_aliases.csv")
    known = {r["code"] for r in _read_csv("regions.csv")}
    assert rows and all(r["code"] in known for r in rows)
    assert {r["kind"] for r in rows} <= {"abbrev", "variant", "former", "nickname"}
    assert len({(r["alias"], r["code"]) for r in rows}) == len(rows)
    # "PPU" is Pekerja Penerima Upah in JKN news, not Penajam Paser Utara.
    assert "PPU" not in {r["alias"] for r in rows}


def test_alias_keys_do_not_shadow_official_names(g):
    """An alias sharing a key with an official name must be deliberate."""
    official = {_key(r.base): r.code for r in g.regions}
    clashes = {(r["alias"], r["code"]) for r in _read_csv("region_aliases.csv")
               if _key(r["alias"]) in official and official[_key(r["alias"])] != r["code"]}
    assert clashes == {("Yogyakarta", "34"), ("Pontianak", "61.02")}


def test_needs_cue_names_exist(g):
    for name in NEEDS_CUE:
        assert _key(name) in g._index, name


def test_bad_alias_code_is_an_error():
    with pytest.raises(ValueError, match="99.99"):
        Gazetteer(_read_csv("regions.csv"),
                  [{"alias": "Nowhere", "code": "99.99", "kind": "variant"}])


# -- cues ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,code", [
    ("Kabupaten Demak", "33.21"), ("Kab. Demak", "33.21"), ("Kab Demak", "33.21"),
    ("Pemkab Demak", "33.21"), ("kabupaten Demak", "33.21"), ("KABUPATEN DEMAK", "33.21"),
    ("Pemerintah Kabupaten (Pemkab) Rembang", "33.17"), ("Bupati Rembang", "33.17"),
    ("Pemkot Bekasi", "32.75"), ("Pemko Medan", "12.71"), ("Wali Kota Bekasi", "32.75"),
    ("Plt. Walikota Bekasi", "32.75"), ("Pemkab Bekasi", "32.16"), ("Kab. Mukomuko", "17.06"),
    ("Penjabat Bupati Lombok Timur", "52.03"), ("Pemerintah Kota (Pemko) Batam", "21.71"),
    ("Kabupaten Kotawaringin Barat", "62.01"), ("Kotawaringin Timur", "62.02"),
    ("Kabupaten Kota Baru", "63.02"), ("Kotabaru", "63.02"), ("Kota Kotamobagu", "71.74"),
    ("Kotamobagu", "71.74"), ("Lima Puluh Kota", "13.07"), ("Limapuluh Kota", "13.07"),
    ("50 Kota", "13.07"), ("Kabupaten Lima Puluh Kota", "13.07"),
    ("Kota Adm. Jakarta Selatan", "31.74"), ("Kota Administrasi Jakarta Selatan", "31.74"),
    ("Kab. Kep. Siau Tagulandang Biaro", "71.09"), ("Kepulauan Seribu", "31.01"),
    ("Kabupaten Pangkajene dan Kepulauan", "73.10"), ("Pemkab Pontianak", "61.02"),
    ("Pontianak", "61.71"), ("Toba Samosir", "12.12"), ("Kota Jogja", "34.71"),
    ("Kotamadya Bekasi", "32.75"), ("Wakil Wali Kota Bekasi", "32.75"),
    ("Calon Bupati Mukomuko", "17.06"), ("Wakil Gubernur Jawa Barat", "32"),
    ("Propinsi Jawa Barat", "32"), ("Kab.Demak", "33.21"),
])
def test_single_mention(g, text, code):
    assert codes(g, text) == [code]


def test_kind_and_span(g):
    [m] = g.resolve("Kepesertaan di Pemerintah Kabupaten (Pemkab) Rembang naik")
    assert (m.text, m.cue, m.kind) == (
        "Pemerintah Kabupaten (Pemkab) Rembang", "kabupaten", "formal")
    assert m.start == len("Kepesertaan di ") and m.end == m.start + len(m.text)
    [m] = g.resolve("warga Demak")
    assert (m.text, m.cue, m.kind, m.region.name) == ("Demak", None, "bare", "Kabupaten Demak")
    [m] = g.resolve("Lotim")
    assert (m.kind, m.region.name) == ("alias", "Kabupaten Lombok Timur")


@pytest.mark.parametrize("name,kab,kota", SHARED_NAMES)
def test_shared_names_with_every_cue(g, name, kab, kota):
    for cue in KABUPATEN_CUES:
        assert codes(g, f"Data {cue} {name} terbaru") == [kab], cue
    for cue in KOTA_CUES:
        assert codes(g, f"Data {cue} {name} terbaru") == [kota], cue
    assert codes(g, f"warga {name} terdaftar") == []  # bare: ambiguous, dropped
    assert len(g.find_mentions(f"warga {name}")[0].candidates) >= 2


@pytest.mark.parametrize("name,kab,kota", SHARED_NAMES)
def test_shared_names_take_the_cued_level(g, name, kab, kota):
    assert codes(g, f"Di Kota {name}, warga {name} terdaftar.") == [kota, kota]
    assert codes(g, f"Warga {name} terdaftar, kata Bupati {name}.") == [kab, kab]
    # Both levels cued: the nearest preceding cued one wins.
    assert codes(g, f"Pemkab {name} dan Pemkot {name}. Warga {name} puas.") == [kab, kota, kota]
    assert codes(g, f"Pemkot {name} dan Pemkab {name}. Warga {name} puas.") == [kota, kab, kab]


def test_kota_x_without_such_kota_is_the_kabupaten(g):
    for text, code in (("Kota Kudus", "33.19"), ("Kota Demak", "33.21"), ("kota Rembang", "33.17")):
        [m] = g.resolve(text)
        assert (m.region.code, m.kind, m.cue) == (code, "formal", "kota")
        assert len(m.candidates) == 1


def test_banjar_by_province(g):
    assert codes(g, "Kota Banjar, Jawa Barat") == ["32.79", "32"]
    assert codes(g, "Kabupaten Banjar, Kalimantan Selatan") == ["63.03", "63"]
    assert codes(g, "Warga Banjar di Jabar") == ["32.79", "32"]
    assert codes(g, "Warga Banjar di Kalsel") == ["63.03", "63"]
    assert codes(g, "Warga Banjar") == []


@pytest.mark.parametrize("name,prov,kota", [("Jambi", "15", "15.71"), ("Bengkulu", "17", "17.71")])
def test_province_and_kota_of_one_name(g, name, prov, kota):
    assert codes(g, f"Kota {name}") == [kota]
    for cue in PROVINSI_CUES:
        assert codes(g, f"{cue} {name}") == [prov], cue
    assert codes(g, f"warga {name}") == []
    assert codes(g, f"Kota {name} maju. Warga {name} senang.") == [kota, kota]
    assert codes(g, f"Provinsi {name} maju. Warga {name} senang.") == [prov, prov]


def test_a_shared_name_between_provinces_of_a_list_is_the_province(g):
    text = "Di antaranya Kalimantan Barat 84,81 persen, Jambi 85,92 persen, dan Sumatera Utara 88,63 persen."
    assert codes(g, text) == ["61", "15", "12"]
    assert codes(g, "Kabupaten Muaro Jambi 90 persen, Jambi 85,92 persen.") == ["15.05"]  # no province beside it


def test_gorontalo_triple(g):
    assert codes(g, "Provinsi Gorontalo") == ["75"]
    assert codes(g, "Kabupaten Gorontalo") == ["75.01"]
    assert codes(g, "Kota Gorontalo") == ["75.71"]
    assert codes(g, "Gorontalo Utara") == ["75.05"]
    assert codes(g, "warga Gorontalo") == []


@pytest.mark.parametrize("text,expected", [
    ("ibu kota Sumatera Utara", ["12"]),
    ("Ibu Kota Sumatera Utara", ["12"]),
    ("ibukota Jambi", []),
    ("23 kabupaten/kota Aceh", ["11"]),
    ("se-kabupaten Bekasi", []),
    ("se-Jawa Barat", ["32"]),
    ("se-Provinsi Jawa Barat", ["32"]),
    ("kabupaten itu", []),
    ("Bupati juga mengungkapkan", []),
])
def test_not_cues(g, text, expected):
    assert codes(g, text) == expected
    assert all(m.cue is None for m in g.resolve(text))


@pytest.mark.parametrize("text", [
    "Kepala Cabang BPJS Kesehatan Bekasi, Mega", "BPJS Kesehatan Cabang Kudus menggelar",
    "Kantor Cabang Jepara", "BPJS Kesehatan Kantor Cabang Curup", "KC Jepara", "BPJS Cabang Kudus",
    "Kepala BPJS Kesehatan Cabang Banda Aceh", "Cabang Kota Bekasi",
    "Pulau Sumbawa", "Danau Toba", "Sungai Batanghari", "Selat Malaka", "Desa Kediri",
    "dikonfirmasi Baubau Post di ruangannya", "kata dia kepada Jambi Ekspres", "Malang Raya",
])
def test_branch_offices_and_other_places_are_not_regions(g, text):
    assert g.find_mentions(text) == []


def test_branch_name_does_not_hide_the_real_mention(g):
    text = "Kepala BPJS Kesehatan Cabang Banda Aceh di Banda Aceh"
    assert [(m.text, m.region.code) for m in g.resolve(text)] == [("Banda Aceh", "11.71")]


@pytest.mark.parametrize("text,code", [
    ("Bandung Barat", "32.17"), ("Kabupaten Bandung Barat", "32.17"),
    ("Tangerang Selatan", "36.74"), ("Tangsel", "36.74"), ("Padang Pariaman", "13.05"),
    ("Padang", "13.71"), ("Padang Panjang", "13.74"), ("Aceh Besar", "11.06"),
    ("Kota Banda Aceh", "11.71"), ("Banda Aceh", "11.71"), ("Lampung Selatan", "18.01"),
    ("Kepulauan Riau", "21"), ("Riau", "14"), ("Padangsidimpuan", "12.77"), ("Bangkalan", "35.26"),
    ("Bandar Lampung", "18.71"), ("Batu Bara", "12.19"), ("Bone Bolango", "75.03"),
    ("Sorong Selatan", "96.02"), ("Aceh Barat Daya", "11.12"), ("Sumba Barat Daya", "53.18"),
    ("Ogan Komering Ulu Timur", "16.08"), ("Bolaang Mongondow Utara", "71.08"),
    ("Banjarbaru", "63.72"), ("Banjarnegara", "33.04"), ("Batanghari", "15.04"),
    ("Batang Hari", "15.04"), ("Provinsi Papua Barat Daya", "96"), ("Papua", "91"),
])
def test_longest_match_with_word_boundaries(g, text, code):
    assert codes(g, f"Warga {text} terdaftar") == [code]


@pytest.mark.parametrize("text,code", [
    ("Provinsi Jawa Barat", "32"), ("Pemprov Riau", "14"), ("Gubernur Aceh", "11"),
    ("Sumatera Utara", "12"), ("Jabar", "32"), ("Sumbar", "13"), ("NTB", "52"), ("Babel", "19"),
    ("Kepri", "21"), ("DKI Jakarta", "31"), ("Jakarta", "31"), ("Pemprov DKI", "31"),
    ("Bangka Belitung", "19"), ("Provinsi Kepulauan Bangka Belitung", "19"), ("DIY", "34"),
    ("Daerah Istimewa Yogyakarta", "34"), ("Nusa Tenggara Timur", "53"),
])
def test_province_mentions(g, text, code):
    [m] = g.resolve(text)
    assert m.region.code == code and m.region.level == "provinsi"
    assert m.region.name.startswith("Provinsi ")


@pytest.mark.parametrize("text,code", [
    ("Muko-Muko", "17.06"), ("Muko Muko", "17.06"), ("Mukomuko", "17.06"), ("Toli-Toli", "72.04"),
    ("Tolitoli", "72.04"), ("Bau-Bau", "74.72"), ("Baubau", "74.72"), ("Pangkal Pinang", "19.71"),
    ("Pangkalpinang", "19.71"), ("Tanjung Pinang", "21.72"), ("Tanjungpinang", "21.72"),
    ("Palangka Raya", "62.71"), ("Palangkaraya", "62.71"), ("Gunung Kidul", "34.03"),
    ("Gunungkidul", "34.03"), ("Kulonprogo", "34.01"), ("Pare-Pare", "73.72"),
    ("Tanjung Balai", "12.74"), ("Lubuklinggau", "16.73"), ("Pagaralam", "16.72"),
    ("Fakfak", "92.03"), ("Fak-Fak", "92.03"), ("Tojo Una-Una", "72.09"), ("Boven Digul", "93.02"),
    ("Pematang Siantar", "12.72"), ("Siak Sri Indrapura", "14.08"), ("Labuhan Batu", "12.10"),
    ("Muko\u2011Muko", "17.06"),
])
def test_spelling_variants(g, text, code):
    assert codes(g, f"UHC di {text} tercapai") == [code]


def test_typography(g):
    assert codes(g, "Kabupaten\xa0Demak") == ["33.21"]
    assert codes(g, "Wali\xa0Kota\u202fBekasi") == ["32.75"]
    [m] = g.resolve("Bupati Demak, Eisti\u2019anah turut menyampaikan")
    assert m.text == "Bupati Demak" and m.region.code == "33.21"
    assert codes(g, "Kota\nBekasi") == []  # a cue does not reach across a line break


def test_case_rules(g):
    assert codes(g, "warga demak") == []
    assert codes(g, "DEMAK \u2013 Pemkab Demak") == ["33.21", "33.21"]
    assert g.resolve("LUBUK BASUNG \u2013 Kabupaten Agam")[-1].region.code == "13.06"
    [m] = g.resolve("REJANG LEBONG \u2013 warga")
    assert (m.kind, m.cue, m.region.code) == ("bare", None, "17.02")
    assert codes(g, "kabupaten Demak") == ["33.21"]
    assert codes(g, "Kabupaten Pangkajene Dan Kepulauan") == ["73.10"]


@pytest.mark.parametrize("text, expected", [
    ("cakupan di kabupaten demak", ["33.21"]),
    ("kata wali kota malang", ["35.73"]),
    ("di provinsi jawa tengah", ["33"]),
    ("warga kabupaten rejang lebong", ["17.02"]),
    ("pemkab kudus", ["33.19"]),
    ("kota kudus yang suci", []),  # a lower-case name needs a cue of its own level: no kota Kudus
    ("kota baru itu", []),
    ("kota besar dan kabupaten lain", []),
])
def test_lower_case_names_after_a_cue(g, text, expected):
    assert codes(g, text) == expected


def test_kota_baru(g):
    assert codes(g, "Kabupaten Kota Baru") == ["63.02"]
    assert codes(g, "Pemkot Mataram Bangun Tiga Taman Kota Baru") == ["52.71"]
    assert codes(g, "membangun kota baru") == []
    assert codes(g, "Bupati Kotabaru hadir. Warga Kota Baru senang.") == ["63.02", "63.02"]


@pytest.mark.parametrize("name,code", [
    ("Batu", "35.79"), ("Puncak", "94.05"), ("Kuningan", "32.08"), ("Pati", "33.18"),
    ("Metro", "18.72"), ("Toba", "12.12"), ("Nias", "12.04"), ("Lingga", "21.04"),
    ("Kaur", "17.04"),
])
def test_names_that_need_a_cue(g, name, code):
    assert codes(g, f"Jelang {name} Musim Hujan") == []
    level = g.by_code(code).level
    cue = "Kabupaten" if level == "kabupaten" else "Kota"
    assert codes(g, f"{cue} {name} sudah UHC. Warga {name} senang.") == [code, code]
    [m] = g.find_mentions(f"warga {name}")
    assert m.needs_cue


def test_a_name_that_needs_a_cue_in_a_list_of_its_provinces_figures(g):
    text = "yakni Bintan (98,34%), Anambas (99,40%), Lingga (98,55%), dan Natuna (100,40%)."
    assert codes(g, text) == ["21.01", "21.05", "21.04", "21.03"]
    assert codes(g, "yakni Bintan (98,34%), Toba (99,40%).") == ["21.01"]  # another province's name: not an item


def test_a_name_that_needs_a_cue_opening_a_list_of_three_of_its_provinces_regions(g):
    assert codes(g, "Pati, Rembang dan Blora meraih UHC dalam kepesertaan JKN.") == ["33.18", "33.17", "33.16"]
    assert codes(g, "Tepung pati, gula dan garam dijual di pasar.") == []
    assert codes(g, "Pati, Rembang dan Sleman meraih UHC.") == ["33.17", "34.04"]  # not one province's: not a list


def test_a_name_that_needs_a_cue_opening_a_list_of_a_level_said_before_it(g):
    text = ("Asmat terendah dibandingkan tiga kabupaten lain di selatan Papua, yakni Merauke, Mappi, dan Boven Digoel. "
            "Kabupaten dengan kepesertaan terbanyak adalah Merauke.")
    assert codes(g, text) == ["91", "93.01", "93.03", "93.02", "93.01"]  # Papua, then the list
    assert codes(g, "Festival dari Sabang sampai Merauke, Mappi ikut.") == ["93.03"]  # no list of a level: no cue


def test_nicknames_need_the_region_named(g):
    assert codes(g, "Bumi Kartini sudah UHC") == []
    assert codes(g, "Warga Jepara di Bumi Kartini") == ["33.20", "33.20"]
    assert g.resolve("Warga Jepara di Bumi Kartini")[1].kind == "nickname"
    assert codes(g, "Kota Patriot dan Kota Bekasi") == ["32.75", "32.75"]
    assert codes(g, "Kabupaten Bekasi, Kota Patriot") == ["32.16"]
    assert codes(g, "Rejang Lebong, Bumi Pat Petulai") == ["17.02", "17.02"]
    assert codes(g, "Demak, Kota Wali") == ["33.21", "33.21"]
    assert codes(g, "Tuban, Bumi Wali") == ["35.23", "35.23"]
    assert codes(g, "Kota Bogor, Kota Hujan") == ["32.71", "32.71"]


def test_aliases_and_former_names(g):
    assert codes(g, "Kabupaten Lombok Timur (Lotim)") == ["52.03", "52.03"]
    assert codes(g, "Pemkab KBB") == ["32.17"]
    assert codes(g, "Solo") == ["33.72"]
    assert codes(g, "Jaksel") == ["31.74"]
    assert codes(g, "Jogja") == []  # province or kota: ambiguous
    assert codes(g, "Kota Yogyakarta. Warga Jogja senang.") == ["34.71", "34.71"]
    assert codes(g, "Provinsi DIY. Warga Jogja senang.") == ["34", "34"]
    assert codes(g, "Mamuju Utara") == ["76.01"]
    assert codes(g, "Maluku Tenggara Barat") == ["81.03"]
    assert codes(g, "Kabupaten Pasir") == ["64.01"]
    assert codes(g, "Pasir") == []


def test_not_regions(g):
    assert codes(g, "PANGKALAN KERINCI \u2013 Kabupaten Pelalawan") == ["14.05"]
    assert codes(g, "Roh Kudus") == []
    assert codes(g, "perbatasan Papua Nugini") == []
    assert codes(g, "Kantor di Medan Merdeka Barat") == []


def test_mentions_are_ordered_and_disjoint(g):
    text = "Pemkab Demak, Kota Bekasi dan Kabupaten Bandung Barat serta Jawa Tengah."
    mentions = g.find_mentions(text)
    assert [m.text for m in mentions] == ["Pemkab Demak", "Kota Bekasi", "Kabupaten Bandung Barat",
                                          "Jawa Tengah"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert all(text[m.start:m.end] == m.text for m in mentions)


# -- real articles ---------------------------------------------------------------------------


def _articles() -> list[tuple[str, str, list[str]]]:
    if not SHARED.is_dir():
        return []
    items = []
    gold = json.loads((SHARED / "seeds" / "gold.json").read_text(encoding="utf-8"))
    for name, item in gold.items():
        text = (SHARED / "seeds" / name).read_text(encoding="utf-8")
        items.append((name, text, [a["region_code"] for a in item["gold"]]))
    for path in sorted((SHARED / "dev-articles").glob("d*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        items.append((path.name, item["text"], [a["region_code"] for a in item["gold"]]))
    return items


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared articles not found at {SHARED}")
@pytest.mark.parametrize("name,text,gold", _articles())
def test_articles_find_gold_region(g, name, text, gold):
    resolved = g.resolve(text)
    found = {m.region.code for m in resolved}
    assert set(gold) <= found, (name, sorted(found))
    for code in gold:
        region = g.by_code(code)
        assert region is not None
        assert any(m.region.code == code and m.cue == region.level for m in resolved), code


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared articles not found at {SHARED}")
def test_article_gold_names_match_gazetteer(g):
    gold = json.loads((SHARED / "seeds" / "gold.json").read_text(encoding="utf-8"))
    entries = [a for item in gold.values() for a in item["gold"]]
    for path in sorted((SHARED / "dev-articles").glob("d*.json")):
        entries += json.loads(path.read_text(encoding="utf-8"))["gold"]
    for a in entries:
        region = g.by_code(a["region_code"])
        assert (region.level, region.province) == (a["region_level"], a["province"])
        assert region.name == a["region_name"]


def test_abbreviation_inside_a_name(g):
    """News writes "Kabupaten Ogan Komering Ulu (OKU) Timur": the name goes on after the parentheses."""
    (m,) = g.resolve("Kabupaten Ogan Komering Ulu (OKU) Timur mencatat cakupan 93,48 persen.")
    assert m.region.code == "16.08"


def test_a_bare_shared_name_takes_the_level_its_list_is_of(g):
    """Tasikmalaya and Bogor are each a kabupaten and a kota: "8 Kabupaten tersebut, yaitu ..." says which."""
    text = ("8 Kabupaten tersebut, yaitu terjadi di Tasikmalaya dengan capaian 80,53 persen, Ciamis 81,14 persen, "
            "Bogor 93,32 persen.")
    assert [m.region.code for m in g.resolve(text)] == ["32.06", "32.07", "32.01"]
    assert [m.region.code for m in g.resolve("Dua kota, yakni Bogor 96 persen dan Bekasi 97 persen.")] == \
        ["32.71", "32.75"]
    assert g.resolve("Cakupan di Bogor 93,32 persen.") == []  # nothing says which: dropped, as before


def test_a_lower_case_name_inside_a_list_of_figures_is_a_region(g):
    text = "Ciamis 81,14 persen, Garut 89,09 persen, indramayu 90,14 persen, Cianjur 91,11 persen."
    assert [m.region.name for m in g.resolve(text)] == ["Kabupaten Ciamis", "Kabupaten Garut", "Kabupaten Indramayu",
                                                         "Kabupaten Cianjur"]
    # a lower-case word outside such a list stays a word ("batu" is also Kota Batu)
    assert [m.region.name for m in g.resolve("Garut 89 persen, batu bata dan pasir naik 12 persen.")] == \
        ["Kabupaten Garut"]


def test_an_abbreviation_the_text_defines_names_its_region_elsewhere(g):
    text = ("Di antaranya Berau, Penajam Paser Utara (PPU) dan Paser. Diketahui, cakupan peserta JKN di PPU mencapai "
            "96,77 persen.")
    assert [m.region.code for m in g.resolve(text)] == ["64.03", "64.09", "64.01", "64.09"]
    assert [m.region.code for m in g.resolve("Cakupan JKN di PPU mencapai 96,77 persen.")] == []  # undefined here


def test_kota_dan_kabupaten_x_names_both():
    got = gazetteer().resolve("Kota dan Kabupaten Pekalongan 99 persen")
    assert [m.candidates[0].name for m in got] == ["Kota Pekalongan", "Kabupaten Pekalongan"]


def test_a_bare_name_a_province_shares_is_the_province_in_a_text_about_provinces():
    text = "Penduduk Aceh 95,14%, DKI Jakarta 85,55%, sementara di Gorontalo 77,69%."
    assert [m.candidates[0].name for m in gazetteer().resolve(text)][-1] == "Provinsi Gorontalo"
    text = "Kabupaten Boalemo 95 persen, sementara di Gorontalo 77,69 persen."
    assert "Provinsi Gorontalo" not in [m.candidates[0].name for m in gazetteer().resolve(text)]


def test_a_compass_word_that_ends_a_name_may_be_lower_case(g):
    text = "Kabupaten Buru, Seram Bagian Barat dan Seram Bagian timur."
    assert [m.region.name for m in g.resolve(text)] == ["Kabupaten Buru", "Kabupaten Seram Bagian Barat",
                                                         "Kabupaten Seram Bagian Timur"]
    assert [m.region.name for m in g.resolve("Warga Garut utara mengeluh.")] == ["Kabupaten Garut"]  # no such name


def test_a_name_that_needs_a_cue_is_the_next_item_of_a_list_of_its_provinces_regions(g):
    text = "Kota Baubau, Kabupaten Buton, Wakatobi, Muna dan Kabupaten Muna Barat sudah mencapai 100 persen."
    assert "Kabupaten Muna" in [m.region.name for m in g.resolve(text)]
    assert [m.region.name for m in g.resolve("Muna sudah 100 persen.")] == []  # alone, still a word


def test_a_lower_case_name_of_two_words_after_di(g):
    assert codes(g, "hingga Oktober 2017 di bandar lampung cakupan kepesertaan mencapai 60,54 %") == ["18.71"]
    assert codes(g, "warga yang tinggal di tanah yang datar") == []  # words, not a name
    assert codes(g, "di batang cakupan") == []  # one word that needs a cue stays a word


def test_a_newspapers_name_is_no_region(g):
    assert codes(g, "POLEWALI RADAR SULBAR - Status kepesertaan aktif") == []
    assert codes(g, "dikutip dari Tribun Jateng, Kabupaten Demak") == ["33.21"]


def test_english_names_put_the_compass_word_first(g):
    assert codes(g, "Participants JKN in South Konawe in 2014") == ["74.05"]
    assert codes(g, "North Halmahera and Southwest Maluku") == ["82.03", "81.08"]
    assert codes(g, "Bogor Regency and Bogor City, South Konawe Regency") == ["32.01", "32.71", "74.05"]


def test_a_name_that_needs_a_cue_that_the_story_keeps_naming_in_its_province(g):
    text = ("Ratusan Warga Kaur Belum Dijamin BPJS Kesehatan. Data Dinkes Provinsi Bengkulu: 640 warga Kaur belum "
            "terdaftar. Keaktifan di Kaur 81 persen.")
    assert [c for c in codes(g, text) if c.startswith("17.04")] == ["17.04"] * 3
    assert codes(g, "Kaur Keuangan desa hadir. Kaur Umum juga. Kaur Perencanaan pun.") == []  # no province named


def test_a_shared_name_after_kabupaten_slash_kota_names_both_regions(g):
    names = [m.candidates[0].name for m in g.resolve("yakni Nganjuk, Kabupaten/Kota Kediri, Kota Blitar")]
    assert names == ["Kabupaten Nganjuk", "Kabupaten Kediri", "Kota Kediri", "Kota Blitar"]
    assert codes(g, "kabupaten/kota Bekasi") == codes(g, "kota/kabupaten Bekasi") == ["32.16", "32.75"]
    assert codes(g, "23 kabupaten/kota Aceh") == ["11"]  # a province after it: only where they lie


def test_a_name_needing_a_cue_is_the_region_of_a_story_datelined_from_it_that_keeps_naming_it(g):
    text = ("KUNINGAN (MASS) – Dari sekitar 1,2 juta penduduk Kuningan, masih ada yang belum terdaftar. Kepala BPJS "
            "Kuningan mengatakan kepesertaan sudah 72 persen. Tujuannya mewujudkan Kuningan sehat.")
    assert "Kabupaten Kuningan" in {m.candidates[0].name for m in g.resolve(text)}
    text = "Kantor di Kuningan, Jakarta, menerima tamu. Gedung di Kuningan itu baru. Jalan Kuningan macet."
    assert "Kabupaten Kuningan" not in {m.candidates[0].name for m in g.resolve(text)}


def test_a_repeated_name_of_a_new_province_is_placed_by_the_province_it_was_split_from():
    text = ("Banyak orang Papua belum punya kartu, kata Kepala Dinas Kesehatan Merauke. Menkes meminta BPJS Merauke "
            "memverifikasi data. Hingga saat ini pemegang kartu BPJS di Merauke sudah mencapai 80%.")
    names = {m.candidates[0].name for m in gazetteer().resolve(text)}
    assert "Kabupaten Merauke" in names


def test_a_bare_name_a_province_shares_with_its_capital_is_the_one_named_with_a_cue_more_often():
    text = ("Provinsi Gorontalo meraih UHC. Acara digelar di Kota Gorontalo. Peserta JKN di Gorontalo 96 persen. "
            "Pemerintah Provinsi Gorontalo berterima kasih.")
    assert [m.candidates[0].name for m in gazetteer().resolve(text)][2] == "Provinsi Gorontalo"
    # with as many of each, the nearest one before still decides
    text = "Provinsi Gorontalo meraih UHC. Acara digelar di Kota Gorontalo. Peserta JKN di Gorontalo 96 persen."
    assert [m.candidates[0].name for m in gazetteer().resolve(text)][2] == "Kota Gorontalo"


def test_a_lower_case_name_the_story_also_capitalises_is_read_before_sendiri(g):
    text = ("Forum BPJS Kesehatan digelar di Kabupaten Kampar. Akan tetapi dalam hal ini kampar sendiri per 24 juli "
            "2020 telah ikut serta dalam JKN dengan capaian 82%.")
    names = [(text[m.start:m.end], m.candidates[0].name) for m in g.resolve(text)]
    assert ("kampar", "Kabupaten Kampar") in names
    # but not a name the story never writes as one
    assert not [m for m in g.resolve("Warga kampar sendiri mengeluh soal iuran BPJS.")]


def test_a_seat_named_like_another_region_is_read_whole():
    """"di Padang Aro, Selasa": the seat of Solok Selatan, not Kota Padang; a seat holding its own region's name
    ("Sumbawa Besar") still names that region."""
    g = gazetteer()
    assert g.find_mentions("di Padang Aro, Selasa") == []
    assert [m.candidates[0].name for m in g.find_mentions("di Kota Padang, Selasa")] == ["Kota Padang"]
    assert [m.candidates[0].name for m in g.find_mentions("warga Sumbawa Besar")] == ["Kabupaten Sumbawa"]


def test_dij_is_the_special_region_of_yogyakarta():
    """"95 persen penduduk DIJ sudah memiliki jaminan kesehatan": Yogyakarta papers write "DIJ" for DIY."""
    assert [m.candidates[0].code for m in gazetteer().find_mentions("penduduk DIJ sudah")] == ["34"]
