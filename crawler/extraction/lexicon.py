"""The extractor's vocabulary: named word lists, in one place.

Every rule in ``roles``, ``references`` and ``extract`` reads words through a name defined here
("MEASURE: subjects of a percentage that are not enrolment"), so a new word is one edit here and
a new rule is a row in its module's rule table plus a unit test. Patterns that match a whole
sentence are lower-case unless they carry ``re.IGNORECASE``: ``roles`` lower-cases the sentence
first; references and page text keep the writer's capitals where they matter (region names).
"""

from __future__ import annotations

import re

# ======================================================================= is the text about JKN at all

# Health insurance named: JKN, BPJS Kesehatan, its card, UHC, its subsidised segment ("data Penerima Bantuan Iuran
# (PBI) ... jumlah pemegang kartu BPJS" names no "Kesehatan", but only JKN has PBI).
# ("covered by BPJS Health", "the National Health Insurance (NHI)": English-language pages translate the names)
HEALTH_NAMED = re.compile(r"\bJKN|BPJS\s+(?:Kesehatan|Health)|national\s+health\s+insurance|jaminan\s+kesehatan|\bUHC\b|universal\s+health\s+coverage|"
                          r"kartu\s+indonesia\s+sehat|\bKIS\b|\bJKS\b|penerima\s+bantuan\s+iuran", re.IGNORECASE)
# The scheme itself named, not just "jaminan kesehatan" (which a survey's "memiliki jaminan kesehatan" uses of any scheme).
SCHEME_NAMED = re.compile(r"\bJKN|BPJS|jaminan\s+kesehatan\s+nasional|\bUHC\b|universal\s+health\s+coverage|"
                          r"kartu\s+indonesia\s+sehat|\bKIS\b|\bJKS\b|jamkesda", re.IGNORECASE)
# A household survey ("Susenas 2021 ... penduduk yang memiliki jaminan kesehatan 68,36%"): it counts any insurance.
SURVEY_NAMED = re.compile(r"\bsusenas\b|survei\s+sosial\s+ekonomi", re.IGNORECASE)
# A survey story ("tingkat kepemilikan jaminan kesehatan", Susenas) counts people with any health cover: its shares of
# "penduduk yang memiliki jaminan kesehatan" are JKN's only where BPJS or JKN is named
SURVEY_STORY = re.compile(r"kepemilikan jaminan kesehatan|\bsusenas\b|survei sosial ekonomi")
ANY_HEALTH_COVER = re.compile(r"(?:memiliki|punya|mempunyai|kepemilikan)\s+(?:jaminan kesehatan|jamkes\b)")
JKN_ITSELF = re.compile(r"\bjkn|\bbpjs\b|\bkis\b|jaminan kesehatan nasional")
# "69,22% penduduk Indonesia memiliki jaminan kesehatan dari BPJS Kesehatan": the cover named as the scheme's
COVER_FROM_SCHEME = re.compile(r"(?:memiliki|punya|mempunyai)\s+(?:jaminan kesehatan|jamkes)\s+(?:dari|berupa|melalui|"
                               r"yaitu|yakni)\s+(?:program\s+)?(?:bpjs|jkn|kis)")
# The words without which a text cannot announce JKN coverage: the crawl's prefilter on raw pages and
# the extractor's first test.
# ("telah tercakup dalam program Badan Penyelenggaraan Jaminan Sosial (BPJS)": BPJS alone, its health scheme meant;
# BPJS Ketenagakerjaan stories are set aside by names_no_health_insurance)
RELEVANT = re.compile(HEALTH_NAMED.pattern + r"|kepesertaan|\bBPJS\b", re.IGNORECASE)
# A story that names no health insurance at all announces no JKN coverage, when it names employment insurance
# ("BPJS Ketenagakerjaan ... sudah menjangkau 40 persen peserta") or no BPJS at all ("Tingkat kepesertaan masyarakat
# mencapai 73,89 persen" in a story on a Pilkada): its "kepesertaan" is workers' or voters'.
BPJS_NAMED = re.compile(r"\bbpjs\b", re.IGNORECASE)
JKN_CONTEXT = re.compile(
    r"kepesertaan|peserta|terdaftar|terlindungi|tercakup|tergabung|bergabung|\buhc\b|universal health|"
    r"\bjkn|jaminan kesehatan|bpjs|memiliki jaminan|kartu (?:jkn|bpjs|indonesia sehat|kis)|\bkis\b|\bjks\b|"
    r"terjamin|tercover|ter-cover|dijamin|jamkesda|cakupan (?:kepesertaan|jkn|uhc|jaminan|kesehatan semesta)|"
    r"\bcoverage\b|\benrol(?:l)?(?:ed|ment)\b|\bparticipants\b|\bregistered\b"  # English-language pages
)
# ("Dari data BPJS hingga Januari 2015 terdapat 135,7 juta peserta ... 8,89 juta peserta Jamkesda": BPJS alone is JKN's)
JKN_NAMED = re.compile(r"\bjkn|bpjs kesehatan|jaminan kesehatan|\buhc\b|universal health|"
                       r"\bbpjs\b(?!\)?\s*(?:ketenagakerjaan|tk\b|naker\b|jamsostek))")
# "bekas peserta program Jamsostek sebanyak 26.255 orang": a scheme folded into JKN names a segment of its participants
FORMER_SCHEME = re.compile(r"\b(?:bekas|eks|mantan)[- ]peserta\s+(?:program\s+)?(?:jamsostek|askes|jamkesmas|jamkesda)\b")
# Other schemes: any or private health insurance, the regional schemes before JKN. Not JKN unless it is named too.
# (not "warga yang sudah memiliki asuransi kesehatan ini": the scheme the story named, pointed back at)
OTHER_INSURANCE = re.compile(r"\basuransi\b(?!\s+kesehatan\s+(?:ini|itu|tersebut)\b)|\bjamkesmas\b|\bjamkesda\b|"
                             r"jaminan kesehatan daerah")
# "kepesertaan layanan kesehatan gratis Pemprov Bali itu, saat ini turun menjadi tinggal 2,4 juta jiwa": a regional
# scheme named as the subject of a number, with no JKN word between them (not an office named after one: "Kepala UPT
# Jamkesda")
OTHER_SCHEME_BEFORE = re.compile(r"(?<!upt )(?<!unit )(?<!bidang )(?<!seksi )\b(?:jkbm|jamkesda|jamkesmas|jaminan kesehatan daerah|layanan kesehatan gratis)\b"
                                 r"(?:(?!\bjkn|\bbpjs|\bkis\b|\buhc\b)[^.;\d]){0,70}$")
# A sentence about employment insurance is not about JKN unless it names JKN too.
EMPLOYMENT = re.compile(r"ketenagakerjaan|jamsostek|\btenaga kerja\b|angkatan kerja|\bucj\b|\bbpjamsostek\b")

# ======================================================================= what a number is a share or count of

# A participation rate is turnout, unless a JKN passage speaks of it ("angka partisipasi masyarakat Babel ... 99,41
# persen" after "jaminan kesehatan"; "tingkat partisipasi BPJS Kesehatan"; "target partisipasi penuh") and no vote is near
PARTICIPATION_RATE = re.compile(r"partisipasi(?! bpjs| jkn| penuh)")
ELECTION = re.compile(r"\bpemilu|\bpilkada|\bpileg|\bpilpres|pemilih|\bsuara\b|\btps\b|\bdpt\b|\bcoblos")
# Words next to a number that make it a share or count of something else.
OTHER_SUBJECT = re.compile(  # whole words from their start: "Sukamara" holds no "kamar"
    r"\b(?:responden|kepuasan|\bpuas\b|pekerja formal|pekerja informal|elektabilitas|(?<!\()\bsuara\b(?!\.)|inflasi|pertumbuhan|"
    r"anggaran|imunisasi|vaksin|stunting|kemiskinan|pengangguran|kehadiran|" + PARTICIPATION_RATE.pattern + r"|kunjungan|pasien|"
    r"rumah sakit|puskesmas|klinik|faskes|fasilitas kesehatan|dokter|bidan|perawat|obat|\bklaim\b|rujukan|kamar|"
    r"tempat tidur|kasus|bunga|diskon|pajak|suku|badan usaha|perusahaan|pemberi kerja|siswa|sekolah|"
    r"perekaman|e-?ktp|ktp-el|ktp elektronik|kartu kependudukan|"
    # the social-welfare registers: "pemutakhiran DTKS terhadap 5.327.074 warga yang terdaftar" are not the enrolled
    r"dtks|dtsen|data terpadu kesejahteraan sosial|regsosek|p3ke|"
    r"penderita|pengidap|terdiagnosis|didiagnosis)"  # "3,3 juta peserta merupakan penderita hipertensi": patients
)
# "Jaminan 100 Persen Iuran BPJS Kesehatan Warga Miskin": a share of the premiums, paid for someone
PREMIUM_AFTER = re.compile(r"^\s*(?:dari\s+)?(?:iuran|premi)\b")
# A programme inside JKN: "4,8 juta peserta telah tergabung dalam Prolanis" are some of the enrolled, not all
SUBPROGRAMME_AFTER = re.compile(r"^[^.;\d]{0,50}?\b(?:tergabung|bergabung|terdaftar|ikut|mengikuti|aktif)\s+(?:dalam\s+|di\s+|pada\s+)?"
                                r"(?:program\s+)?(?:prolanis|rujuk balik|prb|pengelolaan penyakit kronis)\b")
# A share whose subject is a region left unnamed: "ada daerah yang tercatat memiliki capaian UHC lebih dari 100 persen",
# "beberapa kabupaten masih di bawah 90 persen"
# (not when the sentence goes on to name them: "ada beberapa wilayah di Bali yakni Badung dan Klungkung yang ...")
# ("Masih ada satu yang belum UHC, sekitar 77 persen": one left unnamed)
# ("Ia menjelaskan, sebanyak 22 Provinsi dan 334 kabupaten/kota di Indonesia telah melakukan berbagai upaya optimal
# sehingga lebih dari 95 persen penduduknya": regions counted as the subject, none of them named)
UNNAMED_REGION_BEFORE = re.compile(r"(?:\b(?:ada|beberapa|sejumlah|banyak|sebagian|salah satu) (?:daerah|kabupaten|kota|"
                                   r"wilayah|kabupaten/kota|kab/kota|provinsi)\b(?! (?:tersebut|itu|ini)\b))"
                                   r"(?:(?!yakni|yaitu|antara lain|di ?antaranya|seperti|termasuk)[^.;:,]){0,90}$"
                                   # (but not "sebanyak 27 Kab/Kota telah UHC dan 93,82 persen penduduk di Jawa Timur":
                                   # another subject after "dan")
                                   r"|\b(?:sebanyak|ada|terdapat) \d+ (?:daerah|kabupaten|kota|kabupaten/kota|kab/kota|provinsi)\b"
                                   r"(?: (?:dan|serta) \d+ (?:daerah|kabupaten|kota|kabupaten/kota|kab/kota|provinsi)\b)?"
                                   r"(?! (?:tersebut|itu|ini)\b)(?:(?!yakni|yaitu|antara lain|di ?antaranya|seperti|termasuk|"
                                   r"\bdan\b|\bserta\b)[^.;:,]){0,110}$"
                                   r"|\bada satu(?:nya)? yang\b[^.;:]{0,60}$")
# What the people of a share own, when it is not JKN: "100 persen penduduk Pangkalpinang telah memiliki Nomor Induk
# Kependudukan (NIK)"
OWNS_OTHER_AFTER = re.compile(r"\b(?:memiliki|mempunyai|punya|memegang)\s+(?:nomor induk kependudukan|nik\b|e-?ktp|ktp|"
                              r"kartu keluarga|kk\b|akta|kartu identitas|rekening|rumah|jamban|"
                              # (but "memiliki akses kepesertaan JKN": access to enrolment is enrolment)
                              # ("memiliki akses ke program JKN-KIS" too)
                              r"akses(?!\s+(?:ke\s+)?(?:program\s+)?(?:kepesertaan|jkn|bpjs|jaminan kesehatan)))"
                              # "40,96 persen dari total penduduk telah mengikuti pemeriksaan kesehatan gratis": what they
                              # took part in
                              r"|\b(?:mengikuti|menjalani|ikut)\s+(?:program\s+)?(?:pemeriksaan|cek kesehatan|"
                              r"vaksinasi|imunisasi|ckg)\b"
                              # "Hampir 50 persen masyarakat Papua yang melakukan perekaman": the e-KTP recording done
                              r"|\b(?:melakukan|mengikuti|sudah)\s+perekaman\b"
                              # "74 persen penduduk Indonesia yang telah terbebas dari penyakit malaria": free of a disease
                              r"|\b(?:ter)?bebas\s+(?:dari\s+)?(?:penyakit|malaria|kaki gajah|filariasis|kusta|tbc|"
                              r"tuberkulosis|polio|campak|rabies|buang air)")
# "Program cakupan kesehatan semesta atau universal health coverage (UHC) 100% yang dicanangkan Pemerintah Kota Cirebon",
# "PBI BPJS Kesehatan yang digulirkan melalui UHC 100% tersebut": a programme named by the level it aims at, no figure
# (not "program JKN di Kabupaten X mencapai UHC 98 persen": a verb between says a level was reached)
PROGRAMME_NAMED_BEFORE = re.compile(r"\bprogram\b(?:(?!\b(?:mencapai|capai|meraih|raih|sudah|telah|dengan|tembus|menembus|"
                                    r"sebesar|berhasil|kini|baru|masih|di)\b)[^.;,\d]){0,80}"
                                    r"\b(?:uhc|universal health coverage)\)?\s*$"
                                    r"|\bmelalui\s+(?:program\s+)?(?:uhc|universal health coverage)\)?\s*$")
PROGRAMME_NAMED_AFTER = re.compile(r"^\s*(?:persen|%)?\s*(?:yang\s+(?:dicanangkan|digulirkan|diluncurkan|diterapkan|"
                                   r"dijalankan|diprogramkan)|tersebut|itu|ini)\b")
# "menaikkan iuran BPJS Kesehatan untuk Peserta Bukan Penerima Upah (PBPU) dan Bukan Pekerja sebesar 100%": how much a
# premium, a price or a budget was raised or cut, however long the name of whom it applies to
PRICE_CHANGE_BEFORE = re.compile(r"\b(?:menaikkan|kenaikan|naiknya|dinaikkan|menurunkan|penurunan|turunnya|diturunkan)\s+"
                                 r"(?:besaran\s+|nilai\s+)?(?:iuran|tarif|premi|harga|gaji|upah|anggaran|pajak|cukai)\b"
                                 r"[^.;\d]{0,120}\b(?:sebesar|hingga|sampai|mencapai)\s*$")
# "54% of respondents have enough knowledge about JKN, ..., 98% have never get JKN socialization": a sentence about a
# study's sample gives the sample's shares, whatever they are of
SAMPLE_WORDS = re.compile(r"\b(?:responden|respondents?|sampel|samples?|informan|informants?)\b")
# Subjects of a percentage or count that are not enrolment, wherever they stand in its clause.
MEASURE = re.compile(
    r"kepuasan|responden|survei|\bindeks\b|keterisian|tempat tidur|\bbor\b|okupansi|akreditasi|"
    r"antrean|antrian|\btiket|elektabilitas|inflasi|kemiskinan|pengangguran|pertumbuhan ekonomi|\bipm\b|stunting|imunisasi|vaksinasi|"
    r"kehadiran|"
    # "Program CKG telah diikuti oleh 70,8 juta orang", "40,96 persen dari total penduduk telah mengikuti pemeriksaan
    # kesehatan gratis": another programme's take-up
    r"\bckg\b|cek kesehatan|pemeriksaan kesehatan|medical check|"
    # "tingkat kepedulian masyarakat Aceh terhadap jaminan sosial ... mencapai 80%": what people think, not who is enrolled
    r"kepedulian|kesadaran|pemahaman|pengetahuan|persepsi|awareness|"
    # ("realisasinya 222,4 juta peserta": the enrolled realised, said right before their count)
    r"\brealisasi(?!nya (?:lebih|jauh))(?! (?:cakupan|kepesertaan|capaian|uhc|jkn))(?!(?:nya)?\s*$)|serapan|terserap|penyerapan|\bklaim|\bclaims?\b|kolekt[ai]bilitas|kepatuhan|tunggakan|menunggak|\bnunggak\b|\bporsi\b|"
    r"\bdenda\b|\btarif\b|\biuran wajib\b|\biw\b|penyetoran|\bsetoran\b|"  # "selisih kurang penyetoran IW Pemda 4%"
    r"\bdikenakan iuran\b|"  # "per bulannya dikenakan iuran sebesar 5 persen": a premium rate
    r"\bdari\s+(?:penambahan\s+)?(?:jatah|kuota)\b|"  # "dari penambahan jatah KIS hanya bisa tercover sebesar 60 persen"
    r"\bbiaya\b|\bpremi\b|(?<!anggaran )\bpendapatan\b|pemanfaatan (?:layanan|pelayanan|fasilitas)|subsidi|pemilih|\bdpt\b|paslon|pasangan calon|margin of error|(?<!\()\bsuara\b(?!\.)|menanggung|"
    r"\bberbagi\b|\bskema\b|badan usaha|perusahaan|pemberi kerja|\bpatuh|miskin|skrining|berisiko|terdeteksi|"
    r"hipertensi|diabetes|(?<!keaktifan )pengguna(?! (?:bpjs|jkn)\b)|aplikasi|"  # ("keaktifan pengguna BPJS" is the
    # active share; "Dari 90 persen pengguna BPJS di Kota Makassar, hanya 70 persen yang aktif": its members)
    r"\bunduh|download|kartu identitas|\bkia\b|akta kelahiran|\bktp|"
    # "KIS yang sudah diedarkan kepada masyarakat sekitar 59 persen": cards handed out, not people enrolled
    r"\b(?:kartu|kis)\b[^.;\d]{0,25}\b(?:diedarkan|dibagikan|disalurkan|didistribusikan|dicetak|beredar|tersalurkan|"
    r"terdistribusi)\b|\b(?:penyaluran|pembagian|pendistribusian|distribusi|pencetakan)\s+(?:kartu|kis)\b|"
    # English pages: "the morbidity rate among poor people has reached 41.05 percent"
    r"morbidity|mortality|prevalence|poverty|unemployment|inflation|turnout|satisfaction|occupancy|vaccination|"
    r"immuni[sz]ation|growth rate|\bclaims?\b|\bpremiums?\b|\btariffs?\b|"  # "the JKN premium would be increased up to 100 per cent"
    # "out-of-pocket spending ... comprising 45 percent of the current health expenditure"
    r"out-of-pocket|\bspending\b|\bexpenditure"
)
# "cakupan imunisasi dasar lengkap ... 96,1 persen": the last "cakupan X" before a number says what it covers.
OTHER_COVERAGE = re.compile(
    r"^(?:cakupan|capaian) (?:imunisasi|vaksinasi|vaksin|layanan|pelayanan|air|listrik|sanitasi|internet|sinyal|asi|"
    r"posyandu|pemeriksaan|skrining|bansos|bantuan|pendidikan|e-?ktp|ktp|akta|kia|jaringan|berita|liputan|pajak|pad|"
    r"kinerja|idl|ibl|bias|k1|k4|k6|gizi|vitamin|tablet|obat|jamban|odf|pbb|kk|rutilahu|pkh|bpnt|stunting|"
    r"persalinan|kunjungan|ucj|bpjs ketenagakerjaan|jaminan sosial ketenagakerjaan|perlindungan pekerja|"
    r"perekaman|kepemilikan|pencatatan|pembuatan|penerbitan|pemberian|dosis|balita|penimbangan|pdam|asuransi|"
    r"objek|wilayah|sinyal|bayi|ibu hamil|posbindu|pengobatan|perawatan)\b"
)
# Words near a percentage that make it a share of people covered: without one, a bare "N persen"
# in a JKN story is more likely a budget share, a fine or a poll.
COVERAGE_NEAR = re.compile(
    r"cakupan|kepesertaan|peserta|terdaftar|terlindungi|tercakup|tergabung|bergabung|\buhc\b|universal health|"
    r"\bjkn|jaminan kesehatan|capaian|terjamin|penduduk|warga|masyarakat|\bjiwa\b|persentase|\bkis\b|\bjks\b|"
    r"\btercover\b|\bter-cover\b|"  # ("tercatat dari 97,73 persen yang sudah tercover")
    r"\bcoverage\b|\benrol(?:l)?(?:ed|ment)\b|\bparticipants\b|\bregistered\b|\bresidents\b|\bpopulation\b"
)
# "80 ribu lebih warga Natuna, kesehatannya sudah dijamin BPJS": the people named first, then what holds of them
COVERED_AS_COMMENT_AFTER = re.compile(r"^\s*(?:lebih\s+|an\s+)?(?:warga|penduduk|masyarakat|jiwa|orang)\b[^.;,\d]{0,40},\s*"
                                      r"\w+nya\s+(?:sudah\s+|telah\s+)?(?:dijamin|terjamin|ditanggung|terdaftar|terlindungi|"
                                      r"tercover|tercakup)\b")
PARTICIPATION = re.compile(
    r"peserta|terdaftar|mendaftar|teregistrasi|terlindungi|tercakup|tergabung|bergabung|"
    r"(?:memiliki|mempunyai|punya) (?:jaminan|kartu|bpjs|jkn|kis)|"
    r"(?:me|pe)megang (?:kartu|bpjs|jkn|kis)|kepesertaan|terjamin|tercover|ter-cover|dijamin|\bjkn\b|jaminan kesehatan|"
    r"\bparticipants\b|\benrol(?:l)?ed\b|\bregistered\b|\bmembers(?:hip)?\b|\bhealth insurance\b|\binsured\b|\bcovered\b|"
    r"\bcover(?:s|ing)\b|"  # "The UHC system grew rapidly and covers 203 million people"
    r"\b(?:has|have|had)\s+reached\b|"  # "the program has reached 248.77 million people, or 90.73%"
    r"\bmencakup\b|\bmenjangkau\b|"  # "Cakupan ini mencakup lebih dari 278 juta jiwa"
    r"\bdiakomodasi\b|"  # "sekitar 2,8 juta penduduk provinsi itu diakomodasi oleh BPJS"
    r"\bikut(?:\s+serta)?\s+(?:program\s+|menjadi\s+peserta\s+)?(?:bpjs|jkn)"  # "126 juta jiwa warga yang ikut BPJS"
)
ACTIVE_NEAR = re.compile(r"keaktifan|keakifan|keatifan|keaktivan|peserta (?:jkn[\w-]* )?(?:yang )?aktif|kepesertaan aktif|"
                         r"(?:status|tingkat|terlindungi secara|[pP]r?[eo]sentase) aktif"
                         r"|\byang aktif|aktif (?:sebanyak|mencapai|sebesar|baru)|\baktifnya peserta"  # "aktifnya peserta JKN"
                         r"|\bactive (?:jkn |bpjs )?(?:population )?(?:coverage|participants|participation|members|membership)\b")  # English pages
# ... but not the people's or officials' activity: "harus pro aktif", "berperan aktif"
ACTIVE = re.compile(r"keaktifan|keaktivan|(?<!pro )(?<!pro-)(?<!berperan )\baktif\b|secara aktif")
ACTIVE_UNIT_AFTER = re.compile(r"\s*(?:jiwa|orang|peserta|warga|penduduk)?\s*(?:yang\s+)?(?:masih\s+|tercatat\s+|berstatus\s+)?"
                               r"aktif\b")  # "424.764 peserta aktif"
# "86,68 persen dengan 424.764 peserta aktif": a share whose count, right after it, is of the active
ACTIVE_COUNT_RESTATES_AFTER = re.compile(r"\s*(?:persen|%)?\s*,?\s*(?:dengan|atau|yakni|yaitu|sebanyak)\s+(?:sekitar\s+)?"
                                         r"\d[\d.,]*\s*(?:juta\s+|ribu\s+)?" + ACTIVE_UNIT_AFTER.pattern)
SAME_SUBJECT_COUNT_BETWEEN = re.compile(r"\s*(?:jiwa|orang|peserta)?\s*,?\s*(?:(?:dari\s+)?sebelumnya|(?:sehingga\s+)?"
                                        r"total(?:nya)?(?:\s+(?:capai|mencapai|menjadi))?"
                                        # "PBPU yang ditanggung APBD akan meningkat dari 65.946 jiwa pada 2025 menjadi
                                        # 71.858 jiwa": where the same segment goes
                                        r"|(?:pada\s+(?:tahun\s+)?20\d\d\s+)?menjadi)\s*(?:sebanyak\s+)?",
                                        re.IGNORECASE)
ENROLLED_CLAUSE_WITH_FIGURE = re.compile(r"\s*(?:jiwa|orang|penduduk|warga)?\s*,?\s*(?:(?:dan|sedangkan|sementara)\s+yang\s+"
                                         r"[^.;\d]{0,70}\d"
                                         # "jumlah penduduk Kabupaten Klungkung mencapai 230.684 jiwa dengan jumlah
                                         # kepesertaan JKN (BPJS) per 30 September 2017 sebanyak 122.755 jiwa"
                                         r"|dengan\s+(?:jumlah|total)\s+(?:kepesertaan|peserta)\b[^.;]{0,70}?"
                                         r"\b(?:sebanyak|sejumlah|berjumlah|mencapai|sebesar)\s*\d)")
NEXT_ITEM = re.compile(r"\b(?:dan|serta)\s+(?=\d)"  # "... peserta aktif dan 82.809 tidak aktif": the next count
                       # "baru mencapai 224.133.671 jiwa atau ada sekitar 30 juta rakyat Indonesia yang belum masuk":
                       # "there are" opens another group with a number of its own
                       # ("70 persen yang tercover dan masih tersisa 546 ribu yang belum masuk": what is left, too)
                       r"|\b(?:atau|dan|sehingga|namun)\s+(?:masih\s+)?(?:ada|tersisa|sisanya)\s+(?:sekitar\s+|sebanyak\s+|"
                       r"lebih dari\s+)?(?=\d)"
                       # "jumlah penduduk yang ada 1,8 juta jiwa maka baru 70 persen yang tercover dan masih tersisa ...":
                       # "maka" opens the clause that follows from it
                       r"|\bmaka\b")
