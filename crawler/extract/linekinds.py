"""Lines that are never body text, by what the line is (not by which site prints it).

- an attachment: only a file name with a document/image extension, optionally its size and
  download count ("Bao-cao-nam.pdf (1,2 MB) Lượt tải: 40")
- an attachment box's title ("Tài liệu đính kèm"), a tag line ("Thẻ: OCOP, chè", "Chủ đề: …",
  a bare "Gắn thẻ"), a category line ("Đăng trong …")
- notices about the text itself: a disclaimer ("Nội dung … chỉ có giá trị tham khảo"), a
  newsletter's delivery note ("Bài này được gửi qua email cho người đăng ký"), a press
  release's label, contact line and "Về <Company>: …" boilerplate
- a comment form's title and notices ("Để lại bình luận", "… bắt buộc, được đánh dấu *"), a
  rating widget's lines ("Tổng số điểm của bài viết là: …", "Click để đánh giá bài viết")
- a copyright / re-use notice ("Ghi rõ nguồn … khi phát hành lại", "Bài viết thuộc bản quyền
  của …", "Không sao chép dưới mọi hình thức")
- the editor's invitation to keep following ("Mời bạn đọc tiếp tục theo dõi …") and other
  calls to action addressed to the reader, as a whole line ("Mời bạn đọc vào chuyên mục …
  xem …", "Bạn đã thử …? … gắn thẻ …", "Hãy chia sẻ bài viết …", "Theo dõi chúng tôi trên …"),
  and a print edition's notice ("Bài viết được đăng trên Tạp chí … số 46 …"), a sponsored
  story's label ("Nội dung do doanh nghiệp cung cấp …"), a programme's air time line
- a photo credit: "Ảnh:", "Ảnh minh họa:", "Nguồn ảnh:" + a name, optionally "- Outlet"
- a time stamp ("07:30 21/11", "Cập nhật: 08:15 - 20/11/2026") or a status / counter line
  made of short parts, one of them a stamp or a count ("Đang diễn ra · 5 cập nhật",
  "1.204 lượt xem"), such as a live blog's header or a byline-and-time meta line
- photo captions: a short block with a caption-named class ("cap", "img-caption",
  "chu-thich", an image's description "img-desc") beside an image
  (``drop_photo_captions`` on the tree)
- a record's dated metadata: "label: date" pairs, joined by ";" or "|"
  ("Ngày nhận bài: 02/9/2026; ngày phản biện: 20/9/2026")
- an author affiliation line: numbered institutions ("1Viện …; 2Trường Đại học …")
- a source line that is mostly a URL ("Nguồn Báo X: https://…", a bare link)
- a reference list at the end of a body: entries "Author (year), title, place" after a
  "Tài liệu tham khảo"/"References" heading, or two or more of them (``drop_references``)
- number cards: a number and a short label (≤ 7 words) in a card/stat element (an infographic's
  figures rendered as text) are captions (``drop_number_cards`` on the tree)

Lines are compared folded (``corpus.textnorm.fold``: lower case, no diacritics).
"""

from __future__ import annotations

import re

from corpus.textnorm import fold

