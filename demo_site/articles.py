"""The demo site's articles: fictional OCOP news written for this project.

Names of people, cooperatives and companies are invented; provinces, programme names and
the kind of figures are realistic. ``build.py`` renders them into ``site/``.
Each article varies the metadata forms an extractor meets on real Vietnamese sites.
"""

from __future__ import annotations

# meta: "jsonld" (JSON-LD NewsArticle), "meta" (article:published_time only) or
# "visible" (only a date written on the page, in the given Vietnamese form).
# byline: how the author appears: ("bold", "MINH ANH"), ("label", "Thực hiện: …"),
# ("div", "Hoàng Long"), ("group", "Nhóm PV"), ("jsonld", "Thu Trang").

ARTICLES = [
    {
        "slug": "quang-ninh-co-them-42-san-pham-ocop-dat-4-sao",
        "section": ("ocop", "OCOP"),
        "title": "Quảng Ninh có thêm 42 sản phẩm OCOP đạt 4 sao",
        "lead": "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh Quảng Ninh vừa công nhận "
        "thêm 42 sản phẩm đạt 4 sao, nâng tổng số sản phẩm OCOP của tỉnh lên 1.054 sản phẩm.",
        "published": "2026-09-17T07:31:00+07:00",
        "meta": "jsonld",
        "byline": ("jsonld", "Thu Trang"),
        "body": [
            "Theo Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh, trong đợt đánh giá này có 180 sản "
            "phẩm được đánh giá, trong đó 42 sản phẩm đạt 4 sao (chiếm 23,3%) và 138 sản phẩm đạt "
            "3 sao. Nhiều sản phẩm lần đầu tham gia chương trình đến từ các huyện miền núi Bình "
            "Liêu, Ba Chẽ và Tiên Yên.",
            "## Sản phẩm chủ lực được nâng hạng",
            "Nổi bật là sản phẩm chả mực Hạ Long của Công ty TNHH Thực phẩm Vịnh Xanh, trà hoa "
            "vàng Ba Chẽ của HTX Dược liệu Đồng Lâm và miến dong Bình Liêu của HTX Miến dong "
            "Đồng Tâm. Đây đều là những sản phẩm đã có thị trường ổn định tại các tỉnh phía Bắc.",
            "Ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh Quảng Ninh, cho biết tính đến hết năm "
            "2025, toàn tỉnh có hơn 500 chủ thể tham gia chương trình, gồm 120 doanh nghiệp, 210 "
            "hợp tác xã và hơn 170 hộ sản xuất. Thu nhập bình quân của lao động tại các cơ sở "
            "sản xuất sản phẩm OCOP đạt 75 triệu đồng/người/năm.",
            "Năm 2026, tỉnh bố trí khoảng 45 tỷ đồng để hỗ trợ các chủ thể hoàn thiện bao bì, "
            "truy xuất nguồn gốc và xúc tiến thương mại, phấn đấu có thêm ít nhất 5 sản phẩm "
            "tiềm năng 5 sao gửi Trung ương đánh giá.",
        ],
        "image": (
            "cha-muc-ha-long.jpg",
            "Chả mực Hạ Long, một trong 42 sản phẩm đạt 4 sao đợt này.",
        ),
        "tags": ["OCOP", "Quảng Ninh", "sản phẩm 4 sao"],
    },
    {
        "slug": "bac-giang-vai-thieu-luc-ngan-va-chuong-trinh-moi-xa-mot-san-pham",
        "section": ("ocop", "OCOP"),
        "title": "Bắc Giang: Vải thiều Lục Ngạn dẫn đầu chương trình Mỗi xã một sản phẩm",
        "lead": "Sau 7 năm triển khai chương trình Mỗi xã một sản phẩm, Bắc Giang đã có 356 "
        "sản phẩm được công nhận, trong đó vải thiều Lục Ngạn là sản phẩm chủ lực.",
        "published": "2025-06-12T15:20:00+07:00",
        "meta": "meta",
        "byline": ("bold", "MINH ANH"),
        "body": [
            "Theo Văn phòng Điều phối nông thôn mới tỉnh Bắc Giang, giai đoạn 2019–2025 tỉnh có "
            "356 sản phẩm OCOP, trong đó 61 sản phẩm đạt 4 sao và 2 sản phẩm đạt 5 sao. Các sản "
            "phẩm tập trung ở nhóm thực phẩm và đồ uống.",
            "Vải thiều Lục Ngạn của HTX Nông sản Phượng Sơn đã xuất khẩu sang Nhật Bản, Hoa Kỳ và "
            "Úc. Năm nay, diện tích vải thiều của huyện Lục Ngạn đạt gần 16.000 ha với sản lượng "
            "dự kiến khoảng 100.000 tấn.",
            "Bà Trần Thị Hoa, Giám đốc HTX Nông sản Phượng Sơn, chia sẻ: nhờ tham gia chương "
            "trình, giá bán sản phẩm của hợp tác xã tăng 20% và tạo việc làm ổn định cho 85 lao "
            "động địa phương.",
            "Tỉnh Bắc Giang đặt mục tiêu đến năm 2026 có ít nhất 400 sản phẩm đạt từ 3 sao trở lên.",
        ],
        "image": ("vai-thieu-luc-ngan.jpg", "Thu hoạch vải thiều tại huyện Lục Ngạn."),
        "tags": ["OCOP", "Bắc Giang", "vải thiều"],
    },
    {
        "slug": "hue-phat-trien-san-pham-ocop-gan-voi-du-lich",
        "section": ("ocop", "OCOP"),
        "title": "Huế phát triển sản phẩm OCOP gắn với du lịch",
        "lead": "Thành phố Huế đang đẩy mạnh kết nối sản phẩm OCOP với các điểm du lịch, "
        "làng nghề truyền thống để tăng giá trị và thu hút du khách.",
        "published": "2026-03-05T09:00:00+07:00",
        "meta": "visible",
        "date_text": "Thứ năm, 05/03/2026, 09:00 (GMT+7)",
        "byline": ("label", "Thực hiện: Ngọc Hà - Văn Toàn"),
        "body": [
            "Sau khi trở thành thành phố trực thuộc Trung ương, Huế có 198 sản phẩm OCOP còn hiệu "
            "lực, trong đó 37 sản phẩm đạt 4 sao. Nhiều sản phẩm là đặc sản của vùng đất cố đô "
            "như mè xửng, tôm chua và trà cung đình.",
            "Tại làng nghề nón lá Phú Cam, HTX Nón lá Phú Cam đã đưa sản phẩm nón bài thơ đạt 4 sao "
            "vào phục vụ khách tham quan. Mỗi năm làng nghề đón khoảng 30.000 lượt khách.",
            "Ông Lê Văn Tâm, Giám đốc Sở Nông nghiệp và Môi trường thành phố Huế, cho biết địa "
            "phương hỗ trợ 2,5 tỷ đồng để xây dựng 12 điểm giới thiệu và bán sản phẩm OCOP tại "
            "các khu du lịch.",
            "Trước đó, trong giai đoạn 2021–2025, tỉnh Thừa Thiên Huế đã tổ chức 15 hội chợ, "
            "phiên chợ sản phẩm OCOP và ký kết 26 thỏa thuận hợp tác tiêu thụ sản phẩm.",
        ],
        "image": ("non-la-phu-cam.jpg", "Nón lá Phú Cam được trưng bày tại điểm du lịch."),
        "tags": ["OCOP", "Huế", "du lịch"],
    },
    {
        "slug": "dak-lak-ca-phe-dat-chuan-ocop-5-sao",
        "section": ("ocop", "OCOP"),
        "title": "Cà phê Đắk Lắk lần đầu có sản phẩm OCOP 5 sao",
        "lead": "Sản phẩm cà phê rang xay của một doanh nghiệp tại Buôn Ma Thuột vừa được "
        "Bộ Nông nghiệp và Môi trường công nhận đạt OCOP 5 sao cấp quốc gia.",
        "published": "2025-11-20T10:15:00+07:00",
        "meta": "jsonld",
        "byline": ("div", "Hoàng Long"),
        "body": [
            "Sản phẩm cà phê rang xay Ea Tu của Công ty CP Cà phê Cao Nguyên Xanh là sản phẩm đầu "
            "tiên của tỉnh Đắk Lắk đạt 5 sao. Sản phẩm được trồng theo quy trình hữu cơ trên diện "
            "tích 120 ha.",
            "Hiện toàn tỉnh Đắk Lắk có 248 sản phẩm OCOP, trong đó 45 sản phẩm đạt 4 sao. Tỉnh có "
            "khoảng 90 hợp tác xã và 40 doanh nghiệp tham gia chương trình.",
            "Theo ông Y Phương Niê, Phó Giám đốc Sở Công Thương tỉnh Đắk Lắk, doanh thu của các "
            "chủ thể OCOP năm 2025 ước đạt 1.200 tỷ đồng, tăng 15% so với năm trước.",
        ],
        "image": ("ca-phe-ea-tu.jpg", "Dây chuyền rang xay cà phê tại Buôn Ma Thuột."),
        "tags": ["OCOP", "Đắk Lắk", "cà phê"],
    },
    {
        "slug": "tp-hcm-hoi-cho-ocop-thu-hut-300-gian-hang",
        "section": ("kinh-te", "Kinh tế"),
        "title": "TP HCM: Hội chợ OCOP thu hút 300 gian hàng từ 34 tỉnh, thành",
        "lead": "Hội chợ sản phẩm OCOP và đặc sản vùng miền năm 2026 tại TP HCM quy tụ 300 gian "
        "hàng của các chủ thể đến từ khắp cả nước.",
        "published": "2026-10-24T18:45:00+07:00",
        "meta": "visible",
        "date_text": "Cập nhật: 18:45 ngày 24/10/2026",
        "byline": ("group", "Nhóm PV"),
        "body": [
            "Phát biểu khai mạc, ông Phạm Quốc Bảo, Phó Giám đốc Sở Công Thương TP HCM, cho biết cả "
            "nước hiện có hơn 17.000 sản phẩm OCOP, trong đó có 105 sản phẩm đạt 5 sao. TP HCM là "
            "thị trường tiêu thụ lớn nhất của các sản phẩm này.",
            "Riêng TP HCM có 96 sản phẩm OCOP, chủ yếu từ các huyện Củ Chi, Cần Giờ và Bình Chánh. "
            "Trong 4 ngày diễn ra hội chợ, ban tổ chức dự kiến đón khoảng 50.000 lượt khách.",
            "Bên lề hội chợ, 18 thỏa thuận hợp tác tiêu thụ sản phẩm đã được ký kết giữa các hệ "
            "thống phân phối và các hợp tác xã.",
        ],
        "image": ("hoi-cho-ocop-tphcm.jpg", "Khách tham quan gian hàng tại hội chợ."),
        "tags": ["OCOP", "TP HCM", "hội chợ"],
    },
    {
        "slug": "ha-giang-dac-san-vung-cao-nang-hang-ocop",
        "section": ("ocop", "OCOP"),
        "title": "Hà Giang nâng hạng đặc sản vùng cao",
        "lead": "Nhiều đặc sản vùng cao của Hà Giang như chè Shan tuyết, mật ong bạc hà đã "
        "được nâng hạng OCOP, mở ra cơ hội tiêu thụ ở thị trường lớn.",
        "published": "2024-08-31T08:00:00+07:00",
        "meta": "visible",
        "date_text": "Sáng 31 tháng 8 năm 2024",
        "byline": ("label", "Tin và ảnh: Thu Trang"),
        "body": [
            "Năm 2024, tỉnh Hà Giang có thêm 28 sản phẩm OCOP, nâng tổng số lên 215 sản phẩm. Chè "
            "Shan tuyết Lũng Phìn của HTX Chè Lũng Phìn và mật ong bạc hà Mèo Vạc của HTX Ong "
            "Mật Cao Nguyên đạt 4 sao.",
            "Ông Hoàng Văn Sùng, Chủ tịch UBND huyện Mèo Vạc, cho biết huyện có gần 2.000 hộ nuôi "
            "ong, thu nhập từ mật ong giúp nhiều hộ thoát nghèo.",
            "Tỉnh Hà Giang dành 12 tỷ đồng hỗ trợ chương trình trong năm 2024.",
        ],
        "image": ("mat-ong-bac-ha.jpg", "Mật ong bạc hà Mèo Vạc."),
        "tags": ["OCOP", "Hà Giang"],
    },
    {
        "slug": "nam-dinh-lang-nghe-va-san-pham-ocop",
        "section": ("ocop", "OCOP"),
        "title": "Nam Định: Làng nghề truyền thống góp mặt trong chương trình OCOP",
        "lead": "Các làng nghề truyền thống của Nam Định đóng góp gần một nửa số sản phẩm OCOP "
        "của tỉnh.",
        "published": "2025-02-14T16:40:00+07:00",
        "meta": "meta",
        "byline": ("bold", "NGỌC HÀ"),
        "body": [
            "Tỉnh Nam Định có 92 làng nghề truyền thống, trong đó 41 làng nghề có sản phẩm OCOP. "
            "Tổng số sản phẩm OCOP của tỉnh là 245 sản phẩm, trong đó 14 sản phẩm đạt 4 sao.",
            "Tương Nam Định của HTX Tương Bần Hải Hậu đạt 4 sao. Làng nghề tạo việc làm cho hơn "
            "30.000 lao động nông thôn.",
            "Giai đoạn 2021–2025, tỉnh đã hỗ trợ 8,6 tỷ đồng cho các chủ thể OCOP.",
        ],
        "image": ("tuong-ban.jpg", "Sản xuất tương tại Hải Hậu."),
        "tags": ["OCOP", "Nam Định", "làng nghề"],
    },
    {
        "slug": "dong-thap-san-pham-ocop-tu-sen",
        "section": ("ocop", "OCOP"),
        "title": "Đồng Tháp đa dạng hóa sản phẩm OCOP từ sen",
        "lead": "Từ cây sen, các hợp tác xã ở Đồng Tháp đã phát triển hàng chục sản phẩm đạt "
        "chuẩn OCOP.",
        "published": "2026-05-19T11:30:00+07:00",
        "meta": "jsonld",
        "byline": ("jsonld", "Lê Na"),
        "body": [
            "Đồng Tháp hiện có 386 sản phẩm OCOP, trong đó 46 sản phẩm chế biến từ sen như trà "
            "tim sen, hạt sen sấy và mứt sen. Trà sen Tháp Mười của HTX Sen Tháp Mười đạt 4 sao.",
            "Bà Nguyễn Thị Lan, Giám đốc HTX Sen Tháp Mười, cho biết hợp tác xã có 120 thành viên, "
            "doanh thu năm 2025 đạt 6,5 tỷ đồng.",
            "Tỉnh phấn đấu đến năm 2027 có ít nhất 20 sản phẩm đạt 4 sao từ sen.",
        ],
        "image": ("tra-sen.jpg", "Trà sen Tháp Mười."),
        "tags": ["OCOP", "Đồng Tháp", "sen"],
    },
    {
        "slug": "son-la-xuc-tien-tieu-thu-san-pham-ocop",
        "section": ("ocop", "OCOP"),
        "title": "Sơn La xúc tiến tiêu thụ sản phẩm OCOP",
        "lead": "Sơn La tổ chức chuỗi sự kiện xúc tiến thương mại đưa sản phẩm OCOP vào siêu "
        "thị và sàn thương mại điện tử.",
        "published": "2026-07-08T14:10:00+07:00",
        "meta": "visible",
        "date_text": "08/07/2026 14:10",
        "byline": ("div", "Quang Huy"),
        "body": [
            "Tỉnh Sơn La có 214 sản phẩm OCOP, trong đó 33 sản phẩm đạt 4 sao. Xoài, nhãn và cà "
            "phê là các nhóm sản phẩm chủ lực.",
            "Sáu tháng đầu năm 2026, tỉnh tổ chức 9 sự kiện xúc tiến thương mại và đưa 60 sản phẩm "
            "lên sàn thương mại điện tử.",
            "Nhãn sấy Sông Mã của HTX Nông sản Sông Mã đạt 4 sao và đang được xuất khẩu.",
        ],
        "image": ("nhan-say.jpg", "Nhãn sấy Sông Mã."),
        "tags": ["OCOP", "Sơn La"],
    },
    {
        "slug": "tai-ban-quang-ninh-them-42-san-pham-4-sao",
        "section": ("kinh-te", "Kinh tế"),
        "title": "Thêm 42 sản phẩm của Quảng Ninh đạt OCOP 4 sao",
        "lead": "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh Quảng Ninh vừa công nhận "
        "thêm 42 sản phẩm đạt 4 sao, nâng tổng số sản phẩm OCOP của tỉnh lên 1.054 sản phẩm.",
        "published": "2026-09-18T06:00:00+07:00",
        "meta": "meta",
        "byline": None,
        "attribution": "Báo Quảng Ninh",
        "syndicated_from": "quang-ninh-co-them-42-san-pham-ocop-dat-4-sao",
        "body": None,  # the original's body with one paragraph cut, see build.py
        "image": ("cha-muc-ha-long.jpg", "Chả mực Hạ Long."),
        "tags": ["OCOP", "Quảng Ninh"],
    },
    {
        "slug": "mua-lon-gay-ngap-cuc-bo-nhieu-tuyen-pho",
        "section": ("thoi-su", "Thời sự"),
        "title": "Mưa lớn gây ngập cục bộ nhiều tuyến phố",
        "lead": "Trận mưa lớn kéo dài hơn hai giờ chiều qua khiến nhiều tuyến phố ngập sâu, "
        "giao thông ùn tắc vào giờ cao điểm.",
        "published": "2026-10-02T19:05:00+07:00",
        "meta": "meta",
        "byline": ("bold", "PHƯƠNG THẢO"),
        "body": [
            "Theo Đài Khí tượng thủy văn khu vực, lượng mưa đo được tại trung tâm thành phố đạt "
            "gần 120 mm. Nhiều phương tiện chết máy khi đi qua các điểm ngập.",
            "Công ty thoát nước đã huy động 200 công nhân trực tại các điểm xung yếu và vận hành "
            "các trạm bơm tiêu thoát nước.",
            "Cơ quan khí tượng dự báo mưa dông còn tiếp diễn trong hai ngày tới.",
        ],
        "image": ("mua-ngap.jpg", "Người dân di chuyển qua tuyến phố ngập."),
        "tags": ["thời tiết", "giao thông"],
    },
    {
        "slug": "khoi-cong-tuyen-duong-ven-bien-moi",
        "section": ("kinh-te", "Kinh tế"),
        "title": "Khởi công tuyến đường ven biển dài 28 km",
        "lead": "Dự án tuyến đường ven biển có tổng vốn đầu tư 3.200 tỷ đồng được kỳ vọng tạo "
        "động lực phát triển kinh tế cho các huyện ven biển.",
        "published": "2026-04-15T08:30:00+07:00",
        "meta": "jsonld",
        "byline": ("jsonld", "Trần Bình"),
        "body": [
            "Tuyến đường có chiều dài 28 km, quy mô 4 làn xe, đi qua 9 xã. Dự án dự kiến hoàn "
            "thành vào năm 2028.",
            "Chủ đầu tư cho biết công tác giải phóng mặt bằng đã hoàn thành 85% diện tích.",
            "Lãnh đạo địa phương yêu cầu nhà thầu bảo đảm an toàn lao động và vệ sinh môi trường.",
        ],
        "image": ("duong-ven-bien.jpg", "Lễ khởi công tuyến đường."),
        "tags": ["hạ tầng", "giao thông"],
    },
]
