"""Texts of the third blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image/video captions: NOT body), byline, attribution ("Theo …"/
"Nguồn: …": not body), mid (headlines of a mid-body box: chrome).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Hà Giang có thêm 14 sản phẩm OCOP đạt 3 sao sau đợt chấm tháng 10",
    "Mực nước sông Cầu dâng cao, nhiều bãi ngô ven sông bị ngập",
    "Gian hàng OCOP miền núi hút khách tại phố đi bộ Hồ Gươm",
    "Huyện biên giới khánh thành điểm trường mầm non mới",
    "Hướng dẫn làm hồ sơ đề nghị đánh giá sản phẩm OCOP năm 2027",
    "Giá phân bón vụ đông xuân tăng nhẹ so với cùng kỳ",
    "Chủ thể OCOP trẻ đưa trà hoa vàng lên sàn thương mại điện tử",
    "Bệnh viện tuyến huyện được trang bị máy chạy thận nhân tạo",
    "Rà soát, nâng hạng sao cho sản phẩm OCOP hết hạn chứng nhận",
    "Nông dân vùng bãi bồi trồng cà rốt vụ sớm",
    "Khai mạc tuần văn hóa các dân tộc vùng Đông Bắc",
    "Xưởng chế biến gừng sấy dẻo của hợp tác xã nữ đạt 4 sao OCOP",
    "Tuyến xe buýt liên huyện mới đi vào hoạt động",
    "Xúc tiến đưa sản phẩm OCOP vào hệ thống cửa hàng tiện lợi",
    "Học sinh vùng cao được tặng áo ấm trước mùa rét",
    "Thời tiết hanh khô, nguy cơ cháy rừng ở mức cấp IV",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Bắc Kạn công bố 22 sản phẩm đạt chuẩn sau đợt đánh giá cuối năm",
        "Phần lớn là miến dong, mơ muối, tương nếp và các loại trà thảo dược; ba sản phẩm lần đầu "
        "đạt 4 sao và được hỗ trợ in lại bao bì theo mẫu mới của tỉnh.",
    ),
    (
        "Nhà vườn Cái Mơn chuẩn bị hàng chục nghìn chậu hoa cho Tết",
        "Thời tiết thuận lợi giúp hoa lên nụ đúng hẹn, thương lái đã đặt cọc từ đầu tháng, giá "
        "cúc mâm xôi và vạn thọ nhích nhẹ so với năm ngoái.",
    ),
    (
        "Hợp tác xã chè Tà Xùa mở thêm điểm thu mua búp tươi",
        "Điểm thu mua mới đặt ngay đầu bản giúp bà con không phải gùi chè xuống dốc xa, đồng thời "
        "kiểm tra độ non của búp trước khi cân.",
    ),
    (
        "Đà Nẵng lập bản đồ số các điểm bán đặc sản OCOP cho du khách",
        "Bản đồ tích hợp trên ứng dụng du lịch của thành phố, cho biết địa chỉ, giờ mở cửa và "
        "hạng sao của từng sản phẩm được bày bán tại mỗi điểm.",
    ),
    (
        "Ngư dân Sa Huỳnh trúng đậm mẻ cá cơm đầu vụ",
        "Nhiều tàu về bến với khoang đầy cá, các lò nấu nước mắm và phơi cá khô trong vùng hoạt "
        "động hết công suất suốt cả tuần qua.",
    ),
    (
        "Tập huấn kỹ năng bán hàng trực tuyến cho phụ nữ dân tộc thiểu số",
        "Hơn năm mươi học viên được hướng dẫn chụp ảnh sản phẩm bằng điện thoại, viết lời giới "
        "thiệu ngắn và trả lời tin nhắn của khách mua hàng.",
    ),
    (
        "Vĩnh Long đưa khoai lang tím vào chuỗi liên kết xuất khẩu",
        "Doanh nghiệp cam kết bao tiêu theo giá sàn, hỗ trợ giống sạch bệnh và kỹ thuật bón phân "
        "hữu cơ cho các hộ tham gia trên diện tích gần bốn trăm héc ta.",
    ),
    (
        "Làng gốm Thanh Hà đón khách trở lại sau mùa mưa bão",
        "Các lò gốm đã sửa xong mái che, những lớp học nặn gốm cho học sinh và khách du lịch "
        "được mở lại từ đầu tuần với nhiều mẫu sản phẩm mới.",
    ),
    (
        "Thừa Thiên Huế nâng hạng 11 sản phẩm OCOP từ 3 lên 4 sao",
        "Các sản phẩm được nâng hạng chủ yếu là mè xửng, tôm chua, trà cung đình và các loại "
        "nước mắm truyền thống của vùng đầm phá Tam Giang.",
    ),
    (
        "Xã miền núi Quảng Ngãi thu hoạch quế sớm vì giá tốt",
        "Giá vỏ quế khô tăng gần một phần ba so với năm trước nên nhiều hộ bóc vỏ sớm, chủ yếu "
        "bán cho các cơ sở chế biến tinh dầu ở đồng bằng.",
    ),
    (
        "Trạm khuyến nông hướng dẫn phòng bệnh lở mồm long móng cho đàn bò",
        "Cán bộ thú y đến từng thôn tiêm vắc xin, phát hóa chất khử trùng chuồng trại và nhắc bà "
        "con không mua bán gia súc không rõ nguồn gốc.",
    ),
    (
        "Mật ong bạc hà Đồng Văn được cấp văn bằng chỉ dẫn địa lý",
        "Văn bằng giúp bảo hộ tên gọi cho sản phẩm của hơn hai nghìn hộ nuôi ong trên cao nguyên "
        "đá, hạn chế hàng pha trộn trôi nổi trên thị trường.",
    ),
    (
        "Khởi công cầu dân sinh nối hai bờ suối Nậm Mu",
        "Cây cầu dài gần sáu mươi mét dự kiến hoàn thành trước mùa mưa năm sau, giúp học sinh ba "
        "bản không phải lội suối đến trường.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ Hugo blog of a cooperative
PAGES["hugo_htx"] = {
    "long": {
        "title": "Năm năm làm miến dong và hành trình lên 4 sao OCOP của hợp tác xã",
        "lead": "Từ một nhóm mười hộ tráng miến thủ công, hợp tác xã của chúng tôi đã có xưởng "
        "sấy khép kín, sản phẩm miến dong được tỉnh công nhận OCOP 4 sao. Bài này kể lại những "
        "việc đã làm và những điều còn phải sửa.",
        "paras": [
            "Mùa thu hoạch củ dong năm 2021, giá củ xuống thấp đến mức nhiều nhà để củ thối ngoài "
            "ruộng. Mười hộ trong thôn bàn nhau góp vốn mua máy nghiền, tự lọc bột và tráng miến "
            "bán cho người quen. Đó là khởi đầu của hợp tác xã hiện nay.",
            "## Những năm đầu vất vả",
            "Hai năm đầu, cả nhóm làm hoàn toàn bằng tay. Bột dong được lọc qua ba lần nước, để "
            "lắng một đêm, sáng hôm sau tráng thành bánh, phơi trên giàn tre rồi thái sợi. Cứ gặp "
            "vài ngày mưa liền là miến mốc, có mẻ phải đổ bỏ gần hết. Thu nhập của mỗi hộ khi đó "
            "chỉ nhỉnh hơn trồng ngô một chút.",
            "Khách mua khen miến dai, không nát khi nấu, nhưng hay hỏi vì sao mỗi lần mua một màu. "
            "Chúng tôi hiểu rằng muốn bán xa thì sản phẩm phải đồng đều, có nhãn mác và giấy tờ "
            "rõ ràng, không thể mãi đựng trong túi ni lông buộc dây chun.",
            "## Đầu tư xưởng sấy và quy trình",
            "Năm 2023, được huyện hỗ trợ một phần kinh phí, hợp tác xã xây xưởng sấy bằng hơi "
            "nóng rộng hơn hai trăm mét vuông. Nền lát gạch men, có khu rửa củ, khu lọc bột và khu "
            "đóng gói riêng biệt. Người vào xưởng phải thay dép, đội mũ và đeo khẩu trang.",
            "Chúng tôi viết ra quy trình mười hai bước, dán ở từng khu, từ lúc nhận củ đến khi "
            "đóng túi. Mỗi mẻ miến có sổ ghi ngày làm, người phụ trách, độ ẩm khi ra lò. Nhờ vậy "
            "khi có khách phản ánh, chúng tôi tra lại được mẻ nào có vấn đề.",
            "## Chuẩn bị hồ sơ OCOP",
            "Cán bộ nông nghiệp huyện gợi ý hợp tác xã đăng ký tham gia chương trình Mỗi xã một "
            "sản phẩm. Việc khó nhất với chúng tôi là hồ sơ: phiếu kiểm nghiệm, công bố chất "
            "lượng, câu chuyện sản phẩm, kế hoạch kinh doanh. Có những đêm cả ban quản trị ngồi "
            "đến khuya để sửa từng trang.",
            "Lần đánh giá đầu tiên năm 2024, miến dong đạt 3 sao. Hội đồng góp ý bao bì còn sơ "
            "sài, chưa có truy xuất nguồn gốc. Chúng tôi thuê thiết kế lại túi, in mã QR dẫn đến "
            "trang giới thiệu vùng trồng dong, đồng thời ký hợp đồng bao tiêu củ với năm mươi hộ "
            "trong xã.",
            "Tháng 9 năm nay, sản phẩm được đánh giá lại và đạt 4 sao OCOP. Cùng đợt, hợp tác xã "
            "đưa thêm sản phẩm miến dong trộn nghệ vào thử nghiệm, dự kiến đăng ký đánh giá vào "
            "năm sau.",
            "## Còn nhiều việc phải làm",
            "Sản lượng năm nay khoảng 60 tấn miến, gấp sáu lần năm đầu. Tuy vậy, đầu ra vẫn phụ "
            "thuộc nhiều vào hội chợ và khách quen. Chúng tôi đang học cách bán qua mạng, chụp ảnh "
            "sản phẩm và trả lời khách nhanh hơn. Nếu bạn đọc có góp ý, xin để lại bình luận bên "
            "dưới, ban quản trị sẽ đọc hết.",
        ],
        "captions": [
            "Thành viên hợp tác xã phơi miến trên giàn tre trong những ngày đầu thành lập.",
            "Khu đóng gói trong xưởng sấy mới, mỗi túi miến đều dán mã truy xuất.",
        ],
        "byline": "Ban quản trị HTX",
        "attribution": "",
        "mid": ["Cách nấu miến dong xào cua đồng đơn giản tại nhà"],
    },
    "brief": {
        "title": "Miến dong của hợp tác xã có mặt tại hội chợ OCOP Hà Nội",
        "lead": "",
        "paras": [
            "Từ ngày 20 đến 24 tháng 11, hợp tác xã mang miến dong 4 sao OCOP và miến dong trộn "
            "nghệ đến gian hàng số 38 tại hội chợ sản phẩm OCOP tổ chức ở Hà Nội. Khách ghé gian "
            "hàng được nếm thử miến trộn và mua với giá ưu đãi. Bà con thành viên muốn gửi hàng "
            "đi bán cùng xin liên hệ ban quản trị trước ngày 18.",
        ],
        "captions": [],
        "byline": "Ban quản trị HTX",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Hợp tác xã tổ chức diễn tập phòng cháy chữa cháy tại xưởng",
        "lead": "Sáng thứ bảy vừa qua, toàn bộ người lao động của hợp tác xã đã tham gia buổi "
        "diễn tập phòng cháy chữa cháy do công an xã hướng dẫn.",
        "paras": [
            "Buổi diễn tập giả định đám cháy bắt đầu từ khu lò hơi do chập điện. Người phát hiện "
            "đầu tiên hô to, ngắt cầu dao tổng và báo cho tổ trưởng. Chỉ sau ba phút, tổ chữa "
            "cháy tại chỗ đã dùng bình bột và vòi nước dập tắt đám cháy giả.",
            "Cán bộ công an xã nhắc mọi người không để bao bì, củi khô sát lò, kiểm tra dây điện "
            "mỗi tháng và giữ lối thoát hiểm luôn thông thoáng. Hợp tác xã cũng được hướng dẫn lắp "
            "thêm chuông báo cháy ở kho thành phẩm.",
            "Ban quản trị cho biết sẽ tổ chức diễn tập mỗi năm hai lần, đồng thời mua thêm sáu bình "
            "chữa cháy mới trước mùa hanh khô.",
        ],
        "captions": ["Tổ chữa cháy tại chỗ thực hành dập lửa bằng bình bột."],
        "byline": "Ban quản trị HTX",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ provincial TV station
PAGES["truyen_hinh"] = {
    "long": {
        "title": "Chè Shan tuyết cổ thụ thành sản phẩm OCOP, người Dao giữ rừng chè",
        "lead": "Những cây chè Shan tuyết hàng trăm năm tuổi trên núi cao đang mang lại nguồn "
        "thu ổn định cho đồng bào Dao sau khi sản phẩm chè được công nhận OCOP 4 sao.",
        "paras": [
            "Sáu giờ sáng, sương còn phủ kín sườn núi, chị Triệu Thị Mai đã đeo gùi lên rừng chè. "
            "Những gốc chè to bằng bắp chân người lớn, thân phủ rêu trắng, phải trèo lên mới hái "
            "được búp. Chị nói mỗi ngày hái được chừng mười cân búp tươi, đủ làm hai cân chè khô.",
            "Trước đây, người trong bản chỉ hái chè bán cho thương lái với giá rẻ, có năm còn bỏ "
            "mặc vì đường xa. Nhiều cây chè cổ bị chặt để lấy đất trồng ngô. Chỉ đến khi hợp tác "
            "xã ra đời và thu mua với giá cao hơn, bà con mới coi rừng chè là tài sản cần giữ.",
            "## Chế biến theo cách của người Dao",
            "Hợp tác xã vẫn giữ cách sao chè truyền thống: búp chè được héo nhẹ, sao trong chảo "
            "gang trên bếp củi, vò bằng tay rồi sấy lại cho khô. Mỗi mẻ chè mất gần nửa ngày, người "
            "sao phải đứng bên chảo đảo liên tục để chè không cháy.",
            "Anh Bàn Văn Hải, giám đốc hợp tác xã, cho biết cái khó là vừa giữ được hương vị riêng "
            "vừa bảo đảm vệ sinh an toàn thực phẩm. Hợp tác xã đã lát nền khu chế biến, làm mái "
            "che, lắp quạt hút khói và có sổ ghi chép từng mẻ chè.",
            "## Nhãn OCOP mở rộng thị trường",
            "Năm 2025, sản phẩm chè Shan tuyết của hợp tác xã được hội đồng tỉnh đánh giá đạt 4 "
            "sao OCOP. Từ đó, chè được bày bán ở các cửa hàng đặc sản tại Hà Nội và một số điểm du "
            "lịch trong tỉnh. Giá chè khô loại một hiện khoảng một triệu hai trăm nghìn đồng một "
            "cân, gấp ba lần trước đây.",
            "Tổng doanh thu của hợp tác xã năm nay ước hơn ba tỷ đồng, hai mươi lăm hộ thành viên "
            "có thu nhập bình quân trên tám mươi triệu đồng mỗi năm. Nhiều thanh niên trong bản đã "
            "trở về làm chè thay vì đi làm thuê ở các khu công nghiệp.",
            "## Giữ rừng để giữ chè",
            "Hợp tác xã cùng chính quyền xã đã lập quy ước bảo vệ rừng chè cổ thụ, cấm chặt hạ và "
            "khuyến khích trồng thêm cây chè con từ hạt của cây mẹ. Mỗi cây chè cổ đều được đánh "
            "số, gắn biển và giao cho một hộ chăm sóc.",
            "Theo phòng nông nghiệp huyện, toàn huyện hiện có hơn bốn trăm héc ta chè Shan tuyết, "
            "trong đó khoảng một phần tư là cây trên trăm năm tuổi. Huyện đang hoàn thiện hồ sơ "
            "đề nghị công nhận cây di sản cho những quần thể chè lâu năm nhất, đồng thời tìm cách "
            "kết hợp tham quan rừng chè với du lịch cộng đồng.",
            "Chiều xuống, chị Mai gùi chè về bản. Chị bảo chỉ mong đường lên rừng chè được mở "
            "rộng, để mùa mưa bà con bớt vất vả và chè đến tay người mua nhanh hơn.",
        ],
        "captions": [
            "Người Dao hái búp chè trên những cây chè Shan tuyết cổ thụ.",
            "Sao chè bằng chảo gang trên bếp củi tại cơ sở của hợp tác xã.",
        ],
        "byline": "Hoàng Linh - Minh Đức",
        "attribution": "",
        "mid": ["Video: Mùa hoa tam giác mạch trên cao nguyên đá"],
    },
    "brief": {
        "title": "Hội đồng tỉnh đánh giá 31 sản phẩm OCOP đợt cuối năm",
        "lead": "",
        "paras": [
            "Ngày 20 tháng 11, hội đồng đánh giá sản phẩm OCOP cấp tỉnh đã họp chấm điểm 31 sản "
            "phẩm của 24 chủ thể. Các sản phẩm chủ yếu thuộc nhóm thực phẩm và đồ uống như chè, "
            "mật ong, thịt trâu sấy và rượu men lá. Kết quả sẽ được công bố trong tháng 12.",
        ],
        "captions": ["Thành viên hội đồng nếm thử sản phẩm tại buổi đánh giá."],
        "byline": "Thu Hà",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Sạt lở đất chia cắt quốc lộ, hàng trăm xe phải nằm chờ",
        "lead": "Mưa lớn kéo dài khiến hàng nghìn khối đất đá từ taluy dương đổ xuống mặt đường, "
        "gây ách tắc giao thông trên tuyến quốc lộ qua đèo suốt đêm qua.",
        "paras": [
            "Điểm sạt lở nằm ở lưng chừng đèo, dài khoảng bốn mươi mét. Đất đá lẫn cây gỗ lấp kín "
            "hai làn xe, nhiều xe tải và xe khách phải dừng lại hai bên. Lực lượng cảnh sát giao "
            "thông đã căng dây cảnh báo, hướng dẫn các phương tiện nhỏ đi đường vòng.",
            "Đơn vị quản lý đường bộ đã huy động ba máy xúc và hai xe ben làm xuyên đêm. Đến sáng "
            "nay, một làn đường đã được thông, các phương tiện đi lần lượt theo sự điều tiết.",
            "Cơ quan khí tượng dự báo mưa còn kéo dài đến cuối tuần. Người dân được khuyến cáo hạn "
            "chế đi qua đèo vào ban đêm và theo dõi thông báo của chính quyền địa phương.",
        ],
        "captions": ["Máy xúc dọn đất đá trên mặt đèo trong đêm."],
        "byline": "Quang Huy",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ government e-portal
PAGES["cong_ttdt"] = {
    "long": {
        "title": "Hội nghị tổng kết 5 năm thực hiện Chương trình OCOP trên địa bàn tỉnh",
        "lead": "Sáng ngày 19/11, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết 5 năm thực "
        "hiện Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025, triển khai nhiệm vụ giai "
        "đoạn tiếp theo.",
        "paras": [
            "Dự hội nghị có đại diện Văn phòng Điều phối nông thôn mới Trung ương, lãnh đạo các sở, "
            "ngành, Ủy ban nhân dân các huyện, thị xã, thành phố và hơn một trăm chủ thể sản xuất "
            "tiêu biểu trên địa bàn tỉnh.",
            "Báo cáo tại hội nghị cho biết, sau 5 năm, toàn tỉnh có 286 sản phẩm được công nhận đạt "
            "từ 3 sao trở lên, trong đó 41 sản phẩm đạt 4 sao và 2 sản phẩm đạt 5 sao cấp quốc "
            "gia. Số chủ thể tham gia chương trình tăng từ 52 lên 197, chủ yếu là hợp tác xã và hộ "
            "kinh doanh. Nhiều sản phẩm đã có mặt tại hệ thống siêu thị, cửa hàng tiện lợi và "
            "được xuất khẩu sang một số thị trường.",
            "Doanh thu của các chủ thể sau khi được công nhận tăng bình quân 25 - 30%; giá bán sản "
            "phẩm tăng 10 - 20%. Chương trình đã góp phần tạo việc làm cho khoảng 5.400 lao động "
            "nông thôn, trong đó hơn một nửa là phụ nữ.",
            "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số tồn tại, hạn chế: quy mô sản xuất "
            "của nhiều chủ thể còn nhỏ; một số sản phẩm chưa duy trì được chất lượng sau khi công "
            "nhận; việc ứng dụng khoa học công nghệ, truy xuất nguồn gốc và xúc tiến thương mại "
            "còn hạn chế; nguồn lực hỗ trợ từ ngân sách chưa đáp ứng nhu cầu.",
            "Phát biểu chỉ đạo hội nghị, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị các "
            "sở, ngành và địa phương tiếp tục coi chương trình là giải pháp quan trọng trong phát "
            "triển kinh tế nông thôn. Trong giai đoạn tới, cần tập trung nâng cao chất lượng thay "
            "vì chạy theo số lượng; ưu tiên các sản phẩm gắn với vùng nguyên liệu, có lợi thế về "
            "văn hóa, du lịch của địa phương.",
            "Đồng chí cũng yêu cầu Sở Nông nghiệp và Môi trường chủ trì rà soát các sản phẩm sắp "
            "hết hạn chứng nhận, hướng dẫn chủ thể đánh giá lại; Sở Công Thương đẩy mạnh kết nối "
            "tiêu thụ, đưa sản phẩm lên các sàn thương mại điện tử; các huyện bố trí cán bộ theo "
            "dõi chương trình ổn định, tránh thay đổi thường xuyên.",
            "Tại hội nghị, Ủy ban nhân dân tỉnh đã tặng bằng khen cho 15 tập thể và 20 cá nhân có "
            "thành tích xuất sắc trong thực hiện chương trình giai đoạn 2021 - 2025.",
        ],
        "captions": ["Quang cảnh hội nghị tổng kết."],
        "byline": "Trung tâm Thông tin - Hội nghị tỉnh",
        "attribution": "Nguồn: Văn phòng Điều phối nông thôn mới tỉnh",
        "mid": [],
    },
    "brief": {
        "title": "Thông báo tiếp nhận hồ sơ đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2027",
        "lead": "",
        "paras": [
            "Ủy ban nhân dân huyện thông báo tiếp nhận hồ sơ đăng ký đánh giá, phân hạng sản phẩm "
            "OCOP đợt 1 năm 2027. Chủ thể nộp hồ sơ tại Phòng Kinh tế huyện hoặc qua Cổng dịch vụ "
            "công trước ngày 15/01/2027. Thành phần hồ sơ thực hiện theo hướng dẫn tại Quyết "
            "định số 148/QĐ-TTg của Thủ tướng Chính phủ.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Huyện tổ chức tiếp công dân định kỳ tháng 11",
        "lead": "Ngày 18/11, Chủ tịch Ủy ban nhân dân huyện đã chủ trì buổi tiếp công dân định "
        "kỳ tại Trụ sở tiếp công dân huyện.",
        "paras": [
            "Tại buổi tiếp, có 6 lượt công dân đến trình bày kiến nghị, chủ yếu liên quan đến cấp "
            "giấy chứng nhận quyền sử dụng đất, bồi thường giải phóng mặt bằng dự án mở rộng đường "
            "huyện và chế độ chính sách đối với người có công.",
            "Sau khi nghe công dân trình bày và ý kiến của các phòng chuyên môn, Chủ tịch Ủy ban "
            "nhân dân huyện đã trả lời trực tiếp các nội dung thuộc thẩm quyền; giao Phòng Tài "
            "nguyên và Môi trường phối hợp với Ủy ban nhân dân xã kiểm tra thực địa, báo cáo kết "
            "quả trước ngày 30/11.",
            "Đối với các kiến nghị không thuộc thẩm quyền, Ủy ban nhân dân huyện hướng dẫn công dân "
            "gửi đến cơ quan có thẩm quyền giải quyết theo quy định.",
        ],
        "captions": [],
        "byline": "Văn phòng HĐND và UBND huyện",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ tabs / accordion article
PAGES["tab_accordion"] = {
    "long": {
        "title": "Bưởi da xanh Mỏ Cày: từ vườn nhà đến sản phẩm OCOP 4 sao",
        "lead": "Sau nhiều năm trồng bưởi nhỏ lẻ, nông dân Mỏ Cày đã liên kết thành tổ hợp tác, "
        "áp dụng quy trình chung và đưa bưởi da xanh trở thành sản phẩm OCOP 4 sao của tỉnh.",
        "paras": [
            "## Vùng trồng",
            "Bưởi da xanh được trồng trên những liếp đất cao ven sông, nơi nước ngọt quanh năm và "
            "đất phù sa dày. Mỗi liếp rộng khoảng sáu mét, hai bên là mương dẫn nước, cây trồng "
            "cách nhau năm mét. Vào mùa khô, nông dân phải đóng cống sớm để ngăn nước mặn vào "
            "mương, vì chỉ cần vài ngày nước lợ là lá bưởi đã vàng.",
            "Tổ hợp tác hiện có ba mươi hai hộ với gần năm mươi héc ta. Tất cả vườn đều được cấp "
            "mã số vùng trồng, có bản đồ và sổ ghi chép lịch phun thuốc, bón phân.",
            "## Quy trình chăm sóc",
            "Quy trình chung yêu cầu bón phân hữu cơ ít nhất hai lần một năm, dùng bẫy bả để diệt "
            "ruồi vàng thay vì phun thuốc, bao trái khi quả bằng nắm tay để vỏ xanh đều và ít sâu "
            "bệnh. Trước thu hoạch một tháng, vườn ngừng hẳn thuốc bảo vệ thực vật.",
            "Anh Nguyễn Văn Tư, tổ trưởng tổ hợp tác, kể rằng lúc đầu nhiều hộ chê bao trái tốn "
            "công. Nhưng bưởi bao trái bán được giá cao hơn bốn đến năm nghìn đồng mỗi ký, nên "
            "chỉ sau một vụ ai cũng làm theo.",
            "## Chứng nhận OCOP",
            "Năm 2024, bưởi da xanh của tổ hợp tác được hội đồng tỉnh đánh giá đạt 4 sao OCOP. Hồ "
            "sơ gồm phiếu kiểm nghiệm dư lượng thuốc, chứng nhận VietGAP, câu chuyện sản phẩm và "
            "kế hoạch mở rộng thị trường. Tem OCOP được dán trên từng trái, kèm mã QR truy xuất.",
            "Nhờ chứng nhận, bưởi được nhận vào hai hệ thống siêu thị lớn và một doanh nghiệp xuất "
            "khẩu sang châu Âu. Giá bán bình quân năm nay khoảng bốn mươi lăm nghìn đồng mỗi ký, "
            "cao hơn bưởi cùng loại ngoài thị trường khoảng một phần năm.",
            "## Khó khăn còn lại",
            "Xâm nhập mặn vẫn là nỗi lo lớn nhất. Năm ngoái, nước mặn vào sâu khiến nhiều vườn mất "
            "mùa, tổ hợp tác phải mua nước ngọt chở bằng ghe để tưới. Các hộ đang góp tiền đào ao "
            "trữ nước và lắp hệ thống tưới nhỏ giọt để tiết kiệm.",
            "Ngoài ra, người trồng cũng lo ngại hàng trôi nổi gắn mác bưởi Mỏ Cày. Tổ hợp tác đã "
            "đề nghị cơ quan chức năng hỗ trợ đăng ký nhãn hiệu tập thể và kiểm tra các điểm bán "
            "ven quốc lộ.",
            "## Hướng đi sắp tới",
            "Tổ hợp tác dự định chuyển thành hợp tác xã vào năm sau, đầu tư kho lạnh và máy phân "
            "loại quả theo trọng lượng. Họ cũng thử làm mứt vỏ bưởi và tinh dầu bưởi để tận dụng "
            "quả loại hai, tăng thêm thu nhập cho thành viên.",
        ],
        "captions": ["Bưởi được bao trái để vỏ xanh đều, hạn chế sâu bệnh."],
        "byline": "Thanh Tâm",
        "attribution": "Theo Báo Đồng Khởi",
        "mid": [],
    },
    "brief": {
        "title": "Kẹo dừa sáp có thêm hai cơ sở đạt chuẩn OCOP",
        "lead": "Hai cơ sở sản xuất kẹo dừa sáp ở huyện Cầu Kè vừa được công nhận sản phẩm "
        "OCOP 3 sao.",
        "paras": [
            "## Thông tin chính",
            "Hai sản phẩm là kẹo dừa sáp vị lá dứa và kẹo dừa sáp nguyên chất. Hiện huyện có mười "
            "một sản phẩm OCOP, trong đó bốn sản phẩm làm từ dừa sáp, loại dừa đặc sản có cơm đặc "
            "sệt như thạch.",
        ],
        "captions": [],
        "byline": "Minh Khoa",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Mở lớp dạy bơi miễn phí cho trẻ em vùng sông nước",
        "lead": "Hè năm nay, huyện mở mười hai lớp dạy bơi miễn phí cho hơn bốn trăm học sinh "
        "tiểu học tại các xã ven sông.",
        "paras": [
            "## Tổ chức lớp học",
            "Mỗi lớp học kéo dài mười buổi, diễn ra tại các hồ bơi di động đặt trong sân trường. "
            "Giáo viên thể dục và đoàn viên thanh niên được tập huấn để hướng dẫn các em từ cách "
            "nín thở, nổi người đến bơi ếch.",
            "## Kết quả",
            "Sau khóa học, hơn chín mươi phần trăm học sinh bơi được từ hai mươi lăm mét trở lên. "
            "Phụ huynh mong huyện duy trì lớp học hằng năm vì trẻ em trong vùng thường xuyên phải "
            "đi đò qua sông đến trường.",
        ],
        "captions": [],
        "byline": "Kim Ngân",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ newsletter (bản tin)
PAGES["ban_tin"] = {
    "long": {
        "title": "Hợp tác xã nấm rơm dùng rơm rạ sau thu hoạch làm sản phẩm OCOP",
        "lead": "Thay vì đốt rơm ngoài đồng, một hợp tác xã ở vùng đồng bằng đã thu gom rơm rạ "
        "để trồng nấm, làm nấm rơm sấy và nấm muối, được công nhận sản phẩm OCOP 3 sao.",
        "paras": [
            "Mỗi vụ gặt, những cánh đồng quanh xã lại mù mịt khói vì nông dân đốt rơm cho nhanh. "
            "Ông Trần Văn Lộc, giám đốc hợp tác xã, thấy tiếc nguồn nguyên liệu nên rủ mấy hộ "
            "trong ấp thử ủ rơm trồng nấm. Vụ đầu tiên chỉ có năm luống, nấm mọc thưa, nhưng bán "
            "hết trong hai ngày.",
            "Hiện hợp tác xã thu gom rơm của khoảng hai trăm héc ta lúa mỗi vụ, trả tiền cho nông "
            "dân theo cuộn. Rơm được ủ với vôi trong mười ngày rồi xếp thành luống trong nhà màng "
            "để tránh mưa và giữ nhiệt ổn định. Nhờ trồng trong nhà màng, nấm ra đều quanh năm, "
            "không còn phụ thuộc vào mùa khô như trước.",
            "Nấm tươi bán cho chợ đầu mối, phần còn lại được sấy khô hoặc muối trong hũ thủy tinh. "
            "Hai sản phẩm nấm rơm sấy và nấm rơm muối được hội đồng tỉnh công nhận OCOP 3 sao vào "
            "đầu năm nay. Bao bì mới có mã QR, ghi rõ ngày đóng gói và hướng dẫn bảo quản.",
            "Theo ông Lộc, để đạt chuẩn, hợp tác xã phải xây lại khu sơ chế, lát gạch, có bồn rửa "
            "riêng và sổ theo dõi từng mẻ sấy. Các thành viên cũng được tập huấn về vệ sinh an "
            "toàn thực phẩm và được khám sức khỏe định kỳ.",
            "Phần bã rơm sau khi thu hoạch nấm được ủ thành phân hữu cơ, bán lại cho các vườn cây "
            "ăn trái trong vùng. Mỗi năm hợp tác xã bán được khoảng ba trăm tấn phân, đủ trả "
            "lương cho bốn lao động thường xuyên.",
            "Tổng doanh thu năm ngoái của hợp tác xã đạt hơn hai tỷ đồng, mười tám hộ thành viên "
            "có thu nhập từ tám đến mười hai triệu đồng mỗi tháng. Số hộ đốt rơm trong xã cũng "
            "giảm rõ rệt vì rơm đã có người mua.",
            "Năm tới, hợp tác xã dự định làm thêm sản phẩm chà bông nấm và đăng ký đánh giá nâng "
            "hạng 4 sao cho nấm rơm sấy. Ông Lộc nói điều cần nhất lúc này là vốn để xây thêm nhà "
            "màng và một lò sấy dùng năng lượng mặt trời, giảm tiền điện cho mỗi mẻ sấy.",
        ],
        "captions": ["Thành viên hợp tác xã thu hái nấm rơm trong nhà màng."],
        "byline": "Phương Thảo",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Trao giấy chứng nhận OCOP cho 9 sản phẩm của thị xã",
        "lead": "",
        "paras": [
            "Chiều 21/11, Ủy ban nhân dân thị xã trao giấy chứng nhận OCOP 3 sao cho 9 sản phẩm "
            "của 6 chủ thể, gồm bánh tráng phơi sương, mắm cá linh, khô cá lóc và một số loại "
            "trà thảo mộc. Các chủ thể được hỗ trợ 20 triệu đồng mỗi sản phẩm để in bao bì và "
            "tham gia hội chợ.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Xã hoàn thành nạo vét kênh thủy lợi trước vụ đông xuân",
        "lead": "",
        "paras": [
            "Sau hai tuần thi công, xã đã nạo vét xong bốn tuyến kênh nội đồng với tổng chiều dài "
            "hơn sáu cây số, bảo đảm nước tưới cho gần ba trăm héc ta lúa vụ đông xuân.",
            "Kinh phí thực hiện khoảng năm trăm triệu đồng, trong đó người dân đóng góp ngày công "
            "phát quang bờ kênh. Xã đề nghị các hộ không đổ rác và lục bình xuống kênh để tránh "
            "bồi lắng trở lại.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "",
        "mid": [],
    },
}

# The other items of a newsletter issue (chrome when they are not the article being read).
NEWS_ITEMS = [
    (
        "Lịch cắt điện tuần tới tại các xã phía Bắc thị xã",
        "Điện lực thông báo tạm ngừng cấp điện từ 7 giờ đến 15 giờ thứ ba để thay dây trung thế.",
    ),
    (
        "Tiêm vắc xin sởi bổ sung cho trẻ dưới 5 tuổi",
        "Các trạm y tế tổ chức tiêm vào sáng thứ năm và thứ sáu, phụ huynh nhớ mang sổ tiêm chủng.",
    ),
    (
        "Hội chợ nông sản cuối tuần tại sân vận động thị xã",
        "Gần năm mươi gian hàng, có khu riêng cho sản phẩm OCOP và trò chơi dân gian cho thiếu nhi.",
    ),
    (
        "Thu học phí học kỳ một qua tài khoản ngân hàng",
        "Nhà trường đề nghị phụ huynh chuyển khoản trước ngày 30, ghi rõ họ tên và lớp của học sinh.",
    ),
]

# ------------------------------------------------------------------ frameset page with <noframes>
PAGES["khung_frameset"] = {
    "long": {
        "title": "Nước mắm truyền thống làng chài được công nhận sản phẩm OCOP 4 sao",
        "lead": "Nghề làm nước mắm của làng chài ven biển đã có hơn trăm năm. Nay sản phẩm nước "
        "mắm cá cơm ủ chượp của cơ sở ông Phạm Văn Sơn vừa được đánh giá đạt OCOP 4 sao.",
        "paras": [
            "Cơ sở của ông Sơn nằm sát bờ biển, có hơn bốn mươi thùng gỗ lớn, mỗi thùng chứa được "
            "gần bốn tấn cá. Cá cơm tươi mua ngay tại bến khi tàu vừa cập bờ, trộn muối theo tỷ lệ "
            "ba cá một muối rồi cho vào thùng ủ. Sau mười hai đến mười tám tháng, chượp chín mới "
            "được rút lấy nước mắm nhĩ đầu tiên.",
            "Ông Sơn cho biết bí quyết nằm ở chỗ cá phải thật tươi và muối phải để lâu cho hết vị "
            "đắng. Muối mua về được trữ trong kho ít nhất một năm mới dùng. Trong thời gian ủ, "
            "người thợ thường xuyên kiểm tra, nén chượp và phơi nắng để nước mắm có màu cánh gián.",
            "Trước đây, nước mắm của cơ sở chủ yếu bán cho người trong vùng, đựng trong can nhựa. "
            "Từ khi tham gia chương trình OCOP, ông Sơn được hỗ trợ thiết kế chai thủy tinh, nhãn "
            "mác, xây dựng câu chuyện sản phẩm và làm phiếu kiểm nghiệm độ đạm. Sản phẩm đạt 3 sao "
            "năm 2023 và vừa được nâng lên 4 sao trong đợt đánh giá tháng 10.",
            "Hiện mỗi năm cơ sở bán ra khoảng sáu mươi nghìn lít nước mắm các loại, giá từ tám "
            "mươi đến hai trăm nghìn đồng một lít tùy độ đạm. Sản phẩm đã có mặt tại nhiều cửa "
            "hàng đặc sản ở Hà Nội, Thành phố Hồ Chí Minh và được khách du lịch mua làm quà.",
            "Cơ sở tạo việc làm thường xuyên cho mười hai lao động địa phương, phần lớn là vợ con "
            "ngư dân. Ngoài ra, mỗi mùa cá cơm, ông còn thuê thêm hàng chục người làm thời vụ.",
            "Ông Sơn mong chính quyền sớm quy hoạch khu sản xuất nước mắm tập trung, xa khu dân "
            "cư, để các cơ sở yên tâm đầu tư nhà xưởng và xử lý nước thải. Ông cũng muốn mở cửa "
            "cho khách du lịch tham quan quy trình ủ chượp, kết hợp bán sản phẩm tại chỗ.",
            "Theo phòng kinh tế huyện, toàn huyện có hơn ba mươi cơ sở làm nước mắm, trong đó năm "
            "cơ sở đã có sản phẩm OCOP. Huyện đang xây dựng hồ sơ đăng ký nhãn hiệu tập thể cho "
            "nước mắm của làng nghề, dự kiến hoàn thành vào năm sau.",
        ],
        "captions": ["Ông Sơn kiểm tra chượp trong thùng gỗ."],
        "byline": "Đức Trí",
        "attribution": "Nguồn: Đài Truyền thanh huyện",
        "mid": [],
    },
    "brief": {
        "title": "Huyện có thêm 4 sản phẩm OCOP",
        "lead": "",
        "paras": [
            "Ủy ban nhân dân tỉnh vừa ban hành quyết định công nhận 4 sản phẩm OCOP 3 sao của "
            "huyện, gồm nước mắm cá cơm, mực một nắng, tôm khô và bánh tráng mè đen. Đến nay toàn "
            "huyện có 17 sản phẩm OCOP.",
        ],
        "captions": [],
        "byline": "P.V",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Ngư dân được hướng dẫn khai báo nhật ký khai thác điện tử",
        "lead": "",
        "paras": [
            "Đồn biên phòng phối hợp với Ủy ban nhân dân xã tổ chức buổi hướng dẫn cho hơn tám mươi "
            "chủ tàu cá cách cài đặt và sử dụng phần mềm nhật ký khai thác điện tử trên điện thoại.",
            "Cán bộ hướng dẫn từng bước: đăng nhập bằng số đăng ký tàu, khai báo ngày xuất bến, "
            "vị trí đánh bắt và sản lượng theo từng mẻ lưới. Các chủ tàu cũng được nhắc không tắt "
            "thiết bị giám sát hành trình khi đang hoạt động trên biển.",
            "Từ đầu năm sau, tàu cá có chiều dài từ mười lăm mét trở lên bắt buộc phải khai báo "
            "nhật ký điện tử trước khi cập cảng.",
        ],
        "captions": [],
        "byline": "P.V",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ bilingual (Vietnamese / English)
# "en": the English version shown beside the Vietnamese text (not body: another language).
PAGES["song_ngu"] = {
    "long": {
        "title": "Gạo Séng Cù Mường Khương giữ hương vị nhờ chuẩn OCOP",
        "lead": "Giống lúa Séng Cù trồng trên ruộng bậc thang ở Mường Khương đang được nông dân "
        "mở rộng diện tích sau khi gạo của hợp tác xã đạt chứng nhận OCOP 4 sao.",
        "paras": [
            "Cuối tháng mười, những thửa ruộng bậc thang ở Mường Khương đã gặt xong, chỉ còn lại "
            "những cây rơm dựng thành hàng. Trong kho của hợp tác xã, các bao thóc Séng Cù được "
            "xếp cao gần chạm mái, chờ đưa vào máy xát theo từng đơn hàng để gạo luôn mới.",
            "Séng Cù là giống lúa địa phương, hạt dài, cơm dẻo và thơm nhẹ. Trước đây, người dân "
            "chỉ trồng để ăn trong nhà vì năng suất thấp, thời gian sinh trưởng dài và cây cao dễ "
            "đổ khi gặp gió lớn. Nhiều gia đình đã chuyển sang giống lai cho năng suất cao hơn.",
            "Năm 2022, một nhóm hộ ở xã Thanh Bình lập hợp tác xã, cam kết chỉ trồng Séng Cù theo "
            "quy trình hữu cơ. Hợp tác xã cung cấp giống thuần, hướng dẫn bón phân chuồng hoai mục, "
            "dùng thuốc sinh học khi có sâu bệnh và cấy thưa để cây cứng, ít đổ.",
            "Ông Lù Văn Pao, giám đốc hợp tác xã, cho biết năng suất Séng Cù chỉ bằng khoảng hai "
            "phần ba lúa lai, nhưng giá bán cao gấp đôi. Hợp tác xã thu mua thóc cho thành viên với "
            "giá cao hơn thị trường khoảng một nghìn rưỡi đồng mỗi cân, ký hợp đồng ngay từ đầu vụ.",
            "Sau hai năm chuẩn hóa quy trình, làm hồ sơ và thiết kế bao bì, gạo Séng Cù của hợp tác "
            "xã được tỉnh công nhận sản phẩm OCOP 3 sao, rồi nâng lên 4 sao vào năm nay. Mỗi túi "
            "gạo hai cân và năm cân đều in mã truy xuất, ghi rõ thửa ruộng và ngày xay xát.",
            "Nhờ có chứng nhận, gạo đã vào được các cửa hàng thực phẩm sạch ở Hà Nội, Hải Phòng và "
            "một số nhà hàng ở Sa Pa. Sản lượng tiêu thụ năm nay khoảng một trăm tám mươi tấn, gấp "
            "ba năm đầu thành lập. Hợp tác xã cũng bán thêm gạo lứt và bột gạo cho trẻ em.",
            "Diện tích trồng Séng Cù của xã đã tăng từ bốn mươi lên gần một trăm héc ta. Nhiều hộ "
            "từng bỏ giống này nay quay lại trồng vì có nơi bao tiêu. Xã cũng đưa ruộng bậc thang "
            "vào các tour du lịch trải nghiệm mùa lúa chín.",
            "Khó khăn lớn nhất hiện nay là thời tiết thất thường và thiếu máy gặt phù hợp với ruộng "
            "bậc thang hẹp. Hợp tác xã kiến nghị được hỗ trợ máy gặt cỡ nhỏ và kho bảo quản thóc có "
            "kiểm soát độ ẩm để giữ chất lượng gạo quanh năm.",
        ],
        "captions": ["Nông dân Mường Khương phơi thóc Séng Cù sau vụ gặt."],
        "byline": "Vàng Thị Dung",
        "attribution": "",
        "mid": [],
        "en": [
            "Seng Cu rice keeps its flavour thanks to OCOP standards",
            "Farmers in Muong Khuong are expanding the local Seng Cu rice variety on their terraced "
            "fields after the cooperative's rice earned a four-star OCOP certificate.",
            "The cooperative buys paddy from members at a guaranteed price and mills it only when "
            "orders arrive, so the rice reaches shops in Hanoi and Sa Pa fresh.",
        ],
    },
    "brief": {
        "title": "Lào Cai khai mạc tuần hàng OCOP tại Hà Nội",
        "lead": "",
        "paras": [
            "Sáng 21/11, tuần hàng giới thiệu sản phẩm OCOP của tỉnh Lào Cai khai mạc tại Hà Nội "
            "với sáu mươi gian hàng. Khách tham quan có thể mua gạo Séng Cù, chè Shan tuyết, mật "
            "ong và thảo quả sấy. Tuần hàng kéo dài đến hết ngày 27/11.",
        ],
        "captions": [],
        "byline": "Minh Phương",
        "attribution": "",
        "mid": [],
        "en": [
            "Lao Cai opens a week of local products in Hanoi",
            "Sixty stalls offer rice, tea, honey and dried cardamom until November 27.",
        ],
    },
    "non_ocop": {
        "title": "Sa Pa đón đợt rét đầu mùa, nhiệt độ xuống dưới 5 độ",
        "lead": "Đợt không khí lạnh đầu tiên của mùa đông khiến nhiệt độ ở Sa Pa xuống thấp, "
        "nhiều du khách lên đỉnh núi chờ băng giá.",
        "paras": [
            "Theo trạm khí tượng, nhiệt độ thấp nhất đêm qua ở thị xã Sa Pa là 4 độ C, trên đỉnh "
            "Fansipan xuống dưới 0 độ. Sương mù dày đặc bao phủ các tuyến đường, người đi xe máy "
            "phải bật đèn từ sáng sớm.",
            "Các trường học trong huyện được phép cho học sinh nghỉ khi nhiệt độ xuống dưới 7 độ. "
            "Người chăn nuôi được khuyến cáo che chắn chuồng trại, dự trữ rơm và cỏ khô cho trâu bò.",
            "Dự báo đợt rét còn kéo dài đến hết tuần, sau đó nhiệt độ tăng dần vào ban ngày.",
        ],
        "captions": ["Du khách mặc áo ấm đi dạo ở trung tâm Sa Pa."],
        "byline": "Hà Anh",
        "attribution": "",
        "mid": [],
        "en": [
            "Sa Pa sees first cold snap of winter",
            "Temperatures in Sa Pa fell to 4 degrees Celsius overnight and below zero on Fansipan.",
        ],
    },
}