# "5,26 juta jiwa atau 80,03% dengan status aktif dan non-aktif": everyone, whatever their status
# Every spelling of "not active", shared by the patterns below: "tidak aktif", "tak aktif", "tidak lagi aktif",
# "non-aktif", "nonaktif", "dinonaktifkan"
_NOT_ACTIVE = r"(?:tidak|tak)\s+(?:lagi\s+)?aktif|non[- ]?aktif|dinonaktifkan"
ALL_STATUSES = re.compile(r"\baktif\s+(?:dan|maupun|serta|atau)\s+(?:" + _NOT_ACTIVE + r")\b")
INACTIVE = re.compile(_NOT_ACTIVE + r"|tidak (?:lagi )?terlindungi secara aktif")
# "PBI", "PBI-D"/"PBID" (paid by the region), "PBIN": the members whose premiums the state pays
_PBI = r"pbi(?:-?[dn])?"
# ("peserta yang berasal dari ...": where a part comes from; but not "berasal dari selisih data kepesertaan ...", a
# difference of two totals)
SEGMENT = re.compile(
    # ("133.740 jiwa atau baru 90% dari berbagai segmen": every segment together)
    r"\b" + _PBI + r"\b|\bppu\b|\bpbpu\b|\bbp\b|apbn|apbd|jamkesda|mandiri|"
    r"(?<!berbagai )(?<!semua )(?<!seluruh )(?<!setiap )(?<!lintas )segmen|kelompok|\bpekerja\b|\basn\b|\bpns\b|\btni\b|"
    r"polri|pensiunan|veteran|penerima (?:bantuan|upah|jkn|kis|kartu indonesia sehat)|dibiayai|ditanggung|dibayar(?:kan)?|iuran|kuota|desil|"
    r"berasal(?!\s+dari\s+selisih)|integrasi|badan usaha|perusahaan|anggota keluarga|bayi|lansia|balita|pelajar|mahasiswa|"
    r"kurang mampu|tidak mampu|"  # "membantu 96,8 juta masyarakat kurang mampu": the poor, whose premiums the state pays
    r"\bkelas\s+(?:i{1,3}|satu|dua|tiga|[123])\b"  # "peserta kelas I yang melorot ke kelas II berjumlah 153.466 orang"
)
# "Jumlah kepesertaan BPJS Kesehatan PBI APBD Kabupaten X, lanjut dia, sampai saat ini tercatat sebanyak 65.000 jiwa":
# a sentence whose subject is one segment, however far its number comes
SEGMENT_OPENING = re.compile(r"^\W*(?:jumlah\s+|total\s+)?(?:kepesertaan|peserta)\s+(?:bpjs(?:\s+kesehatan)?\s+|jkn[\w-]*\s+)?"
                             r"(?:" + _PBI + r"|ppu|pbpu|mandiri|penerima bantuan iuran|pekerja penerima upah)\b")
# Words of a breakdown: of segments ("rinciannya, PBI APBN 500.000 jiwa") unless it is a breakdown by region
# ("Rinciannya, Kabupaten Maluku Barat Daya tercatat 76.858 jiwa", "Kabupaten Manokwari ... terbanyak dengan 222.857").
BREAKDOWN = re.compile(r"terbanyak|terdiri (?:atas|dari)|rincian|merinci|meliputi")
# "LEBAK – Dari sebesar 1.192.000 jiwa penduduk Lebak, sekira 73 persen sudah terdaftar": the residents a share after
# them is taken of
BASE_OPENING_BEFORE = re.compile(r"(?:^|[,–—:-]\s*)dari\s+(?:sebesar\s+|sebanyak\s+|total\s+|jumlah\s+|sekitar\s+)?$")
BASE_THEN_SHARE_AFTER = re.compile(r"^\s*(?:jiwa\s+)?(?:penduduk|warga|masyarakat)\b[^.;\d]{0,40},\s*(?:sekira\s+|sekitar\s+|"
                                   r"sebanyak\s+|sudah\s+|baru\s+|hampir\s+)?\d[\d.,]*\s*(?:persen|%)")
RESIDENTS_ENROLLED_AFTER = re.compile(r"^\s*(?:jiwa\s+)?(?:penduduk|warga|masyarakat)\b[^.;]{0,40}\b(?:telah|sudah)\s+"
                                      r"(?:terdaftar|menjadi peserta|tercover|terlindungi|tercakup)\b(?![^.;]{0,40}\b(?:pbi|"
                                      r"penerima bantuan|mandiri|ppu|pbpu)\b)")
BREAKDOWN_OPENS = re.compile(r"terdiri (?:atas|dari)|rincian(?:nya)?|merinci")  # a word after which a breakdown's parts follow
GENERIC_SUBJECT = re.compile(
    r"\b(?:daerah|pemda|wilayah|kabupaten/kota|kota/kabupaten|pemerintah daerah) (?:yang|dengan)\b|"
    r"\b(?:sebuah|suatu|setiap|tiap) (?:daerah|wilayah|kabupaten|kota)\b"
)

# ======================================================================= targets, thresholds, changes, history

TARGET_HARD = re.compile(
    r"\btarget(?:nya|kan|an)?\b|men(?:t)?arget(?:kan)?\b|ditargetkan|ditergetkan|\bsasaran(?:nya)?\b|membidik|dibidik|\bbidik\b|"
    r"mematok|dipatok|\b(?:mengejar|kejar|dikejar)\b|paling lambat|paling lama|selambat-lambatnya|"
    r"diproyeksikan|diprediksi(?:kan)?|proyeksi(?:nya)?|dijadwalkan|"  # "dijadwalkan mencapai ... 96 persen pada tahun ini"  # "diproyeksikan sudah mencapai 98% pada semester kedua"
    r"\b(?:meng|di)?arahkan\b|\b(?:meng|di)?instruksikan\b|"  # "Presiden arahkan 98 persen masyarakat ... sudah masuk"
    r"\b(?:meng|di)?upayakan\b|"  # "kita mengupayakan di tahun ini ada sekitar 31 persen ... bisa bergabung": an aim
    r"\bcita-cita(?:nya)?\b|\bimpian(?:nya)?\b|"  # "Cita-cita saya 100 persen warga Kota Samarinda tercover BPJS"
    # "tahun 2019 ini telah ditetapkan sebagai cakupan kepesertaan ... 100 persen": the level set for a year
    r"\btahun\s+(?:20\d\d\s+)?(?:ini\s+)?(?:telah\s+|sudah\s+)?ditetapkan\s+sebagai\b"
    # English-language pages: "JKN aims to cover 98% of Indonesia's population by 2024", "Expect JKN to cover 98%"
    r"|\baims? to\b|\bexpect(?:s|ed)?\b[^.;]{0,30}\bto\b|\btargets?\b|\bgoal\b"
    # "According to an initial plan launched on Jan. 1, 2014, 121 million people, or 48 percent ... were supposed to"
    r"|\baccording to (?:an? |the )?(?:\w+ )?(?:plan|roadmap)\b|\b(?:were|was|are|is) supposed to\b"
)
TARGET_SOFT = re.compile(r"mudah-?mudahan|semoga|(?:di|meng)harapkan|berharap|harapan(?:nya)?|\bharap\b|\bingin\b|bertekad|optimis(?:tis)?|"
                         r"\bberjanji\b|\bjanji(?:nya)?\b|"
                         # (not "dinilai berkomitmen ..., dimana ... meningkat dari 97,7% ... menjadi 99,35%": praise of
                         # what was done)
                         r"(?<!dinilai )(?<!dianggap )\b(?:ber)?komitmen|rencana(?:nya)?|"
                         r"(?:se)?harusnya|"
                          r"\bharus\b|paling lambat|\b(?:minta|meminta)\b")
# "ingin kami dorong lagi ke 98 persen", "Pemkot Ingin Naik ke 98 Persen": a level the region wants to reach.
TARGET_LEVEL = re.compile(r"\b(?:ingin|akan|harus|mau|dorong|didorong|mendorong|naikkan|tingkatkan|"
                          # ("akan meningkatkan kesertaan BPJS Kesehatan minimal menjadi 98%": the object may be long)
                          r"(?<!telah )(?<!sudah )(?:ditingkatkan|dinaikkan))\b[^.;]{0,60}"
                           r"\b(?:ke|menjadi|(?:hingga|sampai)(?:\s+(?:menyentuh|mencapai|menembus|ke))?)\s*(?:angka\s*)?$"
                          # ("terus mendorong kepesertaan BPJS Kesehatan hingga menyentuh 100 persen": pushed up to it)
                          # "langkah strategis untuk meningkatkan persentase kepesertaan aktif menjadi 80 persen": a rise
                          # still to make, for a purpose
                          # ("berkomitmen untuk segera meningkatkan persentase jumlah penduduk yang menjadi peserta JKN-KIS
                          # di bulan februari menjadi 96 %": however long what it raises)
                          r"|\b(?:untuk|guna|upaya|berupaya|demi)\s+(?:\w+\s+){0,2}?(?:meningkatkan|menaikkan)\b[^.;]{0,100}"
                          r"\b(?:ke|menjadi)\s*(?:angka\s*)?$"
                          # "bisa dipercepat menuju cakupan 98 persen di 2024": the level it heads for
                          # (not "capaian (untuk) menuju UHC 82,23 persen": the achievement on the way)
                          r"|(?<!capaian )(?<!capaian untuk )\bmenuju\s+(?:cakupan|kepesertaan|capaian|angka|uhc)?[^.;\d]{0,20}$"
                          # "berkomitmen mengikutsertakan 100 persen penduduknya": the people a region commits to enrol
                          r"|\b(?:ber)?komitmen\s+(?:untuk\s+)?(?:segera\s+)?(?:mengikutsertakan|mendaftarkan|meng-?cover|"
                          r"mencover|mencakup|melindungi|menjamin)\s+(?:seluruh\s+)?$")
# "terus mendorong ... dengan meningkatkan kepesertaan JKN sebesar 98,6 persen": a rise set out to make
# "Dengan adanya penambahan tersebut persentase kepesertaan Program JKN Provinsi ... menjadi 97%": what an addition
# still to come would make of it, a projection
PROJECTION_BEFORE = re.compile(r"\bdengan\s+(?:adanya\s+)?(?:penambahan|tambahan)\b[^.;]{0,110}\bmenjadi\s*$")
TARGET_RISE = re.compile(r"\b(?:untuk|dengan|terus|upaya|berupaya|akan)\s+(?:\w+\s+)?(?:meningkatkan|menaikkan)\b"
                         r"[^.;]{0,50}\b(?:sebesar|hingga|sampai)\s*$")
# ... and the rise is to a share of the population, a level: "meningkatkan hingga 20 persen" alone is a rise by
SHARE_OF_POPULATION_AFTER = re.compile(r"^\s*(?:dari\s+)?(?:total\s+)?(?:jumlah\s+)?(?:penduduk|populasi|warga)")
# "Tahun ini Sidoarjo harus 100 persen", "harus mencapai 98 persen": a level the region must reach.
TARGET_MUST = re.compile(r"\b(?:harus|wajib|mesti|musti)\s+(?:bisa\s+|dapat\s+|sudah\s+)?"
                         r"(?:(?:mencapai|menyentuh|menembus|tembus|capai|di|menyumbang|memenuhi|mencakup|meng-?cover)\s+)?(?:angka\s+|total\s+)?$"
                         # "kami perlu memastikan 98 persen di antaranya ... telah terdaftar": a level to make sure of
                         r"|\b(?:perlu|harus|wajib|akan|berupaya|ingin)\s+memastikan\s+(?:[\w-]+\s+){0,3}?$")
# "Kami berharap 100 persen penduduk bisa ter-cover BPJS", "Berharap 100 Persen Warganya Ikut BPJS Kesehatan": the people
# a hope is that they may be covered; "memastikan 98 persen penduduk Indonesia menjadi peserta": that they will be
HOPE_BEFORE = re.compile(r"\b(?:berharap|mengharapkan|diharapkan|harapannya|semoga|mudah-?mudahan)\s+(?:agar\s+|supaya\s+)?$")
HOPED_PEOPLE_AFTER = re.compile(r"^\s*(?:persen|%)?\s*(?:penduduk|warga|masyarakat)(?:nya)?\b(?:\s+[\w-]+){0,2}?\s+"
                                r"(?:(?:bisa|dapat|akan|segera)\s+)?(?:ter-?cover|terdaftar|tercakup|terlindungi|ikut|"
                                r"menjadi peserta|bergabung)\b", re.IGNORECASE)
# ... but "telah berhasil memastikan bahwa 99,25 persen warga Mentawai terdaftar": made sure of already, done
ENSURED_DONE_BEFORE = re.compile(r"\b(?:sudah|telah|berhasil)\s+(?:berhasil\s+)?memastikan\b")
ALREADY_IN_HOPE = re.compile(r"\b(?:sudah|telah)\b")  # "... penduduk sudah terdaftar": stated, not hoped
# "diharapkan pelayanan kesehatan di Kabupaten Mimika dapat mencapai 100 persen": a level hoped to be reached
# ("bisa tembus di angka 98 persen"; "tetap optimis untuk mencapai 100 persen warga terlindungi")
HOPED_LEVEL = re.compile(r"\b(?:dapat|bisa|mampu|akan|untuk(?:\s+bisa|\s+dapat)?)\s+(?:segera\s+)?"
                         # ("Harapannya, tahun ini kami dapat mencapai cakupan sebesar 81,67 persen": the level hoped for)
                         r"(?:mencapai|menembus|menyentuh|capai|tembus)\s+(?:(?:cakupan|kepesertaan|capaian|uhc)\s+)?"
                         # ("optimis pemerintah daerah dapat mencapai Universal Health Coverage (UHC) sebesar 98 persen")
                         r"(?:universal health coverage\s+\(uhc\)\s+)?"
                         r"(?:sebesar\s+|di\s+)?(?:angka\s+)?$")
# "presentase UHC sebanyak 95,85 persen itu akan terus dipertahankan hingga tahun depan": the level now, to be kept
KEPT_AFTER = re.compile(r"^\s*(?:persen|%)?\s*(?:itu|tersebut|ini)?\s*(?:akan\s+)?(?:terus\s+)?(?:dipertahankan|dijaga|bertahan)\b")
# ("tingkat keaktifan ... masih dibawah target yaitu sebesar 76,67%": what is still below the target is the level)
# "Ini menjadi target kami, karena dari laporan terakhir, kita baru sampai 92 persen": only so far, a level reached
# (not "target baru 98 persen", a new target)
# ("X Bidik Pelaku Usaha Informal, Kepesertaan Baru 69,3 Persen": the coverage word, then "baru" and the number)
REACHED_SO_FAR_BEFORE = re.compile(r"(?<!target )(?<!sasaran )\b(?:baru|hanya)\s+(?:sampai|mencapai|menyentuh|tercapai)\s+"
                                   r"(?:di\s+)?(?:angka\s+)?(?:sekitar\s+)?$"
                                   r"|(?<!target )(?<!sasaran )\b(?:kepesertaan|cakupan|capaian)(?:\s+(?!target|sasaran)\w+){0,3}?\s+baru\s+"
                                   r"(?:sekitar\s+|sebesar\s+)?$"
                                   # "targets 95% enrollment coverage by the end of 2019, it only reached 85.3%"
                                   r"|\b(?:only|just|has|have|had|already)\s+(?:reached|achieved|hit|stood at)\s+"
                                   r"(?:about\s+|around\s+|some\s+)?$")
# "telah diatas 90 persen atau lebih tepatnya 97,44 persen": the exact figure of a rough one
PRECISELY_BEFORE = re.compile(r"\b(?:lebih\s+)?(?:tepatnya|persisnya|detailnya)\s+(?:di\s*angka\s+|sebesar\s+)?$")
# "diharapkan bisa meningkatkan capaian kepesertaan JKN-KIS daerah itu yang sampai akhir 2022 lalu mencapai 88,44 persen": a
# relative clause stating where the level stood, inside a hope to raise it
REACHED_RELATIVE_BEFORE = re.compile(r"\byang\s+(?:sampai|hingga|per|pada)\b[^.;,\d]{0,30}(?:\d{4}[^.;,\d]{0,10})?"
                                     r"\b(?:sudah\s+|telah\s+)?(?:mencapai|tercatat|sebesar|berada di)\s+(?:angka\s+)?$")
# "Khusus di Batola, target UHC sudah mencakup 98,56 persen": what the target has already reached is the level
TARGET_ALREADY_AT = re.compile(r"\b(?:target|sasaran)\b[^.;\d]{0,30}\b(?:sudah|telah)\s+(?:mencakup|mencapai|menyentuh|"
                               r"menembus|tembus|tercapai|di)\s+(?:angka\s+)?$")
# "... hingga 100,2% per 1 September 2025": a share followed by the day it was measured
DATED_AS_OF_AFTER = re.compile(r"^\s*(?:persen|%)?\s*,?\s*(?:per|hingga|sampai(?: dengan)?|pada)\s+(?:tanggal\s+)?\d{1,2}\s+"
                               r"[A-Za-z]+\s+20\d\d\b")
BELOW_TARGET_LEVEL = re.compile(r"\b(?:masih|baru)\s+(?:berada\s+)?di ?bawah\s+target\b[^.;\d]{0,30}$")
# "lebih tinggi dari target RPJMN 2024 yang sebesar 98 persen": a target the region is measured against.
COMPARED_TARGET = re.compile(r"(?:lebih (?:tinggi|rendah|besar|kecil|baik) (?:dari|daripada)|di ?atas|(?<!masih )(?<!baru )di ?bawah|"
                             r"melampaui|melebihi|melewati|mengungguli|dibanding(?:kan)?(?: dengan)?)\s+(?:angka\s+)?"
                             r"(?:target|sasaran|rpjmn|rencana pembangunan)\b(?:(?!persen|%)[^.;,]){0,80}$"
                             # "Memang masih jauh angkanya dari UHC 95 persen": the threshold a level falls short of
                             r"|\bjauh\b(?:\s+\w+){0,2}?\s+dari\s+(?:target\s+|standar\s+|ambang\s+)?(?:uhc|target)\s*$"
                             # "7 kabupaten ... yang belum mencapai UHC 95%", "belum memenuhi sistem penjaminan kesehatan
                             # 100 persen": the level not reached (but not "belum mencapai target, baru 90 persen")
                             r"|\b(?:belum|tidak|gagal)\s+(?:mencapai|memenuhi|meraih|menyentuh)\b"
                             r"(?:(?!\bbaru\b|\bmasih\b|\bhanya\b|\bsekitar\b|\bdi ?angka\b|\bkini\b|\byaitu\b|\byakni\b|"
                             r"\bantara lain\b|\bdi ?antaranya\b|\bseperti\b|\badalah\b)[^.;,(\d]){0,60}$")
# "... agar tahun 2024 UHC se-Jatim bisa seratus persen", "supaya mencapai 95 persen": a level wished for
# ("agar bisa mewujudkan 100 persen Universal Health Coverage": a level to bring about)
TARGET_PURPOSE = re.compile(r"\b(?:agar|supaya|demi|guna)\b[^.;]{0,60}\b(?:bisa|dapat|mampu|mencapai|capai|menembus|"
                            r"tembus|menyentuh|mewujudkan|wujudkan|meraih|raih)\s+(?:angka\s+)?$"
                            # "berupaya agar kepesertaan ... terus meningkat setiap tahunnya sehingga mencapai Universal Health
                            # Coverage (UHC) sebesar 95 persen": however far the purpose runs, unless it says reached
                            # ("agar tercapainya program UHC di 2023 mencapai kepesertaan ... sebesar 98 persen": a year
                            # may stand inside it)
                            r"|\b(?:agar|supaya)\b(?:(?!\b(?:sudah|telah|kini|saat ini)\b)(?:[^.;\d]|(?<!\d)20\d\d(?!\d))){0,120}"
                            r"\b(?:mencapai|capai|meraih)\b[^.;\d]{0,50}$"
                            # "untuk bisa mencapai 100 persen UHC 2019, pihaknya akan berkoordinasi": a level still to reach
                            # ("Untuk bisa memenuhi angka 98 persen, kami mengajak masyarakat ...": a level to meet)
                            # ("butuh anggaran besar untuk bisa mengkover 95 persen kepesertaan": a level to pay for)
                            # "Kurang 159 Ribu Jiwa untuk Capai 100 Persen UHC": what is still needed to reach a level
                            r"|\b(?:kurang|butuh|perlu|membutuhkan|dibutuhkan|tinggal)\b[^.;]{0,40}\buntuk\s+"
                            r"(?:capai|mencapai|meraih|raih)\s+$"
                            # "Sekarang berat untuk kembali ke 80 persen": a level to win back
                            r"|\b(?:untuk|bisa|dapat|mampu|agar|supaya|ingin|harus)\s+kembali\s+(?:ke|mencapai|menjadi|meraih)\s+"
                            r"(?:angka\s+)?$"
                            r"|\buntuk\s+(?:bisa|dapat|mampu)\s+(?:mencapai|capai|menembus|tembus|menyentuh|"
                            r"meng-?[ck]over|mencakup|menjangkau|menanggung|memenuhi)\s+(?:angka\s+)?$"
                            # "masih ada gap dalam mencapai cakupan kepesertaan 98 persen" (but not "kerja keras ... untuk mencapai
                            # kepesertaan 95,27%", which was reached)
                            r"|\bdalam\s+(?:mencapai|meraih|menuju)\b[^.;]{0,40}$"
                            # "BPJS Kesehatan Palembang dorong empat daerah capai UHC 100 persen"
                            r"|\b(?:dorong|mendorong|didorong|ajak|mengajak)\b[^.;]{0,50}\b(?:capai|mencapai|meraih|raih)\b"
                            r"[^.;]{0,60}$"
                            # "untuk mewujudkan UHC 100 persen", "siap memfasilitasi Kabupaten X meraih predikat UHC
                            # 100 persen", "agar menggunakan kuota ini untuk memenuhi kepesertaan Kota Blitar menjadi"
                            # ("komitmen ... untuk mewujudkan UHC cakupan kepesertaan program Jaminan Kesehatan Nasional
                            # (JKN) sebesar 100 persen dalam tahun ini": however long what it names, unless it says reached)
                            r"|\b(?:untuk|demi|guna)\s+(?:\w+\s+)?mewujudkan\b(?:(?!\b(?:telah|sudah|berhasil|kini|saat)\b)[^.;]){0,100}$"
                            r"|\bsiap\b[^.;]{0,60}\b(?:meraih|mencapai|menuju)\b[^.;]{0,30}$"
                            r"|\b(?:agar|supaya)\b[^.;]{0,90}\bmenjadi\s*$"
                            # "pihaknya berupaya agar 100 persen penduduk Kota Tanjungbalai terdaftar": the share wished for
                            r"|\b(?:agar|supaya)\s+(?:seluruhnya\s+|semua\s+)?$"
                            # "kontribusi masyarakat dalam membantu program JKN mencapai 100 persen UHC": a level helped towards
                            r"|\b(?:membantu|mendukung|menunjang)\b[^.;]{0,50}\b(?:mencapai|capai|meraih|mewujudkan)\s+"
                            r"(?:angka\s+)?$"
                            # "Tahun 2024, kami berupaya untuk mencapai cakupan 98%": a level striven for
                            r"|\b(?:berupaya|berusaha|bertekad)\b[^.;]{0,30}\b(?:mencapai|capai|meraih)\b[^.;\d]{0,30}$"
                            # "Pemprov Sulbar Dorong 100 Persen Kepesertaan JKN": a level pushed for
                            r"|\b(?:dorong|mendorong|genjot|menggenjot|kejar|mengejar)\s+(?:capaian\s+|cakupan\s+|kepesertaan\s+)?$"
                            # "paparannya ... dalam rangka mencapai capaian BPJS Kesehatan 100 persen": the purpose of a meeting
                            r"|\bdalam rangka\s+(?:mencapai|meraih|mewujudkan|menuju|percepatan)\b[^.;\d]{0,60}$"
                            # "sebagai upaya mendukung terwujudnya 100 persen UHC di Kota Jambi": a level to bring about
                            r"|\b(?:upaya|mendukung|demi|untuk|guna)\s+(?:\w+\s+){0,2}?(?:terwujudnya|tercapainya|"
                            r"mewujudkan|pencapaian)\s+(?:\w+\s+){0,3}?$"
)
# "potensi penambahan cakupan kepesertaan hingga bisa 100 persen", "sehingga bisa mencapai predikat UHC, yakni 100
# persen": where more enrolment could take it (but not "hasil kerja keras ... sehingga bisa mencapai ... 95,74 persen", a
# result)
PROSPECT_BEFORE = re.compile(r"\b(?:hingga|sehingga)\s+(?:bisa|dapat|mampu)\s+(?:(?:mencapai|menembus|meraih|tembus|capai)\b"
                             r"[^.;\d]{0,60})?$")
RESULT_BEFORE = re.compile(r"\b(?:hasil|berkat|buah dari)\b")
# A count reached against a target count is achieved, not aimed at: "Rejang Lebong dari target sebesar 173.813 jiwa
# tercapai 173.308 jiwa atau 99 persen"; "sebanyak 200.067 jiwa dari target 207.439 jiwa atau mencapai 96 persen"
_TARGET_COUNT = r"\bdari\s+(?:total\s+)?target\s+(?:sebesar\s+|sebanyak\s+)?[\d.,]+\s*(?:juta\s+|ribu\s+)?(?:jiwa|orang|peserta|penduduk)"
REACHED_AFTER_TARGET_COUNT = re.compile(_TARGET_COUNT + r"\s*,?\s*(?:tercapai|terealisasi|terpenuhi|baru|sudah)\s+"
                                        r"(?:sebanyak\s+|sejumlah\s+)?(?:[\d.,]+\s*(?:juta\s+|ribu\s+)?(?:jiwa|orang|"
                                        r"peserta)\s+atau\s+(?:mencapai\s+|sekitar\s+|sebesar\s+|di ?angka\s+)?)?$")
# ("267.831 peserta aktif dari total target 337.702 orang, atau sekitar 81,11 persen": the active share of the target)
SHARE_OF_TARGET_COUNT = re.compile(r"[\d.,]+\s*(?:juta\s+|ribu\s+)?(?:jiwa|orang|peserta(?:\s+aktif)?)\s+" + _TARGET_COUNT[2:] +
                                   r"\s*,?\s+atau\s+(?:mencapai\s+|sekitar\s+|sebesar\s+)?$")
PASSED_BEFORE = re.compile(r"(?:melebihi|melampaui|lampaui|di ?atas|lebih dari)\s*$")  # "melebihi 95 persen sesuai target"
# "... sesuai target", "angka 100 persen akan dicapai setelah ...": a level still to come
# ("Angka 95% sendiri merupakan target warga yang menjadi peserta JKN berdasarkan RPJMN 2015-2019": said to be a target)
TARGET_AFTER = re.compile(r"^[^.;]{0,40}\b(?:sesuai (?:dengan )?target|sebagai target|menjadi target|yang ditargetkan|"
                          r"(?:merupakan|adalah|ialah) target)"
                          r"|^\s*(?:\w+\s+)?(?:akan|bakal|bisa|dapat) (?:segera )?(?:dicapai|tercapai|terwujud|diraih|"
                          r"terealisasi|direalisasikan|terlaksana)\b"
                          # "80% Warga Ditargetkan Aktif BPJS": the people a share names, set as a target
                          r"|^\s*(?:warga|penduduk|masyarakat|peserta)(?:nya)?\s+(?:di|ter)targetkan\b")
# "Bupati Bogor Pastikan Universal Health Coverage 100 Persen Terealisasi di 2026": a level someone ensures will come
ENSURED_BEFORE = re.compile(r"\b(?:pastikan|memastikan|dipastikan|menjamin|menjanjikan|berjanji)\b[^.;\d]{0,60}$")
COMES_ABOUT_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:akan\s+)?(?:bisa\s+|dapat\s+)?(?:terealisasi|tercapai|terwujud|"
                               r"terlaksana)\b")
# "Yakni tahun 2024, 98% rakyat Indonesia harus terlindungi JKN": a share required (unless a bound, "minimal 95 persen
# penduduk harus terdaftar", or a level already there, "sudah 100 persen penduduknya wajib memiliki JKN")
REQUIRED_AFTER = re.compile(r"^\s*(?:persen|%)?\s*(?:[\w-]+\s+){0,3}?(?:harus|wajib|mesti)\s+(?:sudah\s+)?(?:terlindungi|"
                            r"terdaftar|tercover|tercakup|menjadi peserta|memiliki)\b")
