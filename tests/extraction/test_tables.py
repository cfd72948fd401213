from uhcwatch.crawler.extraction.extract import extract
from uhcwatch.crawler.extraction.tables import find_tables

TEXT = """Data BPJS Kesehatan menunjukkan kondisi lima daerah berpenduduk terbesar sebagai berikut:

No | Kabupaten/Kota | Peserta JKN | Cakupan
1 | Kota Pontianak | 612.044 | 96,88%
2 | Kab. Kubu Raya | 553.210 | 91,04%
- | Kalimantan Barat | 4.823.117 | 88,07%
Sumber: BPJS Kesehatan, data per 1 Februari 2024 (diolah)
"""


def test_rows_and_header_roles():
    (table,) = find_tables(TEXT)
    assert table.roles == (None, None, "participants", "coverage")
    assert [row[1].text for row in table.rows] == ["Kota Pontianak", "Kab. Kubu Raya", "Kalimantan Barat"]


def test_a_line_of_pipes_without_a_header_is_not_a_table():
    assert find_tables("Home | Berita | Daerah | Kontak\nTentang | Redaksi | Iklan | Karir\n") == []


def test_table_figures_become_announcements_with_the_caption_date():
    got = {a.region_code: a for a in extract("Cakupan kepesertaan JKN di Kalimantan Barat.\n\n" + TEXT,
                                             published="2024-02-16")}
    assert (got["61.71"].participants, got["61.71"].coverage_pct, got["61.71"].as_of) == (612044, 96.88, "2024-02-01")
    assert (got["61.12"].coverage_pct, got["61"].participants) == (91.04, 4823117)
