"""Named OCOP products with their star, owner and province."""

from __future__ import annotations

from indexer.nlp import enrich


def products(text: str, title: str = "") -> list[dict]:
    return enrich(title, "", text, None)["products"]


def test_product_with_owner_and_star():
    found = products(
        "Sản phẩm Gạo hữu cơ An Lỗ của HTX Nông nghiệp An Lỗ (huyện Phong Điền) vừa đạt hạng 4 sao."
    )
    assert [(p["name"], p["owner"], p["star"]) for p in found] == [
        ("Gạo hữu cơ An Lỗ", "HTX Nông nghiệp An Lỗ", 4)
    ]


def test_product_named_after_a_district_gets_its_province():
    found = products(
        "Nhiều sản phẩm nổi tiếng như vải thiều Lục Ngạn, na dai Lục Nam, chè Yên Thế."
    )
    assert [(p["name"], p["province"]) for p in found] == [
        ("vải thiều Lục Ngạn", "Bắc Giang"),
        ("na dai Lục Nam", "Bắc Giang"),
        ("chè Yên Thế", "Bắc Giang"),
    ]


def test_fish_sauce_of_a_company():
    found = products("Nước mắm Cửa Khe của Công ty TNHH Nước mắm Bình Thạnh đạt 3 sao.")
    assert found[0]["name"] == "Nước mắm Cửa Khe"
    assert found[0]["owner"] == "Công ty TNHH Nước mắm Bình Thạnh"
    assert found[0]["star"] == 3


def test_product_province_falls_back_to_sentence():
    found = products("Tỉnh Quảng Ninh giới thiệu chả mực Hạ Long tại hội chợ.")
    assert found[0]["name"] == "chả mực Hạ Long" and found[0]["province"] == "Quảng Ninh"


def test_product_offsets():
    from indexer.nlp import document_text

    text = "Gà đồi Yên Thế đạt 4 sao."
    doc = document_text("", "", text)
    p = products(text)[0]
    assert doc[p["start"] : p["end"]] == p["name"] == "Gà đồi Yên Thế"
    assert p["star"] == 4


def test_no_product_in_generic_phrases():
    assert (
        products("Nâng cao chất lượng sản phẩm và thu nhập cho người dân, cá nhân tham gia.") == []
    )
    assert products("Trường Đại học Nông lâm Bắc Giang nghiên cứu.") == []


def test_product_names_span_lowercase_joins_but_not_function_words():
    from indexer.nlp import enrich

    def names(text):
        return [p["name"] for p in enrich("", "", text, None)["products"]]

    assert names("Chè Shan tuyết Lũng Phìn của HTX Chè Lũng Phìn đạt 4 sao.") == [
        "Chè Shan tuyết Lũng Phìn"
    ]
    assert "cao của Hà Giang" not in " ".join(names("Đặc sản vùng cao của Hà Giang rất đa dạng."))


def test_a_pending_star_is_not_the_products_rating():
    from indexer.nlp import enrich

    found = enrich("", "", "Gạo hữu cơ An Lỗ tiềm năng đạt 5 sao.", None)["products"]
    assert [(p["name"], p["star"]) for p in found] == [("Gạo hữu cơ An Lỗ", None)]
