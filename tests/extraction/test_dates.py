import datetime as dt

import pytest

from uhcwatch.crawler.extraction.dates import find_dates, parse_published

PUB = dt.date(2024, 7, 26)


def values(text, published=PUB):
    return [(r.value, r.kind) for r in find_dates(text, published)]


def test_precision_follows_the_text():
    assert values("Terhitung mulai 1 Mei 2023") == [("2023-05-01", "date")]
    assert values("per 1 Mei 2023") == [("2023-05-01", "date")]
    assert values("hingga Januari 2022") == [("2022-01", "date")]
    assert values("sampai dengan akhir 2022") == [("2022-12", "date")]
    assert values("akhir tahun 2022") == [("2022-12", "date")]
    assert values("akhir Desember 2017") == [("2017-12", "date")]
    assert values("tahun 2024") == [("2024", "date")]
    assert values("data awal 2026") == [("2026", "date")]
    assert values("pertengahan 2022") == [("2022", "date")]
    assert values("hingga awal Desember 2023") == [("2023-12", "date")]
    assert values("Hingga November Tahun 2020") == [("2020-11", "date")]  # "tahun" between month and year


def test_relative_dates_resolve_against_publication():
    assert values("Mei lalu") == [("2024-05", "date")]
    assert values("Hingga bulan ini") == [("2024-07", "date")]
    assert values("bulan lalu") == [("2024-06", "date")]
    assert values("tahun lalu") == [("2023", "date")]
    assert values("Agustus lalu", dt.date(2024, 3, 1)) == [("2023-08", "date")]
    assert values("November, posisi kita", dt.date(2025, 12, 23)) == [("2025-11", "date")]


def test_statement_dates_and_now():
    assert values("Senin (22/5/23).") == [("2023-05-22", "statement")]
    assert values("Kamis (18/08/2022)") == [("2022-08-18", "statement")]
    assert values("Selasa, 6 Juni 2023") == [("2023-06-06", "statement")]
    assert values("Saat ini, kepesertaan") == [(None, "now")]
    assert values("pada periode yang sama") == [(None, "same_period")]


def test_cue_words_are_kept():
    (ref,) = find_dates("sejak Desember 2022", PUB)
    assert ref.cue == "sejak"
    (ref,) = find_dates("sampai dengan akhir 2022", PUB)
    assert (ref.cue, ref.mod) == ("sampai dengan", "akhir")


def test_parse_published():
    assert parse_published("2023-05-22") == dt.date(2023, 5, 22)
    assert parse_published("2023-05-22T10:00:00+07:00") == dt.date(2023, 5, 22)
    assert parse_published("22 Mei 2023") == dt.date(2023, 5, 22)
    assert parse_published(None) is None


def test_a_day_the_month_does_not_have_still_states_the_month():
    assert [d.value for d in find_dates("hingga 31 September 2019, sebanyak 221 juta warga", None)] == ["2019-09"]


def test_english_dates_with_their_year():
    (d,) = find_dates("As of September 15, 2023, the number of people")
    assert (d.value, d.cue) == ("2023-09-15", "as of")
    (m,) = find_dates("active membership as of December 2024")
    assert m.value == "2024-12"
    assert [r.value for r in find_dates("you may join in May")] == []  # no year: no English month
    (f,) = find_dates('"As of 1 March 2024, the number of JKN participants')  # the day before its month
    assert (f.value, f.cue) == ("2024-03-01", "as of")
    (e,) = find_dates("By the end of 2024, 228,397 residents")  # "akhir 2024" in English
    assert (e.value, e.mod) == ("2024-12", "akhir")
    (b,) = find_dates("since the beginning of 2023")
    assert (b.value, b.mod) == ("2023", "awal")


@pytest.mark.parametrize("text", ["sesuai Perpres 82/2018 untuk daerah", "Perpres Nomor 82 Tahun 2018 tentang Jaminan",
                                  "UU No. 40 tahun 2004 tentang SJSN", "Inpres Nomor 1 Tahun 2022"])
def test_the_year_of_a_regulations_number_is_no_date(text):
    assert [d.value for d in find_dates(text)] == []


def test_a_year_after_a_regulation_named_elsewhere_is_still_a_date():
    assert [d.value for d in find_dates("Sesuai Perpres itu, per 1 Mei 2018 tercatat 95 persen.")] == ["2018-05-01"]


def test_a_year_before_a_people_word_after_a_word_that_makes_it_a_year():
    (year,) = find_dates("Pada 2016 peserta program JKN mencapai 171,86 juta jiwa.", dt.date(2017, 3, 1))
    assert year.value == "2016"
    assert find_dates("Ada sebanyak 2016 peserta baru.", dt.date(2017, 3, 1)) == []
