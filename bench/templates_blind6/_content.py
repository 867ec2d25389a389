"""Texts of the sixth blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image captions: NOT body), byline, attribution ("Theo …"/
"Nguồn: …": not body), mid (headlines of a mid-body box: chrome).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Lạng Sơn trao giấy chứng nhận cho 19 sản phẩm OCOP đợt 2",
    "Nước lũ rút chậm, nhiều ao cá ven sông Thương bị tràn bờ",
    "Phiên chợ OCOP cuối tuần thu hút đông khách tại thành phố Thái Nguyên",
    "Xã vùng cao hoàn thành đường bê tông về trung tâm thôn",
    "Hội thảo nâng cao chất lượng bao bì sản phẩm OCOP cho hợp tác xã",
    "Giá thóc khô tại ruộng tăng 300 đồng mỗi ký",
    "Thanh niên khởi nghiệp với bánh chưng đen đạt 3 sao OCOP",
    "Trạm y tế xã được nâng cấp phòng khám đông y",
    "Tổng kết chương trình Mỗi xã một sản phẩm giai đoạn 2021-2025",
    "Nông dân thu hoạch bí đỏ trái vụ trên đất bãi",
    "Khánh thành nhà văn hóa thôn bằng nguồn vốn xã hội hóa",
    "Tinh bột nghệ của hội phụ nữ xã được công nhận 4 sao OCOP",
    "Sửa chữa cầu treo trước mùa mưa lũ năm sau",
    "Kết nối cung cầu đưa sản phẩm OCOP vào bếp ăn trường học",
    "Trao học bổng cho học sinh nghèo vượt khó ở huyện miền núi",
    "Cảnh báo rét đậm, nông dân cần che chắn chuồng trại",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Cao Bằng thêm 17 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên",
        "Hội đồng cấp tỉnh chấm điểm lạp sườn hun khói, miến dong, trà giảo cổ lam và hạt dẻ "
        "rang; bốn chủ thể lần đầu có sản phẩm được công nhận.",
    ),
    (
        "Người trồng cam Hàm Yên lo giá xuống thấp đầu vụ",
        "Quả năm nay sai nhưng thương lái trả thấp hơn năm trước, nhiều nhà vườn chọn cách hái "
        "dần và bán lẻ qua mạng để giữ giá.",
    ),
    (
        "Mở lớp dạy làm bánh truyền thống cho hội viên phụ nữ",
        "Ba mươi chị em được nghệ nhân hướng dẫn làm bánh gio, bánh nếp lá gai và cách đóng "
        "gói để bán tại các phiên chợ quê.",
    ),
    (
        "Thái Bình đưa điểm bán sản phẩm OCOP vào các khu du lịch biển",
        "Các ki ốt nhỏ bày nước mắm, bánh cáy, gạo tám thơm và chiếu cói, có mã truy xuất để "
        "khách kiểm tra nguồn gốc bằng điện thoại.",
    ),
    (
        "Bà con làng chài kéo thuyền lên bờ tránh gió mùa",
        "Đồn biên phòng cử cán bộ xuống bến nhắc ngư dân neo đậu an toàn, không ra khơi khi "
        "sóng cao trên hai mét.",
    ),
    (
        "Hướng dẫn nông dân ghi chép sổ nhật ký đồng ruộng",
        "Cán bộ khuyến nông phát mẫu sổ in sẵn, chỉ cách ghi ngày bón phân, phun thuốc và sản "
        "lượng thu hoạch để làm hồ sơ truy xuất.",
    ),
    (
        "Hợp tác xã rau an toàn ký hợp đồng cung ứng cho siêu thị",
        "Mỗi ngày hợp tác xã giao khoảng nửa tấn rau ăn lá, có tem nhãn và mã vạch, giá ổn định "
        "suốt hợp đồng một năm.",
    ),
    (
        "Làng nghề mây tre đan Phú Vinh nhận thêm đơn hàng xuất khẩu",
        "Các xưởng tuyển thêm thợ thời vụ, chủ yếu là phụ nữ lớn tuổi trong làng, để kịp giao "
        "hàng cho khách châu Âu trước dịp Giáng sinh.",
    ),
    (
        "Nghệ An nâng hạng 9 sản phẩm OCOP lên 4 sao",
        "Nhóm sản phẩm được nâng hạng gồm nhút Thanh Chương, cam Vinh, chè xanh và một số loại "
        "tương, mắm chế biến theo công thức gia truyền.",
    ),
    (
        "Đắk Nông hỗ trợ người dân tái canh cà phê già cỗi",
        "Huyện cấp giống ghép chịu hạn và cho vay vốn ưu đãi, mục tiêu trồng lại hơn năm trăm "
        "héc ta trong hai năm tới.",
    ),
    (
        "Tiêm phòng cúm gia cầm đợt cuối năm cho đàn gà, vịt",
        "Thú y viên đến tận thôn tiêm vắc xin miễn phí, đồng thời phun khử trùng các khu chợ "
        "buôn bán gia cầm sống.",
    ),
    (
        "Rượu men lá của đồng bào Dao được cấp nhãn hiệu tập thể",
        "Nhãn hiệu giúp các hộ nấu rượu trong xã dùng chung bao bì, tem chống giả và cùng tham "
        "gia các hội chợ hàng nông sản.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ farmers' union site
PAGES["hoi_nong_dan"] = {
    "long": {
        "title": "Hội viên nông dân Bảo Yên đưa măng khô thành sản phẩm OCOP 3 sao",
        "lead": "Từ vốn vay Quỹ hỗ trợ nông dân, một tổ hội nghề nghiệp ở xã vùng cao đã xây lò "
        "sấy, đăng ký nhãn hiệu và đưa măng khô vào danh sách sản phẩm OCOP của tỉnh.",
        "paras": [
            "Cuối năm 2024, tổ hội nghề nghiệp trồng tre lấy măng ở thôn Khe Mụ có mười hai hộ "
            "tham gia. Trước đó, mỗi nhà tự luộc măng, phơi trên mái tôn và bán cho người thu gom "
            "với giá rất thấp, măng phơi không khéo thì thâm đen, có mùi khói.",
            "## Vốn vay nhỏ, thay đổi lớn",
            "Được Hội Nông dân huyện giới thiệu, tổ hội vay một trăm năm mươi triệu đồng từ Quỹ hỗ "
            "trợ nông dân để xây lò sấy dùng củi kết hợp quạt hút. Các hộ góp thêm công làm nhà "
            "xưởng, đổ nền xi măng và dựng giàn inox thay cho giàn tre cũ. Nhờ sấy đều nhiệt, măng "
            "giữ được màu vàng sáng và độ giòn khi nấu.",
            "Tổ trưởng Hoàng Văn Sinh cho biết khó nhất là thay đổi thói quen. Nhiều hộ quen luộc "
            "măng một lần cho nhanh, nay phải luộc hai lần, ngâm nước sạch một đêm để bớt vị đắng, "
            "thái lát đều tay rồi mới đưa vào lò. Sau vài mẻ hỏng, cả tổ thống nhất ghi chép từng "
            "bước vào sổ để ai cũng làm giống nhau.",
            "## Hoàn thiện hồ sơ tham gia chương trình",
            "Năm 2025, cán bộ Hội Nông dân tỉnh về hướng dẫn tổ hội chuẩn bị hồ sơ tham gia chương "
            "trình OCOP. Sản phẩm được gửi đi kiểm nghiệm chỉ tiêu vi sinh, độ ẩm và kim loại nặng; "
            "bao bì được thiết kế lại với hình ảnh rừng tre và tên thôn. Tổ hội cũng làm thủ tục "
            "đăng ký nhãn hiệu tại Cục Sở hữu trí tuệ.",
            "Tháng chín vừa qua, hội đồng đánh giá cấp tỉnh chấm măng khô Khe Mụ đạt 3 sao. Theo "
            "thành viên hội đồng, điểm mạnh của sản phẩm là nguồn nguyên liệu tự nhiên, quy trình "
            "rõ ràng và câu chuyện gắn với cộng đồng người Tày trong thôn. Điểm cần cải thiện là "
            "khâu truy xuất nguồn gốc và kênh bán hàng còn hẹp.",
            "## Thu nhập tăng, thêm hộ xin vào tổ",
            "Sau khi có chứng nhận, giá măng khô của tổ tăng từ hai trăm lên ba trăm hai mươi nghìn "
            "đồng mỗi ký. Một siêu thị ở thành phố Lào Cai và hai cửa hàng đặc sản ở Hà Nội đã đặt "
            "hàng đều đặn hằng tháng. Trung bình mỗi hộ thành viên có thêm khoảng năm mươi triệu "
            "đồng mỗi năm, gấp đôi so với bán măng tươi.",
            "Thấy hiệu quả, thêm tám hộ trong thôn xin gia nhập tổ hội. Tổ đã bàn phương án mở "
            "rộng diện tích tre Bát độ, trồng xen trên đất đồi đang bỏ hoang, đồng thời tập huấn "
            "cho hộ mới về vệ sinh an toàn thực phẩm trước khi được tham gia sấy măng chung.",
            "Chủ tịch Hội Nông dân huyện cho biết sẽ tiếp tục hỗ trợ tổ hội tham gia hội chợ, kết "
            "nối với sàn thương mại điện tử và hướng dẫn nâng hạng sản phẩm lên 4 sao trong hai năm "
            "tới. Hội cũng đề xuất nhân rộng cách làm này sang các thôn có diện tích tre lớn khác.",
        ],
        "captions": [
            "Thành viên tổ hội xếp măng đã luộc lên giàn inox trước khi đưa vào lò sấy.",
            "Măng khô Khe Mụ đóng gói trong túi có in tem truy xuất nguồn gốc.",
        ],
        "byline": "Vi Thị Hằng",
        "attribution": "Hội Nông dân huyện Bảo Yên",
        "mid": ["Quỹ hỗ trợ nông dân giải ngân hơn 40 tỷ đồng trong năm 2026"],
    },
    "brief": {
        "title": "Hội Nông dân tỉnh tập huấn xây dựng sản phẩm OCOP cho 60 hội viên",
        "lead": "",
        "paras": [
            "Trong hai ngày 19 và 20 tháng 11, Hội Nông dân tỉnh phối hợp với Văn phòng Điều phối "
            "nông thôn mới tổ chức lớp tập huấn về xây dựng sản phẩm OCOP cho sáu mươi hội viên là "
            "chủ hộ sản xuất, tổ trưởng tổ hội nghề nghiệp. Học viên được hướng dẫn cách lập hồ sơ, "
            "ghi nhãn hàng hóa, kể câu chuyện sản phẩm và bán hàng qua mạng xã hội.",
        ],
        "captions": [],
        "byline": "Minh Khôi",
        "attribution": "",
    },
    "non_ocop": {
        "title": "Hội viên nông dân hiến đất mở rộng đường liên thôn",
        "lead": "Sáu hộ ở thôn Nậm Dạ tự nguyện hiến gần một nghìn mét vuông đất vườn để mở rộng "
        "tuyến đường nối hai thôn, giúp xe chở nông sản đi lại thuận tiện.",
        "paras": [
            "Tuyến đường dài hơn hai cây số trước đây chỉ rộng chưa đến ba mét, mùa mưa trơn trượt, "
            "xe tải nhỏ không vào được. Chi hội nông dân thôn tổ chức họp, vận động các hộ có đất "
            "giáp đường tháo dỡ hàng rào, chặt cây để nhường mặt bằng.",
            "Ông Lương Văn Tám, hộ hiến nhiều đất nhất, nói đường rộng thì cả thôn được lợi, con "
            "cháu đi học cũng an toàn hơn. Ngoài đất, bà con còn góp hơn hai trăm ngày công san "
            "nền, đào rãnh thoát nước.",
            "Xã đã hỗ trợ xi măng, dự kiến tuyến đường được đổ bê tông xong trước Tết Nguyên đán.",
        ],
        "captions": ["Hội viên chi hội thôn Nậm Dạ cùng nhau san nền mở rộng đường."],
        "byline": "Lương Hải",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ agricultural extension centre
PAGES["khuyen_nong"] = {
    "long": {
        "title": "Mô hình nuôi gà thả vườn theo hướng an toàn sinh học gắn với sản phẩm OCOP",
        "lead": "Trung tâm Khuyến nông tỉnh vừa tổng kết mô hình nuôi gà thả vườn ở ba xã, đàn gà "
        "đạt tỷ lệ sống trên 95%, một hợp tác xã tham gia đã có sản phẩm gà ủ muối đạt 3 sao OCOP.",
        "paras": [
            "Mô hình được triển khai từ tháng tư với quy mô bốn nghìn con giống gà ri lai, chia "
            "cho ba mươi hộ tại các xã Đồng Tâm, Yên Lạc và Phú Thịnh. Mỗi hộ được hỗ trợ một nửa "
            "tiền giống, thức ăn giai đoạn đầu, vắc xin và chế phẩm sinh học làm đệm lót chuồng.",
            "## Yêu cầu kỹ thuật của mô hình",
            "Chuồng nuôi phải đặt nơi cao ráo, cách nhà ở ít nhất mười mét, có hố sát trùng ở lối "
            "ra vào. Vườn chăn thả được rào lưới, trồng cỏ và cây bóng mát, mật độ không quá một "
            "con trên hai mét vuông. Gà con được úm trong hai mươi mốt ngày đầu với nhiệt độ ổn "
            "định, sau đó mới thả dần ra vườn.",
            "Cán bộ khuyến nông hướng dẫn các hộ phối trộn thức ăn từ ngô, thóc, cám gạo với đậu "
            "tương rang, bổ sung men tiêu hóa, hạn chế dùng cám công nghiệp ở giai đoạn vỗ béo. Lịch "
            "tiêm phòng Newcastle, Gumboro và cúm gia cầm được dán ngay tại chuồng để chủ hộ theo dõi.",
            "## Kết quả sau sáu tháng",
            "Sau bốn tháng rưỡi nuôi, gà đạt trọng lượng bình quân 1,9 ký mỗi con, thịt săn chắc, "
            "da vàng, được thương lái và nhà hàng trong tỉnh ưa chuộng. Giá bán bình quân cao hơn gà "
            "nuôi nhốt khoảng hai mươi nghìn đồng mỗi ký. Trừ chi phí, mỗi hộ lãi từ mười hai đến "
            "mười tám triệu đồng cho một lứa năm trăm con.",
            "Điểm đáng chú ý là đệm lót sinh học giúp chuồng gần như không có mùi, giảm ruồi muỗi, "
            "không xảy ra tranh chấp với hàng xóm như trước. Phân gà sau khi ủ được các hộ dùng bón "
            "cho vườn cây ăn quả, tiết kiệm tiền mua phân bón.",
            "## Liên kết chế biến và nâng giá trị",
            "Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm thu mua khoảng một phần ba sản lượng gà của "
            "mô hình để chế biến gà ủ muối thảo mộc. Sản phẩm được hút chân không, bảo quản lạnh, có "
            "tem truy xuất và tháng mười vừa qua được công nhận đạt 3 sao OCOP cấp tỉnh.",
            "Theo giám đốc hợp tác xã, nguồn gà đạt chuẩn an toàn sinh học là điều kiện quan trọng "
            "để hồ sơ được chấm điểm cao ở tiêu chí chất lượng. Hợp tác xã dự kiến ký hợp đồng bao "
            "tiêu dài hạn với các hộ, cam kết giá sàn để người nuôi yên tâm tái đàn.",
            "Trung tâm Khuyến nông đề nghị các xã tiếp tục duy trì tổ hợp tác, nhân rộng mô hình ra "
            "các thôn có diện tích vườn đồi, đồng thời tổ chức thêm lớp tập huấn về phòng bệnh mùa "
            "đông cho đàn gà.",
        ],
        "captions": [
            "Đàn gà ri lai được thả trong vườn có rào lưới và trồng cỏ tại xã Yên Lạc.",
            "Cán bộ khuyến nông kiểm tra độ ẩm của đệm lót sinh học trong chuồng nuôi.",
        ],
        "byline": "KS. Trần Thu Trang",
        "attribution": "Trạm Khuyến nông huyện Yên Sơn",
        "mid": [
            "Quy trình ủ đệm lót sinh học bằng chế phẩm vi sinh cho chuồng gà",
            "Cách phòng bệnh hô hấp cho gà khi thời tiết chuyển lạnh",
        ],
    },
    "brief": {
        "title": "Tập huấn kỹ thuật sơ chế chè cho các chủ thể tham gia OCOP",
        "lead": "Trung tâm Khuyến nông tỉnh mở lớp tập huấn kỹ thuật sơ chế chè cho bốn mươi học "
        "viên đến từ các hợp tác xã có sản phẩm đang tham gia chương trình OCOP.",
        "paras": [
            "Học viên được thực hành héo chè, diệt men bằng tôn quay và vò chè đúng độ, giúp chè "
            "thành phẩm có màu nước xanh, vị đậm. Lớp học cũng giới thiệu cách ghi nhật ký sản "
            "xuất phục vụ hồ sơ truy xuất nguồn gốc.",
        ],
        "captions": ["Học viên thực hành vò chè tại xưởng của hợp tác xã Tân Thái."],
        "byline": "Thu Hà",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Khuyến cáo phòng trừ sâu keo mùa thu hại ngô vụ đông",
        "lead": "Sâu keo mùa thu đang gây hại trên nhiều diện tích ngô vụ đông mới trồng, trung "
        "tâm khuyến cáo nông dân thăm đồng thường xuyên và phun thuốc khi sâu còn nhỏ.",
        "paras": [
            "Theo kết quả điều tra, mật độ sâu phổ biến từ hai đến năm con trên mét vuông, nơi cao "
            "lên tới mười con, tập trung ở ruộng ngô từ ba đến năm lá.",
            "Nông dân nên kiểm tra nõn ngô vào sáng sớm, ngắt bỏ ổ trứng, dùng thuốc có nguồn gốc "
            "sinh học và phun đúng vào loa kèn. Không phun khi trời sắp mưa hoặc nắng gắt.",
            "## Lưu ý khi dùng thuốc",
            "Mỗi loại thuốc chỉ nên dùng hai lần liên tiếp rồi đổi hoạt chất để sâu không quen "
            "thuốc. Vỏ bao bì phải thu gom vào bể chứa, không vứt xuống kênh mương.",
        ],
        "captions": [],
        "byline": "Phòng Kỹ thuật",
        "attribution": "",
        "mid": ["Hướng dẫn nhận biết sâu keo mùa thu qua từng giai đoạn"],
    },
}

# ------------------------------------------------------------------ province OCOP trade portal
PAGES["san_ocop"] = {
    "long": {
        "title": "Bưởi đỏ Tân Lạc vào mùa, chủ thể OCOP tăng tốc bán hàng trực tuyến",
        "lead": "Vụ bưởi năm nay đến sớm hơn mọi năm, các hợp tác xã có bưởi đỏ đạt chuẩn OCOP "
        "chủ động livestream, nhận đơn qua sàn và giao hàng tận nơi cho khách ở các thành phố lớn.",
        "paras": [
            "Những ngày cuối tháng mười một, các vườn bưởi đỏ ở xã Phong Phú rộn ràng tiếng người "
            "hái quả, phân loại và đóng thùng. Năm nay thời tiết thuận lợi, quả to đều, vỏ đỏ đẹp, "
            "sản lượng toàn vùng ước tăng khoảng mười lăm phần trăm so với năm trước.",
            "## Đơn hàng đến từ màn hình điện thoại",
            "Tại Hợp tác xã Nông nghiệp Phong Phú, chị Bùi Thị Yến mỗi tối dành hai tiếng phát "
            "trực tiếp từ vườn, giới thiệu cách chọn bưởi ngon, cách bảo quản quả để được lâu và "
            "trả lời câu hỏi của khách. Nhờ vậy, mỗi tuần hợp tác xã nhận thêm ba đến bốn trăm đơn "
            "lẻ, phần lớn từ Hà Nội, Hải Phòng và Quảng Ninh.",
            "Chị Yến cho biết từ khi bưởi đỏ của hợp tác xã được công nhận OCOP 4 sao, khách tin "
            "tưởng hơn vì trên mỗi quả có tem truy xuất, quét mã là biết vườn trồng, ngày thu hoạch "
            "và người chịu trách nhiệm. Giá bán lẻ dao động từ bảy mươi đến chín mươi nghìn đồng một "
            "quả tùy kích cỡ.",
            "## Sàn của tỉnh làm đầu mối",
            "Theo Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh, từ đầu vụ đến nay đã có "
            "mười một chủ thể đăng gian hàng bưởi trên sàn thương mại điện tử OCOP của tỉnh. Sàn hỗ "
            "trợ miễn phí chụp ảnh sản phẩm, viết mô tả và kết nối với đơn vị vận chuyển có giá ưu "
            "đãi cho hàng nông sản.",
            "Đại diện trung tâm cho biết sàn ưu tiên hiển thị sản phẩm còn hạn chứng nhận, có đủ "
            "thông tin về hạng sao, địa chỉ sản xuất và hình thức thanh toán. Những gian hàng để "
            "thông tin sai hoặc bị khách phản ánh nhiều lần sẽ bị tạm khóa để kiểm tra.",
            "## Giữ chất lượng khi bán xa",
            "Bán hàng trực tuyến cũng đặt ra yêu cầu mới về đóng gói. Các hợp tác xã đã chuyển sang "
            "thùng carton có lỗ thoáng, lót giấy chống va đập, mỗi thùng không quá bốn quả để tránh "
            "dập. Quả được hái khi đã đủ ngày tuổi, để ráo nhựa hai ngày rồi mới giao cho bên vận "
            "chuyển.",
            "Ông Đinh Văn Thảo, giám đốc một hợp tác xã trong vùng, thừa nhận năm đầu bán qua mạng "
            "đã có không ít đơn bị trả lại vì quả bị nứt hoặc giao chậm. Rút kinh nghiệm, hợp tác xã "
            "chỉ nhận đơn đi xa vào đầu tuần và cam kết đổi quả mới nếu khách nhận hàng hỏng.",
            "Ngành công thương tỉnh dự kiến tổ chức tuần hàng bưởi đỏ tại Hà Nội vào giữa tháng "
            "mười hai, kết hợp trưng bày các sản phẩm OCOP khác của tỉnh như cam, mật ong và gạo "
            "nếp, nhằm giúp người trồng bưởi tiêu thụ hết sản lượng trước Tết.",
        ],
        "captions": [
            "Chị Bùi Thị Yến phát trực tiếp giới thiệu bưởi đỏ ngay tại vườn.",
            "Bưởi đỏ được dán tem truy xuất trước khi đóng thùng giao cho khách.",
        ],
        "byline": "Quách Minh",
        "attribution": "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh",
        "mid": [
            "Bưởi đỏ Phong Phú hộp quà 4 quả - OCOP 4 sao",
            "Mật ong hoa nhãn Tân Lạc chai 500 ml - OCOP 3 sao",
        ],
    },
    "brief": {
        "title": "Khai trương điểm giới thiệu sản phẩm OCOP tại bến xe khách trung tâm",
        "lead": "",
        "paras": [
            "Sáng 21/11, điểm giới thiệu và bán sản phẩm OCOP thứ năm của tỉnh chính thức mở cửa "
            "tại sảnh chờ bến xe khách trung tâm thành phố. Điểm bán trưng bày hơn một trăm sản "
            "phẩm của ba mươi chủ thể, từ mật ong, chè, gạo đến đồ thủ công, phục vụ hành khách "
            "đi xa muốn mua quà quê.",
        ],
        "captions": ["Hành khách chọn mua sản phẩm tại điểm bán mới khai trương."],
        "byline": "Hồng Nhung",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Cách bảo quản nông sản khô trong những ngày nồm ẩm",
        "lead": "Độ ẩm không khí cao kéo dài khiến các loại hạt, măng khô, nấm và chè dễ bị mốc. "
        "Một vài thói quen đơn giản giúp giữ hàng khô lâu hơn.",
        "paras": [
            "Trước hết, nên chia hàng thành túi nhỏ vừa dùng, hút chân không hoặc đựng trong hộp "
            "kín có gói hút ẩm. Mỗi lần mở túi lớn, hơi ẩm lại lọt vào làm hàng nhanh hỏng.",
            "Kho chứa cần kê cao khỏi nền, cách tường, bật quạt hoặc máy hút ẩm vào buổi trưa. "
            "Không để hàng khô gần bếp nấu hay nơi phơi quần áo.",
            "Nếu thấy hàng có mùi lạ, đổi màu hoặc xuất hiện đốm trắng thì không nên dùng tiếp, "
            "càng không nên phơi lại rồi bán cho khách.",
        ],
        "captions": [],
        "byline": "Ban biên tập",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ commune People's Committee page
PAGES["ubnd_xa"] = {
    "long": {
        "title": "Xã Thạch Đồng tổ chức hội nghị triển khai kế hoạch phát triển sản phẩm OCOP năm 2027",
        "lead": "Ngày 20/11/2026, UBND xã Thạch Đồng tổ chức hội nghị triển khai kế hoạch thực "
        "hiện Chương trình Mỗi xã một sản phẩm năm 2027, với mục tiêu có thêm hai sản phẩm đạt "
        "chuẩn và nâng hạng một sản phẩm lên 4 sao.",
        "paras": [
            "Dự hội nghị có đại diện Phòng Kinh tế huyện, lãnh đạo Đảng ủy, HĐND, UBND xã, trưởng "
            "các thôn, các hợp tác xã, tổ hợp tác và hộ kinh doanh có sản phẩm tiềm năng trên địa "
            "bàn.",
            "## Kết quả năm 2026",
            "Báo cáo tại hội nghị cho biết, năm 2026 xã có thêm sản phẩm mật ong rừng của Tổ hợp "
            "tác nuôi ong thôn Đồng Vàng được công nhận 3 sao, nâng tổng số sản phẩm OCOP của xã "
            "lên bốn sản phẩm. Các chủ thể đã tham gia sáu hội chợ trong và ngoài tỉnh, doanh thu "
            "từ sản phẩm OCOP ước đạt hơn hai tỷ đồng, tăng gần ba mươi phần trăm so với năm trước.",
            "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số tồn tại như quy mô sản xuất còn nhỏ, "
            "nhiều hộ chưa mạnh dạn đầu tư, việc quảng bá chủ yếu dựa vào người quen. Một sản phẩm "
            "sắp hết hạn chứng nhận nhưng chủ thể chưa chuẩn bị hồ sơ đánh giá lại.",
            "## Nhiệm vụ năm 2027",
            "Theo kế hoạch, năm 2027 xã tập trung hỗ trợ hai sản phẩm mới là bánh đa vừng của tổ "
            "hợp tác thôn Đông Lộc và cá kho làng của hộ kinh doanh ở thôn Hà Thanh hoàn thiện hồ "
            "sơ, đăng ký dự thi cấp huyện. Sản phẩm chè xanh của hợp tác xã xã được định hướng nâng "
            "hạng lên 4 sao.",
            "UBND xã giao công chức phụ trách nông nghiệp làm đầu mối, phối hợp với các thôn rà "
            "soát sản phẩm, hướng dẫn chủ thể xây dựng tiêu chuẩn cơ sở, kiểm nghiệm chất lượng, "
            "thiết kế nhãn mác. Xã sẽ dành một phần ngân sách để hỗ trợ chi phí kiểm nghiệm và in "
            "bao bì cho các chủ thể lần đầu tham gia.",
            "Các đại biểu dự hội nghị đề nghị huyện tiếp tục mở lớp tập huấn về bán hàng qua mạng "
            "và hỗ trợ xã xây dựng một điểm trưng bày sản phẩm tại trụ sở UBND, nơi có nhiều người "
            "dân và khách đến làm thủ tục hành chính mỗi ngày.",
            "Phát biểu kết luận, Chủ tịch UBND xã đề nghị các thôn xem việc phát triển sản phẩm là "
            "nhiệm vụ thường xuyên, gắn với xây dựng nông thôn mới nâng cao, đồng thời yêu cầu "
            "chủ thể giữ chất lượng ổn định, không để sản phẩm bị thu hồi chứng nhận.",
        ],
        "captions": ["Quang cảnh hội nghị tại hội trường UBND xã Thạch Đồng."],
        "byline": "Văn phòng - Thống kê xã",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Thông báo nhận hồ sơ đăng ký đánh giá sản phẩm OCOP đợt 1 năm 2027",
        "lead": "",
        "paras": [
            "UBND xã thông báo đến các hợp tác xã, tổ hợp tác, hộ sản xuất kinh doanh trên địa "
            "bàn có nhu cầu tham gia đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2027 nộp phiếu "
            "đăng ký tại bộ phận một cửa của xã trước ngày 15/12/2026. Mọi chi tiết xin liên hệ "
            "công chức địa chính - nông nghiệp để được hướng dẫn.",
        ],
        "captions": [],
        "byline": "UBND xã Thạch Đồng",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Xã Thạch Đồng ra quân tổng vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh",
        "lead": "",
        "paras": [
            "Sáng Chủ nhật 16/11, hơn ba trăm đoàn viên, hội viên và người dân các thôn đã cùng "
            "nhau phát quang bụi rậm, khơi thông cống rãnh, thu gom rác thải dọc các tuyến đường "
            "liên thôn và khu vực chợ xã.",
            "Các tổ tự quản cũng trồng thêm hoa mười giờ và cây bóng mát tại những điểm thường bị "
            "đổ rác trộm, đồng thời dựng biển nhắc nhở người dân bỏ rác đúng giờ, đúng nơi.",
            "UBND xã đề nghị các thôn duy trì ra quân vào chủ nhật cuối mỗi tháng.",
        ],
        "captions": ["Đoàn viên thanh niên thu gom rác dọc tuyến đường liên thôn."],
        "byline": "Minh Đức",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ ministry magazine with PDF issues
PAGES["tap_chi_bo"] = {
    "long": {
        "title": "Liên kết chuỗi giá trị trong phát triển sản phẩm OCOP vùng trung du: thực trạng và giải pháp",
        "lead": "Bài viết phân tích mức độ liên kết giữa chủ thể OCOP với người sản xuất nguyên "
        "liệu và nhà phân phối tại ba tỉnh trung du phía Bắc, qua khảo sát 120 chủ thể năm 2026, "
        "từ đó đề xuất nhóm giải pháp về hợp đồng, tín dụng và hạ tầng logistics.",
        "paras": [
            "## Đặt vấn đề",
            "Sau hơn tám năm triển khai, chương trình OCOP đã tạo ra hàng nghìn sản phẩm đạt chuẩn "
            "ở các tỉnh trung du. Tuy nhiên, phần lớn chủ thể có quy mô nhỏ, tự thu mua nguyên liệu "
            "theo mùa vụ và bán hàng qua kênh quen biết. Mối liên kết lỏng lẻo khiến chất lượng "
            "nguyên liệu không ổn định và sản phẩm khó duy trì hạng sao khi đánh giá lại.",
            "## Phương pháp nghiên cứu",
            "Nhóm tác giả khảo sát bằng bảng hỏi 120 chủ thể có sản phẩm từ 3 sao trở lên tại Phú "
            "Thọ, Thái Nguyên và Tuyên Quang, kết hợp phỏng vấn sâu 18 cán bộ quản lý cấp huyện và "
            "đại diện doanh nghiệp phân phối. Mức độ liên kết được đo theo ba nhóm: liên kết với "
            "người cung ứng nguyên liệu, liên kết với nhà phân phối và liên kết ngang giữa các chủ "
            "thể.",
            "## Kết quả và thảo luận",
            "Kết quả cho thấy chỉ khoảng 31% chủ thể có hợp đồng thu mua nguyên liệu bằng văn bản, "
            "còn lại chủ yếu thỏa thuận miệng. Ở nhóm có hợp đồng, tỷ lệ lô nguyên liệu không đạt "
            "yêu cầu thấp hơn gần một nửa so với nhóm không có hợp đồng. Điều này cho thấy ràng "
            "buộc bằng văn bản giúp người trồng chú ý hơn đến quy trình canh tác.",
            "Về đầu ra, 58% chủ thể bán phần lớn sản phẩm qua cửa hàng của chính mình hoặc người "
            "quen, 22% có hợp đồng với siêu thị, chuỗi cửa hàng. Các chủ thể có hợp đồng phân phối "
            "cho biết yêu cầu về mã vạch, hạn sử dụng và số lượng giao tối thiểu là rào cản lớn "
            "nhất khi bắt đầu.",
            "Liên kết ngang giữa các chủ thể gần như chưa hình thành. Rất ít trường hợp các hợp tác "
            "xã cùng thuê kho lạnh, cùng thuê xe vận chuyển hay cùng tham gia hội chợ dưới một gian "
            "hàng chung, dù phần lớn người được hỏi cho rằng cách làm này có thể giảm chi phí từ "
            "mười đến hai mươi phần trăm.",
            "## Giải pháp",
            "Thứ nhất, cần có mẫu hợp đồng liên kết đơn giản do địa phương ban hành, quy định rõ "
            "tiêu chuẩn nguyên liệu, giá sàn và cách xử lý khi một bên vi phạm. Thứ hai, các quỹ "
            "tín dụng nên ưu tiên cho vay theo chuỗi, lấy hợp đồng tiêu thụ làm căn cứ xét duyệt. "
            "Thứ ba, cấp huyện có thể đầu tư điểm tập kết, kho lạnh dùng chung để các chủ thể nhỏ "
            "gom hàng trước khi giao cho nhà phân phối.",
            "## Kết luận",
            "Liên kết chuỗi giá trị là điều kiện để sản phẩm OCOP vùng trung du phát triển bền vững "
            "thay vì chỉ dừng ở việc được công nhận. Nghiên cứu tiếp theo cần đánh giá chi phí và "
            "lợi ích cụ thể của từng hình thức liên kết theo nhóm sản phẩm.",
        ],
        "captions": [],
        "byline": "ThS. Nguyễn Thị Lan Hương, TS. Đỗ Quang Vinh",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Ra mắt chuyên san về Chương trình OCOP giai đoạn mới",
        "lead": "",
        "paras": [
            "Tạp chí vừa phát hành chuyên san tháng 11 dành riêng cho Chương trình Mỗi xã một "
            "sản phẩm, gồm mười bốn bài nghiên cứu và trao đổi về thiết kế bao bì, truy xuất nguồn "
            "gốc, thương mại điện tử và vai trò của phụ nữ trong các hợp tác xã. Bạn đọc có thể "
            "đặt mua bản in hoặc đọc miễn phí bản điện tử trên trang của tạp chí.",
        ],
        "captions": [],
        "byline": "PV",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Hiệu quả tưới tiết kiệm nước cho cây ăn quả trên đất dốc",
        "lead": "Nghiên cứu so sánh tưới nhỏ giọt và tưới rãnh cho vườn cam trên đất dốc cho thấy "
        "tưới nhỏ giọt tiết kiệm khoảng 40% lượng nước mà năng suất không giảm.",
        "paras": [
            "## Đặt vấn đề",
            "Các vùng cây ăn quả trên đất dốc thường thiếu nước vào mùa khô, trong khi cách tưới "
            "rãnh truyền thống làm trôi đất mặt và phân bón.",
            "## Kết quả",
            "Trên ba vườn thí nghiệm, lượng nước tưới nhỏ giọt trung bình là 2.100 mét khối mỗi héc "
            "ta trong mùa khô, so với 3.500 mét khối của tưới rãnh. Năng suất quả tương đương, tỷ "
            "lệ quả loại một cao hơn không đáng kể.",
            "## Kết luận",
            "Tưới nhỏ giọt phù hợp với vườn đã có nguồn nước ổn định; chi phí đầu tư ban đầu có thể "
            "thu hồi sau khoảng ba vụ.",
        ],
        "captions": [],
        "byline": "TS. Phạm Đức Toàn",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ provincial party paper, Tiêu điểm strip
PAGES["bao_tieu_diem"] = {
    "long": {
        "title": "Chè Tân Cương giữ hạng sao: bài học từ những nương chè hữu cơ",
        "lead": "Khi nhiều sản phẩm đến hạn đánh giá lại, các hợp tác xã chè ở vùng Tân Cương chọn "
        "cách chuyển dần sang canh tác hữu cơ để giữ chất lượng, qua đó giữ được hạng 4 sao OCOP "
        "và mở rộng thị trường.",
        "paras": [
            "Ba năm trước, Hợp tác xã chè Hồng Thái còn phun thuốc trừ sâu theo lịch, bón phân hóa "
            "học để chè nhanh ra búp. Chè bán được giá nhưng mỗi lần có đoàn kiểm tra dư lượng, cả "
            "hợp tác xã lại thấp thỏm.",
            "Bước ngoặt đến khi một khách hàng lớn ở Hà Nội đề nghị ký hợp đồng dài hạn với điều "
            "kiện chè không còn dư lượng thuốc. Ban giám đốc họp nhiều lần, cuối cùng quyết định thử "
            "chuyển hai héc ta sang hữu cơ.",
            "## Năm đầu năng suất giảm",
            "Theo bà Dương Thị Hòa, giám đốc hợp tác xã, năm đầu chuyển đổi năng suất giảm gần một "
            "phần ba. Xã viên phải làm cỏ bằng tay, ủ phân chuồng với chế phẩm vi sinh, dùng bẫy "
            "dính và thuốc thảo mộc để trị rầy xanh. Nhiều người muốn bỏ cuộc vì thu nhập giảm.",
            "Hợp tác xã quyết định bù một phần thu nhập cho các hộ chuyển đổi từ quỹ chung, đồng "
            "thời mời cán bộ kỹ thuật về hướng dẫn tại ruộng mỗi tháng một lần. Sang năm thứ hai, "
            "đất tơi xốp hơn, búp chè mập, năng suất hồi phục khoảng chín mươi phần trăm.",
            "## Giữ hạng khi đánh giá lại",
            "Năm nay, sản phẩm chè búp của hợp tác xã đến hạn đánh giá lại. Hội đồng cấp tỉnh đánh "
            "giá cao hồ sơ truy xuất, kết quả kiểm nghiệm không phát hiện dư lượng thuốc bảo vệ "
            "thực vật và câu chuyện chuyển đổi của cộng đồng. Sản phẩm tiếp tục đạt 4 sao, điểm số "
            "tăng so với lần đánh giá trước.",
            "Ông Lê Văn Thành, cán bộ phụ trách chương trình OCOP của thành phố, cho biết nhiều chủ "
            "thể chỉ chú ý khâu đóng gói mà quên rằng chất lượng nguyên liệu mới quyết định việc "
            "giữ hạng. Thành phố đang khuyến khích các hợp tác xã chè học theo cách làm này.",
            "## Mở rộng diện tích và thị trường",
            "Đến nay, diện tích chè hữu cơ của hợp tác xã đã lên tám héc ta với hai mươi sáu hộ "
            "tham gia. Giá chè hữu cơ cao hơn chè thường từ ba mươi đến năm mươi phần trăm, hợp "
            "đồng với khách Hà Nội được gia hạn thêm ba năm, một đơn hàng nhỏ đi Nhật Bản đang được "
            "đàm phán.",
            "Bà Hòa cho biết mục tiêu tiếp theo là xin chứng nhận hữu cơ cho toàn bộ vùng nguyên "
            "liệu và xây phòng thử chè cho du khách, để người đến Tân Cương có thể tận mắt xem quy "
            "trình từ nương đến chén trà.",
        ],
        "captions": [
            "Xã viên hợp tác xã hái chè trên nương đang chuyển đổi sang hữu cơ.",
            "Chè búp 4 sao của hợp tác xã được đóng hộp thiếc có tem truy xuất.",
        ],
        "byline": "Hà Thanh",
        "attribution": "",
        "mid": ["Thái Nguyên đặt mục tiêu 300 héc ta chè hữu cơ vào năm 2030"],
    },
    "brief": {
        "title": "Hơn 200 sản phẩm OCOP tham gia hội chợ xúc tiến thương mại cuối năm",
        "lead": "Hội chợ xúc tiến thương mại cuối năm khai mạc tối 21/11 tại quảng trường "
        "trung tâm, với hơn 200 sản phẩm OCOP của các tỉnh trung du và miền núi phía Bắc.",
        "paras": [
            "Hội chợ có 150 gian hàng, kéo dài đến hết ngày 25/11, ngoài trưng bày còn có khu ẩm "
            "thực và các buổi hướng dẫn pha trà cho khách tham quan.",
        ],
        "captions": ["Khách tham quan gian hàng chè tại hội chợ."],
        "byline": "Minh Hằng",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Thành phố hoàn thành cải tạo hồ điều hòa phía Bắc trước mùa khô",
        "lead": "Sau mười tháng thi công, dự án cải tạo hồ điều hòa phía Bắc thành phố đã hoàn "
        "thành, bổ sung một không gian công cộng rộng hơn năm héc ta cho người dân.",
        "paras": [
            "Lòng hồ được nạo vét, kè đá xung quanh, làm lối đi bộ dài gần hai cây số và trồng "
            "thêm hàng nghìn cây xanh. Hệ thống thu gom nước thải riêng giúp nước hồ không còn bốc "
            "mùi như trước.",
            "Ban quản lý dự án cho biết hồ sẽ giúp giảm ngập cho các khu dân cư lân cận trong mùa "
            "mưa, đồng thời là nơi tổ chức các hoạt động thể thao, văn hóa cuối tuần.",
        ],
        "captions": ["Lối đi bộ quanh hồ điều hòa sau khi cải tạo."],
        "byline": "Trung Kiên",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ Ghost newsletter blog of a journalist
PAGES["ghost_blog"] = {
    "long": {
        "title": "Ba ngày ở làng nước mắm Cửa Khe: khi hạng sao không phải là đích đến",
        "lead": "Tôi về Cửa Khe đúng lúc các nhà thùng mở chượp mẻ đầu mùa. Ở đây, chữ OCOP in "
        "trên nhãn chai là chuyện mới, còn nghề ủ cá với muối thì đã có từ đời ông cố.",
        "paras": [
            "Chiều đầu tiên, anh Trương Văn Lực dẫn tôi ra nhà thùng sau nhà. Mười hai thùng gỗ "
            "bời lời xếp thành hai dãy, mỗi thùng chứa gần hai tấn cá cơm ủ với muối hạt. Anh mở "
            "nắp một thùng đã ủ mười bốn tháng, mùi mặn mòi xộc lên, màu nước cánh gián trong vắt.",
            "Anh Lực nói người làng đánh giá nước mắm bằng mũi và lưỡi chứ không bằng giấy tờ. Thế "
            "nhưng năm ngoái, khi con gái anh học xong đại học về làng, cô thuyết phục cha làm hồ "
            "sơ tham gia chương trình OCOP. Lý do rất đơn giản: các cửa hàng ở thành phố hỏi giấy "
            "chứng nhận trước khi hỏi giá.",
            "## Những con số trên bàn",
            "Buổi tối, cô con gái tên Trương Thị Nga bày ra bàn một tập hồ sơ dày: phiếu kiểm "
            "nghiệm độ đạm, histamine, bản mô tả quy trình, ảnh nhà xưởng trước và sau khi sửa. Để "
            "đạt yêu cầu, gia đình phải lát lại nền, làm mái che cho khu phơi chai và lắp lưới chắn "
            "côn trùng, tốn gần hai trăm triệu đồng.",
            "Nga kể lúc đầu cha cô cho rằng tốn tiền vô ích, vì nước mắm nhà mình vẫn bán hết. Đến "
            "khi sản phẩm được công nhận 3 sao, một chuỗi cửa hàng đặc sản ở Hà Nội đặt hai nghìn "
            "chai mỗi quý, ông mới thôi phàn nàn. Dù vậy, Nga thừa nhận số tiền ấy nhiều hộ trong "
            "làng không bỏ ra nổi.",
            "## Người ở lại với cách làm cũ",
            "Ngày thứ hai, tôi gặp bà Hồ Thị Sen, người đã ủ chượp hơn bốn mươi năm. Nhà bà chỉ có "
            "bốn thùng, bán nước mắm đựng can cho khách quen trong huyện. Bà không làm hồ sơ, cũng "
            "không định làm. Theo bà, nước mắm ngon cần cá tươi, muối để lâu năm và kiên nhẫn, "
            "những thứ không ghi được vào giấy.",
            "Bà Sen không phản đối hàng xóm làm nhãn mác, chỉ lo một ngày người mua chỉ tin vào "
            "ngôi sao in trên chai. Câu chuyện của bà làm tôi nghĩ nhiều về cách chúng ta đang đo "
            "giá trị của một sản phẩm làng nghề.",
            "## Điều tôi mang về",
            "Ngày cuối, hợp tác xã của làng họp bàn chuyện xây nhà thùng chung, để những hộ nhỏ như "
            "bà Sen có thể gửi chượp ủ đạt chuẩn mà không phải tự sửa xưởng. Nếu làm được, cả làng "
            "có thể dùng chung một nhãn hiệu, chia nhau chi phí kiểm nghiệm và bao bì.",
            "Tôi rời Cửa Khe với hai chai nước mắm trong ba lô: một chai có tem 3 sao của nhà anh "
            "Lực, một can nhỏ không nhãn của bà Sen. Cả hai đều ngon theo cách riêng, và có lẽ "
            "chương trình OCOP sẽ có ý nghĩa nhất khi nó giúp được cả hai kiểu người làm nghề ấy.",
        ],
        "captions": [
            "Những thùng gỗ bời lời ủ chượp trong nhà thùng của gia đình anh Lực.",
            "Bà Sen kiểm tra độ chín của chượp bằng cách nếm nước mắm rút từ vòi thùng.",
        ],
        "byline": "Lê Hải Yến",
        "attribution": "",
        "mid": ["Nghề làm muối thủ công ở Sa Huỳnh và những người giữ ruộng cuối cùng"],
    },
    "brief": {
        "title": "Ghi chú nhanh: danh sách sản phẩm OCOP 5 sao mới công bố",
        "lead": "Bộ vừa công bố thêm một đợt sản phẩm OCOP đạt 5 sao cấp quốc gia. Vài điều tôi "
        "để ý khi đọc danh sách.",
        "paras": [
            "Lần này nhóm đồ uống và dược liệu chiếm hơn một nửa, trong khi đồ thủ công mỹ nghệ "
            "gần như vắng bóng. Phần lớn chủ thể là doanh nghiệp và hợp tác xã đã có nhà máy, rất "
            "ít hộ gia đình.",
        ],
        "captions": [],
        "byline": "Lê Hải Yến",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Mùa gặt muộn ở cánh đồng ven phá Tam Giang",
        "lead": "Năm nay lúa trổ muộn vì đợt lạnh cuối xuân, nên đến giữa tháng sáu người làng mới "
        "xuống đồng gặt.",
        "paras": [
            "Máy gặt đập liên hợp chỉ vào được những ô ruộng gần đường, phần còn lại vẫn phải gặt "
            "tay. Các bà, các chị đi từ lúc trời chưa sáng để tránh nắng.",
            "## Bữa cơm giữa đồng",
            "Trưa, cả nhóm ngồi dưới bóng phi lao ăn cơm với cá kho và rau luộc mang theo. Ông trưởng "
            "thôn bảo vụ này năng suất khá, giá lúa tươi cũng nhỉnh hơn năm trước.",
            "Chiều về, những bao thóc được chở bằng đò qua phá, in bóng trên mặt nước lặng.",
        ],
        "captions": ["Người dân gặt lúa bằng tay ở những ô ruộng sâu ven phá."],
        "byline": "Lê Hải Yến",
        "attribution": "",
        "mid": ["Chợ phiên trên phá và những chiếc đò chở hàng buổi sớm"],
    },
}