ALREADY_BEFORE = re.compile(r"\b(?:sudah|telah)\s*$")  # "sudah 100 persen penduduknya wajib memiliki JKN": already there
# "... yang telah mencapai lebih dari 99 persen", "Cakupan kepesertaan JKN tercatat melampaui 98 persen": a level already
# reached, or recorded
ALREADY_WORD = re.compile(r"\b(?:sudah|telah|baru(?!-)|tercatat)\b")
# "ada 23 desa yang cakupannya sudah di atas 98 persen": villages, districts, not the region
PLACES_BELOW_REGION = re.compile(r"\b(?:desa|kelurahan|kecamatan|nagari|gampong|dusun|puskesmas)\b")
BOUND_BEFORE = re.compile(
    r"(?:minimal(?:nya)?|minimum(?:nya)?|sedikitnya|setidaknya|paling (?:sedikit|tidak)|lebih dari|di ?atas|melewati|melampaui|melebihi|"
    r"at least|a minimum of|no less than|"  # English-language pages: "protected by Universal Health Coverage of at least 98%"
    r"lampaui|lewati|lebihi|"
    r"hampir|mendekati|\bdekat|nyaris|kurang dari|di ?bawah|maksimal|"
    r"\bcukup(?: hanya)?(?=\s*$)|"  # "Jika dulu ... harus 95 persen, sekarang cukup 75 persen saja": what suffices
    # ("telah tembus hingga 98 persen": as far as it reached, the level itself; so is "sangat tinggi hingga mencapai 98
    # persen", where it went)
    # ("kita baru sampai 92 persen": only so far, the level itself)
    # ("UHC Kota Cilegon meningkat hingga 100,2 persen": where a rise or fall went, the level itself)
    r"(?<!tembus )(?<!capai )(?<!mencapai )(?<!sudah )(?<!telah )(?<!baru )(?<!hanya )"
    # ("setelah berhasil mengakomodasi hingga 98 persen masyarakat Mamuju": as far as it reached)
    r"(?<!mengakomodasi )(?<!mengakomodir )(?<!mencakup )(?<!menjangkau )(?<!mengcover )(?<!meng-cover )"
    # ("IPM yang mencapai 78,01 dan cakupan kepesertaan JKN hingga 100%": the measure, then how far it went)
    r"(?<!cakupan )(?<!kepesertaan )(?<!jkn )(?<!jkn-kis )"
    r"(?<!meningkat )(?<!naik )(?<!melonjak )(?<!bertambah )(?<!turun )(?<!menurun )"
    r"\b(?:sampai|hingga)(?! mencapai| menyentuh| menembus)|>|≥|<)"  # (not "sehingga di angka 102,09": so it stands)
    r"(?: berada)?(?: di| pada)?"
    r"(?: angka| level| ambang| batas)?"
    r"(?: minimal)?(?: uhc)?(?: sebesar| yakni| yaitu)?(?: sudah| telah)?(?: mencapai| menyentuh| sebesar)?\s*$"
)
# "Capaian penting itu mencakup ... perluasan jangkauan JKN hingga 98 persen penduduk": how far an extension went
EXTENDED_TO_BEFORE = re.compile(r"\b(?:perluasan|peningkatan|memperluas|meningkatkan)\s+(?:cakupan|jangkauan|kepesertaan)\b"
                                r"[^.;,\d]{0,50}\b(?:hingga|sampai)\s*$")
# "masih dibutuhkan sekitar 31% lagi hingga tercapai angka 95%": the level a gap leads to, still to reach
LEVEL_AFTER_GAP = re.compile(r"\blagi\s+(?:hingga|sampai|untuk|agar|supaya)\s+(?:bisa\s+|dapat\s+)?(?:tercapai|mencapai|capai|"
                             r"menjadi)\s+(?:angka\s+)?$")
# "Targetkan Capaian UHC Melampaui 95 Persen": a floor a verb of targeting governs is one to reach
TARGETING_VERB_BEFORE = re.compile(r"\b(?:targetkan|menargetkan|mentargetkan|ditargetkan)\b[^.;,\d]{0,50}$", re.IGNORECASE)
# "dengan minimal anggota aktif 80 persen": a minimum with its measure named between it and the number
MINIMUM_OF_MEASURE_BEFORE = re.compile(r"\b(?:minimal|minimum|sedikitnya|setidaknya|paling sedikit)\s+"
                                       r"(?:(?:anggota|peserta|kepesertaan|keaktifan|cakupan|tingkat|aktif|jkn|uhc|penduduk)\s+){1,3}$",
                                       re.IGNORECASE)
# "sudah hampir mencapai 71 persen", "1,7 juta jiwa atau hampir 70%": a level told roughly, from below, is the level
# (but "hampir 100 persen" is "nearly everyone", no figure)
_ALMOST = r"hampir|nyaris|mendekati"  # a level told from below, shared by the patterns below
ALMOST_BEFORE = re.compile(r"\b(?:" + _ALMOST + r")(?:\s+(?:mencapai|menyentuh|menembus|di\s+)?(?:\s*angka)?)?\s*$")
# "telah mencapai lebih dari 94,10 persen": a level reached, stated as a floor, is the figure itself
# ("berhasil meraih predikat UHC dengan lebih dari 95 persen penduduknya ...": the measure word may go unsaid)
# A level to reach, not one reached: "Untuk mencapai cakupan ... di atas 95 persen", "harus mencapai ..."
_NOT_AN_AIM = r"(?<![Uu]ntuk )(?<![Hh]arus )(?<![Aa]gar )(?<![Gg]una )(?<![Aa]kan )"
# ("Kabupaten Buton Utara masuk kategori UHC Utama dengan keaktifan peserta di atas 95 persen": a category entered)
ACHIEVED_FLOOR_BEFORE = re.compile(r"\b(?:meraih|memperoleh|mendapat(?:kan)?|menerima|(?:ter)?masuk(?:\s+dalam)?\s+kategori)\b"
                                   r"[^.;]{0,80}\bdengan\s+(?:(?:tingkat|capaian|cakupan|angka|persentase|keaktifan|"
                                   r"kepesertaan)\b[^.;\d]{0,40}\b)?(?:lebih dari|di ?atas)\s*$|"
                                   # "seluruh enam kabupaten tersebut telah mencapai target minimal cakupan 98 persen",
                                   # "meraih status UHC setelah memenuhi cakupan kepesertaan minimal 98 persen": a minimum met
                                   r"\b(?:telah|sudah|berhasil)\s+(?:mencapai|memenuhi|melampaui|tercapai)\s+target\s+(?:minimal\s+|"
                                   r"minimum\s+)?(?:(?:cakupan|kepesertaan|uhc|jkn)\s+){0,2}(?:sebesar\s+)?$|"
                                   r"\b(?:setelah|telah|sudah|berhasil)\s+memenuhi\b[^.;\d]{0,60}\b(?:minimal|minimum)\s*$|"
                                   # "kepesertaan BPJS melampaui target RPJMN 2024, yaitu mencapai 98 persen": at least
                                   # the target it passed, however one reads whose the figure is
                                   r"\b(?:melampaui|melebihi|melewati)\s+target\b(?:(?!persen|%)[^.;]){0,40}?,?\s*"
                                   r"(?:yaitu|yakni)\s+mencapai\s*$|"
                                   + _NOT_AN_AIM +
                                   # ("Angka ini setara dengan lebih dari 96% total penduduk Indonesia": a count restated)
                                   r"\b(?:mencapai|capai|menembus|tembus|sudah|telah|tercatat|mencatat|yakni|yaitu|atau|"
                                   r"setara(?:\s+dengan)?|"
                                   # ("Tak tanggung-tanggung saat ini lebih dari 98 persen penduduk Kabupaten Muara Enim")
                                   r"saat ini|kini|sekarang|"
                                   r"mencakup|berada|menjamin|menjangkau|melindungi|terjaga|bertahan|stabil)\s+"
                                   r"(?:mencapai\s+)?(?:(?:angka|kepesertaan|cakupan|jkn[\w-]*|uhc)\s+){0,2}"
                                   r"(?:lebih dari|di ?atas|sedikitnya|setidaknya)\s*$"
                                   # "mencatatkan Cakupan Kesehatan Semesta (UHC) di atas 98%", "tercapainya
                                   # kepesertaan JKN lebih dari 95 persen": a verb of reaching, its measure between
                                   # ("keberhasilan Kabupaten Batu Bara dalam mencapai cakupan kepesertaan Jaminan Kesehatan
                                   # Nasional–Kartu Indonesia Sehat (JKN-KIS) di atas 95 persen"; not a level to reach:
                                   # "Untuk mencapai cakupan kepesertaan di atas 95 persen, ...")
                                   r"|" + _NOT_AN_AIM +
                                   r"\b(?:mencatatkan|mencatat|mencapai|tercapainya|pencapaian|capaian)\b[^.;\d]{0,90}?"
                                   r"\b(?:lebih dari|di ?atas)\s*$"
                                   # "dinilai konsisten menjaga tingkat keaktifan ... di atas 80 persen": a level kept is
                                   # a level reached (but "untuk menjaga", "harus menjaga" is an aim)
                                   r"|(?<!untuk )(?<!agar )(?<!harus )(?<!perlu )(?<!diminta )(?<!wajib )(?<!diharapkan )"
                                   r"\b(?:menjaga|mempertahankan)\b[^.;\d]{0,60}?\b(?:lebih dari|di ?atas|hingga|sampai)\s*$"
                                   # "cakupan ... di Batam melampaui 97 persen": passing a level is reaching it
                                   r"|\b(?:melampaui|melebihi)\s+(?:di\s+)?(?:angka\s+)?$"  # "sudah melampaui di angka 85,40 persen"
                                   # "Saat ini, cakupan ... sudah mencapai minimal 98 persen": a minimum already met
                                   r"|\b(?:sudah|telah)\s+(?:mencapai\s+)?(?:minimal|minimum)\s*$"
                                   # "Morut berhasil meningkatkan cakupan ... sampai 104,72 persen": a rise achieved
                                   r"|\b(?:berhasil|telah|sudah)\s+(?:meningkatkan|menaikkan)\b[^.;]{0,60}\b(?:sampai|hingga)\s*$",
                                   re.IGNORECASE)
# ... but not where the floor defines a category or a condition ("UHC Prioritas berarti cakupan peserta sudah di atas
# 98%", "predikat UHC apabila cakupan ... telah mencapai di atas 95 persen") or averages others ("yang rata-rata sudah")
# ("meraih kategori utama ... dengan tingkat keaktifan lebih dari 95 persen": a category won, not its criterion)
# ("Artinya, saat ini lebih dari 90% penduduk Indonesia telah terjamin": a conclusion about now, no definition)
CRITERIA_WORDS = re.compile(r"\b(?:(?:berarti|artinya)(?!,?\s+(?:saat ini|kini|sekarang|sudah|telah)\b)|apabila|jika|bila|rata-rata|(?<!meraih )(?<!memperoleh )(?<!mendapat )"
                            r"(?<!mendapatkan )(?<!menerima )(?<!masuk )(?<!dalam )kategori|syarat\w*|kriteria|standar)\b")
# "Penghargaan UHC 2023 ini diberikan kepada 22 provinsi dan 334 kabupaten/kota di Indonesia yang telah mencapai
# kepesertaan JKN lebih dari 95 persen": what an award's recipients have in common, its criterion
AWARDED_TO_ACHIEVERS_BEFORE = re.compile(r"\b(?:diberikan|diserahkan|dianugerahkan|diterima)\s+(?:\w+\s+){0,2}?kepada\b"
                                         r"[^.;]{0,90}\byang\s+(?:telah\s+|sudah\s+)?(?:berhasil\s+)?(?:mencapai|memenuhi|"
                                         r"meraih|memiliki)\b[^.;\d]{0,60}$")
# "meraih ... kategori madya setelah berhasil mempertahankan cakupan ... di atas 95 persen": a success said after the
# category word is what the region did, not the category's criterion
# "apresiasi atas keberhasilan Provinsi NTB dalam mencapai UHC dengan cakupan sebesar 99,66 persen": the level of a
# success, reached (not "masih ada gap dalam mencapai cakupan 98 persen", a level still to reach)
SUCCESS_IN_REACHING = re.compile(r"\b(?:keberhasilan|kesuksesan|prestasi|berhasil|sukses)\b[^.;\d]{0,60}\bdalam\s+"
                                 r"(?:mencapai|meraih)\b[^.;\d]{0,60}$")
SUCCEEDED_BEFORE = re.compile(r"\b(?:setelah|karena|berkat|usai)\s+(?:berhasil|sukses|mampu)\b[^.;\d]{0,90}$")
# "... di atas 95 persen dengan tingkat keaktifan peserta lebih dari 85 persen": a second floor joined to one reached
# ("lebih dari 98 % UHC dan dengan tingkat keaktifan peserta di atas 95%": the measure may follow the first)
WITH_FLOOR_BETWEEN = re.compile(r"^\s*(?:persen|%)?\s*(?:uhc|kepesertaan|cakupan)?"
                                r"(?:\s*dari\s+(?:total\s+|jumlah\s+)?(?:penduduk|populasi|warga)\w*)?"  # "98 persen dari total penduduk, dengan"
                                r"\s*,?\s*(?:dengan|dan|serta)\s+[^.;\d]{0,60}"
                                r"\b(?:lebih dari|di ?atas)\s*$")
# "yang jumlah kepesertaan JKN telah 100% lebih": a level reached, stated with "lebih" after it
# ("Saat ini, 96% lebih menjadi peserta BPJS Kesehatan": a level now, stated with "lebih")
_NOW = r"saat ini|kini|sekarang"  # the words of "now", shared by the patterns below
NOW_BEFORE = re.compile(r"\b(?:" + _NOW + r")\s*,?\s*$")
# ("baru 91 persen lebih"; "kerja sama ini sudah meng-cover 90 persen lebih warga": a verb of covering)
ACHIEVED_BEFORE = re.compile(r"\b(?:sudah|telah|mencapai|tercatat|baru(?!-)|meng-?[ck]over|menc[ou]ver|mencakup|menjangkau)"
                             r"\s*$|" + NOW_BEFORE.pattern)
# "soal menurunnya UHC menjadi 75 persen", "naik menjadi 98 persen": where a level went, the level now
_FALL = r"menurun(?:nya)?|turun(?:nya)?|anjlok|merosot|berkurang"  # the verbs of a fall, shared by the two below
WENT_TO_LEVEL_BEFORE = re.compile(r"\b(?:" + _FALL + r"|naik(?:nya)?|meningkat(?:nya)?|"
                                  r"bertambah)\b[^.;\d]{0,30}\bmenjadi\s+(?:sebesar\s+|sekitar\s+)?$")
# "menurun drastis dari 98 persen menjadi hanya 75 persen pada awal 2025": a fall is no plan, whatever year it is dated
# (a rise from a level may be one: "ditargetkan naik dari 64 persen menjadi 80 persen")
FELL_TO_LEVEL_BEFORE = re.compile(r"\b(?:" + _FALL + r")\b[^.;\d]{0,30}?"
                                  r"(?:\s+dari\s+(?:angka\s+)?\d[\d.,]*\s*(?:persen|%))?[^.;\d]{0,12}?\bmenjadi\s+"
                                  r"(?:hanya\s+|cuma\s+|tinggal\s+)?(?:sebesar\s+|sekitar\s+)?$")
# "Kalau tidak turun dari kemensos, posisinya tidak 95 persen": a level denied
DENIED_BEFORE = re.compile(r"\b(?:tidak|bukan|tak)\s+(?:lagi\s+)?(?:sampai\s+|mencapai\s+|di\s+angka\s+)?$")
# "cakupan Sumatera Utara itu di atas 98,6 %": a floor stated to the decimal is a level measured, never a threshold
# ("hampir mencapai 72,9% dari jumlah penduduk Indonesia" likewise)
_FLOOR = r"lebih dari|di ?atas|melebihi|melampaui"  # the words of a floor, shared by the patterns below
# ("sedikitnya 95,5 persen dari 3.633.437 penduduk": a precise number is no threshold; but "minimal 98,6 persen" is one)
FLOOR_BEFORE = re.compile(r"\b(?:" + _FLOOR + r"|sedikitnya|setidaknya|(?:" + _ALMOST + r")(?: mencapai)?)\s*$",
                          re.IGNORECASE)
# "kalau melihat jumlah penduduk", "jika dibandingkan": a way of counting or comparing, not a condition
_COUNTING_NOT_CONDITION = r"(?!\s*,?\s+(?:dilihat|melihat|kita lihat|kita melihat|merujuk|dihitung|dibandingkan|dirinci))"
# "..., kecuali apabila tingkat keaktifan telah mencapai 100 persen": a condition, not a figure; but "kalau untuk
# Kota Ambon sendiri 88,50 persen" is spoken "as for", and "kalau dilihat ..." a way of counting
# "Kalau 98% sudah bisa, 100% pun tinggal nil saja": the share that follows from a condition is as hypothetical
CONSEQUENT_BEFORE = re.compile(r"\b(?:kalau|jika|apabila|bila)\b" + _COUNTING_NOT_CONDITION + r"[^.;,]{0,60},\s*$"
                               # "Jika, tahun 2023 ini Pemkot Kupang berhasil merealisasi ..., maka warga sudah 100 persen
                               # tercover": "maka" says what follows from the condition, however long it ran (but "Kalau
                               # melihat jumlah penduduk yang ada 1,8 juta jiwa maka baru 70 persen": a way of counting)
                               r"|\b(?:kalau|jika|apabila|bila|seandainya|andaikan)\b" + _COUNTING_NOT_CONDITION +
                               r"[^.;]{0,160}\bmaka\b[^.;,]{0,40}$",
                               re.IGNORECASE)
CONDITION_BEFORE = re.compile(r"\b(?:kecuali|apabila|jika|bila|bilamana|manakala|kalau|seandainya|asalkan)\s*,?\s+"
                              r"(?!dibandingkan|dilihat|dihitung|ditotal|dirinci|diperinci|diuraikan|dijabarkan|melihat|merujuk|"
                              r"kita (?:lihat|melihat)|untuk|di\b|dari\b|"
                              # "Kalau tidak salah sekarang masih sekitar 69 persen": "if I am not mistaken", a hedge
                              r"(?:tidak|nggak|gak|ga|enggak)\s+salah\b|"
                              # "kalau kita saat ini masih 87 persen": "as for us", the speaker's region as it stands
                              r"(?:kita|kami)\s+(?:saat ini|sekarang|kini)?\s*(?:masih|baru|sudah|telah)\b)"
                              r"[^.;,]{0,50}$")
# "Kalau Balikpapan sudah 99 persen": "kalau" before a region stated as already at a level is "as for", no condition
AS_FOR_REGION_BEFORE = re.compile(r"\b(?:kalau|kalo)\s+[^.;,\d]{2,40}?\s+(?:saat ini\s+|sekarang\s+|kini\s+)?"
                                  r"(?:sudah|telah|baru|masih)\s+(?:mencapai\s+|di\s*angka\s+)?$", re.IGNORECASE)
# (not "capaian untuk menuju UHC 82,23 persen": the achievement on the way there)
# ("ketentuan UHC dicapai ketika 95 persen penduduk sudah terdaftar": a provision, saying when the status is reached)
BOUND_WORDS = re.compile(r"\bambang\b|\bpersyaratan\b|\bbatas\b|\bketentuan\s+(?:status\s+|predikat\s+)?(?:uhc|universal)\b|"
                         r"\b(?:dicapai|tercapai|terpenuhi)\s+(?:ketika|jika|apabila|bila|saat|manakala)\b|(?<!capaian )\buntuk (?:(?:daerah|pemda|wilayah|bisa|dapat|mampu) )?(?:(?:mencapai|meraih|menuju) )?(?:status )?uhc\b|\b(?:pra)?syarat|\bparameter\w*|kriteria|\bkategori\b|\bstandar\b|"
                          r"\bpredikat\b.*\b(?:apabila|jika|bila)\b")
# "ada peningkatan peserta Jaminan Kesehatan Nasional ... di Kalimantan Barat sebanyak dua persen": a rise named as a
# noun, however long its subject
DELTA_NOUN_BEFORE = re.compile(r"\b(?:kenaikan|penurunan|peningkatan|pertambahan|penambahan)\b[^.;\d]{0,100}\b(?:sebesar|sebanyak)\s*$")
DELTA_BEFORE = re.compile(
    r"(?:naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan(?:nya)?|penurunan(?:nya)?|peningkatan(?:nya)?|"
    r"pertambahan(?:nya)?|tumbuh|pertumbuhan|"
    r"dipangkas|memangkas|pemangkasan|dipotong|pemotongan|dikurangi|pengurangan|"  # "Kuota PBI ... Dipangkas 65 Persen"
    r"selisih(?:nya)?|tambahan|lonjakan|melonjak|susut)(?:\s+[\w,]+){0,3}?[\s,]*(?:sebesar|sekitar|sebanyak|hingga)?\s*\(?$"
)
# "UHC Kota Cilegon meningkat hingga 100,2 persen": "hingga" after a rise says how far it went (a level) when the
# number is too large to be the rise itself (weights.RISE_MAX_PCT)
ROSE_UP_TO_BEFORE = re.compile(r"\b(?:naik|meningkat|bertambah|melonjak)\s+hingga\s*$")
# "kenaikan kepesertaan BPJS Kesehatan hanya naik rata-rata diangka 1 persen": a yearly rise on average, not a level
AVERAGE_RISE_BEFORE = re.compile(r"\b(?:naik|meningkat|bertambah|tumbuh)\s+(?:\w+\s+)?rata-rata\s+(?:di ?angka\s+|sebesar\s+|"
                                 r"sekitar\s+)?$")
# ("cakupan meningkat stabil hingga menembus 99 persen": where the rise went)
LEVEL_BEFORE = re.compile(r"\b(?:menjadi|jadi|ke angka|ke level|ke posisi|di angka|pada angka|mencapai|ke|menembus|tembus)\s*$")
# "pada tahun lalu", "bulan lalu": a date said relative to the story, before it
RELATIVE_PAST_DATE = re.compile(r"\b(?:tahun|bulan)\s+(?:lalu|kemarin|sebelumnya)\b|\blast (?:year|month)\b", re.IGNORECASE)
# A sentence told of the past: "Pencabutan status ... sebelumnya terjadi karena penurunan ... menjadi 81,46 persen" does
# not stand in the "saat ini" of the sentence before it
PAST_SENTENCE = re.compile(r"\b(?:sebelumnya|sempat|pernah|dahulu|semula|silam)\b", re.IGNORECASE)
# "Sebelumnya disampaikan Nilam, ...": "earlier" of when something was said, not of the figure
_SAID_EARLIER = (r"(?!,?\s+(?:di(?:sampaikan|katakan|beritakan|jelaskan|sebutkan|ungkapkan)|"
                 r"(?:menyampaikan|mengatakan|menjelaskan|menyebutkan|mengungkapkan)))")
HISTORY = re.compile(
    # (not "Sebelumnya disampaikan Nilam, ... mencapai 229.192": said earlier, not a figure of earlier)
    r"\bsempat\b|\bsemula\b|\bsebelumnya\b" + _SAID_EARLIER + r"|\bpernah\b|\bawalnya\b|\bmula-mula\b|"
    r"\bbegan with\b|\binitially\b|\bat (?:the|its) (?:start|launch|outset)\b|"  # English: "The program began with 112 million"
    r"\bpreviously\b|\bformerly\b|\bonce stood\b|"  # "If previously the percentage ... reached 81.18 percent, now ..."
    # "Sebelum adanya penambahan itu, ... cakupan UHC Cianjur sudah mencapai 86,9 persen": before a change the story told
    r"\bsebelum\s+(?:adanya|itu|ini|terjadinya|penambahan|perubahan|pemutakhiran|pembaruan|penonaktifan)\b|"
    r"\b(?:kala|saat|waktu|ketika) itu\b|\bsilam\b|"
    r"(?:naik|meningkat|bertambah|melonjak|turun|menurun|berubah|beranjak|bergerak)\b[^.]{0,30}\bdari "
    r"(?:angka |posisi |capaian )?(?:sebelumnya )?$|\bdari sebelumnya\b|"
    r"\bdibanding(?:kan)?(?: dengan)?\s+(?:(?:bulan|tahun|periode|posisi|akhir|awal|data)\s+)?"
    r"(?:\d|jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des|sebelum|lalu|tahun lalu)"
)
# "Sebelumnya juga Walikota ... menerima penghargaan ... atas prestasi telah terasuransinya 96,56% masyarakat": a sentence
# that opens by saying it went before tells an earlier state, however far its figure stands from that word
HISTORY_OPENING = re.compile(r"^\W*sebelumnya\b" + _SAID_EARLIER)  # (not "Sebelumnya disampaikan Nilam, ...": said earlier)
# ("belum" but not the end of "sebelumnya" that a window may cut: "...belumnya 97,71 persen menjadi", nor "belum UHC",
# a status not reached: "Kota Tual duduki peringkat ketiga belum UHC yang mencapai 88,67 %")
NEGATIVE_NEAR = re.compile(
    r"\bbelum(?!nya\b)(?!\s+(?:mencapai\s+|meraih\s+|memenuhi\s+)?(?:status\s+)?(?:uhc|universal)\b)|(?<!aktif dan )(?<!aktif maupun )(?:" + _NOT_ACTIVE + r")|(?<!tidak )menunggak|(?<!tidak )(?<!tak )\bnunggak\b|tunggakan|di luar|tersisa|"
    r"\bsisa(?:nya)?\b|"  # ("5,26 juta jiwa atau 80,03% dengan status aktif dan non-aktif": all of them)
    r"non[- ]?kepesertaan|non[- ]?peserta|non[- ]?(?:bpjs|jkn)\b|"
    # ("masih ada 1,4 juta warga yang kesehatannya tidak terjamin")
    r"tanpa jaminan|tidak (?:punya|memiliki|terdaftar|tercakup|terlindungi|terjamin|dijamin|ter-?cover)|kehilangan|dicoret|dikeluarkan|keluar|"
    # English-language pages: "852,060 residents ... have not yet registered", "uninsured"
    r"\bnot (?:yet )?(?:registered|become|enrolled|covered)|\bunregistered|\buninsured|\binactive"
)
# "Sebanyak 224.653 peserta BPJS Kesehatan di Provinsi Sulawesi Barat (Sulbar) tercatat tidak aktif": the predicate
# of the clause the count is the subject of, however long its subject
INACTIVE_PREDICATE_AFTER = re.compile(r"^[^.;\d]{0,100}\b(?:tercatat|terdata|berstatus|dalam status)\s+"
                                      r"(?:" + _NOT_ACTIVE + r")\b")
