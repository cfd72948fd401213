"""`uhcwatch extract` as a user runs it: the real console script in a subprocess."""

from __future__ import annotations

import http.server
import json
import socket
import subprocess
import sys
import threading

import pytest

SEED = "000_426af57b2a296d1e.txt"


def uhcwatch(*args, stdin: bytes | None = None, timeout: float = 60):
    proc = subprocess.run([sys.executable, "-m", "uhcwatch", *args], input=stdin, capture_output=True,
                          timeout=timeout)
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]
    return proc.returncode, lines, proc.stderr.decode()


def test_seed_file_gives_the_spec_json(shared):
    code, (line,), err = uhcwatch("extract", str(shared / "seeds" / SEED), "--published", "2023-05-22")
    assert code == 0, err
    assert line["source"].endswith(SEED) and line["published"] == "2023-05-22"
    (a,) = line["announcements"]
    assert {k: a[k] for k in ("region_name", "region_code", "region_level", "province", "coverage_pct",
                              "participants", "population", "as_of", "target_pct", "target_year")} == {
        "region_name": "Kabupaten Demak", "region_code": "33.21", "region_level": "kabupaten",
        "province": "Jawa Tengah", "coverage_pct": 95.94, "participants": 1169409, "population": 1218890,
        "as_of": "2023-05-01", "target_pct": 98, "target_year": 2024}
    assert set(a) >= {"active_participants", "active_pct", "evidence", "confidence"}


def test_stdin_with_title_and_published():
    text = "Hingga bulan ini, cakupan kepesertaan JKN di Kota Palembang mencapai 100 persen.".encode()
    code, (line,), _ = uhcwatch("extract", "-", "--title", "Palembang UHC", "--published", "2024-07-26", stdin=text)
    assert code == 0
    assert line["title"] == "Palembang UHC"
    assert line["announcements"][0]["as_of"] == "2024-07"


def test_html_file_is_cleaned_first(tmp_path):
    page = tmp_path / "berita.html"
    page.write_text(
        "<html><head><title>UHC Demak</title><meta property='article:published_time' content='2023-05-22'>"
        "</head><body><nav><a href='/'>Beranda</a> <a href='/x'>Kota Bekasi capai 99 persen</a></nav>"
        "<article><h1>95,94 Persen Penduduk Kabupaten Demak Terdaftar JKN</h1>"
        "<p>Terhitung mulai 1 Mei 2023, sudah sebanyak 1.169.409 penduduk Kabupaten Demak yang terdaftar "
        "sebagai peserta Jaminan Kesehatan Nasional (JKN).</p><p>Angka ini sama dengan 95,94 persen dari total "
        "jumlah penduduk Kabupaten Demak, yang mencapai 1.218.890 orang.</p></article></body></html>",
        encoding="utf-8")
    code, (line,), _ = uhcwatch("extract", str(page))
    assert code == 0
    assert line["published"] == "2023-05-22"
    assert [(a["region_code"], a["coverage_pct"]) for a in line["announcements"]] == [("33.21", 95.94)]


def test_bad_inputs_give_an_error_line_each_and_the_rest_still_run(tmp_path, shared):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    no_text = tmp_path / "blank.html"
    no_text.write_text("<html><head><script>var x=1;</script></head><body><div></div></body></html>")
    big = tmp_path / "big.txt"
    big.write_bytes(("Harga cabai naik 3 persen di pasar. " * 300_000).encode())  # ~10 MB
    missing = tmp_path / "missing.txt"
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    closed_url = f"http://127.0.0.1:{closed_port}/berita"
    seed = str(shared / "seeds" / SEED)
    code, lines, err = uhcwatch("extract", str(empty), str(binary), str(no_text), str(big), str(missing),
                                closed_url, seed)
    assert code == 1
    assert "Traceback" not in err
    by_source = {line["source"]: line for line in lines}
    assert [line["source"] for line in lines] == [str(empty), str(binary), str(no_text), str(big), str(missing),
                                                  closed_url, seed]
    assert "empty" in by_source[str(empty)]["error"]
    assert "UTF-8" in by_source[str(binary)]["error"] or "binary" in by_source[str(binary)]["error"]
    assert "no article text" in by_source[str(no_text)]["error"]
    assert by_source[str(big)]["announcements"] == []
    assert "no such file" in by_source[str(missing)]["error"]
    assert "could not fetch" in by_source[closed_url]["error"]
    assert by_source[seed]["announcements"][0]["region_code"] == "33.21"


