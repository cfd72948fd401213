"""sentences: one case per rule of the splitter (where a full stop does not end a sentence)."""

from __future__ import annotations

import pytest

from uhcwatch.crawler.extraction.sentences import MAX_SENTENCE, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "Bupati Kab. Demak menyampaikan capaian itu.",  # an abbreviation
    "Plt. Wali Kota hadir bersama Dr. Abdiyanto, S.H., M.Si.",  # titles and degrees
    "Sebanyak 1.169.409 jiwa terdaftar.",  # thousands separators
    "Iurannya Rp5,7 miliar per bulan.",
])
def test_no_break_inside(text):
    assert texts(text) == [text]


def test_breaks_after_a_full_stop_before_a_capital():
    assert texts("Cakupan naik. Pemkab bersyukur.") == ["Cakupan naik.", "Pemkab bersyukur."]


def test_a_list_number_stays_with_its_item():
    assert texts("1. Kabupaten Balangan, 99,42 persen;") == ["1. Kabupaten Balangan, 99,42 persen;"]


def test_lines_and_paragraphs():
    found = split_sentences("Judul berita\nBaris kedua.\n\nParagraf baru.")
    assert [s.text for s in found] == ["Judul berita", "Baris kedua.", "Paragraf baru."]
    assert found[0].paragraph < found[2].paragraph


def test_offsets_quote_the_text():
    text = "  Cakupan naik.  Pemkab bersyukur. "
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_a_run_on_is_cut_at_spaces():
    text = " ".join(["kata"] * 600)
    assert all(len(s.text) <= MAX_SENTENCE for s in split_sentences(text))


def test_a_missing_full_stop_after_a_figure_still_ends_the_sentence():
    text = ("Kabupaten Pemalang mencapai 85,27 persen Jumlah peserta 1,3 juta orang. Peserta aktif mencapai 695.856 "
            "Peserta non aktif 145.224. Ada 5 Peserta Bantuan Iuran baru.")
    assert [s.text for s in split_sentences(text)] == [
        "Kabupaten Pemalang mencapai 85,27 persen", "Jumlah peserta 1,3 juta orang.", "Peserta aktif mencapai 695.856",
        "Peserta non aktif 145.224.", "Ada 5 Peserta Bantuan Iuran baru."]  # a capitalised name does not end one


def test_an_image_line_is_no_sentence_of_the_article():
    from uhcwatch.crawler.extraction import lexicon as L
    assert L.SKIP_SENTENCE.match("![Empat daerah capai UHC 100 persen](https://img.example/a.jpg)")


def test_an_opening_quote_right_after_a_full_stop_starts_a_sentence():
    text = "BPJS Kesehatan memiliki target melalui perusahaan.“Target untuk Kota Bekasi minimal 90% sudah terdaftar,” katanya."
    assert [s.text for s in split_sentences(text)] == [
        "BPJS Kesehatan memiliki target melalui perusahaan.",
        "“Target untuk Kota Bekasi minimal 90% sudah terdaftar,” katanya."]


def test_two_single_quotes_open_a_quoted_sentence():
    texts = [s.text for s in split_sentences("Faktornya peserta menunggak. ‘’Kepesertaan BPJS Kesehatan masih 98,11 persen,’’ "
                                             "ujarnya.")]
    assert texts == ["Faktornya peserta menunggak.", "‘’Kepesertaan BPJS Kesehatan masih 98,11 persen,’’ ujarnya."]


def test_an_english_month_abbreviation_ends_no_sentence():
    text = "According to a plan launched on Jan. 1, 2014, 121 million people were to be covered. It was a dream."
    assert [s.text for s in split_sentences(text)] == [
        "According to a plan launched on Jan. 1, 2014, 121 million people were to be covered.", "It was a dream."]