# "Jumlah warga Kabupaten X (PPU) yang belum menjadi peserta Badan Penyelenggara ... masih mencapai 56.516": the
# sentence's subject is the people not yet enrolled, however long the name between
# ("yang belum terlingdungi BPJS Kesehatan sebesar 3%": protected, however misspelt)
UNINSURED_SUBJECT_BEFORE = re.compile(r"\byang\s+(?:belum|tidak)\s+(?:(?:menjadi|jadi|tercatat sebagai|terdaftar sebagai)\s+"
                                      r"peserta|terdaftar|ter-?cover|tercakup|terjamin|terli\w{0,2}dungi|memiliki|punya)\b"
                                      r"[^.;,\d]{0,90}"
                                      # ("penduduk Kotawaringin Timur yang belum terdaftar JKN per 31 Juli 2018 mencapai
                                      # 93.729 jiwa": the date the count is of may come between)
                                      r"(?:\b(?:per|hingga|sampai|pada)\s+(?:\d{1,2}\s+)?[a-z]+\s+\d{4}\b[^.;,\d]{0,30})?"
                                      # ("jumlah penduduk Indonesia, yang belum terdaftar sebagai peserta program ...
                                      # (JKN-KIS), mencapai 69 juta orang": the clause closed by a comma, then its verb)
                                      r"(?:,\s*(?:(?:mencapai|sebanyak|sejumlah|berjumlah|tercatat|sekitar|ada|yakni|yaitu|"
                                      r"jumlahnya)\s+){1,2})?$")
# "dari total 7.397.277 peserta yang dinonaktifkan": people the count names as inactive or unenrolled, even as a total
UNINSURED_NOUN_AFTER = re.compile(r"^\s*(?:jiwa|orang|peserta|warga|penduduk)\s+(?:yang\s+)?(?:(?:telah|sudah)\s+)?"
                                  r"(?:" + _NOT_ACTIVE + r"|belum (?:terdaftar|menjadi|ter-?cover))")
# "persentase non-kepesertaan JKN tertinggi sebesar 3,96 persen": the share of the uninsured, named further back
UNINSURED_MEASURE_BEFORE = re.compile(r"\b(?:persentase|presentase|prosentase|angka|tingkat|rasio)\s+(?:penduduk\s+)?"
                                      r"(?:non[- ]?kepesertaan|non[- ]?peserta|yang belum terdaftar)\b[^.;]{0,45}$"
                                      # "warga Merangin yang belum manjadi peserta JKN KIS, jumlahnya sekitar 37 persen"
                                      r"|\byang\s+(?:masih\s+)?belum\s+(?:\w+\s+){0,2}?(?:peserta|terdaftar|mendaftar|"
                                      r"tercover|terlindungi)\b[^.;\d]{0,40},\s*(?:jumlah|total|persentase|angka)(?:nya)?\s+"
                                      r"(?:sekitar\s+|mencapai\s+|sebanyak\s+|sebesar\s+)?$"
                                      # "..., sedangkan yang belum menjadi peserta berjumlah 4%"
                                      r"|\byang\s+(?:masih\s+)?belum\s+(?:menjadi\s+peserta|terdaftar|tercover|terlindungi)\b"
                                      r"[^.;\d,]{0,30}\b(?:berjumlah|sebanyak|sebesar|mencapai|ada|tinggal|sekitar)\s*$")
# "peserta JKN-KIS di Tomohon sudah tercover sebanyak 96%, ...": a share the sentence states the enrolled at
COVERED_STATED_BEFORE = re.compile(r"\b(?:sudah|telah)\s+(?:tercover|ter-cover|terdaftar|tercakup|terlindungi|menjadi peserta)"
                                   r"\s+(?:sebanyak\s+|sebesar\s+|mencapai\s+)?$")
# "Kuota peserta PBI JK ... 750.404 jiwa. Saat ini yang terdaftar program itu sebesar 748.291 jiwa.": the segment just
# counted, named again
SEGMENT_AGAIN = re.compile(r"\b(?:program|segmen|kuota|kelompok|skema)\s+(?:itu|tersebut|ini)\b")
# "89,16 persen melonjak dibandingkan 2024 yang hanya berada di level 70 persen", "dibanding tahun lalu sebesar 94
# persen": an earlier period's level, said after today's
COMPARED_WITH_EARLIER_BEFORE = re.compile(r"\b(?:dibanding(?:kan)?|ketimbang|daripada)\s+(?:dengan\s+)?(?:tahun\s+|periode\s+|"
                                          r"posisi\s+|akhir\s+|capaian\s+)?(?:\d{4}|lalu|sebelumnya|tahun lalu|"
                                          r"tahun sebelumnya)\b[^.;\d]{0,50}$")
# "mencapai 217.549.455 jiwa atau meningkat 15,8 juta": by how many it rose, said right after the rise
RISE_BY_BEFORE = re.compile(r"\b(?:meningkat|bertambah|naik|berkurang|turun|menurun)\s+(?:sebanyak\s+|sebesar\s+|sekitar\s+)?$")
NEW_OR_ADDED = re.compile(  # before the count: "tambahan 18.500", "masih harus mendaftarkan 130 ribu"
    r"(?:tambahan|penambahan|menambah(?:kan)?|mendaftarkan|didaftarkan|mendata|menyisir|membutuhkan|dibutuhkan|perlu|"
    r"harus|(?<!lebih )kurang(?! lebih)|lagi|"  # ("lebih kurang 221,4 juta jiwa" and "kurang lebih" are "about")
    # "Pemkab Dogiyai mengusulkan 115 Ribu warga sebagai peserta": people proposed, not yet enrolled
    r"\busul|mengusulkan|diusulkan|usulan|mengajukan|diajukan)(?:\s+\w+){0,2}(?:\s+(?:sebesar|sebanyak|sejumlah))?\s*$"
)
# "seharusnya 127.000 warga kolaka utara menjadi peserta BPJS": how many should be, not how many are
# "sebesar 98 persen dari alokasi DBHCHT 2022", "APBD 2024": the year a budget is for names the budget, not when a target
# is due
BUDGET_YEAR_BEFORE = re.compile(r"\b(?:alokasi|anggaran|apbd|apbn|apbdes|dbhcht|dbh\s*cht|tahun anggaran|t\.?a\.?)"
                                r"(?:\s+\w+){0,2}\s+(?:tahun\s+)?$", re.IGNORECASE)
SHOULD_BE_BEFORE = re.compile(r"\b(?:seharusnya|semestinya|mestinya|idealnya)\s*$"
                              # "Hingga akhir tahun 2015, BPJS Kesehatan berharap dapat merangkul 168 juta peserta": the
                              # people it hopes to take in
                              r"|\b(?:berharap|diharapkan|harapannya|ingin|bertekad|optimis)\b[^.;\d]{0,40}?"
                              r"\b(?:dapat\s+|bisa\s+|mampu\s+|akan\s+)?(?:merangkul|menjangkau|mendaftarkan|meng-?[ck]over|"
                              r"mencakup|menambah|menjaring)\s+(?:sekitar\s+|sebanyak\s+|hingga\s+)?$")
# ... but "telah mendaftarkan 72.730 jiwa atau 97.54% dari jumlah penduduk" is all it has enrolled
ENROLLED_SO_FAR_BEFORE = re.compile(r"\b(?:telah|sudah)\s+(?:men)?daftarkan\s*$")
# after it: "54.368 peserta baru"; but "1.718.502 jiwa baru mencapai 84,72 persen" is "only"
NEW_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:peserta\s+)?baru\b(?!\s+(?:\d|(?:me|ter|ber|di)\w+|sekitar|sebanyak|sejumlah))"
                       # "memastikan 900 ribu jiwa warga Kalteng segera terdaftar": people still to enrol
                       r"|^[^.;\d]{0,40}\bsegera\s+(?:terdaftar|didaftarkan|mendaftar|menjadi peserta)\b")

# ======================================================================= population and numbers that restate each other

OWN_SHARE_RESTATED = re.compile(r"^\s*(?:jiwa|orang)?\s*(?:\(|atau|or)\s*(?:sekitar\s+)?[\d.,]+\s*(?:%|persen)\)?")
POPULATION_BEFORE = re.compile(
    r"(?:(?:jumlah|total|seluruh|keseluruhan)\s+(?:jumlah\s+)?(?:penduduk|warga|populasi|masyarakat)|berpenduduk|populasi|penduduknya|"
    r"\b(?:memiliki|mempunyai)\s+(?:jumlah\s+)?penduduk|"  # "Kabupaten Pangkep memiliki penduduk 360.557"
    r"\bdari\s+penduduk|\bpopulation of|"
    r"\bdata\s+(?:jumlah\s+)?penduduk)"  # "menggunakan data penduduk kota Bogor 1.099.422 jiwa"
    # (not across a list's next item: "... dari jumlah penduduk di Kabupaten Temanggung serta 1.092.174 orang")
    # ("jumlah penduduk Pamekasan menurut Data Kependudukan Bersih (DKB) Dispendukcapil ... semester 1 tahun 2022 yakni
    # 857.264 jiwa": a source named between)
    r"(?P<between>(?:(?!\bserta\b|\bsedangkan\b|\bsementara\b)[^;]){0,60}|(?:(?!\bserta\b|\bsedangkan\b|\bsementara\b)"
    r"[^;\d]){0,60}\b(?:menurut|berdasarkan|sesuai)\b[^;.]{0,80}?\b(?:yakni|yaitu|sebanyak|sejumlah|berjumlah|adalah|mencapai)\s*)$"
)
# "seluruh penduduk Boven Digoel yang berjumlah 72.027 jiwa itu sudah menjadi peserta": all the residents, numbered
# ("lebih dari 98 persen penduduk di Demak yang berjumlah 1,243 juta jiwa terdaftar": the people a share is of,
# numbered)
ALL_RESIDENTS_NUMBERING = re.compile(r"(?:\b(?:seluruh|semua)|\bpersen|%)\s+(?:penduduk|warga|masyarakat)\b[^,;.\d]{0,40}\byang\s+"
                                     r"(?:berjumlah|jumlahnya|sebanyak)\s*$")
# "Jumlah penduduk Malinau wajib JKN mencapai 76.836 jiwa": the people obliged to enrol are the base, not the enrolled
OBLIGED_TO_ENROL = re.compile(r"\bwajib\s+(?:ber)?(?:jkn|bpjs(?: kesehatan)?|terdaftar|menjadi peserta|peserta)\b")
# "penduduk TTS tercatat 470.812 jiwa", "data penduduk Disdukcapil ... sebanyak 806.412 jiwa", "warga kota Bogor tercatat
# berjumlah 1.010.566 jiwa"
# (not "tingkat kepesertaan warga di Bali selama tahun 2015 mencapai 2.072.653 jiwa": the residents' enrolment)
POPULATION_SUBJECT = re.compile(
    r"(?<!kepesertaan )(?<!keikutsertaan )(?<!partisipasi )\b(?:penduduk|warga)\b(?P<between>[^,;.]{0,60}?)\s(?:tercatat|sebanyak|berjumlah|mencapai|sejumlah|yakni|adalah)\s*$"
)
# ("Lebih dari 186 ribu warga terdaftar": a floor, not a base)
OF_TOTAL_BEFORE = re.compile(r"\b(?:of|out of)\s+(?:the|its)\s+(?:total\s+)?(?:about\s+|around\s+)?$|"  # "Of the 2.5 million residents"
                             r"\b(?:percent|%)\s+of\s+(?:about\s+|around\s+|some\s+)?$|"  # "around 43 percent of 5 million residents"
                             # ("dari total jumlah penduduk 417 ribu jiwa")
                             r"(?<!lebih )(?<!kurang )\bdari\s+(?:total\s+|jumlah\s+|sebanyak\s+|seluruh\s+){0,2}(?:sekitar\s+|kurang lebih\s+)?"
                              # "dari jumlah penduduk sekitar 220 ribu", "dari total penduduk sebesar 104.241", "dari
                              # jumlah penduduk Gunung Mas total 130.573 jiwa"
                              # ("82,74 persen dari total warga sebanyak 3.154.499 penduduk")
                              r"(?:(?:penduduk|populasi|(?<=total )warga|(?<=jumlah )warga)\s+(?:(?:yang\s+)?(?:sebesar|sebanyak|berjumlah)\s+|"
                              r"(?:[a-z][\w'-]*\s+){1,3}?(?:total|sebanyak|sebesar|berjumlah)\s+)?)?"
                              r"(?:sekitar\s+|kurang lebih\s+)?$"
                             # "97,88 persen dari jumlah penduduk kabupaten Muba 707.290 jiwa": the region named between
                             r"|(?<!lebih )(?<!kurang )\bdari\s+(?:total\s+|jumlah\s+|seluruh\s+)+(?:penduduk|populasi)\s+"
                             r"(?:kabupaten|kota|provinsi)\s+(?:(?!yang\b)[a-z-]+\s+){1,3}$")
# "presentase tersebut berjumlah 1.244.533 jiwa": the people a share stated before amounts to.
SHARE_AMOUNTS_BEFORE = re.compile(r"\b(?:persentase|presentase|prosentase|capaian|angka)\s+(?:tersebut|itu|ini)\s+"
                                  r"(?:berjumlah|setara(?:\s+dengan)?|sebanyak|sama dengan|mencakup)\s*$")
# "Kota Pontianak dengan 673.129 penduduk baru 498.549 yang terdaftar": the residents a region has.
# "Rinciannya, Kabupaten Maluku Barat Daya tercatat sebanyak 76.858 jiwa": a count recorded for a region named
# just before it, in a passage about enrolment, is that region's participants.
RECORDED_BEFORE = re.compile(r"\b(?:tercatat|mencatat|sebanyak|sejumlah|(?:dengan )?jumlah)\b[^.;,]{0,25}$|"
                             r"\b(?:rinciannya|perinciannya|rincian)\b[^.;]{0,40}$")
# ... or residents restated as a share: "Kabupaten Kuningan sebanyak 1.027.513 penduduk atau 85,30 persen" (a part)
PEOPLE_UNIT_AFTER = re.compile(r"^\s*(?:jiwa|orang|peserta)\b|^\s*(?:penduduk|warga)\s*,?\s*atau\s+(?:sekitar\s+)?\d")
HAS_BEFORE = re.compile(r"\b(?:dengan|memiliki|mempunyai|punya)\s+(?:sekitar\s+|jumlah\s+)?$")
# (not "dengan jumlah 160.586 jiwa warga yang telah memiliki BPJS": the residents who are enrolled)
# (but "Pamekasan dengan 820.129 penduduk yang sudah terdaftar BPJS Kesehatan sebanyak 670.150 jiwa": the enrolled
# have a number of their own)
RESIDENTS_AFTER = re.compile(r"^\s*(?:jiwa\s+)?(?:penduduk|warga)(?:nya)?\b(?!\s+yang\s+(?:telah\s+|sudah\s+)?"
                             r"(?:memiliki|terdaftar|menjadi peserta|tercover|ter-cover|terlindungi|tercakup)"
                             r"(?![^.;\d]{0,60}\b(?:sebanyak|sejumlah|berjumlah|mencapai)\s+\d))")
# "Kabupaten Sidrap memiliki sekitar 326 ribu jiwa, tersebar di 11 kecamatan": the people a region has, said alone
# (not "... memiliki 326 ribu jiwa, atau 98 persen": the enrolled, restated as a share)
REGION_HAS_BEFORE = re.compile(r"\b(?:memiliki|mempunyai)\s+(?:sekitar\s+|kurang lebih\s+)?$")
PEOPLE_ALONE_AFTER = re.compile(r"^\s*jiwa\s*(?:[.\n]|$|,(?!\s*(?:atau|sekitar|yang|dengan|setara)\b)|(?:yang\s+)?tersebar\b)")
# "Sampai dengan saat ini, tercatat 145.173 jiwa penduduk di Kabupaten Nias.": a sentence that only counts residents
# "Penduduk Kabupaten Bekasi, kini tercatat sekitar 3,2 juta jiwa.": the residents as the subject, the number alone
# (not "Penduduk Kabupaten X yang terdaftar tercatat ...": the enrolled among them)
RESIDENTS_SUBJECT_BEFORE = re.compile(r"\bpenduduk\s+(?:kabupaten|kota|provinsi)\s+(?:(?!yang\b|terdaftar|peserta)[\w-]+\s*){1,3},?"
                                      r"\s+(?:kini\s+|saat ini\s+|sekarang\s+)?(?:tercatat|berjumlah|sebanyak)\s+"
                                      r"(?:sekitar\s+|sebanyak\s+|kurang lebih\s+)?$")
RESIDENTS_RECORDED = re.compile(r"\b(?:tercatat|terdapat|ada)\s+(?:sekitar\s+|sebanyak\s+)?$")
# ("tercatat ada 818.289 orang penduduk di Kabupaten Buleleng.")
RESIDENTS_ONLY_AFTER = re.compile(r"^\s*(?:jiwa\s+|orang\s+)?(?:penduduk|warga)\s+(?:di\s+)?(?:kabupaten|kota|provinsi)\s+"
                                  r"[\w -]{1,30}[.\"”']*\s*$")
PEOPLE_AFTER = re.compile(r"^\s*(?:lebih\s+)?(?:jiwa|orang)?\s*(?:(?:jumlah|total)\s+)?(?:jiwa|penduduk|warga|masyarakat|orang|residents|inhabitants|people)(?:nya)?\b")
LINK_BETWEEN = re.compile(
    # ("279,8 juta jiwa terdaftar sebagai peserta JKN atau, 98%": what they are registered as, and a stray comma, may
    # come between)
    r"^\s*(?:jiwa|orang|penduduk|warga|peserta)?"
    r"(?:(?:\s+\w+){0,3}?|(?i:\s+terdaftar\s+(?:sebagai\s+)?peserta(?:\s+(?:program\s+)?(?:jkn|bpjs)[\w-]*)+))\s*[,(]?\s*"
    r"(?:atau|setara(?: dengan)?|sama dengan|yakni|yaitu|alias|mencakup|sekitar|sebesar|or|"
    r"dengan (?:persentase|presentase|prosentase|presentasi)|dengan (?:total|jumlah)(?: peserta)?)(?:\s*,)?"  # "418.324 jiwa dengan presentasi 13 persen"
    # ("telah menyentuh di angka 98 persen dengan total 106 ribu jiwa": the count of the same people)
    r"(?:\s+(?:sekitar|sekira|kira-kira|sebesar|mencakup|setara|dengan|kurang lebih|sebanyak|sejumlah|"
    r"hanya|baru))*\s*$"  # "44.314 peserta atau hanya 5,11 persen"
    # "284,1 juta jiwa atau lebih dari 98% populasi Indonesia": a floor or a rough level restates the count too
    r"|^\s*(?:jiwa|orang|penduduk|warga|peserta)?\s*,?\s*atau\s+(?:lebih dari|di ?atas|hampir|nyaris|mendekati)\s*$"
    # "39,5 juta jiwa (16%)": a share in brackets right after a count is that count's share
    r"|^\s*(?:jiwa|orang|penduduk|warga|peserta)?\s*\(\s*$"
)
# "70 persen dari 1.092.729 penduduk yakni 768.243 jiwa": a share of a population, then the people it amounts to
# ("98,99 persen dari total penduduk Sleman sebanyak 1.129.730 jiwa, atau setara 1.118.355 jiwa")
SHARE_OF_POPULATION_RESTATED = re.compile(r"(?:%|\bpersen)\s+dari\s+(?:total\s+|jumlah\s+|seluruh\s+)?"
                                          r"(?:penduduk\s+(?:[^\W\d][\w-]*\s+){0,3}?(?:sebanyak\s+|berjumlah\s+)?)?"
                                          r"[\d.,]+\s*(?:juta\s+|ribu\s+)?(?:jiwa\s+)?(?:penduduk|warga|jiwa)\b[^.;\d]{0,20}?"
                                          r",?\s*(?:(?:yakni|yaitu|atau)\s+(?:setara(?:\s+dengan)?\s+|sama dengan\s+)?|"
                                          r"setara(?:\s+dengan)?\s+)(?:sebanyak\s+|sekitar\s+)?$")
LINK_SENTENCE_START = re.compile(
    # ("Tapi angka tersebut pada Oktober 2021 mengalami penurunan ... menjadi 89 persen": a conjunction may open it)
    r"^(?:\W*)(?:(?:tapi|tetapi|namun|sayangnya|kemudian|lalu)\s*,?\s+(?=(?:angka|jumlah|capaian|data|total) "
    r"(?:ini|itu|tersebut)\b))?"
    # ("Deputi Direksi BPJS Kesehatan Wilayah X, Oktavianus Ramba mengatakan Jumlah tersebut sudah mencakup 101 persen":
    # or who said it)
    r"(?:[^.;\d\"“”]{0,100}?\b(?:mengatakan|menyebutkan|menjelaskan|mengungkapkan|menuturkan|menyampaikan|"
    r"menegaskan|menerangkan)\s*,?\s*(?:bahwa\s+)?(?=(?:angka|jumlah|capaian|data|total) (?:ini|itu|tersebut)\b))?"
    r"(?:(?:angka|jumlah|capaian|data|total) (?:ini|itu|tersebut)|persentase(?:nya)?|"
    r"dengan (?:(?:capaian|jumlah|angka) (?:ini|itu|tersebut)|demikian)|hal ini|artinya|"
    r"atau(?= (?:sekitar|sekira|kurang lebih|setara|sama dengan|sebesar|\d))|"  # "... 180 juta jiwa. Atau sekitar 70 persen"
    # "... dari total 3.6 juta orang. Itu sekitar 79.1 persen", "... ada 2,5 juta. Jadi lebih kurang 84,4 persen"
    r"(?:itu|ini|jadi)(?= (?:sekitar|sekira|kurang lebih|lebih kurang|kira-kira|setara|sama dengan|sebesar|\d)))\b"
)
# "Data tersebut ... berasal dari selisih data kepesertaan BPJS Kesehatan sebanyak 135.000 orang dengan jumlah penduduk":
# where "that figure" came from names other numbers, it does not restate it
DERIVED_FROM = re.compile(r"\b(?:berasal|bersumber|diperoleh|didapat|dihitung)\s+dari\b|\bselisih\b")
# "Dengan demikian jumlah pemegang kartu BPJS ... sebanyak 887.022 jiwa" after a breakdown by segment: a consequence
# sums the parts before it, it restates none of them
# ("47 ribu jiwa warga Mataram yang belum terdaftar. "Artinya, cakupan warga Kota Mataram ... mencapai 89 persen": what
# follows from a number that is no figure is a figure of its own)
CONSEQUENCE_START = re.compile(r"^\W*(?:dengan demikian|artinya|hal ini berarti|ini berarti|dengan kata lain)\b")

# ======================================================================= what a text refers to

_NUMBER_WORDS = r"dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"  # two to ten in words, shared by the counted groups below

NATIONAL = re.compile(
    r"\b(?:penduduk|populasi|warga|masyarakat|rakyat|seluruh|di seluruh) Indonesia\b|"
    # "jumlah peserta JKN-KIS  di Indonesia sebanyak 196.662.064 jiwa"
    r"\bpeserta\s+(?:program\s+)?(?:JKN|BPJS)[\w-]*(?:\s+Kesehatan)?\s+di\s+Indonesia\b|"
    r"(?-i:\bDi Indonesia\b)|\bdi Indonesia(?=\s*,)|"  # (not "kota ke-136 di Indonesia yang ...": the field it ranks in)  # "Di Indonesia, katanya, sudah tercapai 95 persen": a clause set in the nation
    # English-language pages: "94.23% of the total population of Indonesia", "Indonesia's population"
    r"\bpopulation (?:of|in) Indonesia\b|\bIndonesia['’]s\b|\bIndonesian (?:citizens|people|population)\b|"
    r"\b(?:across|throughout) Indonesia\b|"
    r"\bsecara nasional\b|\b(?:tingkat|skala|cakupan|kepesertaan|capaian|angka|rata-rata|rerata|persentase|presentase|prosentase|posisi) "
    r"nasional\b"
    # "di bawah capaian universal health coverage (UHC) nasional sebesar 98,67 persen"
    # (not "masih di bawah target UHC Nasional sebesar 98%", the plan's target)
    r"|(?<!target )(?<!sasaran )\b(?:uhc|jkn|coverage)\)?\s+nasional\b(?!\s+(?:pada|di|bagi|untuk)\s+(?:kabupaten|kota|provinsi))"
    # "membantu program JKN mencapai 100 persen Universal Health Coverage (UHC) di Indonesia"
    r"|\b(?:uhc|jkn|coverage)\)?\s+di\s+indonesia\b"
    # "Sedangkan nasional berada diangka 94,64 persen", "Kalau nasional keaktifan peserta ... mencapai 77,47 persen": the
    # nation as the subject of a figure
    r"|\b(?:sedangkan|sementara|adapun|untuk|kalau|kalo|jika|bila)\s+nasional\b(?=\s+(?:berada|sudah|baru|masih|mencapai|"
    r"di ?angka|sebesar|keaktifan|kepesertaan|cakupan|capaian))"
    # "Di Indonesia sudah tercover 98 persen. Sementara Kota Madiun sudah 100 persen": the country as the subject of a
    # level reached, like a region's "Di Kota Kediri sudah ..."
    r"|\bdi Indonesia\b(?=,?\s+(?:sudah|telah|baru|kini|tercatat|tercover|mencapai)\b)",
    re.IGNORECASE,
)
# "... said on Friday that JKN has grown into one of the world's largest social security systems, with a coverage rate
# of 98 percent": the national scheme itself as the subject, in a story that names no region, is the nation's figure
SCHEME_AS_SUBJECT = re.compile(r"\b(?:that|bahwa)?\s*(?:the\s+)?(?:JKN(?:-KIS)?|program JKN(?:-KIS)?|JKN program)\s+"
                               r"(?:has|had|is|was|now|telah|sudah|kini)\b")
# "... sudah mencapai 62,52 persen karena total jumlah penduduk di tiga kabupaten ...": the population of several
# regions together
JOINT_POPULATION_AFTER = re.compile(r"\b(?:total\s+)?(?:jumlah\s+)?penduduk\s+(?:di\s+)?(?:ke)?(?:" + _NUMBER_WORDS +
                                    r"|\d{1,2})\s+(?:kabupaten|kota|daerah|wilayah)", re.IGNORECASE)
# "Dari 2.452.665 jiwa penduduk Samarinda, Bontang, Kukar, ... dan Mahulu, total peserta ... 102,83 persen": a share of
# the population of the regions listed, together (what precedes the first of them)
JOINT_POPULATION_BEFORE = re.compile(r"\b(?:dari|total|jumlah)\s+(?:total\s+|jumlah\s+)?[\d.,]+\s*(?:juta\s+|ribu\s+)?"
                                     r"(?:jiwa\s+)?penduduk\s+(?:di\s+)?"
                                     # ("Dari 2.452.665 jiwa penduduk di enam daerah yakni Samarinda, ...": counted first)
                                     r"(?:(?:ke)?(?:" + _NUMBER_WORDS + r"|\d{1,2})\s+(?:kabupaten/kota|kab/kota|kabupaten|kota|"
                                     r"daerah|wilayah)\s*,?\s*(?:yakni|yaitu|antara lain|meliputi)\s+)?$", re.IGNORECASE)
# "Dari 28 ribu penduduk di Kepulauan Seribu yang terdata Dinas Dukcapil DKI Jakarta, tercatat 27,988": the region of
# an agency a figure's data comes from only names the source
DATA_SOURCE_BEFORE = re.compile(r"\b(?:terdata(?:\s+di)?|data|menurut|berdasarkan(?:\s+data)?|sumber)\s+(?:dari\s+)?"
                                r"(?:dinas\s+(?:dukcapil|kependudukan(?:\s+dan\s+pencatatan\s+sipil)?|sosial)|disdukcapil|"
                                r"dukcapil|dinsos|bps)\s+$", re.IGNORECASE)