_EXT = r"(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|txt|zip|rar|7z|jpe?g|png|gif|webp|bmp|tiff?)"
_SIZE = r"(?:\s*\(?\s*[\d.,]+\s*[kmg]?b\s*\)?)"
_DOWNLOADS = r"(?:\s*[-|·•,]?\s*(?:luot tai|so lan tai|tai ve|download(?:s|ed)?)\s*:?\s*[\d.,]*)"
# what stays of an attachment or tag box once its items are gone: its title, or the tags
# run into one line ("Tài liệu đính kèm", "Thẻ: OCOP, xúc tiến thương mại")
_BOX_LABEL = re.compile(
    r"^(?:(?:tai lieu|tep(?: tin)?|file|van ban|bieu mau)(?: dinh kem| kem theo| tai ve)|"
    r"dinh kem|attachments?|downloads?|gan the|the tag)$|"
    r"^(?:the|tags?|tu khoa|keywords?|chu de|gan the|the tag)\s*:\s*[^.!?]{0,120}$"
)
# a CMS's category line under the story ("Đăng trong Bác ái xã hội", "Posted in News")
_FILED_IN = re.compile(
    r"^(?:dang trong|dang tai trong|posted in|filed under)\s*:?\s+[^.!?:;]{1,60}$"
)
# a comment form's title and its notices ("Để lại bình luận", "Các trường bắt buộc được
# đánh dấu *", "Không cho phép mã HTML"): about the form, never the story
_COMMENT_FORM = re.compile(
    r"^(?:de lai|gui|viet) (?:binh luan|y kien|phan hoi|loi binh)(?: cua ban)?$|^leave a (?:comment|reply)$|"
    r"\b(?:thong tin|truong|muc) (?:bat buoc|yeu cau)\b.*\bdanh dau\b|\bduoc danh dau \*|"
    r"\bkhong cho phep (?:ma |the )?html\b|"
    r"\bemail (?:cua ban )?(?:se )?khong (?:duoc |bi )?(?:hien thi|cong khai|cong bo)\b|"
    r"\brequired fields are marked\b|\byour email address will not be published\b"
)
_FORM_WORDS = 30
# notices about the text itself, not its story: a disclaimer ("Nội dung trả lời chỉ có giá
# trị tham khảo"), a newsletter's delivery note ("Bài này được gửi qua email cho người đăng
# ký …"), a press release's contact line ("Thông tin liên hệ báo chí: …")
_ABOUT_TEXT = re.compile(
    r"^(?:noi dung|thong tin)(?: tra loi| tu van| bai viet| tren| nay)? chi (?:co gia tri|mang tinh) "
    r"tham khao\b|"
    r"^(?:bai (?:viet )?nay|ban tin nay|thu nay)\b.{0,60}\b(?:gui qua email|nguoi dang ky|dang ky nhan)\b|"
    r"^(?:thong tin )?lien he (?:bao chi|truyen thong)\s*:|^(?:press|media) contacts?\s*:|"
    r"^thong cao bao chi$|^press release$"
)
_ABOUT_WORDS = 40
# a press release's boilerplate: "Về <Name>: …" / "About <Name>: …", the name in capitalised
# words without digits (the company describing itself, not the story)
_ABOUT_ORG = re.compile(
    r"^(?:Về|About)\s+(?:[A-ZĐÀ-Ỹ][^\W\d_]*[&.-]?\s+){0,5}[A-ZĐÀ-Ỹ][^\W\d_]*\s*:\s+\S"
)
_ABOUT_ORG_WORDS = 80
# a rating widget's lines ("Tổng số điểm của bài viết là: 14 trong 3 đánh giá", "Click để
# đánh giá bài viết")
_RATING = re.compile(
    r"^tong (?:so )?diem (?:cua )?(?:bai viet|tin|bai)\b|"
    r"^(?:click|bam|nhan|cham|an) (?:vao )?(?:day )?de danh gia\b|^danh gia (?:bai viet|tin bai)(?: nay)?$|"
    r"^rate this (?:article|post)\b"
)
_RATING_WORDS = 16
# a print edition's jump line: "(Xem tiếp trang 7)", "(Tiếp theo trang 5)", "Continued on page 3"
_PAGE_JUMP = re.compile(
    r"^\(?\s*(?:(?:xem )?tiep(?: theo)?(?: o)? trang|(?:continued|cont\.?) (?:on|from) page)"
    r"\s*[a-z]?\d{1,3}[a-z]?\s*\)?$"
)
_ATTACHMENT = re.compile(rf"^[\w\-.,()+ ]{{1,150}}\.{_EXT}{_SIZE}?{_DOWNLOADS}?$")
_CREDIT = re.compile(
    r"^\(?\s*(?:anh|anh minh hoa|anh tu lieu|nguon anh|anh nguon|do hoa|photo|image)\s*:"
    r"\s*[^.!?;:]{1,60}\)?$|^\(?\s*anh minh hoa\s*\)?$"
)
# what only a re-use notice says (a story about copyright says "bản quyền", not these)
_NOTICE = re.compile(
    r"\b(?:ghi ro nguon|(?:khi|neu) (?:phat hanh|dang tai|dang|su dung|trich dan) lai|"
    r"(?:khong|cam|nghiem cam) (?:duoc )?(?:sao chep|tai ban|phat hanh lai|su dung lai)|"
    r"thuoc ban quyen|ban quyen thuoc (?:ve )?|all rights reserved|giu ban quyen)\b"
)
_NOTICE_WORDS = 40
# the editor's invitation to keep reading/following ("Mời bạn đọc tiếp tục theo dõi …",
# "Mời quý độc giả đón đọc kỳ sau"): about the publication, not the story
# the line opens by addressing the reader: "(Kính) mời bạn đọc / quý độc giả / các bạn …"
_TO_READER = r"^(?:kinh )?moi (?:ban doc|quy doc gia|doc gia|quy vi|cac ban)"
_INVITE = re.compile(rf"{_TO_READER}(?: tiep tuc| cung)? (?:theo doi|don doc|don xem|xem|doc)\b")
_INVITE_WORDS = 25
# a call to action addressed to the reader, as a whole line: "Mời bạn đọc vào chuyên mục …
# xem các tin, bài liên quan", a recipe plugin's "Bạn đã thử …? Chụp ảnh và gắn thẻ …", "Hãy
# chia sẻ bài viết …", "Theo dõi chúng tôi trên …"; and a print edition's or reprint's notice
# ("Bài viết được đăng trên Tạp chí … số 46, phát hành ngày …"): about the publication, not the story
_APPEAL = re.compile(
    rf"{_TO_READER}\b[^.!?]{{0,60}}?\b"
    r"(?:xem|doc|theo doi|don doc|don xem)\b[^.!?]{0,60}[.!]?$|"
    r"^ban (?:da|co|tung) (?:thu|lam|nau)\b[^?]{0,80}\?\s*(?:hay )?(?:chup|chia se|gui|dang|"
    r"binh luan|danh gia|de lai)\b.{0,100}(?:gan the|\btag\b|@|#|binh luan|danh gia)|"
    r"^hay (?:chia se|theo doi|dang ky|like|bam thich|nhan nut)\b[^.!?]{0,80}\b(?:bai viet|"
    r"chung toi|ban be|nguoi than|facebook|zalo|youtube|tiktok|fanpage|mang xa hoi|kenh)\b|"
    r"^(?:hay )?(?:theo doi|follow|ket noi voi|like) (?:chung toi|fanpage|kenh)\b[^.!?]{0,40}"
    r"\b(?:tren|tai|qua|de)\b|"
    # "Theo dõi <outlet> trên Google News", also glued to the meta bar's time stamp
    r"^(?:[\d/:., -]+(?:gmt\s*\+?\s*\d{0,2})?\s*)?(?:hay )?(?:theo doi|follow) [^.!?]{1,30}? "
    r"(?:tren|on) (?:google news|facebook|zalo|youtube|tiktok|instagram|telegram)\b[^.!?]{0,30}$|"
    r"^bai (?:viet|bao) (?:nay )?(?:duoc |da )?(?:dang|in|xuat ban) (?:tren|trong|tai) "
    r"(?:tap chi|bao in|an pham|so bao|dac san|nguyet san|tuan san)\b.{0,80}\bso \d|"
    # a blog's or a reprint's notice of where the piece first ran, one sentence: "Bài viết đã
    # đăng trên báo …, tác giả biên tập lại", "Bài này được đăng lần đầu trên tạp chí …"
    r"^bai (?:viet|bao|nay)(?: nay)? (?:(?:da|duoc|tung) )+(?:dang|in|xuat ban)(?: lan dau)? "
    r"(?:tren|trong|tai) (?:bao|tap chi|an pham|dac san|nguyet san|tuan san) "
    r"(?:(?!(?:da|se|duoc|giup|khien)\b)[^.!?,])+(?:,[^.!?]{0,80})?[.!]?$"
)  # the outlet's name then at most an aside: no verb of its own (then it is a sentence's subject)
_APPEAL_WORDS = 35
_CLOCK = r"\d{1,2}[:h]\d{2}(?:\s*(?:am|pm|\(?gmt\s*\+?\s*\d{0,2}\)?))?"
_DAY = r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?"
_SEP = r"\s*[-,|]?\s*"
# a sponsored story's label ("Nội dung do doanh nghiệp cung cấp, không phản ánh quan điểm của
# tòa soạn") and a programme's air time ("Phát sóng lúc 19:00 ngày 20/11 trên kênh …")
_SPONSORED = re.compile(
    r"^(?:noi dung|bai viet|thong tin) (?:nay )?(?:do|duoc) (?:doanh nghiep|nha tai tro|don vi|"
    r"nhan hang|cong ty|khach hang)\b[^.!?]{0,40}\b(?:cung cap|tai tro|dat hang)\b|"
    r"\bkhong (?:nhat thiet )?(?:phan anh|the hien|dai dien cho|la) (?:quan diem|lap truong) "
    r"cua (?:toa soan|ban bien tap|bao|chung toi)\b"
)
# "phát sóng lúc", "lên sóng vào", "trình chiếu", "phát lại": a programme goes on air
_ON_AIR = r"(?:phat song|len song|trinh chieu|phat lai)(?: luc| vao)?"
_AIRTIME = re.compile(
    rf"^{_ON_AIR}\s*[^.!?]{{0,30}}"
    rf"(?:{_CLOCK}|\d{{1,2}} gio)[^.!?]{{0,40}}\btren (?:kenh|song|song truyen hinh)\b[^.!?]{{0,30}}[.]?$"
)
# broadcast metadata of a TV/radio page: the air date or time ("Phát sóng: <programme> ngày
# 10/11/2026", "Phát sóng lúc 20h00"), the running time ("Thời lượng: 25 phút") or the channel
# ("Kênh: …"); a short line without a clause break, never a sentence of the report
_BROADCAST = re.compile(
    rf"^(?:(?:lich |gio |thoi gian )?{_ON_AIR}\s*:?"
    rf"[^.!?,;]{{0,60}}?(?:{_CLOCK}|\d{{1,2}} ?gio|{_DAY})(?:[^.!?,;]{{0,40}})|"
    r"thoi luong\s*:\s*\d[\d:.,]*\s*(?:phut|giay|gio|min(?:ute)?s?|s)?|"
    r"kenh(?: phat song)?\s*:\s*[^\s.!?,;]+(?: [^\s.!?,;]+){0,4})[.]?$"
)
_BROADCAST_WORDS = 18
_SPONSORED_WORDS = 30
_STAMP = re.compile(
    rf"^(?:[^\W\d][\w ]{{0,24}}:\s*)?(?:(?:thu \w+|chu nhat){_SEP})?"
    rf"(?:{_CLOCK}(?:{_SEP}(?:ngay\s*)?{_DAY})?|(?:ngay\s*)?{_DAY}(?:{_SEP}(?:luc\s*)?{_CLOCK})?)$"
)
_COUNT = re.compile(
    r"^\d[\d.,]*\s*(?:cap nhat|luot (?:xem|doc|nghe|thich|chia se|tai|binh luan)|binh luan|"
    r"y kien|chia se|views?|comments?|updates?|likes?|shares?)$"
)
_PARTS = re.compile(r"\s*[·•|]\s*")
_PART_WORDS = 7  # a status or a name beside a stamp, not a sentence
_LINE_WORDS = 14


