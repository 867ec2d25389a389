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
# top: caption of the lead image shown between sapo and text (NOT body).
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
        "top": "Mẫu xoài và thanh long sấy lạnh của nhóm nghiên cứu.",
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
        "top": "Vườn hồ tiêu thí nghiệm của luận án.",
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

# ------------------------------------------------------------------ journalist's blog on WordPress.com
# first-person notes; the blog's posts have no sapo (lead ""): the first paragraph opens the text.
# category: the post's category link above the title (metadata).
PAGES["wpcom_nhabao"] = {
    "long": {
        "title": "Ghi chép từ một xưởng nước mắm vừa được gắn sao OCOP",
        "lead": "",
        "paras": [
            "Tôi quay lại làng chài cuối bãi ngang vào một sáng đầu đông, đúng lúc người ta khui "
            "những thùng chượp đã ủ đủ mười hai tháng. Lần trước đến đây, cách nay ba năm, xưởng "
            "nước mắm của chị Tư còn là mấy cái lu sành kê sau bếp, chai lọ tái sử dụng, nhãn in "
            "trên giấy thường dán bằng hồ.",
            "Giờ thì khác. Xưởng có mái che, nền láng xi măng, có phòng đóng chai riêng và một "
            "tấm giấy chứng nhận OCOP 3 sao lồng khung treo ngay cửa. Chị Tư bảo, tấm giấy đó "
            "không làm nước mắm ngon hơn, nhưng làm chị phải ghi chép mọi thứ cẩn thận hơn.",
            "## Cái khó của người làm nghề cũ",
            "Để có hồ sơ dự thi OCOP, chị phải học cách ghi nhật ký từng mẻ: ngày mua cá, tỷ lệ "
            "muối, ngày đảo chượp, ngày rút nước. Những thứ ấy trước giờ nằm trong đầu mẹ chị, rồi "
            "trong đầu chị, chưa ai viết ra. Chị kể có đêm ngồi nhớ lại cách mẹ canh nắng mà viết "
            "đến khuya.",
            "Khó hơn nữa là chuyện kiểm nghiệm. Mỗi lần gửi mẫu lên thành phố tốn tiền xe, tiền "
            "phí, chờ cả tuần. Có lần kết quả độ đạm không như chị ghi trên nhãn vì mẫu lấy từ "
            "lu chưa đủ ngày, chị phải in lại toàn bộ nhãn và chờ thêm một đợt xét.",
            "Tôi hỏi có lúc nào chị muốn bỏ cuộc không. Chị cười, nói có, nhiều lần. Nhưng cán bộ "
            "xã cứ đến động viên, con gái chị học xong đại học về phụ mẹ làm trang bán hàng, thế "
            "là cứ làm tiếp.",
            "## Sau tấm giấy chứng nhận",
            "Từ khi có sao OCOP, nước mắm của xưởng được nhận vào hai cửa hàng đặc sản ở thị xã và "
            "một quầy trong siêu thị tỉnh. Giá bán không tăng nhiều, nhưng đầu ra ổn định hơn, "
            "chị không còn phải chở từng can đi bỏ mối như trước.",
            "Điều tôi để ý là cách chị nói về khách hàng. Chị nhớ tên từng người mua quen, biết ai "
            "thích nước mắm mặn mòi, ai thích dịu, nhà nào có trẻ nhỏ cần loại ít muối. Thứ quan "
            "hệ ấy, tôi nghĩ, là tài sản mà không hội đồng chấm điểm nào đo được.",
            "## Còn nhiều việc dang dở",
            "Xưởng vẫn chưa có mã vạch truy xuất, bao bì vẫn là chai nhựa vì chai thủy tinh quá "
            "đắt với quy mô hiện tại. Chị muốn nâng lên bốn sao nhưng biết sẽ phải đầu tư thêm "
            "nhiều, trong khi nguồn cá cơm mỗi năm một ít.",
            "Lúc tôi ra về, chị dúi vào tay một chai nước mắm mới rót, dặn để dành chấm cá luộc. "
            "Trên đường, tôi nghĩ mãi về những xưởng nhỏ như thế dọc bờ biển, nơi chương trình OCOP "
            "không chỉ là chuyện sao hạng mà là cơ hội để một nghề cũ được ghi lại, được gọi tên.",
        ],
        "captions": [
            "Những lu chượp ủ đủ năm được khui vào sáng sớm.",
            "Chị Tư dán nhãn cho lô nước mắm vừa đóng chai.",
        ],
        "mid": ["Ghi chép: Một ngày theo chân người làm muối thủ công"],
        "byline": "Nguyễn Hải Đăng",
        "attribution": "",
        "category": "Ghi chép",
    },
    "brief": {
        "title": "Ghi nhanh: Gian hàng OCOP ở chợ phiên vùng cao sáng nay",
        "lead": "",
        "paras": [
            "Sáng nay chợ phiên có thêm một dãy gian hàng OCOP đặt ngay lối vào. Tôi đếm được mười "
            "bốn sản phẩm, từ mật ong bạc hà, thịt trâu gác bếp đến rượu ngô men lá, đều dán tem "
            "có mã QR. Người bán chủ yếu là chị em trong hợp tác xã của xã, vừa bán vừa hướng dẫn "
            "khách quét mã xem nơi sản xuất.",
        ],
        "captions": [],
        "mid": [],
        "byline": "Nguyễn Hải Đăng",
        "attribution": "",
        "category": "Ghi nhanh",
    },
    "non_ocop": {
        "title": "Chuyến xe khách cuối cùng rời bến cũ",
        "lead": "",
        "paras": [
            "Chiều qua, chuyến xe khách cuối cùng rời bến xe cũ của thị xã trước khi bến chuyển "
            "hẳn ra khu mới cạnh quốc lộ. Tôi ngồi ở quán nước đầu bến, nơi bà chủ đã bán trà đá "
            "gần ba mươi năm, nhìn những người phụ xe quen mặt lần lượt chào nhau.",
            "Bà chủ quán kể, ngày trước bến đông đến mức khách phải chen nhau mua vé, mùa Tết xe "
            "chạy suốt đêm. Bây giờ người ta đặt vé qua điện thoại, xe đón tận nhà, bến vắng dần "
            "từ mấy năm nay.",
            "Khu đất bến cũ sẽ thành công viên và bãi đỗ xe. Bà chủ quán chưa biết sẽ đi đâu, "
            "chỉ nói sẽ nhớ tiếng còi xe mỗi sáng. Tôi chụp vài tấm ảnh cuối, rồi cũng lên xe ra "
            "bến mới cho biết đường.",
        ],
        "captions": ["Bến xe cũ trong buổi chiều cuối cùng hoạt động."],
        "mid": [],
        "byline": "Nguyễn Hải Đăng",
        "attribution": "",
        "category": "Tản mạn",
    },
}