# "penghargaan Universal Health Coverage (UHC) dari pemerintah provinsi Jawa Tengah atas capaian UHC 98 persen": the
# region an award comes from gives it; the figure is the receiver's
AWARD_GIVER_BEFORE = re.compile(r"\b(?:penghargaan|award|apresiasi|piagam|trofi|anugerah)\b[^.;]{0,60}\bdari\s+"
                                r"(?:(?:pemerintah|pemprov|gubernur)\s+)?(?:provinsi\s+)?$", re.IGNORECASE)
AWARD_BEFORE_LEVEL = re.compile(r"\b(?:predikat|penghargaan|award|awards|juara|peringkat|kategori|prestasi|apresiasi|"
                                r"madya|pratama|utama|paripurna)\b[^.,;\d]{0,30}$", re.IGNORECASE)
# "Sekretaris Daerah Kayong Utara ... membacakan sambutan Menteri Kesehatan": a regional official reading out a national
# leader's speech; what it says of no region is the nation's
NATIONAL_SPEECH_READ = re.compile(r"\bmembacakan\s+(?:naskah\s+)?(?:sambutan|amanat|pidato|pesan|arahan)\s+(?:tertulis\s+)?"
                                  r"(?:dari\s+)?(?:menteri|menkes|presiden|wakil presiden)\b", re.IGNORECASE)
# "Wakil Presiden RI, Ma'ruf Amin mengatakan, ... kepesertaan Program JKN saat ini mencapai 90,3 persen": a national
# leader speaking; what the sentence says of no region is the nation's
NATIONAL_SPEAKER_OPENING = re.compile(r"^\W*(?:wakil presiden|wapres|presiden(?!\s+direktur)|menteri kesehatan|menkes|"
                                      r"(?:direktur utama|dirut) bpjs kesehatan)\b[^.;\d]{0,60}?\b(?:mengatakan|menyebutkan|"
                                      r"menyebut|menjelaskan|mengungkapkan|menyampaikan|menegaskan)\b", re.IGNORECASE)
# "Secara nasional, cakupan kita sudah 98 persen": the nation's level said in passing, beside the region's story
NATIONAL_ASIDE = re.compile(r"\b(?:secara|tingkat|skala|rata-rata|rerata|angka) nasional\b", re.IGNORECASE)
NATIONAL_POLICY = re.compile(
    r"\bpemerintah pusat\b|\bRPJMN\b|\bInpres\b|Instruksi Presiden|\btarget nasional\b|\bpeta jalan\b|\bnasional(?:nya)?\b(?= (?:sebesar|yakni|yaitu)?\s*\d)",
    re.IGNORECASE,
)
ANAPHOR = re.compile(
    r"\b(?P<group>ke(?:" + _NUMBER_WORDS + r")|para|seluruh|semua|beberapa|sejumlah)?"
    r"\s*(?P<noun>ibu ?kota(?: provinsi)?|kabupaten|kota|provinsi|daerah|wilayah|pemkab|pemkot|pemko|pemprov)\b"
    # (not the "ini" of "saat ini", "tahun ini": "pemerintah pusat, provinsi dan pemerintah daerah saat ini telah
    # mencapai sekitar 87 persen" names no province)
    r"(?P<mid>[^.,;:()\"“”]{0,45}?)(?<!\bsaat)(?<!\bhari)(?<!\btahun)(?<!\bbulan)(?<!\bkali)(?<!\bminggu)(?<!\bpekan)"
    r"(?<!\bmasa)\s(?P<dem>itu|tersebut|ini)\b"
)
# "... baru Kota Pasuruan yang meraih UHC. Di kota, lebih dari 95 persen warganya ...": a bare level noun opening a
# sentence before a comma is the region of that level just named
BARE_ANAPHOR = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[\"“]?\s*(?:Di|Untuk) (?P<noun>kota|kabupaten|provinsi)(?=\s*,)")
# A counted group named again: "empat kabupaten tersebut", "3 kota itu" (its figures take the group's date)
GROUP_AGAIN = re.compile(r"\b(?P<n>" + _NUMBER_WORDS + r"|\d{1,2})\s+"
                         r"(?P<noun>kabupaten/kota|kabupaten|kota|daerah|provinsi)\s+(?:tersebut|itu|ini)\b")
# "Kabupaten Teluk Wondama dan Kabupaten Pegunungan Arfak masing-masing memiliki 56.740 peserta": each has it
# "Dari 824.855 warga Kota Lubuklinggau, Kabupaten Musi Rawas (Mura) dan Musi Rawas Utara", "86 persen warga Kota
# Semarang dan Kabupaten Demak": a number of the people of the regions named right after it
PEOPLE_OF_AFTER_COUNT = re.compile(r"\s*(?:jiwa\s+|orang\s+)?(?:warga|penduduk|masyarakat)(?:\s+di)?\s+", re.IGNORECASE)
EACH_BEFORE = re.compile(r"\bmasing-masing\b[^.;,\d]{0,30}$", re.IGNORECASE)
# Words that open a list of the regions a counted plural means: "tiga kabupaten ..., di antaranya A, B serta C".
LIST_OPENS = re.compile(r"\b(?:di ?antaranya|yakni|yaitu|antara lain|meliputi|masing-masing)\b|:")
# "Empat daerah yang sudah mencapai UHC itu adalah Kota Kediri 100 persen, ...": after a group of regions, a copula
# names its members too
MEMBERS_NAMED = re.compile(LIST_OPENS.pattern + r"|\b(?:adalah|ialah)\b")
# "beberapa daerah ... sudah di atas 95 persen seperti Tolitoli, Buol, Palu": after a group left uncounted, "seperti"
# lists its members too (elsewhere it compares: "seperti di Kabupaten X")
SEVERAL_LISTED_BY = re.compile(LIST_OPENS.pattern + r"|\b(?:seperti|termasuk)\b")
# the figure is followed, in its clause, by a word that lists the regions it is of
REGIONS_LISTED_AFTER = re.compile(r"^\s*(?:persen|%)?[^.;\d]{0,30}?(?:" + SEVERAL_LISTED_BY.pattern + ")")
# "... ada 8 kabupaten yang sudah 100 persen. Ke-8 kabupaten itu, Murung Raya, Katingan, ...": the next sentence
# opens by naming the counted regions one by one.
GROUP_NAMED_NEXT = re.compile(
    r"\W*(?:ke-?\d{1,2}|ke(?:" + _NUMBER_WORDS + r")|\d{1,2}|" + _NUMBER_WORDS + r")\s+(?:kabupaten/kota|kabupaten|kota|daerah|provinsi|wilayah)\s+"
    r"(?:itu|tersebut|ini)?\s*(?:,|:|adalah|yakni|yaitu|ialah|antara lain|meliputi|masing-masing|di ?antaranya)",
    re.IGNORECASE)
# "... sejumlah kabupaten dan kota yang ... di atas 80 persen. Daerah-daerah tersebut antara lain A, B, ...": an
# uncounted group's regions, listed by the next sentence behind a demonstrative and a word that opens a list
GROUP_LISTED_NEXT = re.compile(
    r"\W*(?:daerah-daerah|daerah|wilayah|kabupaten(?:/| dan | serta )kota|kabupaten-kabupaten|kabupaten|kota|provinsi)"
    r"\s+(?:itu|tersebut|ini)\s*,?\s*(?::|adalah|yakni|yaitu|ialah|antara lain|meliputi|di ?antaranya)",
    re.IGNORECASE)
# "menjadi sumber inspirasi bagi daerah lain": the others, named in passing, are no subject the story stays with
OTHER_REGIONS = re.compile(r"(?:daerah|kabupaten/kota|kabupaten|kota|provinsi)\s+(?:lain|lainnya)\b", re.IGNORECASE)
PLURAL_ANAPHOR = re.compile(r"\bkeduanya\b|\bketiganya\b|\bdaerah (?:lain|lainnya)\b|\bkabupaten/kota lain|"
                             # "sejumlah kabupaten dan kota yang ... di atas 80 persen": several, not the province
                             r"\b(?:sejumlah|beberapa)\s+(?:kabupaten(?:/| dan | serta )kota|kabupaten|kota|daerah|"
                             r"provinsi)\b(?!\s+(?:itu|ini|tersebut)\b)|"
                             r"\b(?:" + _NUMBER_WORDS + r"|\d{1,2})\s+"
                             r"(?:dari\s+(?:\d{1,3}|" + _NUMBER_WORDS + r")\s+)?"
                             # ("dua kab/ kota"; "Papua Barat bersama tujuh kabupatennya": its seven)
                             r"(?:(?:kabupaten|kab\.?)\s*/\s*kota|kabupaten|kota|daerah|provinsi)(?:nya)?\b")
# Another country: its figures are not Indonesia's nor a region's ("Di Malaysia, cakupan ... 99 persen"); a
# destination ("merantau ke Malaysia") is not what a sentence is about.
ABROAD = re.compile(
    r"\b(?:Malaysia|Singapura|Thailand|Filipina|Vietnam|Brunei|Timor Leste|Kamboja|Myanmar|Laos|Jepang|"
    r"Korea Selatan|Tiongkok|Taiwan|India|Australia|Selandia Baru|Amerika Serikat|Kanada|Meksiko|Brasil|"
    r"(?<!bahasa )(?<!Bahasa )Inggris|Jerman|Prancis|Perancis|Belanda|Turki|Arab Saudi|Kuba|Rwanda|Ghana)\b"
    r"|\bnegara (?:lain|tetangga|maju)\b|\bluar negeri\b"
)
# An island or macro-region spans several provinces: "untuk wilayah Kalimantan, kepesertaan ... 58,73 persen" is
# no province's figure. Followed by a compass word it is a province's name ("Kalimantan Timur"), or a paper's.
ISLANDS = re.compile(r"\b(?:[Pp]ulau |[Ww]ilayah |[Rr]egional )?(?:Kalimantan|Sumatera|Sumatra|Jawa|Sulawesi|Nusa Tenggara|"
                     r"Bali[- ]Nusra)\b(?!\s+(?:Barat|Timur|Selatan|Tengah|Utara|Tenggara|Daya|Pos|Ekspres)\b)")
# "Kota Malang berhasil mewakili Pulau Jawa dalam memperoleh apresiasi": the island is the field a region stands for
ISLAND_AS_FIELD = re.compile(r"\b(?:mewakili|(?:satu-satunya|pertama|terbaik|tertinggi|terendah)(?:\s+\w+)?\s+(?:di|se-?))\s*$",
                             re.IGNORECASE)
# A metropolitan area spans several regions: "penduduk Tangerang Raya hampir 94 persen" is no one region's figure
METRO_AREAS = re.compile(r"\b(?:Tangerang|Bandung|Malang|Solo|Semarang|Surabaya|Bogor|Bekasi|Cirebon|Sukabumi|Kediri|Madiun|"
                         r"Mojokerto|Pasuruan|Jakarta|Makassar|Medan|Palembang|Denpasar|Jogja|Yogyakarta) Raya\b|"
                         r"\b(?:Jabodetabek|Jabotabek|Bodebek|Sarbagita|Mebidangro|Mamminasata|Gerbangkertosusila|Kedungsepur|"
                         r"Subosukawonosraten|Bregasmalang|Ciayumajakuning|Barlingmascakeb)\b")
# "posisi kedua di Malang Raya": where a region ranks, not what the sentence is about
METRO_AS_PLACE_BEFORE = re.compile(r"\b(?:di|se-?)\s*$", re.IGNORECASE)
ABROAD_AS_DESTINATION = re.compile(r"\b(?:ke|dari|merantau|bekerja|pekerja migran|TKI|PMI|pulang)\b[^.,;:]*$")
SUBREGION = re.compile(
    r"\b(?:[Dd]esa|[Kk]elurahan|[Kk]ecamatan|[Gg]ampong|[Nn]agari|[Dd]usun|[Kk]ampung|[Dd]istrik|[Pp]ekon|"
    r"[Kk]apanewon|[Kk]emantren|[Kk]alurahan|[Ll]embang)"
    r"(?:\s+(?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*|\s+(?:itu|ini|tersebut))"
    r"|\b(?:[Tt]ingkat|[Ll]evel) (?:desa|kelurahan|kecamatan|dusun)\b"
)
# "Warga Walatung, Kecamatan Pandawan, HST, Juhaidi, mengaku ...": a resident's address, not what the story is about
RESIDENT_ADDRESS_BEFORE = re.compile(r"\b[Ww]arga\s+(?:[Dd]esa\s+|[Kk]elurahan\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,\s*$")
# "di Puskesmas Kecamatan Ciracas": a facility named for its district, where something happened
FACILITY_BEFORE = re.compile(r"\b(?:puskesmas|kantor|rsud|rumah sakit|balai|aula|gedung|pendopo)\s+$", re.IGNORECASE)
# English-language pages: "less likely than Papua to be NHI members", "compared to Papua": the region a comparison
# measures against, not the one whose figure is told
COMPARED_REGION_BEFORE = re.compile(r"\b(?:than|compared (?:to|with))\s+(?:in\s+)?$", re.IGNORECASE)
VENUE_BEFORE = re.compile(
    r"\b(?:kata|katanya|ujar|ujarnya|ungkap|ungkapnya|jelas|jelasnya|tutur|tuturnya|tegas|tegasnya|sebut|"
    r"konferensi pers|jumpa pers|rapat|acara|kegiatan|peluncuran|ditemui|seminar|forum|kantor|gedung|balai|aula|"
    r"hotel|pendopo|istana|expose|paparan|pemaparan|gathering|diskusi|dialog|sosialisasi|pertemuan|kunjungan|"
    r"upacara|penyerahan|penganugerahan|penghargaan|lokakarya|workshop|rakor|rakernas|rakerda|talkshow|webinar|"
    r"keterangan|keterangannya|pernyataan|pernyataannya|siaran pers|ucap|ucapnya|imbuh|imbuhnya|pungkas|"
    r"diserahkan|digelar|diselenggarakan|berlangsung|bertempat|diadakan)\b"
    r"[^.;,\n]{0,50}\bdi\s+$",  # (not across a comma: "Dalam pertemuan di Kulonprogo, Rudiana mengungkapkan ... di X")
    re.IGNORECASE,
)
# '..., sudah mencapai 95 persen," kata Deputi Direksi ... Ni Mas Ratna di Balikpapan': after a quote, the
# speaker's attribution, however long, ends with where it was said.
VENUE_AFTER_QUOTE = re.compile(r"[\"”]\s*,?\s*(?:kata|ujar|ungkap|jelas|tutur|tegas|sebut|papar|terang|ucap|"
                               r"imbuh|tambah|lanjut|pungkas)\w*\b"
                               r"[^\"“”.;\n]{0,160}\bdi\s+"
                               # ("..., ujar Sandi saat peluncuran ..., di Puskesmas Kecamatan Ciracas, Jakarta Timur": the
                               # city after a place and a comma)
                               r"(?:[^\"“”.;\n,]{1,50},\s*)?$", re.IGNORECASE)
# "di Ballroom JIEXPO Kemayoran Jakarta Pusat": a place in a building's name is where something happened.
VENUE_NOUN_BEFORE = re.compile(
    r"\b(?:ballroom|gedung|hotel|balai|aula|pendopo|pendapa|istana|auditorium|hall|convention|graha|wisma|"
    r"ruang|kantor)\b[^.;,\n]{0,40}$"
    # "di Hotel PO, Kota Semarang pada Rabu": the city after a building's name and a comma is where the building is
    r"|\b(?:ballroom|gedung|hotel|aula|pendopo|pendapa|auditorium|convention|graha|wisma)\b[^.;,\n]{0,40},\s*$"
    # "Polresta Balikpapan dan Polsek Balikpapan Selatan (Polda Kalimantan Timur)": a police, army or court unit named for
    # the region it serves is an institution, not the region's own figure
    r"|\b(?:polda|polres|polresta|polrestabes|polsek|kodim|korem|kodam|kejari|kejati|kejaksaan negeri|pengadilan negeri|"
    r"lapas|rutan)\s+(?:kabupaten\s+|kota\s+)?$"
    # "bahkan ke RS rujukan di Jakarta, akan kita biayai": a hospital patients are sent to, and where it is
    r"|\bke\s+(?:rs\w*|rumah sakit|puskesmas|klinik|faskes)\b[^.;,\n]{0,30}\bdi\s+$",
    re.IGNORECASE,
)
# "Di sisi lain, Kabupaten Mojokerto mencatatkan angka kepesertaan JKN sebesar 99,47 persen": a sentence opening by
# setting one more region beside the one just reported, from the same release
# ("Jika dirinci untuk Kota Surakarta ...", "Selanjutnya, di Kabupaten Karanganyar ...": a breakdown going on)
PARALLEL_OPENING = re.compile(r"^\W*(?:di sisi lain|sementara(?: itu)?|sedangkan|adapun|begitu pula|demikian pula|"
                              r"hal serupa|senada|selanjutnya|kemudian|(?:jika|bila|kalau) dirinci|rinciannya)\b",
                              re.IGNORECASE)
# "cakupan paling tinggi di Kabupaten Pasaman ...", "paling rendah di Kabupaten Solok": a ranking of the regions of
# one data release (it takes the release's date)
RANKING = re.compile(r"\b(?:paling (?:tinggi|rendah|banyak|sedikit)|tertinggi|terendah|terbanyak|tersedikit)\b",
                     re.IGNORECASE)
# "Kabupaten pertama di Papua dan Papua Barat yang ...", "daerah tertinggi se-Jawa Barat": the field a region is ranked
# in; but "tertinggi di Balikpapan dengan 80,9 persen" names the region that ranks
_SUPERLATIVE = r"pertama|satu-satunya|terbaik|tertinggi|terendah|terbanyak|terbesar"  # shared by the two below
RANKED_IN_BEFORE = re.compile(r"\b(?:[Kk]abupaten|[Kk]ota|[Dd]aerah|[Pp]rovinsi|[Ww]ilayah)\s+(?:yang\s+)?"
                              r"(?:" + _SUPERLATIVE + r")\b(?:\s+\w+){0,3}?"
                              r"\s+(?:di|se-?)\s*(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|dan|serta)\s*){0,3}$")
# "Bahkan, di posisi keempat paling bawah di Jawa Timur", "menempati posisi empat terendah di Jatim", "peringkat
# ke-3 se-Jawa Tengah": a place in a ranking, and the field it is in
RANK_PLACE_IN_BEFORE = re.compile(r"\b(?:posisi|peringkat|urutan|ranking|rangking|nomor)\s+(?:ke-?\s*)?\w+"
                                  r"(?:\s+(?:paling\s+)?(?:bawah|atas|rendah|tinggi|terendah|tertinggi|terbawah|teratas|"
                                  r"terbaik|terburuk))?\s+(?:di|se-?)\s*(?:[Pp]rovinsi\s+)?$")
# "capaian 98 persen ini yang tertinggi di Provinsi Bengkulu": the province a figure ranks first in (a province only)
# ("UHC yang merupakan terbesar di Jawa Timur mencapai 99,10% ..., ini terbesar di Jatim": a copula may come between;
# "Kabupaten Solok menjadi daerah terendah di wilayah kerja ..., sekaligus terendah di Sumatera Barat": a second field)
RANKED_IN_PROVINCE_BEFORE = re.compile(r"\b(?:yang|ini|itu|sekaligus|juga)\s+(?:merupakan\s+|menjadi\s+|adalah\s+)?(?:yang\s+)?(?:" + _SUPERLATIVE + r")\s+"
                                       r"(?:di|se-?)\s*(?:[Pp]rovinsi\s+)?$")
# "Kabupaten Pulau Talibau baru capai 56%": a formal region name (the gazetteer's words resolve the known ones)
FORMAL_NAME_UNKNOWN = re.compile(r"\b(?:Kabupaten|Kab\.|Kota|Provinsi)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+"
                                 r"(?:baru|sudah|telah|masih|capai|mencapai|sebesar|hanya|tercatat)\b")
# "Sekretaris Daerah Pegunungan Arfak ... di Manokwari, Senin, mengatakan": where a statement was made, on a weekday
# (also the last part of an address: "berlangsung di lapangan J Wayong, Lombe, Kecamatan Gu, Kamis (05/08/2021)")
ADDRESS_BEFORE = re.compile(r"\b[Dd]i\s+(?:[\w.'/ -]{1,40},\s*){0,3}$")
VENUE_DAY_AFTER = re.compile(r"\s*,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\b(?:\s*\([^)\n]{0,15}\))?"
                             r"\s*(?:,|\.)", re.IGNORECASE)
# "3,7 juta jiwa penduduk di Solo dan sekitarnya": a region and its surroundings, an area wider than it
AND_SURROUNDINGS_AFTER = re.compile(r"\s+(?:dan|serta|&)\s+sekitar(?:nya)?\b", re.IGNORECASE)
# "di Jakarta International Expo", "Surabaya Convention Hall": a place that names a building is a venue.
VENUE_NOUN_AFTER = re.compile(r"\s+(?:International\s+)?(?:Expo|Convention|Exhibition|Hall|Ballroom|Arena|Stadium)\b",
                              re.IGNORECASE)
DATELINE_AFTER = re.compile(r"(?:\s*,?\s*(?:\([^)\n]{0,40}\)|[A-Za-z][\w.-]*(?:\s[A-Z][\w.-]*)?)){0,2}\s*[-–—:]"
                            r"|\s*,\s*[\w-]+\.(?:com|co\.id|id|news|net|org)\b")  # "Jakarta, Kabartujuhsatu.news,"
DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*(?:[\w.-]+\.(?:com|id|net|org|news|co\.id)\s*[,-–—]*\s*|[\w-]+\s*,\s*)?$",
                             re.IGNORECASE)  # "KONTAN.CO.ID - JAKARTA.", "TERASMALUKU.COM,-AMBON-", "KalbarOnline, Pontianak -"
# A related story's lead in a bulleted list keeps its dateline: "• SAMARINDA - Peserta BPJS di Kaltim ..." (the name in
# capitals and a dash: "• Kota Samarinda: 57,25 persen" is an item)
BULLET_BEFORE = re.compile(r"(?:^|\n)\s*[•·▪►]\s*$")
DASH_AFTER = re.compile(r"\s*[-–—]\s")
SITE_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[\w.-]+\.(?:com|id|net|org|news|co\.id)\s*,\s*$", re.IGNORECASE)
# National outlets dateline their stories in the capital: such a dateline says nothing of the story's region.
NATIONAL_DATELINES = frozenset({"31", "31.71"})  # DKI Jakarta, Jakarta Pusat
DATELINE_CAPS_AFTER = re.compile(r"\.\s")  # "KONTAN.CO.ID - JAKARTA. BPJS Kesehatan ..." (the name in capitals)
BRANCH_SCOPE = re.compile(r"(?:wilayah|area) (?:kerja|layanan|pelayanan)|kantor cabang|"
                           # "se-Kantor BPJS Kesehatan Cabang Denpasar (Denpasar, Badung, Tabanan)": all of its area
                           r"\bse-?\s?(?:kantor|kc\b|cabang)|kantor bpjs(?: kesehatan)? cabang|\bKC\b|\bdi cabang\b|wilayah (?:bpjs (?:kesehatan )?)?cabang\b|\bcabang\b[^.]{0,60}\b(?:meliputi|membawahi|mencakup)|"
                           r"secara keseluruhan|kedeputian|deputi direksi(?: bpjs(?: kesehatan)?)? wilayah|"
                           r"bpjs kesehatan wilayah", re.IGNORECASE)
