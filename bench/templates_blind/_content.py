"""Texts of the blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading, still body text),
captions (image captions: NOT body), byline (author line: not body), attribution ("Theo …":
not body), mid (headlines of a "Đọc thêm"/"Tin liên quan" box inserted mid-body: chrome).
"""

# Headlines used in related-news boxes, sidebars and "most read" lists (chrome everywhere).
HEADLINES = [
    "Bến Tre đặt mục tiêu có thêm 40 sản phẩm OCOP trong năm tới",
    "Mật ong bạc hà Đồng Văn được nâng hạng lên 4 sao OCOP",
    "Phụ nữ dân tộc Mông làm giàu từ nghề dệt lanh truyền thống",
    "Giá cà phê nhân xô tăng mạnh trong tuần đầu tháng",
    "Chợ phiên nông sản an toàn mở cửa mỗi sáng chủ nhật",
    "Tỉnh phê duyệt kế hoạch phát triển du lịch cộng đồng giai đoạn mới",
    "Thêm 18 sản phẩm được công nhận đạt chuẩn OCOP cấp tỉnh",
    "Nông dân miền Tây chuyển từ lúa sang trồng dừa sáp",
    "Hợp tác xã chè Tân Cương mở rộng vùng nguyên liệu hữu cơ",
    "Khởi công tuyến đường liên xã dài 12 km ở vùng cao",
    "Hội thảo kết nối tiêu thụ sản phẩm OCOP với hệ thống siêu thị",
    "Miến dong Bình Liêu vào mùa sản xuất cuối năm",
    "Cảnh báo mưa lớn diện rộng ở các tỉnh Bắc Trung Bộ",
    "Sâm Ngọc Linh được định giá lại sau vụ thu hoạch",
    "Làng nghề bánh tráng chuẩn bị hàng phục vụ Tết",
    "Tập huấn kỹ năng bán hàng trực tuyến cho chủ thể OCOP",
    "Học sinh vùng biên nhận học bổng đầu năm học",
    "Xuất khẩu rau quả mười tháng vượt 6 tỷ USD",
    "Nước mắm truyền thống tìm đường vào thị trường châu Âu",
    "Giải chạy vì trẻ em nghèo thu hút 3.000 vận động viên",
    "Hỗ trợ thiết kế bao bì cho 50 sản phẩm nông sản địa phương",
    "Bưởi Diễn mất mùa vì nắng nóng kéo dài",
    "Ra mắt điểm giới thiệu và bán sản phẩm OCOP tại trung tâm huyện",
    "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
]