# "label: value" with a short label and value; a record's metadata when the values are dates
_FIELD = re.compile(r"^([^\W\d][\w ]{0,30}):\s*([^:]{1,60})$")
_DATE_VALUE = re.compile(rf"^(?:ngay\s*)?{_DAY}$|^(?:thang\s*)?\d{{1,2}}[/-]\d{{4}}$")
_URL = re.compile(r"(?:https?://|www\.)\S+")
# an attribution that only points elsewhere: "Nguồn: Báo X: https://…", "Theo https://…"
_SOURCE_URL = re.compile(r"^(?:nguon|theo|source|xem them|chi tiet|link)\b[^.!?]{0,60}$")


# a paper's affiliations: each part a (superscript) number then an institution
_AFFILIATION = re.compile(
    r"^\d{1,2}\s*(?:vien|truong|dai hoc|hoc vien|khoa|trung tam|bo mon|phong thi nghiem|"
    r"university|institute|faculty|department|school|college|cent(?:er|re)|laboratory)\b"
)
_GLUED_NUMBER = re.compile(r"^\d{1,2}[A-ZĐÀ-Ỹ]")  # a superscript run into the name: "1Viện"


def fold_line(text: str) -> str:
    """``text`` folded (``corpus.textnorm.fold``) with its runs of white space made one space."""
    return " ".join(fold(text).split())