# ------------------------------------------------------------------ provincial OCOP programme microsite
# product: the product card inserted in the article ("Sản phẩm trong bài": name, stars, owner):
#   chrome (it repeats catalogue data, not the story).
PAGES["ocop_microsite"] = {
    "long": {
        "title": "Huyện vùng cao hoàn thiện hồ sơ cho 12 sản phẩm dự tuyển OCOP năm 2026",
        "lead": "Sau hai tháng rà soát, huyện đã chọn 12 sản phẩm của hợp tác xã, tổ hợp tác và "
        "hộ kinh doanh để gửi hội đồng đánh giá cấp tỉnh; phần lớn là dược liệu, đồ uống và "
        "thực phẩm chế biến từ nguồn nguyên liệu bản địa.",
        "paras": [
            "Đầu năm, văn phòng điều phối chương trình OCOP của huyện tổ chức tiếp nhận phiếu đăng "
            "ký ý tưởng sản phẩm tại tất cả các xã. Ba mươi mốt phiếu được gửi về, nhưng qua khảo "
            "sát thực tế, nhiều cơ sở chưa có nơi sản xuất riêng, chưa có giấy chứng nhận đủ điều "
            "kiện an toàn thực phẩm hoặc sản lượng quá nhỏ.",
            "Thay vì loại bỏ, huyện chia các cơ sở thành hai nhóm. Nhóm đủ điều kiện được hỗ trợ "
            "hoàn thiện hồ sơ ngay trong năm. Nhóm còn lại được hướng dẫn cải tạo nhà xưởng, đăng "
            "ký nhãn hiệu và sẽ được xem xét ở chu kỳ sau.",
            "## Hỗ trợ từ bao bì đến kiểm nghiệm",
            "Với mười hai sản phẩm được chọn, huyện bố trí kinh phí hỗ trợ thiết kế bao bì, in tem "
            "truy xuất nguồn gốc và kiểm nghiệm chỉ tiêu chất lượng. Cán bộ phòng nông nghiệp xuống "
            "từng cơ sở để hướng dẫn viết câu chuyện sản phẩm, phần mà nhiều chủ thể lúng túng nhất.",
            "Chủ một tổ hợp tác làm trà giảo cổ lam cho biết trước đây chỉ đóng túi nilon, ghi tay "
            "tên sản phẩm. Nay trà được đóng hộp giấy có thông tin thành phần, hướng dẫn sử dụng "
            "và mã QR dẫn tới trang giới thiệu vùng nguyên liệu trên núi.",
            "Trong số các sản phẩm dự tuyển, có ba sản phẩm đề nghị được đánh giá ở mức bốn sao, "
            "còn lại ở mức ba sao. Đáng chú ý là hai sản phẩm của đồng bào dân tộc thiểu số lần đầu "
            "tham gia chương trình, gồm rượu men lá và bánh dày gạo nếp nương.",
            "## Bài học từ các năm trước",
            "Theo văn phòng điều phối, năm ngoái có bốn sản phẩm của huyện không đạt vì hồ sơ thiếu "
            "kết quả kiểm nghiệm hoặc nhãn ghi sai thông tin. Năm nay, mọi hồ sơ đều được kiểm tra "
            "chéo giữa phòng nông nghiệp và phòng kinh tế hạ tầng trước khi gửi lên tỉnh.",
            "Huyện cũng chú trọng duy trì chất lượng với các sản phẩm đã được công nhận. Các chủ "
            "thể có sao sắp hết hạn được nhắc lịch đánh giá lại từ sớm, tránh tình trạng sản phẩm "
            "mất chứng nhận chỉ vì quên nộp hồ sơ.",
            "## Mục tiêu cuối năm",
            "Huyện đặt mục tiêu đến hết năm có thêm ít nhất mười sản phẩm đạt chuẩn, nâng tổng số "
            "sản phẩm OCOP của địa phương lên gần năm mươi. Song song, huyện phối hợp với các sàn "
            "thương mại điện tử mở gian hàng chung và tham gia hội chợ để giúp chủ thể mở rộng đầu ra.",
        ],
        "captions": [
            "Cán bộ văn phòng điều phối kiểm tra hồ sơ sản phẩm tại một hợp tác xã.",
            "Trà giảo cổ lam sau khi được thiết kế lại bao bì.",
        ],
        "mid": ["Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP áp dụng từ năm 2026"],
        "product": ["Trà giảo cổ lam Núi Mây", "★★★", "Tổ hợp tác Trà Núi Mây"],
        "byline": "Văn phòng Điều phối NTM - OCOP huyện",
        "attribution": "",
    },
    "brief": {
        "title": "Hội đồng cấp tỉnh công nhận 19 sản phẩm OCOP đợt tháng 11",
        "lead": "Ngày 19/11, hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đã họp và thống "
        "nhất công nhận 19 sản phẩm.",
        "paras": [
            "Trong đó có 4 sản phẩm đạt bốn sao, 15 sản phẩm đạt ba sao, chủ yếu thuộc nhóm thực "
            "phẩm và đồ uống. Kết quả sẽ được trình Chủ tịch UBND tỉnh ký quyết định công nhận "
            "trong tuần tới.",
        ],
        "captions": [],
        "mid": [],
        "product": ["Mật ong hoa bạc hà Bản Lác", "★★★★", "HTX Ong mật Bản Lác"],
        "byline": "Thanh Bình",
        "attribution": "",
    },
    "non_ocop": {
        "title": "Tập huấn kỹ năng sử dụng chữ ký số cho cán bộ cấp xã",
        "lead": "Hơn tám mươi cán bộ văn phòng, kế toán của các xã tham gia lớp tập huấn sử dụng "
        "chữ ký số và phần mềm quản lý văn bản điện tử.",
        "paras": [
            "Lớp học kéo dài hai ngày, được tổ chức xen kẽ giữa lý thuyết và thực hành trên máy "
            "tính. Học viên được hướng dẫn cài đặt thiết bị ký số, ký duyệt văn bản, gửi nhận hồ "
            "sơ qua hệ thống và xử lý các lỗi thường gặp khi kết nối mạng chập chờn.",
            "Nhiều học viên lớn tuổi ban đầu còn ngại thao tác, nhưng sau buổi thực hành đã tự ký "
            "được văn bản mẫu. Giảng viên khuyến khích các xã lập nhóm hỗ trợ để người thạo việc "
            "kèm người mới trong những tuần đầu triển khai.",
            "Theo kế hoạch, từ đầu năm tới, toàn bộ văn bản hành chính giữa huyện và xã sẽ được "
            "gửi nhận trên môi trường điện tử, trừ các văn bản mật theo quy định.",
        ],
        "captions": ["Học viên thực hành ký số trên máy tính tại lớp tập huấn."],
        "mid": [],
        "product": ["Miến dong Phia Đén", "★★★", "HTX Miến dong Phia Đén"],
        "byline": "Hoài Thu",
        "attribution": "",
    },
}

