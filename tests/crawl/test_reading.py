"""reading: the article's own text from pages built like real ones; one case per rule of the reader."""

from __future__ import annotations

import json

import pytest

from uhcwatch.crawler.crawl.reading import looks_like_prose, parse, read_page, relevant, text_of

STORY = ("Terhitung mulai 1 Mei 2023, sudah sebanyak 1.169.409 penduduk Kabupaten Demak terdaftar sebagai peserta "
         "Jaminan Kesehatan Nasional (JKN). Angka ini sama dengan 95,94 persen dari total jumlah penduduk.")
MORE = ("Bupati Demak mengatakan pemerintah daerah terus mendaftarkan warga yang belum memiliki jaminan kesehatan "
        "agar seluruh penduduk terlindungi ketika sakit.")
SIDEBAR = ('<aside class="widget"><h3>Terpopuler</h3><ul><li><a href="/a">Cakupan JKN Kota Bekasi Capai 97 Persen</a>'
           '</li><li><a href="/b">96 Persen Warga Kabupaten Kudus Terdaftar JKN</a></li></ul></aside>')


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>Berita</title>{head}</head><body>{body}</body></html>"


def read(body: str, head: str = "", **kw):
    return read_page(page(body, head), "https://warta.example/berita/1", **kw)


# --- the prefilter -------------------------------------------------------------------------------

def test_jkn_words_only_in_side_lists_and_links_are_not_relevant():
    other = "<p>" + "Harga cabai rawit di pasar naik tajam menjelang Lebaran. " * 5 + "</p>"
    html = page(f'<div class="content">{other}<p>Baca juga: <a href="/x">Cakupan JKN Demak 95 persen</a></p></div>'
                f'{SIDEBAR}<div class="ticker"><p>Kepesertaan JKN Kota Medan 96,92 persen.</p></div>'
                '<figure><img src="x.jpg"><figcaption>Foto: Peserta JKN antre.</figcaption></figure>')
    assert not relevant(parse(html))


def test_jkn_words_in_the_own_text_or_title_are_relevant():
    assert relevant(parse(page(f"<div><p>{STORY}</p></div>")))
    assert relevant(parse(page("<p>Harga cabai naik.</p>")), title="Cakupan JKN Demak 95,94 Persen")


def test_a_wrapper_with_a_furniture_name_around_the_story_still_counts():
    html = page(f'<div class="sosmedsticky author-and-share"><div class="ctn-desc"><p>{STORY}</p><p>{MORE}</p>'
                f"</div></div>{SIDEBAR}")
    assert relevant(parse(html))
    assert "1.169.409" in read(f'<div class="sosmedsticky author-and-share"><p>{STORY}</p><p>{MORE}</p></div>').text


# --- the container -------------------------------------------------------------------------------

@pytest.mark.parametrize("wrapper, reading", [
    ('<div itemprop="articleBody">{}</div>', "itemprop"),
    ('<div class="td-post-content">{}</div>', "class"),
    ("<article>{}</article>", "article"),
    ('<div class="x1"><div class="y2">{}</div></div>', "density"),
])
def test_the_container_by_the_strongest_signal(wrapper, reading):
    result = read(f'{SIDEBAR}<div class="berita-utama"><p>Berita lain yang panjang sekali di sini.</p></div>'
                  + wrapper.format(f"<p>{STORY}</p><p>{MORE}</p>"))
    assert result.reading == reading
    assert "1.169.409" in result.text and "Kota Bekasi" not in result.text


def test_a_source_selector_wins():
    result = read(f'<div class="isi"><p>{STORY}</p><p>{MORE}</p></div><div id="x"><p>{MORE} {MORE}</p></div>',
                  content="#x")
    assert result.reading == "selector" and "1.169.409" not in result.text


def test_exclude_selectors_drop_what_they_name():
    result = read(f'<div class="isi"><p>{STORY}</p><p class="promo">Cakupan JKN Kota Bekasi 97 persen.</p>'
                  f"<p>{MORE}</p></div>", exclude=[".promo"])
    assert "Bekasi" not in result.text


