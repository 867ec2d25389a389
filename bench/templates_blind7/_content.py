"""Texts of the seventh blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image captions: NOT body), byline, attribution ("Theo …"/
"Nguồn: …": not body), mid (headlines of a mid-body box: chrome).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Hội viên phụ nữ Tân Châu đưa bánh phồng tôm đạt 3 sao OCOP ra chợ phiên",
    "Sửa chữa cầu treo bản Pắc Ma trước mùa lũ",
    "Ngân hàng hỗ trợ vốn ưu đãi cho chủ thể OCOP vùng biên giới",
    "Trường tiểu học vùng cao tổ chức ngày hội đọc sách",
    "Hội chợ hàng OCOP và đặc sản vùng miền mở cửa tại Cần Thơ",
    "Giá lúa thơm đầu vụ đông xuân nhích lên",
    "Chị em dân tộc Khmer học làm bao bì cho sản phẩm OCOP",
    "Khánh thành nhà văn hóa ấp Phước Lợi",
    "Tỉnh đánh giá, phân hạng thêm 19 sản phẩm OCOP trong tháng 11",
    "Tiêm vắc xin lở mồm long móng đợt hai cho đàn bò",
    "Giải chạy vì người nghèo thu hút hơn hai nghìn vận động viên",
    "Mật ong hoa nhãn của tổ hợp tác nữ đạt chuẩn OCOP 4 sao",
    "Cảnh báo lừa đảo qua tin nhắn giả mạo ngân hàng",
    "Đưa sản phẩm OCOP lên gian hàng số của hội phụ nữ tỉnh",
    "Khởi công tuyến đê bao chống lũ cho vùng trồng lúa ba vụ",
    "Nâng hạng sao cho trà mãng cầu của hợp tác xã vùng Đồng Tháp Mười",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Chi hội phụ nữ ấp Hòa Long góp vốn xoay vòng nuôi gà thả vườn",
        "Mười hai hội viên mỗi tháng góp một khoản nhỏ, lần lượt nhận vốn mua gà giống; sau một "
        "năm đã có bốn hộ thoát cảnh vay nặng lãi và bán được gà cho bếp ăn trường học.",
    ),
    (
        "Bánh tráng phơi sương Trảng Bàng giữ hạng 4 sao sau kỳ đánh giá lại",
        "Cơ sở sản xuất bổ sung phiếu kiểm nghiệm mới, thay bao bì giấy kraft và mở thêm điểm "
        "trải nghiệm cho khách du lịch học cách nướng, phơi bánh trên vỉ tre.",
    ),
    (
        "Mở lớp dạy bơi miễn phí cho trẻ em vùng sông nước dịp hè",
        "Lớp học được dựng bằng bể bơi di động đặt ngay sân nhà văn hóa, mỗi khóa kéo dài mười "
        "buổi, các em được hướng dẫn kỹ năng nổi và cách kêu cứu khi gặp nạn.",
    ),
    (
        "Tổ hợp tác làm nước mắm truyền thống đăng ký tham gia chương trình OCOP",
        "Các thành viên đang hoàn thiện hồ sơ, chuẩn hóa quy trình ủ chượp trong thùng gỗ và "
        "làm nhãn ghi rõ độ đạm, hạn dùng theo hướng dẫn của phòng kinh tế huyện.",
    ),
    (
        "Phụ nữ xã biên giới tham gia tổ tự quản đường hoa",
        "Mỗi gia đình nhận chăm sóc một đoạn đường trước cổng nhà, trồng cúc và mười giờ; tổ "
        "họp mỗi tháng một lần để phân công tưới nước và thay cây hỏng.",
    ),
    (
        "Tập huấn livestream bán hàng cho hội viên có sản phẩm đặc sản địa phương",
        "Học viên được hướng dẫn dựng khung hình bằng điện thoại, chuẩn bị lời giới thiệu và xử "
        "lý đơn hàng sau buổi phát trực tiếp, nhiều chị đã chốt đơn ngay trong giờ thực hành.",
    ),
    (
        "Nông dân chuyển ruộng lúa kém hiệu quả sang trồng dưa lưới nhà màng",
        "Mô hình được hỗ trợ một phần chi phí làm nhà màng và hệ thống tưới nhỏ giọt, mỗi vụ "
        "kéo dài khoảng bảy mươi ngày, thương lái đến tận vườn thu mua.",
    ),
    (
        "Gian hàng sản phẩm OCOP của hội phụ nữ hút khách tại lễ hội trái cây",
        "Khách tham quan dừng lại nếm thử mứt, trà và bánh do chính hội viên làm ra; nhiều đại "
        "lý xin số điện thoại để đặt hàng bán dịp cuối năm.",
    ),
    (
        "Khám sức khỏe miễn phí cho phụ nữ cao tuổi neo đơn",
        "Đoàn y bác sĩ của bệnh viện tỉnh đo huyết áp, siêu âm và cấp thuốc cho gần ba trăm "
        "người, các trường hợp nặng được hướng dẫn chuyển tuyến điều trị.",
    ),
    (
        "Hợp tác xã dệt thổ cẩm nhận đơn hàng khăn quàng từ khách nước ngoài",
        "Đơn hàng đầu tiên gồm năm trăm chiếc khăn dệt tay, các nghệ nhân lớn tuổi kèm cặp lớp "
        "thợ trẻ để kịp giao hàng đúng hẹn trước dịp lễ Giáng sinh.",
    ),
    (
        "Ra mắt câu lạc bộ nữ doanh nhân khởi nghiệp cấp huyện",
        "Câu lạc bộ có hai mươi sáu thành viên, chủ yếu kinh doanh nông sản chế biến, sinh hoạt "
        "mỗi quý một lần để chia sẻ kinh nghiệm tìm đầu ra và vay vốn.",
    ),
    (
        "Trao sinh kế bò giống cho hộ phụ nữ khó khăn",
        "Mỗi hộ nhận một con bò cái giống kèm cam kết trả lại một con bê đầu lòng để trao tiếp "
        "cho hộ khác, tạo vòng hỗ trợ lâu dài trong chi hội.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ provincial women's union site
PAGES["hoi_phu_nu"] = {
    "long": {
        "title": "Từ tổ hợp tác nhỏ đến ba sản phẩm OCOP: chuyện của những người phụ nữ làm mắm cá linh",
        "lead": "Bảy năm trước, chị em ấp Vĩnh Lợi chỉ muối mắm trong lu sành sau nhà để ăn và "
        "biếu họ hàng. Nay tổ hợp tác do phụ nữ làm chủ đã có ba sản phẩm đạt chuẩn OCOP, mỗi "
        "mùa nước nổi tạo việc làm cho gần bốn mươi lao động nữ.",
        "paras": [
            "Mùa nước nổi năm 2019, cá linh về nhiều nhưng giá bán tươi chỉ bằng nửa năm trước. "
            "Chị Trần Thị Mỹ, khi đó là chi hội trưởng phụ nữ ấp, rủ sáu chị em trong xóm góp mỗi "
            "người vài triệu đồng mua cá về muối mắm theo cách bà ngoại dạy. Mẻ đầu tiên chưa đến "
            "hai trăm ký, đựng trong hũ nhựa, bán cho người quen ở chợ xã.",
            "## Học cách làm ăn tập thể",
            "Hội phụ nữ huyện biết chuyện, đứng ra bảo lãnh cho nhóm vay vốn ưu đãi và hướng dẫn "
            "thủ tục thành lập tổ hợp tác. Chị em được đi tham quan một cơ sở làm mắm ở tỉnh bạn, "
            "học cách ghi sổ thu chi, chia lợi nhuận theo ngày công và theo phần vốn góp. Chị Mỹ "
            "kể có những buổi họp kéo dài đến tối vì ai cũng muốn hiểu rõ tiền mình đi đâu.",
            "Khó nhất là giữ hương vị đồng đều. Mỗi nhà có một tay muối khác nhau, mẻ mặn mẻ lạt. "
            "Tổ thống nhất một công thức chung: cá rửa ba nước, để ráo, trộn muối hạt theo tỷ lệ "
            "cân sẵn, ủ đủ ba tháng mới thêm thính gạo rang và đường thốt nốt.",
            "## Đường đến chứng nhận",
            "Năm 2022, cán bộ phòng kinh tế huyện về khảo sát và gợi ý tổ tham gia chương trình "
            "Mỗi xã một sản phẩm. Hồ sơ đòi hỏi phiếu kiểm nghiệm vi sinh, nhãn hàng hóa đúng quy "
            "định và câu chuyện sản phẩm. Hội phụ nữ tỉnh kết nối một nhóm sinh viên thiết kế làm "
            "miễn phí bộ nhãn mới với hình chiếc xuồng ba lá và cánh đồng ngập nước.",
            "Lần đầu được chấm, mắm cá linh đạt 3 sao. Hai năm sau, tổ có thêm mắm cá sặc và mắm "
            "thái đu đủ cùng đạt chuẩn OCOP. Khách quen từ thành phố đặt hàng qua điện thoại, "
            "tổ gửi xe khách mỗi tuần hai chuyến. Doanh thu năm ngoái đạt gần một tỷ đồng.",
            "## Việc làm cho chị em mùa nước",
            "Vào vụ, tổ thuê thêm ba mươi lao động nữ lớn tuổi trong ấp làm sơ chế, đóng hũ. Bà "
            "Lê Thị Bảy, năm nay gần sáu mươi tuổi, nói trước đây mùa nước chỉ ở nhà giữ cháu, "
            "giờ mỗi ngày có hai trăm nghìn đồng mà vẫn gần nhà. Nhiều chị trẻ học được cách bán "
            "hàng trên mạng, tự chụp ảnh sản phẩm đăng lên trang của tổ.",
            "Chủ tịch Hội phụ nữ huyện cho biết mô hình đang được nhân rộng sang hai xã lân cận. "
            "Hội sẽ tiếp tục hỗ trợ vốn, tập huấn an toàn thực phẩm và đưa sản phẩm của hội viên "
            "đến các hội chợ trong và ngoài tỉnh.",
            "Điều chị Mỹ trăn trở là nguồn cá linh ngày càng ít. Tổ đã bàn với bà con không mua cá "
            "non, đồng thời thử làm mắm từ cá nuôi trong ao để chủ động nguyên liệu quanh năm.",
        ],
        "captions": [
            "Chị em tổ hợp tác sơ chế cá linh vào đầu mùa nước nổi.",
            "Các hũ mắm mang nhãn mới được bày bán tại hội chợ của huyện.",
        ],
        "byline": "Ngọc Hân",
        "attribution": "Hội LHPN huyện Tân Hưng",
        "mid": ["Hướng dẫn hội viên vay vốn hỗ trợ phụ nữ khởi nghiệp năm 2027"],
    },
    "brief": {
        "title": "Hội phụ nữ tỉnh mở gian hàng giới thiệu sản phẩm OCOP của hội viên",
        "lead": "",
        "paras": [
            "Ngày 22 tháng 11, Hội Liên hiệp Phụ nữ tỉnh khai trương gian hàng giới thiệu sản "
            "phẩm OCOP do hội viên làm chủ tại nhà văn hóa phụ nữ tỉnh. Gian hàng trưng bày hơn "
            "bốn mươi sản phẩm như mắm cá, bánh phồng, mật ong và trà thảo mộc. Hội viên có sản "
            "phẩm đạt chuẩn muốn gửi bán xin đăng ký với ban kinh tế của hội trước cuối tháng.",
        ],
        "captions": [],
        "byline": "Thu Trang",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Ra quân chiến dịch phòng chống bạo lực gia đình tại các ấp vùng sâu",
        "lead": "Hưởng ứng tháng hành động vì bình đẳng giới, hội phụ nữ các xã vùng sâu tổ chức "
        "nhiều buổi nói chuyện chuyên đề về phòng chống bạo lực gia đình.",
        "paras": [
            "Tại buổi ra quân ở xã Hưng Điền, hơn hai trăm hội viên và người dân được luật sư "
            "tình nguyện giải đáp các tình huống thường gặp: bị chồng đánh thì báo cho ai, xin "
            "lệnh cấm tiếp xúc ra sao, làm gì để bảo vệ con nhỏ.",
            "Các chi hội cũng công bố số điện thoại của người tin cậy ở từng ấp, sẵn sàng đón "
            "người bị bạo lực đến tạm lánh. Câu lạc bộ gia đình hạnh phúc diễn tiểu phẩm về việc "
            "chia sẻ việc nhà giữa vợ và chồng, được bà con cổ vũ nhiệt tình.",
            "Chiến dịch kéo dài đến giữa tháng 12, kết hợp phát tờ rơi và phát thanh trên loa "
            "truyền thanh của các ấp vào buổi sáng.",
        ],
        "captions": ["Luật sư tình nguyện trả lời câu hỏi của hội viên tại buổi ra quân."],
        "byline": "Ngọc Hân",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ parish website on Joomla K2
PAGES["giao_xu_k2"] = {
    "long": {
        "title": "Nhóm bác ái giáo xứ giúp bà con làng chài đưa nước mắm lên chuẩn OCOP",
        "lead": "Từ những buổi chia sẻ kinh nghiệm sau thánh lễ sáng Chúa nhật, nhóm bác ái giáo "
        "xứ đã đồng hành cùng mười hai hộ làng chài nghèo làm nước mắm nhĩ, nay sản phẩm được "
        "huyện công nhận đạt 3 sao OCOP.",
        "paras": [
            "Làng chài ven cửa biển có hơn hai trăm hộ, phần đông sống nhờ những chuyến ra khơi "
            "ngắn ngày. Khi cá về ít, nhiều gia đình phải bán rẻ cá cơm cho lò mắm ở xã bên. Ông "
            "Phêrô Nguyễn Văn Lành, trưởng nhóm bác ái, nhận thấy các bà trong xóm vốn giỏi ủ "
            "chượp nhưng chưa ai nghĩ đến việc làm ra sản phẩm có tên tuổi.",
            "Năm 2023, nhóm đề nghị hội đồng mục vụ cho mượn khoảng sân phía sau nhà giáo lý để "
            "đặt hai mươi thùng gỗ bời lời ủ mắm. Bà con góp cá, nhóm bác ái vận động ân nhân xa "
            "quê gửi về tiền mua muối, thùng và chai thủy tinh. Mỗi hộ được phân công chăm một "
            "số thùng, ghi ngày ủ và ngày kéo rút lên tấm bảng treo cạnh cửa kho.",
            "Sau mười hai tháng ủ, mẻ nước mắm đầu tiên có độ đạm hơn ba mươi độ, màu cánh gián "
            "trong. Người trong xứ mua ủng hộ trước, rồi tiếng lành đồn xa, các đoàn hành hương "
            "ghé nhà thờ cũng xin mua mang về làm quà.",
            "Cán bộ nông nghiệp xã thấy sản phẩm có chất lượng ổn định nên hướng dẫn nhóm thành "
            "lập tổ hợp tác và làm hồ sơ tham gia chương trình OCOP. Một giáo dân làm nghề kế "
            "toán nhận giúp sổ sách, một bạn trẻ trong ca đoàn vẽ nhãn chai với hình cánh buồm "
            "và ngọn hải đăng đầu làng.",
            "Tháng 10 vừa qua, hội đồng đánh giá cấp huyện công nhận nước mắm nhĩ của tổ hợp tác "
            "đạt 3 sao. Ông Lành nói niềm vui lớn nhất không phải tấm giấy chứng nhận mà là các "
            "hộ đã có thêm nguồn thu ổn định, con cái không phải nghỉ học theo cha ra biển.",
            "Hiện tổ bán khoảng bốn nghìn lít mỗi năm, lợi nhuận chia cho các hộ theo ngày công, "
            "một phần nhỏ để lại quỹ học bổng cho thiếu nhi nghèo trong giáo xứ và cả các em "
            "bên lương trong thôn. Nhóm đang tìm cách làm thêm mắm cá cơm đóng hũ nhỏ để bán "
            "cho khách du lịch dịp hè.",
            "Cha quản xứ cho biết giáo xứ sẽ tiếp tục cho mượn mặt bằng và khuyến khích các "
            "giới trong xứ cùng tiêu thụ sản phẩm của bà con. Ngài mong mô hình giúp người nghèo "
            "đứng được trên đôi chân của mình, thay vì chỉ nhận quà cứu trợ mỗi dịp lễ Tết.",
            "Những ai muốn ủng hộ sản phẩm có thể liên hệ văn phòng giáo xứ vào giờ hành chính "
            "hoặc gặp trực tiếp nhóm bác ái sau các thánh lễ Chúa nhật.",
        ],
        "captions": [
            "Các thùng gỗ ủ chượp đặt phía sau nhà giáo lý của giáo xứ.",
            "Thành viên tổ hợp tác đóng chai nước mắm trước khi dán nhãn.",
        ],
        "byline": "Maria Thanh Tâm",
        "attribution": "Ban Truyền thông giáo xứ",
        "mid": ["Thông báo lịch xưng tội mùa Vọng tại các giáo họ"],
    },
    "brief": {
        "title": "Gian hàng nước mắm OCOP của làng chài tại hội chợ bác ái giáo hạt",
        "lead": "",
        "paras": [
            "Trong hội chợ bác ái giáo hạt diễn ra chiều thứ bảy 21 tháng 11, tổ hợp tác làng "
            "chài mang đến gian hàng nước mắm nhĩ vừa đạt 3 sao OCOP. Toàn bộ tiền lời trong "
            "ngày được góp vào quỹ học bổng cho học sinh nghèo. Quý ông bà anh chị em muốn đặt "
            "mua xin ghi tên tại văn phòng giáo xứ.",
        ],
        "captions": [],
        "byline": "Maria Thanh Tâm",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Thiếu nhi giáo xứ tổ chức đêm văn nghệ mừng lễ bổn mạng",
        "lead": "Tối thứ sáu vừa qua, gần bốn trăm em thiếu nhi và phụ huynh đã cùng nhau tham "
        "dự đêm văn nghệ mừng lễ bổn mạng của đoàn thiếu nhi giáo xứ.",
        "paras": [
            "Chương trình gồm mười lăm tiết mục múa, hát và kịch ngắn do chính các em dàn dựng "
            "trong hai tháng. Tiết mục được yêu thích nhất là vở kịch về người mục đồng tìm "
            "chiên lạc do các em ngành ấu nhi trình diễn.",
            "Các huynh trưởng cho biết năm nay đoàn có thêm ba mươi đoàn sinh mới. Cuối chương "
            "trình, ban tổ chức trao phần thưởng cho các em chuyên cần học giáo lý và đạt kết "
            "quả tốt ở trường.",
            "Ban điều hành cảm ơn các ân nhân đã tài trợ âm thanh, ánh sáng và bánh kẹo cho "
            "các em trong đêm văn nghệ.",
        ],
        "captions": ["Các em ngành ấu nhi trong vở kịch người mục đồng."],
        "byline": "Giuse Minh Khôi",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ Buddhist community news portal
PAGES["phat_su"] = {
    "long": {
        "title": "Chùa vùng cao hướng dẫn bà con làm trà hoa vàng, sản phẩm được công nhận OCOP",
        "lead": "Ngôi chùa nhỏ trên sườn núi không chỉ là nơi sinh hoạt tâm linh mà còn trở thành "
        "điểm tựa sinh kế của gần năm mươi hộ đồng bào, khi sản phẩm trà hoa vàng do chùa khởi "
        "xướng vừa đạt chuẩn OCOP 3 sao.",
        "paras": [
            "Chùa được trùng tu cách đây tám năm trên nền một am cũ, xung quanh là những cánh "
            "rừng có nhiều cây trà hoa vàng mọc tự nhiên. Thời gian đầu, các vị tăng trong chùa "
            "hái hoa về sao khô để dùng và dâng khách hành hương. Thấy khách ưa chuộng, sư trụ "
            "trì nghĩ đến việc giúp bà con quanh vùng có thêm thu nhập từ loài hoa quý này.",
            "Năm 2022, chùa mời cán bộ khuyến nông huyện về hướng dẫn bà con nhân giống, trồng "
            "trà dưới tán rừng thay vì chặt cây già lấy hoa. Chùa đứng ra mua cây giống, chia cho "
            "các hộ nghèo trước, kèm theo lời giao ước không phá rừng, không dùng thuốc hóa học.",
            "Hoa hái về được đưa đến một gian nhà sấy nhỏ dựng ngay cạnh nhà khách của chùa. "
            "Các Phật tử trẻ dưới xuôi lên công quả dạy bà con cách phân loại hoa, sấy ở nhiệt độ "
            "thấp để giữ màu vàng óng và đóng gói vào hộp giấy. Mỗi mùa hoa kéo dài khoảng ba "
            "tháng, mỗi hộ thu thêm từ mười đến hai mươi triệu đồng.",
            "Khi số hộ tham gia tăng lên, chùa khuyến khích bà con lập hợp tác xã để tự quản lý, "
            "tự ký hợp đồng bán hàng. Chính quyền xã hỗ trợ thủ tục và hướng dẫn làm hồ sơ tham "
            "gia chương trình OCOP. Tháng 9 vừa qua, trà hoa vàng sấy khô của hợp tác xã được "
            "tỉnh công nhận đạt 3 sao.",
            "Giám đốc hợp tác xã, một người con của bản, cho biết trước đây nhiều gia đình chỉ "
            "biết vào rừng lấy măng, củi bán lấy tiền. Nay mọi người hiểu rằng giữ rừng thì cây "
            "trà mới ra hoa, có hoa mới có thu nhập. Số vụ chặt phá rừng trong thôn giảm hẳn.",
            "Sư trụ trì chia sẻ rằng việc của nhà chùa chỉ là gieo duyên ban đầu. Khi bà con đã "
            "vững vàng, chùa lui về đúng vai trò của mình, chỉ giúp giới thiệu sản phẩm đến các "
            "đạo tràng và Phật tử các nơi khi có dịp.",
            "Hiện hợp tác xã đang thử làm thêm trà túi lọc và cao trà để tăng giá trị. Một số "
            "khách hành hương đã đặt mua số lượng lớn làm quà biếu dịp cuối năm. Ban đại diện "
            "Phật giáo huyện đánh giá đây là mô hình nên nhân rộng ở các cơ sở tự viện vùng sâu, "
            "vùng xa, nơi đời sống người dân còn nhiều khó khăn.",
        ],
        "captions": [
            "Bà con trong bản hái hoa trà dưới tán rừng gần chùa.",
            "Sản phẩm trà hoa vàng đóng hộp của hợp tác xã.",
        ],
        "byline": "Tâm Nhuận Hòa",
        "attribution": "",
        "mid": ["Khóa tu mùa đông dành cho thanh thiếu niên tại chùa Tỉnh hội"],
    },
    "brief": {
        "title": "Phật tử mang trà hoa vàng OCOP về xuôi giới thiệu tại đạo tràng",
        "lead": "",
        "paras": [
            "Ngày 21 tháng 11, đạo tràng của chùa tổ chức buổi giới thiệu trà hoa vàng 3 sao "
            "OCOP do bà con vùng cao sản xuất. Phật tử được thưởng trà, nghe kể về mô hình giữ "
            "rừng trồng trà và đặt mua ủng hộ. Toàn bộ số tiền được chuyển thẳng cho hợp tác xã, "
            "nhà chùa không giữ lại bất kỳ khoản nào.",
        ],
        "captions": [],
        "byline": "Diệu Minh",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Ban Từ thiện Phật giáo huyện trao xe đạp cho học sinh nghèo",
        "lead": "Trước mùa mưa rét, Ban Từ thiện Phật giáo huyện đã trao sáu mươi chiếc xe đạp "
        "cho học sinh có hoàn cảnh khó khăn ở các xã biên giới.",
        "paras": [
            "Buổi trao tặng diễn ra tại sân trường trung học cơ sở của xã, có sự tham dự của "
            "chư tăng, thầy cô giáo và phụ huynh. Các em được chọn đều phải đi bộ hơn năm cây số "
            "mỗi ngày để đến lớp.",
            "Kinh phí mua xe do các đạo tràng và nhà hảo tâm ở thành phố đóng góp trong mùa an "
            "cư vừa qua. Mỗi chiếc xe kèm theo mũ bảo hiểm, áo mưa và một phần học bổng nhỏ.",
            "Đại diện nhà trường cho biết nhờ có xe, các em sẽ đến lớp đúng giờ hơn và ít phải "
            "nghỉ học vào những ngày mưa lớn.",
        ],
        "captions": ["Chư tăng trao xe đạp cho các em học sinh."],
        "byline": "Tâm Nhuận Hòa",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ city youth union site (nested HTML doc)
PAGES["doan_thanh_nien"] = {
    "long": {
        "title": "Đội hình sinh viên tình nguyện giúp nông dân số hóa sản phẩm OCOP",
        "lead": "Suốt mùa hè, ba mươi sinh viên tình nguyện đã ở cùng bà con bốn xã ven đô, giúp "
        "các chủ thể OCOP tạo mã truy xuất, chụp ảnh sản phẩm và mở gian hàng trên sàn thương "
        "mại điện tử.",
        "paras": [
            "Đội hình được Thành đoàn thành lập với thành viên là sinh viên các ngành công nghệ "
            "thông tin, thiết kế và quản trị kinh doanh. Trước khi xuống địa bàn, các bạn được "
            "tập huấn về chương trình OCOP, quy định ghi nhãn hàng hóa và cách làm việc với người "
            "dân lớn tuổi.",
            "Việc đầu tiên đội làm là đi từng hộ để khảo sát. Nhiều chủ thể có sản phẩm đạt 3 "
            "sao, 4 sao nhưng chưa từng bán hàng qua mạng, ảnh sản phẩm chụp vội trên bàn ăn, mã "
            "QR in trên bao bì dẫn đến một trang trống.",
            "Sinh viên chia thành nhóm nhỏ, mỗi nhóm phụ trách năm đến bảy chủ thể. Các bạn dựng "
            "góc chụp ảnh bằng tấm bìa trắng và đèn bàn, hướng dẫn bà con tự chụp bằng điện "
            "thoại. Nhóm thiết kế làm lại trang thông tin cho từng sản phẩm, ghi rõ vùng nguyên "
            "liệu, quy trình làm và hạng sao được công nhận.",
            "Chị Nguyễn Thị Hoa, chủ cơ sở làm bánh tráng mè đạt 3 sao, kể trước đây chị chỉ "
            "bán cho mối quen ở chợ. Sau khi các bạn sinh viên mở gian hàng và hướng dẫn trả lời "
            "tin nhắn, tháng đầu tiên chị nhận được hơn bốn mươi đơn từ các tỉnh khác.",
            "Không phải việc gì cũng suôn sẻ. Có chủ thể ngại thay đổi, không muốn công khai "
            "quy trình vì sợ bị bắt chước. Các bạn phải đến nhiều lần, kiên nhẫn giải thích rằng "
            "khách hàng ngày nay muốn biết rõ nguồn gốc món ăn trước khi mua.",
            "Kết thúc chiến dịch, đội đã hỗ trợ bốn mươi hai chủ thể cập nhật mã truy xuất, mở "
            "hai mươi sáu gian hàng trực tuyến và quay ba mươi video ngắn giới thiệu sản phẩm. "
            "Tài liệu hướng dẫn được in thành sổ tay để bà con giữ lại dùng về sau.",
            "Bí thư Thành đoàn cho biết mô hình sẽ được duy trì qua các đợt tình nguyện mùa "
            "đông và mùa xuân, mở rộng thêm sang các xã có làng nghề. Các bạn sinh viên cũng "
            "được xác nhận ngày công tình nguyện để tính điểm rèn luyện.",
        ],
        "captions": [
            "Sinh viên hướng dẫn chủ cơ sở chụp ảnh sản phẩm bằng điện thoại.",
            "Một nhóm tình nguyện cập nhật thông tin gian hàng trực tuyến cho bà con.",
        ],
        "byline": "Minh Khoa",
        "attribution": "Theo Báo Tuổi Trẻ Thủ Đô",
        "mid": ["Thành đoàn phát động cuộc thi ý tưởng khởi nghiệp năm 2027"],
    },
    "brief": {
        "title": "Sinh viên mở quầy bán hộ sản phẩm OCOP trong ngày hội việc làm",
        "lead": "",
        "paras": [
            "Tại ngày hội việc làm sáng 21 tháng 11, câu lạc bộ khởi nghiệp sinh viên mở một "
            "quầy bán hộ các sản phẩm OCOP của bốn xã ven đô như bánh tráng mè, mật ong và trà "
            "sen. Các bạn giới thiệu câu chuyện từng sản phẩm và hướng dẫn khách quét mã truy "
            "xuất. Tiền bán hàng được chuyển lại cho các chủ thể trong ngày.",
        ],
        "captions": [],
        "byline": "Thanh Vy",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Hơn một nghìn đoàn viên tham gia ngày hội hiến máu mùa đông",
        "lead": "Ngày hội hiến máu do Thành đoàn tổ chức đã tiếp nhận hơn một nghìn đơn vị máu, "
        "góp phần bổ sung nguồn máu dự trữ cho các bệnh viện trong dịp cuối năm.",
        "paras": [
            "Từ sáng sớm, nhà văn hóa thanh niên đã kín chỗ. Nhiều bạn sinh viên lần đầu hiến "
            "máu được các y bác sĩ trấn an, hướng dẫn ăn nhẹ và uống đủ nước trước khi lấy máu.",
            "Ban tổ chức bố trí khu nghỉ ngơi, phát bánh sữa và giấy chứng nhận cho người hiến. "
            "Các câu lạc bộ văn nghệ biểu diễn suốt buổi để không khí thêm vui.",
            "Thành đoàn cho biết sẽ tổ chức thêm một đợt vào dịp lễ hội xuân năm sau.",
        ],
        "captions": ["Sinh viên đăng ký hiến máu tại nhà văn hóa thanh niên."],
        "byline": "Thanh Vy",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ daily's e-paper (print edition) page
PAGES["bao_in"] = {
    "long": {
        "title": "Làng gốm ven sông tìm lối ra cho sản phẩm OCOP",
        "lead": "Sau hai năm có ba sản phẩm được công nhận OCOP, làng gốm bên bờ sông đang "
        "loay hoay giữa giữ nghề thủ công và đáp ứng những đơn hàng lớn đòi hỏi mẫu mã đồng đều.",
        "paras": [
            "Buổi sáng cuối tháng 11, khói lò bầu đã bốc lên từ mấy xưởng đầu làng. Ông Đặng Văn "
            "Cường, chủ một xưởng gốm ba đời, vừa xếp xong mẻ chum nhỏ vào lò. Chiếc chum men nâu "
            "của gia đình ông là một trong ba sản phẩm gốm của làng đạt chuẩn OCOP 3 sao từ năm "
            "2024.",
            "Theo ông Cường, tấm chứng nhận giúp sản phẩm dễ vào các cửa hàng quà tặng và khu du "
            "lịch. Nhưng khi một công ty nội thất đặt hai nghìn chiếc bình cùng kích thước, cả "
            "xưởng phải từ chối vì làm tay không thể giống hệt nhau đến từng phân.",
            "## Giữa nghề cũ và đơn hàng mới",
            "Làng hiện có hơn bốn mươi hộ còn giữ nghề, phần lớn là người trên năm mươi tuổi. "
            "Lớp trẻ phần đông đi làm công nhân ở khu công nghiệp vì thu nhập ổn định hơn. Một số "
            "xưởng đã mua máy ép khuôn để làm hàng số lượng lớn, nhưng khách du lịch lại chỉ "
            "thích những món đồ mang dấu tay người thợ.",
            "Chủ tịch UBND xã cho biết địa phương định hướng chia làm hai dòng: hàng thủ công cao "
            "cấp gắn với du lịch trải nghiệm, và hàng khuôn phục vụ đơn hàng nội thất. Những sản "
            "phẩm đăng ký OCOP sẽ tập trung vào dòng thứ nhất để giữ câu chuyện của làng.",
            "## Hạ tầng chưa theo kịp",
            "Đường vào làng hẹp, xe tải lớn không vào được, hàng phải chuyển bằng xe ba gác ra "
            "quốc lộ. Bãi đất ven sông dùng để phơi gốm mộc bị sạt lở sau mùa lũ năm ngoái, "
            "nhiều hộ phải phơi ngay trên sân nhà.",
            "Huyện đã đưa dự án mở rộng đường làng và kè bờ sông vào kế hoạch năm 2027. Trung "
            "tâm khuyến công tỉnh cũng hỗ trợ hai xưởng chuyển từ lò củi sang lò ga để giảm khói "
            "và giữ nhiệt độ nung ổn định hơn, giúp tỷ lệ sản phẩm hỏng giảm gần một nửa.",
            "## Đưa khách đến tận lò",
            "Từ đầu năm, năm xưởng gốm mở cửa đón khách tham quan, cho du khách tự nặn và vẽ lên "
            "sản phẩm của mình. Mỗi tháng làng đón khoảng ba nghìn lượt khách, chủ yếu là học "
            "sinh và các đoàn từ thành phố về vào cuối tuần.",
            "Anh Cường cho rằng nếu có thêm khách, lớp trẻ sẽ thấy nghề gốm đủ sống và quay về. "
            "Con trai anh, vừa tốt nghiệp trường mỹ thuật, đang thử thiết kế dòng chén trà mới "
            "để đăng ký đánh giá OCOP vào năm sau.",
        ],
        "captions": [
            "Thợ gốm tạo hình chum trên bàn xoay tay tại một xưởng trong làng.",
            "Du khách nhỏ tuổi vẽ men lên sản phẩm gốm mộc.",
        ],
        "byline": "Hồng Phúc",
        "attribution": "",
        # the print edition's jump line: rendered as chrome where the page break fell
        "mid": ["(Xem tiếp trang 7)"],
    },
    "brief": {
        "title": "Khai mạc phiên chợ sản phẩm OCOP các làng nghề ven sông",
        "lead": "",
        "paras": [
            "Sáng 21 tháng 11, phiên chợ sản phẩm OCOP các làng nghề ven sông khai mạc tại "
            "quảng trường trung tâm thị xã với sáu mươi gian hàng gốm, mây tre đan, chiếu cói và "
            "bánh đa. Chợ mở cửa đến hết ngày 25, có khu trình diễn nặn gốm và đan lát cho khách "
            "tham quan tự tay thực hành.",
        ],
        "captions": [],
        "byline": "H.P",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Bệnh viện tỉnh đưa vào sử dụng khu điều trị ung bướu mới",
        "lead": "Khu điều trị ung bướu với hơn hai trăm giường bệnh vừa được đưa vào sử dụng, "
        "giúp giảm tình trạng nằm ghép kéo dài nhiều năm qua.",
        "paras": [
            "Tòa nhà sáu tầng được xây trên nền khu nhà cũ, có phòng hóa trị ban ngày, khu xạ trị "
            "và phòng chăm sóc giảm nhẹ. Người bệnh điều trị ngoại trú có khu chờ riêng, không "
            "phải xếp hàng cùng bệnh nhân khám thường.",
            "Giám đốc bệnh viện cho biết trước đây mỗi giường phải nằm hai đến ba người vào mùa "
            "cao điểm. Với khu mới, bệnh viện có thể tiếp nhận thêm khoảng bốn mươi ca điều trị "
            "mỗi ngày.",
            "Bệnh viện đang đào tạo thêm bác sĩ chuyên khoa và dự kiến triển khai kỹ thuật xạ trị "
            "mới vào giữa năm sau.",
        ],
        "captions": ["Phòng hóa trị ban ngày tại khu điều trị mới."],
        "byline": "Thu Hà",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ provincial tourism department portal
PAGES["du_lich_so"] = {
    "long": {
        "title": "Quà lưu niệm OCOP: điểm nhấn mới trên các tuyến du lịch cộng đồng",
        "lead": "Thay vì những món quà lưu niệm na ná nhau ở mọi điểm đến, nhiều điểm du lịch "
        "cộng đồng trong tỉnh đã đưa sản phẩm OCOP của chính địa phương vào quầy hàng, giúp du "
        "khách mang về một phần hương vị của vùng đất.",
        "paras": [
            "Tại điểm du lịch cộng đồng cồn Phú Lợi, quầy quà tặng trước đây chỉ bày móc khóa, "
            "nón lá in chữ và vài gói kẹo không rõ nguồn gốc. Từ đầu năm, ban quản lý điểm đã "
            "thay toàn bộ bằng sản phẩm của các hộ trên cồn, trong đó có mứt dừa, bánh phồng sữa "
            "và rượu trái cây đều đã đạt chuẩn OCOP.",
            "Ông Võ Thành Nhân, trưởng ban quản lý, cho biết doanh thu quầy hàng tăng gấp ba lần "
            "so với năm trước. Khách thích nhất là được xem tận nơi cách làm, sau đó mua sản "
            "phẩm có nhãn ghi rõ tên hộ sản xuất và hạng sao.",
            "Sở Văn hóa, Thể thao và Du lịch đã phối hợp với Sở Nông nghiệp xây dựng bộ tiêu chí "
            "điểm bán quà lưu niệm OCOP tại các khu, điểm du lịch. Điểm bán phải có bảng giới "
            "thiệu chương trình Mỗi xã một sản phẩm, niêm yết giá và ưu tiên sản phẩm trong "
            "tỉnh. Đến nay có hai mươi ba điểm được gắn biển.",
            "Các công ty lữ hành cũng bắt đầu thiết kế tour có điểm dừng tại cơ sở sản xuất. "
            "Tour nửa ngày đi thuyền qua các rạch nhỏ, ghé lò kẹo dừa và vườn ca cao, kết thúc "
            "bằng bữa trưa với món ăn chế biến từ nông sản của cồn đang được nhiều đoàn khách "
            "nước ngoài lựa chọn.",
            "Tuy vậy, nhiều chủ thể vẫn gặp khó khi bán cho khách du lịch. Bao bì lớn, nặng, "
            "khó mang lên máy bay; một số sản phẩm dạng lỏng không được mang theo hành lý xách "
            "tay. Sở khuyến khích các cơ sở làm thêm dòng quà tặng nhỏ gọn, có hướng dẫn song "
            "ngữ và dịch vụ gửi hàng về tận nhà.",
            "Năm 2027, tỉnh sẽ tổ chức cuộc thi thiết kế quà lưu niệm du lịch, trong đó có hạng "
            "mục riêng cho sản phẩm OCOP. Những mẫu đoạt giải sẽ được hỗ trợ sản xuất thử và "
            "giới thiệu tại các hội chợ du lịch trong nước.",
            "Theo đánh giá của sở, việc gắn sản phẩm địa phương với du lịch không chỉ tăng "
            "thu nhập cho người dân mà còn giúp du khách ở lại lâu hơn, chi tiêu nhiều hơn và "
            "nhớ đến điểm đến bằng những câu chuyện cụ thể.",
        ],
        "captions": [
            "Du khách chọn mua mứt dừa tại quầy quà tặng của điểm du lịch cộng đồng.",
            "Đoàn khách nước ngoài tham quan lò kẹo dừa trên cồn.",
        ],
        "byline": "Phòng Quản lý Du lịch",
        "attribution": "",
        "mid": ["Lịch lễ hội và sự kiện du lịch tháng 12 trên địa bàn tỉnh"],
    },
    "brief": {
        "title": "Tuần lễ quà tặng du lịch và sản phẩm OCOP tại bến tàu khách",
        "lead": "",
        "paras": [
            "Từ ngày 20 đến 26 tháng 11, Sở Văn hóa, Thể thao và Du lịch tổ chức tuần lễ quà "
            "tặng du lịch và sản phẩm OCOP tại bến tàu khách trung tâm. Hai mươi gian hàng giới "
            "thiệu mứt dừa, kẹo dừa, bánh phồng và đồ thủ công từ vỏ dừa. Du khách mua hàng có "
            "hóa đơn được tặng vé đi thuyền tham quan các cồn vào buổi chiều.",
        ],
        "captions": [],
        "byline": "Phòng Quản lý Du lịch",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Lễ hội đua ghe truyền thống thu hút hàng nghìn du khách",
        "lead": "Mười hai đội ghe của các xã ven sông đã tranh tài trong lễ hội đua ghe truyền "
        "thống, thu hút đông đảo người dân và du khách đến cổ vũ.",
        "paras": [
            "Các đội thi đấu trên đoạn sông dài một nghìn hai trăm mét trước công viên bờ sông. "
            "Mỗi chiếc ghe có hơn ba mươi tay chèo, đội mặc áo cùng màu và đánh trống giữ nhịp.",
            "Bên cạnh cuộc đua, ban tổ chức còn có trò chơi dân gian, biểu diễn đờn ca tài tử "
            "và khu ẩm thực với các món bánh dân gian của vùng sông nước.",
            "Lễ hội là một trong những sự kiện chính của chương trình du lịch cuối năm, dự kiến "
            "sẽ được tổ chức thường niên với quy mô lớn hơn.",
        ],
        "captions": ["Các đội ghe tăng tốc ở đoạn cuối đường đua."],
        "byline": "Phòng Quản lý Du lịch",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ bank CSR / press-release page
PAGES["ngan_hang_csr"] = {
    "long": {
        "title": "Ngân hàng ký kết chương trình tín dụng xanh đồng hành cùng chủ thể OCOP",
        "lead": "Ngân hàng TMCP Phương Nam vừa ký thỏa thuận hợp tác với Liên minh Hợp tác xã "
        "tỉnh, dành gói tín dụng ưu đãi và chương trình đào tạo tài chính cho các hợp tác xã "
        "có sản phẩm đạt chuẩn OCOP.",
        "paras": [
            "Theo thỏa thuận, các hợp tác xã, tổ hợp tác và hộ kinh doanh có sản phẩm OCOP còn "
            "hiệu lực được vay vốn lưu động và vốn đầu tư máy móc với lãi suất thấp hơn mặt bằng "
            "chung. Thời hạn vay tối đa sáu mươi tháng, tài sản bảo đảm có thể là chính máy móc "
            "hình thành từ vốn vay.",
            "Ngoài tín dụng, ngân hàng sẽ phối hợp với liên minh tổ chức các lớp hướng dẫn ghi "
            "chép sổ sách, lập kế hoạch dòng tiền và sử dụng dịch vụ thanh toán không tiền mặt. "
            "Khóa đầu tiên dự kiến mở vào tháng 12 cho khoảng một trăm học viên là giám đốc và "
            "kế toán hợp tác xã.",
            "Đại diện Liên minh Hợp tác xã tỉnh cho biết khó khăn lớn nhất của các chủ thể hiện "
            "nay là thiếu vốn để đổi mới thiết bị, mở rộng nhà xưởng sau khi được công nhận. "
            "Nhiều cơ sở có đơn hàng nhưng không đủ tiền mua nguyên liệu dự trữ theo mùa vụ.",
            "Phó Tổng Giám đốc ngân hàng cho biết chương trình nằm trong chiến lược tín dụng xanh "
            "của ngân hàng, ưu tiên các dự án sử dụng năng lượng tiết kiệm, xử lý chất thải và "
            "truy xuất nguồn gốc. Hồ sơ vay sẽ được thẩm định tại chi nhánh gần nhất, thời gian "
            "phê duyệt không quá bảy ngày làm việc.",
            "Tại lễ ký kết, ngân hàng cũng trao tặng mười bộ thiết bị sấy năng lượng mặt trời "
            "cho các hợp tác xã nông sản ở vùng khó khăn. Mỗi bộ có thể sấy khoảng ba trăm ký "
            "nông sản tươi mỗi mẻ, giảm đáng kể chi phí điện và củi.",
            "Trong năm 2026, ngân hàng đã giải ngân hơn năm trăm tỷ đồng cho khu vực kinh tế tập "
            "thể trên địa bàn các tỉnh phía Nam. Ngân hàng đặt mục tiêu nâng dư nợ cho các chủ "
            "thể OCOP lên gấp đôi trong hai năm tới, đồng thời mở rộng dịch vụ tư vấn tài chính "
            "miễn phí tại các phòng giao dịch vùng nông thôn.",
        ],
        "captions": [
            "Lãnh đạo ngân hàng và liên minh hợp tác xã ký thỏa thuận hợp tác.",
            "Bàn giao thiết bị sấy năng lượng mặt trời cho đại diện các hợp tác xã.",
        ],
        "byline": "",
        "attribution": "",
        "mid": ["Phương Nam Bank triển khai ứng dụng ngân hàng số phiên bản mới"],
    },
    "brief": {
        "title": "Phương Nam Bank mở quầy tư vấn vốn cho chủ thể OCOP tại hội chợ",
        "lead": "",
        "paras": [
            "Trong thời gian hội chợ nông nghiệp vùng diễn ra từ ngày 20 đến 24 tháng 11, chi "
            "nhánh ngân hàng đặt quầy tư vấn vay vốn ngay khu gian hàng sản phẩm OCOP. Chủ cơ sở "
            "được hướng dẫn chuẩn bị hồ sơ, mở tài khoản và cài ứng dụng thanh toán. Khách hàng "
            "đăng ký tại quầy được miễn phí chuyển khoản trong một năm.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Cán bộ nhân viên ngân hàng hiến máu và trao quà cho bệnh nhi",
        "lead": "Hơn ba trăm cán bộ nhân viên ngân hàng tại khu vực phía Nam đã tham gia ngày "
        "hội hiến máu và thăm hỏi các bệnh nhi đang điều trị dài ngày.",
        "paras": [
            "Ngày hội được tổ chức đồng thời tại hội sở và sáu chi nhánh, tiếp nhận gần ba trăm "
            "đơn vị máu. Nhiều nhân viên đã tham gia hiến máu từ năm lần trở lên.",
            "Cùng ngày, công đoàn ngân hàng đến thăm khoa nhi của bệnh viện tỉnh, tặng sữa, "
            "truyện tranh và đồ chơi cho các em đang điều trị. Các tình nguyện viên hóa trang, "
            "kể chuyện và hát cùng các em suốt buổi chiều.",
            "Đây là hoạt động thường niên trong chương trình vì cộng đồng của ngân hàng.",
        ],
        "captions": ["Nhân viên ngân hàng đăng ký hiến máu tại hội sở."],
        "byline": "",
        "attribution": "",
        "mid": [],
    },
}