# "Kepala Kantor BPJS Kesehatan Cabang Sidoarjo, Yessy Novita mengatakan ...": the title of the one speaking
BRANCH_HEAD_TITLE = re.compile(r"\b(?:Kepala|Kacab|Plt\.? Kepala|Pj\.? Kepala)\s+(?:Kantor\s+)?(?:BPJS(?:\s+Kesehatan)?\s+)?"
                               r"(?:Kantor\s+)?(?:Cabang|KC)\s+(?:Utama\s+)?(?P<seat>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
# A branch office as the subject that records a figure: "BPJS Kesehatan Cabang Samarinda mencatat cakupan peserta ...
# sebesar 95,16 persen" is the total of the branch's area, not of the story's region
BRANCH_SUBJECT = re.compile(r"\b(?:Cabang|KCU?)\s+(?P<seat>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
                            r"(?:mencatat\w*|catat|melaporkan|merilis|mengumumkan|menyebut(?:kan)?|capai|mencapai)\b",
                            re.IGNORECASE)
PARENTHESIS = re.compile(r"\([^()]*\)")
# Between two names of a list: ", ", " dan ", "), " (``LIST_JOINT``); in a list of an office's area a name the
# gazetteer does not know may sit between them: "Balikpapan, PPU dan Paser" (``LIST_GAP``)
# "Provinsi Papua Barat bersama tujuh kabupatennya": a region joined to a counted group of regions
JOINED_TO_GROUP = re.compile(r"\s*(?:dan|serta|bersama(?:-sama)?(?:\s+dengan)?|beserta)\s*", re.IGNORECASE)
LIST_JOINT = re.compile(r"\)?\s*(?:,|dan|serta|maupun|,\s*(?:dan|maupun))\s*|[-–/&]")  # ("wilayah Jateng-DIY": two provinces joined)
LIST_GAP = re.compile(r"(?:\s*(?:,|dan|serta|&)\s*(?:[A-Za-z][\w-]*(?=\s*(?:,|dan|serta|&)))?)+\s*")
# What joins a list of regions to the share they all reached: "Kota Madiun dan Kabupaten Madiun telah mencapai 100"
LIST_PREDICATE = re.compile(r"\s*(?:(?:kini|juga|telah|sudah|sama-sama|masing-masing|berhasil|mencapai|mencatat|"
                            r"sebesar|di angka|pada angka|yakni|yaitu)\s+)*", re.IGNORECASE)
# Offices listed by the name of their seat: "kantor cabang lainnya seperti Barabai 46 persen dan ... Banjarmasin".
OFFICE_LIST_BEFORE = re.compile(r"\b(?:kantor )?cabang (?:lain\w*|seperti)\b[^.;]{0,100}$", re.IGNORECASE)
# The area an office serves, named after it: "cabang Balikpapan yang melayani daerah Balikpapan, PPU dan Paser".
# ("area kerja Balikpapan yang mencakup hingga Penajam Paser Utara dan Paser")
OFFICE_AREA_BEFORE = re.compile(r"\b(?:cabang|KC|kantor|area kerja)\b[^.;]{0,50}\b(?:melayani|membawahi|meliputi|mencakup)\s+"
                                r"(?:hingga\s+|sampai\s+)?(?:daerah\s+|wilayah\s+)?$", re.IGNORECASE)
# A branch's working area named by its seat, and the areas ranked after it in the sentence: "tingkat kepesertaan
# terendah antara lain area kerja Banjarmasin, ... 43%, disusul dengan Barabai ... 46%, serta Palangkaraya ... 52%"
AREA_OF_WORK_BEFORE = re.compile(r"\barea\s+kerja\s+(?:KC\s+|cabang\s+)?$|"
                                 r"\barea\s+kerja\b[^.;]{0,200}(?:,|\bdan|\bserta|\byaitu|\byakni|\bdisusul(?:\s+dengan|\s+oleh)?)\s*$",
                                 re.IGNORECASE)
# A sentence that goes on listing a branch's area: "Dimana peserta BPJS ini meliputi Kota Serang, ...".
AREA_LIST = re.compile(r"\b(?:meliputi|mencakup|membawahi|terdiri (?:atas|dari))\b", re.IGNORECASE)
# Words before a region that make it the one compared with, not the subject: "posisi kedua, setelah Kota Malang".
COMPARISON_BEFORE = re.compile(r"\b(?:setelah|sesudah|di ?bawah|di ?atas|mengungguli|melampaui|melebihi|dibanding(?:kan)?"
                               # (not past "disusul": "Di bawah Sampang disusul Pamekasan" names the next one ranked)
                               r"(?: dengan)?|daripada|menyusul|menyalip|mengalahkan)\s+"
                               r"(?:(?!disusul\b|diikuti\b)[^\W\d][\w-]*\s+){0,3}$"
                               # "Solo menjadi daerah yang tingkat kepesertaan ... paling tinggi di antara kelima daerah
                               # tersebut": the field a region is ranked in
                               r"|\b(?:paling\s+[^\W\d]+|ter[^\W\d]+)\s+di ?antara\s+(?:[^\W\d][\w-]*\s+){0,3}$"
                               # "menyusul 3 provinsi lainnya, yaitu DKI Jakarta, Aceh dan Papua Barat": the others
                               r"|\blain(?:nya)?\s*,?\s*(?:yaitu|yakni|seperti|antara lain)\s+(?:[^\W\d]+[\s,]+){0,8}$",
                               re.IGNORECASE)  # "... dibandingkan dengan jumlah kepesertaan secara nasional"
# "Kabupaten Karo telah melampaui rata-rata nasional dengan persentase 98,98%": the level the subject passed the
# compared region with (what comes between that region and the figure)
OWN_LEVEL_AFTER_COMPARED = re.compile(r"\s*,?\s*dengan\s+(?:persentase|capaian|cakupan|angka|tingkat)\b[^.;\d]{0,25}",
                                      re.IGNORECASE)
RESPECTIVELY = re.compile(r"masing-masing", re.IGNORECASE)

# ======================================================================= dates and targets in a story

AS_OF_CUES = {"per", "hingga", "sampai", "s.d.", "s/d", "sd", "terhitung", "posisi", "data", "update", "tanggal",
               "diperbarui", "tercatat", "laporan", "rekapitulasi", "rekap", "as"}  # "Berdasarkan laporan akhir tahun 2022"; "as of"
DATE_TO_COME_AFTER = re.compile(r"\s*(?:nanti|mendatang|yang akan datang)\b", re.IGNORECASE)
AS_OF_BAD_CUES = {"sejak", "dibanding", "dibandingkan", "selama", "sepanjang", "jelang", "menjelang", "sebelum",
                   "setelah", "usai", "mulai"}
# A measure named again with a demonstrative: "Cakupan kepesertaan ini bahkan terus terjaga di atas 99 persen" speaks of
# the region the passage is about
MEASURE_AGAIN = re.compile(r"\b(?:cakupan|capaian|kepesertaan|angka)(?:\s+(?:kepesertaan|jkn|uhc))?\s+(?:ini|tersebut|itu)\b")
# A target for coverage and activity together: "menambah jumlah cakupan dan kepesertaan aktif agar bisa mencapai 100
# persen" sets the coverage target too
COVERAGE_AND_ACTIVE = re.compile(r"\b(?:cakupan|kepesertaan)\b[^.;,\d]{0,30}\b(?:dan|serta)\b[^.;,\d]{0,25}"
                                 r"(?:\baktif\b|keaktifan)|\bkeaktifan\b[^.;,\d]{0,20}\b(?:dan|serta)\s+(?:cakupan|kepesertaan)\b")
# "Kami masih mengejar capaian kepesertaan ..., dimana saat ini baru mencapai 77 persen": where it stands now
NOW_STATED_BEFORE = re.compile(r"\b(?:" + _NOW + r")\s+(?:baru|masih|sudah|telah)\s+(?:mencapai\s+|di ?angka\s+|"
                               r"sebesar\s+|sekitar\s+)?$")
# The UHC threshold given as what "target UHC" means: "melampaui target UHC, yakni minimal 95 persen dari populasi",
# "target UHC ditetapkan untuk memastikan minimal 95 persen penduduk ..." (a definition, not the region's target)
# ("kalau dilihat dari target Universal Health Coverage (UHC), yaitu 95% dari jumlah penduduk", "masih jauh dari target
# UHC, dengan patokan 95 persen": what UHC takes, named as the target's own value)
_UHC_TARGET = r"\btarget\s+(?:uhc|universal health coverage)\b"
UHC_THRESHOLD_BEFORE = re.compile(_UHC_TARGET + r"[^.;\d]{0,60}\b(?:minimal|minimum|sekurang-kurangnya|paling sedikit)\s*$"
                                  r"|" + _UHC_TARGET + r"(?:\s*\(uhc\))?\s*,?\s*"
                                  r"(?:yaitu|yakni|sebesar|adalah|ialah|dengan patokan|dengan acuan)?\s*$"
                                  # "untuk mencapai UHC, tingkat kepesertaan harus 95 persen": what UHC takes
                                  r"|\buntuk\s+(?:mencapai|meraih|menjadi)\s+(?:status\s+)?uhc\b\s*,?[^.;\d]{0,40}\bharus\s*$")
# The year an award or status names is the award's, not the data's: "UHC Awards 2026", "penghargaan Universal Health
# Coverage (UHC) Tahun 2026", "meraih status UHC 2026"
# ... and so is a target's year: "Capai 98,09 Persen, Targetkan UHC 2025"
AWARD_YEAR_BEFORE = re.compile(r"(?:\bawards?|\bpenghargaan(?:\s+[\w()-]+){0,5}|\bpredikat(?:\s+uhc)?|\bstatus\s+uhc|"
                               r"\buhc\s+(?:kategori\s+)?(?:utama|madya|pratama|paripurna)|"  # "Raih UHC Pratama 2026"
                               r"\b(?:target\w*|ditargetkan|menargetkan)\b[^.;,\d]{0,25}?|"
                               # "... untuk meraih target Universal Health Coverage (UHC) atau kepesertaan semesta tahun
                               # 2024": a goal still to reach, however long its name
                               r"\buntuk\s+(?:meraih|mencapai|mewujudkan|mengejar)\s+target\b[^.;,\d]{0,70}?)\s+(?:tahun\s+)?$")
# "Diawal tahun 2026, Kabupaten PPU berhasil meraih Penghargaan UHC ... dengan capaian kepesertaan UHC mencapai 100,15
# persen": a year opening a sentence (OPENING_TIME) about receiving an award (AWARD_RECEIVED) dates the award, not the
# data it was given for
OPENING_TIME = re.compile(r"\W*(?:(?:di\s*)?awal|akhir|pada|di|sepanjang|selama)?\s*(?:tahun\s*)?", re.IGNORECASE)
AWARD_RECEIVED = re.compile(r"\b(?:meraih|menerima|mendapat(?:kan)?|memperoleh|diganjar|menyabet|dianugerahi|raih|terima)\b"
                            r"[^.;]{0,60}\b(?:penghargaan|award|predikat|anugerah|trofi)\b", re.IGNORECASE)
# "hingga 100%, serta mencatat IPM tahun 2023 sebesar 78,01": a date past a new clause is that clause's
NEXT_CLAUSE = re.compile(r"[,;]\s*(?:serta|dan|sedangkan|sementara|namun|tetapi)\b", re.IGNORECASE)
# what may stand between a figure and a date that is its own: "96,03 persen pada Maret 2024"
# ("menjadi (99,35%) Tahun 2024": in brackets too)
DATE_BESIDE_FIGURE = re.compile(r"\s*(?:persen|%|jiwa|orang|percent)?\)?\s*(?:pada|per|di|in|as of)?\s*(?:bulan|tahun)?\s*",
                                re.IGNORECASE)
# "Tahun 2021 baru 76 persen, sekarang sudah mencapai 84 persen": a figure set before "now" is history
NOW_FOLLOWS = re.compile(r"^[^.;]{0,40}?,\s*(?:dan\s+|tapi\s+|namun\s+)?(?:sekarang|kini|saat ini)\b[^.;]{0,30}\d"
                         # "Cakupan UHC di Kota Malang 106 persen namun yang tercakup hanya 94 persen": set right at once
                         # (not "mencapai kisaran 98 persen, tapi yang aktif hanya di kisaran 72 persen": another measure)
                         r"|^\s*(?:persen|%)?[^.;\d]{0,30}\b(?:namun|tetapi|tapi)\b(?:(?!aktif)[^.;\d]){0,40}"
                         r"\b(?:hanya|ternyata|riil(?:nya)?|sebenarnya|existing)\b[^.;\d]{0,15}\d",
                         re.IGNORECASE)
ENROLLED_PEOPLE_AFTER = re.compile(r"\s*(?:jiwa\s+)?(?:penduduk|warga|masyarakat)\s+yang\s+(?:telah\s+|sudah\s+)?"
                                   r"(?:terdaftar|menjadi peserta)"
                                   r"|\s*(?:jiwa\s+)?peserta\b")  # "keaktifan 83,60 persen dari total 1.673.855 peserta"
# "..., minimal 98,6 persen, kita posisi per 1 Juni kemarin masih di 98,2 persen": after a target, a clause stating
# where things stand
# ("ditargetkan minimal 95 persen, namun target itu belum tercapai dan di Depok pencapaian itu baru kisaran 84 persen")
LEVEL_AFTER_TARGET = re.compile(r"^[^.;]{0,30}(?:,|\s(?:karena|sedangkan|sementara|padahal|namun)\b)\s*[^.;,]{0,70}"
                                r"\b(?:baru|masih|hanya|sudah|telah|kini|sekarang)\b[^.;,]{0,25}$")
# A figure told as a floor or nearly ("lebih dari 98 persen", "95 persen lebih" with MORE_AFTER)
FLOOR_WORD_BEFORE = re.compile(r"\b(?:" + _FLOOR + r"|sedikitnya|setidaknya|" + _ALMOST + r")\s+(?:angka\s+)?$",
                               re.IGNORECASE)
# "capaian 99,18 persen tersebut", "Dari 91,03 persen masyarakat yang telah terdaftar ... itu": a figure named again
RESTATED_DEMONSTRATIVE = re.compile(r"[^.;\d]{0,40}?\b(?:tersebut|itu)\b", re.IGNORECASE)
# "Angka itu jauh di bawah prosentase nasional yang telah mencapai 72 persen": what the figure before is compared with
COMPARED_BETWEEN = re.compile(r"\b(?:di\s*bawah|di\s*atas|melebihi|melampaui|lebih (?:tinggi|rendah|besar|kecil)|"
                              r"dibanding(?:kan)?|ketimbang)\b")
COMPARED_WITH = re.compile(r"\b(?:melebihi|melampaui|lebih (?:tinggi|rendah|besar|kecil) (?:dari|daripada)|"
                           r"dibanding(?:kan)?|ketimbang|"
                           # "Angka ini masih kurang dari rata-rata nasional sebesar 86 persen": measured against another
                           r"(?:kurang|lebih) dari rata-rata|di (?:bawah|atas) rata-rata)\b")
PRESENT = re.compile(r"\b(?:sudah|telah|kini|sekarang)\b", re.IGNORECASE)
# ("Capaian UHC tersebut, kami peroleh per 1 Desember 2022": the measure may be named again)
# "... berdasarkan data BPJS Kesehatan per 31 Juli 2020": the date of the data a sentence's figures come from
SOURCE_DATED_BEFORE = re.compile(r"\b(?:berdasarkan|menurut|sesuai)\s+data\b[^.;\d]{0,40}\b(?:per|hingga|sampai)\s*$",
                                 re.IGNORECASE)
DATA_REFERENCE = re.compile(r"^\W*(?:data|angka|capaian|jumlah|rekapitulasi)(?: (?:uhc|jkn|kepesertaan|cakupan))? "
                            r"(?:itu|ini|tersebut)\b"
                            # English pages: "This achievement is based on the ... update from BPJS as of December 31, 2022."
                            r"|^\W*(?:this|these|the) (?:achievement|figures?|numbers?|data)\b", re.IGNORECASE)
ADOPTS_TARGET = re.compile(
    r"target (?:tersebut|itu|ini)|angka (?:tersebut|itu)|sasaran (?:tersebut|itu)|\bacuan\b|sesuai (?:dengan )?target|"
    r"\bmengejar\b|\bmemenuhi\b|\bmenembus\b|\bsiap\b",
    re.IGNORECASE,
)
# "Target tersebut yaitu 98% penduduk Indonesia ...": a target stated as the nation's people's is adopted by a region
# only where the region is named with it.
NATION_AFTER = re.compile(r"\s*(?:lebih\s+)?(?:dari\s+)?(?:(?:total|seluruh|jumlah|proyeksi)\s+){0,2}(?:penduduk|populasi|masyarakat|rakyat|warga)\s+"
                          r"(?:indonesia|nasional)\b", re.IGNORECASE)
# "Kabupaten X 93 persen, sementara target nasional 98 persen": a contrast word between the region and
# the nation's target sets them against each other; the target is not the region's own (unless the
# sentence adopts it, ADOPTS_TARGET).
# Clause-initial only: "target sementara" is a provisional target.
# "berhasil mencapai target UHC ... dengan capaian 95,42 persen": the level a target was reached with
LEVEL_OF_REACHED_TARGET = re.compile(r"\b(?:mencapai|meraih|memenuhi|melampaui|melebihi)\s+target\b[^.;]{0,140}"
                                     r"\bdengan\s+(?:capaian|cakupan|persentase|presentase|prosentase|angka|realisasi)\b"
                                     r"[^.;\d]{0,25}$")
# ("Target secara nasional ... 98 persen, dan kita Kabupaten Mukomuko ... sudah mencapai 98,67 persen": the speaker
# turning to their own region)
# "optimis dapat mencapai UHC pada tahun 2023, hal tersebut dikarenakan hingga ... sudah 85,65 persen": a clause giving
# the reason states a fact; the hope before it does not reach into it
CAUSE_CLAUSE = re.compile(r"[,;:]\s*(?:hal\s+(?:tersebut|itu|ini)\s+)?(?:dikarenakan|karena|disebabkan|sebab|lantaran)\b",
                          re.IGNORECASE)
CONTRAST = re.compile(r"(?:^|[,;:]\s*)(?:sementara|sedangkan|adapun|padahal|di sisi lain|berbeda dengan|dan (?:kita|kami)|"
                      r"di ?mana (?:hanya|baru|masih))\b",  # "belum melampaui target ideal 80 persen, di mana hanya ..."
                      re.IGNORECASE)

# ======================================================================= page text that is not the article's prose

SKIP_SENTENCE = re.compile(
    r"^\W*(?:baca juga|baca:|simak juga|lihat juga|berita terkait|artikel terkait|tonton juga|reporter\s*:|"
    r"editor\s*:|penulis\s*:|pewarta\s*:|redaktur\s*:|laporan\s*:|sumber\s*:|!\[)",  # "![alt](src)": an image
    re.IGNORECASE,
)
# "BACA JUGA:" with nothing after it: the heading of a list of other stories, one per line
SKIP_HEADING = re.compile(r"^\W*(?:baca juga|simak juga|lihat juga|berita terkait|artikel terkait|baca)\s*:?\s*$", re.IGNORECASE)
LIST_ITEM = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s")
MINOR_WORDS = frozenset({"di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan", "atau", "persen", "jiwa",
                          "juta", "ribu", "ini", "itu", "jadi", "capai", "ada"})

# ======================================================================= the words one role rule reads
# (lower case; `roles` matches them against the clause around one number)

COVERAGE_WORD_AT = re.compile(r"\b(?:cakupan|capaian) \w+")  # "cakupan imunisasi": what the coverage is of
COVERAGE_WORD = re.compile(r"\bcakupan|\bcapaian")
# "persentase kepesertaan dan keaktifan JKN di Meranti mencapai 103,44 persen": enrolment named beside keaktifan
BOTH_MEASURES = re.compile(r"\bkepesertaan\s+(?:dan|serta|&)\s+keaktifan|\bkeaktifan\s+(?:dan|serta|&)\s+kepesertaan")
COVERAGE_OF_SOMETHING = re.compile(r"\b(?:cakupan|capaian)\b(?!\s+(?:tersebut|itu|ini)\b)")
COVERAGE_STRONG = re.compile(r"cakupan|kepesertaan|\buhc\b|terdaftar|peserta")  # a share clearly of enrolment
COVERAGE_NAMED = re.compile(r"cakupan (?:kepesertaan|jkn)|\buhc\b")
COVERAGE_OR_UHC = re.compile(r"cakupan|kepesertaan|\buhc\b")
# ("3.144.209 atau 100,66 persen dan penduduk yang belum terdaftar ... 20.547": "dan" and a new subject start another)
CLAUSE_END = re.compile(r"\.(?!\d)|;|\b(?:sedangkan|sementara|namun|tetapi|adapun)\b|,\s"
                        r"|\bdan\s+(?=(?:penduduk|warga|masyarakat)\s+yang\b)")
# "pada 1 Januari 2023 mendatang ... penduduk yang terdaftar JKN sudah akan mencapai 95 persen": a level the future holds
# "Peserta JKN Bisa Capai 99 Persen pada Akhir 2023": a level that can be reached by the end of a period is a
# projection (not "sudah bisa mencapai ...", reached)
CAN_REACH_BY_PERIOD_END = re.compile(r"(?<!sudah )(?<!telah )\b(?:bisa|dapat|mampu)\s+(?:mencapai|capai|menembus|tembus)\s+"
                                     r"(?:angka\s+)?$")
BY_PERIOD_END_AFTER = re.compile(r"^\s*(?:persen\s+|%\s*)?(?:[\w-]+\s+){0,3}?(?:pada|di|hingga|sampai)\s+"
                                 r"(?:akhir|penghujung|ujung)\b")
# ("untuk akhir tahun ini kita akan mencapai UHC (universal health covered) 95 persen": the measure named between)
WILL_REACH = re.compile(r"\bakan\s+(?:segera\s+|bisa\s+|dapat\s+)?(?:mencapai|menembus|menyentuh|capai|tembus)\s+"
                        r"(?:(?:uhc|cakupan|kepesertaan)\b[^.;\d]{0,40}?\s)?(?:angka\s+)?$")
# "Indonesia akan berhasil meraih predikat UHC pada tahun 2024 ini, dengan persentase peserta JKN mencapai 98 persen": the
# level a status still to come is to come with
WILL_ACHIEVE_WITH = re.compile(r"\bakan\s+(?:berhasil\s+|bisa\s+|dapat\s+)?(?:meraih|mencapai|mendapat(?:kan)?|memperoleh)\b"
                               r"[^.;\d]{0,60}(?:\d{4}[^.;\d]{0,20})?\bdengan\b[^.;\d]{0,60}$")
# "Dengan aturan baru ini, penduduk Indonesia yang terdaftar dalam Program JKN pada 2024 bisa mencapai 98%": what a new
# measure is expected to bring about, not a level reached
MEASURE_CAN_REACH = re.compile(r"(?:^|[.;]\s*)\W*dengan\s+(?:adanya\s+)?(?:aturan|kebijakan|program|regulasi|inpres|perpres|"
                               r"langkah|upaya|strategi|terobosan)\b[^.;]{0,120}\b(?:bisa|dapat|mampu|akan)\s+(?:mencapai|"
                               r"menembus|menyentuh)\s+(?:angka\s+)?$")
FUTURE = re.compile(r"\b(?:pada|di|tahun|hingga|akhir)\s+(?:(?:tahun|semester\s+[\w]+)\s*/?\s*)?20\d\d\b|tahun depan|mendatang|"
                    r"\b(?:untuk|pada|hingga|sampai|di)\s+akhir\s+tahun\s+ini\b")  # "untuk akhir tahun ini kita akan mencapai"
TARGET_WORD = re.compile(r"target|sasaran")
# "Dalam dua tahun ke depan, ditargetkan bisa tercapai 98 persen", "tahun depan": a target's year counted from the
# story's (one year when no number is said)
YEARS_AHEAD = re.compile(r"\b(?:(?P<n>satu|dua|tiga|empat|lima|\d)\s+)?tahun\s+(?:ke\s*)?depan\b"
                         r"|\b(?P<m>satu|dua|tiga|empat|lima|\d)\s+tahun\s+mendatang\b", re.IGNORECASE)
YEARS_AHEAD_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5}
# "nilai cakupan 98 persen", "capaian kepesertaan 100 persen": a level named as the measure it is
MEASURE_NAMED_BEFORE = re.compile(r"\b(?:cakupan|kepesertaan|capaian|persentase|prosentase|presentase|tingkat)\b[^.;\d]{0,25}$")
AND_BEFORE = re.compile(r"^[\s,;]*(?:dan|serta)\b")  # "cakupan 98% dan keaktifan 80%"
AND_JUST_BEFORE = re.compile(r"\b(?:dan|serta)\s*$")  # "... dan 80 %": the next part of what came before
AND_ONLY = re.compile(r"[\s,;]*(?:dan|serta)?\s*")  # nothing but "dan" between two figures
PERCENT_UNIT = re.compile(r"^\s*(?:%|persen)")  # the unit a share's number leaves behind it
# Between two counts of a list: the first's unit, then the next region's name and a joining word at most
# ("jiwa, disusul Kabupaten Mimika ", " jiwa), kabupaten kaimana mencatat ", " jiwa dan kota ambon ").
LIST_STEP = re.compile(r"\s*(?:jiwa|orang|peserta|penduduk)?\s*\)?\s*[,;]?\s*(?:dan|serta|disusul|diikuti|lalu|kemudian)?"
                       r"\s*(?:oleh\s+)?(?:kabupaten|kab\.|kota|provinsi)?\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s*"
                       r"(?:\(\s*[\w.]{0,12}\s*\)\s*)?(?:sebanyak|sejumlah|mencatat|dengan|tercatat|yakni|yaitu|:)?\s*\(?\s*")
CEILING_AFTER = re.compile(r"^\s*(?:ke ?bawah|atau (?:kurang(?! lebih)|lebih rendah))\b")  # "UHC 98 persen ke bawah": at most
# "kita harus mengejar Kota Padang yang mencapai sekitar 94 persen": a region chased, and the level it has reached
CHASED_REGION_REACHED_BEFORE = re.compile(r"\b(?:mengejar|kejar|menyusul|menyamai|mengikuti jejak)\s+(?:kota|kabupaten|kab\.|"
                                          r"provinsi)\s+[^.;\d]{1,40}?\byang\s+(?:sudah\s+|telah\s+)?(?:mencapai|berada di|"
                                          r"capai)\s+(?:angka\s+)?(?:sekitar\s+|sebesar\s+)?$")
# "sudah diatas 100 persen, yakni 100,73 persen", "di atas 90 persen atau lebih tepatnya 97,44 persen": the exact level
PRECISELY_BETWEEN = re.compile(r"\s*(?:persen|%)?\s*,?\s*(?:yakni|yaitu|tepatnya|persisnya|(?:atau\s+)?lebih\s+tepatnya)\s+"
                               r"(?:di\s+angka\s+|sebesar\s+|sekitar\s+)?")
MORE_AFTER = re.compile(r"^\s*(?:lebih|ke atas|lebih tinggi)\b")  # "98 persen lebih": at least 98
# "di bawah standar UHC, yakni hanya 72"; "penghargaan ... kategori madya ... atas cakupan 99,4 persen" (for);
# "masuk kategori Utama dengan cakupan 100,26 persen"
# ... and a named region's level "yang telah mencapai" after the criteria word is what it reached
REACHED_BY_REGION = re.compile(r"\byang (?:telah|sudah) mencapai\s*$")
# "dua kab/ kota yang memenuhi syarat 95 persen ..., yakni Kabupaten MBD dan Kepulauan Tanimbar": a condition they met
MET_CONDITION_BEFORE = re.compile(r"\b(?:yang\s+)?(?:sudah\s+|telah\s+)?memenuhi\s+(?:syarat|kriteria|standar)\s+(?:minimal\s+)?$")
# "Kabupaten Minahasa Tenggara dinilai memenuhi sejumlah kriteria utama ..., yakni cakupan kepesertaan JKN mencapai 99
# persen": the criteria a region met, listed with what it reached
CRITERIA_MET_LISTED = re.compile(r"\bmemenuhi\s+(?:\w+\s+){0,2}?(?:kriteria|syarat|indikator)\b[^.;\d]{0,80}"
                                 r"\b(?:yakni|yaitu|antara lain|di ?antaranya)\b[^.;\d]{0,60}\bmencapai\s*$")
# ("UHC kategori Madya ini menunjukkan bahwa Mimika telah mencapai 98 persen": a category shown by the level)
# ("penghargaan UHC kategori Pratama, setelah kepesertaan JKN di daerah ini menembus 98,84 persen": the level that
# earned the category)
STATING = re.compile(r"\b(?:hanya|baru|masih|tercatat|mencatat|menunjukkan|membuktikan)\b|"
                     # ("datanya masih melebihi 100 persen sehingga di angka 102,09 persen": where it stands as a result)
                     r"\bsehingga\s+(?:berada\s+)?(?:di|pada)\s*angka\b|"
                     # ("termasuk kategori madya, karena memiliki cakupan kepesertaan 98%": what earned the category)
                     r"\b(?:karena|berkat|setelah)\s+(?:memiliki|mencatat(?:kan)?|membukukan)\s+(?:cakupan|capaian|kepesertaan)\b|"
                     # ("... kategori pratama ... karena tingkat partisipasi BPJS Kesehatan mencapai 97,85 persen": why it was won)
                     r"\b(?:setelah|karena|berkat)\b(?=[^.;]{0,120}\b(?:mencapai|menembus|tembus|melampaui|menyentuh)\s*$)|(?<!di )\batas (?:cakupan|capaian|kepesertaan)\b|"
                     r"\bdengan (?:cakupan|capaian|kepesertaan|tingkat)\b|"
                     # ("Raih UHC Award 2026 Kategori Madya, Cakupan JKN Tembus 100 Persen": broken through, a level reached)
                     r"\b(?:tembus|menembus)\s+(?:angka\s+)?$")
# "tinggal 20 persen lagi"; "masih kurang 7 % untuk mencapai target di 80%": a shortfall, whatever target follows it
# (not "Jadi lebih kurang 84,4 persen": "about")
# ("reaching the remaining 4.52%": English-language pages)
_SHORTFALL = r"tinggal|tersisa|sisa|kekurangan|kesenjangan|gap|selisih|(?<!lebih )kurang|remaining"
# "Peserta Aktif Jaminan Kesehatan di Kabupaten X Tinggal 51 Persen": the level the active have fallen to, no gap
REMAINING_LEVEL_BEFORE = re.compile(r"\baktif\b[^.;,\d]{0,60}\b(?:tinggal|tersisa)\s*$")
SHORTFALL_BEFORE = re.compile(r"\b(?:" + _SHORTFALL + r")(?:nya)?[,:]?(?:\s+(?:sekitar|sebesar|hanya))?\s*$")
GAP_BEFORE = re.compile(r"\b(?:" + _SHORTFALL + r"|membutuhkan|dibutuhkan|perlu|butuh)(?:nya)?[,:]?"
                        r"(?:\s+(?:sekitar|sebesar|hanya))?\s*$")