# --- what is not the story ------------------------------------------------------------------------

@pytest.mark.parametrize("insert", [
    '<p><strong>Baca Juga:</strong> <a href="/x">Cakupan JKN Kota Bekasi Capai 97 Persen</a></p>',
    '<p class="baca">Baca juga: <a href="/x">Cakupan JKN Kota Bekasi Capai 97 Persen</a></p>',
    '<table class="linksisip"><tr><td><div><strong>Baca juga:</strong> <a href="/x">Cakupan JKN Kota Bekasi Capai '
    "97 Persen</a></div></td></tr></table>",
    '<div class="caption"><p>(Foto: Kota Bekasi, cakupan JKN 97 persen)</p></div>',
    "<figure><img src='x.jpg'><figcaption>Warga Kota Bekasi antre, cakupan 97 persen.</figcaption></figure>",
    "<p>ADVERTISEMENT</p><p>SCROLL TO RESUME CONTENT</p><p>Editor: Kota Bekasi Desk</p>",
    '<ul><li><a href="/1">Kota Bekasi 97 persen</a></li><li><a href="/2">Kota Bogor 96 persen</a></li>'
    '<li><a href="/3">Kota Depok 95 persen</a></li></ul>',
    '<div class="card"><h3><a href="/x">Cakupan JKN Kota Bekasi Capai 97 Persen</a></h3>'
    "<p>Sebanyak 2,4 juta warga Kota Bekasi terdaftar.</p></div>",
])
def test_teasers_captions_credits_and_link_lists_are_dropped(insert):
    result = read(f'<div class="entry-content"><p>{STORY}</p>{insert}<p>{MORE}</p></div>')
    assert "Bekasi" not in result.text and "1.169.409" in result.text and "terlindungi" in result.text


def test_an_inline_teaser_leaves_the_rest_of_its_paragraph():
    result = read(f'<div class="entry-content"><p>{STORY} <strong>Baca Juga: <a href="/x">Kota Bekasi 97 '
                  f'Persen</a></strong> {MORE}</p><p>{MORE}</p></div>')
    assert "Bekasi" not in result.text and "1.169.409" in result.text
    bare = read(f'<div class="entry-content"><p>{STORY} Baca juga: <a href="/x">Kota Bekasi 97 Persen</a></p>'
                f"<p>{MORE}</p></div>")
    assert "Bekasi" not in bare.text and "Baca juga" not in bare.text


def test_a_page_of_teasers_has_no_article():
    cards = "".join(f'<article class="teaser"><h2><a href="/{n}">Cakupan JKN Kota Bekasi Capai 9{n} Persen</a></h2>'
                    f"<p>{STORY}</p></article>" for n in range(2))
    assert read(f"<h1>Kilas Berita Hari Ini</h1>{cards}") is None


# --- text with its boundaries --------------------------------------------------------------------

def test_a_hard_wrap_inside_a_sentence_is_joined():
    text = text_of(parse(page("<div>Sudah 1.169.409 penduduk Kabupaten<br>Demak terdaftar.<br>Bupati senang."
                              "<br><br>Paragraf baru.</div>")).find("body"))
    assert "penduduk Kabupaten Demak terdaftar." in text
    assert "terdaftar.\nBupati senang." in text and "\n\nParagraf baru." in text


def test_list_items_after_a_br_stay_on_their_lines():
    text = text_of(parse(page("<div>Cakupan per daerah:<br>1. Kabupaten Demak 95 persen<br>"
                              "2. Kabupaten Kudus 96 persen</div>")).find("body"))
    assert text.split("\n")[1:] == ["1. Kabupaten Demak 95 persen", "2. Kabupaten Kudus 96 persen"]


def test_a_data_table_becomes_rows_and_a_layout_table_paragraphs():
    data = ("<table><tr><th>Kabupaten/Kota</th><th>Cakupan</th></tr><tr><td>Kota Pontianak</td><td>96,88%</td></tr>"
            "<tr><td>Kab. Sambas</td><td>86,72%</td></tr></table>")
    assert "| Kota Pontianak | 96,88% |" in text_of(parse(page(data)).find("body"))
    layout = f"<table><tr><td>{STORY}</td><td>{MORE}</td></tr></table>"
    text = text_of(parse(page(layout)).find("body"))
    assert "|" not in text and text.index("1.169.409") < text.index("terlindungi")


