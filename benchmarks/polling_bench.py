"""What an unchanged source poll of the daemon costs, at 1,000 sources (issue 13).

    python3 benchmarks/polling_bench.py [--sources 1000] [--every 60] [--duration 600] [--warmup-timeout 900]
                                        [--articles 20] [--jitter S] [--no-pin] [--prewarm] [--json] [--keep]

    # a quick look first
    python3 benchmarks/polling_bench.py --sources 8 --every 5 --duration 60
    # against a clean copy of a commit instead of the working tree
    PYTHONPATH=/path/with/uhcwatch-symlink python3 benchmarks/polling_bench.py --sources 100 --every 30

Serves `--sources` fake news sites on 127.0.0.1 (one port each, so robots.txt is per site; all of them
from one asyncio server in a separate process), each with robots.txt (allow all), a home page at `/`
listing `--articles` articles, and those articles; the home page carries ETag and Last-Modified and
answers 304 to a matching If-None-Match / If-Modified-Since. The server counts every request per site,
per kind (robots, listing, article, other) and per status. A config with one source per site (pinned
to `--every` with `[schedule] min_every = max_every = every` unless `--no-pin`; dropped with a note
when the config does not know those keys) and a local JSON webhook as the alert target is checked with
`uhcwatch sources`, then the real daemon runs as a subprocess: `python -m uhcwatch run`.

1. Warm-up (not measured): until every site's home page was fetched by the daemon and all its
   articles once, and no article was asked for in the last 5 s (or `--warmup-timeout`; the report then
   says how many sites were done). `--prewarm` first runs one `uhcwatch crawl` of all sources, so the
   daemon's very first polls are already unchanged ones (the old child-per-crawl daemon cannot warm
   1,000 sources up in any reasonable time).
2. Nothing new, for `--duration` seconds: the daemon's CPU seconds, its reaped children's included
   (utime+stime+cutime+cstime from /proc/PID/stat, plus the children alive at either edge of the
   window), as a share of one core; polls (= requests for a start URL `/`), requests per poll by kind
   and status, CPU seconds per poll; how long each site went without a poll (a site is late past
   every + jitter + 5 s: a daemon that skips polls is cheap per poll but not doing its job); peak RSS
   of the daemon and its live children (sampled every 0.5 s) and the daemon's own RSS first / middle /
   last and slope.
3. One new article: a JKN coverage announcement is added to one site's home page (new ETag and
   Last-Modified); the time from that moment to the alert's POST at the webhook, against the goal of
   one interval + 5 s.
4. Baseline, in the same run, after the daemon stopped: one poll the old way, `python -m uhcwatch crawl
   --config cfg1.toml --db bench.db --source NAME` as a child process for one unchanged, already-crawled
   source (its CPU from os.wait4's rusage, its requests from the server's counters); the daemon's
   per-poll CPU and requests are printed as ratios of it.

The benchmark itself imports nothing of uhcwatch: whichever `python -m uhcwatch` resolves to (the
working tree, or a clean copy put first on PYTHONPATH) is what is measured; the report names it.
Run by hand; not a test. Needs Linux (/proc). Exits 0 when the run completed, whatever the numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date, datetime, timedelta, timezone
from email.utils import formatdate, parsedate_to_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20
KEEPALIVE = 75.0  # seconds an idle keep-alive connection stays open (nginx's default)
QUIET_AFTER_ARTICLES = 5.0  # warm-up has settled when no article was asked for this long
SAMPLE_EVERY = 0.5  # seconds between RSS samples


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ====================================================================== the fake news sites (own process)

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
PLACES = [("Kabupaten Wonosobo", "Wonosobo", "Kecamatan Kertek"), ("Kabupaten Banjarnegara", "Banjarnegara",
          "Kecamatan Wanadadi"), ("Kota Magelang", "Magelang", "Kecamatan Magelang Utara"),
          ("Kabupaten Temanggung", "Temanggung", "Kecamatan Parakan"), ("Kabupaten Kebumen", "Kebumen",
          "Kecamatan Gombong"), ("Kabupaten Purworejo", "Purworejo", "Kecamatan Kutoarjo"),
          ("Kabupaten Klaten", "Klaten", "Kecamatan Delanggu"), ("Kabupaten Boyolali", "Boyolali",
          "Kecamatan Ampel"), ("Kabupaten Sragen", "Sragen", "Kecamatan Gemolong"),
          ("Kabupaten Pati", "Pati", "Kecamatan Juwana")]
DESA = ["Desa Sukamaju", "Desa Tegalrejo", "Desa Karanganyar", "Desa Sidomulyo", "Desa Wonokerto",
        "Desa Margosari", "Desa Ngargosari", "Desa Banyuurip", "Desa Candirejo", "Desa Kalisari"]
NAMA = ["Suyanto", "Siti Rohmah", "Bambang Wijaya", "Endang Lestari", "Agus Salim", "Dewi Kartika",
        "Hendra Gunawan", "Nur Aini", "Joko Prasetyo", "Rina Marlina"]
TOPICS = [
    ("Warga {desa} Gotong Royong Perbaiki Jalan Desa yang Rusak", [
        "Puluhan warga {desa}, {kec}, {kota}, bergotong royong memperbaiki ruas jalan desa sepanjang {n}0 meter "
        "yang rusak sejak awal musim hujan.",
        "Kepala desa setempat, {nama}, mengatakan batu dan pasir dibeli dari iuran warga ditambah dana desa.",
        "Menurut dia, jalan itu merupakan akses utama petani untuk mengangkut hasil panen ke pasar kecamatan.",
        "Pemerintah kecamatan berjanji mengusulkan pengaspalan jalan tersebut dalam musyawarah perencanaan "
        "pembangunan tahun depan.",
        "Warga berharap perbaikan permanen segera dilakukan agar mobil bak terbuka dapat melintas dengan aman."]),
    ("Harga Cabai Rawit di Pasar {short} Naik Jelang Akhir Pekan", [
        "Harga cabai rawit merah di Pasar Induk {short} naik menjadi Rp{n}.000 per kilogram dalam sepekan terakhir.",
        "Seorang pedagang, {nama}, menyebut pasokan dari petani berkurang karena hujan turun hampir setiap sore.",
        "Harga bawang merah dan tomat relatif stabil, sedangkan telur ayam ras turun sekitar Rp1.000 per kilogram.",
        "Dinas perdagangan setempat memantau harga kebutuhan pokok setiap hari dan menyiapkan operasi pasar bila "
        "kenaikan berlanjut.",
        "Pembeli mengaku mengurangi belanja cabai dan memilih cabai kering sebagai pengganti sementara."]),
    ("Hujan Deras, Puluhan Rumah di {desa} Terendam Banjir", [
        "Hujan deras yang mengguyur {kota} sejak siang membuat sungai kecil di {desa} meluap dan merendam "
        "{n} rumah warga.",
        "Ketinggian air di permukiman sempat mencapai lutut orang dewasa sebelum surut menjelang tengah malam.",
        "Petugas BPBD bersama relawan mengevakuasi warga lanjut usia dan anak-anak ke balai desa.",
        "{nama}, salah seorang warga, mengatakan banjir serupa terjadi hampir setiap tahun karena saluran air "
        "tersumbat sampah.",
        "Pemerintah desa berencana menormalisasi saluran dan memasang tanggul darurat dari karung pasir."]),
    ("Pelaku UMKM {short} Ikuti Pelatihan Pemasaran Digital", [
        "Sebanyak {n} pelaku usaha mikro, kecil dan menengah di {kota} mengikuti pelatihan pemasaran digital "
        "selama tiga hari.",
        "Peserta belajar memotret produk, menulis deskripsi yang menarik dan membuka toko di lokapasar.",
        "Ketua panitia, {nama}, mengatakan sebagian besar peserta adalah perajin makanan ringan dan batik.",
        "Setelah pelatihan, setiap peserta akan didampingi selama dua bulan agar tokonya benar-benar berjalan.",
        "Beberapa peserta mengaku sudah menerima pesanan pertama dari luar kota beberapa hari kemudian."]),
    ("Siswa SMP Negeri {n} {short} Raih Juara Lomba Sains Tingkat Provinsi", [
        "Tiga siswa SMP Negeri {n} {short} meraih juara pertama lomba sains tingkat provinsi di Semarang.",
        "Mereka membuat alat penyaring air sederhana dari pasir, arang dan ijuk yang diuji di sungai dekat sekolah.",
        "Kepala sekolah, {nama}, mengaku bangga karena persiapan lomba hanya berlangsung sebulan.",
        "Para siswa akan mewakili provinsi pada lomba tingkat nasional yang digelar akhir tahun ini.",
        "Dinas pendidikan setempat berjanji membantu biaya keberangkatan dan pembinaan tambahan."]),
    ("Turnamen Bola Voli Antardesa di {kec} Diikuti {n} Tim", [
        "Turnamen bola voli antardesa di {kec}, {kota}, diikuti {n} tim putra dan putri.",
        "Pertandingan digelar setiap sore di lapangan desa dan selalu dipadati penonton dari berbagai dusun.",
        "Ketua panitia, {nama}, mengatakan turnamen ini digelar untuk mencari bibit atlet muda.",
        "Juara pertama akan mendapat trofi, uang pembinaan dan kesempatan berlatih bersama klub daerah.",
        "Panitia juga menyediakan tempat bagi pedagang kecil di sekitar lapangan selama turnamen."]),
    ("Petani {desa} Mulai Panen Padi, Hasil Diperkirakan Meningkat", [
        "Petani di {desa}, {kec}, mulai memanen padi di lahan seluas {n} hektare.",
        "Ketua kelompok tani, {nama}, memperkirakan hasil panen tahun ini lebih baik karena serangan hama berkurang.",
        "Harga gabah kering panen di tingkat petani saat ini berkisar Rp6.500 per kilogram.",
        "Sebagian petani memilih menyimpan gabah untuk dijual ketika harga naik beberapa pekan lagi.",
        "Penyuluh pertanian mengingatkan petani segera mengolah lahan untuk musim tanam berikutnya."]),
    ("Festival Budaya {short} Tampilkan Tari Tradisional dan Kuliner Lokal", [
        "Festival budaya {short} tahun ini menampilkan {n} kelompok tari tradisional dari berbagai kecamatan.",
        "Pengunjung juga dapat mencicipi kuliner khas daerah di deretan stan yang dikelola warga.",
        "Kepala dinas pariwisata, {nama}, berharap festival ini menarik wisatawan dari luar daerah.",
        "Acara ditutup dengan kirab budaya yang melewati jalan utama kota hingga alun-alun.",
        "Panitia mencatat jumlah pengunjung meningkat dibanding penyelenggaraan tahun lalu."]),
]
UMUM = ["Kegiatan tersebut mendapat sambutan positif dari masyarakat setempat.",
        "Ia berharap kegiatan serupa dapat digelar secara rutin setiap tahun.",
        "Hingga berita ini diturunkan, petugas masih melakukan pendataan di lapangan.",
        "{nama} menambahkan, pihaknya akan terus berkoordinasi dengan instansi terkait.",
        "Sejumlah warga mengaku puas dengan hasil yang dicapai sejauh ini."]
NAV = [("/kategori/daerah/", "Daerah"), ("/kategori/ekonomi/", "Ekonomi"), ("/kategori/olahraga/", "Olahraga"),
       ("/redaksi/", "Redaksi")]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def tanggal(d: date) -> str:
    return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"


def page_html(site_name: str, base: str, title: str, body: str, *, article_meta: str = "") -> bytes:
    nav = " | ".join(f'<a href="{href}">{label}</a>' for href, label in NAV)
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'{article_meta}</head>\n<body><header><a href="/" class="logo">{escape(site_name)}</a>'
            f'<nav>{nav}</nav></header>\n<main>{body}</main>\n<footer><p>&copy; {escape(site_name)}. '
            f'Hak cipta dilindungi undang-undang.</p><a href="/redaksi/">Redaksi</a></footer></body></html>\n'
            ).encode("utf-8")


class Article:
    __slots__ = ("path", "title", "day", "paragraphs")

    def __init__(self, path: str, title: str, day: date, paragraphs: list[str]):
        self.path, self.title, self.day, self.paragraphs = path, title, day, paragraphs


def filler_article(site: int, j: int, seed: int, today: date) -> Article:
    rng = random.Random(f"{seed}-{site}-{j}")
    kota, short, kec = rng.choice(PLACES)
    fill = {"kota": kota, "short": short, "kec": kec, "desa": rng.choice(DESA), "nama": rng.choice(NAMA),
            "n": rng.randint(2, 40)}
    title_t, sentences = rng.choice(TOPICS)
    title = title_t.format(**fill)
    day = today - timedelta(days=j // 3)
    paras = [s.format(**fill) for s in sentences] + [s.format(**fill) for s in rng.sample(UMUM, 2)]
    paras[0] = f"{short.upper()} - {paras[0]}"
    path = f"/{day.year}/{day.month:02d}/{day.day:02d}/{slugify(title)}-{site:04d}{j:03d}"
    return Article(path, title, day, paras)


def jkn_article(site: int, today: date) -> Article:
    """The one new article of phase 3: a JKN coverage announcement for a region no filler names."""
    title = "Cakupan JKN Kabupaten Grobogan Capai 96,31 Persen, Warga Baru Langsung Terlindungi"
    paras = [
        "PURWODADI - Pemerintah Kabupaten Grobogan terus memperluas kepesertaan Program Jaminan Kesehatan "
        "Nasional (JKN) bersama BPJS Kesehatan.",
        f"Sebanyak 1.402.877 penduduk Kabupaten Grobogan telah terdaftar sebagai peserta JKN, atau 96,31 persen "
        f"dari jumlah penduduk, per 1 {BULAN[today.month - 1]} {today.year}.",
        "Kepala Dinas Kesehatan Kabupaten Grobogan mengatakan capaian itu membuat Grobogan tetap berstatus "
        "Universal Health Coverage (UHC), sehingga warga yang baru didaftarkan langsung aktif kepesertaannya.",
        "Menurut dia, sisa penduduk yang belum terdaftar sebagian besar adalah warga yang baru pindah domisili "
        "dan bayi yang belum dilaporkan orang tuanya.",
        "Pemerintah daerah mengajak warga memeriksa status kepesertaan di kantor desa atau puskesmas terdekat."]
    path = f"/{today.year}/{today.month:02d}/{today.day:02d}/{slugify(title)}-{site:04d}999"
    return Article(path, title, today, paras)


class Site:
    """One fake news site: its pages, validators and request counters."""

    def __init__(self, index: int, n_articles: int, seed: int, today: date, born: float):
        self.index = index
        self.name = f"Warta Daerah {index:04d}"
        self.base = ""  # http://127.0.0.1:PORT, once bound
        self.articles = [filler_article(index, j, seed, today) for j in range(n_articles)]
        self.by_path = {a.path: a for a in self.articles}
        self.version = 1
        self.last_modified = int(born)
        self._listing: bytes | None = None
        self.counts: dict[str, int] = {}  # "listing304", "robots200", "listing_cond", ...
        self.fetched: set[str] = set()  # article paths asked for at least once
        self.listing_times: list[float] = []  # time.monotonic() of each request for the home page

    @property
    def etag(self) -> str:
        return f'"w{self.index:04d}-{self.version}"'

    def listing(self) -> bytes:
        if self._listing is None:
            items = "\n".join(
                f'<article class="post"><h2><a href="{a.path}">{escape(a.title)}</a></h2>'
                f'<time>{tanggal(a.day)}</time><p>{escape(a.paragraphs[0][:140])}...</p></article>'
                for a in self.articles)
            self._listing = page_html(self.name, self.base, f"{self.name} - Berita Daerah Terkini",
                                      f'<h1>Berita Terbaru</h1><section class="latest">\n{items}\n</section>')
        return self._listing

    def article_page(self, a: Article) -> bytes:
        meta = (f'<meta property="og:type" content="article"><meta property="og:title" content="{escape(a.title)}">'
                f'<meta property="article:published_time" content="{a.day.isoformat()}T08:00:00+07:00">'
                f'<link rel="canonical" href="{self.base}{a.path}">')
        body = "\n".join(f"<p>{escape(p)}</p>" for p in a.paragraphs)
        return page_html(self.name, self.base, f"{a.title} - {self.name}",
                         f'<article><h1>{escape(a.title)}</h1><p class="date">{tanggal(a.day)}</p>'
                         f'<div class="entry-content">\n{body}\n</div></article>', article_meta=meta)

    def publish(self, a: Article) -> None:
        self.articles.insert(0, a)
        self.by_path[a.path] = a
        self.version += 1
        self.last_modified = max(int(time.time()), self.last_modified + 1)
        self._listing = None

    def count(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1


def _not_modified(headers: dict[str, str], etag: str, last_modified: int) -> bool:
    inm = headers.get("if-none-match")
    if inm is not None:  # takes precedence over If-Modified-Since
        tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
        return "*" in tags or etag in tags
    ims = headers.get("if-modified-since")
    if ims:
        try:
            return last_modified <= parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError):
            return False
    return False


REASONS = {200: "OK", 304: "Not Modified", 404: "Not Found", 405: "Method Not Allowed"}
ROBOTS = b"User-agent: *\nAllow: /\n"


def answer(site: Site, method: str, target: str, headers: dict[str, str], state: dict):
    """(status, extra header lines, body) for one request; counts it."""
    path = target.split("?", 1)[0].split("#", 1)[0] or "/"
    now = time.monotonic()
    if path == "/robots.txt":
        kind, etag, lm, body, ctype = "robots", f'"r{site.index:04d}"', int(state["born"]), ROBOTS, "text/plain"
    elif path in ("/", "/index.html"):
        kind, etag, lm, ctype = "listing", site.etag, site.last_modified, "text/html; charset=utf-8"
        body = None
        site.listing_times.append(now)
        if headers.get("if-none-match") or headers.get("if-modified-since"):
            site.count("listing_cond")
        pub = state.get("pub")
        if pub and pub["site"] == site.index and len(pub["listing"]) < 20:
            pub["listing"].append(now)
    elif path in site.by_path:
        a = site.by_path[path]
        kind, etag, lm, ctype = "article", f'"a{site.index:04d}-{slugify(a.path)[-12:]}"', int(state["born"]), \
            "text/html; charset=utf-8"
        body = None
        site.fetched.add(path)
        state["last_article"] = now
        pub = state.get("pub")
        if pub and pub["site"] == site.index and path == pub["path"] and pub["article"] is None:
            pub["article"] = now
    else:
        site.count("other404")
        return 404, ["Content-Type: text/plain"], b"Not Found\n"
    if method not in ("GET", "HEAD"):
        site.count(f"{kind}405")
        return 405, ["Allow: GET, HEAD"], b""
    validators = [f"ETag: {etag}", f"Last-Modified: {formatdate(lm, usegmt=True)}", "Cache-Control: no-cache"]
    if _not_modified(headers, etag, lm):
        site.count(f"{kind}304")
        return 304, validators, None
    site.count(f"{kind}200")
    if body is None:
        body = site.listing() if kind == "listing" else site.article_page(site.by_path[path])
    return 200, [f"Content-Type: {ctype}", *validators], body


async def _read_request(reader: asyncio.StreamReader):
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), KEEPALIVE)
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    method, target, version = (parts + ["", "", ""])[:3]
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    length = int(headers.get("content-length") or 0)
    body = await reader.readexactly(length) if length else b""
    return method, target, version, headers, body


async def _respond(writer, status: int, extra: list[str], body: bytes | None, close: bool, head_only=False):
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}", f"Date: {formatdate(usegmt=True)}",
             "Server: nginx/1.22.1", *extra]
    if status != 304:
        lines.append(f"Content-Length: {len(body or b'')}")
    lines.append("Connection: close" if close else "Connection: keep-alive")
    data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    if body and status != 304 and not head_only:
        data += body
    writer.write(data)
    await writer.drain()


async def _serve_site(site: Site, state: dict, reader, writer) -> None:
    try:
        while True:
            method, target, version, headers, _ = await _read_request(reader)
            status, extra, body = answer(site, method, target, headers, state)
            close = headers.get("connection", "").lower() == "close" or version == "HTTP/1.0"
            await _respond(writer, status, extra, body, close, head_only=method == "HEAD")
            if close:
                break
    except (asyncio.TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError,
            ValueError):
        pass
    finally:
        writer.close()


async def _serve_control(sites: list[Site], state: dict, stop: asyncio.Event, reader, writer) -> None:
    """GET /stats: the counters (with ?times=1 each site's home-page request times too); POST /publish?site=K:
    the new article; POST /stop."""
    try:
        method, target, _, _, _ = await _read_request(reader)
        if target.startswith("/stats"):
            out = {"now": time.monotonic(), "last_article": state["last_article"], "pub": state.get("pub"),
                   "sites": [{"c": s.counts, "d": len(s.fetched), "n": len(s.articles)} for s in sites]}
            if "times=1" in target:
                for entry, s in zip(out["sites"], sites):
                    entry["t"] = s.listing_times
        elif target.startswith("/publish"):
            k = int(target.split("site=", 1)[1].split("&")[0])
            site = sites[k]
            a = jkn_article(k, date.today())
            state["pub"] = {"site": k, "path": a.path, "t": None, "listing": [], "article": None}
            site.publish(a)
            state["pub"]["t"] = time.monotonic()
            out = {**state["pub"], "url": site.base + a.path, "title": a.title, "etag": site.etag}
        elif target.startswith("/stop"):
            stop.set()
            out = {"stopping": True}
        else:
            out = {"error": "unknown"}
        await _respond(writer, 200, ["Content-Type: application/json"], json.dumps(out).encode(), True)
    except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, ValueError):
        pass
    finally:
        writer.close()


def serve_sites(n_sites: int, n_articles: int, seed: int, conn) -> None:
    """The server process: every site on its own port, one event loop; sends back the ports."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the benchmark, which stops us
    born = time.time() - 3600
    today = date.today()
    sites = [Site(i, n_articles, seed, today, born) for i in range(n_sites)]
    state = {"born": born, "last_article": 0.0, "pub": None}

    async def main() -> None:
        stop = asyncio.Event()
        servers = []
        for site in sites:
            srv = await asyncio.start_server(lambda r, w, s=site: _serve_site(s, state, r, w), "127.0.0.1", 0,
                                             backlog=64)
            site.base = f"http://127.0.0.1:{srv.sockets[0].getsockname()[1]}"
            servers.append(srv)
        ctl = await asyncio.start_server(lambda r, w: _serve_control(sites, state, stop, r, w), "127.0.0.1", 0)
        conn.send({"ports": [int(s.base.rsplit(":", 1)[1]) for s in sites],
                   "control": ctl.sockets[0].getsockname()[1], "pid": os.getpid()})
        conn.close()
        await stop.wait()

    asyncio.run(main())


class SitesClient:
    """The benchmark's side of the server process."""

    def __init__(self, n_sites: int, n_articles: int, seed: int):
        ctx = multiprocessing.get_context("fork")  # before any thread of ours starts
        mine, theirs = ctx.Pipe()
        self.proc = ctx.Process(target=serve_sites, args=(n_sites, n_articles, seed, theirs), daemon=True)
        self.proc.start()
        theirs.close()
        if not mine.poll(120):
            raise SystemExit("the fake sites did not start within 120 s")
        info = mine.recv()
        self.ports: list[int] = info["ports"]
        self.control = info["control"]
        self.pid = info["pid"]

    def _call(self, what: str, method: str = "GET") -> dict:
        req = urllib.request.Request(f"http://127.0.0.1:{self.control}/{what}", method=method,
                                     data=b"" if method == "POST" else None)
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read())

    def stats(self, times: bool = False) -> dict:
        return self._call("stats?times=1" if times else "stats")

    def publish(self, site: int) -> dict:
        return self._call(f"publish?site={site}", "POST")

    def close(self) -> None:
        try:
            self._call("stop", "POST")
        except OSError:
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(5)