# ------------------------------------------------------------------ commune's Zalo Official Account article
# oa: the account name shown in the header (chrome).
PAGES["zalo_oa"] = {
    "long": {
        "title": "Xã Tân Hòa có thêm hai sản phẩm đạt chuẩn OCOP 3 sao",
        "lead": "Bánh tráng nước dừa của tổ hợp tác Ấp Chợ và mứt gừng của hộ bà Trần Thị Lệ vừa "
        "được UBND tỉnh công nhận đạt chuẩn OCOP 3 sao, nâng tổng số sản phẩm OCOP của xã lên "
        "năm sản phẩm.",
        "paras": [
            "Đây là kết quả sau gần một năm các chủ thể chuẩn bị hồ sơ, cải tiến bao bì và hoàn "
            "thiện điều kiện sản xuất với sự hướng dẫn của cán bộ nông nghiệp xã. Cả hai sản phẩm "
            "đều làm từ nguyên liệu tại chỗ, gắn với nghề truyền thống lâu đời của địa phương.",
            "## Bánh tráng nước dừa Ấp Chợ",
            "Tổ hợp tác có mười hai thành viên, phần lớn là phụ nữ trong ấp. Bánh được tráng thủ "
            "công từ gạo, nước cốt dừa và mè đen, phơi trên giàn tre rồi nướng than. Để đạt chuẩn, "
            "tổ đã lát lại nền khu tráng bánh, làm lưới chắn côn trùng và đăng ký nhãn hiệu riêng.",
            "Chị Võ Thị Kim Loan, tổ trưởng tổ hợp tác, chia sẻ trước đây bánh chỉ bán cho mối "
            "quen trong chợ xã. Từ khi có bao bì mới, nhiều cửa hàng đặc sản ở thành phố đã đặt "
            "hàng, có tuần tổ phải tráng bánh đến tối mới kịp giao.",
            "## Mứt gừng nhà bà Lệ",
            "Mứt gừng của gia đình bà Trần Thị Lệ được làm theo công thức ba đời, dùng gừng trâu "
            "trồng trên đất giồng cát. Gừng được chọn củ già vừa, ngâm nước vôi trong cho giòn rồi "
            "sên đường nhiều lần trên lửa nhỏ, không dùng phẩm màu.",
            "Bà Lệ cho biết khó nhất là làm hồ sơ kiểm nghiệm và công bố chất lượng. Được cán bộ "
            "xã hỗ trợ từng bước, gia đình đã hoàn thành và ngay trong đợt đầu đã được công nhận "
            "ba sao. Con trai bà đang mở thêm kênh bán hàng qua mạng xã hội để đón mùa Tết.",
            "## Tiếp tục phát triển sản phẩm mới",
            "UBND xã cho biết thời gian tới sẽ tiếp tục rà soát các sản phẩm có tiềm năng như "
            "khô cá sặc, nước mắm cá linh và chiếu lác để hướng dẫn các hộ tham gia chương trình "
            "OCOP. Xã cũng sẽ dành gian hàng tại phiên chợ cuối tuần để giới thiệu sản phẩm đã "
            "đạt chuẩn tới người dân và du khách.",
            "Người dân có sản phẩm đặc trưng muốn đăng ký tham gia có thể liên hệ bộ phận một cửa "
            "của UBND xã trong giờ hành chính hoặc nhắn tin trực tiếp qua tài khoản này để được "
            "cán bộ phụ trách hướng dẫn.",
        ],
        "captions": [
            "Thành viên tổ hợp tác phơi bánh tráng trên giàn tre.",
            "Mứt gừng được đóng hộp với nhãn mới.",
        ],
        "mid": [],
        "byline": "",
        "attribution": "",
    },
    "brief": {
        "title": "Mời người dân tham quan gian hàng OCOP tại phiên chợ cuối tuần",
        "lead": "",
        "paras": [
            "Từ 6 giờ đến 11 giờ sáng Chủ nhật này, UBND xã bố trí gian hàng giới thiệu sản phẩm "
            "OCOP tại phiên chợ cuối tuần ở sân nhà văn hóa xã. Người dân được nếm thử bánh tráng "
            "nước dừa, mứt gừng, khô cá và mua với giá ưu đãi. Ai quét mã tại gian hàng sẽ nhận "
            "được một túi vải đựng đồ.",
        ],
        "captions": [],
        "mid": [],
        "byline": "",
        "attribution": "",
    },
    "non_ocop": {
        "title": "Lịch tiêm vắc xin phòng sởi cho trẻ em trong tháng 12",
        "lead": "",
        "paras": [
            "Trạm y tế xã thông báo lịch tiêm bổ sung vắc xin phòng sởi cho trẻ từ chín tháng đến "
            "năm tuổi chưa tiêm đủ mũi. Buổi tiêm diễn ra vào sáng thứ Ba và thứ Năm hằng tuần "
            "trong tháng 12 tại trạm y tế.",
            "Phụ huynh mang theo sổ tiêm chủng hoặc ảnh chụp mã tiêm chủng trên ứng dụng, cho trẻ "
            "ăn no trước khi đến và theo dõi trẻ ít nhất ba mươi phút sau tiêm tại trạm.",
            "Trẻ đang sốt, ho nhiều hoặc mới khỏi bệnh cần báo cho nhân viên y tế để được khám "
            "sàng lọc. Mọi thắc mắc xin liên hệ trạm y tế xã qua số điện thoại đường dây nóng.",
        ],
        "captions": ["Nhân viên y tế khám sàng lọc cho trẻ trước khi tiêm."],
        "mid": [],
        "byline": "",
        "attribution": "",
    },
}