# "masih terdapat pekerjaan rumah bagi Pemda sekitar 11,3 persen keterjangkauan BPJS": work still to do
WORK_LEFT_BEFORE = re.compile(r"\bmasih\s+(?:ada\s+|terdapat\s+|menjadi\s+|menyisakan\s+)?(?:pekerjaan rumah|pr)\b"
                              r"[^.;\d]{0,50}$")
GAP_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}lagi\b"  # "... 18 persen penduduk lagi agar UHC tercapai"
                       # "dibutuhkan sektiar 8 persen atau 8 ribu warga yang harus didaftarkan": restated by the people
                       # still to enrol
                       r"|^\s*(?:persen|%)?\s*atau\s+(?:sekitar\s+)?[\d.,]+\s*(?:juta\s+|ribu\s+)?(?:jiwa\s+|orang\s+|warga\s+|"
                       r"penduduk\s+)?(?:lagi\s+)?yang\s+(?:masih\s+)?(?:harus|perlu)\b"
                       # "masih sekitar 40 persen atau 900 ribu warga Kalteng menjadi pekerjaan rumah": still to do
                       r"|^\s*(?:persen\s+|%\s*)?(?:atau\s+(?:sekitar\s+)?[\d.,]+\s*(?:juta|ribu)?\s*)?[^.;\d]{0,40}\bmenjadi\s+"
                       r"(?:pekerjaan rumah|pr|tugas|tantangan)\b"
                       # "untuk mencapai 2 persen menuju 100 persen": the share still missing on the way to all
                       r"|^\s*(?:persen|%)?\s*(?:lagi\s+)?(?:menuju|untuk (?:men)?capai)\s+(?:angka\s+)?100\b")
# "segmen tersebut baru mencapai 30 persen", "persentase penduduk yang memiliki BPJS Kesehatan PBI ... 30,88 persen"
# "peserta mandiri yang rutin membayar iuran sekitar 52,64 persen": the subject is one segment of the participants
SEGMENT_SUBJECT_BEFORE = re.compile(r"\bpeserta (?:jkn[\w-]* )?(?:mandiri|pbi|ppu|pbpu|bukan penerima|penerima bantuan|"
                                    r"pekerja penerima)\w*(?: \w+)? yang\b"
                                    # "Peserta mandiri memiliki jumlah peserta 14 persen dari total populasi"
                                    # ("Artinya, peserta BPJS PBI APBN-APBD mencapai 65,4 persen")
                                    r"|\bpeserta (?:bpjs (?:kesehatan )?|jkn[\w-]* )?(?:mandiri|pbi|ppu|pbpu|bukan penerima|"
                                    r"penerima bantuan|pekerja penerima)\w*(?: [\w-]+)? (?:memiliki|mencapai|sebanyak|"
                                    r"berjumlah|tercatat)\b[^.;]{0,40}$"
                                    # ("Kalau peserta PPU dari BUMN di Sumsel sudah banyak hampir 95% tercapai": a segment
                                    # as the subject, its own level)
                                    r"|\bpeserta (?:mandiri|pbi|ppu|pbpu|bpu|pu|bukan penerima|penerima bantuan|pekerja penerima)"
                                    r"\b[^.;,\d]{0,50}\b(?:sudah|telah|baru|masih|mencapai|hampir)\s+(?:\w+\s+)?$"
                                    # "... ialah Penerima Bantuan Iuran APBN yang dibayar pemerintah pusat sebesar 22 persen"
                                    r"|\b(?:penerima bantuan iuran|pbi)\b[^.;]{0,20}\b(?:dibayar|dibiayai|ditanggung)\w*\b"
                                    r"[^.;]{0,30}$"
                                    # "penduduk yang didaftarkan mencapai 41,92 persen": those a government enrols
                                    r"|\b(?:penduduk|warga|masyarakat|peserta) yang didaftarkan\b[^.;\d]{0,30}$"
                                    # "PBI adalah untuk 40% penduduk termiskin": whom the segment is for
                                    r"|\b(?:penerima bantuan iuran|pbi)\b\s+(?:(?:jkn|bpjs|kesehatan|apbn|apbd)\s+){0,2}(?:adalah\s+|ialah\s+|merupakan\s+|hanya\s+)?"
                                    r"(?:untuk|bagi|diperuntukkan(?:\s+(?:untuk|bagi))?)\s*$")
# "Cakupan penerima bantuan iuran (PBI) JKN ... di Provinsi Banten sampai dengan bulan Agustus 2019 telah mencapai
# cakupan 48,68 persen": the coverage of one segment, however far its share (not past "total kepesertaan")
# ("Beberapa Provinsi yang kepemilikan BPJS Non BPI yang relatif tinggi, seperti Provinsi Kepri capai 49,08%, ...")
SEGMENT_COVERAGE_BEFORE = re.compile(r"\b(?:cakupan|kepemilikan)\s+(?:kepesertaan\s+)?(?:peserta\s+)?(?:bpjs\s+(?:kesehatan\s+)?)?"
                                     r"(?:non[- ]?)?(?:penerima bantuan iuran|" + _PBI + r"|bpi|ppu|pbpu)\b"
                                     r"(?:(?!total|seluruh|keseluruhan)[^.;]){0,160}$")
# "Sementara BPJS Non-PBI, yang ... harus dibayar sendiri oleh peserta, memiliki persentase pemilik sebesar 21,85%": a
# sentence whose subject is one segment, however far its share
SEGMENT_OPENING_WORD = re.compile(r"^\W*(?:(?:sementara|sedangkan|adapun|untuk)\s+)?(?:peserta\s+)?(?:bpjs(?: kesehatan)?|jkn|kis)"
                                  r"[- ](?:non[- ]?)?pbi\b")
# "Rinciannya sebagai berikut:\nPBI: 41,1 persen atau 115.924.702 peserta": a line labelled with a segment
SEGMENT_LABEL_OPENING = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:peserta\s+)?(?:pbi|pbpu|ppu|bp|non[- ]?pbi|penerima bantuan iuran|"
                                   r"pekerja penerima upah|pekerja bukan penerima upah|bukan pekerja|mandiri)"
                                   r"(?:\s+(?:apbn|apbd|pusat|daerah|pemda))?\s*(?:\([^)\n]{1,40}\)\s*)?[:=]", re.IGNORECASE)
# ("kepemilikan BPJS Non BPI yang relatif tinggi": PBI, its letters swapped)
SEGMENT_WORD = re.compile(r"(?<!semua )(?<!seluruh )(?<!setiap )\bsegmen(?:nya)?\b|\bkelompok\b|\b(?:bpjs(?: kesehatan)?|jkn|kis)[- ](?:non[- ]?)?(?:pbi|bpi)\b")
# "bisa menjaring 6 juta hingga 7 juta masyarakat", "antara 98 hingga 99 persen": the upper end of a range, no point figure
RANGE_BETWEEN = re.compile(r"^\s*(?:juta|ribu|persen|%)?\s*(?:hingga|sampai|s\.?d\.?|-|–)\s*$")
# "naik menjadi 86,44 persen dari 82,77 persen pada 2023": the level a rise came from, said after where it went
FROM_AFTER_WENT_BEFORE = re.compile(r"\bmenjadi\s+[\d.,]+\s*(?:%|persen)\s+dari\s+$")
FROM_BEFORE_TO = re.compile(r"\b(?:dari|from)\s+(?:angka\s+|posisi\s+|kisaran\s+)?(?:\d{1,3}(?:,\d+)?\s*[–-]\s*)?\(?$")  # "dari 91,2 persen menjadi 95 persen"
# "... menjadi", also after the earlier figure's year or its unit: "dari 75,04 persen pada tahun 2021 menjadi 84,06
# persen", "dari 40.000 jiwa menjadi 42.000 jiwa"
TO_AFTER = re.compile(r"^\)?\s*(?:(?:jiwa|orang|peserta|warga|penduduk)\s+)?(?:(?:pada\s+)?(?:tahun\s+|akhir\s+|awal\s+)?(?:\(?\d{4}\)?)\s*,?\s*)?"
                      r"(?:menjadi|jadi|ke angka|ke posisi)\b"
                      # "Dari kisaran 88–89 persen pada awal 2025, cakupan meningkat stabil hingga menembus 99 persen"
                      r"|^\s*(?:persen|%)?[^.;\d]{0,40}?\b(?:20\d\d\s*,?\s*)?[^.;\d]{0,30}\b(?:meningkat|naik|bertambah|tumbuh)\b"
                      r"[^.;\d]{0,30}\b(?:menjadi|hingga|sampai|ke)\b"
                      # English: "increased from 76.07% in December 2023 to 78.83%"
                      r"|^\s*(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?to\s+\d", re.IGNORECASE)
RATE_BASE_BEFORE = re.compile(r"\b(?:setiap|tiap|per)\s*$")
WENT_TO = re.compile(r"\b(?:menjadi|jadi|to)\b")
# ... and between the two levels: "76.07% in December 2023 to", "75,04 persen pada tahun 2021, menjadi"
WENT_TO_BETWEEN = re.compile(r"\s*(?:(?:pada|in|di)\s+)?(?:(?:tahun|akhir|awal|[a-z]+)\s+)?(?:\d{4})?\s*,?\s*"
                             r"(?:menjadi|jadi|ke angka|to)\s*")
# A count restated by a share makes it a count of people: "Kabupaten Kubu Raya mencapai 274.898 atau 77,70 persen".
# ("282,7 juta hingga 31 Desember 2025 atau lebih dari 98 persen": a date may come between)
RESTATED_AS_SHARE = re.compile(r"^\s*(?:jiwa\s+|orang\s+|peserta\s+)?(?:(?:hingga|per|sampai)\s+[\w\s]{0,25}?)?"
                               r"\(?\s*(?:atau|setara(?: dengan)?|or)\s+"
                               r"(?:sekitar\s+|sebesar\s+|lebih dari\s+|hampir\s+|about\s+|around\s+)?\d[\d.,]*\s*(?:%|persen|percent)")
# Words about the active share: a sentence with them and no coverage words speaks of keaktifan only.
ACTIVE_TOPIC = re.compile(r"keaktifan|peserta aktif|kepesertaan aktif|status aktif")
# ("Tingkat partisipasinya baru sekitar 60 persen dari total populasi": the share enrolled, after the unenrolled)
COVERAGE_TOPIC = re.compile(r"cakupan|kepesertaan (?:jkn|bpjs)|\buhc\b|terdaftar|universal health|tingkat partisipasi")
# A sentence about the people not enrolled: the next sentences' bare shares are theirs
UNINSURED_TOPIC = re.compile(r"non[- ]?kepesertaan|belum terdaftar|tidak terdaftar|belum menjadi peserta|"
                             r"belum tercover|belum ter-cover|belum terlindungi")
POPULATION_WORD = re.compile(r"\bpenduduk|\bpopulasi")  # a share of the population is enrolment, not keaktifan
# "... atau sejumlah 298.460 jiwa" after a share of the population: the people that share amounts to
# ("98,13 persen dari populasi setara dengan 279,6 juta jiwa": the same people, restated)
OR_AMOUNTING = re.compile(r"\batau\s+(?:sejumlah|sebanyak|sekitar|setara(?: dengan)?)?\s*$|\bsetara(?: dengan)?\s*$")
# "tingkat keaktifan peserta yaitu 65,04 persen": a keaktifan named just before a share
ACTIVE_NAMED = re.compile(r"\bkeaktifan\b|\bpeserta aktif\b")
# "Capaian 1 persen ini cukup banyak": a number pointed at again, said just before
POINTED_AGAIN_AFTER = re.compile(r"\s*(?:persen|%)?\s*(?:ini|itu|tersebut)\b")
RESTATES = re.compile(r"\b(?:atau|setara|sama dengan|yakni|yaitu|or)\b")  # "or": English-language pages
# "... yang belum terdaftar", "5,57 persen penduduk atau sekitar 1 juta jiwa belum terdaftar"
# ("35,2 persen atau 340.828 jiwa yang belum": a restating count may come between)
# (not "65 persen atau masih ada 160 ribu penduduknya yang belum terdaftar": the rest, still left, are the uninsured)
NOT_YET_AFTER = re.compile(r"^(?!\s*,?\s*(?:atau|dan|sehingga)\s+(?:masih\s+(?:ada|terdapat)|tersisa|sisanya)\b)"
                           r"(?:\s*[-–]\s*[\d.,]+)?"  # ("sekitar 5–7 persen penduduk yang belum tercakup": a range's lower end)
                           r"\s*(?:atau\s+(?:sekitar\s+)?[\d.,]+\s+(?:juta\s+|ribu\s+)?(?:jiwa|orang|penduduk|warga)\s+)?"
                           # ("70 persen yang tercover dan masih tersisa 546 ribu yang belum masuk": past "and there
                           # remain N", the rest are the uninsured)
                           r"(?:(?!(?:dan|atau|sehingga)\s+(?:masih\s+)?(?:ada|terdapat|tersisa|sisanya)\b)\w+\s+){0,7}?"
                           # ("12,3 persen warga metro atau 42.260 jiwa yang tak tercover": its people restated between)
                           r"(?:atau\s+(?:sekitar\s+)?[\d.,]+\s+(?:juta\s+|ribu\s+)?(?:jiwa|orang|penduduk|warga)\s+)?"
                           r"(?:yang\s+)?(?:belum|tidak|tak(?=\s+(?:memiliki|miliki|punya|mempunyai|terdaftar|ter-?cover|tercakup|terjamin|dijamin)\b)|masih belum)\b"  # ("30 Persen Warga Blora Tak Miliki Jaminan")
                           # (not "82,23 persen sehingga belum bisa UHC": the status not yet earned)
                           r"(?!\s+(?:bisa\s+|dapat\s+|mencapai\s+|meraih\s+|memenuhi\s+)?(?:status\s+|predikat\s+)?(?:uhc|universal)\b)")
SENTENCE_STOP = re.compile(r"[.;!?]\s")  # where a sentence's next statement starts
# "Sekitar 20 persen dari jumlah penduduk 1,5 juta jiwa di wilayah cakupan BPJS Kesehatan Cabang Kendari, belum menjadi
# peserta JKN": the clause's predicate, however far, says they are not enrolled (no other share, no contrast between)
# ("sekira 524.067 atau 27 % masyarakat di daerah ini, yang belum tercover": the count's own share may come between)
# ("Sekitar 46 persen dari total penduduk di Kabupaten Situbondo, sebanyak 650.031 jiwa belum menjadi anggota BPJS")
NOT_YET_PREDICATE_AFTER = re.compile(r"^(?:\s*atau\s+(?:sekitar\s+|sekira\s+)?[\d.,]+\s*(?:%|persen\b))?"
                                     r"(?:(?!\b(?:sudah|telah|sisa\w*|masih\s+(?:ada|terdapat)|sedangkan|sementara|namun|tetapi|dan|bahwa|persen|"
                                     # ("96% akibat bertambahnya 10.000 penduduk yang belum terdaftar": a cause's own subject)
                                     r"akibat|karena|sebab|disebabkan|lantaran|"
                                     # ("mampu mencapai 84,90 persen, dengan 14.761 jiwa yang belum terdaftar": "with N"
                                     # opens a group of its own)
                                     r"dengan\s+(?:sekitar\s+|sebanyak\s+)?\d+)\b)"
                                     r"(?:[^.;%\"“”]|(?<=\d)\.(?=\d))){0,200}?"  # (a count's thousands dot goes on)
                                     r",?\s*(?:yang\s+)?(?:masih\s+)?belum\s+(?:menjadi\s+(?:peserta|anggota)|terdaftar|tercover|ter-cover|tercakup|"
                                     r"terjamin|memiliki|mempunyai|punya|ikut|bergabung|mendaftar)")
# "sebanyak 2.134.695 jiwa data by name by address penduduk Papua dengan NIK yang tidak memiliki jaminan kesehatan": the
# people the count names, in a relative clause however long their description
UNINSURED_RELATIVE_AFTER = re.compile(r"^[^.;,\d]{0,80}?\byang\s+(?:belum|tidak|tak)\s+(?:memiliki|mempunyai|punya)\s+"
                                      r"(?:jaminan kesehatan|jaminan kes|kartu (?:bpjs|jkn|kis|indonesia sehat)|bpjs|jkn|kis)")
NEXT_LABEL_BETWEEN = re.compile(r"\s*(?:persen|%)?\s*[,;]\s*(?:dan\s+|serta\s+)?(?:peserta\s+)?")  # "78 persen, non aktif 19,88"
# "serta tidak adanya tunggakan iuran", "tanpa tunggakan": arrears denied
NO_ARREARS_BEFORE = re.compile(r"\b(?:tidak|tak|tiada)\s+(?:ada(?:nya)?\s+)?$|\b(?:tanpa|bebas(?:\s+dari)?|nihil)\s+$")
# ("nunggak": spoken "menunggak"; "40 Persen Warga di Perbatasan Seret Bayar Iuran": slow to pay)
ARREARS_AFTER = re.compile(r"menunggak|\bnunggak\b|tunggakan|\b(?:seret|telat|terlambat)\s+(?:mem)?bayar\b|" + _NOT_ACTIVE)
# ("26,10 persen peserta kelas satu, 27,10 persen kelas dua": a class of care is a segment too)
SEGMENT_SHARE_AFTER = re.compile(r"^\s*(?:saja\s+|dari\s+)?peserta (?:mandiri|pbi|ppu|pbpu|bp|bukan|penerima|pekerja)"
                                 r"|^\s*(?:peserta\s+)?kelas\s+(?:satu|dua|tiga|i{1,3}|[123])\b")
# "... 60 persen ditanggung APBD", "Rp 4,758 triliun atau 19,12 persen dari total belanja daerah"
# (not "98,87 persen untuk kepesertaan dan 82,25 persen untuk keaktifan", which name the measure)
# "menjadi 45 persen atau sekitar Rp30,4 Miliar": a share restated as money is a share of money
MONEY_RESTATES_AFTER = re.compile(r"^\s*(?:persen|%)?\s*,?\s*(?:atau|setara(?: dengan)?|senilai)\s+(?:sekitar\s+|sebesar\s+|"
                                  r"kurang lebih\s+)?rp\.?\s?\d", re.IGNORECASE)
# "dari empat wilayah tersebut rata-rata jumlah peserta yang terdaftar sudah mencapai 80% yakni untuk Batang 80,05%, ...":
# an average over several regions is none of theirs
AVERAGE_OF_GROUP_BEFORE = re.compile(r"\b(?:dari|di)\s+(?:ke)?(?:" + _NUMBER_WORDS + r"|\d{1,2}|"
                                     r"seluruh|semua|beberapa)\s+(?:wilayah|daerah|kabupaten|kota|kabupaten/kota)\b[^.;\d]{0,30}"
                                     r"\brata-rata\b(?!\s+nasional)[^.;\d]{0,60}$")
# (not "sudah terdaftar JKN-KIS kurang lebih sebesar 64% untuk mencapai UHC masih dibutuhkan ...": a level on the way)
FOR_HEALTH_COVER_AFTER = re.compile(r"^\s*untuk\s+(?:program\s+)?(?:jaminan kesehatan|jkn|bpjs kesehatan)\b")
BUDGET_SHARE_AFTER = re.compile(r"^\s*(?:ditanggung|dibiayai|dibayar|oleh|pembiayaan|pendanaan|"
                                r"untuk(?! (?:kepesertaan|keaktifan|cakupan|uhc|jkn|mencapai|menuju|meraih|capai)\b)|"
                                r"dari (?:total |seluruh |jumlah )?(?:anggaran|apbd|apbn|dana|belanja|pendapatan)|"
                                # "mengalokasikan 10% APBD nya": the budget named right after the share
                                r"(?:apbd|apbn|anggaran|belanja|dana)(?:\s?nya)?\b)")
# "pembagian anggaran (budget sharing) 55 persen", "kabupaten dan kota dibebankan sebesar 45 persen", "sharing budget
# dengan Pemerintah Provinsi Riau. Dimana besarannya 50 persen Pemkab Meranti"
# ("dana sharing Pemkab Agam 80 persen dan Pemprov Sumbar 20 persen", "cost sharing")
BUDGET_SHARE_BEFORE = re.compile(r"\b(?:budget sharing|(?:dana|cost|biaya) sharing|sharing (?:anggaran|budget|dana|biaya)|pembagian (?:anggaran|beban|pembiayaan)|"
                                 r"dibebankan|menanggung|porsi|proporsi pembiayaan|besaran(?:nya)?)\b[^.;%]{0,40}$"
                                 # "yaitu sebesar Rp. 25.194.674.621, atau 77,97 persen": money restated as a share of money
                                 r"|\brp\.?\s?[\d.,]+(?:\s*(?:ribu|juta|miliar|milyar|triliun))?\s*,?\s*(?:atau|setara(?: dengan)?|"
                                 r"yakni|yaitu)\s+(?:sekitar\s+|sebesar\s+)?$"
                                 # "penerimaan sebesar Rp18,5 miliar lebih (78,68 persen)": in brackets
                                 r"|\brp\.?\s?[\d.,]+(?:\s*(?:ribu|juta|miliar|milyar|triliun))?(?:\s+lebih)?\s*\(\s*$",
                                 re.IGNORECASE)
# "alokasi anggaran di bidang kesehatan mencapai 15 persen": the share of a budget allocated
BUDGET_ALLOCATION_BEFORE = re.compile(r"\balokasi\s+(?:anggaran|dana|belanja)\b[^.;%\d]{0,60}$", re.IGNORECASE)
# "... persen penduduk Sidrap terdaftar dan dibiayai melalui PBPU Pemda": one financing route, not all enrolment
FINANCED_THROUGH_AFTER = re.compile(r"^[^.;%]{0,60}?\b(?:dibiayai|ditanggung|dibayarkan|didaftarkan)\s+"
                                    r"(?:(?:secara\s+)?langsung\s+)?(?:melalui|lewat|oleh)\b"  # "didaftarkan langsung oleh pemda"
                                    # "hampir 60% nya peserta dibayari pemerintah": the share the state pays for
                                    r"|^[^.;%]{0,40}?\b(?:dibayari|dibayar(?:kan)?|dibiayai|ditanggung)\s+(?:oleh\s+)?"
                                    r"(?:pemerintah|pemda|negara)\b")
OTHER_BASE_AFTER = re.compile(r"^\s*(?:percent\s+)?of\s+the\s+(?:target|quota|budget|claims?)\b|"  # English pages
                              r"^\s*(?:dari|terhadap)\s+(?:seluruh|total|jumlah|keseluruhan)?\s*(?:peserta|kuota|pbi|premi|"
                              r"pekerja|anggaran|klaim|pasien|kunjungan|tunggakan|"
                              # "96 persen dari target 98 persen" is a level set against the target, not a share of it
                              # ("96 persen dari target sasaran atau populasi": the target population, said to be the people)
                              r"(?:target|sasaran)(?!\s+(?:\w+\s+){0,2}\d[\d,.]*\s*(?:%|persen))"
                              r"(?!(?:\s+sasaran)?\s+(?:atau|yaitu|yakni)\s+(?:seluruh\s+|jumlah\s+|total\s+)?(?:populasi|penduduk))|"
                              r"upah|gaji|penghasilan|pendapatan|"  # "iuran ... 4 persen dari upah"
                              r"pembayaran|biaya|pengeluaran)"  # "iuran ... hanya mencukupi 30 persen dari pembayaran"
                              # "Pekerja negara membayar 5% gaji (2% gaji dibayar peserta ...)": a share of wages, "dari"
                              # left out
                              r"|^\s*(?:dari\s+)?(?:gaji|upah|penghasilan)(?:\s+(?:pokok|bulanan|per bulan))?\b"
                              # "sebesar 75 persen dari 50 persen angka tersebut": a share of a share (of money)
                              # (not "naik menjadi 86,44 persen dari 82,77 persen pada 2023": where a rise came from)
                              r"|^\s*dari\s+[\d.,]+\s*(?:%|persen)(?!\s*(?:pada\b|di\b|tahun\b|per\b|sebelumnya\b|[.,;]|$))"
                              # "menaungi sebanyak 7,65% dari penduduk Indonesia yang memiliki jamkes": a share of the
                              # insured, not of the people
                              r"|^\s*dari\s+(?:total\s+|seluruh\s+|jumlah\s+)?(?:penduduk|warga|masyarakat)\b[^.;\d]{0,30}?\byang\s+"
                              r"(?:sudah\s+|telah\s+)?(?:memiliki|mempunyai|punya)\s+(?:jaminan kesehatan|jamkes)\b")
# "76 persen wilayah di Indonesia telah mencapai UHC", "100 persen kabupaten/kota": a share of regions, not of people
# ("95 persen atau 489 kabupaten/kota dari 514": restated as a count of regions)
# ("50 persen dari 215 desa yang ada": a share of villages, their number between)
REGIONS_SHARE_AFTER = re.compile(r"^\s*(?:atau\s+(?:sebanyak\s+)?\d{1,3}\s+)?(?:dari\s+)?(?:total\s+|jumlah\s+|seluruh\s+)?"
                                 r"(?:\d{1,4}\s+)?"
                                 r"(?:wilayah|daerah|kabupaten|kota|"
                                 r"provinsi|pemda|pemerintah daerah|desa|kelurahan|kecamatan)\b")
ACTIVE_AFTER = re.compile(r"\bpeserta aktif\b|\byang (?:tercatat |masih |berstatus )?aktif\b|sebagai peserta aktif|"
                          r"^\s*(?:di ?antaranya|darinya)\s+(?:yang\s+)?aktif\b|"  # "89 persen di antaranya aktif"
                          # "dari jumlah itu, 80 persen kepesertannya aktif" (its "kepesertaan", however spelt)
                          # ("Capai 94% Kepesertaan JKN Aktif", "94 persen kepesertaan JKN dengan status kartu aktif",
                          # "94 persen kartunya aktif")
                          r"^\s*(?:persen|%)?\s*(?:kepesert\w*|kartu(?:nya)?)\s+(?:jkn[\w-]*\s+|bpjs(?:\s+kesehatan)?\s+)?"
                          r"(?:yang\s+|dengan\s+status\s+(?:kartu\s+)?)?(?:sudah\s+|masih\s+)?aktif\b|"
                          # ("hanya 79 persen yang status kepesertaannya aktif")
                          r"^\s*(?:persen|%)?\s*yang\s+(?:status\s+)?(?:kepesert\w*|kartu(?:nya)?)\s+(?:masih\s+)?aktif\b|"
                          # "sekitar 80 persen warga sudah aktif menggunakan BPJS Kesehatan"
                          r"^\s*(?:persen|%)?\s*(?:warga|penduduk|masyarakat|peserta)\s+(?:sudah|telah|masih)\s+aktif\b|"
                          r"^\s*(?:untuk\s+|pada\s+)?(?:tingkat\s+)?keaktifan\b|"  # "82,25 persen untuk keaktifan"
                          # "Bengkulu sudah mencapai 80 persen antusiasme keaktifan peserta": one word of its own between
                          r"^\s*(?:persen|%)?\s*(?!(?:dan|serta|dengan|atau|sedangkan|sementara)\b)[a-z]+\s+keaktifan\b|"
                          r"^\s*(?:persen|%)?\s*secara\s+aktif\b")  # "mencapai 102% secara kepesertaan dan 92% secara aktif"