@pytest.fixture
def news_server():
    page = ("<html><head><title>Kota Bekasi UHC</title></head><body><article><h1>Warga Kota Bekasi Terdaftar JKN"
            "</h1><p>Sampai dengan 1 Mei 2022, jumlah kepesertaan JKN-KIS di wilayah Kota Bekasi telah mencapai "
            "2.468.448 jiwa atau sekitar 95,27 persen dari seluruh penduduk Kota Bekasi.</p>"
            "<p>Kepala cabang menyampaikan hal itu dalam siaran pers yang diterima redaksi.</p></article>"
            "</body></html>").encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/berita":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(page)
            else:
                self.send_error(404)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_url_input(news_server):
    code, lines, _ = uhcwatch("extract", f"{news_server}/berita", f"{news_server}/hilang", "--published", "2022-06-06")
    assert code == 1
    assert lines[0]["announcements"][0]["region_code"] == "32.75"
    assert lines[0]["announcements"][0]["as_of"] == "2022-05-01"
    assert "404" in lines[1]["error"]


def test_bad_published_date_is_one_clear_line():
    proc = subprocess.run([sys.executable, "-m", "uhcwatch", "extract", "-", "--published", "kemarin"],
                          input=b"x", capture_output=True)
    assert proc.returncode == 2
    assert "YYYY-MM-DD" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_a_sources_selectors_apply_to_a_page(tmp_path):
    page = tmp_path / "berita.html"
    story = ("Terhitung mulai 1 Mei 2023, sudah sebanyak 1.169.409 penduduk Kabupaten Demak terdaftar sebagai peserta "
             "JKN. Angka ini sama dengan 95,94 persen dari total jumlah penduduk Kabupaten Demak.")
    page.write_text(f"<html><body><div class='isi'><p>{story}</p><p class='iklan'>Cakupan JKN Kota Bekasi 97 persen "
                    "menurut iklan layanan masyarakat ini yang dipasang di setiap halaman situs.</p></div>"
                    "<div class='samping'><p>Cakupan JKN Kota Bogor mencapai 96 persen dan warga Kota Bogor sudah "
                    "terdaftar sebagai peserta JKN sejak lama sekali di sini.</p></div></body></html>",
                    encoding="utf-8")
    config = tmp_path / "u.toml"
    config.write_text('[[sources]]\nname = "lokal"\nstart_urls = ["https://lokal.example/"]\n'
                      'content = "div.isi"\nexclude = [".iklan"]\n', encoding="utf-8")
    code, (plain,), _ = uhcwatch("extract", str(page))
    code2, (line,), err = uhcwatch("--config", str(config), "extract", "--source", "lokal", str(page))
    assert code2 == 0, err
    assert [a["region_code"] for a in line["announcements"]] == ["33.21"]
    assert {a["region_code"] for a in plain["announcements"]} != {"33.21"}
    code3, _, err3 = uhcwatch("--config", str(config), "extract", "--source", "nope", str(page))
    assert code3 == 2 and "unknown source 'nope'" in err3


def test_a_garbled_number_costs_nothing_but_itself(tmp_path):
    garbled = tmp_path / "garbled.txt"
    garbled.write_text("Sudah sebanyak 1.169.409,5,5 penduduk Kabupaten Demak terdaftar sebagai peserta JKN, "
                       "atau 95,94 persen dari jumlah penduduk.", encoding="utf-8")
    code, (line,), err = uhcwatch("extract", str(garbled))
    assert code == 0 and "Traceback" not in err
    assert [(a["region_code"], a["coverage_pct"]) for a in line["announcements"]] == [("33.21", 95.94)]