# ------------------------------------------------------------------ school portal on an education-department platform
# The text is pasted into one div with <br><br> between paragraphs (see _templates.py).
# writer: "Người viết" line after the text (metadata).
PAGES["truong_hoc"] = {
    "long": {
        "title": "Học sinh khối 8 trải nghiệm làm trà OCOP tại hợp tác xã chè Suối Giàng",
        "lead": "",
        "paras": [
            "Thực hiện kế hoạch giáo dục trải nghiệm, hướng nghiệp năm học 2026 - 2027, ngày "
            "18/11 nhà trường tổ chức cho hơn hai trăm học sinh khối 8 tham quan, học tập tại hợp "
            "tác xã chè Suối Giàng, nơi có sản phẩm trà shan tuyết đạt chuẩn OCOP 4 sao.",
            "Đến nơi, các em được nghe giám đốc hợp tác xã giới thiệu về lịch sử vùng chè cổ thụ, "
            "về cách đồng bào chăm sóc những cây chè hàng trăm năm tuổi mà không dùng phân bón hóa "
            "học. Nhiều em bất ngờ khi biết có những cây chè phải bắc thang mới hái được búp.",
            "## Từ búp chè đến sản phẩm OCOP",
            "Trong xưởng chế biến, học sinh được chia thành từng nhóm nhỏ để thực hành các công "
            "đoạn héo, vò, sao chè dưới sự hướng dẫn của công nhân. Các em tự tay vò những mẻ chè "
            "đầu tiên, cảm nhận độ dính của búp non và mùi thơm khi chè được sao trên chảo gang.",
            "Cán bộ hợp tác xã giải thích vì sao sản phẩm cần có nhãn mác rõ ràng, mã truy xuất "
            "nguồn gốc và hồ sơ kiểm nghiệm để được công nhận OCOP. Từ đó, học sinh hiểu thêm rằng "
            "một sản phẩm đặc sản muốn đi xa phải có chất lượng ổn định và câu chuyện riêng.",
            "## Gắn trải nghiệm với bài học trên lớp",
            "Giáo viên bộ môn Công nghệ và Khoa học tự nhiên đã giao nhiệm vụ cho từng nhóm trước "
            "chuyến đi: ghi chép quy trình, đo nhiệt độ chảo sao, tìm hiểu thành phần của lá chè. "
            "Sau chuyến đi, các nhóm sẽ làm sản phẩm báo cáo và trình bày trong tiết học tuần sau.",
            "Em Lò Thị Hương, lớp 8A2, chia sẻ đây là lần đầu em được vào tận xưởng làm chè. Em "
            "muốn sau này học ngành chế biến nông sản để về giúp gia đình làm chè cho bài bản hơn.",
            "## Định hướng cho những năm tiếp theo",
            "Ban giám hiệu cho biết hoạt động trải nghiệm tại các cơ sở sản xuất sản phẩm OCOP của "
            "địa phương sẽ được duy trì hằng năm, luân phiên giữa các khối lớp. Nhà trường cũng "
            "phối hợp với hợp tác xã để mời nghệ nhân đến trường nói chuyện với học sinh trong "
            "tiết sinh hoạt chủ đề, giúp các em thêm yêu quý sản phẩm quê hương.",
        ],
        "captions": [
            "Học sinh khối 8 thực hành vò chè tại xưởng của hợp tác xã.",
            "Các em chụp ảnh lưu niệm bên cây chè cổ thụ.",
        ],
        "mid": [],
        "byline": "Phạm Thu Hà",
        "attribution": "",
        "writer": "Tổ Khoa học tự nhiên",
    },
    "brief": {
        "title": "Gian hàng OCOP của học sinh tại hội chợ xuân của trường",
        "lead": "",
        "paras": [
            "Tại hội chợ xuân do Liên đội tổ chức sáng 20/11, gian hàng của lớp 9A1 thu hút đông "
            "khách nhờ bày bán các sản phẩm OCOP của địa phương như trà shan tuyết, mật ong bạc hà "
            "và thịt trâu gác bếp do phụ huynh hỗ trợ. Toàn bộ số tiền lãi được các em đóng góp "
            "vào quỹ Áo ấm cho bạn vùng cao.",
        ],
        "captions": [],
        "mid": [],
        "byline": "Đỗ Minh Tuấn",
        "attribution": "",
        "writer": "Tổng phụ trách Đội",
    },
    "non_ocop": {
        "title": "Sôi nổi hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        "lead": "",
        "paras": [
            "Trong ba ngày, hơn bốn trăm học sinh thi đấu ở các môn điền kinh, bóng đá mini, đá "
            "cầu và kéo co. Sân trường rộn ràng tiếng cổ vũ của các lớp từ sáng sớm đến chiều.",
            "Ở nội dung kéo co, đội lớp 7A3 giành chiến thắng thuyết phục trước các anh chị khối "
            "9. Môn chạy tiếp sức chứng kiến nhiều pha về đích sát nút, ban tổ chức phải xem lại "
            "video để xác định thứ hạng.",
            "Kết thúc hội khỏe, nhà trường trao hai mươi lăm giải cá nhân và tập thể, đồng thời "
            "chọn các vận động viên xuất sắc để tập luyện chuẩn bị cho giải cấp tỉnh.",
        ],
        "captions": ["Phần thi kéo co của học sinh khối 7."],
        "mid": [],
        "byline": "Đỗ Minh Tuấn",
        "attribution": "",
        "writer": "Tổ Thể dục",
    },
}

