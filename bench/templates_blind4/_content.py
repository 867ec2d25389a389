"""Texts of the fourth blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image/audio captions: NOT body), byline, attribution ("Theo …"/
"Nguồn: …": not body), mid (headlines or product names of a mid-body box: chrome).
Texts avoid ASCII quotes so they read the same in HTML and in JSON-LD.
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Tuyên Quang công nhận thêm 19 sản phẩm OCOP sau đợt đánh giá quý IV",
    "Nước sông Lô lên nhanh, các bến đò ngang tạm dừng hoạt động",
    "Phiên chợ OCOP vùng cao thu hút đông khách dịp cuối tuần",
    "Khởi công cầu dân sinh nối hai thôn bên suối",
    "Chủ thể OCOP được hỗ trợ thiết kế tem nhãn và bao bì mới",
    "Giá lợn hơi giảm nhẹ, người chăn nuôi thận trọng tái đàn",
    "Sản phẩm OCOP 5 sao đầu tiên của tỉnh lên kệ sân bay Nội Bài",
    "Trường học vùng khó khăn nhận thêm thiết bị dạy tin học",
    "Hướng dẫn gia hạn giấy chứng nhận sản phẩm OCOP hết hiệu lực",
    "Nông dân trồng ngô sinh khối phục vụ chăn nuôi bò sữa",
    "Lễ hội mùa vàng trên ruộng bậc thang kéo dài đến hết tháng",
    "Hợp tác xã trẻ đưa trà túi lọc OCOP sang thị trường Nhật Bản",
    "Mở lại tuyến xe khách đêm sau thời gian sửa đường đèo",
    "Sàn thương mại điện tử mở gian hàng riêng cho sản phẩm OCOP miền núi",
    "Tiêm vắc xin phòng dại miễn phí cho chó mèo tại các xã",
    "Rét đậm đầu mùa, cảnh báo băng giá trên các đỉnh núi cao",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Lạng Sơn có thêm 15 sản phẩm đạt chuẩn sau đợt chấm điểm cuối năm",
        "Các sản phẩm mới được công nhận chủ yếu là hồi khô, na đóng hộp, thạch đen và rượu men "
        "lá; hai sản phẩm lần đầu đạt 4 sao nhờ cải tiến quy trình đóng gói.",
    ),
    (
        "Vựa cải bẹ xanh ven sông Hồng vào vụ thu hoạch sớm",
        "Thời tiết khô ráo giúp rau lên nhanh, nhiều hộ cắt bán sớm hơn mọi năm gần hai tuần, "
        "thương lái về tận ruộng thu mua với giá ổn định.",
    ),
    (
        "Hợp tác xã nấm Đông Anh mở lớp dạy trồng nấm rơm cho thanh niên",
        "Mỗi khóa học kéo dài ba tuần, học viên được hướng dẫn ủ rơm, giữ ẩm và phòng nấm mốc, "
        "sau khóa học có thể nhận phôi giống trả chậm của hợp tác xã.",
    ),
    (
        "Quảng Ninh đưa sản phẩm OCOP vào khu nghỉ dưỡng ven biển",
        "Các khu nghỉ dưỡng cam kết dành quầy trưng bày riêng ở sảnh, du khách có thể thử sản phẩm "
        "trước khi mua và đặt giao hàng về tận nhà sau chuyến đi.",
    ),
    (
        "Tàu cá Phú Quý trở về sau chuyến biển dài ngày",
        "Nhiều tàu cập cảng với khoang đầy cá ngừ và mực, ngư dân phấn khởi vì giá thu mua tại "
        "cảng cao hơn so với chuyến trước khoảng một phần mười.",
    ),
    (
        "Tập huấn livestream bán hàng cho chủ cơ sở sản xuất nhỏ",
        "Gần bảy mươi học viên được hướng dẫn dựng khung hình bằng điện thoại, chuẩn bị kịch bản "
        "giới thiệu ngắn gọn và xử lý đơn hàng sau phiên phát trực tiếp.",
    ),
    (
        "Trà Vinh liên kết tiêu thụ dừa sáp với doanh nghiệp chế biến",
        "Doanh nghiệp ký hợp đồng bao tiêu toàn bộ sản lượng của các tổ hợp tác, hỗ trợ cây giống "
        "và tập huấn kỹ thuật chăm sóc theo hướng hữu cơ.",
    ),
    (
        "Làng dệt thổ cẩm Mai Châu đón đoàn khách quốc tế đầu mùa",
        "Du khách được tự tay nhuộm chàm, dệt thử khung cửi và mua khăn, túi thổ cẩm làm quà; "
        "nhiều hộ mở thêm phòng nghỉ để phục vụ khách lưu trú.",
    ),
    (
        "Nghệ An nâng hạng 9 sản phẩm OCOP lên 4 sao",
        "Các sản phẩm được nâng hạng gồm nước mắm, tương, chè xanh và cam, đều đã hoàn thiện hồ sơ "
        "truy xuất nguồn gốc và cải tiến mẫu mã bao bì trong năm.",
    ),
    (
        "Nông dân Krông Pắc thu hoạch sầu riêng trái vụ",
        "Nhờ xử lý ra hoa sớm, nhiều vườn cho trái khi thị trường khan hàng, giá bán tại vườn cao "
        "hơn chính vụ đáng kể, thương lái đặt cọc từ khi trái còn non.",
    ),
    (
        "Đưa đặc sản vùng miền lên chuyến tàu du lịch Bắc - Nam",
        "Ngành đường sắt phối hợp với các tỉnh bố trí tủ trưng bày đặc sản trên toa hàng ăn, hành "
        "khách có thể đặt mua và nhận hàng tại ga đến.",
    ),
    (
        "Hội chợ nông sản an toàn mở cửa suốt ba ngày cuối tuần",
        "Hơn một trăm gian hàng của các hợp tác xã giới thiệu rau, quả, gạo và các sản phẩm OCOP, "
        "ban tổ chức bố trí khu nếm thử miễn phí cho người đi chợ.",
    ),
    (
        "Xã ven biển chuyển đổi ruộng nhiễm mặn sang nuôi tôm càng xanh",
        "Mô hình luân canh lúa và tôm giúp nông dân có thêm nguồn thu trong mùa khô, đồng thời "
        "hạn chế bỏ hoang những thửa ruộng bị nước mặn xâm nhập.",
    ),
    (
        "Ba cơ sở làm bánh truyền thống được hỗ trợ máy đóng gói",
        "Kinh phí hỗ trợ lấy từ chương trình khuyến công của tỉnh, giúp các cơ sở tăng năng suất, "
        "giữ bánh khô giòn lâu hơn và đủ điều kiện đưa hàng vào cửa hàng tiện lợi.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ 1. news agency (wire)
PAGES["thong_tan"] = {
    "long": {
        "title": "Cam sành vào mùa, hợp tác xã giữ được giá nhờ chứng nhận OCOP",
        "lead": "Vụ cam năm nay, nhiều hợp tác xã ở vùng cam phía bắc tỉnh không còn cảnh ngồi "
        "chờ thương lái ép giá. Nhãn OCOP, mã vùng trồng và những hợp đồng ký trước giúp nông "
        "dân bán được giá cao hơn năm ngoái.",
        "paras": [
            "Những ngày cuối tháng 11, trên các sườn đồi ở xã Tân Thành, từng tốp người hái cam "
            "gùi những sọt quả vàng xanh xuống con đường bê tông mới đổ. Xe tải của các đầu mối "
            "đã chờ sẵn ở chân đồi, nhưng cam phải được chở về kho sơ chế của hợp tác xã trước "
            "khi lên xe.",
            "Ông Hoàng Văn Thắng, Giám đốc Hợp tác xã cam sành Tân Thành, cho biết năm nay đơn "
            "vị có ba mươi tám hộ thành viên với hơn một trăm hai mươi héc ta cam đang cho quả. "
            "Sản lượng ước đạt khoảng hai nghìn tấn, trong đó gần một nửa đã có hợp đồng tiêu "
            "thụ từ tháng 9.",
            "## Từ quả cam chợ phiên đến kệ siêu thị",
            "Trước đây, cam của bà con chủ yếu bán cho thương lái ngay tại vườn. Giá lên xuống "
            "theo từng chuyến xe, có năm được mùa mà mất giá, nhiều hộ đành để quả rụng đầy gốc. "
            "Năm 2023, hợp tác xã đưa cam sành đi đánh giá và được công nhận OCOP 4 sao, mở "
            "đường cho những hợp đồng đầu tiên với một chuỗi siêu thị ở Hà Nội.",
            "Để giữ hạng sao, các hộ phải ghi nhật ký canh tác, chỉ dùng phân bón và thuốc bảo "
            "vệ thực vật trong danh mục được phép, ngừng phun thuốc trước thu hoạch đúng thời "
            "gian cách ly. Mỗi lô cam xuất kho đều dán tem truy xuất nguồn gốc, người mua quét "
            "mã là biết quả được hái ở vườn nào, ngày nào.",
            "Bà Lý Thị Hoa, một thành viên của hợp tác xã, kể rằng lúc đầu nhiều người thấy việc "
            "ghi chép phiền phức. “Giờ thì ai cũng quen rồi. Cam có tem, có hộp in nhãn nên "
            "thương lái cũng phải trả cao hơn, vì họ biết hàng mình đi được siêu thị”, bà nói.",
            "## Giá bán cao hơn, đầu ra ổn định hơn",
            "Theo số liệu của hợp tác xã, cam loại một bán cho siêu thị hiện có giá từ mười tám "
            "đến hai mươi hai nghìn đồng mỗi ki-lô-gam, cao hơn khoảng bốn nghìn đồng so với giá "
            "thương lái mua tại vườn. Cam loại hai được đưa vào xưởng ép nước của một doanh "
            "nghiệp trong tỉnh, quả nhỏ không còn bị bỏ đi như trước.",
            "Ngoài siêu thị, hợp tác xã còn mở gian hàng trên hai sàn thương mại điện tử và bán "
            "qua trang mạng xã hội của đơn vị. Những ngày cao điểm, tổ đóng gói gồm mười hai lao "
            "động nữ đóng khoảng bốn trăm hộp cam năm ki-lô-gam gửi đi các tỉnh.",
            "Đại diện Ủy ban nhân dân xã Tân Thành cho biết toàn xã hiện có bảy sản phẩm đạt "
            "chuẩn OCOP, trong đó cam sành là sản phẩm chủ lực. Xã đang hướng dẫn thêm hai tổ "
            "hợp tác hoàn thiện hồ sơ để đưa mật ong hoa cam và cam sấy dẻo đi đánh giá trong "
            "năm tới.",
            "## Giữ chất lượng khi diện tích tăng nhanh",
            "Dù đầu ra khả quan, ngành nông nghiệp địa phương lưu ý việc trồng mới ồ ạt trên đất "
            "dốc có thể làm đất bạc màu và phát sinh sâu bệnh. Nhiều vườn cam già cỗi đã bị bệnh "
            "vàng lá thối rễ, năng suất giảm mạnh, buộc phải chặt bỏ để trồng lại.",
            "Cán bộ khuyến nông khuyên các hộ trồng xen cây họ đậu, bón phân hữu cơ hoai mục và "
            "cho đất nghỉ sau mỗi chu kỳ cam. Hợp tác xã cũng đang thử nghiệm tưới nhỏ giọt trên "
            "mười héc ta, giúp tiết kiệm nước trong mùa khô.",
            "Ông Thắng cho biết mục tiêu của hợp tác xã là nâng sản phẩm lên 5 sao trong ba năm "
            "tới, đồng thời xây kho lạnh để kéo dài thời gian bán cam sang sau Tết Nguyên đán, "
            "khi giá thường cao nhất trong năm.",
        ],
        "captions": [
            "Người dân xã Tân Thành thu hoạch cam sành trên đồi.",
            "Cam được phân loại và dán tem truy xuất nguồn gốc tại kho của hợp tác xã.",
            "Tổ đóng gói chuẩn bị các hộp cam gửi đi Hà Nội.",
        ],
        "byline": "Quang Cường",
        "attribution": "",
        "mid": ["Cam sấy dẻo - hướng đi mới cho quả cam loại hai"],
    },
    "brief": {
        "title": "Tuyên Quang đánh giá, phân hạng 27 sản phẩm OCOP đợt cuối năm",
        "lead": "",
        "paras": [
            "Ngày 20/11, Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đã họp xét 27 sản "
            "phẩm của 21 chủ thể. Kết quả có 22 sản phẩm đạt từ 3 sao trở lên, trong đó bốn sản "
            "phẩm đạt 4 sao gồm chè xanh, mật ong, miến dong và rượu ngô men lá.",
            "Hội đồng đề nghị các chủ thể chưa đạt bổ sung hồ sơ truy xuất nguồn gốc và kết quả "
            "kiểm nghiệm để được xét lại trong đợt đầu năm sau.",
        ],
        "captions": [],
        "byline": "Thu Hằng",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Khánh thành cầu treo mới, học sinh hai thôn hết cảnh lội suối",
        "lead": "Cây cầu treo dài gần tám mươi mét bắc qua suối Ngòi Quẵng vừa được đưa vào sử "
        "dụng, giúp hơn ba trăm hộ dân đi lại an toàn trong mùa mưa lũ.",
        "paras": [
            "Cầu được xây dựng trong năm tháng với tổng kinh phí hơn bốn tỷ đồng, do một doanh "
            "nghiệp trong tỉnh tài trợ. Mặt cầu rộng một mét rưỡi, xe máy có thể đi qua, hai đầu "
            "cầu có đường bê tông nối vào trục đường chính của xã.",
            "Trước đây, mỗi khi nước suối dâng cao, hàng chục học sinh phải nghỉ học nhiều ngày "
            "liền vì không có đường sang trường. Nhiều phụ huynh phải cõng con lội qua những đoạn "
            "suối nông, rất nguy hiểm khi có lũ về bất ngờ.",
            "Phát biểu tại lễ khánh thành, lãnh đạo xã đề nghị người dân cùng giữ gìn cây cầu, "
            "không chở hàng quá tải trọng cho phép và báo ngay cho chính quyền khi phát hiện dây "
            "cáp hoặc mặt cầu có dấu hiệu hư hỏng.",
        ],
        "captions": ["Học sinh đi qua cầu treo mới trong ngày khánh thành."],
        "byline": "Việt Dũng",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 2. radio station
PAGES["phat_thanh"] = {
    "long": {
        "title": "Mận hậu sấy dẻo và câu chuyện làm OCOP của những người trẻ trên cao nguyên",
        "lead": "Từ những quả mận chín rụng không bán được, nhóm thanh niên ở một bản vùng cao "
        "đã học cách sấy dẻo, làm bao bì và đưa sản phẩm đạt chuẩn OCOP 3 sao chỉ sau hai năm.",
        "paras": [
            "Mùa mận năm 2022, giá mận hậu tại vườn có lúc chỉ còn hai nghìn đồng một cân. Anh "
            "Cầm Văn Minh, khi ấy vừa trở về bản sau mấy năm làm công nhân ở Bắc Ninh, chứng kiến "
            "cảnh cả đồi mận chín rụng đầy gốc mà không ai thu mua.",
            "Anh rủ thêm bốn người bạn cùng bản góp tiền mua một máy sấy nhỏ, mày mò thử sấy mận "
            "theo cách học được trên mạng. Những mẻ đầu tiên hỏng gần hết, quả thì cháy xém, quả "
            "thì còn ướt, để vài hôm đã lên mốc.",
            "## Học từ những mẻ sấy hỏng",
            "Sau nhiều lần thất bại, nhóm tìm đến cán bộ của trung tâm khuyến nông để được hướng "
            "dẫn cách chần mận, ngâm đường và điều chỉnh nhiệt độ theo từng giai đoạn. Mỗi mẻ sấy "
            "kéo dài gần hai ngày, người trực máy phải thức đêm để đảo khay đúng giờ.",
            "“Mình ghi hết vào một cuốn sổ, mẻ nào ngon thì đánh dấu, mẻ nào hỏng thì viết lý do. "
            "Đến khi cuốn sổ gần kín thì mận mới ra được màu đỏ sẫm, dẻo mà không dính tay”, anh "
            "Minh kể.",
            "Năm 2023, nhóm thành lập tổ hợp tác với tám thành viên, thu mua mận của gần bốn mươi "
            "hộ trong bản với giá cao hơn thương lái. Sản phẩm mận sấy dẻo đóng túi hai trăm gam, "
            "bao bì in hình hoa mận trắng do một thành viên trong nhóm tự thiết kế.",
            "## Tấm vé đưa mận bản xuống phố",
            "Tháng 6 năm nay, mận hậu sấy dẻo của tổ hợp tác được Hội đồng cấp tỉnh đánh giá đạt "
            "OCOP 3 sao. Có chứng nhận, sản phẩm được nhận vào hai cửa hàng đặc sản ở thành phố "
            "và một điểm dừng chân trên quốc lộ, nơi du khách thường ghé mua quà.",
            "Theo anh Minh, điều khó nhất khi làm hồ sơ OCOP là chuẩn hóa quy trình và kiểm "
            "nghiệm sản phẩm. Nhóm phải sửa lại nhà xưởng, lát nền, làm khu rửa riêng và mua tủ "
            "đựng bao bì để đạt yêu cầu về an toàn thực phẩm.",
            "Bà Lò Thị Xuân, một hộ bán mận cho tổ hợp tác, cho biết từ khi có nơi thu mua ổn "
            "định, gia đình bà không còn phải chặt bớt cây mận để trồng ngô như nhiều năm trước. "
            "Năm nay vườn mận của bà cho gần hai tấn quả, bán hết cho tổ với giá tám nghìn đồng "
            "một cân.",
            "## Mong muốn đi xa hơn",
            "Hiện mỗi năm tổ hợp tác chế biến khoảng mười hai tấn mận tươi, cho ra gần ba tấn "
            "thành phẩm. Nhóm đang thử làm thêm ô mai mận gừng và nước cốt mận để tận dụng những "
            "quả nhỏ, dự kiến đưa đi đánh giá OCOP vào năm sau.",
            "Cán bộ phụ trách chương trình OCOP của xã cho biết địa phương sẽ hỗ trợ tổ hợp tác "
            "tham gia các hội chợ trong và ngoài tỉnh, đồng thời kết nối với các sàn thương mại "
            "điện tử để mận bản có thêm kênh tiêu thụ.",
        ],
        "captions": [
            "Anh Cầm Văn Minh kể về những ngày đầu khởi nghiệp với quả mận.",
            "Nghe anh Minh chia sẻ về quy trình sấy mận.",
            "Mận hậu sấy dẻo đóng túi tại xưởng của tổ hợp tác.",
        ],
        "byline": "Phóng viên Thu Trang - Trọng Nghĩa",
        "attribution": "",
        "mid": ["Nông thôn ngày nay: Nghề sấy nông sản ở vùng cao"],
    },
    "brief": {
        "title": "Sơn La mở điểm giới thiệu sản phẩm OCOP tại bến xe liên tỉnh",
        "lead": "Từ ngày 25/11, hành khách đi qua bến xe trung tâm có thể mua các sản phẩm OCOP "
        "của tỉnh tại một ki-ốt mới.",
        "paras": [
            "Điểm giới thiệu trưng bày hơn sáu mươi sản phẩm như cà phê, chè, mận sấy, măng khô "
            "và thịt trâu gác bếp của ba mươi chủ thể. Hàng được thay đổi theo mùa, giá niêm yết "
            "rõ ràng, khách có thể thanh toán bằng mã quét.",
        ],
        "captions": [],
        "byline": "Hồng Nhung",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Học sinh bán trú vùng cao được bổ sung suất ăn sáng",
        "lead": "Bắt đầu từ tuần này, hơn một nghìn học sinh bán trú ở các trường vùng cao được "
        "nhận thêm suất ăn sáng miễn phí nhờ nguồn vận động xã hội.",
        "paras": [
            "Mỗi suất ăn gồm bát cháo hoặc xôi kèm sữa, do bếp ăn của nhà trường nấu từ sáu giờ "
            "sáng. Trước đây, nhiều em phải nhịn đói vào lớp vì nhà xa, đi học từ sớm mà gia "
            "đình không kịp chuẩn bị đồ ăn.",
            "Thầy hiệu trưởng một trường tiểu học cho biết sau mấy ngày có bữa sáng, học sinh "
            "tỉnh táo hơn trong các tiết đầu, số em xin về sớm vì mệt cũng giảm hẳn. Nhà trường "
            "đang vận động thêm phụ huynh góp rau, củi để duy trì bữa ăn lâu dài.",
        ],
        "captions": ["Giờ ăn sáng tại bếp ăn bán trú của trường."],
        "byline": "Phóng viên Lò Thanh",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 3. cooperative shop (Elementor)
PAGES["elementor_htx"] = {
    "long": {
        "title": "Tỏi cô đơn trên ruộng cát và chặng đường lên 4 sao OCOP của hợp tác xã",
        "lead": "Hơn mười năm trồng tỏi trên đảo, chúng tôi hiểu rằng củ tỏi ngon thôi chưa đủ. "
        "Phải có quy trình, có nhãn mác và có người mua tin tưởng thì cây tỏi mới nuôi được "
        "người trồng.",
        "paras": [
            "Hợp tác xã chúng tôi được thành lập năm 2016 với mười bốn hộ thành viên, phần lớn là "
            "những gia đình đã trồng tỏi trên đảo qua ba, bốn thế hệ. Đất ở đây là cát trộn đá "
            "núi lửa, mỗi vụ phải rải thêm một lớp cát trắng mới vớt từ biển lên để giữ ẩm cho "
            "gốc tỏi.",
            "Tỏi cô đơn là loại củ chỉ có một tép, chiếm chưa tới một phần năm sản lượng mỗi vụ. "
            "Vì hiếm nên nó thường được bán giá cao, nhưng cũng vì thế mà thị trường tràn lan "
            "tỏi trôi nổi, có nơi trộn tỏi từ nơi khác vào rồi gắn tên đảo để bán.",
            "## Bắt đầu từ cuốn sổ ghi chép",
            "Khi quyết định làm hồ sơ OCOP, việc đầu tiên hợp tác xã làm là phát cho mỗi hộ một "
            "cuốn sổ để ghi ngày xuống giống, ngày tưới, loại phân bón và ngày thu hoạch. Ban "
            "đầu nhiều cô chú lớn tuổi ngại viết, các cháu trong nhà phải ghi giúp, dần dần thành "
            "thói quen chung.",
            "Chúng tôi cũng thống nhất không dùng thuốc diệt cỏ trên ruộng, chỉ bón phân chuồng "
            "ủ hoai và một lượng nhỏ phân vô cơ theo hướng dẫn của kỹ sư nông nghiệp. Mỗi vụ, "
            "mẫu tỏi được gửi đi kiểm nghiệm dư lượng trước khi đóng gói.",
            "## Bao bì mới và tem truy xuất",
            "Năm 2024, sản phẩm tỏi cô đơn của hợp tác xã được công nhận OCOP 3 sao. Sau đó chúng "
            "tôi đầu tư máy sấy, khu phân loại có mái che và in lại túi lưới, hộp quà có mã truy "
            "xuất. Người mua quét mã sẽ thấy tên hộ trồng, thửa ruộng và ngày thu hoạch của từng "
            "lô tỏi.",
            "Đến đợt đánh giá tháng 9 năm nay, sản phẩm được nâng lên 4 sao. Hội đồng đánh giá "
            "ghi nhận hợp tác xã đã tổ chức được chuỗi từ sản xuất đến tiêu thụ, có câu chuyện "
            "sản phẩm rõ ràng và tỷ lệ thành viên tham gia ổn định.",
            "Cùng với tỏi củ, hợp tác xã thử làm tỏi đen lên men từ những củ nhỏ không đủ chuẩn "
            "đóng hộp. Mỗi mẻ ủ mất khoảng bốn tuần, tỏi chuyển sang màu đen, vị ngọt dịu và "
            "không còn hăng như tỏi tươi.",
            "## Bán hàng trực tuyến và những đơn hàng đầu tiên",
            "Trang web này được chúng tôi lập từ đầu năm để khách ở xa có thể đặt hàng trực tiếp, "
            "không phải qua trung gian. Mỗi đơn được đóng gói ngay tại kho của hợp tác xã rồi gửi "
            "theo tàu cao tốc vào đất liền trong ngày.",
            "Mùa cao điểm cuối năm, tổ đóng gói có tám người làm luân phiên, mỗi ngày gửi đi từ "
            "hai đến ba trăm đơn. Khách quen nhiều nhất là các gia đình ở Đà Nẵng, Thành phố Hồ "
            "Chí Minh và một số cửa hàng đặc sản ở Hà Nội.",
            "Chúng tôi biết con đường phía trước còn dài. Mục tiêu của hợp tác xã là mở rộng "
            "vùng trồng theo quy trình chung lên năm mươi hộ, giữ giá thu mua ổn định cho thành "
            "viên và giữ cho củ tỏi của đảo được bán đúng tên của nó.",
        ],
        "captions": [
            "Thành viên hợp tác xã phủ cát trắng lên ruộng tỏi mới xuống giống.",
            "Tỏi cô đơn được phân loại bằng tay trước khi đóng túi lưới.",
            "Hộp quà tỏi đen lên men có in mã truy xuất nguồn gốc.",
        ],
        "byline": "Ban điều hành HTX",
        "attribution": "",
        "mid": ["Tỏi cô đơn Lý Sơn túi lưới 500g", "Tỏi đen lên men hũ 250g"],
    },
    "brief": {
        "title": "Hợp tác xã nhận đặt hộp quà tỏi OCOP cho dịp Tết",
        "lead": "",
        "paras": [
            "Từ nay đến hết tháng 12, hợp tác xã nhận đặt trước hộp quà tỏi cô đơn và tỏi đen "
            "đạt chuẩn OCOP 4 sao cho cơ quan, doanh nghiệp. Mỗi hộp có thiệp chúc Tết, có thể in "
            "logo của đơn vị đặt hàng nếu đặt từ năm mươi hộp.",
            "Đơn đặt trước được giao từ ngày 5/1 để kịp biếu tặng. Khách vui lòng để lại số điện "
            "thoại, nhân viên sẽ gọi xác nhận trong ngày.",
        ],
        "captions": [],
        "byline": "Ban điều hành HTX",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Thông báo tạm dừng giao hàng trong những ngày biển động",
        "lead": "",
        "paras": [
            "Do ảnh hưởng của gió mùa đông bắc, các chuyến tàu cao tốc ra vào đảo tạm ngừng chạy "
            "từ ngày 22 đến hết ngày 25/11. Trong thời gian này, hợp tác xã vẫn nhận đơn trên "
            "trang web nhưng chưa thể gửi hàng vào đất liền.",
            "Các đơn đã thanh toán sẽ được ưu tiên gửi ngay trong chuyến tàu đầu tiên khi biển "
            "êm trở lại. Quý khách cần hủy đơn hoặc đổi địa chỉ nhận hàng xin nhắn tin qua số "
            "điện thoại ở cuối trang, chúng tôi sẽ hoàn tiền trong vòng ba ngày làm việc.",
            "Mong quý khách thông cảm và cảm ơn mọi người đã luôn ủng hộ bà con trồng tỏi trên "
            "đảo trong suốt thời gian qua.",
        ],
        "captions": ["Tàu cao tốc neo đậu tránh gió tại cảng."],
        "byline": "Ban điều hành HTX",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 4. client-rendered app (JSON-LD body)
PAGES["spa_jsonld"] = {
    "long": {
        "title": "Ba khía muối ven rừng đước thành sản phẩm OCOP, giữ nghề cho làng ven biển",
        "lead": "Món ba khía muối vốn chỉ là thức ăn quen của người dân ven rừng đước nay đã có "
        "nhãn hiệu, có hạng sao OCOP và theo những chuyến xe lên thành phố, giúp nhiều gia đình "
        "có thu nhập ổn định quanh năm.",
        "paras": [
            "Khi con nước ròng, những bãi bùn ven rừng đước ở xã Tân Ân lộ ra hàng nghìn hang ba "
            "khía nhỏ. Người dân đi bắt từ chập tối, mang theo đèn pin và thùng nhựa, đến gần "
            "nửa đêm mới về, mỗi người được chừng năm đến bảy ký.",
            "Bà Trần Thị Năm, chủ một cơ sở muối ba khía có hơn hai mươi năm trong nghề, kể rằng "
            "trước đây ba khía chủ yếu được muối trong lu để nhà ăn dần hoặc bán lẻ ngoài chợ. "
            "Giá bán thấp, lại khó bảo quản, nhiều mẻ để lâu bị mặn quá hoặc có mùi lạ.",
            "Bốn năm trước, cơ sở của bà được hướng dẫn làm hồ sơ tham gia chương trình OCOP. Để "
            "đạt yêu cầu, bà phải xây lại khu chế biến, lát gạch men, có bồn rửa riêng và kho "
            "chứa thoáng mát, đồng thời ghi chép lại công thức muối vốn chỉ nằm trong trí nhớ.",
            "Công thức ấy gồm muối hột, nước sạch đun sôi để nguội và tỷ lệ ngâm được tính theo "
            "từng mẻ. Ba khía sau khi rửa sạch bùn được ngâm trong nước muối khoảng một ngày "
            "đêm, sau đó để ráo và đóng hũ, khi ăn mới trộn tỏi ớt, đường và chanh.",
            "Năm 2024, sản phẩm ba khía muối của cơ sở đạt OCOP 3 sao. Từ một cơ sở làm theo mùa, "
            "nay xưởng nhỏ của bà hoạt động quanh năm với mười lao động, phần lớn là phụ nữ trong "
            "xóm. Mỗi tháng cơ sở bán ra khoảng hai tấn thành phẩm.",
            "Theo chị Lê Thị Kiều, một lao động của cơ sở, trước kia chị phải đi làm thuê theo "
            "mùa ở các vuông tôm, thu nhập bấp bênh. Giờ mỗi ngày chị làm việc tám tiếng ở xưởng, "
            "được trả lương cố định và có bảo hiểm, chiều về vẫn kịp đón con đi học.",
            "Sản phẩm hiện được bán ở các cửa hàng đặc sản trong tỉnh, một chuỗi cửa hàng thực "
            "phẩm sạch ở Thành phố Hồ Chí Minh và trên các sàn thương mại điện tử. Mùa Tết, đơn "
            "hàng tăng gấp ba, cơ sở phải thuê thêm người đóng gói.",
            "Ông Phan Văn Hiếu, cán bộ phụ trách nông nghiệp của xã, cho biết địa phương hiện có "
            "năm sản phẩm OCOP, chủ yếu từ thủy sản như khô cá, tôm khô và ba khía. Xã đang phối "
            "hợp với các hộ dân ven rừng quy định mùa khai thác để nguồn ba khía không bị cạn "
            "kiệt.",
            "Theo ông Hiếu, mỗi năm người dân chỉ nên bắt ba khía vào những tháng cao điểm, tránh "
            "mùa sinh sản, đồng thời không đào phá hang hay chặt cây đước. Giữ rừng cũng là giữ "
            "nguồn nguyên liệu cho chính các cơ sở chế biến.",
            "Bà Năm đang tính làm thêm dòng sản phẩm ba khía trộn sẵn đóng hũ nhỏ, tiện cho người "
            "mua làm quà. Bà hy vọng trong vài năm tới sản phẩm sẽ được nâng lên 4 sao và có thể "
            "theo chân các doanh nghiệp đi giới thiệu ở nước ngoài.",
        ],
        "captions": [
            "Người dân bắt ba khía trên bãi bùn ven rừng đước lúc chập tối.",
            "Ba khía muối đóng hũ tại xưởng của cơ sở.",
        ],
        "byline": "Minh Khang",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Cà Mau công nhận thêm 12 sản phẩm đạt chuẩn OCOP",
        "lead": "Ủy ban nhân dân tỉnh vừa ban hành quyết định công nhận 12 sản phẩm đạt chuẩn "
        "OCOP năm 2026.",
        "paras": [
            "Trong số này có hai sản phẩm đạt 4 sao là tôm khô và mật ong rừng tràm, mười sản "
            "phẩm còn lại đạt 3 sao gồm khô cá, bánh phồng tôm, ba khía muối và mắm các loại. "
            "Các chủ thể có sản phẩm được công nhận sẽ được hỗ trợ tham gia hội chợ và in tem "
            "truy xuất nguồn gốc.",
        ],
        "captions": [],
        "byline": "Ngọc Hân",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Triều cường dâng cao, nhiều tuyến đường ven sông ngập sâu",
        "lead": "Đỉnh triều cường những ngày qua vượt mức báo động ba, nước tràn qua bờ kè, làm "
        "ngập nhiều tuyến đường và khu dân cư ven sông.",
        "paras": [
            "Tại một số khu vực trũng, nước ngập sâu từ ba mươi đến năm mươi phân vào giờ cao "
            "điểm buổi chiều, nhiều xe máy chết máy giữa đường. Các hộ kinh doanh ven sông phải "
            "kê cao hàng hóa, đắp bao cát trước cửa để ngăn nước.",
            "Cơ quan khí tượng thủy văn dự báo triều cường còn duy trì ở mức cao đến cuối tuần. "
            "Chính quyền địa phương khuyến cáo người dân hạn chế đi lại qua các đoạn đường ngập, "
            "chú ý an toàn điện và theo dõi thông báo lịch triều hằng ngày.",
        ],
        "captions": ["Người dân dắt xe qua đoạn đường ngập do triều cường."],
        "byline": "Hoàng Phúc",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 5. trade department portal (DNN, Word-pasted text)
PAGES["dnn_congthuong"] = {
    "long": {
        "title": "Hội nghị kết nối cung cầu, xúc tiến tiêu thụ sản phẩm OCOP năm 2026",
        "lead": "Ngày 19/11, Sở Công Thương phối hợp với các hiệp hội doanh nghiệp tổ chức hội "
        "nghị kết nối cung cầu, tạo điều kiện để các chủ thể OCOP gặp gỡ trực tiếp nhà phân "
        "phối, siêu thị và doanh nghiệp xuất khẩu.",
        "paras": [
            "Tham dự hội nghị có đại diện lãnh đạo Sở Công Thương, Sở Nông nghiệp và Môi trường, "
            "gần một trăm doanh nghiệp phân phối, bán lẻ trong và ngoài tỉnh cùng hơn một trăm "
            "năm mươi hợp tác xã, cơ sở sản xuất có sản phẩm đạt chuẩn OCOP.",
            "Báo cáo tại hội nghị cho biết, đến hết tháng 10 năm 2026, toàn tỉnh có 512 sản phẩm "
            "được công nhận OCOP, trong đó 96 sản phẩm đạt 4 sao và 3 sản phẩm đạt 5 sao. Các nhóm "
            "sản phẩm chủ lực gồm thực phẩm chế biến, đồ uống, thảo dược và thủ công mỹ nghệ.",
            "## Kết quả xúc tiến thương mại",
            "Trong năm, Sở đã hỗ trợ các chủ thể tham gia 14 hội chợ, triển lãm trong nước và 2 "
            "đợt giới thiệu sản phẩm tại nước ngoài. Nhiều sản phẩm như nước mắm, cam, chè xanh, "
            "tương và nhút đã có mặt ổn định trong hệ thống siêu thị lớn và các cửa hàng tiện lợi.",
            "Cùng với kênh truyền thống, việc bán hàng trên môi trường số được đẩy mạnh. Hơn hai "
            "trăm sản phẩm OCOP đã được đưa lên các sàn thương mại điện tử, nhiều chủ thể tự tổ "
            "chức bán hàng trực tiếp qua mạng xã hội với doanh thu tăng đáng kể so với năm trước.",
            "Tuy nhiên, báo cáo cũng chỉ ra những hạn chế như quy mô sản xuất nhỏ, sản lượng "
            "không đều giữa các mùa vụ, bao bì chưa phù hợp với yêu cầu của hệ thống phân phối "
            "hiện đại và nhiều chủ thể chưa quen với việc ký kết hợp đồng dài hạn.",
            "## Ý kiến của doanh nghiệp phân phối",
            "Đại diện một chuỗi siêu thị cho rằng khách hàng ngày càng quan tâm đến sản phẩm địa "
            "phương có nguồn gốc rõ ràng. Tuy vậy, để hàng được lên kệ lâu dài, các chủ thể cần "
            "bảo đảm nguồn cung ổn định, giá bán hợp lý và đáp ứng đầy đủ hồ sơ chất lượng.",
            "Một doanh nghiệp xuất khẩu nông sản đề nghị các hợp tác xã chú trọng tiêu chuẩn vệ "
            "sinh an toàn thực phẩm, mã số vùng trồng và nhãn hàng hóa bằng tiếng Anh nếu muốn đưa "
            "sản phẩm ra nước ngoài.",
            "## Ký kết biên bản hợp tác",
            "Tại hội nghị, 37 biên bản ghi nhớ hợp tác đã được ký kết giữa các chủ thể OCOP với "
            "doanh nghiệp phân phối, tổng giá trị dự kiến hơn 60 tỷ đồng. Các sản phẩm được quan "
            "tâm nhiều nhất là nước mắm, cam, gạo đặc sản, mật ong và các loại trà thảo dược.",
            "Phát biểu kết luận, lãnh đạo Sở Công Thương đề nghị các chủ thể chủ động nâng cao "
            "chất lượng, đổi mới bao bì và tham gia đầy đủ các chương trình xúc tiến. Sở sẽ tiếp "
            "tục tổ chức các phiên kết nối định kỳ, hỗ trợ đưa sản phẩm vào các kênh phân phối "
            "hiện đại và sàn thương mại điện tử trong năm 2027.",
        ],
        "captions": ["Các đại biểu tham quan khu trưng bày sản phẩm OCOP bên lề hội nghị."],
        "byline": "Phòng Quản lý thương mại",
        "attribution": "",
        "mid": [],
        "files": [
            ("Bao-cao-ket-qua-xuc-tien-thuong-mai-san-pham-OCOP-2026.pdf", "1,8 MB", 64),
            ("Danh-sach-chu-the-OCOP-tham-gia-ket-noi.xlsx", "212 KB", 41),
        ],
    },
    "brief": {
        "title": "Mời các chủ thể OCOP đăng ký gian hàng tại Hội chợ Thương mại Bắc Trung Bộ",
        "lead": "",
        "paras": [
            "Sở Công Thương thông báo mời các hợp tác xã, doanh nghiệp và hộ sản xuất có sản "
            "phẩm đạt chuẩn OCOP đăng ký tham gia Hội chợ Thương mại khu vực Bắc Trung Bộ, diễn "
            "ra từ ngày 18 đến 22/12/2026.",
            "Các đơn vị tham gia được hỗ trợ toàn bộ chi phí thuê gian hàng tiêu chuẩn. Hồ sơ đăng "
            "ký gửi về Phòng Quản lý thương mại trước ngày 5/12/2026 theo mẫu đính kèm.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "",
        "mid": [],
        "files": [("Mau-dang-ky-gian-hang-hoi-cho-OCOP.docx", "48 KB", 27)],
    },
    "non_ocop": {
        "title": "Tăng cường kiểm tra hoạt động kinh doanh xăng dầu dịp cuối năm",
        "lead": "Sở Công Thương vừa có văn bản đề nghị các đơn vị liên quan tăng cường kiểm tra, "
        "giám sát hoạt động kinh doanh xăng dầu trên địa bàn tỉnh trong những tháng cuối năm.",
        "paras": [
            "Theo đó, các thương nhân đầu mối, thương nhân phân phối và cửa hàng bán lẻ phải bảo "
            "đảm nguồn hàng, không được tự ý ngừng bán hoặc hạn chế lượng bán khi chưa có lý do "
            "chính đáng. Cửa hàng tạm ngừng kinh doanh phải báo cáo và niêm yết thông báo tại cửa "
            "hàng.",
            "Đoàn kiểm tra liên ngành sẽ tập trung kiểm tra chất lượng xăng dầu, đo lường tại cột "
            "bơm, niêm yết giá và việc xuất hóa đơn điện tử cho từng lần bán hàng. Các trường hợp "
            "vi phạm sẽ được xử lý nghiêm theo quy định hiện hành.",
        ],
        "captions": [],
        "byline": "Phòng Quản lý năng lượng",
        "attribution": "",
        "mid": [],
        "files": [("Cong-van-so-2418-SCT-QLNL.pdf", "356 KB", 19)],
    },
}

# ------------------------------------------------------------------ 6. commune blog on Blogger
PAGES["blogspot_xa"] = {
    "long": {
        "title": "Long nhãn làng Tống Trân vào mùa sấy cuối năm",
        "lead": "Những ngày này, đi qua các thôn trồng nhãn trong xã, ở đâu cũng thấy khói lò "
        "sấy và mùi ngọt của long nhãn. Sản phẩm long nhãn của hợp tác xã đã đạt OCOP 4 sao và "
        "đang chuẩn bị cho mùa hàng Tết.",
        "paras": [
            "Vụ nhãn chính năm nay kết thúc từ giữa tháng 8, nhưng các lò sấy trong xã vẫn đỏ lửa "
            "đến tận cuối năm nhờ nhãn muộn thu mua từ các vùng lân cận. Mỗi lò sấy được khoảng "
            "ba tạ quả tươi một mẻ, sau hai ngày đêm cho ra chừng mười hai cân long.",
            "Làm long nhãn là việc tỉ mỉ. Nhãn sau khi sấy lần đầu được bóc vỏ, khoét hạt bằng "
            "dao nhỏ, rồi đem sấy tiếp đến khi cùi nhãn chuyển màu nâu vàng, dẻo và không dính "
            "tay. Những người thợ lành nghề trong thôn một ngày bóc được ba, bốn chục cân nhãn.",
            "Hợp tác xã nông nghiệp của xã hiện có hai mươi sáu hộ tham gia làm long nhãn theo "
            "một quy trình chung. Từ năm 2023, long nhãn của hợp tác xã được công nhận OCOP 3 "
            "sao, đến đầu năm nay thì được nâng lên 4 sao sau khi đầu tư thêm lò sấy bằng điện và "
            "khu đóng gói riêng.",
            "Bà Đỗ Thị Lan, thành viên hợp tác xã, cho biết sấy bằng lò điện giữ được màu long "
            "đẹp và đều hơn so với lò than trước đây, lại không bị ám khói. Mỗi cân long loại "
            "một hiện bán được từ ba trăm đến ba trăm rưỡi nghìn đồng, cao hơn nhiều so với bán "
            "nhãn tươi.",
            "Ngoài long nhãn, hợp tác xã còn làm chè long nhãn hạt sen và nhãn sấy nguyên quả "
            "đóng túi. Sản phẩm được bán tại cửa hàng của hợp tác xã, các hội chợ trong tỉnh và "
            "gửi đi theo đơn đặt hàng của khách quen ở Hà Nội.",
            "Theo Ủy ban nhân dân xã, toàn xã hiện có hơn bốn trăm héc ta nhãn, trong đó nhiều "
            "vườn đã được chuyển sang giống nhãn chín muộn để kéo dài mùa thu hoạch. Xã khuyến "
            "khích các hộ tham gia hợp tác xã để cùng sử dụng nhãn hiệu và tem truy xuất chung.",
            "Thời gian tới, xã sẽ phối hợp với hợp tác xã xây dựng thêm một điểm giới thiệu sản "
            "phẩm OCOP gần trục đường tỉnh, đón khách du lịch ghé thăm vườn nhãn và xem cách làm "
            "long nhãn truyền thống. Đây cũng là cách để người trẻ trong làng thấy được giá trị "
            "của nghề mà ở lại quê lập nghiệp.",
            "Những ai muốn đặt mua long nhãn làm quà Tết có thể liên hệ trực tiếp với hợp tác xã "
            "hoặc qua bộ phận một cửa của xã để được hướng dẫn.",
        ],
        "captions": [
            "Thợ bóc long nhãn tại một lò sấy trong thôn.",
            "Long nhãn đóng gói có tem truy xuất của hợp tác xã.",
        ],
        "byline": "Ban biên tập trang tin xã",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Xã mở lớp hướng dẫn làm hồ sơ sản phẩm OCOP",
        "lead": "",
        "paras": [
            "Sáng 20/11, Ủy ban nhân dân xã phối hợp với cán bộ khuyến nông tỉnh mở lớp hướng "
            "dẫn làm hồ sơ đánh giá sản phẩm OCOP cho các hộ sản xuất trên địa bàn. Hơn ba mươi "
            "học viên được hướng dẫn cách ghi chép quy trình, chuẩn bị hồ sơ kiểm nghiệm và xây "
            "dựng câu chuyện sản phẩm.",
            "Các hộ có nhu cầu đăng ký tham gia đợt đánh giá năm 2027 liên hệ bộ phận một cửa của "
            "xã.",
        ],
        "captions": [],
        "byline": "Ban biên tập trang tin xã",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Lịch tiêm chủng mở rộng tháng 12 tại trạm y tế xã",
        "lead": "",
        "paras": [
            "Trạm y tế xã thông báo lịch tiêm chủng mở rộng tháng 12 sẽ diễn ra vào ngày 8 và "
            "ngày 9/12, từ bảy giờ rưỡi sáng. Đối tượng là trẻ dưới một tuổi, trẻ mười tám tháng "
            "tuổi và phụ nữ có thai theo danh sách của các thôn.",
            "Phụ huynh nhớ mang theo sổ tiêm chủng hoặc mã định danh của trẻ, cho trẻ ăn no trước "
            "khi đến trạm và ở lại theo dõi ba mươi phút sau khi tiêm. Trẻ đang sốt hoặc mới ốm "
            "dậy cần báo cho cán bộ y tế để được khám sàng lọc trước.",
            "Mọi thắc mắc xin liên hệ trạm y tế xã trong giờ hành chính.",
        ],
        "captions": [],
        "byline": "Ban biên tập trang tin xã",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 7. news aggregator (copied article)
PAGES["tong_hop"] = {
    "long": {
        "title": "Từ đồng sen Tháp Mười, bảy sản phẩm OCOP đến tay người tiêu dùng",
        "lead": "Không chỉ là cảnh đẹp níu chân du khách, cây sen ở vùng Tháp Mười đang trở thành "
        "nguồn nguyên liệu cho bảy sản phẩm OCOP, từ trà tim sen, hạt sen sấy đến sữa hạt sen "
        "đóng chai.",
        "paras": [
            "Tháng 11, nước trên đồng đã rút dần. Những cánh đồng sen ven kênh vẫn còn lác đác "
            "bông muộn, nhưng mùa thu hoạch chính đã qua. Trong xưởng chế biến của một hợp tác "
            "xã ở xã Mỹ Hòa, hàng chục lao động đang tách hạt, lấy tim sen và phơi trên những "
            "tấm lưới lớn.",
            "Ông Nguyễn Văn Tư, giám đốc hợp tác xã, cho biết mỗi năm đơn vị thu mua khoảng "
            "ba trăm tấn gương sen tươi của các hộ thành viên. Từ nguồn nguyên liệu này, hợp tác "
            "xã làm ra hạt sen sấy, trà tim sen và trà lá sen, trong đó hai sản phẩm đã đạt OCOP "
            "4 sao.",
            "## Mỗi bộ phận của cây sen đều có giá trị",
            "Theo ông Tư, trước đây người trồng sen chỉ bán gương sen tươi hoặc bông sen cho "
            "thương lái, phần lá và tim sen gần như bỏ đi. Khi chuyển sang chế biến, gần như mọi "
            "bộ phận của cây sen đều được tận dụng, từ ngó sen, lá sen đến tim sen và hạt.",
            "Tim sen sau khi tách được phơi khô rồi sao nhẹ, đóng hộp làm trà. Lá sen non được "
            "thái nhỏ, sấy khô, dùng pha nước uống. Hạt sen loại đẹp được sấy giòn đóng túi, loại "
            "nhỏ hơn chuyển sang nấu sữa hạt sen.",
            "Sản phẩm sữa hạt sen đóng chai là sản phẩm mới nhất của hợp tác xã, được công nhận "
            "OCOP 3 sao trong năm nay. Để làm được sản phẩm này, hợp tác xã phải đầu tư dây "
            "chuyền tiệt trùng và phối hợp với một trường đại học để xây dựng công thức bảo quản "
            "không dùng chất phụ gia.",
            "## Sen gắn với du lịch",
            "Bên cạnh chế biến, nhiều hộ trồng sen còn làm du lịch. Du khách đến đây có thể chèo "
            "xuồng giữa đồng sen, thử hái gương sen, học cách lấy tim sen và thưởng thức các món "
            "ăn nấu từ sen. Sau mỗi chuyến tham quan, phần lớn khách đều mua sản phẩm làm quà.",
            "Bà Lê Thị Sáu, chủ một điểm du lịch đồng sen, cho biết mùa cao điểm mỗi ngày điểm "
            "của bà đón từ ba đến bốn trăm khách. Doanh thu từ bán sản phẩm sen ở quầy lưu niệm "
            "chiếm gần một nửa tổng thu của gia đình.",
            "## Hướng tới vùng nguyên liệu ổn định",
            "Ngành nông nghiệp địa phương cho biết diện tích sen toàn vùng hiện vào khoảng một "
            "nghìn hai trăm héc ta. Tuy nhiên, phần lớn diện tích vẫn canh tác nhỏ lẻ, giống sen "
            "chưa đồng đều nên năng suất và chất lượng hạt còn chênh lệch giữa các hộ.",
            "Thời gian tới, địa phương sẽ hỗ trợ các hợp tác xã xây dựng vùng nguyên liệu tập "
            "trung, chọn lọc giống sen cho hạt to và tim nhiều, đồng thời tiếp tục hướng dẫn các "
            "chủ thể hoàn thiện hồ sơ để nâng hạng sao cho sản phẩm từ sen.",
        ],
        "captions": [
            "Lao động hợp tác xã tách hạt sen tại xưởng chế biến.",
            "Du khách chèo xuồng tham quan đồng sen Tháp Mười.",
        ],
        "byline": "Hữu Nghĩa",
        "attribution": "Báo Đất Sen",
        "mid": ["Làng nghề đan lục bình tất bật vào mùa hàng Tết"],
    },
    "brief": {
        "title": "Đồng Tháp có thêm 18 sản phẩm đạt chuẩn OCOP",
        "lead": "Ủy ban nhân dân tỉnh Đồng Tháp vừa công nhận 18 sản phẩm đạt chuẩn OCOP đợt "
        "hai năm 2026.",
        "paras": [
            "Trong đó có năm sản phẩm đạt 4 sao gồm trà tim sen, bột sen, nem chua, khô cá lóc và "
            "hủ tiếu; mười ba sản phẩm đạt 3 sao. Nâng tổng số sản phẩm OCOP của tỉnh lên hơn ba "
            "trăm sản phẩm, phần lớn thuộc nhóm thực phẩm chế biến.",
        ],
        "captions": [],
        "byline": "Thanh Trúc",
        "attribution": "Báo Đất Sen",
        "mid": [],
    },
    "non_ocop": {
        "title": "Giá lúa thu đông nhích nhẹ, nông dân tranh thủ thu hoạch",
        "lead": "Những ngày này, giá lúa tươi tại ruộng tăng thêm khoảng hai trăm đồng mỗi ký so "
        "với tuần trước, nông dân tranh thủ thu hoạch khi trời còn nắng ráo.",
        "paras": [
            "Theo các thương lái, lúa thơm đang được thu mua với giá từ sáu nghìn rưỡi đến bảy "
            "nghìn đồng mỗi ký, lúa thường thấp hơn khoảng năm trăm đồng. Nhu cầu mua gạo của các "
            "doanh nghiệp xuất khẩu tăng trở lại sau thời gian chững lại.",
            "Nhiều hộ cho biết năng suất vụ thu đông năm nay khá, đạt bình quân sáu tấn mỗi héc "
            "ta. Tuy vậy, chi phí thuê máy gặt và vận chuyển tăng cao khiến lợi nhuận của nông "
            "dân không nhiều như mong đợi.",
        ],
        "captions": ["Máy gặt đập liên hợp thu hoạch lúa thu đông."],
        "byline": "Minh Thư",
        "attribution": "Báo Đất Sen",
        "mid": [],
    },
}
