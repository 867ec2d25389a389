"""Texts of the eleventh blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image captions: NOT body), byline, attribution ("Theo …"/"Nguồn: …":
not body), mid (headlines of a mid-body box: chrome). Template-specific keys are documented
where they are used (_templates.py).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Hội đồng cấp tỉnh chấm điểm 31 sản phẩm OCOP đợt hai",
    "Giá hồ tiêu xuất khẩu nhích lên sau ba tuần đi ngang",
    "Nhãn lồng sấy khô của hợp tác xã ven đê đạt OCOP 4 sao",
    "Sửa chữa cầu treo dân sinh trước mùa mưa lũ",
    "Gian hàng OCOP Việt Nam tại hội chợ thực phẩm châu Á",
    "Tuyển sinh lớp kỹ thuật viên nông nghiệp công nghệ cao",
    "Bánh tráng phơi sương được đề xuất nâng hạng OCOP",
    "Cảnh báo tin nhắn giả mạo cơ quan thuế dịp cuối năm",
    "Mười chủ thể OCOP ký hợp đồng bao tiêu với chuỗi cửa hàng tiện lợi",
    "Khởi công trạm bơm tiêu úng cho vùng lúa trũng",
    "Hướng dẫn kê khai truy xuất nguồn gốc cho sản phẩm OCOP",
    "Giải bóng chuyền hơi công nhân viên chức khép lại sau năm ngày",
    "Mật ong hoa cà phê được chứng nhận OCOP 3 sao lần đầu",
    "Phát hiện loài ếch mới ở khu bảo tồn vùng biên",
    "Sàn giao dịch nông sản mở gian hàng chung cho sản phẩm OCOP",
    "Học bổng khuyến học đến tay học sinh vùng cao",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Nghiệm thu đề tài chọn tạo giống bưởi đỏ không hạt",
        "Sau bốn năm thử nghiệm trên ba vùng trồng, nhóm nghiên cứu chọn được hai dòng bưởi "
        "cho quả đều, vỏ mỏng và giữ màu thịt đỏ ngay cả khi thu hoạch sớm.",
    ),
    (
        "Hai mươi tám sản phẩm được công nhận OCOP trong đợt xét tháng Mười",
        "Hội đồng đánh giá ghi nhận nhiều sản phẩm cải tiến bao bì, có mã truy xuất và hồ sơ "
        "công bố chất lượng đầy đủ hơn các đợt trước.",
    ),
    (
        "Xưởng chế biến miến dong mở rộng thêm dây chuyền sấy",
        "Dây chuyền mới giúp cơ sở chủ động sản xuất trong những ngày mưa ẩm, giảm tỷ lệ "
        "hàng bị mốc và rút ngắn thời gian giao đơn cho đại lý.",
    ),
    (
        "Nông dân vùng đồi học ghép cải tạo vườn chè già",
        "Lớp tập huấn được tổ chức ngay tại nương, mỗi hộ mang theo cành chè của nhà mình để "
        "thực hành dưới sự hướng dẫn của cán bộ kỹ thuật.",
    ),
    (
        "Đặc sản OCOP theo chân đoàn doanh nghiệp sang xúc tiến tại Nhật Bản",
        "Các mẫu trà, tinh dầu và trái cây sấy được trưng bày tại phòng giới thiệu, nhà nhập "
        "khẩu được mời nếm thử và trao đổi trực tiếp với chủ thể.",
    ),
    (
        "Đường liên xã được trải nhựa sau nhiều năm chờ đợi",
        "Tuyến đường dài gần sáu cây số nối hai xã miền núi hoàn thành sớm hơn kế hoạch, xe "
        "chở nông sản giờ đã vào được tận chân đồi.",
    ),
    (
        "Chuỗi liên kết gà đồi thả vườn cho ra lứa hàng đầu tiên",
        "Doanh nghiệp cung cấp con giống và thức ăn, các hộ nuôi theo quy trình thống nhất và "
        "được thu mua toàn bộ với giá sàn ghi trong hợp đồng.",
    ),
    (
        "Phụ nữ dân tộc thiểu số đưa thổ cẩm dự thi sản phẩm OCOP",
        "Từ khung dệt truyền thống, nhóm thợ đã làm ra túi xách, khăn quàng và vỏ gối mang "
        "hoa văn riêng của bản, được khách du lịch đặt mua thường xuyên.",
    ),
    (
        "Sinh viên thực tập ứng dụng cảm biến đo ẩm cho vườn rau",
        "Hệ thống nhỏ gọn gửi cảnh báo về điện thoại khi đất khô, giúp người trồng tiết kiệm "
        "nước tưới trong những tháng nắng hạn kéo dài.",
    ),
    (
        "Chợ phiên cuối tháng bày bán hơn trăm mặt hàng OCOP",
        "Ngoài khu bán hàng, ban tổ chức dành một góc để chủ thể trình diễn cách làm bánh, "
        "pha trà và hướng dẫn khách phân biệt hàng thật, hàng nhái.",
    ),
    (
        "Kiểm tra an toàn thực phẩm các bếp ăn tập thể trong khu công nghiệp",
        "Đoàn kiểm tra lấy mẫu thức ăn, xem sổ ghi chép nguồn gốc nguyên liệu và nhắc nhở các "
        "đơn vị còn để rau sống chung khu với thực phẩm chín.",
    ),
    (
        "Hợp tác xã dược liệu trồng thêm hai héc-ta cà gai leo",
        "Diện tích mới được canh tác theo hướng hữu cơ, phục vụ dòng trà túi lọc đã đạt chuẩn "
        "OCOP và đơn hàng của một công ty dược trong nước.",
    ),
]

PAGES: dict[str, dict] = {}

# ------------------------------------------------------------------ research institute news page
# unit: the issuing unit line printed under the body ("Phòng …"): metadata, not body.
# files: attached file names listed after the body (chrome).
PAGES["vien_nghien_cuu"] = {
    "long": {
        "title": "Viện chuyển giao quy trình sấy lạnh giúp chủ thể OCOP giữ màu trái cây",
        "lead": "Quy trình sấy lạnh kết hợp xử lý sơ bộ bằng dung dịch tự nhiên do các nhà khoa "
        "học của Viện nghiên cứu hoàn thiện vừa được chuyển giao cho ba cơ sở sản xuất trái cây "
        "sấy đã có chứng nhận OCOP.",
        "paras": [
            "Trong nhiều năm, các cơ sở chế biến trái cây sấy ở vùng trung du gặp chung một khó "
            "khăn: sản phẩm sau khi sấy bằng lò nhiệt thường bị sẫm màu, mất mùi thơm và cứng "
            "sau vài tuần bày bán. Với hàng đã đạt chứng nhận OCOP, việc chất lượng không ổn định "
            "giữa các mẻ khiến chủ thể lo ngại khi đến kỳ đánh giá lại hạng sao.",
            "Xuất phát từ thực tế đó, nhóm nghiên cứu của Bộ môn Công nghệ sau thu hoạch đề xuất "
            "một đề tài cấp cơ sở nhằm tìm ra quy trình sấy phù hợp với quy mô hộ và hợp tác xã, "
            "chi phí đầu tư không quá cao nhưng giữ được màu sắc tự nhiên của nguyên liệu.",
            "## Thử nghiệm trên bốn loại quả",
            "Nhóm đã thử nghiệm trên xoài, thanh long ruột đỏ, chuối và mít, là những loại quả "
            "được nhiều cơ sở OCOP trong vùng lựa chọn. Nguyên liệu được cắt lát theo độ dày "
            "thống nhất, ngâm trong dung dịch chiết từ vỏ chanh và muối ăn trong thời gian ngắn "
            "rồi đưa vào buồng sấy ở nhiệt độ thấp có bơm nhiệt.",
            "Kết quả phân tích cho thấy sản phẩm giữ được phần lớn hàm lượng vitamin C so với "
            "nguyên liệu tươi, độ ẩm đồng đều và màu sắc gần với quả chín. Thời gian bảo quản "
            "trong túi hút chân không kéo dài thêm khoảng hai tháng so với cách sấy cũ mà không "
            "cần dùng chất bảo quản.",
            "Trưởng nhóm nghiên cứu cho biết cái khó nhất không nằm ở thiết bị mà ở việc xây "
            "dựng bảng thông số cho từng loại quả và từng độ chín. Một mẻ xoài quá chín cần thời "
            "gian sấy khác hẳn mẻ xoài vừa tới, nếu vận hành theo một chế độ chung thì sản phẩm "
            "sẽ không đạt.",
            "## Chuyển giao tận xưởng",
            "Sau khi nghiệm thu, viện ký hợp đồng chuyển giao với ba cơ sở sản xuất. Cán bộ của "
            "viện trực tiếp xuống xưởng hướng dẫn lắp đặt, vận hành buồng sấy và ghi chép nhật ký "
            "từng mẻ. Mỗi cơ sở được cung cấp bộ tài liệu hướng dẫn bằng hình ảnh để công nhân "
            "mới cũng có thể làm theo.",
            "Đại diện một hợp tác xã nhận chuyển giao cho biết sau hai tháng áp dụng, tỷ lệ hàng "
            "lỗi giảm rõ rệt, khách hàng ở các siêu thị phản hồi tốt về màu sắc sản phẩm. Hợp tác "
            "xã đang chuẩn bị hồ sơ đề nghị nâng hạng sản phẩm xoài sấy dẻo từ ba sao lên bốn sao "
            "trong kỳ đánh giá tới.",
            "## Hướng tới nhiều chủ thể hơn",
            "Theo lãnh đạo viện, thời gian tới đơn vị sẽ phối hợp với văn phòng điều phối chương "
            "trình OCOP của các tỉnh để giới thiệu quy trình cho nhiều chủ thể hơn, đồng thời "
            "tiếp tục nghiên cứu mở rộng sang các loại củ và dược liệu. Viện cũng dự kiến mở lớp "
            "đào tạo ngắn hạn về vận hành máy sấy bơm nhiệt cho cán bộ kỹ thuật của hợp tác xã.",
        ],
        "captions": [
            "Cán bộ của viện kiểm tra độ ẩm mẫu xoài sấy tại phòng thí nghiệm.",
            "Buồng sấy bơm nhiệt được lắp đặt tại xưởng của một hợp tác xã nhận chuyển giao.",
        ],
        "mid": ["Công bố kết quả khảo sát chất lượng sản phẩm OCOP chế biến từ quả"],
        "byline": "TS. Đỗ Thị Hạnh",
        "attribution": "",
        "unit": "Phòng Khoa học và Hợp tác quốc tế",
        "files": ["Quy-trinh-say-lanh-trai-cay.pdf", "Danh-sach-co-so-nhan-chuyen-giao.docx"],
    },
    "brief": {
        "title": "Viện tiếp nhận mẫu đất của chủ thể OCOP để phân tích miễn phí",
        "lead": "",
        "paras": [
            "Từ ngày 1/12 đến hết tháng Một năm sau, phòng thí nghiệm trung tâm của viện nhận "
            "phân tích miễn phí mẫu đất và nước tưới cho các hợp tác xã, hộ sản xuất có sản phẩm "
            "OCOP từ ba sao trở lên. Mỗi chủ thể được gửi tối đa ba mẫu, kết quả trả trong mười "
            "ngày làm việc kèm khuyến cáo bón phân phù hợp cho vùng trồng.",
        ],
        "captions": [],
        "mid": [],
        "byline": "",
        "attribution": "",
        "unit": "Trung tâm Phân tích đất và phân bón",
        "files": ["Phieu-dang-ky-gui-mau.docx"],
    },
    "non_ocop": {
        "title": "Bảo vệ thành công luận án về bệnh thối rễ trên cây hồ tiêu",
        "lead": "Nghiên cứu sinh Lê Quang Vinh vừa bảo vệ thành công luận án tiến sĩ về các chủng "
        "nấm gây bệnh thối rễ hồ tiêu và biện pháp phòng trừ sinh học.",
        "paras": [
            "Luận án được thực hiện trong năm năm tại các vườn tiêu ở vùng đất đỏ bazan, nơi bệnh "
            "thối rễ khiến nhiều vườn phải phá bỏ. Tác giả đã thu thập hơn ba trăm mẫu rễ bệnh, "
            "phân lập và định danh các chủng nấm gây hại chủ yếu.",
            "Điểm mới của luận án là tuyển chọn được hai chủng vi khuẩn đối kháng có khả năng ức "
            "chế nấm bệnh trong điều kiện đồng ruộng. Khi phối hợp với biện pháp thoát nước và "
            "bón phân hữu cơ, tỷ lệ cây chết giảm đáng kể so với vườn đối chứng.",
            "Hội đồng đánh giá nhận xét luận án có ý nghĩa thực tiễn cao, đề nghị tác giả sớm "
            "công bố kết quả và phối hợp với các trung tâm khuyến nông để đưa chế phẩm vi sinh "
            "đến tay người trồng tiêu.",
        ],
        "captions": ["Nghiên cứu sinh Lê Quang Vinh trình bày kết quả trước hội đồng."],
        "mid": [],
        "byline": "Minh Trang",
        "attribution": "",
        "unit": "Phòng Đào tạo sau đại học",
        "files": ["Tom-tat-luan-an.pdf"],
    },
}

# ------------------------------------------------------------------ Vietnam trade office abroad
# office: the signature line of the trade office after the body (attribution, not body).
# market: the "Thị trường" label above the title (metadata).
PAGES["thuong_vu"] = {
    "long": {
        "title": "Nhà nhập khẩu Nhật Bản tìm hiểu nguồn cung trà và gia vị mang nhãn OCOP",
        "lead": "Nhu cầu với trà xanh, quế và tiêu có nguồn gốc rõ ràng tại thị trường Nhật Bản "
        "đang tăng; nhiều nhà nhập khẩu đã liên hệ Thương vụ để được giới thiệu các chủ thể OCOP "
        "của Việt Nam có khả năng cung ứng ổn định.",
        "paras": [
            "Trong quý III, Thương vụ nhận được hơn hai mươi yêu cầu tìm nguồn hàng từ các doanh "
            "nghiệp Nhật Bản, trong đó gần một nửa liên quan đến trà, quế, hồi và hồ tiêu. Điểm "
            "chung của các yêu cầu là muốn làm việc trực tiếp với cơ sở sản xuất, biết rõ vùng "
            "trồng và quy trình chế biến thay vì mua qua nhiều tầng trung gian.",
            "Theo ghi nhận của Thương vụ, chứng nhận OCOP được nhiều nhà nhập khẩu quan tâm như "
            "một dấu hiệu cho thấy sản phẩm đã qua đánh giá của cơ quan quản lý trong nước, có "
            "câu chuyện về địa phương và chủ thể cụ thể. Tuy vậy, đối tác cũng nói rõ chứng nhận "
            "này không thay thế được các yêu cầu kỹ thuật của thị trường sở tại.",
            "## Yêu cầu khắt khe về dư lượng",
            "Nhật Bản áp dụng danh mục giới hạn dư lượng thuốc bảo vệ thực vật rất chi tiết cho "
            "từng loại nông sản. Một lô trà hoặc quế chỉ cần vượt ngưỡng ở một hoạt chất là có "
            "thể bị giữ lại tại cảng, kéo theo việc kiểm tra tăng cường với các lô tiếp theo của "
            "cùng nhà xuất khẩu.",
            "Thương vụ khuyến nghị các chủ thể OCOP muốn xuất khẩu sang Nhật Bản cần chủ động "
            "kiểm nghiệm mẫu tại phòng thí nghiệm được công nhận trước khi chào hàng, lưu hồ sơ "
            "vùng nguyên liệu và nhật ký canh tác, đồng thời chuẩn bị nhãn phụ tiếng Nhật theo "
            "đúng quy định về ghi nhãn thực phẩm.",
            "## Bao bì nhỏ, số lượng vừa",
            "Khác với thói quen mua số lượng lớn của một số thị trường, nhiều nhà nhập khẩu Nhật "
            "Bản bắt đầu bằng các đơn hàng nhỏ để thử phản ứng của người tiêu dùng. Họ ưa chuộng "
            "gói nhỏ, thiết kế đơn giản, thông tin rõ ràng và thường yêu cầu mẫu gửi trước nhiều "
            "lần trước khi ký hợp đồng.",
            "Một doanh nghiệp phân phối thực phẩm tại Osaka cho biết đã nhập thử ba loại trà từ "
            "các hợp tác xã miền núi phía Bắc của Việt Nam và bán hết trong hai tháng tại chuỗi "
            "cửa hàng của mình. Doanh nghiệp này đang muốn tìm thêm nguồn quế thanh và hạt mắc "
            "khén đóng gói sẵn.",
            "## Thương vụ hỗ trợ kết nối",
            "Để hỗ trợ doanh nghiệp trong nước, Thương vụ sẽ tổ chức chuỗi buổi giao thương trực "
            "tuyến giữa nhà nhập khẩu Nhật Bản và các chủ thể OCOP vào đầu năm tới, phối hợp với "
            "các sở công thương lựa chọn sản phẩm phù hợp. Thương vụ cũng cập nhật thường xuyên "
            "các thay đổi về quy định nhập khẩu thực phẩm trên trang thông tin này.",
            "Các doanh nghiệp, hợp tác xã quan tâm có thể gửi hồ sơ năng lực, danh mục sản phẩm "
            "và báo giá tham khảo bằng tiếng Anh hoặc tiếng Nhật để Thương vụ giới thiệu tới đối "
            "tác có nhu cầu.",
        ],
        "captions": [
            "Khách tham quan tìm hiểu trà Việt Nam tại một hội chợ thực phẩm ở Tokyo.",
        ],
        "mid": ["Quy định mới về ghi nhãn thực phẩm nhập khẩu vào Nhật Bản"],
        "byline": "",
        "attribution": "",
        "office": "Thương vụ Việt Nam tại Nhật Bản",
        "market": "Nhật Bản",
    },
    "brief": {
        "title": "Giới thiệu sản phẩm OCOP tại phòng trưng bày của Thương vụ",
        "lead": "",
        "paras": [
            "Phòng trưng bày hàng Việt Nam đặt tại trụ sở Thương vụ vừa bổ sung khu giới thiệu "
            "sản phẩm OCOP với khoảng sáu mươi mẫu hàng của mười hai tỉnh, gồm trà, cà phê, gia "
            "vị, trái cây sấy và đồ thủ công. Doanh nghiệp Nhật Bản có thể đến xem mẫu vào giờ "
            "hành chính, đăng ký trước để được bố trí gặp cán bộ phụ trách ngành hàng.",
        ],
        "captions": [],
        "mid": [],
        "byline": "",
        "attribution": "",
        "office": "Thương vụ Việt Nam tại Nhật Bản",
        "market": "Nhật Bản",
    },
    "non_ocop": {
        "title": "Nhật Bản điều chỉnh quy trình kiểm dịch đối với quả tươi nhập khẩu",
        "lead": "Cơ quan kiểm dịch thực vật Nhật Bản thông báo một số thay đổi trong thủ tục "
        "kiểm tra quả tươi nhập khẩu, áp dụng từ đầu năm tới.",
        "paras": [
            "Theo thông báo, hồ sơ đăng ký vườn trồng và cơ sở đóng gói sẽ được nộp hoàn toàn qua "
            "hệ thống điện tử, thay cho bản giấy như trước đây. Thời gian xử lý hồ sơ dự kiến rút "
            "ngắn, nhưng việc kiểm tra ngẫu nhiên tại cảng đến sẽ được tăng cường.",
            "Với các loại quả đã được phép nhập khẩu từ Việt Nam như thanh long, xoài, nhãn và "
            "vải, doanh nghiệp xuất khẩu cần tiếp tục tuân thủ quy trình xử lý nhiệt hơi nước và "
            "giám sát của cơ quan kiểm dịch hai nước.",
            "Thương vụ khuyến nghị doanh nghiệp rà soát lại mã số vùng trồng, cập nhật thông tin "
            "người đại diện và theo dõi hướng dẫn chi tiết sẽ được phía Nhật Bản công bố trong "
            "tháng tới để tránh gián đoạn các lô hàng cuối vụ.",
        ],
        "captions": [],
        "mid": [],
        "byline": "",
        "attribution": "",
        "office": "Thương vụ Việt Nam tại Nhật Bản",
        "market": "Nhật Bản",
    },
}