# ------------------------------------------------------------------ provincial business association portal
# stamp: the "(HHDN) - " prefix printed before the sapo in the same bold paragraph (metadata).
# member: the member-company card after the text (chrome).
# quotes: pull quotes restating the body (counted with captions).
PAGES["hiep_hoi"] = {
    "long": {
        "title": "Doanh nghiệp hội viên chia sẻ kinh nghiệm nâng hạng sản phẩm OCOP",
        "lead": "Tại tọa đàm do Hiệp hội tổ chức chiều 19/11, đại diện nhiều doanh nghiệp, hợp tác "
        "xã hội viên đã trao đổi thẳng thắn về chi phí, thủ tục và cách giữ chất lượng khi đưa "
        "sản phẩm OCOP từ ba sao lên bốn sao.",
        "paras": [
            "Tọa đàm có sự tham gia của hơn sáu mươi đại biểu, trong đó có đại diện Sở Nông nghiệp "
            "và Môi trường, Sở Công Thương và các chủ thể OCOP là hội viên của Hiệp hội. Chủ tịch "
            "Hiệp hội cho biết số hội viên có sản phẩm OCOP đã tăng gấp đôi sau ba năm, nhưng phần "
            "lớn vẫn dừng ở hạng ba sao.",
            "## Chi phí là rào cản đầu tiên",
            "Giám đốc một công ty chế biến hạt điều chia sẻ, để nâng hạng, doanh nghiệp phải đầu "
            "tư thêm hệ thống quản lý chất lượng, thuê đơn vị tư vấn và kiểm nghiệm nhiều chỉ tiêu "
            "hơn. Tổng chi phí lên tới vài trăm triệu đồng, là con số không nhỏ với doanh nghiệp "
            "quy mô vừa và nhỏ.",
            "Theo ông, điều quan trọng là tính toán được lợi ích dài hạn. Sau khi đạt bốn sao, sản "
            "phẩm của công ty được nhận vào hệ thống siêu thị lớn và có thêm hai nhà nhập khẩu "
            "liên hệ. Chi phí bỏ ra được bù lại sau khoảng hai năm.",
            "## Câu chuyện sản phẩm phải có thật",
            "Đại diện một hợp tác xã sản xuất nước mắm cho rằng nhiều chủ thể mất điểm ở tiêu chí "
            "câu chuyện sản phẩm vì viết chung chung, sao chép lẫn nhau. Hội đồng đánh giá cần "
            "thấy được mối liên hệ thật giữa sản phẩm với vùng nguyên liệu, với người làm và truyền "
            "thống của địa phương.",
            "Bà cũng lưu ý việc giữ sao quan trọng không kém việc nâng sao. Có chủ thể sau khi đạt "
            "hạng cao thì lơ là khâu kiểm soát nguyên liệu, đến kỳ đánh giá lại bị hạ hạng, ảnh "
            "hưởng đến uy tín cả với đối tác phân phối.",
            "## Kiến nghị từ hội viên",
            "Các doanh nghiệp kiến nghị cơ quan quản lý rút ngắn thời gian xét hồ sơ, công khai "
            "lịch đánh giá trong năm và có cơ chế hỗ trợ một phần chi phí kiểm nghiệm cho sản phẩm "
            "đăng ký nâng hạng. Một số ý kiến đề xuất tổ chức các đợt đánh giá riêng cho nhóm sản "
            "phẩm có tiềm năng xuất khẩu.",
            "Đại diện Sở Nông nghiệp và Môi trường ghi nhận các kiến nghị và cho biết tỉnh đang "
            "sửa đổi chính sách hỗ trợ, dự kiến nâng mức hỗ trợ với sản phẩm đạt bốn sao và năm "
            "sao từ năm sau. Sở cũng sẽ phối hợp với Hiệp hội tổ chức các lớp tập huấn chuyên sâu "
            "về hồ sơ và tiêu chuẩn chất lượng.",
            "Kết thúc tọa đàm, Hiệp hội thống nhất thành lập nhóm hội viên OCOP để các doanh nghiệp "
            "thường xuyên chia sẻ kinh nghiệm, cùng tham gia hội chợ và kết nối với các nhà phân "
            "phối trong và ngoài tỉnh.",
        ],
        "captions": ["Quang cảnh tọa đàm tại hội trường Hiệp hội chiều 19/11."],
        "quotes": ["Giữ được hạng sao còn khó hơn đạt được nó."],
        "mid": ["Hội viên mới quý III: mười bốn doanh nghiệp và hai hợp tác xã"],
        "member": [
            "Công ty TNHH Điều Vàng Phước Bình",
            "Lô B2, Khu công nghiệp Đồng Phú",
            "Chế biến nông sản",
        ],
        "byline": "Ngọc Diệp",
        "attribution": "",
        "stamp": "(HHDN) - ",
    },
    "brief": {
        "title": "Hiệp hội dành 20 gian hàng miễn phí cho sản phẩm OCOP của hội viên",
        "lead": "Hiệp hội vừa thông báo dành 20 gian hàng miễn phí tại hội chợ thương mại cuối năm "
        "cho hội viên có sản phẩm OCOP.",
        "paras": [
            "Ưu tiên sản phẩm đạt từ bốn sao và doanh nghiệp lần đầu tham gia hội chợ. Hội viên "
            "đăng ký qua văn phòng Hiệp hội trước ngày 30/11.",
        ],
        "captions": [],
        "mid": [],
        "member": ["HTX Nông nghiệp Tân Lập", "Ấp 3, xã Tân Lập", "Trồng trọt"],
        "byline": "Ngọc Diệp",
        "attribution": "",
        "stamp": "(HHDN) - ",
    },
    "non_ocop": {
        "title": "Đối thoại với doanh nghiệp về thủ tục hoàn thuế giá trị gia tăng",
        "lead": "Hơn một trăm doanh nghiệp đã nêu vướng mắc về hồ sơ và thời gian hoàn thuế tại "
        "buổi đối thoại giữa Hiệp hội và cơ quan thuế sáng 18/11.",
        "paras": [
            "Nhiều doanh nghiệp xuất khẩu phản ánh hồ sơ hoàn thuế bị yêu cầu bổ sung nhiều lần, "
            "làm chậm dòng tiền trong những tháng cuối năm khi nhu cầu vốn tăng cao.",
            "Đại diện cơ quan thuế giải đáp từng trường hợp, hướng dẫn doanh nghiệp nộp hồ sơ "
            "điện tử và cam kết rút ngắn thời gian xử lý với hồ sơ đầy đủ, rủi ro thấp.",
            "Hiệp hội đề nghị hai bên duy trì đối thoại định kỳ mỗi quý và lập đầu mối tiếp nhận "
            "vướng mắc để phản hồi nhanh cho hội viên.",
        ],
        "captions": ["Đại diện doanh nghiệp nêu ý kiến tại buổi đối thoại."],
        "mid": [],
        "member": ["Công ty CP Gỗ Minh Phát", "Khu công nghiệp Minh Hưng", "Chế biến gỗ"],
        "byline": "Thành Nam",
        "attribution": "",
        "stamp": "(HHDN) - ",
    },
}
