import pytest

from uhcwatch.crawler.extraction.numbers import find_quantities, parse_number, spelled_shares


def kinds(text):
    return [(q.kind, q.value) for q in find_quantities(text)]


def test_indonesian_thousands_and_decimals():
    assert parse_number("1.169.409") == 1169409
    assert parse_number("95,94", decimal_context=True) == 95.94
    assert parse_number("95.94", decimal_context=True) == 95.94  # English decimal in a percentage
    assert parse_number("1,169,409") == 1169409
    assert parse_number("1.2.3") is None
    assert parse_number("1.169.409,5,5") is None  # two decimal marks: not a number (it raised ValueError)
    assert parse_number("1,169,409.5.5") is None


def test_percentages_in_their_spellings():
    assert kinds("95,94 persen") == [("pct", 95.94)]
    assert kinds("95,27%") == [("pct", 95.27)]
    assert kinds("98 %") == [("pct", 98.0)]
    assert kinds("seratus persen") == [("pct", 100.0)]


def test_scaled_counts_with_unit():
    qs = find_quantities("2,4 juta jiwa, 615 ribu jiwa dan 1,2 juta")
    assert [(q.kind, q.value, q.unit) for q in qs] == [
        ("count", 2400000, "jiwa"), ("count", 615000, "jiwa"), ("count", 1200000, None)]


def test_sentence_final_full_stop_is_not_part_of_the_number():
    assert kinds("mencapai 1.218.890 orang.") == [("count", 1218890)]
    assert kinds("sebesar 95,94 persen.") == [("pct", 95.94)]


def test_look_alikes_are_classified():
    assert kinds("Care Center 165") == [("phone", 0)]
    assert kinds("WhatsApp 08118165165") == [("phone", 0)]
    assert kinds("Rp5,7 miliar") == [("money", 5_700_000_000.0)]
    assert kinds("Rp 25.500") == [("money", 25500)]
    assert kinds("Senin (22/5/23)") == [("date", 0)]
    assert kinds("Nomor 1 Tahun 2022") == [("ref", 1), ("year", 2022)]
    assert kinds("Dandim 0719/Jepara") == [("other", 0)]
    assert kinds("COVID-19") == [("other", 0)]


def test_village_counts_carry_their_unit():
    assert [q.unit for q in find_quantities("124 desa dari 243 desa")] == ["desa", "desa"]


def test_a_share_without_its_unit():
    """"192.816 jiwa atau 96,36 dari jumlah penduduk": the writer left out "persen"."""
    kinds = [(q.kind, q.value) for q in find_quantities("sebanyak 192.816 jiwa atau 96,36 dari jumlah penduduk")]
    assert kinds == [("count", 192816), ("pct", 96.36)]
    assert [q.kind for q in find_quantities("nomor 12,5 dari daftar")] != ["pct"]


def test_a_decimal_compared_with_a_share_is_a_share():
    """"80,03 persen itu lebih rendah dibandingkan kepesertaan secara nasional yakni 87,74": its "persen" left out."""
    kinds = [(q.kind, q.value) for q in find_quantities(
        "Cakupan di Riau sebanyak 80,03 persen itu lebih rendah dibandingkan kepesertaan secara nasional yakni 87,74 "
        "sehingga diperlukan komitmen")]
    assert kinds == [("pct", 80.03), ("pct", 87.74)]
    assert [q.kind for q in find_quantities("Cakupan 80 persen. Dibandingkan itu, skor 87,74 naik")][-1] != "pct"


def test_a_count_written_out_in_full_keeps_its_value_before_a_stray_scale_word():
    assert [(q.kind, q.value) for q in find_quantities("peserta mencapai 187.982.949 juta.")] == [("count", 187982949)]
    assert [(q.kind, q.value) for q in find_quantities("sebanyak 270.630 ribu jiwa")] == [("count", 270630)]
    assert [(q.kind, q.value) for q in find_quantities("sebanyak 2,4 juta jiwa")] == [("count", 2400000)]


def test_english_scale_words():
    qs = find_quantities("has reached 263 million people or 94.23% of the total population, 615 thousand more")
    assert [(q.kind, q.value) for q in qs] == [("count", 263_000_000), ("pct", 94.23), ("count", 615_000)]


def test_krama_counts_people_in_bali():
    (q,) = find_quantities("menjangkau sebanyak 4.192.457 Krama Bali")
    assert (q.kind, q.value, q.unit) == ("count", 4192457, "krama")