def _is_affiliation(line: str, f: str) -> bool:
    """Numbered institutions joined by ";" (or one, its number run into its name)."""
    if f.endswith((".", "!", "?")) or len(f.split()) > _LINE_WORDS * 2:
        return False
    parts = [p.strip() for p in f.split(";") if p.strip()]
    if not parts or not all(_AFFILIATION.match(p) for p in parts):
        return False
    return len(parts) >= 2 or bool(_GLUED_NUMBER.match(line.strip()))


def _is_dated_fields(f: str) -> bool:
    """Two or more "label: date" pairs joined by ";" or "|" (a paper's review dates)."""
    parts = [p.strip() for p in re.split(r"\s*[;|]\s*", f) if p.strip()]
    if len(parts) < 2:
        return False
    fields = [_FIELD.match(p) for p in parts]
    if not all(fields):
        return False
    # every value a date: "Thời gian: 20/11; Địa điểm: nhà văn hóa xã" is a notice's body
    return all(_DATE_VALUE.match(m.group(2).strip(" .")) for m in fields if m)


def _is_link_line(line: str, f: str) -> bool:
    """A line that is mostly a URL: bare, or after a short "Nguồn …:" attribution."""
    urls = _URL.findall(line)
    if not urls or len(f.split()) > _LINE_WORDS:
        return False
    rest = _URL.sub(" ", f).strip(" :-()[]")
    if not rest:
        return True
    url_chars = sum(len(u) for u in urls)
    return bool(_SOURCE_URL.match(rest)) or url_chars >= 0.6 * len(line.strip())


