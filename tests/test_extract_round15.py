"""Round 15 zoo (lead): a broadcaster's programme tag closing the sapo, its player label, a
sapo block named "…-desc" (not a video's "video-desc"), and an outlet stamp written in capitals
with its domain ("VOV4.VN - "). HTML of a regional radio station's ethnic-language news page,
written for these tests (not the development sets' templates)."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.body import is_boilerplate_line
from crawler.extract.dates import strip_dateline_prefix, strip_program_tail

TITLE = "Bà con vùng cao mang thảo quả, mật ong ra chợ phiên cuối năm"
SAPO = "Chợ phiên cuối năm của xã vùng cao có hơn 40 gian hàng nông sản và sản phẩm OCOP."
BODY = [
    "Thảo quả khô, mật ong bạc hà và rượu ngô men lá là những mặt hàng bán chạy nhất. Nhiều "
    "gian hàng đã hết hàng ngay trong buổi sáng.",
    "Ban quản lý chợ cho biết sẽ duy trì phiên chợ vào chủ nhật cuối mỗi tháng.",
]


def _page(
    desc_class: str, tag: str, stamp: str = "VOV4.VN - ", player: str = "Nghe bản tin"
) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html lang='vi'><head><meta charset='utf-8'><title>" + TITLE + "</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a><a href='/tieng-mong'>Tiếng Mông</a></div>"
        f"<div class='main'><h1 class='title'>{TITLE}</h1>"
        "<div class='time'>Chủ nhật, 06:30, 22/11/2026</div>"
        f"<div class='audio'><span>{player}</span><audio src='/m/22-11.mp3'></audio>"
        "<span>05:12</span></div>"
        "<div class='video'><video src='/v/22-11.mp4' controls></video>"
        "<div class='video-desc'>Gian hàng mật ong của một hợp tác xã tại chợ phiên.</div></div>"
        f"<div class='{desc_class}'>{stamp}{SAPO} <span class='ct'>{tag}</span></div>"
        f"<div class='content'>{paras}<p class='tacgia'><b>Mai Hoa/VOV4</b></p></div>"
        "</div><div class='footer'>Hệ Phát thanh Dân tộc</div></body></html>"
    ).encode()


URL = "https://vov4.example.vn/tieng-mong/ba-con-vung-cao-ra-cho-phien-cuoi-nam-c12-48213.aspx"


@pytest.mark.parametrize("desc_class", ["post-desc", "detail__desc", "news desc"])
def test_a_radio_item_gives_its_sapo_without_tag_player_or_stamp(desc_class: str) -> None:
    ex = extract(_page(desc_class, "(Bản tin tiếng Mông ngày 22/11/2026)"), URL)
    assert ex.lead == SAPO
    assert ex.text == "\n\n".join(BODY)


def test_a_videos_description_is_no_sapo() -> None:
    ex = extract(_page("noidung", "(Chương trình thời sự ngày 22/11)"), URL)
    assert "Gian hàng mật ong" not in ex.lead


@pytest.mark.parametrize(
    "text, expected",
    [
        (SAPO + " (Thời sự 19h ngày 20/11)", SAPO),
        (SAPO + " (Chương trình tiếng Dao ngày 3/11/2026)", SAPO),
        # guards: a bracket that is part of the story stays; a tag alone is kept, not emptied
        (SAPO[:-1] + " (theo số liệu ngày 20/11).", SAPO[:-1] + " (theo số liệu ngày 20/11)."),
        ("(Bản tin ngày 20/11)", "(Bản tin ngày 20/11)"),
    ],
)
def test_programme_tail(text: str, expected: str) -> None:
    assert strip_program_tail(text) == expected


def test_player_labels_and_domain_stamps() -> None:
    assert is_boilerplate_line("Nghe bản tin 05:12")
    assert is_boilerplate_line("Nghe chương trình14:52")
    assert not is_boilerplate_line("Nghe chương trình phát thanh, bà con biết cách làm hồ sơ OCOP.")
    assert strip_dateline_prefix("VOV4.VN - " + SAPO) == SAPO
    assert strip_dateline_prefix("Baolaocai.VN - " + SAPO) == SAPO
