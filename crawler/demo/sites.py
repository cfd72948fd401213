"""Fake Indonesian news sites, built in memory for offline tests and the demo.

A site is a map ``path -> Page`` plus the list of articles it posts, so a test
knows which announcement to expect at which URL. Four styles cover the ways
the crawler has to discover articles on real outlets (``layouts`` adds two
that cover the ways pages are built around an article):

- ``wordpress``: home and category listings, an RSS feed, robots.txt naming
  a Yoast-style sitemap index; article pages full of boilerplate.
- ``sitemap_only``: nothing to follow on the home page; only robots.txt ->
  sitemap index -> Google News sitemap and monthly sitemaps lead to articles.
- ``listing_only``: no feed, no sitemap; a paginated index, and long articles
  split over two pages (``?page=2``).
- ``legacy_cp1252``: an old CMS whose pages are windows-1252, declared only in
  a ``<meta http-equiv>`` tag, with an RSS feed in the same encoding.

Links are written with a ``{base}`` placeholder (``BASE``) wherever a real
site writes absolute URLs; the server replaces it with its own
``http://127.0.0.1:PORT`` when serving, since the port is only known then.

Release (the demo): with ``release_every > 0`` post *i* appears at
``i * release_every`` seconds after server start. Article pages carry that
time in ``Page.visible_from``; listings, feeds and sitemaps are rendered
per number of visible posts (``Site.page(path, now)``), so a crawler sees
new articles show up at the top of the feed, as on a live site.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import importlib.resources
import itertools
import json
import math
import random
import re
import unicodedata
from dataclasses import dataclass, field, replace
from email.utils import format_datetime
from html import escape
from typing import Callable, Iterable, Mapping, Sequence

BASE = "{base}"
WIB = dt.timezone(dt.timedelta(hours=7))
HTML = "text/html; charset=UTF-8"

# ---------------------------------------------------------------------------
# Data model


@dataclass(frozen=True)
class Article:
    """A news story as written: paragraphs of ``text`` are separated by blank lines."""

    title: str
    published: dt.date
    text: str
    id: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]

    @classmethod
    def from_dict(cls, d: Mapping) -> Article:
        return cls(d["title"], dt.date.fromisoformat(str(d["published"])[:10]), d["text"], d.get("id", ""))


@dataclass(frozen=True)
class Page:
    """One HTTP resource. ``body`` may contain ``{base}``, filled in by the server."""

    body: bytes
    content_type: str
    last_modified: dt.datetime
    visible_from: float = 0

    @functools.cached_property
    def etag(self) -> str:
        return '"%s"' % hashlib.blake2b(self.body, digest_size=8).hexdigest()


@dataclass(frozen=True)
class Post:
    """An article as one site posts it: where, when, and whether it is filler.

    ``pages`` lists every URL path the article spans (more than one only on
    ``listing_only``); ``path`` is the first. ``filler`` posts must yield no
    announcement; the others carry the sample article given to ``build_site``.
    """

    article: Article
    filler: bool
    number: int  # the site's post id (in /read/<number>/ and berita.php?id=)
    slug: str
    category: str
    published: dt.datetime  # aware, WIB
    posted: dt.datetime  # what listings report as their Last-Modified once this post is on them
    visible_from: float
    path: str = ""
    pages: tuple[str, ...] = ()


@dataclass
class Site:
    """A built site: static pages plus listings rendered from the visible posts."""

    name: str
    style: str
    title: str
    posts: list[Post]  # in posting order, oldest first
    static: dict[str, Page]
    render_index: Callable[[Sequence[Post]], dict[str, Page]]  # newest-first visible posts -> listing pages
    _index_cache: dict[int, dict[str, Page]] = field(default_factory=dict, repr=False)

    def visible_posts(self, now: float = math.inf) -> list[Post]:
        """Posts released by ``now`` (seconds since server start), oldest first."""
        return self.posts[: bisect.bisect_right(self.posts, now, key=lambda p: p.visible_from)]

    def page(self, path: str, now: float = math.inf) -> Page | None:
        """What ``path`` (with its query string) shows at ``now``; None for 404."""
        page = self.static.get(path)
        if page is not None:
            return page if page.visible_from <= now else None
        return self._index(now).get(path)

    def pages(self, now: float = math.inf) -> dict[str, Page]:
        """Every page that answers 200 at ``now``."""
        visible = {path: page for path, page in self.static.items() if page.visible_from <= now}
        return visible | self._index(now)

    def _index(self, now: float) -> dict[str, Page]:
        # Listings depend only on how many posts are out, so render once per count.
        # Two threads may render the same count at once; both results are equal.
        visible = self.visible_posts(now)
        if len(visible) not in self._index_cache:
            self._index_cache[len(visible)] = self.render_index(visible[::-1])
        return self._index_cache[len(visible)]


def load_sample_articles() -> list[Article]:
    """The bundled sample articles (crawler/demo/articles/*.json), by file name."""
    folder = importlib.resources.files(__package__) / "articles"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    return [Article.from_dict(json.loads(f.read_text(encoding="utf-8"))) for f in files]


def _schedule(samples: list[Article], n_filler: int, seed: int, release_every: float) -> list[Post]:
    """Mix samples and filler into posts, in posting order."""
    dates = [a.published for a in samples] or [dt.date(2023, 1, 2), dt.date(2023, 12, 28)]
    first, last = min(dates), max(dates)
    filler = iter(_filler(i, seed, first, last) for i in range(n_filler))
    total = len(samples) + n_filler
    # Sample j goes to slot floor(j * total / len(samples)): evenly spread, first slot a sample.
    sample_at = {j * total // len(samples): (a, "kesehatan", False) for j, a in enumerate(samples)}
    mixed = [sample_at[i] if i in sample_at else (*next(filler), True) for i in range(total)]

    rng = random.Random(f"{seed}:schedule")
    stamped = [(*m, dt.datetime.combine(m[0].published, dt.time(rng.randint(6, 21), rng.randrange(60)), WIB))
               for m in mixed]
    if release_every <= 0:
        stamped.sort(key=lambda s: s[3])
    latest = max((s[3] for s in stamped), default=dt.datetime(2023, 1, 1, tzinfo=WIB))
    slugs: set[str] = set()
    posts = []
    for i, (article, category, is_filler, published) in enumerate(stamped):
        # Released posts get distinct, increasing "posted" minutes: listings' Last-Modified
        # must move forward with every release even when the article's own date is old.
        posted = published if release_every <= 0 else latest + dt.timedelta(minutes=i + 1)
        posts.append(Post(article=article, filler=is_filler, number=31000 + 13 * i,
                          slug=_unique_slug(article.title, slugs), category=category, published=published,
                          posted=posted, visible_from=i * release_every if release_every > 0 else 0.0))
    return posts


def _unique_slug(title: str, taken: set[str]) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-") or "berita"
    if len(slug) > 80:
        slug = slug[:81].rsplit("-", 1)[0]
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    taken.add(candidate)
    return candidate


# ---------------------------------------------------------------------------
# Filler: plausible regional news about everything else
#
# Each topic has title, lead, fact and quote templates. Slots in braces are
# filled from the article's fixed context (its region, official, date) or
# drawn fresh at each use (numbers, people, villages), so two articles of one
# topic share structure but not facts. The topics marked JKN talk about
# hospitals, premiums, arrears or BPJS Ketenagakerjaan: they pass a keyword
# prefilter ("BPJS Kesehatan", "JKN", "jaminan kesehatan") yet state no
# region's coverage, so the extractor must find nothing in them.

REGIONS = [  # (official name, province)
    ("Kabupaten Grobogan", "Jawa Tengah"), ("Kabupaten Kendal", "Jawa Tengah"), ("Kota Salatiga", "Jawa Tengah"),
    ("Kabupaten Blora", "Jawa Tengah"), ("Kota Tegal", "Jawa Tengah"), ("Kabupaten Banyuwangi", "Jawa Timur"),
    ("Kota Kediri", "Jawa Timur"), ("Kabupaten Jember", "Jawa Timur"), ("Kabupaten Garut", "Jawa Barat"),
    ("Kota Tasikmalaya", "Jawa Barat"), ("Kabupaten Cianjur", "Jawa Barat"), ("Kabupaten Sleman", "DI Yogyakarta"),
    ("Kabupaten Gunungkidul", "DI Yogyakarta"), ("Kabupaten Lebak", "Banten"), ("Kota Serang", "Banten"),
    ("Kabupaten Deli Serdang", "Sumatera Utara"), ("Kota Pematangsiantar", "Sumatera Utara"),
    ("Kabupaten Agam", "Sumatera Barat"), ("Kota Padang", "Sumatera Barat"), ("Kabupaten Kampar", "Riau"),
    ("Kota Dumai", "Riau"), ("Kabupaten Muaro Jambi", "Jambi"), ("Kabupaten Ogan Ilir", "Sumatera Selatan"),
    ("Kota Lubuklinggau", "Sumatera Selatan"), ("Kabupaten Lampung Tengah", "Lampung"),
    ("Kabupaten Rejang Lebong", "Bengkulu"), ("Kota Pontianak", "Kalimantan Barat"),
    ("Kabupaten Kutai Kartanegara", "Kalimantan Timur"), ("Kota Banjarbaru", "Kalimantan Selatan"),
    ("Kabupaten Gowa", "Sulawesi Selatan"), ("Kota Parepare", "Sulawesi Selatan"),
    ("Kabupaten Minahasa", "Sulawesi Utara"), ("Kota Kendari", "Sulawesi Tenggara"),
    ("Kabupaten Lombok Tengah", "Nusa Tenggara Barat"), ("Kabupaten Sikka", "Nusa Tenggara Timur"),
    ("Kabupaten Gianyar", "Bali"), ("Kota Ambon", "Maluku"), ("Kabupaten Jayapura", "Papua"), ("Kabupaten Pidie", "Aceh"),
]
FIRST_NAMES = ("Agus Budi Sri Dewi Hendra Rina Bambang Siti Yusuf Ratna Eko Nur Ahmad Fitri Joko Wahyu Lestari Rudi "
               "Yanti Dedi Andi Made Ketut Hasan Indah Teguh Maria Stefanus Fransiska Rahmat Ilham Novi").split()
LAST_NAMES = ("Santoso Wijaya Hidayat Rahayu Saputra Kurniawan Setiawan Nasution Siregar Pratama Lubis Harahap "
              "Susanti Gunawan Purnomo Wibowo Syahputra Manurung Tanjung Handayani Sembiring Marpaung Rompas").split()
PLACE_NAMES = ("Sukamaju Sidorejo Karanganyar Mekarsari Tanjungsari Sumberrejo Margomulyo Banjarsari Wonosari "
               "Sukajadi Bojongsari Cibeber Tegalrejo Purwodadi Sindangsari Kedungwungu Pagersari Rawasari").split()
MARKETS = ("Induk", "Kota", "Baru", "Legi", "Kliwon", "Sentral", "Wage", "Inpres")
RIVERS = ("Serang", "Lusi", "Cimanuk", "Bengawan", "Batang Hari", "Kampar", "Musi", "Jeneberang", "Lematang")
UNIVERSITIES = ("Diponegoro", "Jenderal Soedirman", "Andalas", "Hasanuddin", "Lampung", "Jember", "Sriwijaya")
COMMODITIES = ("cabai rawit", "cabai merah keriting", "bawang merah", "bawang putih", "telur ayam ras",
               "daging ayam", "gula pasir", "minyak goreng curah")
HOLIDAYS = ("Ramadan", "Idul Fitri", "Idul Adha", "Natal dan Tahun Baru")
TEAMS = (("Persis Solo", "Manahan"), ("PSIS Semarang", "Jatidiri"), ("Persebaya", "Gelora Bung Tomo"),
         ("Persib", "Gelora Bandung Lautan Api"), ("PSM Makassar", "BJ Habibie"), ("Arema FC", "Kanjuruhan"),
         ("Bali United", "Kapten I Wayan Dipta"), ("PSS Sleman", "Maguwoharjo"), ("Persita", "Indomilk Arena"))
PARTIES = ("PDI Perjuangan", "Golkar", "Gerindra", "PKB", "NasDem", "PKS", "Demokrat", "PAN", "PPP")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _dec(x: float, places: int = 1) -> str:
    return f"{x:.{places}f}".replace(".", ",")


def _rupiah(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"Rp {rng.randrange(50, 950, 5)} juta"
    return f"Rp {_dec(rng.uniform(1.1, 98))} miliar"


FRESH: dict[str, Callable[[random.Random], str]] = {  # slots drawn anew at every use
    "n": lambda r: str(r.randint(12, 950)),
    "n_small": lambda r: str(r.randint(2, 12)),
    "nk": lambda r: _num(r.randint(1_000, 95_000)),
    "voters": lambda r: _num(r.randint(150_000, 1_900_000)),
    "tps": lambda r: _num(r.randint(400, 3_800)),
    "pct": lambda r: f"{_dec(r.uniform(2, 85))} persen",
    "pct_small": lambda r: f"{_dec(r.uniform(0.1, 3.0), 2)} persen",
    "pct_high": lambda r: f"{_dec(r.uniform(55, 92))} persen",
    "pct_low": lambda r: f"{_dec(r.uniform(4, 35))} persen",
    "rp": _rupiah,
    "rp_big": lambda r: f"Rp {_dec(r.uniform(1.1, 4.9), 2)} triliun",
    "rpk": lambda r: f"Rp {_num(r.randrange(18_000, 95_000, 500))}",
    "rp_juta": lambda r: f"Rp {r.randint(1, 10)} juta",
    "rp_wage": lambda r: f"Rp {_num(r.randrange(300_000, 1_500_000, 50_000))}",
    "mm": lambda r: str(r.randint(50, 210)),
    "cm": lambda r: str(r.randrange(30, 150, 5)),
    "kmh": lambda r: str(r.randint(25, 60)),
    "km": lambda r: _dec(r.uniform(1.5, 45)),
    "m": lambda r: str(r.randrange(20, 120, 5)),
    "minute": lambda r: str(r.randint(3, 89)),
    "minutes": lambda r: str(r.randrange(15, 90, 5)),
    "points": lambda r: str(r.randint(10, 55)),
    "temp": lambda r: f"{(t := r.randint(29, 34))} hingga {t + 2}",
    "ntp": lambda r: _dec(r.uniform(98, 112), 2),
    "age": lambda r: str(r.randint(19, 45)),
    "initials": lambda r: r.choice("ABDEFHIJMNRSTWY") + r.choice("ABDEFHIJMNRSTWY"),
    "ini": lambda r: f"{r.choice(('ant', 'red', 'rls', 'jpnn'))}/{r.choice('abdefhjmnrsty')}{r.choice('ahiknrsw')}",
    "komisi": lambda r: r.choice("ABCD"),
    "person": lambda r: f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}",
    "district": lambda r: r.choice(PLACE_NAMES),
    "village": lambda r: r.choice(PLACE_NAMES),
    "market": lambda r: r.choice(MARKETS),
    "river": lambda r: r.choice(RIVERS),
    "univ": lambda r: r.choice(UNIVERSITIES),
    "party": lambda r: r.choice(PARTIES),
}


@dataclass(frozen=True)
class Topic:
    category: str
    heads: tuple[tuple[str, str], ...]  # (title, lead) pairs; both use the same top_* figures
    facts: tuple[str, ...]
    quotes: tuple[str, ...]
    jkn: bool = False  # mentions JKN / BPJS without a coverage figure


TOPICS = (
    Topic("politik",
          (("DPRD {place} Sahkan APBD {year_next} Senilai {top_rp_big}",
            "Dewan Perwakilan Rakyat Daerah (DPRD) {region} mengesahkan APBD Tahun Anggaran {year_next} senilai "
            "{top_rp_big} dalam rapat paripurna, {day} {dm}. Rapat dipimpin Ketua DPRD {place}, {person}, dan "
            "dihadiri {head} {place}, {head_name}."),
           ("Paripurna DPRD {place} Diwarnai Interupsi Soal Dana Hibah",
            "Rapat paripurna DPRD {region} tentang laporan pertanggungjawaban APBD, {day} {dm}, diwarnai interupsi. "
            "Sebanyak {top_small} fraksi menyampaikan pandangan akhir, dan sebagian mempersoalkan dana hibah."),
           ("{head} {place} Lantik {top_small} Pejabat Pimpinan Tinggi Pratama",
            "{head} {place}, {head_name}, melantik {top_small} pejabat pimpinan tinggi pratama di lingkungan {pemda} "
            "{place}, {day} {dm}. Pelantikan berlangsung di pendapa rumah dinas dan disaksikan unsur Forkopimda."),
           ("Fraksi {party} Minta {pemda} {place} Percepat Serapan Anggaran",
            "Fraksi {party} DPRD {region} meminta pemerintah daerah mempercepat serapan anggaran yang hingga akhir "
            "{month} baru mencapai {top_pct} persen, {day} {dm}.")),
          ("Pendapatan asli daerah tahun ini naik {pct} dibanding tahun sebelumnya, terutama dari pajak hotel, "
           "restoran, dan retribusi parkir.",
           "Pendapatan daerah ditargetkan sebesar {rp_big}, sementara belanja daerah dipatok sedikit lebih tinggi.",
           "Fraksi {party} menyoroti besarnya sisa lebih pembiayaan anggaran tahun lalu yang mencapai {rp}.",
           "Sebanyak {n} usulan pokok pikiran anggota dewan diakomodasi dalam dokumen anggaran, sebagian besar berupa "
           "perbaikan jalan desa dan saluran drainase.",
           "Belanja pegawai masih menyedot sekitar {pct} dari total belanja daerah.",
           "Rapat sempat diskors selama {minutes} menit karena jumlah anggota yang hadir belum memenuhi kuorum.",
           "Anggota Fraksi {party}, {person}, meminta penjelasan soal alokasi dana hibah sebesar {rp} untuk "
           "organisasi kemasyarakatan.",
           "Selain itu, dewan menyetujui {n_small} rancangan peraturan daerah lain, di antaranya tentang cadangan "
           "pangan dan pengelolaan sampah."),
          ("“Kami minta setiap rupiah anggaran benar-benar dirasakan masyarakat, bukan habis untuk perjalanan dinas,” "
           "tegas {person} dari Fraksi {party}.",
           "“Tidak ada masa bulan madu. Program harus jalan mulai besok,” kata {head_name} dalam sambutannya.",
           "“Kami terbuka terhadap masukan dewan dan akan menindaklanjuti semua catatan fraksi,” ujar Sekretaris "
           "Daerah {place}, {person}.")),
    Topic("pilkada",
          (("KPU {place} Tetapkan DPT Pilkada {year}, Jumlah Pemilih {top_voters} Orang",
            "Komisi Pemilihan Umum (KPU) {region} menetapkan daftar pemilih tetap untuk Pemilihan {head} dan Wakil "
            "{head} {place} sebanyak {top_voters} pemilih dalam rapat pleno terbuka, {day} {dm}."),
           ("Bawaslu {place} Tertibkan {top_n} Alat Peraga Kampanye",
            "Badan Pengawas Pemilu (Bawaslu) {region} menertibkan {top_n} alat peraga kampanye yang dipasang di "
            "lokasi terlarang, seperti pohon, tiang listrik, dan fasilitas umum, {day} {dm}."),
           ("Debat Publik Pilkada {place}: Paslon Adu Program Pendidikan dan Kesehatan",
            "Dua pasangan calon {head} dan Wakil {head} {place} beradu gagasan dalam debat publik perdana yang "
            "digelar KPU di Gedung Serbaguna {place}, {day} {dm} malam."),
           ("Partisipasi Pemilih Pilkada {place} Ditargetkan {top_pct} Persen",
            "KPU {region} menargetkan partisipasi pemilih pada Pilkada {year} mencapai {top_pct} persen. Target itu "
            "disampaikan dalam rapat koordinasi dengan partai politik, {day} {dm}.")),
          ("Pemilih tersebar di {n} desa dan kelurahan dengan total {tps} tempat pemungutan suara (TPS).",
           "Jumlah pemilih pemula mencapai {pct} dari total DPT, sehingga KPU menggencarkan sosialisasi ke sekolah "
           "dan kampus.",
           "Pada pilkada sebelumnya, tingkat partisipasi pemilih di {place} tercatat {pct}.",
           "Anggaran penyelenggaraan pilkada yang bersumber dari dana hibah APBD mencapai {rp}.",
           "Pasangan nomor urut 1 menjanjikan program jaminan kesehatan gratis bagi warga kurang mampu serta "
           "beasiswa untuk {nk} pelajar.",
           "Pasangan nomor urut 2 menekankan pembangunan jalan desa sepanjang {km} kilometer dan bantuan modal usaha "
           "{rp_juta} per pelaku UMKM.",
           "Bawaslu juga menerima {n_small} laporan dugaan pelanggaran netralitas aparatur sipil negara.",
           "KPU mencatat {n} pemilih tidak memenuhi syarat karena meninggal dunia, pindah domisili, atau menjadi "
           "anggota TNI/Polri.",
           "Survei lembaga lokal menunjukkan elektabilitas kedua pasangan terpaut tipis, masing-masing {pct} dan "
           "{pct}, dengan margin of error {pct_small}."),
          ("“Kami mengajak seluruh warga yang sudah terdaftar untuk datang ke TPS. Satu suara sangat menentukan,” "
           "kata Ketua KPU {place}, {person}.",
           "“Penertiban kami lakukan bersama Satpol PP dan akan terus berlanjut sampai masa tenang,” ujar Ketua "
           "Bawaslu {place}, {person}.")),
    Topic("ekonomi",
          (("Harga {Commodity} di {place} Tembus {top_rpk} per Kilogram",
            "Harga {commodity} di sejumlah pasar tradisional di {region} kembali merangkak naik dalam sepekan "
            "terakhir. Pantauan di Pasar {market}, {day} {dm}, pedagang menjual {commodity} seharga {top_rpk} per "
            "kilogram, naik sekitar {pct} dari pekan lalu."),
           ("Jelang {holiday}, Harga {Commodity} di {place} Naik {top_pct} Persen",
            "Menjelang {holiday}, harga {commodity} di pasar-pasar tradisional {region} naik {top_pct} persen "
            "dibanding bulan lalu. Kenaikan terjadi hampir merata di semua pasar, {day} {dm}."),
           ("Disperindag {place} Gelar Operasi Pasar, Beras Medium Dijual {top_rpk_rice}",
            "Dinas Perindustrian dan Perdagangan {region} menggelar operasi pasar murah di {n_small} kecamatan untuk "
            "meredam lonjakan harga pangan. Beras medium dijual {top_rpk_rice} per kilogram, {day} {dm}."),
           ("Inflasi {place} {month} {year} Capai {top_pct_small} Persen, {Commodity} Penyumbang Terbesar",
            "Badan Pusat Statistik (BPS) {region} mencatat inflasi bulanan pada {month} {year} sebesar "
            "{top_pct_small} persen, dengan {commodity} sebagai penyumbang terbesar.")),
          ("Kenaikan harga dipicu berkurangnya pasokan dari sentra produksi di Kecamatan {district} hingga {pct} "
           "akibat cuaca yang tidak menentu.",
           "Komoditas lain yang memberi andil terhadap inflasi adalah {commodity2}, disusul bawang merah dan "
           "beras medium.",
           "Pemerintah daerah menyiapkan anggaran {rp} untuk subsidi ongkos angkut dan operasi pasar hingga akhir bulan.",
           "Seorang pedagang di Pasar {market}, {person}, mengaku omzetnya turun hampir {pct} karena pembeli "
           "mengurangi belanja.",
           "Stok beras di gudang Bulog setempat disebut aman hingga {n_small} bulan ke depan, yakni sekitar {nk} ton.",
           "Harga {commodity2} justru turun menjadi {rpk} per kilogram setelah panen raya di sejumlah desa.",
           "Tim Pengendali Inflasi Daerah {place} memantau harga setiap hari di {n_small} pasar.",
           "Nilai tukar petani di {province} pada periode yang sama tercatat {ntp}, naik tipis dari bulan sebelumnya."),
          ("“Kami sudah berkoordinasi dengan distributor agar pasokan kembali normal dalam dua pekan,” kata Kepala "
           "Disperindag {place}, {person}, {day} {dm}.",
           "“Biasanya saya beli sekilo, sekarang cukup seperempat saja. Harganya tidak masuk akal,” keluh {person}, "
           "warga Kecamatan {district}.",
           "“Kenaikan ini bersifat musiman dan akan melandai setelah panen di daerah sentra,” ujar {person}, "
           "pengamat ekonomi dari Universitas {univ}.")),
    Topic("peristiwa",
          (("BMKG Peringatkan Hujan Lebat di {place} Sepekan ke Depan",
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan hujan dengan intensitas sedang "
            "hingga lebat masih akan terjadi di wilayah {region} dan sekitarnya dalam sepekan ke depan."),
           ("Banjir Rendam {top_n} Rumah di Kecamatan {district}, {place}",
            "Hujan deras yang mengguyur {region} sejak {day} sore {dm} menyebabkan Sungai {river} meluap. Air "
            "merendam {top_n} rumah di Kecamatan {district} dengan ketinggian {cm} sentimeter."),
           ("Angin Kencang Tumbangkan Pohon di {place}, Lalu Lintas Sempat Lumpuh",
            "Angin kencang disertai hujan menumbangkan {top_small} pohon di sejumlah ruas jalan di {region}, {day} "
            "{dm} sore. Arus lalu lintas sempat lumpuh hampir dua jam."),
           ("Kemarau Panjang, {top_n} Hektare Sawah di {place} Terancam Puso",
            "Sedikitnya {top_n} hektare sawah di {region} mengalami kekeringan akibat kemarau panjang yang melanda "
            "sejak {month}.")),
          ("Curah hujan tertinggi tercatat di pos pengamatan {district}, mencapai {mm} milimeter dalam sehari.",
           "Sebanyak {n} kepala keluarga terpaksa mengungsi ke balai desa dan rumah kerabat yang lebih aman.",
           "Badan Penanggulangan Bencana Daerah (BPBD) {place} mendirikan {n_small} posko dan dapur umum di lokasi "
           "terdampak.",
           "Kerugian sementara ditaksir mencapai {rp}, belum termasuk kerusakan jalan.",
           "Kecepatan angin di wilayah pesisir diperkirakan mencapai {kmh} kilometer per jam, sehingga nelayan "
           "diimbau tidak melaut.",
           "Petugas gabungan membersihkan batang pohon yang menutup badan jalan menggunakan gergaji mesin.",
           "Debit air di bendung Sungai {river} turun hingga {pct} dibanding kondisi normal, sehingga air irigasi "
           "dibagi secara bergilir.",
           "Dinas Pertanian memperkirakan potensi kehilangan produksi gabah mencapai {nk} ton.",
           "Suhu udara pada siang hari berkisar {temp} derajat Celsius dengan kelembapan {pct}."),
          ("“Kami minta warga yang tinggal di bantaran sungai tetap waspada, terutama saat hujan turun lebih dari dua "
           "jam,” kata Kepala Pelaksana BPBD {place}, {person}.",
           "“Air masuk rumah sekitar pukul dua dini hari. Kami hanya sempat menyelamatkan dokumen penting,” tutur "
           "{person}, warga Desa {village}.",
           "“Puncak musim hujan diperkirakan terjadi pada {month_next}, jadi kesiapsiagaan harus ditingkatkan,” ujar "
           "prakirawan BMKG, {person}.")),
    Topic("pendidikan",
          (("PPDB {place} {year}: Kuota Jalur Zonasi {top_pct} Persen",
            "Dinas Pendidikan dan Kebudayaan {region} resmi membuka Penerimaan Peserta Didik Baru (PPDB) jenjang SD "
            "dan SMP tahun ajaran {year}/{year_next}, {day} {dm}. Kuota jalur zonasi ditetapkan {top_pct} persen."),
           ("{top_n} Ruang Kelas SD di {place} Rusak Berat, Siswa Belajar di Teras",
            "Sebanyak {top_n} ruang kelas sekolah dasar di {region} dilaporkan dalam kondisi rusak berat dan "
            "membahayakan keselamatan siswa."),
           ("Ratusan Guru Honorer di {place} Ikuti Seleksi PPPK",
            "Sebanyak {top_n} guru honorer di {region} mengikuti seleksi Pegawai Pemerintah dengan Perjanjian Kerja "
            "(PPPK) yang digelar di SMA Negeri 1 {place}, {day} {dm}."),
           ("{pemda} {place} Salurkan Beasiswa {top_rp} untuk Mahasiswa Berprestasi",
            "Pemerintah {region} menyalurkan beasiswa senilai total {top_rp} kepada mahasiswa berprestasi asal "
            "daerah itu, {day} {dm}.")),
          ("Jalur afirmasi mendapat kuota {pct}, sisanya jalur prestasi serta perpindahan tugas orang tua.",
           "Daya tampung SMP negeri di {place} tahun ini sebanyak {nk} kursi.",
           "Perbaikan ruang kelas membutuhkan anggaran sekitar {rp}, namun dana yang tersedia dalam APBD jauh lebih kecil.",
           "Dana Bantuan Operasional Sekolah (BOS) yang disalurkan ke {n} sekolah di {place} tahun ini mencapai {rp}.",
           "Di SD Negeri 2 {village}, siswa kelas IV dan V terpaksa belajar bergantian karena dua ruang kelas tidak "
           "dapat digunakan.",
           "Formasi PPPK guru yang dibuka tahun ini sebanyak {n} orang, jauh di bawah jumlah guru honorer.",
           "Angka partisipasi kasar pendidikan menengah di {place} tercatat {pct}, masih di bawah rata-rata "
           "Provinsi {province}.",
           "Panitia menyiapkan {n_small} titik layanan bagi orang tua yang kesulitan mendaftar secara daring.",
           "Setiap mahasiswa penerima beasiswa mendapat bantuan {rp_juta} per semester."),
          ("“Kami pastikan PPDB berjalan transparan. Orang tua bisa memantau peringkat anaknya langsung di laman "
           "pendaftaran,” kata Kepala Dinas Pendidikan {place}, {person}.",
           "“Kalau hujan, atapnya bocor dan anak-anak harus pindah ke musala,” ungkap kepala sekolah, {person}.",
           "“Saya sudah mengajar dua belas tahun dengan honor {rp_wage} sebulan. Semoga kali ini lolos,” kata "
           "{person}, guru honorer asal Kecamatan {district}.")),
    Topic("hukum",
          (("Polres {place} Tangkap {top_small} Pelaku Pencurian Sepeda Motor",
            "Satuan Reserse Kriminal Polres {place} meringkus {top_small} pelaku pencurian sepeda motor yang kerap "
            "beraksi di Kecamatan {district}. Penangkapan dilakukan di sebuah rumah kontrakan, {day} {dm} dini hari."),
           ("Edarkan Sabu {top_gram} Gram, Pemuda {district} Diciduk Polisi",
            "Satuan Reserse Narkoba Polres {place} menangkap seorang pemuda berinisial {initials} ({age}) yang "
            "diduga mengedarkan sabu di Kecamatan {district}, {region}. Polisi menyita sabu seberat {top_gram} gram."),
           ("Dugaan Korupsi Dana Desa {village}, Kejari {place} Tetapkan Tersangka",
            "Kejaksaan Negeri {place} menetapkan kepala desa {village} sebagai tersangka dugaan korupsi dana desa "
            "tahun anggaran {year_prev} dengan kerugian negara {top_rp}."),
           ("Penipuan Arisan Online di {place}, Kerugian Korban Capai {top_rp}",
            "Polres {place} menerima laporan dugaan penipuan berkedok arisan online dengan total kerugian korban "
            "mencapai {top_rp}, {day} {dm}.")),
          ("Dari tangan para pelaku, polisi menyita {n_small} unit sepeda motor, kunci letter T, dan {n_small} "
           "telepon genggam.",
           "Barang bukti dikemas dalam {n_small} paket plastik klip dan disimpan di kamar kos tersangka.",
           "Nilai kerugian itu merupakan hasil audit Inspektorat yang diterima penyidik bulan lalu.",
           "Para tersangka dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan dengan ancaman hukuman "
           "maksimal tujuh tahun penjara.",
           "Sepanjang tahun ini, Polres {place} menangani {n} kasus pencurian kendaraan bermotor, naik {pct} "
           "dibanding tahun lalu.",
           "Pelaku menjanjikan keuntungan {pct} dalam sebulan kepada para anggota.",
           "Jumlah korban yang melapor sejauh ini mencapai {n} orang.",
           "Penyidik masih memburu {n_small} pelaku lain yang kini masuk daftar pencarian orang."),
          ("“Pelaku sudah beraksi di {n_small} lokasi berbeda. Kami imbau warga memasang kunci ganda pada "
           "kendaraan,” kata Kasat Reskrim Polres {place}, AKP {person}.",
           "“Kami tidak akan berhenti di satu tersangka. Aliran dananya masih kami telusuri,” ujar Kepala Kejari "
           "{place}, {person}, {day} {dm}.")),
    Topic("olahraga",
          (("{team} Tekuk {team2} {top_score} di Stadion {stadium}",
            "{team} meraih kemenangan {top_score} atas {team2} dalam lanjutan kompetisi Liga 1 di Stadion {stadium}, "
            "{day} {dm} malam. Laga disaksikan sekitar {nk} penonton."),
           ("Porprov {province}: Kontingen {place} Raih {top_small} Medali Emas",
            "Kontingen {region} mengoleksi {top_small} medali emas, {n_small} perak, dan {n_small} perunggu hingga "
            "hari keempat Pekan Olahraga Provinsi {province}."),
           ("Ribuan Pelari Ramaikan {place} Half Marathon {year}",
            "Sekitar {top_nk} pelari dari berbagai daerah mengikuti {place} Half Marathon {year} yang mengambil "
            "start di alun-alun, {day} {dm} pagi."),
           ("Stadion di {place} Direnovasi, Anggaran {top_rp}",
            "Pemerintah {region} mulai merenovasi stadion utama dengan anggaran {top_rp}, {day} {dm}.")),
          ("Gol pembuka dicetak pada menit ke-{minute} lewat sundulan yang memanfaatkan sepak pojok.",
           "Tim tamu sempat menyamakan kedudukan lewat titik penalti pada menit ke-{minute}.",
           "Dengan hasil ini, tim tuan rumah naik ke peringkat {n_small} klasemen sementara dengan {points} poin.",
           "Cabang pencak silat dan atletik menjadi penyumbang medali terbanyak bagi kontingen tersebut.",
           "Pemerintah daerah menyiapkan bonus {rp} bagi atlet peraih medali emas.",
           "Lomba terbagi dalam kategori 5K, 10K, dan 21K dengan total hadiah {rp}.",
           "Panitia menyiagakan {n_small} ambulans dan {n} relawan di sepanjang rute lomba.",
           "Renovasi meliputi penggantian rumput, pemasangan lampu, dan perbaikan tribun.",
           "Penjualan tiket pertandingan menyumbang pendapatan sekitar {rp} bagi klub."),
          ("“Anak-anak bermain disiplin dan mengikuti instruksi. Kemenangan ini untuk suporter,” kata pelatih "
           "{team}, {person}, seusai laga.",
           "“Target kami masuk tiga besar. Peluang masih terbuka di cabang renang dan voli pantai,” ujar Ketua KONI "
           "{place}, {person}.",
           "“Acara seperti ini menggerakkan ekonomi warga, dari hotel sampai pedagang kaki lima,” kata {head} "
           "{place}, {head_name}.")),
    Topic("daerah",
          (("Jalan Antarkecamatan di {place} Rusak Parah, Warga Tanam Pisang",
            "Warga Desa {village}, Kecamatan {district}, {region}, menanam pohon pisang di tengah jalan yang rusak "
            "parah sebagai bentuk protes, {day} {dm}."),
           ("{pemda} {place} Perbaiki {top_km} Kilometer Jalan Tahun Ini",
            "Dinas Pekerjaan Umum dan Penataan Ruang {region} menargetkan perbaikan jalan sepanjang {top_km} "
            "kilometer pada tahun anggaran {year}."),
           ("Jembatan Gantung di Desa {village} Putus, Siswa Harus Memutar {top_km} Kilometer",
            "Jembatan gantung yang menghubungkan Desa {village} dengan pusat Kecamatan {district}, {region}, putus "
            "diterjang arus sungai, {day} {dm}. Siswa kini harus memutar sejauh {top_km} kilometer.")),
          ("Kerusakan jalan sepanjang {km} kilometer itu sudah berlangsung lebih dari {n_small} tahun.",
           "Dari total {n} kilometer jalan kabupaten, sekitar {pct} masih rusak ringan hingga rusak berat.",
           "Anggaran perbaikan jalan tahun ini mencapai {rp}, bersumber dari APBD dan Dana Alokasi Khusus.",
           "Lelang proyek ditargetkan rampung pada {month_next} sehingga pekerjaan fisik dapat dimulai sebelum musim "
           "hujan.",
           "Jembatan sepanjang {m} meter itu merupakan akses utama warga menuju pasar dan sekolah.",
           "Truk bermuatan berat yang melintas setiap hari disebut mempercepat kerusakan badan jalan."),
          ("“Sudah bertahun-tahun kami usulkan lewat musrenbang, tapi belum juga diperbaiki,” kata tokoh masyarakat "
           "Desa {village}, {person}.",
           "“Ruas ini masuk prioritas. Desain teknisnya sudah kami siapkan,” ujar Kepala Dinas PUPR {place}, "
           "{person}.")),
    Topic("kesehatan",
          (("RSUD {place} Tambah Ruang Rawat Inap untuk Pasien BPJS Kesehatan",
            "Rumah Sakit Umum Daerah (RSUD) {place} menambah {top_n} tempat tidur rawat inap kelas III untuk "
            "mengurangi antrean pasien Jaminan Kesehatan Nasional (JKN), {day} {dm}."),
           ("Antrean Pasien JKN di RSUD {place} Kini Bisa Lewat Aplikasi",
            "RSUD {place} mewajibkan pendaftaran rawat jalan pasien JKN melalui antrean daring di aplikasi Mobile "
            "JKN mulai {day} {dm}."),
           ("Pasien BPJS Kesehatan Keluhkan Antrean Panjang di Poliklinik RSUD {place}",
            "Sejumlah pasien BPJS Kesehatan mengeluhkan lamanya antrean di poliklinik RSUD {place}. Pantauan di "
            "lokasi, {day} {dm}, antrean pendaftaran sudah mengular sejak pukul 06.00 WIB."),
           ("BPJS Kesehatan Ingatkan Faskes di {place} Tak Boleh Tarik Biaya Tambahan",
            "BPJS Kesehatan Cabang {place} mengingatkan seluruh fasilitas kesehatan di {region} agar tidak menarik "
            "biaya tambahan dari pasien JKN di luar ketentuan.")),
          ("Setiap hari, poliklinik rumah sakit itu melayani sekitar {n} pasien rawat jalan, sebagian besar dengan "
           "layanan jaminan kesehatan.",
           "Tingkat keterisian tempat tidur ruang rawat inap sempat menyentuh {pct} pada awal tahun.",
           "Dengan antrean daring, pasien cukup datang sesuai jam yang ditentukan aplikasi.",
           "Klaim layanan yang diajukan rumah sakit kepada BPJS Kesehatan setiap bulan rata-rata mencapai {rp}.",
           "Pembayaran klaim dari BPJS Kesehatan disebut lancar, rata-rata {n_small} hari setelah berkas lengkap.",
           "Rumah sakit kini memiliki {n_small} dokter spesialis dan menyiapkan layanan cuci darah dengan {n_small} "
           "unit mesin baru.",
           "Tahun ini rumah sakit mengalokasikan {rp} untuk alat kesehatan dan renovasi instalasi gawat darurat.",
           "Pasien yang merasa dirugikan dapat mengadu lewat petugas BPJS SATU! di rumah sakit atau Care Center 165.",
           "Waktu tunggu di poliklinik berhasil dipangkas dari {n_small} jam menjadi sekitar {minutes} menit."),
          ("“Pasien JKN punya hak yang sama dengan pasien umum. Tidak boleh ada pembedaan pelayanan,” tegas Kepala "
           "BPJS Kesehatan Cabang {place}, {person}.",
           "“Saya datang jam lima pagi dan baru dipanggil menjelang siang,” kata {person}, pasien asal Kecamatan "
           "{district}.",
           "“Dengan tambahan ruangan ini, pasien tidak perlu dirujuk ke luar daerah hanya karena kamar penuh,” ujar "
           "Direktur RSUD {place}, dr. {person}."),
          jkn=True),
    Topic("kesehatan",
          (("Iuran BPJS Kesehatan Kelas III Tetap Rp 42.000, Ini Rinciannya",
            "BPJS Kesehatan Cabang {place} memastikan besaran iuran JKN segmen mandiri belum berubah: kelas I "
            "Rp 150.000, kelas II Rp 100.000, dan kelas III Rp 42.000 per orang per bulan."),
           ("{pemda} {place} Anggarkan {top_rp} untuk Iuran Jaminan Kesehatan Warga Miskin",
            "Pemerintah {region} mengalokasikan {top_rp} dalam APBD {year} untuk membayar iuran Jaminan Kesehatan "
            "Nasional bagi warga kurang mampu yang tidak ditanggung pemerintah pusat."),
           ("Jelang Penerapan KRIS, Warga {place} Masih Bingung Soal Kelas Rawat Inap",
            "Rencana penerapan Kelas Rawat Inap Standar (KRIS) memunculkan banyak pertanyaan dari warga {region} "
            "yang memakai Jaminan Kesehatan Nasional (JKN), terutama soal besaran iuran.")),
          ("Untuk kelas III, pemerintah memberikan bantuan iuran Rp 7.000, sehingga yang dibayar cukup Rp 35.000 "
           "per bulan.",
           "Anggaran iuran tersebut naik {pct} dibanding tahun sebelumnya seiring pemutakhiran data kemiskinan.",
           "Iuran dibayarkan paling lambat tanggal 10 setiap bulan melalui bank, kantor pos, minimarket, atau "
           "aplikasi Mobile JKN.",
           "Dinas Sosial {place} memverifikasi data penerima bantuan iuran setiap tiga bulan.",
           "Pemerintah pusat masih menyusun ketentuan iuran yang berlaku setelah KRIS diterapkan penuh.",
           "Sebanyak {n_small} rumah sakit di {place} sedang menyesuaikan ruang rawat inap dengan 12 kriteria KRIS.",
           "Pemerintah Provinsi {province} turut menanggung sebagian iuran melalui bantuan keuangan dengan porsi {pct}.",
           "Yang ingin turun kelas dapat mengajukan perubahan setelah satu tahun berada di kelas yang sama."),
          ("“Jangan sampai warga yang sakit ditolak rumah sakit hanya karena kartunya tidak aktif. Karena itu iurannya "
           "kami tanggung,” kata {head} {place}, {head_name}.",
           "“Sampai saat ini belum ada perubahan iuran. Masyarakat jangan percaya kabar yang beredar di media "
           "sosial,” ujar Kepala BPJS Kesehatan Cabang {place}, {person}."),
          jkn=True),
    Topic("kesehatan",
          (("Tunggakan Iuran JKN Segmen Mandiri di {place} Capai {top_rp}",
            "BPJS Kesehatan Cabang {place} mencatat tunggakan iuran Jaminan Kesehatan Nasional (JKN) segmen pekerja "
            "bukan penerima upah di {region} mencapai {top_rp} hingga akhir {month}."),
           ("BPJS Kesehatan {place} Tawarkan Cicilan Tunggakan Lewat Program REHAB",
            "Warga {region} yang menunggak iuran JKN kini dapat melunasi tunggakannya secara bertahap melalui "
            "program Rencana Pembayaran Bertahap (REHAB) dari BPJS Kesehatan."),
           ("Banyak Warga {place} Menunggak Iuran BPJS Kesehatan, Kartu Nonaktif",
            "Banyak warga {region} baru tahu kartu BPJS Kesehatan mereka nonaktif ketika hendak berobat, karena "
            "iuran menunggak berbulan-bulan.")),
          ("Kartu yang iurannya menunggak lebih dari satu bulan dinonaktifkan sementara hingga tunggakan dilunasi.",
           "Melalui program REHAB, tunggakan dapat dicicil paling lama {n_small} bulan lewat aplikasi Mobile JKN.",
           "Jika menjalani rawat inap dalam 45 hari setelah kartu aktif kembali, pasien dikenai denda layanan 5 "
           "persen dari biaya diagnosa awal.",
           "Besaran denda layanan dibatasi paling tinggi Rp 30 juta.",
           "Jumlah tunggakan naik {pct} dibanding periode yang sama tahun lalu, terutama dari kelas I dan II.",
           "Kader JKN mendatangi rumah warga untuk mengingatkan kewajiban membayar iuran.",
           "Sebagian besar penunggak adalah pekerja sektor informal yang penghasilannya tidak menentu, seperti "
           "petani dan pedagang.",
           "Pemerintah desa di {place} diminta ikut mengawal penyelesaian tunggakan warganya."),
          ("“Jangan baru membayar ketika sudah sakit. Gotong royong ini hanya berjalan kalau iuran dibayar rutin,” "
           "kata Kepala BPJS Kesehatan Cabang {place}, {person}.",
           "“Dulu lancar, tapi sejak usaha sepi saya sempat berhenti bayar tiga bulan,” ujar {person}, pedagang di "
           "Pasar {market}."),
          jkn=True),
    Topic("ekonomi",
          (("BPJS Ketenagakerjaan {place} Bayarkan Klaim JHT {top_rp}",
            "BPJS Ketenagakerjaan Cabang {place} mencatat pembayaran klaim Jaminan Hari Tua (JHT) di {region} "
            "sepanjang {year} mencapai {top_rp}."),
           ("Baru {top_pct} Persen Pekerja Informal di {place} Ikut BPJS Ketenagakerjaan",
            "Kepesertaan pekerja sektor informal di {region} dalam program BPJS Ketenagakerjaan baru mencapai "
            "{top_pct} persen, jauh di bawah pekerja penerima upah."),
           ("{pemda} {place} Daftarkan {top_nk} Pekerja Rentan ke BPJS Ketenagakerjaan",
            "Pemerintah {region} mendaftarkan {top_nk} pekerja rentan, seperti petani, nelayan, dan marbot masjid, "
            "ke BPJS Ketenagakerjaan dengan iuran ditanggung APBD.")),
          ("Program tersebut meliputi Jaminan Kecelakaan Kerja dan Jaminan Kematian dengan iuran Rp 16.800 per "
           "orang per bulan.",
           "Ahli waris pekerja yang meninggal dunia berhak atas santunan Rp 42 juta.",
           "Sepanjang tahun ini tercatat {n} kasus kecelakaan kerja dengan nilai klaim {rp}.",
           "Di BPJS Ketenagakerjaan, kepesertaan pekerja penerima upah di {place} sudah {pct_high}, sementara "
           "pekerja bukan penerima upah baru {pct_low}.",
           "Pekerja yang mengalami kecelakaan kerja dirawat tanpa batas biaya sesuai kebutuhan medis.",
           "Beasiswa pendidikan diberikan untuk paling banyak dua anak pekerja yang meninggal dunia.",
           "Perlindungan ini melengkapi jaminan kesehatan yang umumnya sudah dimiliki pekerja lewat BPJS Kesehatan.",
           "Pemerintah daerah menargetkan {nk} pekerja informal lain terdaftar di BPJS Ketenagakerjaan hingga akhir "
           "{year}."),
          ("“Risiko kerja bisa datang kapan saja. Dengan iuran yang terjangkau, pekerja dan keluarganya "
           "terlindungi,” kata Kepala BPJS Ketenagakerjaan Cabang {place}, {person}.",
           "“Saya baru tahu nelayan juga bisa ikut. Iurannya lebih murah dari rokok seminggu,” ujar {person}, "
           "nelayan di Desa {village}."),
          jkn=True),
)
GENERIC = (
    "Sebelumnya, persoalan serupa juga pernah mencuat pada {year_prev} dan sempat menjadi sorotan DPRD {place}.",
    "Pemerintah daerah berjanji mengevaluasi kebijakan tersebut paling lambat akhir {month_next}.",
    "Warga berharap pemerintah bergerak cepat agar persoalan ini tidak berlarut-larut.",
    "Hingga berita ini diturunkan, pihak terkait belum memberikan keterangan resmi.",
    "Kegiatan itu dihadiri unsur Forkopimda, para camat, serta sejumlah kepala desa dari Kecamatan {district}.",
    "Ia menambahkan, koordinasi lintas instansi menjadi kunci agar program berjalan sesuai rencana.",
    "Anggota Komisi {komisi} DPRD {place}, {person}, meminta dinas terkait lebih terbuka dalam penggunaan anggaran.",
    "Menurut dia, hasil tahun ini lebih baik dibanding tahun sebelumnya meski masih ada kendala di lapangan.",
    "Sejumlah warga yang ditemui di Desa {village} mengaku belum mendapat sosialisasi yang memadai.",
    "Pemerintah Provinsi {province} disebut siap memberikan dukungan tambahan apabila dibutuhkan.",
    "Kepala Bappeda {place}, {person}, menyebut program itu masuk prioritas RPJMD {year_prev}–{year5}.",
    "Jum’at pekan lalu, tim gabungan meninjau langsung lokasi di Desa {village}, Kecamatan {district}.",
    "Ia memastikan pelayanan kepada masyarakat tetap berjalan normal selama proses berlangsung.",
    "Informasi lebih lanjut dapat diperoleh di kantor kecamatan atau media sosial resmi pemerintah daerah.",
    "Langkah tersebut, kata dia, sejalan dengan arahan {head} {place} agar setiap perangkat daerah bekerja cepat.",
    "Pada kesempatan itu juga ditandatangani nota kesepahaman antara pemerintah daerah dan {n_small} instansi.",
    "Pihaknya akan menggelar evaluasi bersama setiap bulan untuk memastikan target tercapai.",
    "Di sisi lain, keterbatasan anggaran masih menjadi kendala utama yang dihadapi pemerintah daerah.",
    "“Ini bukan pekerjaan satu dinas saja. Semua pihak harus terlibat,” ujar {head} {place}, {head_name}.",
    "“Kami akan terus memantau perkembangan di lapangan dan melaporkannya secara berkala,” katanya.",
    "“Harapan kami, tahun depan kondisinya jauh lebih baik,” tutur {person}, warga Kecamatan {district}.",
)


class _Slots(dict):
    """Template values: the article's fixed context, anything else drawn fresh."""

    def __init__(self, rng: random.Random, fixed: dict[str, str]):
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        return FRESH[key](self.rng)


def _filler(i: int, seed: int, first: dt.date, last: dt.date) -> tuple[Article, str]:
    """Filler article ``i`` of ``seed`` and its category, published between ``first`` and ``last``.

    Every third article is on a JKN topic (hospital service, premiums, arrears,
    BPJS Ketenagakerjaan) with no coverage figure in it.
    """
    rng = random.Random(f"filler:{seed}:{i}")
    jkn_topics = [t for t in TOPICS if t.jkn]
    other_topics = [t for t in TOPICS if not t.jkn]
    topic = rng.choice(jkn_topics if i % 3 == 0 else other_topics)
    published = first + dt.timedelta(days=rng.randint(0, (last - first).days))
    region, province = rng.choice(REGIONS)
    kind, place = region.split(" ", 1)
    team, team2 = rng.sample(TEAMS, 2)
    commodity, commodity2 = rng.sample(COMMODITIES, 2)
    slots = _Slots(rng, {
        "region": region, "place": place, "province": province,
        "head": "Bupati" if kind == "Kabupaten" else "Wali Kota",
        "pemda": "Pemkab" if kind == "Kabupaten" else "Pemkot", "head_name": FRESH["person"](rng),
        "day": DAYS[published.weekday()], "dm": f"({published.day}/{published.month})",
        "month": MONTHS[published.month - 1], "month_next": MONTHS[published.month % 12],
        "year": str(published.year), "year_prev": str(published.year - 1), "year_next": str(published.year + 1),
        "year5": str(published.year + 4), "commodity": commodity, "commodity2": commodity2,
        "Commodity": commodity.title(), "holiday": rng.choice(HOLIDAYS), "team": team[0], "stadium": team[1],
        "team2": team2[0],
        # Headline figures: a title and its lead must state the same numbers.
        "top_n": FRESH["n"](rng), "top_small": FRESH["n_small"](rng), "top_nk": FRESH["nk"](rng),
        "top_voters": FRESH["voters"](rng), "top_pct": str(rng.randint(5, 60)),
        "top_pct_small": _dec(rng.uniform(0.1, 1.5), 2), "top_rp": _rupiah(rng),
        "top_rp_big": FRESH["rp_big"](rng), "top_rpk": FRESH["rpk"](rng),
        "top_rpk_rice": f"Rp {_num(rng.randrange(10_900, 14_500, 100))}", "top_km": FRESH["km"](rng),
        "top_gram": _dec(rng.uniform(0.5, 250), 2), "top_score": f"{rng.randint(1, 4)}-{rng.randint(0, 1)}",
    })
    fill = lambda template: template.format_map(slots)  # noqa: E731

    facts = rng.sample(topic.facts, len(topic.facts))
    quotes = rng.sample(topic.quotes, len(topic.quotes))
    generic = rng.sample(GENERIC, len(GENERIC))
    target = rng.randint(250, 600)
    title, lead = rng.choice(topic.heads)
    paragraphs = [f"{place.upper()} – {fill(lead)}"]
    words = len(paragraphs[0].split())
    while words < target and (facts or quotes or generic):
        if quotes and rng.random() < 0.3:
            paragraph = fill(quotes.pop())
        else:
            pool = facts or generic
            sentences = [pool.pop() for _ in range(min(len(pool), rng.randint(2, 3)))]
            paragraph = " ".join(fill(s) for s in sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    paragraphs.append(f"({fill('{ini}')})")
    article = Article(fill(title), published, "\n\n".join(paragraphs), f"filler-{seed}-{i}")
    return article, topic.category


# ---------------------------------------------------------------------------
# Shared rendering helpers


def _iso(d: dt.datetime) -> str:
    return d.isoformat(timespec="seconds")


def _human_date(d: dt.datetime) -> str:
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M} WIB"


def _excerpt(article: Article, words: int = 35) -> str:
    text = article.paragraphs[0].split()
    return " ".join(text[:words]) + (" […]" if len(text) > words else "")


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    """``items`` in pages of ``size``; always at least one (maybe empty) page."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]


def _latest(posts: Iterable[Post], default: dt.datetime) -> dt.datetime:
    return max((p.posted for p in posts), default=default)


def _html(text: str, modified: dt.datetime, visible_from: float = 0.0) -> Page:
    return Page(text.encode("utf-8"), HTML, modified, visible_from)


def _text(text: str, modified: dt.datetime) -> Page:
    return Page(text.encode("utf-8"), "text/plain; charset=utf-8", modified)


def _rss(title: str, link: str, description: str, posts: Sequence[Post], url: Callable[[Post], str],
         modified: dt.datetime, encoding: str = "UTF-8") -> str:
    items = "".join(
        f"<item><title>{escape(p.article.title)}</title><link>{url(p)}</link>"
        f"<dc:creator><![CDATA[Redaksi]]></dc:creator><pubDate>{format_datetime(p.published)}</pubDate>"
        f"<category><![CDATA[{p.category.title()}]]></category><guid isPermaLink=\"false\">{BASE}/?p={p.number}</guid>"
        f"<description><![CDATA[{_excerpt(p.article)}]]></description></item>\n" for p in posts)
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n'
            '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            f"<channel><title>{escape(title)}</title><link>{BASE}/</link>"
            f"<description>{escape(description)}</description>"
            f'<atom:link href="{link}" rel="self" type="application/rss+xml"/>'
            f"<lastBuildDate>{format_datetime(modified)}</lastBuildDate><language>id-ID</language>\n"
            f"{items}</channel></rss>\n")


def _urlset(entries: Iterable[tuple[str, dt.datetime]]) -> str:
    urls = "".join(f"<url><loc>{loc}</loc><lastmod>{_iso(mod)}</lastmod></url>\n" for loc, mod in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')


def _sitemap_index(entries: Iterable[tuple[str, dt.datetime]]) -> str:
    maps = "".join(f"<sitemap><loc>{loc}</loc><lastmod>{_iso(mod)}</lastmod></sitemap>\n" for loc, mod in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{maps}</sitemapindex>\n')


def _xml(text: str, modified: dt.datetime, content_type: str = "application/xml; charset=UTF-8") -> Page:
    return Page(text.encode("utf-8"), content_type, modified)


def _body(paragraphs: Sequence[str], inserts: Mapping[int, str] = {}) -> str:
    """Paragraphs as <p> elements, with extra markup after the paragraph indexes in ``inserts``."""
    return "\n".join(f"<p>{escape(p, quote=False)}</p>" + inserts.get(i, "") for i, p in enumerate(paragraphs))


def _earlier(posts: Sequence[Post], i: int, count: int, *, filler_only: bool = False) -> list[Post]:
    """Up to ``count`` posts before post ``i``, newest first: already out whenever post ``i`` is.

    Related links only ever point back in time, so a static article page
    never links to a post that is not released yet.
    """
    earlier = (posts[j] for j in range(i - 1, -1, -1))
    return list(itertools.islice((p for p in earlier if p.filler or not filler_only), count))


EMPTY_SITE = dt.datetime(2023, 1, 1, tzinfo=WIB)


# ---------------------------------------------------------------------------
# Style: wordpress


WP_CATEGORIES = ("kesehatan", "politik", "pilkada", "ekonomi", "pendidikan", "hukum", "olahraga", "peristiwa", "daerah")
WP_PAGES = {"tentang-kami": "Tentang Kami", "redaksi": "Redaksi", "pedoman-media-siber": "Pedoman Media Siber",
            "kontak": "Kontak"}
WP_PER_PAGE = 10
WP_PER_SITEMAP = 1000  # Yoast splits post sitemaps at 1000 URLs


def wordpress(posts: list[Post], name: str) -> Site:
    """A WordPress news theme with Yoast SEO: listings, /feed/, sitemap index, boilerplate-heavy articles."""
    title, tagline = "Warta Pantura", "Kabar Terkini Pantai Utara Jawa"
    posts = [replace(p, path=(path := f"/{p.published:%Y/%m/%d}/{p.slug}/"), pages=(path,)) for p in posts]
    epoch = min((p.published for p in posts), default=EMPTY_SITE)
    menu = "".join(f'<li class="menu-item"><a href="{BASE}/category/{c}/">{c.title()}</a></li>' for c in WP_CATEGORIES)
    menu = f'<li class="menu-item"><a href="{BASE}/">Beranda</a></li>{menu}'

    def layout(head_title: str, main: str, popular: Sequence[Post], head_extra: str = "", body_class: str = "") -> str:
        popular_items = "".join(f'<li><a href="{BASE}{p.path}">{escape(p.article.title)}</a></li>' for p in popular)
        footer_links = " | ".join(f'<a href="{BASE}/{slug}/">{label}</a>' for slug, label in WP_PAGES.items())
        return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(head_title)} &#8211; {title}</title>
{head_extra}
<link rel="alternate" type="application/rss+xml" title="{title} &raquo; Feed" href="{BASE}/feed/">
<link rel="stylesheet" id="newsmag-style-css" href="{BASE}/wp-content/themes/newsmag/style.css?ver=6.2.2" media="all">
<script src="{BASE}/wp-includes/js/jquery/jquery.min.js?ver=3.6.4" id="jquery-core-js"></script>
</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Langsung ke konten</a>
<header id="masthead" class="site-header">
<div class="top-bar"><a href="https://www.facebook.com/wartapantura">Facebook</a> <a href="https://twitter.com/wartapantura">Twitter</a>
<a href="https://www.instagram.com/wartapantura/">Instagram</a></div>
<div class="site-branding"><p class="site-title"><a href="{BASE}/" rel="home">{title}</a></p>
<p class="site-description">{tagline}</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav>
<div class="ads ads-header"><img src="{BASE}/wp-content/uploads/banner-728x90.gif" alt="Iklan"></div>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
{main}
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" action="{BASE}/"><input type="search" name="s" placeholder="Cari …"><button>Cari</button></form></section>
<section class="widget widget_popular"><h2 class="widget-title">Terpopuler</h2><ol>{popular_items}</ol></section>
<section class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul>
<li><a href="{BASE}/wp-login.php">Masuk</a></li><li><a href="{BASE}/feed/">Feed entri</a></li>
<li><a href="https://wordpress.org/">WordPress.org</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><nav class="footer-menu">{footer_links}</nav>
<div class="site-info">&copy; {epoch.year} {title}. Seluruh hak cipta dilindungi. Ditenagai WordPress.</div></footer>
</div>
</body>
</html>
"""

    def article_page(i: int, post: Post) -> Page:
        a = post.article
        url = f"{BASE}{post.path}"
        related = _earlier(posts, i, 3, filler_only=True)
        baca = [f'<p class="baca-juga"><strong>Baca Juga:</strong> <a href="{BASE}{r.path}">'
                f"{escape(r.article.title)}</a></p>" for r in related]
        inserts = {1: baca[0], 4: baca[1]} if len(baca) > 1 else {1: baca[0]} if baca else {}
        head = f"""<link rel="canonical" href="{url}">
<meta property="og:locale" content="id_ID">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a.title)}">
<meta property="og:description" content="{escape(_excerpt(a, 25))}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{title}">
<meta property="article:section" content="{post.category.title()}">
<meta property="article:published_time" content="{_iso(post.published)}">
<meta property="article:modified_time" content="{_iso(post.published)}">
<meta name="author" content="Redaksi">"""
        previous = (f'<nav class="navigation post-navigation"><div class="nav-previous"><a href="{BASE}'
                    f'{posts[i - 1].path}" rel="prev">{escape(posts[i - 1].article.title)}</a></div></nav>' if i else "")
        main = f"""<article id="post-{post.number}" class="post-{post.number} post type-post status-publish format-standard category-{post.category}">
<header class="entry-header">
<span class="cat-links"><a href="{BASE}/category/{post.category}/" rel="category tag">{post.category.title()}</a></span>
<h1 class="entry-title">{escape(a.title)}</h1>
<div class="entry-meta"><span class="byline">Oleh <span class="author vcard">Redaksi</span></span>
<span class="posted-on"><time class="entry-date published" datetime="{_iso(post.published)}">{_human_date(post.published)}</time></span></div>
</header>
<div class="post-thumbnail"><img src="{BASE}/wp-content/uploads/{post.published:%Y/%m}/{post.slug}.jpg" alt="{escape(a.title)}"></div>
<div class="entry-content">
{_body(a.paragraphs, inserts)}
</div>
<footer class="entry-footer"><div class="share-buttons">Bagikan:
<a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>
<a href="https://twitter.com/intent/tweet?url={url}">Twitter</a>
<a href="https://api.whatsapp.com/send?text={url}">WhatsApp</a></div></footer>
</article>
{previous}
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3>
<form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p>
<p><label for="comment">Komentar *</label><textarea id="comment" name="comment" rows="8" required></textarea></p>
<p><label for="author">Nama *</label><input id="author" name="author" type="text" required></p>
<p><label for="email">Email *</label><input id="email" name="email" type="email" required></p>
<p class="form-submit"><input name="submit" type="submit" value="Kirim Komentar">
<input type="hidden" name="comment_post_ID" value="{post.number}"></p>
</form></div></div>"""
        page = layout(a.title, main, _earlier(posts, i, 5), head, "post-template-default single single-post")
        return _html(page, post.published, post.visible_from)

    def listing(heading: str, base_path: str, items: Sequence[Post], number: int, pages: int,
                popular: Sequence[Post], modified: dt.datetime) -> tuple[str, Page]:
        path = base_path if number == 1 else f"{base_path}page/{number}/"
        href = lambda n: f"{BASE}{base_path}" if n == 1 else f"{BASE}{base_path}page/{n}/"  # noqa: E731
        cards = "\n".join(
            f'<article class="post type-post"><h2 class="entry-title"><a href="{BASE}{p.path}" rel="bookmark">'
            f"{escape(p.article.title)}</a></h2><div class=\"entry-meta\"><time datetime=\"{_iso(p.published)}\">"
            f"{_human_date(p.published)}</time></div><div class=\"entry-summary\"><p>{escape(_excerpt(p.article))}</p>"
            f'</div><a class="more-link" href="{BASE}{p.path}">Selengkapnya</a></article>' for p in items
        ) or '<p class="no-results">Belum ada berita.</p>'
        links = [f'<a class="prev page-numbers" href="{href(number - 1)}">&laquo; Sebelumnya</a>'] if number > 1 else []
        links += [f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == number
                  else f'<a class="page-numbers" href="{href(n)}">{n}</a>'
                  for n in range(max(1, number - 2), min(pages, number + 2) + 1)]
        if number < pages:
            links.append(f'<a class="next page-numbers" href="{href(number + 1)}">Selanjutnya &raquo;</a>')
        head = f'<link rel="canonical" href="{BASE}{path}">\n<meta property="og:type" content="website">'
        head += f'\n<link rel="prev" href="{href(number - 1)}">' if number > 1 else ""
        head += f'\n<link rel="next" href="{href(number + 1)}">' if number < pages else ""
        main = (f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>\n{cards}\n'
                f'<nav class="navigation pagination"><div class="nav-links">{" ".join(links)}</div></nav>')
        return path, _html(layout(heading, main, popular, head, "archive"), modified)

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        popular = visible[:5]
        pages: dict[str, Page] = {}
        sections = [("Berita Terbaru", "/", visible)]
        sections += [(f"Kategori: {c.title()}", f"/category/{c}/", [p for p in visible if p.category == c])
                     for c in WP_CATEGORIES]
        for heading, base_path, items in sections:
            chunks = _chunks(items, WP_PER_PAGE)
            for number, chunk in enumerate(chunks, 1):
                path, page = listing(heading, base_path, chunk, number, len(chunks), popular,
                                     _latest(items, epoch))
                pages[path] = page
        pages["/feed/"] = _xml(_rss(title, f"{BASE}/feed/", tagline, visible[:10], lambda p: f"{BASE}{p.path}",
                                    modified), modified, "application/rss+xml; charset=UTF-8")
        oldest_first = visible[::-1]
        post_maps = []
        for n, chunk in enumerate(_chunks(oldest_first, WP_PER_SITEMAP), 1):
            path = "/post-sitemap.xml" if n == 1 else f"/post-sitemap{n}.xml"
            chunk_modified = _latest(chunk, epoch)
            pages[path] = _xml(_urlset((f"{BASE}{p.path}", p.published) for p in chunk), chunk_modified)
            post_maps.append((f"{BASE}{path}", chunk_modified))
        pages["/sitemap.xml"] = _xml(_sitemap_index(post_maps + [(f"{BASE}/page-sitemap.xml", epoch)]), modified)
        return pages

    static = {
        "/robots.txt": _text("User-agent: *\nDisallow: /wp-admin/\nDisallow: /wp-login.php\n"
                             "Allow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/sitemap.xml\n", epoch),
        "/page-sitemap.xml": _xml(_urlset([(f"{BASE}/", epoch)] + [(f"{BASE}/{s}/", epoch) for s in WP_PAGES]), epoch),
        "/wp-content/themes/newsmag/style.css?ver=6.2.2": Page(b"body{font-family:sans-serif}\n", "text/css", epoch),
    }
    for slug, label in WP_PAGES.items():
        main = (f'<article class="page type-page"><h1 class="entry-title">{label}</h1><div class="entry-content">'
                f"<p>{title} adalah media siber yang menyajikan berita daerah di pantai utara Jawa.</p></div></article>")
        static[f"/{slug}/"] = _html(layout(label, main, (), '<meta property="og:type" content="website">', "page"),
                                    epoch)
    static |= {p.path: article_page(i, p) for i, p in enumerate(posts)}
    return Site(name, "wordpress", title, posts, static, render)


# ---------------------------------------------------------------------------
# Style: sitemap_only


NEWS_SITEMAP_SIZE = 100


def sitemap_only(posts: list[Post], name: str) -> Site:
    """A JavaScript-rendered portal: the home page links nowhere; robots.txt -> sitemaps -> articles."""
    title = "Kabar Nusantara"
    posts = [replace(p, path=(path := f"/read/{p.number}/{p.slug}"), pages=(path,)) for p in posts]
    epoch = min((p.published for p in posts), default=EMPTY_SITE)

    def article_page(i: int, post: Post) -> Page:
        a = post.article
        url = f"{BASE}{post.path}"
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                         "datePublished": _iso(post.published), "dateModified": _iso(post.published),
                         "author": {"@type": "Organization", "name": title}, "mainEntityOfPage": url},
                        ensure_ascii=False)
        related = "".join(f'<li><a href="{BASE}{r.path}">{escape(r.article.title)}</a></li>'
                          for r in _earlier(posts, i, 4))
        baca = _earlier(posts, i, 1, filler_only=True)
        inserts = {2: f'<p><strong>Baca juga: <a href="{BASE}{baca[0].path}">{escape(baca[0].article.title)}</a>'
                      "</strong></p>"} if baca else {}
        page = f"""<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{escape(a.title)} - {title}</title>
<meta name="description" content="{escape(_excerpt(a, 25))}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a.title)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{_iso(post.published)}">
<meta name="content_PublishedDate" content="{post.published:%Y-%m-%d %H:%M:%S}">
<script type="application/ld+json">{ld}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div class="header"><a class="logo" href="{BASE}/">{title}</a></div>
<div class="container">
<div class="read__header"><h1 class="read__title">{escape(a.title)}</h1>
<div class="read__time">{title} - {post.published:%d/%m/%Y, %H:%M} WIB</div></div>
<div class="read__content"><div class="clearfix">
{_body(a.paragraphs, inserts)}
</div>
<div class="ads-inarticle">ADVERTISEMENT</div>
<p class="read__footnote">Simak breaking news dan berita pilihan kami langsung di ponselmu.</p>
</div>
<div class="related"><h3>Berita Terkait</h3><ul>{related}</ul></div>
</div>
<div class="footer">&copy; {epoch.year} {title}</div>
</body>
</html>
"""
        return _html(page, post.published, post.visible_from)

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        news = "".join(
            f"<url><loc>{BASE}{p.path}</loc><news:news><news:publication><news:name>{title}</news:name>"
            f"<news:language>id</news:language></news:publication><news:publication_date>{_iso(p.published)}"
            f"</news:publication_date><news:title>{escape(p.article.title)}</news:title></news:news></url>\n"
            for p in visible[:NEWS_SITEMAP_SIZE])
        pages = {"/sitemap-news.xml": _xml(
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{news}</urlset>\n', modified)}
        months: dict[str, list[Post]] = {}
        for p in visible[::-1]:
            months.setdefault(f"{p.published:%Y-%m}", []).append(p)
        for month, items in months.items():
            pages[f"/sitemap-posts-{month}.xml"] = _xml(_urlset((f"{BASE}{p.path}", p.published) for p in items),
                                                        _latest(items, epoch))
        maps = [(f"{BASE}/sitemap-news.xml", modified)]
        maps += [(f"{BASE}/sitemap-posts-{m}.xml", _latest(items, epoch)) for m, items in sorted(months.items())]
        pages["/sitemap_index.xml"] = _xml(_sitemap_index(maps), modified)
        return pages

    home = f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>{title} - Berita Terkini Daerah</title>
<meta property="og:type" content="website"><link rel="preload" href="{BASE}/_next/static/chunks/main.js" as="script"></head>
<body><div id="__next"><noscript>Aktifkan JavaScript untuk membaca {title}.</noscript></div>
<script src="{BASE}/_next/static/chunks/main.js" defer></script></body></html>
"""
    static = {
        "/": _html(home, epoch),
        "/robots.txt": _text("User-agent: *\nDisallow: /search\nDisallow: /api/\n\n"
                             "Sitemap: {base}/sitemap_index.xml\n", epoch),
        "/_next/static/chunks/main.js": Page(b"/* app bundle */\n", "application/javascript", epoch),
    }
    static |= {p.path: article_page(i, p) for i, p in enumerate(posts)}
    return Site(name, "sitemap_only", title, posts, static, render)