def _is_stamp_or_count(part: str) -> bool:
    return bool(_STAMP.match(part) or _COUNT.match(part))


def is_meta_line(line: str) -> bool:
    """An attachment, a re-use notice, a photo credit, a time stamp or a status line."""
    f = fold_line(line).strip(" -•·*+")
    if len(f.split()) <= _ABOUT_ORG_WORDS and _ABOUT_ORG.match(line.strip()):
        return True  # a press release's "Về <Company>: …" (often longer than other kinds)
    if not f or len(f.split()) > _LINE_WORDS * 2:
        return False
    if _ATTACHMENT.match(f) or _CREDIT.match(f) or _BOX_LABEL.match(f) or _PAGE_JUMP.match(f):
        return True
    if len(f.split()) <= _NOTICE_WORDS and _NOTICE.search(f):
        return True
    if len(f.split()) <= _INVITE_WORDS and _INVITE.match(f):
        return True
    if len(f.split()) <= _APPEAL_WORDS and _APPEAL.match(f):
        return True
    if len(f.split()) <= _SPONSORED_WORDS and (_SPONSORED.search(f) or _AIRTIME.match(f)):
        return True
    if len(f.split()) <= _BROADCAST_WORDS and _BROADCAST.match(f):
        return True
    if _FILED_IN.match(f) or (len(f.split()) <= _RATING_WORDS and _RATING.search(f)):
        return True
    if len(f.split()) <= _FORM_WORDS and _COMMENT_FORM.search(f):
        return True
    if len(f.split()) <= _ABOUT_WORDS and _ABOUT_TEXT.match(f):
        return True
    if _is_dated_fields(f) or _is_link_line(line, f) or _is_affiliation(line, f):
        return True
    if len(f.split()) > _LINE_WORDS or f.endswith((".", "!", "?", ";")):
        return False
    parts = [p for p in _PARTS.split(f) if p]
    return any(_is_stamp_or_count(p) for p in parts) and all(
        _is_stamp_or_count(p) or len(p.split()) <= _PART_WORDS for p in parts
    )