@pytest.mark.parametrize("text, expected", [
    ("telah menyentuh angka sembilan puluh tujuh persen.", "telah menyentuh angka 97 persen."),
    ("sembilan puluh delapan koma lima persen", "98,5 persen"),
    ("seratus persen, sebelas persen, sepuluh persen", "100 persen, 11 persen, 10 persen"),
    ("sepuluh ribu orang dan lima kabupaten", "sepuluh ribu orang dan lima kabupaten"),  # only shares
])
def test_shares_written_in_words(text, expected):
    assert spelled_shares(text) == expected


def test_a_decimal_after_the_word_for_a_share_is_a_percentage():
    [share, count, _] = [q for q in find_quantities("dengan presentase 92,18 atau 21.791 orang peserta dari 23.639 jiwa")]
    assert (share.kind, share.value, count.kind) == ("pct", 92.18, "count")
    assert find_quantities("nomor urut 92,18 di daftar")[0].kind != "pct"


def test_a_count_in_words_before_a_scale():
    got = [(q.kind, q.value) for q in find_quantities("about two million or 80 percent; sebanyak dua juta jiwa")]
    assert got == [("count", 2_000_000), ("pct", 80.0), ("count", 2_000_000)]
    assert [q.kind for q in find_quantities("dana dua juta rupiah")] == ["money"]
    assert find_quantities("tiga kabupaten dan lima kota") == []


def test_a_count_of_indonesian_citizens_counts_people():
    [q] = find_quantities("services to 241.7 million Indonesian citizens registered as JKN participants")
    assert (q.kind, q.value, q.unit) == ("count", 241_700_000, "citizens")


def test_thousands_marks_mixed_by_a_slip():
    assert parse_number("2,614.734") == 2_614_734
    assert parse_number("2.614,73") == 2614.73
    assert parse_number("95,5", decimal_context=True) == 95.5


def test_people_counted_in_a_fraction_lost_their_juta():
    (q,) = [q for q in find_quantities("atau sekitar 2,8 jiwa penduduk provinsi itu") if q.kind == "count"]
    assert q.value == 2_800_000


def test_the_day_after_an_english_month_is_a_date():
    kinds = [(q.kind, q.value) for q in find_quantities("reached 249.67 million as of January 31, 2023.")]
    assert kinds == [("count", 249_670_000), ("date", 31), ("year", 2023)]


@pytest.mark.parametrize("text", ["setara 400 an ribu jiwa", "setara 400-an ribu jiwa", "setara 400an ribu jiwa"])
def test_a_round_count_with_an_before_its_scale(text):
    assert [(q.kind, q.value, q.unit) for q in find_quantities(text)] == [("count", 400_000, "jiwa")]


def test_the_lower_end_of_a_range_of_shares_is_a_share():
    assert [(q.kind, q.value) for q in find_quantities("sekitar 96–97 persen kepesertaan")] == [("pct", 96), ("pct", 97)]
    assert [q.kind for q in find_quantities("COVID-19 persen")] == ["other"]


def test_a_share_whose_decimals_are_left_unsaid_is_its_whole_number():
    (q,) = [q for q in find_quantities("status masyarakat Muratara yang terdaftar sekitar 69 koma sekian persen.")
            if q.kind == "pct"]
    assert q.value == 69


def test_a_decimal_restating_a_count_as_enrolled_is_a_share_and_a_part_of_people_counted_is_people():
    qs = [q for q in find_quantities("Dengan jumlah penduduk 885.890 jiwa, 625.787 di antaranya atau 70,64 telah "
                                     "terdaftar.") if q.kind in ("pct", "count")]
    assert [(q.kind, q.value) for q in qs] == [("count", 885890), ("count", 625787), ("pct", 70.64)]
    assert qs[1].unit == qs[0].unit == "jiwa"
    # a decimal with no "atau" before it stays a number as written
    assert [q.kind for q in find_quantities("Nilai 70,64 telah terdaftar di sistem.")] == ["count"]


def test_a_scaled_part_of_the_people_counted_before_counts_people_too():
    qs = [q for q in find_quantities("Dari total 818 ribu penduduk Bone, 648 ribu lebih sudah masuk ke dalam JKN.")
          if q.kind == "count"]
    assert [(q.value, q.unit) for q in qs] == [(818000, "penduduk"), (648000, "penduduk")]


def test_a_year_after_pada_is_a_year_though_people_follow():
    kinds = [(q.kind, q.value) for q in find_quantities("Pada 2016 peserta program JKN mencapai 171,86 juta jiwa.")]
    assert kinds == [("year", 2016), ("count", 171_860_000)]
    assert [q.kind for q in find_quantities("sebanyak 2016 peserta baru")] == ["count"]