def total_counts(stats: dict, only: list[int] | None = None) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, s in enumerate(stats["sites"]):
        if only is not None and i not in only:
            continue
        for k, v in s["c"].items():
            out[k] = out.get(k, 0) + v
    return out


def diff_counts(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {k: v - before.get(k, 0) for k, v in after.items() if v - before.get(k, 0)}


def listing_requests(counts: dict[str, int]) -> int:
    return sum(v for k, v in counts.items() if k.startswith("listing") and k[7:].isdigit())


def requests_of(counts: dict[str, int]) -> int:
    return sum(v for k, v in counts.items() if k[-3:].isdigit())


def by_kind(counts: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k, v in counts.items():
        if k[-3:].isdigit():
            out[k[:-3]] = out.get(k[:-3], 0) + v
    return out


# ====================================================================== the webhook receiver

class Webhook:
    """Records each alert POST with its arrival time (time.monotonic, the same clock as the server's)."""

    def __init__(self) -> None:
        self.posts: list[tuple[float, object]] = []
        self.lock = threading.Lock()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                t = time.monotonic()
                try:
                    body = json.loads(raw or b"null")
                except ValueError:
                    body = raw.decode("utf-8", "replace")
                with hook.lock:
                    hook.posts.append((t, body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.server.server_address[1]}/hook"

    def first_matching(self, word: str, after: float) -> float | None:
        with self.lock:
            return next((t for t, body in self.posts if t >= after and word in json.dumps(body, ensure_ascii=False)),
                        None)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# ====================================================================== /proc

def proc_stat(pid: int) -> dict | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            raw = fh.read().decode("latin-1")
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    f = raw[raw.rindex(")") + 2:].split()
    return {"state": f[0], "ppid": int(f[1]), "utime": int(f[11]), "stime": int(f[12]), "cutime": int(f[13]),
            "cstime": int(f[14]), "rss_mb": int(f[21]) * PAGE_MB}


def children_of(pid: int) -> list[int]:
    out = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except (FileNotFoundError, ProcessLookupError):
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out.extend(int(x) for x in fh.read().split())
        except (FileNotFoundError, ProcessLookupError):
            pass
    return out


def descendants(pid: int) -> list[int]:
    out, todo = [], children_of(pid)
    while todo:
        child = todo.pop()
        out.append(child)
        todo.extend(children_of(child))
    return out


def tree_cpu(pid: int) -> dict:
    """CPU seconds of ``pid`` (own, its reaped children's) and of its live descendants, read consistently:
    retried while a child was reaped (moving its time into cutime/cstime) during the reading."""
    snap = None
    for _ in range(20):
        a = proc_stat(pid)
        if a is None:
            return snap or {"self": 0.0, "reaped": 0.0, "live": 0.0, "n_live": 0, "total": 0.0}
        kids = descendants(pid)
        live = 0
        seen = []
        for k in kids:  # a live descendant: its own time and its reaped children's (live ones come separately)
            s = proc_stat(k)
            if s is not None:
                live += s["utime"] + s["stime"] + s["cutime"] + s["cstime"]
                seen.append(k)
        b = proc_stat(pid)
        if b is None:
            continue
        snap = {"self": (b["utime"] + b["stime"]) / CLK_TCK, "reaped": (b["cutime"] + b["cstime"]) / CLK_TCK,
                "live": live / CLK_TCK, "n_live": len(seen)}
        snap["total"] = snap["self"] + snap["reaped"] + snap["live"]
        if (a["cutime"], a["cstime"]) == (b["cutime"], b["cstime"]) and sorted(descendants(pid)) == sorted(kids):
            return snap
    return snap


def machine_cpu() -> tuple[float, float]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    with open("/proc/stat") as fh:
        v = [int(x) for x in fh.readline().split()[1:9]]
    idle = v[3] + v[4]
    return sum(v) - idle, sum(v)


class Sampler(threading.Thread):
    """RSS of the daemon and of its live descendants, every SAMPLE_EVERY seconds."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.samples: list[tuple[float, float, float, int]] = []  # (t, daemon MB, tree MB, live children)
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(SAMPLE_EVERY):
            me = proc_stat(self.pid)
            if me is None:
                return
            kids = [proc_stat(k) for k in descendants(self.pid)]
            kids = [k for k in kids if k is not None]
            self.samples.append((time.monotonic(), me["rss_mb"], me["rss_mb"] + sum(k["rss_mb"] for k in kids),
                                 len(kids)))

    def between(self, t0: float, t1: float):
        return [s for s in self.samples if t0 <= s[0] <= t1]


def slope_per_hour(points: list[tuple[float, float]]) -> float:
    n = len(points)
    if n < 2:
        return 0.0
    mx = sum(p[0] for p in points) / n
    my = sum(p[1] for p in points) / n
    den = sum((p[0] - mx) ** 2 for p in points)
    return 0.0 if not den else sum((p[0] - mx) * (p[1] - my) for p in points) / den * 3600


# ====================================================================== config and processes

def dur(seconds: float) -> str:
    return f'"{seconds:g}s"'


def write_config(path: Path, sites: list[tuple[str, int]], every: float, jitter: float, hook_url: str,
                 pin: bool) -> None:
    """One [[sources]] per (name, port); the interval pinned to ``every`` with ``pin``."""
    lines = ["[schedule]", f"every = {dur(every)}", f"jitter = {dur(jitter)}"]
    if pin:
        lines += [f"min_every = {dur(every)}", f"max_every = {dur(every)}"]
    lines += ["", "[alerts]", f'urls = ["{hook_url}"]', ""]
    for name, port in sites:
        lines += ["[[sources]]", f'name = "{name}"', f'start_urls = ["http://127.0.0.1:{port}/"]',
                  'allowed_domains = ["127.0.0.1"]', ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def uhcwatch(args: list[str], env: dict, cwd: Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "uhcwatch", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, **kw)


def check_config(cfg: Path, sites, every, jitter, hook_url, pin: bool, env, work: Path) -> tuple[bool, str | None]:
    """Write the config and have `uhcwatch sources` read it; drop the pin keys when it does not know them."""
    write_config(cfg, sites, every, jitter, hook_url, pin)
    check = uhcwatch(["sources", "--config", str(cfg), "--db", str(work / "validate.db")], env, work)
    note = None
    if check.returncode != 0 and pin and re.search(r"min_every|max_every", check.stderr):
        said = [x.strip() for x in check.stderr.splitlines() if re.search(r"min_every|max_every", x)]
        note = (f"this uhcwatch refuses [schedule] min_every/max_every ({'; '.join(said)[:200]}); written "
                "without them (its interval is fixed at every anyway)")
        log("note: " + note)
        pin = False
        write_config(cfg, sites, every, jitter, hook_url, pin)
        check = uhcwatch(["sources", "--config", str(cfg), "--db", str(work / "validate.db")], env, work)
    if check.returncode != 0:
        raise SystemExit(f"uhcwatch sources refused the config {cfg}:\n{check.stderr}")
    return pin, note


def stop_process(proc: subprocess.Popen, grace: float = 90.0) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        log(f"daemon pid {proc.pid} did not stop in {grace:.0f}s; killing it and its children")
        for k in descendants(proc.pid):
            try:
                os.kill(k, signal.SIGKILL)
            except ProcessLookupError:
                pass
        proc.kill()
        proc.wait()


def max_gap(times: list[float], t0: float, t1: float) -> float:
    """The longest a site went without a poll during [t0, t1]: from its last poll before t0 (or t0 when it had
    none) through its polls in the window to t1."""
    before = [t for t in times if t < t0]
    points = [before[-1] if before else t0] + [t for t in times if t0 <= t <= t1] + [t1]
    return max(b - a for a, b in zip(points, points[1:]))


def site_done(stats_site: dict) -> bool:
    return stats_site["d"] >= stats_site["n"] and stats_site["c"].get("listing200", 0) >= 1


def baseline_poll(name: str, index: int, cfg1: Path, db: Path, env: dict, work: Path, sites: SitesClient) -> dict:
    """One `uhcwatch crawl --source NAME` in a child; its CPU (wait4 rusage) and the requests it made."""
    before = sites.stats()["sites"][index]["c"]
    out = open(work / "baseline.log", "a")
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, "-m", "uhcwatch", "crawl", "--config", str(cfg1), "--db", str(db),
                          "--source", name], env=env, cwd=work, stdout=out, stderr=out, stdin=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - t0
    out.close()
    time.sleep(0.2)
    counts = diff_counts(sites.stats()["sites"][index]["c"], before)
    return {"cpu": round(ru.ru_utime + ru.ru_stime, 3), "wall": round(wall, 2), "exit": p.returncode,
            "max_rss_mb": round(ru.ru_maxrss / 1024, 1), "requests": requests_of(counts), "counts": counts}


def log_lines(path: Path, start: int, end: int | None = None) -> list[str]:
    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read() if end is None else fh.read(max(0, end - start))
    return data.decode("utf-8", "replace").splitlines()


def summarize_log(lines: list[str]) -> dict:
    out = {"lines": len(lines), "warnings": sum(" WARNING " in x for x in lines),
           "errors": sum(" ERROR " in x or "Traceback" in x for x in lines),
           "crawls_logged": sum(bool(re.search(r"crawl of \S+ .* in \d+s", x)) for x in lines)}
    bad = [x for x in lines if " ERROR " in x or "Traceback" in x or " WARNING " in x]
    if bad:
        out["first_problems"] = bad[:3]
    return out


# ====================================================================== the benchmark

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", type=int, default=1000, help="fake sites, one source each (default 1000)")
    ap.add_argument("--every", type=float, default=60.0, help="poll interval in seconds (default 60)")
    ap.add_argument("--duration", type=float, default=600.0, help="the nothing-new window in seconds (default 600)")
    ap.add_argument("--warmup-timeout", type=float, default=900.0,
                    help="longest wait for every site's first crawl, seconds (default 900); then measure anyway")
    ap.add_argument("--articles", type=int, default=20, help="articles on each site's home page (default 20)")
    ap.add_argument("--jitter", type=float, default=None,
                    help="[schedule] jitter in seconds (default 2 when --every >= 20, else 0)")
    ap.add_argument("--pin", action=argparse.BooleanOptionalAction, default=True,
                    help="write [schedule] min_every = max_every = every (default on)")
    ap.add_argument("--prewarm", action="store_true",
                    help="crawl every source once with `uhcwatch crawl` before the daemon starts")
    ap.add_argument("--alert-timeout", type=float, default=None,
                    help="longest wait for the new article's alert, seconds (default 2 x every + 60)")
    ap.add_argument("--baseline-runs", type=int, default=3, help="old-way polls to measure (default 3)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object instead")
    ap.add_argument("--keep", action="store_true", help="keep the work directory (config, database, logs)")
    args = ap.parse_args()
    if args.sources < 1 or args.every <= 0 or args.duration <= 0 or args.articles < 1:
        ap.error("--sources, --every, --duration and --articles must be positive")
    jitter = args.jitter if args.jitter is not None else (2.0 if args.every >= 20 else 0.0)
    alert_timeout = args.alert_timeout or 2 * args.every + 60

    sites = SitesClient(args.sources, args.articles, args.seed)  # forks: before our threads
    hook = Webhook()
    work = Path(tempfile.mkdtemp(prefix="polling_bench."))
    env = {k: v for k, v in os.environ.items() if k not in ("UHCWATCH_ALERT_URLS", "UHCWATCH_DB", "UHCWATCH_CONFIG")}
    proc = sampler = None
    result: dict = {"sources": args.sources, "every": args.every, "jitter": jitter, "duration": args.duration,
                    "articles_per_site": args.articles}
    try:
        where = subprocess.run(
            [sys.executable, "-c", "import os, uhcwatch; print(os.path.realpath(uhcwatch.__file__))"],
            env=env, cwd=work, capture_output=True, text=True)
        result["uhcwatch"] = os.path.dirname(where.stdout.strip()) or where.stderr.strip()[-200:]
        commit = subprocess.run(["git", "-C", result["uhcwatch"], "describe", "--always", "--dirty"],
                                capture_output=True, text=True)
        result["uhcwatch_commit"] = commit.stdout.strip() or None
        log(f"uhcwatch from {result['uhcwatch']} ({result['uhcwatch_commit']}); {args.sources} sites on 127.0.0.1 "
            f"(server pid {sites.pid}); work dir {work}")

        cfg, db = work / "cfg.toml", work / "bench.db"
        named = [(f"site{i:04d}", port) for i, port in enumerate(sites.ports)]
        pinned, note = check_config(cfg, named, args.every, jitter, hook.url, args.pin, env, work)
        result["pinned"], result["pin_note"] = pinned, note

        if args.prewarm:
            log("prewarm: one `uhcwatch crawl` of all sources ...")
            t0 = time.monotonic()
            pre = uhcwatch(["crawl", "--config", str(cfg), "--db", str(db), "-q"], env, work)
            (work / "prewarm.log").write_text(pre.stdout + pre.stderr)
            st = sites.stats()
            done = sum(site_done(s) for s in st["sites"])
            result["prewarm"] = {"seconds": round(time.monotonic() - t0, 1), "exit": pre.returncode,
                                 "sites_done": done, "requests": requests_of(total_counts(st))}
            log(f"prewarm: {done}/{args.sources} sites crawled in {result['prewarm']['seconds']}s "
                f"(exit {pre.returncode})")

        # ---------------------------------------------------------------- the daemon and its warm-up
        start_counts = [dict(s["c"]) for s in sites.stats()["sites"]]
        daemon_log = work / "daemon.log"
        logfh = open(daemon_log, "w")
        t_start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "uhcwatch", "run", "--config", str(cfg), "--db", str(db)],
                                env=env, cwd=work, stdout=logfh, stderr=logfh, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        sampler = Sampler(proc.pid)
        sampler.start()
        log(f"daemon pid {proc.pid} started; warm-up (up to {args.warmup_timeout:g}s) ...")
        last_note = 0.0
        while True:
            time.sleep(1.0)
            if proc.poll() is not None:
                raise SystemExit(f"the daemon exited with {proc.returncode} during warm-up:\n"
                                 + "\n".join(log_lines(daemon_log, 0)[-20:]))
            st = sites.stats()
            polled = [listing_requests(s["c"]) - listing_requests(start_counts[i]) >= 1
                      for i, s in enumerate(st["sites"])]
            done = [site_done(s) and p for s, p in zip(st["sites"], polled)]
            quiet = st["now"] - st["last_article"]
            elapsed = time.monotonic() - t_start
            if all(done) and quiet >= QUIET_AFTER_ARTICLES:
                complete = True
                break
            if elapsed >= args.warmup_timeout:
                complete = False
                break
            if elapsed - last_note >= 15:
                last_note = elapsed
                log(f"warm-up {elapsed:.0f}s: {sum(polled)}/{args.sources} sites polled by the daemon, "
                    f"{sum(done)} fully crawled")
        warm = [i for i, d in enumerate(done) if d]
        result["warmup"] = {"seconds": round(time.monotonic() - t_start, 1), "complete": complete,
                            "sites_polled": sum(polled), "sites_done": len(warm),
                            "requests": diff_counts(total_counts(st), total_counts({"sites": [
                                {"c": c} for c in start_counts]}))}
        log(f"warm-up {'complete' if complete else 'CUT at --warmup-timeout'} after "
            f"{result['warmup']['seconds']}s: {len(warm)}/{args.sources} sites fully crawled")

        # ---------------------------------------------------------------- nothing new
        log(f"nothing-new window: {args.duration:g}s ...")
        log_start = daemon_log.stat().st_size
        st0 = sites.stats()
        cpu0, mach0 = tree_cpu(proc.pid), machine_cpu()
        srv0 = proc_stat(sites.pid)
        me0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = last_note = time.monotonic()
        while time.monotonic() - t0 < args.duration:
            time.sleep(max(0.0, min(2.0, args.duration - (time.monotonic() - t0))))
            if proc.poll() is not None:
                raise SystemExit(f"the daemon exited with {proc.returncode} during the window:\n"
                                 + "\n".join(log_lines(daemon_log, 0)[-20:]))
            if time.monotonic() - last_note >= 60:
                last_note = time.monotonic()
                log(f"window {last_note - t0:.0f}/{args.duration:g}s")
        cpu1, mach1 = tree_cpu(proc.pid), machine_cpu()
        t1 = time.monotonic()
        st1 = sites.stats(times=True)
        srv1 = proc_stat(sites.pid)
        me1 = resource.getrusage(resource.RUSAGE_SELF)
        log_end = daemon_log.stat().st_size
        window = t1 - t0

        counts = diff_counts(total_counts(st1), total_counts(st0))
        per_site = [listing_requests(a["c"]) - listing_requests(b["c"]) for a, b in zip(st1["sites"], st0["sites"])]
        polls = sum(per_site)
        requests = requests_of(counts)
        cpu = cpu1["total"] - cpu0["total"]
        expected = args.sources * window / (args.every + jitter / 2)
        samples = sampler.between(t0, t1)
        daemon_rss = [(s[0] - t0, s[1]) for s in samples]
        warm_set = set(warm)
        late_after = args.every + jitter + 5
        gaps = [max_gap(s["t"], t0, t1) for s in st1["sites"]]
        polls_warm = sum(n for i, n in enumerate(per_site) if i in warm_set)
        result["window"] = {
            "seconds": round(window, 1),
            "cpu_seconds": round(cpu, 2),
            "cpu_daemon_itself": round(cpu1["self"] - cpu0["self"], 2),
            "cpu_children": round((cpu1["reaped"] + cpu1["live"]) - (cpu0["reaped"] + cpu0["live"]), 2),
            "cpu_share_of_one_core": round(cpu / window, 3),
            "machine_busy_share_of_all_cores": round((mach1[0] - mach0[0]) / max(1, mach1[1] - mach0[1]), 3),
            "polls": polls,
            "polls_of_warm_sites": polls_warm,
            "expected_polls": round(expected, 1),
            "schedule_kept": round(polls / expected, 3) if expected else None,
            "sites_polled": sum(n > 0 for n in per_site),
            "sites_never_polled": sum(n == 0 for n in per_site),
            "max_poll_gap_per_site": {"median": round(median(gaps), 1), "max": round(max(gaps), 1)},
            "late_sites": sum(g > late_after for g in gaps),
            "late_after_seconds": late_after,
            "polls_per_site": {"min": min(per_site), "median": median(per_site), "max": max(per_site)},
            "requests": requests,
            "requests_per_poll": round(requests / polls, 3) if polls else None,
            "per_poll_by_kind": {k: round(v / polls, 3) for k, v in sorted(by_kind(counts).items())} if polls else {},
            "counts": dict(sorted(counts.items())),
            "first_crawl_requests": {"article": by_kind(counts).get("article", 0),
                                     "listing_unconditional": polls - counts.get("listing_cond", 0)},
            "cpu_per_poll": round(cpu / polls, 4) if polls else None,
            "peak_rss_mb_daemon_and_children": round(max((s[2] for s in samples), default=0), 1),
            "peak_live_children": max((s[3] for s in samples), default=0),
            "daemon_rss_mb": {"first": round(daemon_rss[0][1], 1), "middle": round(daemon_rss[len(daemon_rss) // 2][1], 1),
                              "last": round(daemon_rss[-1][1], 1), "max": round(max(r for _, r in daemon_rss), 1),
                              "slope_mb_per_hour": round(slope_per_hour(daemon_rss), 2)} if daemon_rss else None,
            "server_cpu_seconds": round(((srv1["utime"] + srv1["stime"]) - (srv0["utime"] + srv0["stime"])) / CLK_TCK, 2)
            if srv0 and srv1 else None,
            "bench_cpu_seconds": round((me1.ru_utime + me1.ru_stime) - (me0.ru_utime + me0.ru_stime), 2),
            "daemon_log": summarize_log(log_lines(daemon_log, log_start, log_end)),
        }

        # ---------------------------------------------------------------- one new article
        candidates = warm or list(range(args.sources))
        k = candidates[len(candidates) // 2]
        pub = sites.publish(k)
        log(f"published {pub['url']} on site{k:04d}; waiting up to {alert_timeout:g}s for its alert ...")
        alert_t = None
        deadline = pub["t"] + alert_timeout
        while time.monotonic() < deadline and proc.poll() is None:
            alert_t = hook.first_matching("Grobogan", pub["t"])
            if alert_t is not None:
                break
            time.sleep(0.1)
        info = sites.stats()["pub"] or {}
        after_listing = [t - pub["t"] for t in info.get("listing", [])]
        result["new_article"] = {
            "site": f"site{k:04d}", "url": pub["url"],
            "listing_polled_after": round(after_listing[0], 2) if after_listing else None,
            "article_fetched_after": round(info["article"] - pub["t"], 2) if info.get("article") else None,
            "alert_after": round(alert_t - pub["t"], 2) if alert_t is not None else None,
            "goal_seconds": args.every + 5,
            "within_goal": alert_t is not None and alert_t - pub["t"] <= args.every + 5,
            "waited": round(min(time.monotonic(), deadline) - pub["t"], 1),
        }
        result["peak_rss_mb_whole_run"] = round(max((s[2] for s in sampler.samples), default=0), 1)
        log("stopping the daemon ...")
        sampler.stop.set()
        stop_process(proc)
        logfh.close()
        result["daemon_exit"] = proc.returncode

        # ---------------------------------------------------------------- baseline: one poll the old way
        base_k = next((i for i in warm if i != k), None)
        if base_k is None:
            base_k = 0 if k != 0 else min(1, args.sources - 1)
        cfg1 = work / "cfg1.toml"
        name = named[base_k][0]
        write_config(cfg1, [named[base_k]], args.every, jitter, hook.url, pinned)
        runs = []
        if not site_done(sites.stats()["sites"][base_k]):
            log(f"baseline: {name} was never fully crawled; one crawl first (not counted)")
            baseline_poll(name, base_k, cfg1, db, env, work, sites)
        for r in range(args.baseline_runs):
            runs.append(baseline_poll(name, base_k, cfg1, db, env, work, sites))
            log(f"baseline {r + 1}/{args.baseline_runs}: `uhcwatch crawl --source {name}` "
                f"{runs[-1]['cpu']:.2f} CPU-s, {runs[-1]['requests']} requests, {runs[-1]['wall']:.1f}s wall")
        b_cpu = median(r["cpu"] for r in runs)
        b_req = median(r["requests"] for r in runs)
        result["baseline"] = {"source": name, "command": f"python -m uhcwatch crawl --config cfg1.toml --db bench.db "
                              f"--source {name}", "runs": runs, "cpu_median": b_cpu, "requests_median": b_req}
        w = result["window"]
        result["ratios"] = {
            "cpu_per_poll_vs_baseline": round(w["cpu_per_poll"] / b_cpu, 3) if w["cpu_per_poll"] and b_cpu else None,
            "requests_per_poll_vs_baseline": round(w["requests_per_poll"] / b_req, 3)
            if w["requests_per_poll"] and b_req else None}
        rss = w["daemon_rss_mb"]
        result["goals"] = {
            "cpu_per_poll_le_0.10s": w["cpu_per_poll"] is not None and w["cpu_per_poll"] <= 0.10,
            "requests_per_poll_about_1": w["requests_per_poll"] is not None and w["requests_per_poll"] <= 1.1,
            "memory_flat": bool(rss) and rss["last"] - rss["first"] <= max(5.0, 0.05 * rss["first"]),
            "alert_within_interval_plus_5s": result["new_article"]["within_goal"],
            "no_source_late": w["late_sites"] == 0,
        }
    finally:
        if sampler is not None:
            sampler.stop.set()
        if proc is not None:
            stop_process(proc, 60)
        sites.close()
        hook.close()
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print_report(result)
    return 0


def print_report(r: dict) -> None:
    w, na, b, ratios, goals = r["window"], r["new_article"], r["baseline"], r["ratios"], r["goals"]
    yes = {True: "ok", False: "NOT MET"}
    print(f"uhcwatch {r['uhcwatch']} ({r.get('uhcwatch_commit')}): {r['sources']} sources, every {r['every']:g}s, "
          f"jitter {r['jitter']:g}s, pinned {'yes' if r['pinned'] else 'no'}, {r['articles_per_site']} articles/site")
    if r.get("pin_note"):
        print(f"  note: {r['pin_note']}")
    if "prewarm" in r:
        p = r["prewarm"]
        print(f"prewarm: `uhcwatch crawl` of all sources, {p['seconds']}s, {p['sites_done']} sites crawled")
    wu = r["warmup"]
    print(f"warm-up: {'complete' if wu['complete'] else 'CUT by --warmup-timeout'} in {wu['seconds']}s; "
          f"{wu['sites_polled']} sites polled by the daemon, {wu['sites_done']} fully crawled")
    print(f"nothing new, {w['seconds']:g}s:")
    print(f"  daemon CPU {w['cpu_seconds']:.2f}s (itself {w['cpu_daemon_itself']:.2f}, children "
          f"{w['cpu_children']:.2f}) = {100 * w['cpu_share_of_one_core']:.1f}% of one core; machine "
          f"{100 * w['machine_busy_share_of_all_cores']:.0f}% busy (all cores)")
    pps = w["polls_per_site"]
    print(f"  polls {w['polls']} of {w['expected_polls']:g} scheduled ({100 * (w['schedule_kept'] or 0):.0f}%); "
          f"sites polled {w['sites_polled']}/{r['sources']} (never: {w['sites_never_polled']}); per site "
          f"min/median/max {pps['min']}/{pps['median']:g}/{pps['max']}")
    gap = w["max_poll_gap_per_site"]
    print(f"  longest time without a poll, per site: median {gap['median']:g}s, worst {gap['max']:g}s; "
          f"{w['late_sites']} sites went more than {w['late_after_seconds']:g}s (every + jitter + 5 s) unpolled")
    if w["polls"]:
        kinds = ", ".join(f"{k} {v:g}" for k, v in w["per_poll_by_kind"].items())
        print(f"  requests {w['requests']} = {w['requests_per_poll']:g} per poll ({kinds}); by status: "
              + ", ".join(f"{k} {v}" for k, v in w["counts"].items() if k[-3:].isdigit()))
        print(f"  CPU per poll {w['cpu_per_poll']:.3f}s")
    fc = w["first_crawl_requests"]
    if fc["article"] or fc["listing_unconditional"]:
        print(f"  (in the window: {fc['article']} article requests, {fc['listing_unconditional']} unconditional "
              f"home-page requests: first crawls, not unchanged polls)")
    rss = w["daemon_rss_mb"] or {}
    print(f"  peak RSS daemon + children {w['peak_rss_mb_daemon_and_children']:.0f} MB "
          f"(live children at most {w['peak_live_children']}); daemon RSS first/middle/last/max "
          f"{rss.get('first')}/{rss.get('middle')}/{rss.get('last')}/{rss.get('max')} MB, slope "
          f"{rss.get('slope_mb_per_hour')} MB/h")
    print(f"  fake sites' server {w['server_cpu_seconds']}s CPU, this benchmark {w['bench_cpu_seconds']}s CPU; "
          f"daemon log: {w['daemon_log']['lines']} lines, {w['daemon_log']['warnings']} warnings, "
          f"{w['daemon_log']['errors']} errors")
    for line in w["daemon_log"].get("first_problems", []):
        print(f"    {line[:200]}")
    def after(key: str, what: str) -> str:
        return f"{what} after {na[key]:g}s" if na[key] is not None else f"{what}: no"
    print(f"one new article on {na['site']}: " + ", ".join([after("listing_polled_after", "home page polled"),
          after("article_fetched_after", "article fetched"), after("alert_after", "alert")])
          + (f" (waited {na['waited']:g}s)" if na["alert_after"] is None else "")
          + f"; goal <= {na['goal_seconds']:g}s: {yes[na['within_goal']]}")
    print(f"baseline, one poll the old way ({b['command']}), {len(b['runs'])} runs: CPU "
          + ", ".join(f"{x['cpu']:.2f}" for x in b["runs"]) + f" s (median {b['cpu_median']:.2f}); requests "
          + ", ".join(str(x["requests"]) for x in b["runs"])
          + f" ({', '.join(f'{k} {v}' for k, v in b['runs'][-1]['counts'].items() if k[-3:].isdigit())}); wall "
          + ", ".join(f"{x['wall']:.1f}" for x in b["runs"]) + " s")
    print(f"daemon vs baseline: CPU per poll x{ratios['cpu_per_poll_vs_baseline']}, requests per poll "
          f"x{ratios['requests_per_poll_vs_baseline']}")
    print("goals: " + "; ".join(f"{k} {yes[v]}" for k, v in goals.items()))


if __name__ == "__main__":
    sys.exit(main())
