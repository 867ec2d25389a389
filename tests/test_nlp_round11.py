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