# --- other readings ------------------------------------------------------------------------------

def test_a_full_jsonld_article_body_wins_over_a_short_container():
    ld = json.dumps({"@type": "NewsArticle", "articleBody": f"{STORY}\n{MORE}\n{MORE}"})
    result = read(f'<div class="entry-content"><p>{STORY[:120]}</p><p>Baca selengkapnya di aplikasi kami dan '
                  "dapatkan berita terbaru setiap hari dari redaksi.</p></div>",
                  f'<script type="application/ld+json">{ld}</script>')
    assert result.reading == "jsonld" and "95,94 persen" in result.text


def test_metadata():
    head = ('<meta property="og:title" content="95,94 Persen Warga Demak Terdaftar JKN">'
            '<meta property="article:published_time" content="2023-05-22T10:00:00+07:00">'
            '<link rel="canonical" href="https://warta.example/berita/demak">')
    result = read(f"<article><p>{STORY}</p><p>{MORE}</p></article>", head)
    assert (result.title, result.published, result.canonical_url) == (
        "95,94 Persen Warga Demak Terdaftar JKN", "2023-05-22", "https://warta.example/berita/demak")


def test_the_date_beside_the_headline_wins_over_older_dates_in_side_columns():
    # an old CMS: no date in the head, the article's date line above its headline, dated headlines in a side column
    side = "".join(f'<tr><td><span class="tanggal">{d}</span><br><a href="/{n}">Berita lain nomor {n} hari ini</a>'
                   f"</td></tr>" for n, d in enumerate(("16/03/2016", "11/02/2026", "02/03/2018")))
    body = ('<table><tr><td id="content"><span class="tanggal">Selasa, 15 April 2025 - 10:56:00 WIB</span><br>'
            '<span class="judul">Cakupan JKN Kabupaten Demak Capai 95,94 Persen</span><br>'
            f'<div class="isi_berita">{STORY}<br><br>{MORE}</div></td><td class="kanan"><table>{side}</table></td>'
            "</tr></table>")
    html = f"<html><head><title>Cakupan JKN Kabupaten Demak Capai 95,94 Persen | Warta</title></head><body>{body}</body></html>"
    assert read_page(html, "https://warta.example/berita-12-demak.html").published == "2025-04-15"


def test_readers_comments_end_the_story():
    comments = ("<br><br><b>2 Komentar :</b><br><span class=\"nama\">Rudi</span><br>Semoga kartu JKN warga kami segera "
                "aktif.<br><br><b>Isi Komentar :</b>")
    result = read(f'<div class="isi_berita">{STORY}<br><br>{MORE}{comments}</div>')
    assert "terlindungi" in result.text and "Semoga" not in result.text and "Komentar" not in result.text
    # a word "komentar" inside the story is not a comments heading
    kept = read(f'<div class="isi_berita">{STORY}<br><br>Komentar warga beragam soal program itu.<br><br>{MORE}</div>')
    assert "Komentar warga" in kept.text and "terlindungi" in kept.text


def test_prose_and_a_page_of_headlines():
    assert looks_like_prose(f"{STORY}\n\n{MORE}")
    assert not looks_like_prose("\n".join(["Cakupan JKN Kota Bekasi Capai 97 Persen"] * 12))


def test_the_layouts_amp_pages_read_like_their_articles():
    from uhcwatch.crawler.demo import build_site, load_sample_articles

    site = build_site("portal", load_sample_articles()[:3], n_filler=2, seed=1)
    post = next(p for p in site.posts if not p.filler)
    amp = read_page(site.page(f"/amp{post.path}").body, f"https://x.example/amp{post.path}")
    full = read_page(site.page(post.path).body, f"https://x.example{post.path}")
    assert amp.reading == "class" and amp.text == full.text
