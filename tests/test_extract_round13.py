"""Round 13 of issue 9: photo file names pasted as text under photos, and broadcast metadata
lines (air date, running time, channel) on a programme's page. HTML and texts are made up (a
women's union news page with phone-camera photos, a provincial radio station's programme page)."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.body import is_boilerplate_line
from crawler.extract.linekinds import is_meta_line

STORY = [
    "Chi hội phụ nữ thôn Bãi Sậy vừa hoàn thiện hồ sơ đưa sản phẩm tương nếp lên hạng ba sao OCOP.",
    "Các hội viên góp vốn mua thêm chum sành và làm mái che sân phơi để tương chín đều hơn.",
    "Theo chị trưởng nhóm, mỗi mẻ tương phải ủ đủ ba tháng mới được đem đóng chai bán ra chợ.",
]


@pytest.mark.parametrize(
    "name",
    [
        "z6120034587712_0b9e4d1c7a2f58e3c6d10a9f7b2e4c85",  # a chat-app export
        "IMG_20260914_073015",  # a phone camera
        "DSC004512",
        "received_918273645501234",  # a messenger download
        "3fa8c0d2e91b47a6b5d0",  # a bare hash
        "anh-2-chum-tuong-nep",  # a CMS slug without its extension
        "PXL_20261002_101544123.MP",
    ],
)
def test_a_file_name_line_is_never_prose(name):
    assert is_boilerplate_line(name)


@pytest.mark.parametrize("line", ["OCOP", "COVID-19", "2026", "0912345678", "Bãi Sậy", "A1"])
def test_words_codes_and_bare_numbers_are_not_identifiers(line):
    assert not is_boilerplate_line(line)


def test_photo_file_names_under_photos_do_not_reach_the_body():
    photos = "".join(
        f'<p><img src="/up/{n}.jpg"></p><p style="text-align:center"><em>{n}</em></p><p>{s}</p>'
        for n, s in zip(
            ("z6120034587712_0b9e4d1c7a2f58e3", "IMG_20260914_073015", "DSC004512"), STORY
        )
    )
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tương nếp Bãi Sậy chờ lên ba sao</title></head><body>
<div class="hoi-top"><a href="/">Hội LHPN huyện</a></div><div class="bai-viet">
<h1>Tương nếp Bãi Sậy chờ lên ba sao</h1><div class="ngay">14/09/2026</div>{photos}
<p class="tac-gia">Thu Hà</p></div><div class="chan-trang">Bản quyền thuộc Hội LHPN huyện</div>
</body></html>"""
    ex = extract(
        html, url="https://hoiphunu.example.vn/tin/tuong-nep-bai-say-cho-len-ba-sao-552.html"
    )
    assert ex.is_article, ex.reason
    for s in STORY:
        assert s in ex.text
    for n in ("z6120034587712", "IMG_2026", "DSC004512"):
        assert n not in ex.text


@pytest.mark.parametrize(
    "line",
    [
        "Phát sóng: Bản tin Nông nghiệp sáng ngày 03/10/2026",
        "Phát sóng lúc 18h30 thứ Năm hằng tuần",
        "Lịch phát sóng: 20:15 ngày 4/10",
        "Thời lượng: 15 phút",
        "Kênh: PTTH tỉnh kênh 1",
    ],
)
def test_broadcast_metadata_lines_are_meta(line):
    assert is_meta_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Phát sóng lúc 20h ngày 5/10, chương trình nhận được nhiều cuộc gọi của thính giả.",
        "Kênh bán hàng chủ yếu của hợp tác xã vẫn là các chợ phiên trong huyện",
        "Thời lượng mỗi buổi tập huấn kéo dài gần hết buổi sáng.",
    ],
)
def test_sentences_about_broadcasts_stay_body(line):
    assert not is_meta_line(line)


def test_an_air_date_line_closing_a_radio_programme_page_is_not_body():
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Chuyện làng nghề: tương nếp Bãi Sậy</title></head><body>
<div class="radio-nav"><a href="/">Đài PTTH tỉnh</a> <a href="/chuyen-muc">Chuyên mục</a></div>
<article class="program"><h1>Chuyện làng nghề: tương nếp Bãi Sậy</h1>
<span class="time">03/10/2026 07:10</span>{paras}
<p>Phát sóng: Chuyện làng nghề ngày 03/10/2026</p><p>Thời lượng: 12 phút</p></article>
<div class="radio-foot">Đài Phát thanh và Truyền hình tỉnh</div></body></html>"""
    ex = extract(
        html, url="https://radio.example.vn/chuyen-muc/chuyen-lang-nghe-tuong-nep-bai-say-9901.html"
    )
    assert ex.is_article, ex.reason
    assert ex.text.endswith(STORY[-1])
    assert "Phát sóng" not in ex.text and "Thời lượng" not in ex.text


def test_a_table_of_teasers_is_a_listing_even_at_an_article_like_url():
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="ChiTiet.aspx?id={7100 + i}">{head}</a>'
        f"<div class='mo-ta'>{s}</div></td><td>{10 + i}/08/2026</td></tr>"
        for i, (head, s) in enumerate(
            [
                ("Hợp tác xã chè búp mở thêm điểm thu mua ở xã vùng cao", STORY[0]),
                ("Nông dân học cách ghi nhật ký điện tử cho vườn bưởi", STORY[1]),
                ("Làng gốm cổ đón đoàn khách đầu tiên sau mùa mưa lũ", STORY[2]),
                ("Tổ hợp tác mật ong rừng được cấp mã vùng nuôi", STORY[0] + " " + STORY[1]),
                ("Chợ phiên nông sản sạch họp thêm vào tối thứ Sáu", STORY[2]),
            ],
            start=1,
        )
    )
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Bản tin kinh tế tập thể</title></head><body>
<div class="dau"><a href="Default.aspx">Liên minh HTX tỉnh</a></div>
<div class="noi-dung"><div class="ten-muc">Bản tin kinh tế tập thể</div>
<table class="danh-sach"><tr><th>TT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr>{rows}</table>
</div><div class="cuoi">Liên minh Hợp tác xã tỉnh</div></body></html>"""
    ex = extract(html, url="https://lmhtx.example.vn/(S(a1b2c3d4e5))/BanTin.aspx?cm=2&p=1")
    assert not ex.is_article
    assert "teasers" in ex.reason
