"""Issue 10, round 11: a count of a former region "now in" a merged province vs a located
profile. Shapes written in our own words (fictional places' counts, co-ops and people)."""

from __future__ import annotations

import pytest

from indexer.nlp import enrich

# a count OF the former region: "X cũ (nay thuộc tỉnh Y) có N …" keeps X, and so do the
# paragraph's and the next paragraphs' figures about the same villages
REGION = (
    "Tuyên Quang phát triển sản phẩm OCOP ở vùng Hà Giang cũ",
    "Vùng Hà Giang cũ (nay thuộc tỉnh Tuyên Quang) có 24 làng nghề trong tổng số 40 làng nghề "
    "có sản phẩm OCOP, với 90 sản phẩm từ 3 sao trở lên.",
    "Trong số sản phẩm này, 12 sản phẩm đạt 4 sao, 78 sản phẩm đạt 3 sao.\n\n"
    "Các làng nghề này tạo việc làm cho khoảng 6.500 lao động.\n\n"
    "Toàn tỉnh Tuyên Quang hiện có 720 sản phẩm OCOP.",
)
# the same shape with a comma instead of brackets
REGION_COMMA = (
    "Làng nghề vùng Quảng Bình cũ",
    "Khu vực Quảng Bình cũ, nay thuộc tỉnh Quảng Trị, có 17 làng nghề được công nhận.",
    "Các làng nghề đều có sản phẩm OCOP.",
)
# a located profile: the former region only places the co-op, whose figures are today's
# province's (round 10)
PROFILE = (
    "Hợp tác xã mật ong Đá Trắng lên 4 sao",
    "Hợp tác xã mật ong Đá Trắng ở xã Mèo Vạc (khu vực Hà Giang cũ, nay thuộc tỉnh Tuyên "
    "Quang) vừa có 2 sản phẩm OCOP 4 sao.",
    "Hợp tác xã có 6 sản phẩm 3 sao.",
)
# "các … này" in an article without a former region's count: today's province
PROFILE_ANAPHOR = (
    "Làng nghề ở Tuyên Quang",
    "Tỉnh Tuyên Quang có 9 làng nghề có sản phẩm OCOP.",
    "Năm nay, Hợp tác xã dệt Lũng Tám mở rộng xưởng.\n\n"
    "Các làng nghề này tạo việc làm cho khoảng 800 lao động.",
)


def province_of(article: tuple[str, str, str], value: float, unit: str) -> str:
    found = [
        f["province"]
        for f in enrich(*article, None)["figures"]
        if f["value"] == value and f["unit"] == unit
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("article", "value", "unit", "province"),
    [
        (REGION, 24, "làng nghề", "Hà Giang"),
        (REGION, 40, "làng nghề", "Hà Giang"),
        (REGION, 90, "sản phẩm", "Hà Giang"),
        (REGION, 6500, "lao động", "Hà Giang"),
        (REGION, 720, "sản phẩm", "Tuyên Quang"),
        (PROFILE_ANAPHOR, 800, "lao động", "Tuyên Quang"),
        (REGION_COMMA, 17, "làng nghề", "Quảng Bình"),
        (PROFILE, 2, "sản phẩm", "Tuyên Quang"),
        (PROFILE, 6, "sản phẩm", "Tuyên Quang"),
    ],
)
def test_former_region_count_vs_located_profile(
    article: tuple[str, str, str], value: float, unit: str, province: str
) -> None:
    assert province_of(article, value, unit) == province


# a national article: "Tại <province>," opens a sentence whose share is that province's, not
# a share of the national count stated earlier
NATIONAL_TOPIC = (
    "Hợp tác xã chiếm phần lớn chủ thể OCOP cả nước",
    "Cả nước hiện có khoảng 9.000 chủ thể tham gia Chương trình OCOP.",
    "Gần 50% chủ thể đã bán hàng ngoài tỉnh.\n\n"
    "Tại Gia Lai, hợp tác xã chiếm 48% số chủ thể OCOP với 90 hợp tác xã.",
)


def figure(article: tuple[str, str, str], value: float, unit: str) -> dict:
    found = [
        f for f in enrich(*article, None)["figures"] if f["value"] == value and f["unit"] == unit
    ]
    assert len(found) == 1, found
    return found[0]


def test_topic_province_scopes_a_share_in_a_national_article() -> None:
    share = figure(NATIONAL_TOPIC, 48, "%")
    assert (share["province"], share["base"]) == ("Gia Lai", None)
    national = figure(NATIONAL_TOPIC, 50, "%")
    assert (national["province"], national["base"]) == ("Việt Nam", 9000)


# a ranking of former provinces inside a merged one: "tiếp đến là X cũ (N sản phẩm)" is the
# next item (its own province, a part of the merged total), not a part of the item before
RANKING = (
    "Đà Nẵng sau hợp nhất có 400 sản phẩm OCOP",
    "Sau hợp nhất, Đà Nẵng hiện có 400 sản phẩm OCOP.",
    "Khu vực Quảng Nam cũ có nhiều sản phẩm nhất với 250 sản phẩm, tiếp đến là Đà Nẵng cũ "
    "(150 sản phẩm).",
)


def test_ranked_former_province_in_brackets() -> None:
    nxt = figure(RANKING, 150, "sản phẩm")
    assert (nxt["province"], nxt["relation"], nxt["base"]) == ("Đà Nẵng", "part_of", 400)
    first = figure(RANKING, 250, "sản phẩm")
    assert (first["province"], first["base"]) == ("Quảng Nam", 400)