# ---------------------------------------------------------------------------
# Style: listing_only


LISTING_PER_PAGE = 10
SPLIT_WORDS = 250  # articles this long are split over two pages


def listing_only(posts: list[Post], name: str) -> Site:
    """No feed, no sitemap: a paginated /indeks, and long articles split into /berita/slug and ?page=2.

    The split falls at the middle paragraph. Among the bundled samples this
    puts Jepara's only coverage figure on page 2 (its title has none), so that
    article is complete only once its second page is read.
    """
    title = "Lintas Daerah"
    posts = [replace(p, path=(path := f"/berita/{p.slug}"),
                     pages=(path, f"{path}?page=2") if len(p.article.text.split()) >= SPLIT_WORDS else (path,))
             for p in posts]
    epoch = min((p.published for p in posts), default=EMPTY_SITE)
    nav = ('<a href="/">Beranda</a> <a href="/indeks">Indeks Berita</a> <a href="/redaksi">Redaksi</a> '
           '<a href="/cari?q=">Cari</a>')

    def layout(head_title: str, main: str, head_extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>{escape(head_title)} | {title}</title>
{head_extra}
<link rel="stylesheet" href="/assets/css/app.css"></head>
<body>
<div class="topnav"><a class="brand" href="/">{title}</a> <nav>{nav}</nav></div>
<div class="wrap">
{main}
</div>
<div class="foot">&copy; {epoch.year} {title} &middot; <a href="/redaksi">Redaksi</a> &middot; <a href="/cari?q=">Cari</a></div>
</body>
</html>
"""

    def article_pages(post: Post) -> dict[str, Page]:
        a = post.article
        paragraphs = a.paragraphs
        half = len(paragraphs) // 2
        parts = [paragraphs[:half], paragraphs[half:]] if len(post.pages) == 2 else [paragraphs]
        out = {}
        for number, (path, part) in enumerate(zip(post.pages, parts), 1):
            paging = ""
            if len(parts) == 2:
                other = post.pages[1] if number == 1 else post.pages[0]
                step = (f'<a href="{other}" rel="next">Selanjutnya</a>' if number == 1
                        else f'<a href="{other}" rel="prev">Sebelumnya</a>')
                numbers = " ".join(f'<span class="active">{n}</span>' if n == number else f'<a href="{p}">{n}</a>'
                                   for n, p in enumerate(post.pages, 1))
                paging = f'<div class="paging-article">Halaman {numbers} {step}</div>'
            head = (f'<link rel="canonical" href="{path}">\n<meta property="og:type" content="article">\n'
                    f'<meta property="og:title" content="{escape(a.title)}">\n'
                    f'<meta property="article:published_time" content="{_iso(post.published)}">')
            main = f"""<div class="detail">
<h1 class="detail__title">{escape(a.title)}</h1>
<div class="detail__date">{_human_date(post.published)}</div>
<div class="detail__text">
{_body(part)}
{paging}
</div>
<div class="detail__tags">Tag: <span>{post.category}</span></div>
</div>"""
            out[path] = _html(layout(a.title, main, head), post.published, post.visible_from)
        return out

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        href = lambda n: "/indeks" if n == 1 else f"/indeks?page={n}"  # noqa: E731
        chunks = _chunks(visible, LISTING_PER_PAGE)
        pages = {}
        for number, chunk in enumerate(chunks, 1):
            items = "\n".join(f'<li><a href="{p.path}">{escape(p.article.title)}</a> '
                              f'<span class="date">{_human_date(p.published)}</span></li>' for p in chunk)
            links = [f'<a href="{href(number - 1)}" rel="prev">&laquo; Sebelumnya</a>'] if number > 1 else []
            links += [f'<a href="{href(n)}">{n}</a>' if n != number else f"<b>{n}</b>"
                      for n in range(max(1, number - 3), min(len(chunks), number + 3) + 1)]
            if number < len(chunks):
                links.append(f'<a href="{href(number + 1)}" rel="next">Selanjutnya &raquo;</a>')
            head = f'<link rel="next" href="{href(number + 1)}">' if number < len(chunks) else ""
            head += f'\n<link rel="prev" href="{href(number - 1)}">' if number > 1 else ""
            main = (f'<h1>Indeks Berita</h1>\n<ul class="indeks">{items}</ul>\n'
                    f'<div class="pagination">{" ".join(links)}</div>')
            pages[href(number)] = _html(layout("Indeks Berita", main, head), modified)
        latest = "\n".join(f'<div class="card"><h2><a href="{p.path}">{escape(p.article.title)}</a></h2>'
                           f"<p>{escape(_excerpt(p.article, 20))}</p></div>" for p in visible[:LISTING_PER_PAGE])
        main = f'<h1 class="sr-only">{title}</h1>\n{latest}\n<p><a href="/indeks">Indeks berita lainnya</a></p>'
        pages["/"] = _html(layout("Berita Daerah Terkini", main), modified)
        return pages

    static = {
        "/robots.txt": _text("User-agent: *\nDisallow: /cari\nDisallow: /admin/\n", epoch),
        "/redaksi": _html(layout("Redaksi", f"<h1>Redaksi</h1><p>{title} diterbitkan PT Lintas Media.</p>"), epoch),
        "/assets/css/app.css": Page(b".wrap{max-width:960px}\n", "text/css", epoch),
    }
    for post in posts:
        static |= article_pages(post)
    return Site(name, "listing_only", title, posts, static, render)


# ---------------------------------------------------------------------------
# Style: legacy_cp1252


LEGACY_PER_PAGE = 15
LEGACY_TAGLINE = "“Tajam, Lugas, Terpercaya” – sejak 1998"


def legacy_cp1252(posts: list[Post], name: str) -> Site:
    """An old PHP CMS: windows-1252 pages declared only in <meta http-equiv>, /rss.xml, query-string URLs.

    The HTTP header says just ``text/html``, so a client that trusts the
    header alone, or assumes UTF-8 or latin-1, gets the curly quotes, dashes
    and accented letters wrong.
    """
    title = "Harian Suara Pesisir"
    posts = [replace(p, path=(path := f"/berita.php?id={p.number}"), pages=(path,)) for p in posts]
    epoch = min((p.published for p in posts), default=EMPTY_SITE)

    def encode(text: str, modified: dt.datetime, content_type: str = "text/html", visible_from: float = 0.0) -> Page:
        return Page(text.encode("cp1252", errors="xmlcharrefreplace"), content_type, modified, visible_from)

    def layout(head_title: str, main: str) -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{escape(head_title)} :: {title}</title>
<meta name="keywords" content="berita, daerah, pesisir">
<link rel="alternate" type="application/rss+xml" title="RSS" href="rss.xml">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<center>
<div id="kepala" style="background:#003366"><font color="#FFFFFF" size="5"><b>{title}</b></font><br>
<font color="#CCCCCC" size="1">{LEGACY_TAGLINE}</font></div>
<div id="menu"><a href="index.php">Depan</a> | <a href="arsip.php">Arsip</a> | <a href="rss.xml">RSS</a> |
<a href="redaksi.php">Redaksi</a></div>
</center>
<div id="kiri" style="width:600px;float:left">
{main}
</div>
<div id="kanan" style="width:180px;float:right"><font size="1">Pasang iklan? Hubungi Andr&eacute; di (024) 355-1234.</font></div>
<div id="kaki" style="clear:both"><center><font size="1">&copy; 1998–{epoch.year} {title}. Dilarang mengutip tanpa izin.</font></center></div>
</body>
</html>
"""

    def article_page(post: Post) -> Page:
        a = post.article
        main = f"""<div class="judul"><h2>{escape(a.title)}</h2></div>
<div class="tanggal"><font size="1" color="#666666">{_human_date(post.published)} | Dibaca: {post.number % 997 + 120} kali</font></div>
<div class="isi">
{_body(a.paragraphs)}
</div>
<p><a href="javascript:window.print()">Cetak</a> | <a href="index.php">Kembali</a></p>"""
        return encode(layout(a.title, main), post.published, visible_from=post.visible_from)

    def listing(heading: str, items: Sequence[Post], more: str) -> str:
        rows = "\n".join(f'<tr><td><font size="1">{p.published:%d/%m/%Y}</font></td><td><a href="{p.path[1:]}">'
                         f"{escape(p.article.title)}</a></td></tr>" for p in items)
        return f'<h3>{heading}</h3>\n<table width="100%" cellpadding="3">\n{rows}\n</table>\n{more}'

    def render(visible: Sequence[Post]) -> dict[str, Page]:
        modified = _latest(visible, epoch)
        href = lambda n: "arsip.php" if n == 1 else f"arsip.php?hal={n}"  # noqa: E731
        chunks = _chunks(visible, LEGACY_PER_PAGE)
        pages = {"/": encode(layout("Depan", listing("Berita Terbaru", visible[:LEGACY_PER_PAGE],
                                                     '<p><a href="arsip.php">Arsip berita &raquo;</a></p>')), modified)}
        pages["/index.php"] = pages["/"]
        for number, chunk in enumerate(chunks, 1):
            more = " ".join(f'<a href="{href(n)}">[{n}]</a>' if n != number else f"[{n}]"
                            for n in range(1, len(chunks) + 1))
            pages[f"/{href(number)}"] = encode(layout("Arsip", listing(f"Arsip Berita – Hal. {number}", chunk,
                                                                       f"<p>Halaman: {more}</p>")), modified)
        rss = _rss(title, f"{BASE}/rss.xml", LEGACY_TAGLINE, visible[:10], lambda p: f"{BASE}{p.path}", modified,
                   encoding="windows-1252")
        pages["/rss.xml"] = encode(rss, modified, "application/rss+xml")
        return pages

    static = {
        "/robots.txt": _text("User-agent: *\nDisallow: /admin/\n", epoch),
        "/redaksi.php": encode(layout("Redaksi", "<h3>Redaksi</h3><p>Pemimpin Redaksi: René Sitompul</p>"), epoch),
    }
    static |= {p.path: article_page(p) for p in posts}
    return Site(name, "legacy_cp1252", title, posts, static, render)


BUILDERS: dict[str, Callable[[list[Post], str], Site]] = {
    "wordpress": wordpress, "sitemap_only": sitemap_only, "listing_only": listing_only, "legacy_cp1252": legacy_cp1252,
}
STYLES = tuple(BUILDERS)