WORKERS_AFTER = re.compile(r"^\s*(?:dari\s+)?(?:total\s+|seluruh\s+|sekitar\s+)?(?:[\d.,]+\s+(?:juta\s+|ribu\s+)?)?"
                           r"(?:pekerja|tenaga kerja|karyawan|buruh|angkatan kerja)")  # "58,3 persen dari 1,1 juta pekerja"
# (but "Kabupaten Sumbawa 71,58 persen peserta JKN," says who is enrolled: the share of the population)
# "... yang teregistrasi sebanyak 1,33 juta": a word followed by a figure of its own
# ("3.123.662 jiwa dengan total peserta JKN aktif di Sulteng sebanyak 2.560.005": its own words may come first)
OWN_FIGURE_AFTER = re.compile(r"\s*(?:(?:sebanyak|sebesar|mencapai|berjumlah|sejumlah|bahkan|tembus|menembus)\s+){0,3}\d"
                              r"|\s*(?:[\w-]+\s+){1,5}?(?:sebanyak|sebesar|mencapai|berjumlah|sejumlah)\s+\d")
# "dari seluruh peserta BPJS, 60% nya adalah peserta PBI": a share of the enrolled, told before it
OF_PARTICIPANTS_BEFORE = re.compile(r"\bdari\s+(?:(?:total|seluruh|jumlah|semua)\s+){1,2}peserta\b[^.;\d]{0,40}$")
PARTICIPANTS_AFTER = re.compile(r"^\s*(?:dari\s+)?(?:total\s+|seluruh\s+|jumlah\s+)?peserta\b"
                                r"(?!\s+(?:jkn|bpjs)[\w-]*\s*(?:$|[,.;]))")
NAME_INSIDE = re.compile(r"(?<=\s)[A-Z]")  # as written: a capitalised word after a sentence's first
# "... sehingga di angka 102,09 persen dengan tingkat keaktifan itu di angka 92,23 persen": a share told beside the active
# share is the enrolment one
PAIRED_WITH_ACTIVE_AFTER = re.compile(r"^\s*(?:persen|%)?\s*,?\s*(?:dengan|dan|serta)\s+(?:tingkat\s+|angka\s+)?keaktifan(?:nya)?\b")
# "Kalau tidak salah sekarang masih sekitar 69 persen": a speaker's hedge before the statement, not part of it
HEDGE_OPENING = re.compile(r"^\W*(?:(?:kalau|kalo|jika|kalau saya|kalo saya)\s+(?:tidak|nggak|gak|ga|enggak)\s+salah|"
                           r"seingat\s+(?:saya|kami)|setahu\s+(?:saya|kami)),?\s+", re.IGNORECASE)
# ("Dari saat ini sekitar 75 persen (data sampai Juli 2024), menjadi 85-90 persen": "now", as "kini")
STATED_LEVEL = re.compile(r"\b(?:sudah|telah|mencapai|tercatat|per|masih|baru|yaitu|yakni|kini|sekarang|saat ini)\b")
# As written (not lower-cased): a region named with its cue.
NAMED_REGION = re.compile(r"\b(?:Kabupaten|Kota|Provinsi|Kab\.|Pemkab|Pemkot|Pemko|Pemprov)\s+[A-Z]")
NAMED_REGION_BEFORE_GENERIC = re.compile(r"\b(?:Kabupaten|Kota|Provinsi|Kab\.)\s+[A-Z]")
# "cakupan 142.271": a count named as the coverage is the people covered
COVERAGE_COUNT_BEFORE = re.compile(r"\bcakupan(?:nya)?\s+(?:sebanyak\s+|sebesar\s+|mencapai\s+)?$")
# "penduduk sebanyak", "jumlah penduduk Kabupaten Jombang sebesar 1.359.332", "dengan cakupan 1.272.423": people counted
PEOPLE_COUNTED_BEFORE = re.compile(r"\b(?:total\s+)?population of\s+(?:about\s+|around\s+|some\s+)?$|"  # "the total population of 280.086"
                                   r"\bnumber of (?:[\w()-]+\s+){0,5}?(?:people|participants|members|residents|enrollees)\b[^.;\d]{0,80}\b(?:to|at|"
                                   r"reached|reaching|of|is|was|stood at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                                   r"over\s+|more than\s+)?$|"  # "the number of people who have enrolled ... had risen to about"
                                   # "dan baru tercover sekitar 84.000": the people covered, their noun unsaid
                                   r"\b(?:tercover|ter-cover|terdaftar|terlindungi|tercakup)\s+(?:baru\s+)?(?:sekitar\s+|sebanyak\s+)$|"
                                   # ("... yang sudah terdata sebagai pemegang BPJS Kesehatan sebanyak 70.598,")
                                   # ("jumlah kepesertaan JKN-KIS di Jawa Timur sudah 26,6 juta per pertengahan November")
                                   # ("masyarakat Muna Barat yang sudah memiliki kartu BPJS saat ini mencapai 56 ribu lebih")
                                   r"(?:penduduk|peserta|warga|masyarakat|kepesertaan|pemegang)\s+(?:[\w-]+\s+){0,9}?(?:sebanyak|berjumlah|sejumlah|mencapai|"
                                   r"sebesar|sudah|telah)\s*$|"
                                   # "Jumlah peserta JKN juga meningkat dari sebelumnya 133 juta, menjadi sekarang 273 juta": the
                                   # number of the enrolled, from one level to another
                                   # ("... juga melonjak dari 133 juta menjadi 273 juta pada tahun 2024")
                                   r"\b(?:jumlah|total)\s+(?:peserta|penduduk|warga|kepesertaan)\b[^.;]{0,80}\b(?:meningkat|naik|"
                                   r"bertambah|menurun|turun|berkurang|tumbuh|melonjak|melesat|melambung|meroket)\b[^.;]{0,60}\b(?:dari|menjadi|ke|hingga|sampai)\s+"
                                   r"(?:sebelumnya\s+|sekarang\s+|kini\s+|saat ini\s+|sekitar\s+)?$|"
                                   # "Kota Cirebon dengan jumlah peserta 325.658 dan Kota Bandung ..."
                                   r"\b(?:jumlah|total)\s+(?:peserta|penduduk|warga)(?:\s+(?:jkn|bpjs(?:\s+kesehatan)?))?\s*$|"
                                   # "mencatatkan angka 95,52 persen dengan peserta 1.398.245"
                                   r"\bdengan\s+peserta(?:\s+(?:jkn|bpjs(?:\s+kesehatan)?))?\s*$|"
                                   # "Kabupaten Pangkep memiliki penduduk 360.557 dan yang telah masuk ..."
                                   r"\b(?:memiliki|mempunyai)\s+(?:jumlah\s+)?penduduk\s*$|"
                                   + COVERAGE_COUNT_BEFORE.pattern)
# ("Polewali Mandar 422.021 dari jumlah penduduk 491.014 jiwa": the base named before its number)
POPULATION_NOUN_BEFORE = re.compile(r"\b(?:penduduk|populasi)\s+(?:(?:yang\s+)?(?:sebesar|sebanyak|berjumlah)\s+)?"
                                    r"(?:sekitar\s+|kurang lebih\s+)?$")
# "dari 380.727 jumlah penduduk", "Dari 229.778 jumlah peserta di Kabupaten Tabalong"
# ("380.727 jumlah penduduk"; "2,5 juta lebih warga": a floor's "lebih" between the number and its people)
# ("sudah mencakup 279,7 juta penerima manfaat": JKN's beneficiaries, its members)
PEOPLE_NOUN_LATE = re.compile(r"^\s*(?:(?:jumlah|total)\s+(?:penduduk|warga|jiwa|peserta|masyarakat)|lebih\s+(?:penduduk|warga|jiwa|"
                              r"orang|peserta|masyarakat)|penerima\s+manfaat)\b")
YEAR_AFTER = re.compile(r"^\s*tahun\s+(?:19|20)\d\d\b")  # "234.797 tahun 2018"
PART_OF_TOTAL_AFTER = re.compile(r"^\s*(?:jiwa|orang|warga|penduduk)?\s*dari\s+(?:total|jumlah|seluruh)\b")  # "... warga dari total"
PEOPLE_TOTAL_AFTER = re.compile(r"^\s*dari\s+(?:total\s+|jumlah\s+)*(?:(?:penduduk|warga|populasi)\s+(?:sebanyak\s+|sekitar\s+)?"
                                # ("sekitar 2,4 juta dari total 2,5 juta lebih warga Kota Medan": a floor of them)
                                r"[\d.,]+|[\d.,]+\s*(?:juta\s+|ribu\s+)?(?:lebih\s+)?(?:jiwa|orang|penduduk|warga)"
                                # "Baru 4.141.255 dari jumlah total penduduk Riau": of a population left unnumbered
                                r"|(?:penduduk|warga|populasi)\b)"
                                # "some 221 million of its 271 million population" (English-language pages)
                                r"|^\s*of\s+(?:its|the)\s+(?:total\s+)?[\d.,]+\s*(?:million\s+)?(?:population|people|residents)\b")
# "Sebanyak 601.252 warga akan didaftarkan sebagai peserta JKN", "601,252 residents ... will be covered by the JKN":
# people still to be enrolled, no count of the enrolled
TO_BE_ENROLLED_AFTER = re.compile(r"^[^.;\d]{0,60}?\b(?:akan|bakal)\s+(?:segera\s+)?(?:di(?:daftar|ikut(?:sert)?|masuk|alih|"
                                  r"integrasi)kan|terdaftar|menjadi peserta|ditanggung|di-?[ck]over|dijamin|beralih)\b"
                                  r"|^[^.;]{0,150}?\bwill be (?:covered|enrolled|registered|insured|included|integrated|"
                                  r"transferred)\b"
                                  # "Tahun 2016, 188 juta warga ditargetkan terdaftar": the people a target names
                                  r"|^\s*(?:[a-z]+\s+){0,2}?(?:yang\s+)?(?:di|ter)target(?:kan)?\b", re.IGNORECASE)
# "Agar tetap UHC non cut off, minimal 876.961 jiwa harus terdaftar aktif": a number of people required, no count
REQUIRED_COUNT_AFTER = re.compile(r"^\s*(?:jiwa|orang|penduduk|warga|peserta)?\s*(?:yang\s+)?(?:harus|wajib|perlu|mesti)\b")
COUNT_BOUND_BEFORE = re.compile(r"(?:lebih dari|hampir|kurang dari|mendekati|kurang lebih dari)\s*$")
# "Jumlah kepesertaan program ini telah mencapai lebih dari 184,8 juta jiwa": a floor of the enrolled, stated as reached
# ("Jumlah peserta ... di Mimika saat ini sebanyak lebih dari 300 ribu jiwa": the count said as a floor)
# ("Sekarang saja di Jakarta sudah hampir 7 juta orang yang ikut BPJS kesehatan": the count reached, told roughly)
# ("Kepesertaan BPJS Kesehatan di Kabupaten Cilacap termasuk paling banyak ..., yakni lebih dari 1,5 juta peserta": the
# count named after "namely")
REACHED_COUNT_FLOOR = re.compile(r"\b(?:(?:telah|sudah)\s+(?:mencapai|menembus|tembus)|mencapai|sebanyak|sejumlah|yakni|yaitu)\s+"
                                 r"(?:lebih dari|di ?atas)\s*$|\b(?:telah|sudah)\s+(?:hampir|nyaris|mendekati)\s*$"
                                 # "sudah mencapai 73 persen atau lebih dari 685 ribu peserta": a share's people, restated
                                 r"|(?:%|persen)\s+atau\s+(?:lebih dari|di ?atas)\s*$")
# "Lebih dari 186 ribu warga Manokwari aktif terdaftar sebagai peserta JKN": a floor of the enrolled, stated as
# reached, is their count (as "sudah lebih dari 95 persen" is a level)
ENROLLED_FLOOR = re.compile(r"(?:lebih dari|di ?atas)\s*$")
# "lebih dari 98 persen penduduk kami sudah tercakup": the speaker's own region's people
OUR_PEOPLE_AFTER = re.compile(r"^\s*(?:dari\s+)?(?:penduduk|warga|masyarakat)\s+(?:kami|kita)\b")
# ("lebih dari 98 persen penduduk kami sudah tercakup": a share's people, covered)
# ("lebih dari 95% warganya telah memiliki jaminan kesehatan": its people, insured)
ENROLLED_AFTER = re.compile(r"^\s*(?:jiwa|orang)?\s*(?:penduduk|warga|masyarakat|jiwa|orang)(?:nya)?\b(?:\s+[\w-]+){0,3}?\s+"
                            r"(?:(?:telah|sudah|aktif)\s+)?(?:terdaftar|menjadi peserta|tercakup|tercover|terlindungi|terjamin|"
                            r"memiliki (?:jaminan kesehatan|jkn|bpjs|kartu (?:jkn|bpjs|kis|indonesia sehat)))"
                            # "lebih dari 590 ribu jiwa atau 98,91% telah terdaftar menjadi peserta": its share between
                            # ("lebih dari 269 juta jiwa atau lebih dari 96% penduduk Indonesia menjadi peserta")
                            r"|^\s*(?:jiwa|orang)?\s*\(?\s*(?:atau|setara)\s+(?:lebih dari\s+|sekitar\s+|hampir\s+)?"
                            r"[\d.,]+\s*(?:%|persen)\s*\)?\s*(?:(?:dari\s+)?(?:penduduk|warga|masyarakat)(?:\s+[\w-]+)?\s+)?"
                            r"(?:(?:telah|sudah|aktif)\s+)?(?:terdaftar|menjadi peserta)")
# "Cakupan ini mencakup lebih dari 278 juta jiwa": how many the coverage reaches, told as a floor
COVERS_FLOOR_BEFORE = re.compile(r"\b(?:mencakup|menjangkau|melindungi|mengcover|meng-cover|covering|covers|covered)\s+"
                                 r"(?:lebih dari|more than|over)\s*$"
                                 # "kepesertaan program JKN tercatat lebih dari 248 juta jiwa": the enrolment, recorded
                                 r"|\b(?:kepesertaan|peserta)\b[^.;\d]{0,40}\b(?:tercatat|mencapai|sudah|telah)\s+"
                                 r"(?:lebih dari|di ?atas)\s*$")
OF_TOTAL_JUST_BEFORE = re.compile(r"\bdari\s+(?:total\s+|jumlah\s+)?$")
# "hampir 90% masyarakat peserta JKN-KIS wilayah Kabupaten Aceh Utara terdaftar pada segmen PD Pemda": one segment
REGISTERED_IN_SEGMENT_AFTER = re.compile(r"^[^.;\d]{0,100}\b(?:terdaftar|tercatat|masuk)\s+(?:pada|di|dalam|ke)\s+"
                                         r"(?:segmen|kelompok|kategori)\b"
                                         # "96.638 Warga Tulang Bawang Barat Tercover Program PBI BPJS", "259.128 jiwa
                                         # warga Takalar yang telah dijamin melalui BPJS Non-Mandiri": covered by one
                                         # segment's scheme
                                         r"|^[^.;\d]{0,80}\b(?:tercover|ter-cover|terdaftar|dijamin|tercakup|terlindungi)\s+"
                                         # ("sudah terdaftar sebagai peserta Penerima Bantuan Iuran (PBI) pemerintah pusat")
                                         r"(?:melalui\s+|dalam\s+|di\s+|pada\s+|oleh\s+|sebagai\s+(?:peserta\s+)?)?"
                                         r"(?:program\s+)?(?:bpjs\s+(?:kesehatan\s+)?)?"
                                         # ("63 Ribu Jiwa Warga Kota Gorontalo Kembali Terlindungi dalam Program Jamkesta": a
                                         # regional scheme paying for some)
                                         r"(?:pbi|non[- ]?mandiri|ppu|pbpu|penerima bantuan iuran|jamkesda|jamkesta|jka)\b",
                                         re.IGNORECASE)
# "70 persen penduduk Brebes, atau sekitar 1,43 juta jiwa dari total 2,06 juta jiwa, sudah menjadi peserta JKN Penerima
# Bantuan Iuran (PBI)": the people of the share, whatever restates them, joined one segment
PEOPLE_JOINED_SEGMENT_AFTER = re.compile(r"^\s*(?:persen|%)?\s*(?:penduduk|warga|masyarakat)\b(?:[^.;]|\.(?=\d)){0,100}?,\s*"
                                         r"(?:sudah|telah)\s+(?:menjadi|terdaftar\s+sebagai)\s+peserta\s+"
                                         r"(?:jkn[\w-]*\s+|bpjs\s+(?:kesehatan\s+)?)?(?:pbi\b|penerima bantuan iuran)",
                                         re.IGNORECASE)
# "3,4 juta penduduk ditanggung pemerintah daerah, yakni lebih dari 20 persen": the share the public purse pays for
# "Pemerintah Biayai 121.888 Warga Biak Ikut BPJS Kesehatan": the people a government pays for, one segment
GOVERNMENT_PAYS_FOR_BEFORE = re.compile(r"\b(?:pemerintah|pemda|pemkab|pemkot|pemprov|negara)\s+(?:\w+\s+)?"
                                        r"(?:biayai|membiayai|tanggung|menanggung|bayari|membayari|bayarkan|membayarkan)\s+"
                                        r"(?:iuran\s+)?$"
                                        # "Jokowi Biayai 8 Juta Peserta BPJS": whoever pays, the people paid for
                                        r"|\b(?:biayai|membiayai|dibiayainya|bayari|membayari)\s+(?:iuran\s+)?(?:sekitar\s+|"
                                        r"sebanyak\s+|lebih dari\s+)?$"
                                        # "anggaran sebesar Rp32 miliar ... Besaran itu untuk melindungi sebanyak 78.145
                                        # peserta": the people a sum of money pays for
                                        r"|\b(?:anggaran|dana|besaran|biaya|alokasi)\b[^.;]{0,40}\buntuk\s+(?:melindungi|"
                                        r"membiayai|menanggung|membayar(?:kan)?(?:\s+(?:iuran|premi))?)\s+(?:sebanyak\s+|sekitar\s+)?$")
# "... menjaminkan kesehatan masyarakat di Kabupaten Alor sebanyak 84 persen. Ini diluar dari PNS dan Pegawai Swasta":
# a figure that leaves out the employed (or those who pay their own way) counts one segment, not everyone insured
LEAVES_OUT_SEGMENTS = re.compile(r"\W*(?:(?:ini|itu|angka|jumlah|data|capaian)\b[^.;\d]{0,25}?\b)?(?:masih\s+)?"
                                 r"(?:di\s?luar|belum termasuk|tidak termasuk|tak termasuk)\s+(?:dari\s+)?(?:peserta\s+)?"
                                 r"(?:pns|asn|pegawai|ppu|pekerja|karyawan|tni|polri|mandiri|pbpu|swasta)\b", re.IGNORECASE)
FINANCED_BY_GOVERNMENT_BEFORE = re.compile(r"\b(?:ditanggung|dibiayai|dibayar(?:kan)?|didaftarkan)\s+(?:oleh\s+)?"
                                           r"(?:pemerintah|pemda|pemkab|pemkot|pemprov|apbd|apbn|negara)\b[^.;\d]{0,40}$"
                                           # "cakupan yang kita tanggung tetap di angka 21,9 persen", a government speaking
                                           r"|\byang\s+(?:kita|kami)\s+(?:tanggung|biayai|bayarkan|bayari|bayar)\b[^.;\d]{0,40}$")
SUBSET_AFTER = re.compile(r"^\s*\w*\s*(?:merupakan|adalah)?\s*(?:warga|peserta)?\s*yang\s+(?:didaftarkan|ditanggung|"
                          r"dibiayai|iurannya)"
                          # "900 ribu jiwa masyarakat Kabupaten Cirebon tercatat sebagai peserta PBI": one segment
                          # (or of a region's own scheme: "3,4 juta warga yang sudah terdaftar sebagai peserta KJS")
                          r"|^[^.;]{0,60}\b(?:terdaftar|tercatat|menjadi) sebagai peserta (?:kjs\b|kartu jakarta sehat|jamkesda|"
                          r"jamkesmas|jkbm|pbi|mandiri|ppu|pbpu|bp\b|"
                          r"penerima bantuan|bukan penerima)"
                          # "30,68 juta jiwa (12,42%) peserta yang berstatus Pekerja Penerima Upah ...": one status
                          r"|^[^.;]{0,30}\byang\s+berstatus\s+(?:sebagai\s+)?(?:peserta\s+)?(?:pbi|ppu|pbpu|bp\b|"
                          r"pekerja|penerima|bukan|mandiri|pns|asn|tni|polri|pensiunan)"
                          # "96 Persen warga yang masuk dalam katagori kurang mampu": a share of the poor
                          r"|^[^.;]{0,20}\byang\s+(?:masuk|termasuk|tergolong)\s+(?:dalam\s+|ke\s+)?(?:kategori|katagori|"
                          r"golongan|kelompok)?\s*(?:warga\s+|masyarakat\s+)?(?:kurang mampu|tidak mampu|miskin)")
# "sampai Mei 2021, baru 2.517.076 yang terdaftar sebagai peserta JKN-KIS": the enrolled, their noun unsaid
# ("Dari 1.157.882 warga Kota Batam, 1.037.635 sudah menjadi peserta JKN-KIS": the people who have)
ENROLLED_WHO_AFTER = re.compile(r"^\s*(?:yang\s+(?:telah\s+|sudah\s+)?|(?:telah|sudah)\s+)"
                                r"(?:terdaftar|menjadi peserta|tercover|terlindungi"
                                # "dari 10,2 juta penduduk DKI Jakarta, 8,1 juta telah memiliki kartu BPJS"
                                r"|(?:memiliki|mempunyai|memegang)\s+(?:kartu\s+)?(?:bpjs|jkn|kis)\b)")
# "terdapat 135,7 juta peserta yang terdiri dari 86,4 juta peserta penerima bantuan iuran, ...": the whole of a breakdown
WHOLE_OF_BREAKDOWN_AFTER = re.compile(r"^\s*(?:jiwa|orang|peserta|penduduk|warga)?\s*(?:[\w-]+\s+){0,2}?(?:yang\s+)?"
                                      r"terdiri\s+(?:dari|atas)\b"
                                      # "sebanyak 208,7 juta jiwa dengan Penerima Bantuan Iuran berjumlah kurang lebih 92
                                      # juta jiwa": the whole, then one segment's part of it
                                      r"|^\s*(?:jiwa|orang|peserta)?\s*,?\s*(?:dengan|dan|termasuk|di antaranya|diantaranya)\s+"
                                      r"(?:peserta\s+)?(?:pbi|penerima bantuan iuran|ppu|pbpu|mandiri)\b[^.;\d]{0,40}"
                                      r"\b(?:berjumlah|sebanyak|sejumlah|mencapai)\b"
                                      # "had risen to about 221.6 million of which 36 million are independent-segment"
                                      r"|^\s*(?:people|members|participants)?\s*,?\s*of (?:which|whom)\b")
_TOTAL_IS = r"(?:sebanyak\s+|mencapai\s+|sebesar\s+|yakni\s+|adalah\s+|ada\s+)?$"  # "... sebanyak 59.419 jiwa"
TOTAL_OF_ALL_BEFORE = re.compile(r"\b(?:total|jumlah)\s+(?:keseluruhan|seluruhnya|semuanya|secara keseluruhan)\s*"
                                 + _TOTAL_IS)
# "... telah mendata jumlah peserta hingga Desember 2013. Totalnya, mencapai 116.122.065 jiwa.", "Di Jabar, jumlah
# kepesertaan ... cukup besar. Angkanya mencapai 21,4 juta orang.": a sentence that opens on the total of what the
# sentence before counted
TOTAL_OPENING = re.compile(r"^\W*(?:totalnya|jumlahnya|seluruhnya|keseluruhannya|angkanya)\s*,?\s*" + _TOTAL_IS)
# "Sampai dengan 19 Mei 2019, jumlah tersebut meningkat menjadi 221.580.743 jiwa": the count the passage spoke of, again
SAME_COUNT_AGAIN = re.compile(r"\bjumlah (?:tersebut|itu|ini)\s+(?:\w+\s+){0,2}?(?:menjadi|mencapai|sebanyak|sebesar)\s*$")
# "sekitar 60 persen dari total kepesertaan yang mencapai 222.278.708 ditanggung negara": the whole a part is of; what the
# clause says next is the part's
# "sementara secara keseluruhan 98,91 persen penduduk": the whole, after a part
OVERALL_BEFORE = re.compile(r"\b(?:secara\s+)?keseluruhan(?:nya)?\s*,?\s*$|\bsecara\s+(?:umum|total)\s*,?\s*$")
WHOLE_OF_PARTICIPANTS_BEFORE = re.compile(r"\bdari\s+(?:total|seluruh|keseluruhan|jumlah)\s+(?:kepesertaan|peserta)"
                                          r"(?:\s+(?:jkn|bpjs(?:\s+kesehatan)?))?\s+(?:yang\s+)?"
                                          r"(?:mencapai|sebanyak|sejumlah|berjumlah|sebesar)?\s*$"
                                          # "total seluruh peserta semua segmen tercatat mencapai 224.149.019 jiwa"
                                          r"|\b(?:semua|seluruh|keseluruhan)\s+segmen\b[^.;\d]{0,40}$")
# "yang menjadi peserta ... baik JKN-KIS, pekerja penerima upah maupun bukan penerima upah serta peserta mandiri baru
# 85.852 orang": every segment named, "baik ... maupun", is all of them together
ALL_SEGMENTS_LISTED_BEFORE = re.compile(r"\b(?:peserta|kepesertaan)\b[^.;\d]{0,40}\bbaik\b[^.;\d]{0,120}\bmaupun\b"
                                        r"[^.;\d]{0,60}$"
                                        # "Dari seluruh jenis peserta, termasuk PBI JK, PD Pemda, PPU PN, hingga BP Swasta,
                                        # terdapat 136.763 peserta aktif"
                                        r"|\b(?:dari|untuk)\s+(?:seluruh|semua)\s+(?:jenis|segmen|kategori|kelompok)\s+"
                                        r"(?:peserta|kepesertaan)\b[^.;\d]{0,120}$"
                                        # "Jumlah peserta PBI dan non PBI sebanyak 723.309 jiwa": both together
                                        r"|\b(?:pbi|penerima bantuan iuran)\s+(?:dan|maupun|serta|&)\s+(?:non[- ]?pbi|bukan\s+"
                                        r"(?:pbi|penerima bantuan iuran))\b[^.;\d]{0,60}$")
# Words after a count that leave its unit open: "penduduk sebanyak 1,2 juta." has no unit of its own.
# ("dari total kepesertaan yang mencapai 222.278.708 ditanggung negara": the clause's verb follows the count)
UNIT_FREE = frozenset({"", "dan", "serta", "atau", "yang", "pada", "per", "hingga", "sampai", "sejak", "di", "dari", "dengan",
                       "sudah", "telah", "ditanggung", "dibiayai", "dibayar", "dibayarkan", "dijamin", "didanai",
                       "disusul", "diikuti", "lalu", "kemudian", "or", "and", "of", "as",
                       "lebih"})  # "mencapai 56 ribu lebih": a floor word, no unit