_REF_HEADING = re.compile(
    r"^(?:danh muc )?(?:tai lieu tham khao|tai lieu trich dan|references|bibliography|"
    r"works cited)$"
)
# "Tác giả (2024), Tên báo cáo, Nơi xuất bản." (numbered or bulleted): author, year, title
_REF_ENTRY = re.compile(
    r"^(?:\[?\d{1,3}[\].)]\s*)?[^\W\d][^()]{1,120}?\s*\((?:19|20)\d{2}[a-z]?\)\s*[,.:]\s*\S"
)
_REF_WORDS = 60


def _is_reference(line: str) -> bool:
    f = fold_line(line).strip(" -•·*+")
    return len(f.split()) <= _REF_WORDS and bool(_REF_ENTRY.match(f))


def drop_references(lines: list[str]) -> list[str]:
    """``lines`` without a reference list at their end: the entries after a references
    heading, or a run of two or more entries (one alone may be a sentence citing a report)."""
    start = len(lines)
    while start > 0 and _is_reference(lines[start - 1]):
        start -= 1
    run = len(lines) - start
    before = lines[start - 1] if start > 0 else ""
    if _REF_HEADING.match(fold_line(before).strip(" :-•·*+")):
        return lines[: start - 1]
    return lines[:start] if run >= 2 else lines


_CARD = re.compile(
    r"(?:^|[-_])(?:stats?|card|counter|number|numbers|metric|kpi|figure-?num|so-?lieu|con-?so)"
    r"(?:$|[-_\d])",
    re.I,
)
# a number and a short label, no sentence punctuation: "41 sản phẩm mới", "14.000+ chủ thể"
_CARD_WORDS = 7
_NUMBER_CARD = re.compile(rf"^[~≈+]?\d[\d.,]*\s*[%+]?(?:\s+[^\s.!?;:]+){{0,{_CARD_WORDS}}}$")


def drop_number_cards(tree) -> None:
    """Remove a card/stat element whose whole text is a number and a short label."""
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if not any(_CARD.search(t) for t in attrs):
            continue
        text = " ".join(el.text_content().split())
        if text and _NUMBER_CARD.match(text):
            el.drop_tree()


# a caption-named class part ("cap", "photo-cap", "img-caption", "chu-thich", "mo-ta-anh")
_CAPTION_PART = re.compile(
    r"(?:^|[-_])(?:cap|caption|chu-?thich|mo-?ta-?anh)(?:$|[-_])|"
    # an image's description ("img-desc", "photo_description", "desc-image")
    r"(?:^|[-_])(?:img|image|photo|pic|picture|hinh|anh)[-_]?(?:desc|description|note)(?:$|[-_])|"
    r"(?:^|[-_])(?:desc|description)[-_]?(?:img|image|photo|pic|picture|hinh|anh)(?:$|[-_])",
    re.I,
)
_CAPTION_WORDS = 50


def _beside_image(el) -> bool:
    """An image in the element, in its parent block, or in the block just before it."""
    for x in (el, el.getparent(), el.getprevious()):
        if x is not None and (x.tag == "img" or x.find(".//img") is not None):
            return True
    return False


def drop_photo_captions(tree) -> None:
    """Remove a short caption-classed block beside an image (a photo's caption and credit)."""
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if not any(_CAPTION_PART.search(t) for t in (el.get("class") or "").split()):
            continue
        if len(el.text_content().split()) <= _CAPTION_WORDS and _beside_image(el):
            el.drop_tree()
