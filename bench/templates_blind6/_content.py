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