# Listing-page teasers: (headline, sapo). A listing shows ten or more of them.
TEASERS = [
    (
        "Quảng Ninh tổ chức tuần hàng OCOP tại chợ Hạ Long 1",
        "Hơn 70 gian hàng của các địa phương trong tỉnh trưng bày đặc sản biển, dược liệu và đồ "
        "thủ công; ban tổ chức dự kiến đón khoảng 20.000 lượt khách trong sáu ngày.",
    ),
    (
        "Nông dân Hưng Yên thu hoạch nhãn muộn đạt năng suất cao",
        "Nhờ áp dụng kỹ thuật rải vụ, nhiều hộ ở thành phố Hưng Yên có nhãn bán vào cuối tháng "
        "mười, giá cao hơn chính vụ gần gấp đôi.",
    ),
    (
        "Gia Lai hỗ trợ 30 chủ thể hoàn thiện hồ sơ đánh giá sản phẩm",
        "Sở Nông nghiệp cử cán bộ xuống tận cơ sở hướng dẫn ghi nhãn, truy xuất nguồn gốc và "
        "xây dựng câu chuyện sản phẩm trước kỳ chấm điểm.",
    ),
    (
        "Mở rộng diện tích lúa hữu cơ ở vùng ven biển Thái Bình",
        "Hợp tác xã liên kết với một doanh nghiệp gạo để bao tiêu toàn bộ sản lượng, bảo đảm giá "
        "mua không thấp hơn lúa thường trên thị trường.",
    ),
    (
        "Bình Định công nhận thêm 22 sản phẩm đạt 3 sao và 4 sao",
        "Các sản phẩm lần này chủ yếu thuộc nhóm thực phẩm chế biến như rượu Bàu Đá, bánh ít lá "
        "gai và nem chợ Huyện, nâng tổng số của tỉnh lên hơn 300.",
    ),
    (
        "Làng gốm Bát Tràng đón đoàn khách quốc tế đầu mùa du lịch",
        "Du khách được trực tiếp nặn, vẽ và nung sản phẩm, sau đó mang về làm quà lưu niệm; "
        "nhiều xưởng phải mở thêm ca để phục vụ.",
    ),
    (
        "Trà hoa vàng Ba Chẽ vào hệ thống cửa hàng tiện lợi",
        "Sau ba năm xây dựng thương hiệu, sản phẩm đã có mặt tại gần 200 cửa hàng ở Hà Nội và "
        "Thành phố Hồ Chí Minh với bao bì mới.",
    ),
    (
        "Cần Thơ hướng dẫn chủ thể sản phẩm đăng ký mã số vùng trồng",
        "Mã số vùng trồng là điều kiện bắt buộc để trái cây vào các thị trường khó tính, nhưng "
        "nhiều hộ nhỏ lẻ vẫn chưa nắm rõ thủ tục.",
    ),
    (
        "Hà Tĩnh dành 25 tỷ đồng phát triển sản phẩm chủ lực cấp xã",
        "Nguồn vốn được dùng để hỗ trợ máy móc, nhà xưởng, chứng nhận chất lượng và quảng bá tại "
        "các hội chợ trong và ngoài tỉnh.",
    ),
    (
        "Bánh đa kế Bắc Giang hút khách dịp cuối năm",
        "Các lò bánh ở phường Dĩnh Kế làm việc từ ba giờ sáng để kịp giao hàng cho thương lái và "
        "khách đặt qua mạng xã hội.",
    ),
    (
        "Đắk Lắk chấm điểm 46 sản phẩm cà phê, ca cao và mắc ca",
        "Hội đồng cấp tỉnh đánh giá cao sự đầu tư vào chế biến sâu, song lưu ý nhiều cơ sở chưa có "
        "phòng kiểm nghiệm nội bộ.",
    ),
    (
        "Thanh Hóa khai trương trung tâm trưng bày đặc sản xứ Thanh",
        "Trung tâm rộng 500 mét vuông, giới thiệu nem chua, chè lam, mắm tép cùng nhiều sản phẩm "
        "thủ công mỹ nghệ của các huyện miền núi.",
    ),
    (
        "Lâm Đồng: rau sạch Đà Lạt lên sàn thương mại điện tử xuyên biên giới",
        "Một số doanh nghiệp đã ký hợp đồng giao hàng định kỳ sang Singapore và Hàn Quốc bằng "
        "đường hàng không trong vòng 48 giờ.",
    ),
    (
        "Kiểm tra việc sử dụng nhãn sao trên bao bì sản phẩm",
        "Đoàn liên ngành phát hiện một số cơ sở in biểu tượng sao khi giấy chứng nhận đã hết hạn "
        "và yêu cầu thu hồi bao bì trong 30 ngày.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

PAGES["vne_daily"] = {
    "long": {
        "title": "Chè Shan tuyết cổ thụ giúp bản vùng cao có sản phẩm OCOP 5 sao",
        "lead": "Hà Giang - Từ những cây chè hàng trăm năm tuổi trên đỉnh Tây Côn Lĩnh, một hợp tác "
        "xã của người Dao đã làm ra loại trà được chấm 5 sao, bán tới tận châu Âu.",
        "paras": [
            "Sáu giờ sáng, sương còn phủ kín sườn núi, bà Triệu Thị Mây đã đeo gùi lên đồi. Những "
            "cây chè ở đây cao quá đầu người, thân phủ rêu trắng, muốn hái phải bắc thang tre hoặc "
            "trèo hẳn lên cành. Bà Mây cho biết cả bản có hơn 4.000 cây như vậy, cây già nhất được "
            "các cụ ước chừng ba trăm năm.",
            "Trước kia, người trong bản hái chè về sao chảo gang rồi gùi xuống chợ huyện bán "
            "với giá rẻ. Có năm thương lái ép giá chỉ còn vài chục nghìn đồng một cân, nhiều hộ "
            "bỏ mặc đồi chè để đi làm thuê dưới xuôi.",
            "## Từ chảo gang đến xưởng chế biến",
            "Năm 2019, mười hai hộ góp vốn lập hợp tác xã, vay thêm tiền mua máy vò, máy sấy và "
            "xây xưởng sạch có mái tôn cách nhiệt. Anh Bàn Văn Kiên, giám đốc hợp tác xã, kể rằng "
            "thời gian đầu cả nhóm làm hỏng gần một tấn búp vì chưa quen điều chỉnh nhiệt độ. "
            "Phải mất hai vụ, họ mới tìm được quy trình cho ra trà có nước vàng sánh, hương cốm "
            "non và vị ngọt hậu kéo dài.",
            "Hợp tác xã đặt quy định nghiêm ngặt với thành viên: không phun thuốc diệt cỏ, không "
            "bón phân hóa học, mỗi cây chỉ hái một tôm hai lá. Búp hái về phải vào xưởng trong "
            "vòng bốn giờ. Mỗi lô trà đều được ghi nhật ký để truy ngược đến từng đồi.",
            "Năm 2021, sản phẩm trà bạch được hội đồng cấp tỉnh đánh giá đạt 4 sao. Đến đợt xét "
            "chọn cấp quốc gia năm nay, trà bạch và trà vàng của hợp tác xã cùng đạt 5 sao, trở "
            "thành hai trong số ít sản phẩm OCOP 5 sao của khu vực miền núi phía Bắc.",
            "## Thị trường mở ra",
            "Theo anh Kiên, nhãn sao giúp việc bán hàng dễ hơn hẳn. Các chuỗi cửa hàng đặc sản ở "
            "Hà Nội chủ động tìm đến đặt hàng, một nhà nhập khẩu ở Đức mỗi năm mua khoảng hai tấn "
            "trà thành phẩm. Giá bán lẻ trà bạch hiện từ 2,5 đến 3 triệu đồng một cân, gấp hàng "
            "chục lần chè xanh thông thường.",
            "Doanh thu năm ngoái của hợp tác xã đạt gần 6 tỷ đồng. Hợp tác xã thu mua búp tươi "
            "của 160 hộ trong xã với giá cao hơn thị trường khoảng 20%, tạo việc làm thường xuyên "
            "cho 35 lao động, phần lớn là phụ nữ.",
            "Chị Lý Thị Hoa, một thành viên, nói gia đình chị trước đây chỉ trông vào nương ngô. "
            "Từ khi bán búp cho hợp tác xã, mỗi tháng chị có thêm khoảng bảy triệu đồng, đủ nuôi "
            "hai con học nội trú dưới thị trấn.",
            "## Giữ cây chè cổ",
            "Điều anh Kiên lo nhất là nguy cơ khai thác quá mức. Khi trà được giá, một số hộ muốn "
            "hái cả búp già, tỉa cành mạnh để có nhiều lứa. Hợp tác xã vì vậy thống nhất mỗi năm "
            "chỉ thu ba vụ, cây nào có dấu hiệu suy phải để nghỉ cả năm.",
            "Ông Nguyễn Văn Thành, Phó giám đốc Sở Nông nghiệp và Môi trường tỉnh, cho biết tỉnh "
            "đang lập hồ sơ bảo tồn quần thể chè cổ thụ và hỗ trợ các hợp tác xã xây dựng chỉ dẫn "
            "địa lý. Toàn tỉnh hiện có hơn 200 sản phẩm OCOP, trong đó nhóm chè chiếm gần một "
            "phần ba.",
            "Ông Thành cho rằng chương trình không chỉ dừng ở việc gắn sao. Điều quan trọng hơn là "
            "người dân hiểu rằng chất lượng và câu chuyện của sản phẩm mới quyết định giá bán. "
            "Khi ấy, họ sẽ tự giữ gìn cây chè như giữ tài sản của bản.",
            "Chiều xuống, những gùi chè cuối cùng được đưa vào xưởng. Mùi trà sấy lan khắp con "
            "dốc, trẻ con trong bản chạy theo xe chở hàng ra đầu đường. Mùa chè năm nay, hợp tác xã "
            "dự kiến thu khoảng mười tấn búp, nhiều nhất kể từ ngày thành lập.",
        ],
        "captions": [
            "Bà Triệu Thị Mây hái chè trên cây cổ thụ ở độ cao 1.800 m. Ảnh: Quỳnh Anh",
            "Trà bạch đóng hộp của hợp tác xã tại phòng trưng bày. Ảnh: Quỳnh Anh",
        ],
        "byline": "Quỳnh Anh",
        "mid": ["Mật ong bạc hà Đồng Văn được nâng hạng lên 4 sao OCOP"],
    },
    "brief": {
        "title": "Sơn La có thêm 21 sản phẩm OCOP",
        "lead": "",
        "paras": [
            "UBND tỉnh Sơn La vừa công nhận 21 sản phẩm đạt chuẩn OCOP năm 2026, gồm 17 sản "
            "phẩm 3 sao và 4 sản phẩm 4 sao. Các sản phẩm chủ yếu là xoài sấy dẻo, mận hậu, cà "
            "phê rang xay và thịt trâu gác bếp của các hợp tác xã ở Mộc Châu, Mai Sơn và Yên "
            "Châu. Giấy chứng nhận có thời hạn 36 tháng. Đến nay, tỉnh có 236 sản phẩm đạt chuẩn.",
        ],
        "captions": [],
        "byline": "Hoàng Nam",
        "mid": [],
    },
    "non_ocop": {
        "title": "Sạt lở taluy cắt đứt quốc lộ 279 qua Bắc Kạn",
        "lead": "Bắc Kạn - Hàng nghìn mét khối đất đá từ taluy dương đổ xuống mặt đường sau trận mưa "
        "kéo dài hai ngày, khiến quốc lộ 279 tê liệt từ rạng sáng.",
        "paras": [
            "Vụ sạt lở xảy ra khoảng 3h tại km 122, đoạn qua xã Nam Cường. Thời điểm đó không có "
            "phương tiện lưu thông nên không có thiệt hại về người. Khối đất đá dài gần 50 m, có "
            "chỗ cao hơn ba mét, vùi lấp toàn bộ mặt đường và một phần cột điện.",
            "Lực lượng quản lý đường bộ đã điều hai máy xúc, ba ô tô tải đến hiện trường. Do "
            "mưa vẫn nặng hạt, việc thông xe dự kiến mất ít nhất hai ngày. Các xe tải nặng được "
            "hướng dẫn đi vòng qua tỉnh lộ 258, dài thêm khoảng 40 km.",
            "Theo đài khí tượng thủy văn tỉnh, lượng mưa trong 48 giờ qua tại khu vực phổ biến "
            "từ 150 đến 220 mm. Nguy cơ sạt lở đất và lũ quét vẫn ở mức cao tại các huyện phía "
            "bắc. Chính quyền địa phương đã di dời 26 hộ sống gần chân taluy đến nơi an toàn.",
            "Ông Hà Văn Lực, chủ tịch xã, cho biết đây là lần thứ ba trong năm đoạn đường này bị "
            "sạt. Xã đã kiến nghị tỉnh sớm đầu tư kè chắn để người dân yên tâm đi lại.",
        ],
        "captions": ["Máy xúc dọn đất đá tại km 122 sáng nay. Ảnh: Đức Hùng"],
        "byline": "Đức Hùng",
        "mid": [],
    },
}

PAGES["sapo_cms"] = {
    "long": {
        "title": "Đưa sản phẩm OCOP lên sàn thương mại điện tử: bán được hàng nhưng khó giữ khách",
        "lead": "Nhiều chủ thể OCOP đã mở gian hàng trên các sàn trực tuyến và có đơn hàng đầu "
        "tiên chỉ sau vài ngày. Tuy vậy, chi phí vận chuyển, quảng cáo và yêu cầu về chất lượng "
        "đồng đều đang khiến không ít cơ sở phải đóng gian hàng sau một thời gian ngắn.",
        "paras": [
            "Tháng ba năm nay, cơ sở sản xuất bánh tráng phơi sương của chị Võ Thị Ngọc ở Trảng "
            "Bàng được hỗ trợ mở gian hàng trên hai sàn thương mại điện tử lớn. Tuần đầu tiên, "
            "chị bán được hơn 300 gói, nhiều hơn cả tháng bán ở chợ.",
            "Niềm vui không kéo dài. Bánh tráng dễ vỡ khi vận chuyển xa, khách phản hồi chê bánh "
            "bị nát, điểm đánh giá của gian hàng tụt nhanh. Chị phải đổi sang hộp giấy cứng, chi "
            "phí bao bì tăng gần gấp ba, lợi nhuận mỗi gói gần như không còn.",
            "## Chi phí ẩn",
            "Câu chuyện của chị Ngọc không hiếm. Theo khảo sát của một hiệp hội doanh nghiệp nhỏ "
            "và vừa tại phía Nam, khoảng 60% chủ thể OCOP được hỏi đã từng bán hàng trực tuyến, "
            "nhưng chỉ chưa đến một phần ba duy trì được gian hàng quá một năm.",
            "Nguyên nhân thường gặp là phí sàn, phí thanh toán và phí quảng cáo cộng lại chiếm "
            "từ 15 đến 25% giá bán. Với các sản phẩm giá thấp như bánh, mứt, nước chấm, khoản này "
            "nhiều khi lớn hơn cả lãi gộp. Trong khi đó, muốn xuất hiện ở trang đầu kết quả tìm "
            "kiếm, người bán gần như buộc phải chạy quảng cáo thường xuyên.",
            "Anh Trần Minh Khoa, người tư vấn bán hàng trực tuyến cho nhiều hợp tác xã, cho rằng "
            "sai lầm phổ biến là đưa nguyên danh mục sản phẩm lên sàn. Theo anh, cơ sở nhỏ nên "
            "chọn hai hoặc ba mặt hàng chịu được vận chuyển, có giá trị đơn hàng đủ lớn, rồi làm "
            "thật tốt khâu hình ảnh và mô tả.",
            "## Chất lượng phải đồng đều",
            "Một thách thức khác là sự đồng đều giữa các lô hàng. Người mua trên mạng so sánh rất "
            "kỹ, chỉ cần một mẻ mặn hơn hay màu khác đi là đánh giá xấu xuất hiện ngay. Nhiều "
            "cơ sở thủ công chưa có quy trình kiểm soát chất lượng bằng văn bản, phụ thuộc vào "
            "kinh nghiệm của một vài người thợ chính.",
            "Bà Lê Thị Hồng, phụ trách một trung tâm xúc tiến thương mại, cho biết đơn vị đã "
            "phối hợp với các sàn mở gian hàng chung mang tên đặc sản vùng miền. Chủ thể chỉ cần "
            "gửi hàng về kho tập trung, khâu đóng gói, chăm sóc khách và xử lý đổi trả do đội "
            "ngũ của trung tâm đảm nhận. Cách làm này giúp giảm chi phí cho từng cơ sở, đồng thời "
            "giữ uy tín chung cho cả nhóm sản phẩm.",
            "## Livestream và kênh riêng",
            "Bên cạnh sàn, nhiều chủ thể chuyển sang bán qua livestream và các nhóm khách quen. "
            "Hợp tác xã nấm ở Củ Chi mỗi tuần livestream hai buổi ngay tại nhà nấm, mỗi buổi "
            "chốt được từ 80 đến 120 đơn. Giám đốc hợp tác xã nói khách tin hơn khi tận mắt thấy "
            "nơi sản xuất, và tỷ lệ khách quay lại cao hơn hẳn so với bán trên sàn.",
            "Các chuyên gia khuyến nghị chính quyền địa phương nên hỗ trợ theo gói: đào tạo kỹ "
            "năng số, thiết kế bao bì phù hợp vận chuyển, kết nối với đơn vị giao hàng có giá ưu "
            "đãi. Chỉ khi đó, nhãn OCOP mới thực sự trở thành lợi thế trên thị trường trực tuyến, "
            "thay vì một dòng chữ nhỏ trên ảnh sản phẩm.",
        ],
        "captions": [
            "Chị Võ Thị Ngọc đóng gói bánh tráng giao cho khách đặt qua mạng. Ảnh: Thanh Tùng",
        ],
        "byline": "Thanh Tùng - Mai Phương",
        "mid": [
            "Tập huấn kỹ năng bán hàng trực tuyến cho chủ thể OCOP",
            "Hội thảo kết nối tiêu thụ sản phẩm OCOP với hệ thống siêu thị",
        ],
    },
    "brief": {
        "title": "TP.HCM chấm điểm 34 sản phẩm OCOP đợt cuối năm",
        "lead": "Hội đồng đánh giá sản phẩm OCOP của thành phố vừa làm việc với 34 sản phẩm "
        "của 19 chủ thể.",
        "paras": [
            "Các sản phẩm gồm rau, nấm, trà thảo mộc, cá khô và đồ thủ công từ mây tre. Kết quả "
            "sẽ được công bố trước ngày 20/12. Thành phố hiện có 196 sản phẩm đạt từ 3 sao trở "
            "lên.",
        ],
        "captions": [],
        "byline": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Giá vàng nhẫn lập đỉnh mới, chênh lệch mua bán nới rộng",
        "lead": "Sáng nay, các doanh nghiệp kim hoàn đồng loạt tăng giá vàng nhẫn thêm khoảng "
        "nửa triệu đồng mỗi lượng so với cuối tuần trước.",
        "paras": [
            "Lúc 9h, vàng nhẫn tròn trơn được niêm yết phổ biến quanh mức 92 triệu đồng một lượng "
            "ở chiều bán ra. Khoảng cách giữa giá mua và giá bán tại nhiều cửa hàng đã lên tới "
            "hai triệu đồng, cao nhất trong ba tháng.",
            "Giới phân tích cho rằng giá trong nước chịu tác động từ đà tăng của thị trường thế "
            "giới, khi nhà đầu tư tìm tài sản an toàn trước các số liệu kinh tế kém khả quan của "
            "Mỹ. Ngoài ra, nhu cầu mua vàng dịp cuối năm cũng bắt đầu tăng.",
            "Một số chuyên gia khuyên người dân không nên mua đuổi khi giá biến động mạnh, nhất "
            "là với khoản tiền vay mượn. Chênh lệch mua bán lớn khiến người mua vào lúc này có "
            "thể chịu lỗ ngay nếu cần bán lại trong ngắn hạn.",
        ],
        "captions": [],
        "byline": "Kim Ngân",
        "mid": [],
    },
}

PAGES["bao_tinh"] = {
    "long": {
        "title": "Bảo Yên: Dồn sức nâng hạng sản phẩm OCOP",
        "lead": "Năm 2026, huyện Bảo Yên có thêm 12 sản phẩm được công nhận OCOP, trong đó 3 sản "
        "phẩm được nâng hạng từ 3 sao lên 4 sao, đưa tổng số sản phẩm của huyện lên 47.",
        "paras": [
            "Đến thăm cơ sở chế biến quế của Hợp tác xã Tân Tiến ở xã Xuân Thượng những ngày "
            "cuối tháng mười một, chúng tôi thấy công nhân đang tất bật phân loại vỏ quế để kịp "
            "giao đơn hàng xuất khẩu. Ông Hoàng Văn Thuận, Giám đốc Hợp tác xã cho biết, sau khi "
            "sản phẩm tinh dầu quế được nâng lên 4 sao, đơn hàng tăng khoảng 30% so với năm trước.",
            "Để đạt được kết quả này, hợp tác xã đã đầu tư hơn 800 triệu đồng cải tạo lò chưng "
            "cất, thay nồi inox, lắp hệ thống ngưng tụ mới và làm lại toàn bộ nhãn mác. Sản "
            "phẩm được kiểm nghiệm định kỳ, có mã QR truy xuất đến từng vùng quế.",
            "Không chỉ quế, các sản phẩm chủ lực khác của huyện như chè, mật ong, gạo nếp, măng "
            "khô cũng được quan tâm đầu tư. Năm nay, huyện hỗ trợ 9 chủ thể mua máy hút chân "
            "không, máy sấy và thiết kế bao bì, với tổng kinh phí hơn 1,2 tỷ đồng từ nguồn "
            "chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
            "Theo ông Lương Văn Hải, Trưởng phòng Nông nghiệp huyện, điểm mới của năm 2026 là "
            "huyện không chạy theo số lượng mà tập trung nâng chất. Các sản phẩm đã đạt 3 sao "
            "được rà soát, chọn ra những sản phẩm có tiềm năng để hỗ trợ hoàn thiện tiêu chí, "
            "đặc biệt là các tiêu chí về tổ chức sản xuất, tiêu chuẩn chất lượng và khả năng "
            "tiếp cận thị trường.",
            "Bên cạnh những kết quả đạt được, việc phát triển sản phẩm OCOP trên địa bàn vẫn còn "
            "khó khăn. Phần lớn chủ thể là hộ kinh doanh và hợp tác xã quy mô nhỏ, vốn ít, "
            "thiếu cán bộ có trình độ về quản trị và tiếp thị. Một số sản phẩm sau khi được "
            "công nhận chưa duy trì được chất lượng, sản lượng bấp bênh theo mùa vụ.",
            "Để khắc phục, huyện đã tổ chức 4 lớp tập huấn cho hơn 150 học viên là chủ thể và "
            "cán bộ cấp xã về xây dựng hồ sơ, quản lý chất lượng và bán hàng trực tuyến. Đồng "
            "thời, huyện phối hợp với các doanh nghiệp phân phối đưa sản phẩm vào hệ thống cửa "
            "hàng tại thành phố Lào Cai và các điểm du lịch Sa Pa, Bắc Hà.",
            "Mục tiêu đến năm 2030, huyện Bảo Yên phấn đấu có ít nhất 60 sản phẩm đạt chuẩn, "
            "trong đó có sản phẩm đạt 5 sao cấp quốc gia; 100% sản phẩm được bán trên ít nhất "
            "một sàn thương mại điện tử và gắn với phát triển du lịch nông thôn.",
        ],
        "captions": ["Chế biến vỏ quế tại Hợp tác xã Tân Tiến, xã Xuân Thượng."],
        "byline": "Thu Hà",
        "mid": ["Thêm 18 sản phẩm được công nhận đạt chuẩn OCOP cấp tỉnh"],
    },
    "brief": {
        "title": "Văn Bàn: trao giấy chứng nhận cho 6 sản phẩm OCOP",
        "lead": "",
        "paras": [
            "Sáng 20/11, UBND huyện Văn Bàn tổ chức trao giấy chứng nhận sản phẩm OCOP đạt 3 sao "
            "cho 6 sản phẩm của 4 chủ thể, gồm miến dong, trà hoa vàng, mật ong rừng và gạo "
            "séng cù. Huyện hiện có 25 sản phẩm OCOP.",
        ],
        "captions": [],
        "byline": "Minh Đức",
        "mid": [],
    },
    "non_ocop": {
        "title": "Bát Xát khánh thành 3 điểm trường vùng cao",
        "lead": "Ngày 18/11, huyện Bát Xát tổ chức khánh thành và bàn giao 3 điểm trường mầm "
        "non tại các xã Y Tý, A Lù và Ngải Thầu.",
        "paras": [
            "Các điểm trường được xây dựng từ nguồn vốn xã hội hóa với tổng kinh phí gần 3 tỷ "
            "đồng. Mỗi điểm trường có hai phòng học, nhà bếp, công trình vệ sinh khép kín và sân "
            "chơi có mái che.",
            "Trước đây, trẻ em ở các thôn này phải học trong phòng học tạm bằng gỗ, mùa đông "
            "nhiệt độ nhiều khi xuống dưới 5 độ. Cô giáo Phàn Thị Sử chia sẻ, có phòng học mới, "
            "phụ huynh yên tâm đưa con đến lớp đều hơn, tỷ lệ chuyên cần tăng rõ rệt.",
            "Dịp này, các nhà tài trợ còn trao tặng 200 bộ quần áo ấm và 150 suất học bổng cho "
            "học sinh có hoàn cảnh khó khăn.",
        ],
        "captions": ["Cắt băng khánh thành điểm trường thôn Choản Thèn."],
        "byline": "Phương Linh",
        "mid": [],
    },
}

PAGES["cong_sharepoint"] = {
    "long": {
        "title": "Công nhận 28 sản phẩm đạt chuẩn OCOP tỉnh Quảng Trị đợt 2 năm 2026",
        "lead": "Ngày 14/11/2026, Chủ tịch UBND tỉnh ban hành Quyết định công nhận kết quả đánh "
        "giá, phân hạng sản phẩm thuộc Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Quảng Trị "
        "đợt 2 năm 2026.",
        "paras": [
            "Theo Quyết định, có 28 sản phẩm của 21 chủ thể được công nhận đạt chuẩn, trong đó 5 "
            "sản phẩm đạt 4 sao và 23 sản phẩm đạt 3 sao. Các sản phẩm thuộc 4 nhóm: thực phẩm "
            "(19 sản phẩm), đồ uống (4 sản phẩm), thảo dược (3 sản phẩm) và thủ công mỹ nghệ, "
            "trang trí (2 sản phẩm).",
            "Các sản phẩm đạt 4 sao gồm:",
            "Cà phê Arabica rang xay Khe Sanh của Hợp tác xã Nông nghiệp Hướng Phùng;",
            "Hồ tiêu đen Cùa của Công ty TNHH Nông sản Cam Lộ;",
            "Tinh dầu tràm nguyên chất của Cơ sở Tràm Hương, huyện Hải Lăng;",
            "Nước mắm cá cơm truyền thống của Hợp tác xã Hải An;",
            "Trà rau má sấy lạnh của Hợp tác xã Dịch vụ Nông nghiệp Triệu Phong.",
            "Kết quả đánh giá, phân hạng có giá trị trong thời hạn 36 tháng kể từ ngày ký. Các "
            "chủ thể có trách nhiệm duy trì và nâng cao chất lượng sản phẩm, sử dụng biểu trưng "
            "OCOP đúng quy định; chịu sự kiểm tra, giám sát của cơ quan có thẩm quyền.",
            "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành liên quan và UBND "
            "các huyện, thị xã, thành phố hướng dẫn chủ thể hoàn thiện bao bì, nhãn mác, xây dựng "
            "kế hoạch phát triển sản phẩm; tăng cường kết nối, xúc tiến thương mại, đưa sản phẩm "
            "vào các kênh phân phối hiện đại và sàn thương mại điện tử.",
            "Sở Công Thương hỗ trợ các chủ thể tham gia hội chợ, triển lãm trong nước và quốc tế; "
            "Sở Khoa học và Công nghệ hướng dẫn đăng ký bảo hộ nhãn hiệu, áp dụng hệ thống quản "
            "lý chất lượng tiên tiến.",
            "Lũy kế đến nay, toàn tỉnh có 312 sản phẩm đạt chuẩn OCOP, trong đó có 1 sản phẩm "
            "tiềm năng 5 sao, 58 sản phẩm 4 sao và 253 sản phẩm 3 sao, vượt mục tiêu kế hoạch "
            "giai đoạn 2021 - 2025 đề ra. Nhiều sản phẩm đã khẳng định được thương hiệu trên thị "
            "trường như cà phê Khe Sanh, hồ tiêu Cùa, nước mắm Mỹ Thủy.",
            "Trong thời gian tới, tỉnh tiếp tục ưu tiên phát triển các sản phẩm gắn với lợi thế "
            "vùng nguyên liệu, sản phẩm dược liệu và sản phẩm phục vụ du lịch; khuyến khích các "
            "chủ thể liên kết theo chuỗi giá trị, ứng dụng công nghệ số trong sản xuất và tiêu "
            "thụ. Đối với các sản phẩm hết hạn công nhận, các địa phương rà soát, hướng dẫn chủ "
            "thể lập hồ sơ đánh giá lại, tránh tình trạng sử dụng biểu trưng khi chứng nhận đã "
            "hết hiệu lực.",
            "Dịp này, Văn phòng Điều phối nông thôn mới tỉnh đề nghị các địa phương rà soát, đăng "
            "ký sản phẩm tham gia đánh giá đợt 1 năm 2027 trước ngày 31/3/2027, ưu tiên các sản "
            "phẩm có vùng nguyên liệu ổn định và có khả năng nâng hạng.",
        ],
        "captions": ["Cà phê Arabica Khe Sanh được trưng bày tại hội chợ nông sản tỉnh."],
        "byline": "",
        "attribution": "Nguồn: Văn phòng Điều phối nông thôn mới tỉnh",
        "mid": [],
    },
    "brief": {
        "title": "Hướng Hóa tổ chức Hội nghị đánh giá sản phẩm OCOP cấp huyện",
        "lead": "",
        "paras": [
            "Ngày 10/11/2026, Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện Hướng Hóa đã "
            "tổ chức chấm điểm 9 sản phẩm của 6 chủ thể. Kết quả có 8 sản phẩm đạt từ 50 điểm "
            "trở lên, đủ điều kiện đề nghị cấp tỉnh công nhận. Hội đồng đề nghị các chủ thể "
            "hoàn thiện hồ sơ trước ngày 25/11/2026.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "Nguồn: UBND huyện Hướng Hóa",
        "mid": [],
    },
    "non_ocop": {
        "title": "Triển khai kế hoạch chuyển đổi số năm 2027",
        "lead": "UBND tỉnh vừa ban hành Kế hoạch chuyển đổi số năm 2027 với mục tiêu 100% hồ sơ "
        "thủ tục hành chính được tiếp nhận, giải quyết trên môi trường điện tử.",
        "paras": [
            "Kế hoạch đặt ra 35 chỉ tiêu cụ thể trên ba trụ cột chính quyền số, kinh tế số và xã "
            "hội số. Trong đó, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%; 90% cán bộ, công "
            "chức cấp xã được bồi dưỡng kỹ năng số cơ bản.",
            "Các sở, ngành, địa phương được giao xây dựng kế hoạch chi tiết trước ngày 15/12/2026, "
            "bố trí kinh phí từ nguồn ngân sách được giao và lồng ghép các chương trình khác.",
            "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết "
            "quả thực hiện, báo cáo UBND tỉnh định kỳ hằng quý.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "Nguồn: Sở Khoa học và Công nghệ",
        "mid": [],
    },
}

PAGES["ntm_nongnghiep"] = {
    "long": {
        "title": "OCOP thay đổi sinh kế đồng bào vùng sâm Ngọc Linh",
        "lead": "Gắn phát triển sản phẩm OCOP với bảo tồn dược liệu quý, nhiều thôn làng người Xơ "
        "Đăng ở huyện Tu Mơ Rông đã thoát cảnh thiếu đói, có thu nhập ổn định từ cây sâm và "
        "các loài thảo dược dưới tán rừng.",
        "paras": [
            "Con đường đất đỏ dẫn lên thôn Đăk Văn trước kia chỉ đi được vào mùa khô. Nay đường "
            "đã được bê tông hóa, ô tô chở vật tư vào tận vườn sâm dưới tán rừng già ở độ cao "
            "hơn 1.800 mét. Anh A Hoan, người trồng sâm trong thôn, cho biết gia đình anh có gần "
            "nghìn gốc sâm, mỗi năm thu vài trăm triệu đồng từ bán củ, lá và hoa sâm.",
            "## Từ cây thuốc trong rừng đến sản phẩm có sao",
            "Vài năm trước, phần lớn sâm trong thôn được bán cho thương lái dưới dạng củ tươi, "
            "giá trị gia tăng thấp và rất khó chứng minh nguồn gốc. Khi tham gia chương trình "
            "OCOP, hợp tác xã của thôn được hỗ trợ xây dựng quy trình trồng theo hướng dẫn thực "
            "hành tốt, gắn chíp điện tử cho từng gốc sâm và lập sổ theo dõi.",
            "Từ củ sâm, hợp tác xã làm ra sâm ngâm mật ong, trà hoa sâm, cao lá sâm. Ba sản "
            "phẩm đã được công nhận đạt 4 sao, riêng sâm củ tươi có truy xuất nguồn gốc đang được "
            "hoàn thiện hồ sơ đề nghị đánh giá 5 sao cấp quốc gia.",
            "Chị Y Thu, kế toán hợp tác xã, nói điều thay đổi lớn nhất là cách nghĩ của bà con. "
            "Trước đây người ta chỉ tính bán được bao nhiêu cân, nay ai cũng quan tâm đến giấy "
            "kiểm nghiệm, tem truy xuất và cách kể câu chuyện về cây sâm với khách hàng.",
            "## Giữ rừng để giữ sâm",
            "Sâm Ngọc Linh chỉ phát triển tốt dưới tán rừng nguyên sinh ẩm, nhiệt độ mát quanh "
            "năm. Vì thế, các hộ trồng sâm cũng là những người giữ rừng tích cực nhất. Thôn đã "
            "thành lập tổ tuần tra gồm 12 thanh niên, chia ca canh giữ vườn sâm và ngăn chặn "
            "khai thác gỗ trái phép.",
            "Huyện quy hoạch vùng trồng sâm tập trung, hỗ trợ cây giống có nguồn gốc rõ ràng và "
            "xây dựng trung tâm giao dịch để chống sâm giả, sâm trôi nổi. Các lô sâm đều phải qua "
            "kiểm định trước khi được dán tem của vùng.",
            "## Thu nhập bình quân tăng gấp ba",
            "Theo số liệu của Văn phòng Điều phối nông thôn mới huyện, thu nhập bình quân đầu "
            "người ở các thôn trồng sâm đã tăng gấp khoảng ba lần sau năm năm. Tỷ lệ hộ nghèo ở "
            "xã giảm từ trên 50% xuống còn dưới 20%. Nhiều gia đình đã xây nhà kiên cố, mua xe "
            "máy, cho con xuống thị trấn học cấp ba.",
            "Tuy vậy, cán bộ huyện cũng thừa nhận thành quả chưa đồng đều. Những hộ không có đất "
            "rừng phù hợp hoặc thiếu vốn mua giống vẫn khó tham gia chuỗi sâm. Huyện đang khuyến "
            "khích phát triển thêm các sản phẩm từ dược liệu khác như đương quy, đảng sâm, giảo "
            "cổ lam để mở rộng cơ hội cho những hộ này.",
            "Ông Nguyễn Văn Hòa, Phó Chủ tịch UBND huyện, cho rằng bài học từ cây sâm là phải "
            "gắn sản phẩm với cộng đồng, với rừng và với văn hóa của người Xơ Đăng. Khi sản phẩm "
            "mang theo câu chuyện của bản làng, nó không chỉ bán được giá mà còn giúp người dân "
            "tự hào và gắn bó với quê hương.",
        ],
        "captions": ["Người dân thôn Đăk Văn chăm sóc sâm dưới tán rừng (Ảnh: Hoàng Vân)"],
        "byline": "",
        "attribution": "Theo Văn phòng Điều phối nông thôn mới Trung ương",
        "mid": ["Sâm Ngọc Linh được định giá lại sau vụ thu hoạch"],
    },
    "brief": {
        "title": "Kon Tum có 7 sản phẩm được đề nghị xét 5 sao",
        "lead": "",
        "paras": [
            "Hội đồng cấp tỉnh Kon Tum vừa thống nhất đề nghị Trung ương đánh giá, công nhận "
            "sản phẩm OCOP 5 sao đối với 7 sản phẩm từ sâm Ngọc Linh và cà phê. Đây là lần đầu "
            "tỉnh có nhiều sản phẩm cùng được đề nghị trong một đợt. Hiện tỉnh có 154 sản phẩm "
            "OCOP còn hiệu lực, tăng 31 sản phẩm so với cuối năm trước.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "Theo Báo Kon Tum",
        "mid": [],
    },
    "non_ocop": {
        "title": "Nông dân Đồng Tháp xuống giống vụ lúa đông xuân sớm",
        "lead": "Nhiều cánh đồng ở các huyện đầu nguồn đã bắt đầu xuống giống vụ đông xuân sớm "
        "hơn thường lệ khoảng hai tuần để né hạn mặn cuối vụ.",
        "paras": [
            "Theo ngành nông nghiệp tỉnh, diện tích xuống giống đợt đầu khoảng 35.000 ha, tập "
            "trung ở những vùng nước lũ rút sớm. Giống lúa thơm và lúa chất lượng cao chiếm hơn "
            "80% diện tích.",
            "Ngành nông nghiệp khuyến cáo nông dân gieo sạ đồng loạt theo lịch, sử dụng giống "
            "xác nhận, giảm lượng giống gieo sạ để hạn chế sâu bệnh. Các trạm bơm được vận hành "
            "để bảo đảm nước tưới cho những cánh đồng đã xuống giống.",
            "Nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp ngay từ đầu vụ, giúp "
            "nông dân yên tâm đầu tư chăm sóc.",
        ],
        "captions": ["Nông dân xã Tân Hòa gieo sạ bằng máy (Ảnh: Minh Tâm)"],
        "byline": "",
        "attribution": "Theo Báo Nông nghiệp và Môi trường",
        "mid": [],
    },
}

PAGES["print_view"] = {
    "long": {
        "title": "Sen và xoài dẫn đầu danh sách sản phẩm OCOP của Đồng Tháp",
        "lead": "Trong hơn 300 sản phẩm OCOP của tỉnh, các sản phẩm chế biến từ sen và xoài chiếm "
        "gần một phần tư, trở thành đặc trưng nhận diện của vùng Đất Sen Hồng.",
        "paras": [
            "Ở Tháp Mười, mùa sen kéo dài gần như quanh năm. Từ hạt sen, tim sen, ngó sen đến lá "
            "sen đều được các cơ sở chế biến thành sản phẩm. Bà Nguyễn Thị Lan, chủ một cơ sở làm "
            "trà tim sen, cho biết mỗi tháng cơ sở xuất khoảng hai tấn trà, chủ yếu cho các cửa "
            "hàng đặc sản và khách du lịch.",
            "Hạt sen sấy, mứt sen, sữa hạt sen, trà lá sen là những dòng sản phẩm đã đạt 3 sao và "
            "4 sao. Một số cơ sở còn phát triển sản phẩm mới như bánh quy hạt sen, rượu sen, nến "
            "thơm từ hoa sen để phục vụ khách tham quan.",
            "Với xoài, huyện Cao Lãnh là vùng trồng lớn nhất. Ngoài xoài tươi xuất khẩu, các hợp "
            "tác xã đã làm xoài sấy dẻo, xoài sấy giòn, nước ép xoài và mứt xoài. Hợp tác xã Mỹ "
            "Xương có hai sản phẩm đạt 4 sao, mỗi năm tiêu thụ khoảng 400 tấn xoài nguyên liệu "
            "của thành viên.",
            "Ông Trần Văn Bảy, giám đốc hợp tác xã, nói nhờ chế biến sâu mà nông dân bớt lo khi "
            "xoài tươi rớt giá. Những lúc thị trường tiêu thụ xoài chậm, hợp tác xã tăng công "
            "suất sấy để thu mua thêm cho bà con, giá không thấp hơn thương lái.",
            "Theo Sở Nông nghiệp và Môi trường, tỉnh đã hình thành chuỗi liên kết cho các sản phẩm "
            "chủ lực, từ vùng nguyên liệu đạt chứng nhận đến cơ sở chế biến và kênh phân phối. "
            "Tỉnh cũng hỗ trợ các chủ thể tham gia hội chợ ở Hà Nội, Thành phố Hồ Chí Minh và một "
            "số nước trong khu vực.",
            "Dù vậy, quy mô sản xuất của nhiều cơ sở còn nhỏ, thiết bị chưa đồng bộ. Một số sản "
            "phẩm giống nhau giữa các địa phương dẫn đến cạnh tranh trực tiếp, giá bán bị kéo "
            "xuống. Tỉnh khuyến khích các chủ thể tìm điểm khác biệt về hương vị, bao bì và câu "
            "chuyện sản phẩm thay vì làm theo nhau.",
            "Mục tiêu của tỉnh là đến năm 2030 có ít nhất 10 sản phẩm đạt 5 sao, trong đó ưu tiên "
            "sản phẩm từ sen, xoài, cá tra và gạo, gắn với phát triển du lịch sinh thái tại các "
            "vùng nguyên liệu.",
        ],
        "captions": [],
        "byline": "HỒNG NHUNG",
        "mid": [],
    },
    "brief": {
        "title": "Lai Vung giới thiệu quýt hồng tại điểm bán sản phẩm OCOP",
        "lead": "",
        "paras": [
            "Huyện Lai Vung vừa khai trương điểm giới thiệu và bán sản phẩm OCOP ngay tại vườn "
            "quýt hồng xã Long Hậu. Điểm bán trưng bày 40 sản phẩm của huyện, trong đó có nem "
            "Lai Vung, quýt hồng sấy và bánh phồng tôm.",
            "Dự kiến mùa quýt năm nay, điểm bán đón khoảng 10.000 lượt khách.",
        ],
        "captions": [],
        "byline": "TÂM PHÚC",
        "mid": [],
    },
    "non_ocop": {
        "title": "Đồng Tháp tăng cường kiểm tra trật tự giao thông đường thủy",
        "lead": "Công an tỉnh mở đợt cao điểm kiểm tra phương tiện thủy nội địa trên các tuyến sông "
        "Tiền, sông Hậu đến hết tháng 12.",
        "paras": [
            "Lực lượng chức năng tập trung kiểm tra phương tiện chở khách, chở hàng quá tải, "
            "không đủ áo phao và phương tiện khai thác cát trái phép. Mỗi ngày có bốn tổ tuần "
            "tra hoạt động trên sông, kể cả ban đêm.",
            "Trong tuần đầu, lực lượng chức năng đã lập biên bản 37 trường hợp vi phạm, tạm giữ "
            "hai phương tiện khai thác cát không giấy phép. Các bến đò ngang được yêu cầu niêm "
            "yết số người tối đa và trang bị đủ áo phao cho hành khách.",
        ],
        "captions": [],
        "byline": "QUỐC ANH",
        "mid": [],
    },
}

PAGES["amp_page"] = {
    "long": {
        "title": "Hội chợ OCOP khu vực phía Bắc thu hút hơn 200 gian hàng",
        "lead": "Hội chợ quy tụ sản phẩm từ 20 tỉnh, thành phố, nhiều sản phẩm lần đầu ra mắt "
        "người tiêu dùng Thủ đô.",
        "paras": [
            "Sáng nay, Hội chợ sản phẩm OCOP khu vực phía Bắc khai mạc tại Trung tâm Triển lãm "
            "Giảng Võ. Ngay giờ đầu, nhiều gian hàng đã đông khách, nhất là khu vực thực phẩm "
            "chế biến và đặc sản vùng cao.",
            "Tại gian hàng của Lạng Sơn, hồng vành khuyên, na Chi Lăng và quýt vàng Bắc Sơn được "
            "bày trên những chiếc mẹt tre. Người bán cho biết chỉ trong buổi sáng đã bán hết gần "
            "nửa số hồng mang theo, phải gọi thêm hàng từ tỉnh.",
            "Khu vực đồ uống có rượu ngô men lá, trà shan, cà phê và nhiều loại nước ép trái cây. "
            "Một số chủ thể mời khách dùng thử và hướng dẫn cách pha để giữ hương vị. Gian hàng "
            "của một hợp tác xã ở Phú Thọ mang đến trà hoa vàng và bưởi sấy, thu hút khách trẻ "
            "nhờ bao bì được thiết kế theo phong cách hiện đại.",
            "Ông Đỗ Văn Khánh, đại diện ban tổ chức, cho biết năm nay hội chợ có hơn 200 gian "
            "hàng, với khoảng 1.500 sản phẩm. Khác với các năm trước, ban tổ chức dành riêng một "
            "khu kết nối giao thương để chủ thể gặp gỡ doanh nghiệp phân phối, chuỗi siêu thị và "
            "đơn vị xuất khẩu.",
            "Ngay trong ngày khai mạc, 14 biên bản ghi nhớ hợp tác tiêu thụ đã được ký kết. Một "
            "chuỗi cửa hàng tiện lợi cam kết đưa 60 sản phẩm vào hệ thống trong quý đầu năm sau.",
            "Bên lề hội chợ còn có hội thảo về xây dựng thương hiệu cho sản phẩm nông thôn, trình "
            "diễn nấu ăn từ đặc sản địa phương và khu trải nghiệm làm đồ thủ công. Các hoạt động "
            "diễn ra liên tục trong năm ngày, từ 9h đến 21h.",
            "Chị Nguyễn Thu Trang, một khách tham quan ở quận Ba Đình, chia sẻ chị thường mua quà "
            "biếu cuối năm tại các hội chợ này vì sản phẩm có nguồn gốc rõ ràng, được cơ quan "
            "chức năng đánh giá. Năm nay chị chú ý đến các sản phẩm có mã truy xuất, quét bằng "
            "điện thoại là biết nơi sản xuất.",
            "Theo ban tổ chức, hội chợ dự kiến đón khoảng 50.000 lượt khách, doanh thu ước đạt "
            "hơn 10 tỷ đồng.",
        ],
        "captions": ["Khách tham quan chọn mua đặc sản tại gian hàng Lạng Sơn. Ảnh: Việt Hà"],
        "byline": "Việt Hà",
        "mid": ["Ra mắt điểm giới thiệu và bán sản phẩm OCOP tại trung tâm huyện"],
    },
    "brief": {
        "title": "Hà Nội thêm 3 sản phẩm OCOP 5 sao",
        "lead": "",
        "paras": [
            "Bộ Nông nghiệp và Môi trường vừa công nhận 3 sản phẩm OCOP 5 sao của Hà Nội, gồm "
            "một sản phẩm gốm men lam, một bộ tranh thêu tay và một loại trà sen Tây Hồ. Như vậy, "
            "Thủ đô có 9 sản phẩm đạt hạng cao nhất, trong tổng số hơn 3.000 sản phẩm đạt chuẩn.",
        ],
        "captions": [],
        "byline": "P.L",
        "mid": [],
    },
    "non_ocop": {
        "title": "Hà Nội điều chỉnh giao thông quanh ga Hà Nội để thi công",
        "lead": "Từ 22h tối mai, một số tuyến phố quanh ga Hà Nội sẽ được phân luồng để phục vụ thi "
        "công hạ tầng kỹ thuật.",
        "paras": [
            "Theo phương án, phố Trần Hưng Đạo đoạn từ Lê Duẩn đến Quán Sứ chỉ cho phép xe đi "
            "một chiều. Xe buýt các tuyến đi qua khu vực được điều chỉnh lộ trình, điểm dừng tạm "
            "được bố trí trên phố Quán Sứ.",
            "Thời gian phân luồng dự kiến kéo dài ba tháng. Sở Xây dựng đề nghị người tham gia "
            "giao thông chú ý biển báo, đi theo hướng dẫn của lực lượng điều tiết tại hiện trường.",
            "Đơn vị thi công cam kết rào chắn gọn, thu dọn vật liệu sau mỗi ca làm việc và hạn "
            "chế thi công gây tiếng ồn sau 23h để không ảnh hưởng đến người dân xung quanh.",
        ],
        "captions": [],
        "byline": "Minh Khôi",
        "mid": [],
    },
}

PAGES["wp_local"] = {
    "long": {
        "title": "HTX cam Thanh Chương nâng hạng sản phẩm lên OCOP 4 sao",
        "lead": "",
        "paras": [
            "(Tin Thanh Chương) - Sau hơn hai năm chuẩn hóa quy trình trồng và đóng gói, sản phẩm "
            "cam xã Thanh Đức của hợp tác xã nông nghiệp địa phương đã được tỉnh công nhận nâng "
            "hạng từ 3 sao lên 4 sao OCOP.",
            "Hợp tác xã hiện có 42 thành viên với hơn 60 ha cam, phần lớn là giống cam Xã Đoài "
            "và cam Vân Du. Từ năm 2024, toàn bộ diện tích được sản xuất theo tiêu chuẩn VietGAP, "
            "mỗi vườn có sổ ghi chép lịch phun, lịch bón và ngày thu hoạch.",
            "Ông Nguyễn Đình Sơn, Giám đốc hợp tác xã, cho biết muốn nâng hạng thì phải có nhà "
            "sơ chế đạt chuẩn. Hợp tác xã đã đầu tư nhà sơ chế rộng 300 m2, máy rửa và phân loại "
            "quả theo kích cỡ. Cam được dán tem truy xuất, đóng hộp 5 kg và 10 kg.",
            "Nhờ có nhãn 4 sao, cam của hợp tác xã đã vào được hai chuỗi siêu thị ở Vinh và Hà "
            "Nội. Giá bán bình quân cao hơn cam bán lẻ ven đường khoảng 5.000 đến 7.000 đồng "
            "mỗi kg. Vụ cam năm nay, hợp tác xã dự kiến tiêu thụ khoảng 700 tấn.",
            "Bà Phan Thị Liên, một thành viên hợp tác xã, chia sẻ: trước kia mỗi nhà trồng một "
            "kiểu, có năm được mùa nhưng mất giá. Bây giờ cả hợp tác xã làm chung quy trình, "
            "cam đồng đều, thương lái và siêu thị tìm đến tận vườn.",
            "Bên cạnh đó, hợp tác xã kết hợp đón khách tham quan vườn cam vào dịp cuối tuần. Du "
            "khách được tự tay hái cam, thưởng thức nước cam ép và mua quà mang về. Mô hình này "
            "mỗi mùa đem lại thêm khoảng 300 triệu đồng doanh thu.",
            "Theo Phòng Nông nghiệp huyện, Thanh Chương hiện có 38 sản phẩm OCOP, trong đó có "
            "9 sản phẩm đạt 4 sao. Huyện đang hỗ trợ thêm một số sản phẩm chè, dầu lạc và bánh "
            "đa vừng hoàn thiện hồ sơ để tham gia đánh giá trong năm tới.",
            "Tuy nhiên, hợp tác xã cũng gặp không ít khó khăn. Thời tiết nắng nóng kéo dài khiến "
            "một số vườn bị rụng quả non, chi phí phân bón và công lao động tăng. Hợp tác xã đang "
            "thử nghiệm hệ thống tưới nhỏ giọt trên 5 ha để tiết kiệm nước và giữ ẩm cho cây.",
            "Đại diện UBND xã Thanh Đức cho biết xã sẽ tiếp tục vận động các hộ trồng cam nhỏ lẻ "
            "tham gia hợp tác xã, mở rộng vùng trồng theo chuẩn để giữ vững thương hiệu cam địa "
            "phương trên thị trường.",
        ],
        "captions": ["Thành viên HTX thu hoạch cam tại xã Thanh Đức."],
        "byline": "Hồ Lam – Trung tâm VH-TT&TT huyện",
        "mid": [],
    },
    "brief": {
        "title": "Thanh Chương có thêm 4 sản phẩm OCOP 3 sao",
        "lead": "",
        "paras": [
            "(Tin Thanh Chương) - Ngày 19/11, UBND huyện trao chứng nhận OCOP 3 sao cho 4 sản "
            "phẩm gồm chè búp khô Thanh An, mật ong rừng Thanh Thủy, dầu lạc ép và nhút Thanh "
            "Chương. Đây là những sản phẩm được người tiêu dùng trong và ngoài huyện ưa chuộng.",
        ],
        "captions": [],
        "byline": "Hồ Lam",
        "mid": [],
    },
    "non_ocop": {
        "title": "Thanh Chương ra quân làm đường giao thông nông thôn mùa khô",
        "lead": "",
        "paras": [
            "(Tin Thanh Chương) - Sáng 16/11, các xã trên địa bàn huyện đồng loạt ra quân làm "
            "đường giao thông nông thôn, với mục tiêu bê tông hóa thêm 25 km đường thôn xóm trước "
            "Tết Nguyên đán.",
            "Theo cơ chế hỗ trợ của huyện, nhà nước cấp xi măng, người dân góp ngày công, cát "
            "sỏi và hiến đất mở rộng mặt đường. Nhiều gia đình đã tự nguyện tháo dỡ tường rào, "
            "chặt cây để đường đạt bề rộng từ 4 đến 5 m.",
            "Tại xóm 3 xã Thanh Hương, hơn 100 người dân và đoàn viên thanh niên đã tham gia "
            "đổ bê tông gần 400 m đường ngay trong ngày ra quân.",
        ],
        "captions": ["Người dân xóm 3 đổ bê tông đường làng."],
        "byline": "Hồ Lam",
        "mid": [],
    },
}

PAGES["nhandan_style"] = {
    "long": {
        "title": "Ninh Bình gắn sản phẩm OCOP với du lịch nông thôn",
        "lead": "Không chỉ bày bán ở các điểm du lịch, nhiều sản phẩm OCOP của Ninh Bình đã trở "
        "thành một phần của hành trình trải nghiệm, giúp du khách hiểu hơn về làng quê và người "
        "làm ra sản phẩm.",
        "paras": [
            "Buổi sáng ở làng nghề thêu ren Văn Lâm, những nhóm khách nước ngoài ngồi quanh khung "
            "thêu, được các nghệ nhân hướng dẫn từng mũi kim. Sau hai giờ, mỗi người mang về một "
            "chiếc khăn tay tự thêu dở, kèm một bộ khăn trải bàn đạt chuẩn 4 sao mua tại xưởng.",
            "Bà Phạm Thị Hòa, chủ một cơ sở thêu trong làng, cho biết khách mua hàng sau khi tự "
            "tay trải nghiệm thường sẵn sàng trả giá cao hơn, vì họ hiểu một tấm khăn phải mất "
            "bao nhiêu công. Doanh thu từ khách du lịch hiện chiếm hơn một nửa doanh thu của cơ sở.",
            "## Mỗi điểm đến một câu chuyện sản phẩm",
            "Theo Sở Nông nghiệp và Môi trường, tỉnh hiện có gần 200 sản phẩm OCOP, trong đó nhiều "
            "sản phẩm gắn với các điểm du lịch nổi tiếng như Tràng An, Tam Cốc, Cúc Phương. Cơm "
            "cháy, rượu Kim Sơn, dê núi, gốm Gia Thủy đều có điểm giới thiệu ngay trên tuyến tham "
            "quan.",
            "Ở xã Ninh Hải, một hợp tác xã đã cải tạo khu sân phơi thành điểm dừng chân cho khách "
            "đạp xe. Khách được xem quy trình làm cơm cháy, nếm thử nhiều vị khác nhau và mua "
            "hàng đóng gói sẵn. Mỗi ngày cao điểm, điểm dừng chân đón vài trăm lượt khách.",
            "Ông Đinh Văn Tuấn, giám đốc hợp tác xã, nói trước đây hợp tác xã chủ yếu bán buôn "
            "cho các cửa hàng ở thành phố, lợi nhuận thấp. Từ khi đón khách, sản phẩm bán lẻ tại "
            "chỗ chiếm gần 40% sản lượng, giá bán cao hơn bán buôn khoảng 30%.",
            "## Cần liên kết chặt hơn",
            "Tuy vậy, sự kết nối giữa doanh nghiệp lữ hành và chủ thể sản phẩm vẫn còn lỏng lẻo. "
            "Nhiều tour chỉ dừng ở cửa hàng lưu niệm trong thời gian ngắn, khách chưa có dịp tìm "
            "hiểu sản phẩm. Một số điểm bán còn bày lẫn hàng không rõ nguồn gốc với hàng đã được "
            "công nhận, khiến du khách khó phân biệt.",
            "Tỉnh đang xây dựng bộ tiêu chí cho điểm giới thiệu và bán sản phẩm gắn với du lịch, "
            "yêu cầu niêm yết rõ nguồn gốc, hạng sao và thông tin chủ thể. Các công ty lữ hành "
            "được khuyến khích thiết kế tour có thời gian trải nghiệm tại làng nghề, hợp tác xã.",
            "Theo lãnh đạo Sở Du lịch, khi sản phẩm trở thành một phần của trải nghiệm, du khách "
            "sẽ ở lại lâu hơn và chi tiêu nhiều hơn. Đó cũng là cách để người làm nghề ở nông thôn "
            "được hưởng lợi trực tiếp từ dòng khách đang tăng nhanh mỗi năm.",
        ],
        "captions": ["Du khách trải nghiệm thêu ren tại làng nghề Văn Lâm."],
        "byline": "Trường Giang",
        "mid": ["Làng nghề bánh tráng chuẩn bị hàng phục vụ Tết"],
    },
    "brief": {
        "title": "Lô miến dong OCOP đầu tiên của Bình Liêu xuất sang Nhật Bản",
        "lead": "",
        "paras": [
            "Ngày 21/11, một hợp tác xã ở huyện Bình Liêu (Quảng Ninh) đã xuất lô miến dong đầu "
            "tiên gồm 5 tấn sang Nhật Bản. Sản phẩm đạt OCOP 4 sao, được trồng và chế biến theo "
            "quy trình kiểm soát của đối tác nhập khẩu. Hợp tác xã dự kiến xuất thêm ba lô trước "
            "Tết.",
        ],
        "captions": [],
        "byline": "Minh Hà",
        "mid": [],
    },
    "non_ocop": {
        "title": "Bệnh viện tỉnh đưa vào sử dụng máy chụp cộng hưởng từ mới",
        "lead": "Thiết bị giúp người bệnh trong tỉnh không phải lên tuyến trên để chụp chiếu, giảm "
        "thời gian chờ đợi và chi phí đi lại.",
        "paras": [
            "Máy chụp cộng hưởng từ 1,5 Tesla được đầu tư từ nguồn ngân sách tỉnh với tổng kinh "
            "phí gần 30 tỷ đồng. Trong tuần đầu vận hành, bệnh viện đã chụp cho hơn 120 người "
            "bệnh, chủ yếu là các trường hợp đau cột sống, chấn thương và bệnh lý thần kinh.",
            "Giám đốc bệnh viện cho biết các bác sĩ chẩn đoán hình ảnh đã được đào tạo tại bệnh "
            "viện tuyến trung ương. Kết quả chụp được kết nối trực tuyến để hội chẩn từ xa khi "
            "cần thiết.",
            "Chi phí chụp được bảo hiểm y tế chi trả theo quy định, người bệnh chỉ phải đóng phần "
            "cùng chi trả.",
        ],
        "captions": ["Kỹ thuật viên vận hành máy chụp cộng hưởng từ."],
        "byline": "Thu Trang",
        "mid": [],
    },
}

PAGES["mobile_site"] = {
    "long": {
        "title": "Mắm tôm Hậu Lộc giữ nghề, vươn xa nhờ OCOP",
        "lead": "Từ những chum mắm phơi trên sân nhà, nghề làm mắm tôm ở các xã ven biển Hậu Lộc đã "
        "có sản phẩm đạt 4 sao, vào siêu thị và các sàn thương mại điện tử.",
        "paras": [
            "Đầu mùa moi, các gia đình ở xã Hòa Lộc dậy từ tờ mờ sáng để chờ thuyền cập bến. Moi "
            "tươi được rửa bằng nước biển, trộn muối theo tỷ lệ mà mỗi nhà giữ như một bí quyết, "
            "rồi cho vào chum sành phơi nắng suốt nhiều tháng.",
            "Bà Lê Thị Thủy, chủ một cơ sở mắm tôm lâu năm, cho biết mắm ngon phải có màu tím hồng, "
            "mùi thơm dịu và vị ngọt đậm. Muốn vậy, moi phải tươi, muối phải sạch và chum mắm phải "
            "được đảo đều mỗi ngày.",
            "Trước đây, mắm tôm của làng chủ yếu bán cho người quen và tiểu thương trong tỉnh, "
            "đựng trong can nhựa không nhãn mác. Năm 2022, cơ sở của bà Thủy tham gia chương trình "
            "OCOP, được hỗ trợ xây khu sản xuất khép kín, làm bao bì thủy tinh và đăng ký nhãn "
            "hiệu.",
            "Hai năm sau, sản phẩm mắm tôm của cơ sở được công nhận 4 sao. Mỗi năm cơ sở bán ra "
            "khoảng 30 tấn, doanh thu hơn 3 tỷ đồng, tạo việc làm cho 15 lao động địa phương. Sản "
            "phẩm đã có mặt ở nhiều siêu thị tại Hà Nội và các sàn thương mại điện tử.",
            "Theo UBND huyện Hậu Lộc, toàn huyện có gần 200 hộ làm mắm, trong đó 6 sản phẩm mắm "
            "và nước mắm đã đạt chuẩn. Huyện đang hỗ trợ các hộ liên kết thành hợp tác xã để có "
            "vùng nguyên liệu ổn định và dùng chung khu chế biến đạt điều kiện an toàn thực phẩm.",
            "Khó khăn lớn nhất hiện nay là nguồn moi ngày càng ít và thất thường. Nhiều cơ sở phải "
            "mua moi từ các tỉnh khác, chi phí tăng và khó kiểm soát chất lượng. Một số hộ lo ngại "
            "mắm làm theo kiểu công nghiệp, giá rẻ, đang cạnh tranh trực tiếp với mắm truyền thống.",
            "Để giữ thương hiệu, huyện đã hoàn thiện hồ sơ đề nghị công nhận nhãn hiệu chứng nhận "
            "cho mắm tôm Hậu Lộc, quy định rõ vùng nguyên liệu, quy trình ủ và thời gian phơi tối "
            "thiểu. Các cơ sở tham gia phải cam kết không dùng chất bảo quản và phẩm màu.",
            "Bà Thủy nói điều bà mong nhất là con cháu trong làng vẫn giữ nghề. Có nhãn sao, có "
            "đơn hàng ổn định, lớp trẻ đã thấy nghề mắm có thể nuôi sống gia đình, không còn phải "
            "bỏ làng đi làm xa như trước.",
        ],
        "captions": ["Chum mắm tôm phơi nắng tại một cơ sở ở xã Hòa Lộc."],
        "byline": "Lê Hợi",
        "mid": [],
    },
    "brief": {
        "title": "Hậu Lộc có thêm 5 sản phẩm OCOP 3 sao",
        "lead": "",
        "paras": [
            "UBND huyện Hậu Lộc vừa trao giấy chứng nhận OCOP 3 sao cho 5 sản phẩm gồm nước mắm "
            "cá cơm, rau câu sấy, bánh gai, chả mực và gạo thơm. Huyện hiện có 41 sản phẩm đạt "
            "chuẩn, phần lớn là hải sản chế biến.",
        ],
        "captions": [],
        "byline": "Lê Hợi",
        "mid": [],
    },
    "non_ocop": {
        "title": "Thanh Hóa khuyến cáo phòng bệnh sốt xuất huyết sau mưa lũ",
        "lead": "Số ca mắc sốt xuất huyết trong tỉnh tăng nhanh trong tháng qua, tập trung ở các "
        "phường nội thành và vùng ven biển.",
        "paras": [
            "Theo ngành y tế, từ đầu tháng đến nay toàn tỉnh ghi nhận hơn 400 ca mắc, gấp đôi cùng "
            "kỳ năm trước. Chưa có trường hợp tử vong, nhưng một số ca phải điều trị tích cực.",
            "Người dân được khuyến cáo đậy kín dụng cụ chứa nước, thả cá diệt bọ gậy, thu gom vật "
            "dụng phế thải quanh nhà và ngủ màn cả ban ngày. Khi sốt cao liên tục, cần đến cơ sở "
            "y tế để được khám, không tự ý dùng thuốc hạ sốt không rõ loại.",
            "Các địa phương đã tổ chức phun hóa chất diệt muỗi tại những khu vực có ổ dịch.",
        ],
        "captions": [],
        "byline": "Hà Phương",
        "mid": [],
    },
}

# The article a mobile site appends under the one being read (infinite scroll): chrome.
NEXT_ARTICLE = {
    "title": "Nông dân Nga Sơn trồng cói theo đơn hàng xuất khẩu",
    "lead": "Giá cói tăng khiến nhiều hộ mở rộng diện tích, liên kết với doanh nghiệp làm thảm.",
    "paras": [
        "Những ngày này, cánh đồng cói ven biển Nga Sơn vào vụ thu hoạch cuối năm. Cói được cắt, "
        "chẻ đôi rồi phơi trên bờ đê cho đến khi ngả màu vàng.",
    ],
}

# A page whose article text is loaded by script: nothing to extract (an unextractable shell).
SHELL = {
    "title": "Video: Toàn cảnh phiên chợ OCOP cuối năm ở Hậu Lộc",
    "note": "Đang tải nội dung…",
}
