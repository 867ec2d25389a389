"""Texts of the twelfth blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image captions: NOT body), byline, attribution ("Theo …"/
"Nguồn: …": not body), mid (headlines of a mid-body box: chrome).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Sơn La có thêm 19 sản phẩm OCOP được công nhận trong đợt hai",
    "Mưa lớn kéo dài, nhiều tuyến đường liên xã bị chia cắt",
    "Phiên chợ sản phẩm OCOP vùng cao thu hút đông khách dưới xuôi",
    "Khánh thành nhà văn hóa thôn do bộ đội giúp dân xây dựng",
    "Hướng dẫn chủ thể gia hạn giấy chứng nhận sản phẩm OCOP",
    "Giá cà phê nhân xô tăng mạnh đầu niên vụ mới",
    "Thanh niên người Dao livestream bán sản phẩm OCOP của bản",
    "Tuyên truyền phòng chống mua bán người tại chợ phiên biên giới",
    "Đánh giá lại các sản phẩm OCOP hết hạn chứng nhận năm 2026",
    "Nông dân thu hoạch lúa nương sớm vì lo mưa đá",
    "Liên hoan văn nghệ quần chúng các dân tộc khu vực Tây Bắc",
    "Tổ hợp tác dệt thổ cẩm của phụ nữ Thái có sản phẩm OCOP 4 sao",
    "Thông xe cầu treo mới qua suối ở xã vùng cao",
    "Kết nối đưa sản phẩm OCOP miền núi lên sàn thương mại điện tử",
    "Trao học bổng cho học sinh nghèo vượt khó vùng biên",
    "Cảnh báo lũ quét và sạt lở đất tại các huyện vùng núi",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Lai Châu công nhận 17 sản phẩm đạt chuẩn OCOP sau đợt chấm cuối năm",
        "Phần lớn là chè, gạo nương, thảo quả và rượu men lá; bốn sản phẩm lần đầu đạt 4 sao và "
        "được hỗ trợ in bao bì theo mẫu nhận diện chung của tỉnh.",
    ),
    (
        "Bà con người Mông trồng đào phai đón khách dịp cuối năm",
        "Những vườn đào ven đường lên đèo bắt đầu hé nụ, nhiều hộ dựng lán bán hàng và nhận chụp "
        "ảnh cho khách du lịch đi xe máy qua bản.",
    ),
    (
        "Hợp tác xã thảo quả mở điểm sơ chế ngay tại bìa rừng",
        "Điểm sơ chế giúp người hái không phải vác quả tươi đi xa, quả được sấy trong ngày nên giữ "
        "được màu và mùi thơm, bán được giá hơn.",
    ),
    (
        "Điện Biên giới thiệu bản đồ điểm bán sản phẩm OCOP cho du khách",
        "Bản đồ in trên tờ gấp và đăng trên cổng du lịch của tỉnh, ghi địa chỉ, số điện thoại và "
        "hạng sao của từng sản phẩm được bày bán ở mỗi điểm.",
    ),
    (
        "Ngư dân đảo nhỏ được hỗ trợ máy định vị trước mùa biển động",
        "Mỗi tàu cá được lắp một thiết bị kết nối với trạm bờ, giúp lực lượng chức năng nắm vị trí "
        "và hỗ trợ kịp thời khi tàu gặp sự cố ngoài khơi.",
    ),
    (
        "Tập huấn bán hàng qua mạng xã hội cho phụ nữ dân tộc thiểu số",
        "Gần sáu mươi học viên được hướng dẫn chụp ảnh sản phẩm bằng điện thoại, viết vài dòng "
        "giới thiệu và trả lời tin nhắn của khách mua ở xa.",
    ),
    (
        "Kon Tum đưa sâm dây vào chuỗi liên kết với doanh nghiệp dược",
        "Doanh nghiệp cam kết thu mua theo giá sàn, cung cấp giống và hướng dẫn trồng dưới tán "
        "rừng cho các hộ tham gia trên diện tích hơn một trăm héc ta.",
    ),
    (
        "Làng rèn truyền thống mở lại lớp truyền nghề cho thanh niên",
        "Các lò rèn đã sửa xong bễ thổi, những lớp học cho thanh niên trong bản được mở lại với "
        "sự hướng dẫn của các nghệ nhân cao tuổi.",
    ),
    (
        "Gia Lai nâng hạng 9 sản phẩm OCOP từ 3 lên 4 sao",
        "Các sản phẩm được nâng hạng chủ yếu là cà phê rang xay, mật ong cà phê, tiêu sạch và các "
        "loại rượu cần của đồng bào Jrai, Bahnar.",
    ),
    (
        "Xã biên giới thu hoạch quế sớm vì giá lên cao",
        "Giá vỏ quế khô tăng gần một phần tư so với năm trước nên nhiều hộ bóc vỏ sớm, chủ yếu bán "
        "cho các cơ sở chưng cất tinh dầu dưới xuôi.",
    ),
    (
        "Bộ đội biên phòng giúp dân chống rét cho đàn trâu bò",
        "Cán bộ các đồn đến từng bản hướng dẫn che chắn chuồng trại, dự trữ rơm cỏ và nhắc bà con "
        "không thả rông gia súc lên núi cao khi trời rét đậm.",
    ),
    (
        "Mật ong hoa rừng của đồng bào Cơ Tu được cấp nhãn hiệu tập thể",
        "Nhãn hiệu giúp bảo hộ tên gọi cho sản phẩm của hơn ba trăm hộ nuôi ong ven rừng, hạn chế "
        "hàng pha trộn trôi nổi trên thị trường.",
    ),
    (
        "Khởi công đường bê tông vào bản xa nhất của huyện",
        "Tuyến đường dài hơn bốn cây số dự kiến hoàn thành trước mùa mưa năm sau, giúp xe chở nông "
        "sản vào tận bản thay vì phải gùi bộ qua dốc.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ news agency's ethnic-affairs paper
PAGES["dtmn_ttx"] = {
    "long": {
        "title": "Lào Cai: Gạo nếp cẩm của người Giáy thành sản phẩm OCOP 4 sao",
        "lead": "Từ giống lúa nếp cẩm trồng trên ruộng bậc thang, một hợp tác xã của đồng bào "
        "Giáy đã xây dựng được sản phẩm gạo đạt chuẩn OCOP 4 sao, giúp hàng trăm hộ trong xã có "
        "thêm nguồn thu ổn định.",
        "paras": [
            "Nhiều năm trước, lúa nếp cẩm chỉ được bà con trồng vài thửa nhỏ để đồ xôi trong dịp "
            "lễ tết. Năng suất thấp, hạt nhỏ, lại dễ đổ khi gặp gió lớn nên ít ai muốn mở rộng "
            "diện tích. Gạo làm ra phần lớn để ăn trong nhà hoặc biếu họ hàng.",
            "Năm 2022, một nhóm hộ trẻ trong xã bàn nhau lập hợp tác xã, thống nhất cùng gieo một "
            "giống, cùng bón phân chuồng ủ hoai và không dùng thuốc diệt cỏ. Cán bộ khuyến nông "
            "huyện về hướng dẫn cách chọn hạt giống, ngâm ủ và cấy thưa để cây khỏe hơn.",
            "## Chuẩn hóa từ ruộng đến bao gạo",
            "Sau hai vụ đầu, năng suất tăng gần một phần ba so với cách làm cũ. Hợp tác xã mua "
            "máy xay xát nhỏ, làm kho chứa có kệ kê cao để gạo không bị ẩm. Mỗi lô gạo đều được "
            "ghi ngày thu hoạch và tên thửa ruộng để tiện truy lại khi cần.",
            "Bà Vàng Thị Sen, Giám đốc hợp tác xã, cho biết điều khó nhất không phải là trồng "
            "lúa mà là thay đổi thói quen. Có hộ vẫn muốn phun thuốc cho nhanh, có hộ muốn bán "
            "lúa tươi cho thương lái ngay tại ruộng. Ban quản trị phải đến từng nhà giải thích, "
            "cam kết mua lại toàn bộ thóc với giá cao hơn thị trường.",
            "Hồ sơ tham gia Chương trình mỗi xã một sản phẩm được hợp tác xã chuẩn bị trong gần "
            "một năm, với sự hỗ trợ của phòng nông nghiệp huyện. Bao bì được thiết kế lại với hoa "
            "văn thổ cẩm của người Giáy, có mã QR giới thiệu vùng trồng và quy trình canh tác.",
            "## Đạt 4 sao, mở rộng vùng nguyên liệu",
            "Tháng 10 vừa qua, Hội đồng đánh giá, phân hạng sản phẩm cấp tỉnh công nhận gạo nếp "
            "cẩm của hợp tác xã đạt chuẩn OCOP 4 sao. Đây là một trong số ít sản phẩm gạo của các "
            "xã vùng cao trong tỉnh đạt mức này.",
            "Có chứng nhận, gạo được nhận vào bày bán tại các cửa hàng đặc sản ở thành phố và một "
            "số siêu thị dưới xuôi. Giá bán hiện ổn định ở mức cao gấp rưỡi gạo tẻ thông thường. "
            "Vụ mùa năm nay, hợp tác xã thu mua khoảng 80 tấn thóc của 140 hộ thành viên và liên kết.",
            "Theo lãnh đạo UBND xã, từ khi có sản phẩm OCOP, diện tích nếp cẩm của xã đã tăng "
            "từ 12 lên gần 40 héc ta. Nhiều hộ trước đây bỏ ruộng đi làm thuê nay quay về cấy "
            "lúa, vừa giữ được giống lúa quý của dân tộc, vừa có thu nhập khá hơn.",
            "Thời gian tới, hợp tác xã dự kiến làm thêm sản phẩm rượu nếp cẩm và bánh dày đóng "
            "gói, đồng thời đón khách du lịch đến trải nghiệm cấy lúa, gặt lúa vào mùa vụ. Huyện "
            "cũng đang xem xét hỗ trợ xây dựng nhãn hiệu tập thể cho gạo nếp cẩm của cả vùng.",
        ],
        "captions": [
            "Thành viên hợp tác xã đóng gói gạo nếp cẩm tại xưởng. Ảnh: Quốc Khánh - TTXVN",
            "Ruộng lúa nếp cẩm của đồng bào Giáy vào mùa thu hoạch. Ảnh: Quốc Khánh - TTXVN",
        ],
        "byline": "Hồng Nhung (TTXVN)",
        "attribution": "",
        "mid": ["Giữ giống lúa bản địa trên ruộng bậc thang vùng cao"],
    },
    "brief": {
        "title": "Đắk Nông: 21 sản phẩm được công nhận đạt chuẩn OCOP năm 2026",
        "lead": "",
        "paras": [
            "UBND tỉnh Đắk Nông vừa ra quyết định công nhận 21 sản phẩm đạt chuẩn OCOP năm 2026, "
            "trong đó có 5 sản phẩm đạt 4 sao và 16 sản phẩm đạt 3 sao. Các sản phẩm chủ yếu là cà "
            "phê, hồ tiêu, mắc ca và mật ong của các hợp tác xã vùng đồng bào dân tộc thiểu số. "
            "Toàn tỉnh hiện có 186 sản phẩm OCOP còn hiệu lực.",
        ],
        "captions": ["Sản phẩm mắc ca sấy được bày bán tại hội chợ. Ảnh: Hưng Thịnh - TTXVN"],
        "byline": "Hưng Thịnh (TTXVN)",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Hà Giang: Hỗ trợ đồng bào vùng cao chống rét cho gia súc",
        "lead": "Trước dự báo rét đậm kéo dài, các xã vùng cao đang hướng dẫn người dân che "
        "chắn chuồng trại, dự trữ thức ăn để bảo vệ đàn trâu bò qua mùa đông.",
        "paras": [
            "Những ngày này, cán bộ thú y các xã đi đến từng thôn kiểm tra chuồng trại. Những "
            "chuồng còn hở được hướng dẫn quây bạt, lót rơm khô dưới nền. Bà con được nhắc không "
            "thả rông gia súc lên núi cao khi nhiệt độ xuống dưới mười độ.",
            "Nhiều hộ đã chủ động trồng cỏ voi, ủ thân ngô làm thức ăn dự trữ từ đầu tháng. Huyện "
            "cũng cấp miễn phí hóa chất khử trùng và vắc xin cho các thôn xa, nơi đàn gia súc "
            "đông nhưng ít người nuôi có điều kiện mua thuốc.",
            "Theo ngành nông nghiệp tỉnh, mùa đông năm trước có hơn ba trăm con trâu bò bị chết "
            "rét. Năm nay, các địa phương đặt mục tiêu giảm thiệt hại xuống mức thấp nhất.",
        ],
        "captions": ["Người dân quây bạt chắn gió cho chuồng trâu. Ảnh: Minh Tâm - TTXVN"],
        "byline": "Minh Tâm (TTXVN)",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ border guard daily
PAGES["bien_phong"] = {
    "long": {
        "title": "Đồn biên phòng đồng hành cùng bản làng làm sản phẩm OCOP",
        "lead": "Không chỉ giữ vững đường biên, cán bộ, chiến sĩ một đồn biên phòng miền núi "
        "còn giúp đồng bào trồng dược liệu, hoàn thiện hồ sơ để có sản phẩm OCOP đầu tiên của xã.",
        "paras": [
            "Xã biên giới nằm dưới chân dãy núi cao, quanh năm mây phủ. Đồng bào ở đây chủ yếu "
            "trồng ngô, sắn trên đất dốc, thu nhập bấp bênh. Mỗi khi giá nông sản xuống, nhiều "
            "thanh niên lại bỏ bản đi làm thuê xa.",
            "Năm 2023, đồn biên phòng đóng trên địa bàn phối hợp với xã khảo sát lại các loại "
            "cây bản địa. Cây đẳng sâm mọc dưới tán rừng được chọn vì hợp khí hậu, ít sâu bệnh và "
            "có người mua ổn định.",
            "## Làm mẫu trước, dân làm theo sau",
            "Đội vận động quần chúng của đồn mở một vườn ươm ngay cạnh doanh trại. Các chiến sĩ "
            "tự làm đất, gieo hạt, ghi chép từng đợt tưới và bón phân. Khi vườn sâm lên xanh, "
            "bà con trong bản đến xem và xin cây giống về trồng.",
            "Đại úy Lò Văn Thành, đội trưởng đội vận động quần chúng, kể rằng lúc đầu chỉ có năm "
            "hộ dám thử. Anh cùng đồng đội đến từng nương hướng dẫn làm giàn, che nắng cho cây "
            "non. Sau một năm, số hộ tham gia tăng lên hơn bốn mươi.",
            "Khi sâm cho thu hoạch, đồn tiếp tục kết nối với một hợp tác xã ở trung tâm huyện để "
            "thu mua, sơ chế và đóng gói. Hợp tác xã đứng ra làm chủ thể, đăng ký tham gia "
            "chương trình OCOP với sản phẩm đẳng sâm sấy khô và rượu sâm.",
            "## Sản phẩm OCOP đầu tiên của xã biên giới",
            "Tháng 9 năm nay, sản phẩm đẳng sâm sấy khô được công nhận đạt OCOP 3 sao. Đây là sản "
            "phẩm OCOP đầu tiên của xã. Bao bì sản phẩm in hình cột mốc và dòng chữ giới thiệu "
            "vùng trồng sát biên giới, thu hút sự chú ý của khách tại các hội chợ.",
            "Theo chủ tịch UBND xã, thu nhập của các hộ trồng sâm năm nay tăng bình quân 25 triệu "
            "đồng so với trồng ngô. Có hộ đã xây được nhà mới, mua xe máy cho con đi học ở "
            "trường dân tộc nội trú của huyện.",
            "Cùng với sâm, đồn biên phòng đang giúp bà con chăm sóc thêm rừng thảo quả và nuôi ong "
            "lấy mật. Đồn cũng phối hợp với xã tuyên truyền để người dân không chặt phá rừng đầu "
            "nguồn, giữ tán rừng cho cây dược liệu phát triển.",
            "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh đánh giá mô hình giúp dân phát triển "
            "sản phẩm gắn với bảo vệ biên giới là cách làm cần nhân rộng. Khi người dân có sinh kế "
            "ổn định, họ sẽ yên tâm bám bản, cùng bộ đội giữ gìn đường biên, cột mốc.",
        ],
        "captions": [
            "Chiến sĩ đồn biên phòng hướng dẫn người dân làm giàn che cho cây sâm. Ảnh: Văn Hiếu",
            "Vườn ươm cây giống cạnh doanh trại của đồn. Ảnh: Văn Hiếu",
            "Sản phẩm đẳng sâm sấy khô được đóng gói tại hợp tác xã. Ảnh: Văn Hiếu",
            "Trong ảnh: Cán bộ đồn cùng người dân thu hoạch sâm trên nương. Ảnh: Văn Hiếu",
        ],
        "byline": "Văn Hiếu",
        "attribution": "",
        "mid": ["Chiến sĩ quân hàm xanh làm đường vào bản trước mùa mưa"],
    },
    "brief": {
        "title": "Hội chợ sản phẩm OCOP khu vực biên giới khai mạc tại cửa khẩu",
        "lead": "",
        "paras": [
            "Sáng 21/11, tại khu kinh tế cửa khẩu, hội chợ sản phẩm OCOP các xã biên giới năm "
            "2026 đã khai mạc với gần 90 gian hàng. Bày bán tại hội chợ là chè, mật ong, thảo quả, "
            "thổ cẩm và các sản phẩm từ dược liệu của đồng bào. Hội chợ kéo dài đến hết ngày 24/11.",
        ],
        "captions": [
            "Khách tham quan gian hàng chè của một hợp tác xã vùng biên. Ảnh: Thu Hằng",
            "Trong ảnh: Đại biểu cắt băng khai mạc hội chợ. Ảnh: Thu Hằng",
        ],
        "byline": "Thu Hằng",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Tuần tra chung bảo vệ rừng đầu nguồn trong mùa khô",
        "lead": "Bộ đội biên phòng phối hợp với kiểm lâm và dân quân tổ chức tuần tra chung, "
        "phòng chống cháy rừng và khai thác gỗ trái phép trên tuyến biên giới.",
        "paras": [
            "Mùa khô năm nay đến sớm, thảm lá khô dưới tán rừng dày, nguy cơ cháy rất cao. Các tổ "
            "tuần tra chung được lập ở từng khu vực, mỗi tổ có bộ đội, kiểm lâm và dân quân xã.",
            "Trong tháng qua, các tổ đã tuần tra hơn bốn mươi lượt, phát hiện và xử lý ba trường "
            "hợp đốt nương sai quy định. Cán bộ đồn cũng đến từng bản nhắc bà con làm đường băng "
            "cản lửa trước khi đốt thực bì.",
            "Đồn biên phòng đề nghị chính quyền xã bố trí thêm chòi canh lửa ở những khu rừng giáp "
            "nương rẫy, nơi thường xảy ra cháy vào buổi trưa.",
        ],
        "captions": [
            "Tổ tuần tra chung kiểm tra khu rừng giáp nương rẫy. Ảnh: Quang Vinh",
            "Trong ảnh: Cán bộ đồn hướng dẫn người dân làm đường băng cản lửa. Ảnh: Quang Vinh",
        ],
        "byline": "Quang Vinh",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ OCOP sub-publication of a craft-village magazine
PAGES["an_pham_ocop"] = {
    "long": {
        "title": "Chiếu cói Kim Sơn: Từ nghề phụ lúc nông nhàn đến sản phẩm OCOP 4 sao",
        "lead": "Nghề dệt chiếu cói từng chỉ là việc làm thêm của phụ nữ vùng ven biển sau mùa "
        "gặt. Nay, nhờ tham gia Chương trình OCOP, những tấm chiếu hoa của một hợp tác xã đã có "
        "mặt ở nhiều thành phố lớn và được khách nước ngoài đặt mua.",
        "quote": "Chiếu hoa làng biển theo chân khách đi khắp các đô thị",
        "paras": [
            "Ở các xã ven biển, cây cói được trồng trên những bãi đất nhiễm mặn mà lúa khó sống. "
            "Xưa kia, cứ xong vụ gặt, phụ nữ trong làng lại ngồi bên khung dệt đến khuya. Chiếu làm "
            "ra chủ yếu bán cho thương lái với giá rẻ, lúc được lúc mất.",
            "Năm 2020, bà Trần Thị Hạnh, một thợ dệt có hơn ba mươi năm trong nghề, vận động hai "
            "mươi hộ lập hợp tác xã. Mục tiêu ban đầu rất giản dị: thống nhất giá bán, không để "
            "thương lái ép giá từng nhà như trước.",
            "## Đổi mới từ sợi cói",
            "Hợp tác xã bắt đầu từ khâu chọn nguyên liệu. Cói được cắt đúng độ già, chẻ đều sợi, "
            "phơi ba nắng cho trắng và dai. Sợi cói nhuộm màu bằng vỏ cây, lá cây thay cho phẩm "
            "màu công nghiệp, vừa an toàn cho người dệt vừa hợp với khách thích đồ tự nhiên.",
            "Các mẫu hoa văn cũng được làm mới. Ngoài chữ song hỷ và hoa cúc quen thuộc, các chị "
            "em nghĩ thêm mẫu sóng biển, cánh cò, bông lúa. Một nhà thiết kế ở Hà Nội được mời về "
            "hướng dẫn cách phối màu, để chiếu vừa giữ nét cũ vừa hợp với căn hộ hiện đại.",
            "## Hành trình chuẩn OCOP",
            "Khi huyện phát động tham gia Chương trình OCOP, hợp tác xã mạnh dạn đăng ký sản phẩm "
            "chiếu cói dệt tay. Hồ sơ gồm quy trình sản xuất, câu chuyện sản phẩm, phiếu đánh giá "
            "độ bền và kế hoạch tiêu thụ. Cán bộ văn phòng điều phối nông thôn mới huyện đến tận "
            "xưởng hướng dẫn từng mục.",
            "Năm 2023, sản phẩm đạt 3 sao. Hội đồng góp ý cần có nhãn mác rõ ràng, thông tin về "
            "nguồn gốc nguyên liệu và cách bảo quản. Hợp tác xã làm lại hộp đựng bằng giấy tái "
            "chế, in mã QR kể câu chuyện về làng nghề, kèm thẻ hướng dẫn giặt phơi chiếu.",
            "Đầu năm nay, chiếu cói của hợp tác xã được đánh giá lại và đạt OCOP 4 sao. Cùng với "
            "chiếu, hợp tác xã đang hoàn thiện hồ sơ cho bộ sản phẩm túi xách và hộp đựng bằng cói "
            "để tham gia đánh giá trong năm tới.",
            "## Giữ nghề cho lớp trẻ",
            "Hiện hợp tác xã có 64 thành viên, tạo việc làm thường xuyên cho hơn một trăm lao "
            "động, phần lớn là phụ nữ trung niên. Thu nhập bình quân khoảng bảy triệu đồng mỗi "
            "tháng, cao gần gấp đôi so với trước.",
            "Điều bà Hạnh lo nhất là lớp trẻ ít người theo nghề. Hợp tác xã mở lớp dệt miễn phí "
            "vào dịp hè cho học sinh, đồng thời đón khách du lịch đến tự tay dệt một tấm chiếu "
            "nhỏ. Bà tin rằng khi nghề mang lại thu nhập ổn định, người trẻ sẽ quay về với khung "
            "dệt của ông bà.",
        ],
        "captions": [
            "Thợ dệt của hợp tác xã hoàn thiện một tấm chiếu hoa. Ảnh: Minh Ngọc",
            "Sản phẩm chiếu cói đạt OCOP 4 sao được đóng hộp giấy. Ảnh: Minh Ngọc",
        ],
        "byline": "Minh Ngọc",
        "attribution": "",
        "mid": ["Làng nghề ven biển đón khách trải nghiệm dịp cuối năm"],
    },
    "brief": {
        "title": "Hà Nam có thêm 15 sản phẩm OCOP cấp tỉnh",
        "lead": "UBND tỉnh Hà Nam vừa công nhận 15 sản phẩm đạt chuẩn OCOP đợt hai năm 2026.",
        "quote": "Sản phẩm làng nghề chiếm phần lớn trong đợt công nhận mới",
        "paras": [
            "Trong số này có 4 sản phẩm đạt 4 sao gồm trống da, mây tre đan, tương và rượu "
            "làng; các sản phẩm còn lại đạt 3 sao. Đây là đợt có nhiều sản phẩm làng nghề nhất từ "
            "trước đến nay của tỉnh.",
        ],
        "captions": [],
        "byline": "Thu Trang",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Làng gốm cổ mở lớp học nặn gốm cho thiếu nhi dịp cuối tuần",
        "lead": "Một làng gốm lâu đời vừa mở lớp học nặn gốm miễn phí cho thiếu nhi vào các buổi "
        "sáng cuối tuần, thu hút đông đảo phụ huynh đưa con đến tham gia.",
        "quote": "Trẻ nhỏ tự tay làm ra chiếc bát đầu tiên bên bàn xoay",
        "paras": [
            "Mỗi buổi học kéo dài khoảng hai tiếng, do các nghệ nhân trong làng trực tiếp hướng "
            "dẫn. Các em được làm quen với đất sét, học cách nhào đất, vuốt bàn xoay và trang trí "
            "sản phẩm theo ý thích.",
            "Sản phẩm của các em được đem nung trong lò của làng, phụ huynh có thể nhận lại sau "
            "một tuần. Nhiều gia đình ở thành phố đã đăng ký cho con học đủ cả khóa sáu buổi.",
            "Theo trưởng thôn, lớp học là cách để trẻ em hiểu hơn về nghề của cha ông, đồng thời "
            "giúp làng giới thiệu hình ảnh của mình với du khách.",
        ],
        "captions": ["Các em nhỏ học vuốt gốm trên bàn xoay. Ảnh: Đức Anh"],
        "byline": "Đức Anh",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ ethnic-language service of the national radio
PAGES["vtn_dan_toc"] = {
    "long": {
        "title": "Chè cổ thụ của người Dao trên đỉnh núi thành sản phẩm OCOP",
        "lead": "Những cây chè cổ thụ mọc hoang trên đỉnh núi cao, nay được một hợp tác xã của "
        "đồng bào Dao chăm sóc, chế biến thành sản phẩm đạt chuẩn OCOP 4 sao.",
        "note": "(Chương trình Dân tộc và Phát triển ngày 20/11/2026)",
        "paras": [
            "Trên đỉnh núi quanh năm mây mù, có hàng nghìn cây chè cổ thụ, nhiều cây phải hai "
            "người ôm mới xuể. Trước đây, đồng bào Dao chỉ hái lá về nấu nước uống hoặc bán búp "
            "tươi với giá rẻ cho người dưới xuôi lên mua.",
            "Anh Triệu Văn Páo, người trẻ tuổi nhất trong thôn từng đi học đại học ở tỉnh, quyết "
            "định trở về lập hợp tác xã. Anh nói, chè quý như vậy mà bán búp tươi thì thiệt cho bà "
            "con quá, phải làm ra sản phẩm có thương hiệu thì mới giữ được cây chè.",
            "## Học cách làm chè từ người già",
            "Những ngày đầu, anh Páo cùng các thành viên đến từng nhà người già trong bản, học cách "
            "sao chè trên chảo gang, vò bằng tay và sấy trên bếp củi. Anh ghi chép cẩn thận từng "
            "bước, rồi thử nghiệm nhiều lần để chè thành phẩm có màu nước vàng sáng, vị chát dịu.",
            "Hợp tác xã thống nhất chỉ hái một tôm hai lá vào buổi sáng sớm, không dùng phân bón "
            "hóa học, không phun thuốc trừ sâu. Cây chè được để mọc tự nhiên dưới tán rừng, chỉ "
            "phát quang dây leo và cỏ dại quanh gốc.",
            "Để tránh tình trạng chặt cành hái búp cho nhanh, hợp tác xã giao cho mỗi hộ chăm sóc "
            "một nhóm cây, có sổ theo dõi riêng. Hộ nào làm đúng quy trình thì được thu mua với giá "
            "cao hơn.",
            "## Chè cổ thụ đạt 4 sao OCOP",
            "Với sự hỗ trợ của cán bộ huyện, hợp tác xã hoàn thiện hồ sơ tham gia chương trình "
            "OCOP. Năm 2024, sản phẩm chè đạt 3 sao. Đến tháng 10 năm nay, sau khi đổi mới bao bì "
            "và bổ sung truy xuất nguồn gốc, sản phẩm được nâng lên 4 sao.",
            "Giá chè khô của hợp tác xã hiện từ một triệu đến hai triệu đồng mỗi cân tùy loại. Mỗi "
            "năm, hợp tác xã bán ra khoảng ba tấn chè, mang lại thu nhập ổn định cho gần tám mươi "
            "hộ đồng bào Dao trong thôn.",
            "Ông Bàn Văn Sinh, trưởng thôn, cho biết từ ngày có hợp tác xã, không còn ai chặt cây "
            "chè lấy củi như trước. Người dân coi những cây chè cổ thụ là tài sản chung của cả "
            "bản, cùng nhau bảo vệ.",
            "Năm tới, hợp tác xã dự kiến làm thêm homestay nhỏ để đón khách lên núi ngắm cây chè "
            "và trải nghiệm sao chè cùng người Dao. Anh Páo hy vọng khách đến nhiều sẽ giúp bà "
            "con có thêm nghề, thanh niên trong bản không phải đi làm thuê xa.",
        ],
        "captions": ["Đồng bào Dao hái chè trên cây cổ thụ. Ảnh: Lý Hà"],
        "byline": "Lý Hà/VTN4",
        "attribution": "",
        "mid": ["Giữ rừng đầu nguồn bằng hương ước của bản"],
    },
    "brief": {
        "title": "Kon Tum tổ chức phiên chợ sản phẩm OCOP của đồng bào dân tộc thiểu số",
        "lead": "Phiên chợ giới thiệu gần 70 sản phẩm OCOP và đặc sản của đồng bào dân tộc thiểu "
        "số các huyện vùng cao, diễn ra tại quảng trường trung tâm tỉnh.",
        "note": "(Bản tin thời sự tiếng Xơ Đăng ngày 21/11/2026)",
        "paras": [
            "Nhiều sản phẩm như sâm dây, rượu ghè, cà phê, thổ cẩm được bà con mang đến bày bán. "
            "Phiên chợ mở cửa đến hết ngày chủ nhật.",
        ],
        "captions": [],
        "byline": "Y Vân/VTN4",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Già làng người Ê Đê giữ gìn kho sử thi của buôn",
        "lead": "Hơn bốn mươi năm qua, một già làng người Ê Đê vẫn miệt mài ghi chép và kể lại "
        "những bài sử thi cổ cho lớp trẻ trong buôn.",
        "note": "(Chương trình Văn hóa các dân tộc ngày 19/11/2026)",
        "paras": [
            "Mỗi tối cuối tuần, nhà dài của già làng lại sáng đèn. Thanh niên trong buôn ngồi "
            "quanh bếp lửa nghe ông kể những đoạn sử thi dài hàng giờ, có khi kéo đến gần sáng.",
            "Ông đã ghi lại được hơn hai mươi bài sử thi vào sổ tay, nhiều bài được cán bộ văn hóa "
            "tỉnh ghi âm, số hóa để lưu giữ. Ông mong người trẻ không chỉ nghe mà còn thuộc và kể "
            "lại được cho con cháu.",
            "Ngành văn hóa tỉnh đang lập kế hoạch mở lớp truyền dạy sử thi tại buôn vào năm sau.",
        ],
        "captions": ["Già làng kể sử thi bên bếp lửa nhà dài. Ảnh: H'Linh"],
        "byline": "H'Linh/VTN4",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ national daily of the farmers' union (interview)
PAGES["dan_nong"] = {
    "long": {
        "title": "Giám đốc Văn phòng điều phối: Sản phẩm OCOP phải sống được bằng thị trường",
        "lead": "Sau nhiều năm triển khai, số sản phẩm OCOP của tỉnh đã vượt mốc năm trăm. Trao "
        "đổi với phóng viên, ông Hoàng Minh Đức, Giám đốc Văn phòng điều phối nông thôn mới tỉnh, "
        "cho rằng thách thức lớn nhất bây giờ là giữ chất lượng và tìm đầu ra bền vững.",
        "paras": [
            "?? Thưa ông, ông đánh giá thế nào về kết quả thực hiện Chương trình OCOP của tỉnh "
            "trong giai đoạn vừa qua?",
            "- Đến nay, toàn tỉnh có 512 sản phẩm OCOP còn hiệu lực, trong đó có 118 sản phẩm 4 sao "
            "và 6 sản phẩm 5 sao. Số chủ thể là hợp tác xã chiếm gần một nửa. Điều tôi thấy mừng "
            "nhất là nhiều hợp tác xã đã biết tự làm hồ sơ, tự thiết kế bao bì, không còn trông "
            "chờ hoàn toàn vào cán bộ như những năm đầu.",
            "- Tuy vậy, cũng phải nói thẳng là có nơi chạy theo số lượng. Có sản phẩm được công "
            "nhận xong thì chủ thể không duy trì sản xuất, bao bì vẫn in nhưng hàng trên kệ thì "
            "không có. Khi đánh giá lại, một số sản phẩm đã không đủ điều kiện gia hạn.",
            "?? Vậy tỉnh có giải pháp gì để giữ chất lượng sản phẩm sau khi được công nhận?",
            "- Chúng tôi thực hiện kiểm tra định kỳ và đột xuất. Mỗi năm, văn phòng phối hợp với "
            "các sở lấy mẫu ngẫu nhiên tại điểm bán để kiểm nghiệm. Sản phẩm nào không đạt sẽ bị "
            "nhắc nhở, tái phạm thì đề nghị thu hồi giấy chứng nhận.",
            "- Cùng với đó, tỉnh yêu cầu tất cả sản phẩm có tem truy xuất nguồn gốc. Người mua chỉ "
            "cần quét mã là biết sản phẩm của ai, làm ở đâu, hạn chứng nhận đến bao giờ. Đây cũng "
            "là cách để người tiêu dùng cùng giám sát.",
            "?? Đầu ra vẫn là nỗi lo của nhiều chủ thể. Ông có chia sẻ gì về vấn đề này?",
            "- Đúng là nhiều hợp tác xã làm ra sản phẩm tốt nhưng bán rất chật vật. Họ quen bán cho "
            "khách quen, cho hội chợ, chưa quen với hợp đồng dài hạn, với yêu cầu giao hàng đúng "
            "hẹn của siêu thị. Tỉnh đã mở mười hai điểm giới thiệu sản phẩm, tổ chức các phiên kết "
            "nối với doanh nghiệp phân phối và hỗ trợ đưa sản phẩm lên sàn thương mại điện tử.",
            "- Nhưng tôi luôn nói với các chủ thể rằng hỗ trợ của Nhà nước chỉ là bước đầu. Sản "
            "phẩm OCOP phải sống được bằng thị trường, bằng việc người mua quay lại lần thứ hai, "
            "thứ ba. Nếu chỉ dựa vào hội chợ thì không đi được xa.",
            "?? Mục tiêu của tỉnh trong giai đoạn tới là gì, thưa ông?",
            "- Chúng tôi không đặt nặng chỉ tiêu số lượng nữa. Trọng tâm là nâng hạng những sản "
            "phẩm có tiềm năng, phát triển vùng nguyên liệu ổn định và gắn OCOP với du lịch nông "
            "thôn. Tỉnh phấn đấu có thêm năm sản phẩm đạt 5 sao và ít nhất một nửa số sản phẩm 4 "
            "sao có hợp đồng tiêu thụ dài hạn.",
            "?? Xin cảm ơn ông!",
        ],
        "captions": ["Ông Hoàng Minh Đức, Giám đốc Văn phòng điều phối nông thôn mới tỉnh."],
        "byline": "Phạm Hoài",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Nông dân tiêu biểu được tập huấn xây dựng sản phẩm OCOP",
        "lead": "",
        "paras": [
            "Ngày 21/11, Hội Nông dân tỉnh tổ chức lớp tập huấn về xây dựng và phát triển sản phẩm "
            "OCOP cho 80 hội viên là nông dân sản xuất, kinh doanh giỏi. Học viên được hướng dẫn "
            "cách lập hồ sơ đăng ký, xây dựng câu chuyện sản phẩm và bán hàng trên các nền tảng "
            "số.",
        ],
        "captions": [],
        "byline": "Hải Yến",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Giá lúa tăng, nông dân đồng bằng phấn khởi xuống giống vụ mới",
        "lead": "Giá lúa tươi tại ruộng tăng nhẹ so với tháng trước khiến nhiều nông dân phấn "
        "khởi, tranh thủ làm đất, xuống giống vụ đông xuân sớm.",
        "paras": [
            "Tại nhiều cánh đồng, thương lái đặt cọc mua lúa từ khi cây còn đứng ngoài ruộng. Các "
            "giống lúa thơm được giá nhất, nhiều hộ tính lãi gần một nửa so với chi phí đầu tư.",
            "Ngành nông nghiệp khuyến cáo bà con gieo sạ đúng lịch thời vụ, sử dụng giống xác nhận "
            "và không chạy theo giá mà gieo trồng ồ ạt ngoài khung thời gian cho phép.",
            "Một số hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp xuất khẩu cho vụ tới.",
        ],
        "captions": ["Nông dân làm đất chuẩn bị xuống giống. Ảnh: Văn Long"],
        "byline": "Văn Long",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ police TV channel (text of a news video)
PAGES["truyen_hinh_an"] = {
    "long": {
        "title": "Siết chặt hậu kiểm để giữ uy tín sản phẩm OCOP",
        "lead": "Không ít sản phẩm sau khi được gắn sao OCOP lại không giữ được chất lượng như lúc "
        "đánh giá. Nhiều địa phương đang tăng cường hậu kiểm để bảo vệ người tiêu dùng và uy tín "
        "của chương trình.",
        "paras": [
            "Tại một cửa hàng giới thiệu sản phẩm ở trung tâm thành phố, đoàn kiểm tra liên ngành "
            "lấy ngẫu nhiên mười mẫu sản phẩm OCOP để kiểm nghiệm. Các mẫu gồm mật ong, nước mắm, "
            "trà túi lọc và một số loại bánh kẹo truyền thống.",
            "Theo trưởng đoàn kiểm tra, hậu kiểm không nhằm gây khó cho chủ thể mà để bảo đảm sản "
            "phẩm bày bán đúng với hồ sơ đã được công nhận. Những năm trước, có sản phẩm thay đổi "
            "công thức, giảm nguyên liệu chính nhưng vẫn dùng bao bì có biểu trưng OCOP.",
            "Kết quả kiểm nghiệm đợt trước cho thấy hai mẫu mật ong có độ ẩm vượt mức cho phép, "
            "một mẫu nước mắm có hàm lượng đạm thấp hơn công bố. Các chủ thể này đã bị yêu cầu "
            "thu hồi lô hàng, khắc phục và báo cáo trong vòng ba mươi ngày.",
            "Chủ một cơ sở sản xuất trà cho biết ban đầu chị khá lo khi có đoàn đến kiểm tra. "
            "Nhưng sau đó, chị thấy đây là dịp để xem lại quy trình của mình. Cơ sở đã lắp thêm "
            "máy đo độ ẩm và ghi sổ theo dõi từng mẻ sấy.",
            "Bên cạnh kiểm tra tại điểm bán, lực lượng quản lý thị trường cũng rà soát các gian "
            "hàng trực tuyến. Nhiều trường hợp tự gắn chữ OCOP hoặc số sao lên ảnh sản phẩm khi "
            "chưa được công nhận, gây nhầm lẫn cho người mua.",
            "Trong năm nay, lực lượng chức năng đã phát hiện và xử lý gần hai mươi trường hợp sử "
            "dụng trái phép biểu trưng OCOP trên mạng. Người bán bị yêu cầu gỡ bỏ thông tin sai "
            "và nộp phạt theo quy định về quảng cáo.",
            "Theo quy định mới, giấy chứng nhận sản phẩm OCOP chỉ có hiệu lực 36 tháng. Hết thời "
            "hạn, chủ thể phải đăng ký đánh giá lại nếu muốn tiếp tục sử dụng biểu trưng. Bộ tiêu "
            "chí cũng bổ sung yêu cầu về truy xuất nguồn gốc và bảo vệ môi trường.",
            "Các chuyên gia cho rằng hậu kiểm cần đi kèm hỗ trợ. Nhiều hợp tác xã nhỏ chưa có phòng "
            "thí nghiệm, chưa có cán bộ kỹ thuật, nên rất cần được hướng dẫn cách tự kiểm soát chất "
            "lượng hằng ngày.",
            "Người tiêu dùng cũng được khuyến cáo mua sản phẩm OCOP tại các điểm bán có uy tín, "
            "kiểm tra tem truy xuất và thông tin trên bao bì. Khi phát hiện sản phẩm có dấu hiệu "
            "không đúng công bố, người mua có thể phản ánh qua đường dây nóng của cơ quan quản lý.",
        ],
        "captions": [],
        "byline": "Minh Quang - Tuấn Anh",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Phát hiện cơ sở tự in biểu trưng OCOP lên bao bì",
        "lead": "",
        "paras": [
            "Lực lượng quản lý thị trường vừa kiểm tra một cơ sở sản xuất mứt ở ngoại thành, phát "
            "hiện hơn 2.000 hộp sản phẩm in biểu trưng OCOP 4 sao dù cơ sở chưa từng tham gia "
            "đánh giá. Toàn bộ số hàng đã bị tạm giữ để xử lý theo quy định.",
        ],
        "captions": [],
        "byline": "Hoàng Sơn",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Cảnh báo thủ đoạn giả danh nhân viên điện lực để lừa đảo",
        "lead": "Thời gian gần đây xuất hiện nhiều cuộc gọi giả danh nhân viên điện lực, thông báo "
        "cắt điện và yêu cầu người dân chuyển tiền hoặc cài ứng dụng lạ.",
        "paras": [
            "Các đối tượng thường gọi vào buổi tối, nói rằng hộ gia đình còn nợ tiền điện và sẽ bị "
            "cắt điện ngay trong đêm nếu không thanh toán.",
            "Sau đó, chúng gửi đường dẫn yêu cầu cài đặt ứng dụng để tra cứu hóa đơn. Khi người "
            "dân cài đặt, ứng dụng chiếm quyền điều khiển điện thoại và rút tiền trong tài khoản.",
            "Cơ quan công an khuyến cáo người dân không cài ứng dụng theo đường dẫn lạ và liên hệ "
            "tổng đài chính thức của ngành điện khi nhận được cuộc gọi đáng ngờ.",
        ],
        "captions": [],
        "byline": "Thu Hà",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ economic daily with a headline ticker
PAGES["kinh_te_ticker"] = {
    "long": {
        "title": "Doanh nghiệp phân phối tìm nguồn hàng OCOP cho mùa mua sắm cuối năm",
        "lead": "Nhu cầu quà tặng dịp cuối năm tăng mạnh khiến nhiều chuỗi bán lẻ chủ động tìm đến "
        "các hợp tác xã, đặt hàng sản phẩm OCOP từ sớm, đồng thời đặt ra yêu cầu cao hơn về "
        "nguồn cung ổn định.",
        "paras": [
            "Tại hội nghị kết nối cung cầu tổ chức ở Hà Nội tuần qua, hơn sáu mươi doanh nghiệp "
            "phân phối đã làm việc trực tiếp với chủ thể OCOP đến từ mười lăm tỉnh, thành phố. "
            "Nhiều thỏa thuận cung ứng được ký ngay tại chỗ.",
            "Đại diện một chuỗi siêu thị cho biết, năm nay đơn vị dành riêng một khu trưng bày "
            "sản phẩm OCOP tại hai mươi cửa hàng. Các giỏ quà Tết kết hợp chè, mật ong, miến và "
            "hạt điều được khách hàng doanh nghiệp đặt mua nhiều hơn hẳn năm trước.",
            "## Nguồn cung còn nhỏ lẻ",
            "Tuy nhiên, việc đưa sản phẩm OCOP vào kênh bán lẻ hiện đại vẫn gặp không ít khó "
            "khăn. Phần lớn chủ thể là hợp tác xã, hộ sản xuất nhỏ, sản lượng hạn chế và chưa quen "
            "với quy trình giao hàng theo đơn định kỳ của hệ thống phân phối.",
            "Một doanh nghiệp chuyên kinh doanh đặc sản vùng miền chia sẻ, có lần đơn vị đặt năm "
            "trăm hộp trà nhưng hợp tác xã chỉ giao được hơn một nửa vì thiếu nguyên liệu. Chương "
            "trình khuyến mãi vì thế phải lùi lại, ảnh hưởng đến kế hoạch kinh doanh.",
            "Bên cạnh sản lượng, các nhà bán lẻ còn yêu cầu sản phẩm có mã vạch, tem truy xuất, "
            "hạn sử dụng rõ ràng và bao bì đủ bền để vận chuyển đường dài. Đây là những tiêu chí "
            "mà không phải chủ thể OCOP nào cũng đáp ứng được ngay.",
            "## Liên kết để đủ hàng",
            "Để khắc phục, một số địa phương đã hỗ trợ các hợp tác xã cùng ngành hàng liên kết "
            "với nhau, dùng chung nhà xưởng đóng gói và thống nhất tiêu chuẩn sản phẩm. Nhờ vậy, "
            "sản lượng đủ lớn để nhận những đơn hàng cả nghìn sản phẩm.",
            "Đại diện Bộ Công Thương cho biết thời gian tới sẽ tiếp tục tổ chức các phiên kết "
            "nối định kỳ, đồng thời hỗ trợ chủ thể OCOP đào tạo kỹ năng đàm phán hợp đồng, quản "
            "lý kho và giao nhận.",
            "Theo các chuyên gia, mùa mua sắm cuối năm là cơ hội để sản phẩm OCOP tiếp cận người "
            "tiêu dùng đô thị. Nhưng để giữ được chỗ đứng lâu dài trên kệ hàng, chủ thể cần bảo "
            "đảm chất lượng đồng đều và nguồn cung ổn định quanh năm, không chỉ vào dịp lễ Tết.",
        ],
        "captions": [
            "Khách hàng chọn mua sản phẩm OCOP tại một siêu thị ở Hà Nội.",
            "Giỏ quà Tết kết hợp nhiều sản phẩm đặc sản vùng miền.",
        ],
        "byline": "Lan Phương",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Thêm 36 sản phẩm OCOP được đưa vào hệ thống cửa hàng tiện lợi",
        "lead": "Một chuỗi cửa hàng tiện lợi vừa ký thỏa thuận đưa 36 sản phẩm OCOP 3 sao và 4 "
        "sao của các tỉnh phía Bắc lên kệ từ tháng 12.",
        "paras": [
            "Các sản phẩm gồm bánh cáy, chè búp, cốm, ô mai và nước mắm. Chuỗi sẽ dành riêng "
            "một quầy cho hàng đặc sản tại 150 cửa hàng trong nội thành.",
        ],
        "captions": [],
        "byline": "Minh Châu",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Giá thép xây dựng giảm lần thứ ba liên tiếp",
        "lead": "Nhiều doanh nghiệp sản xuất thép vừa điều chỉnh giảm giá bán thép cuộn và thép "
        "thanh vằn do nhu cầu thị trường chậm lại trong mùa mưa.",
        "paras": [
            "Mức giảm phổ biến từ 100.000 đến 200.000 đồng mỗi tấn tùy thương hiệu và khu vực. "
            "Đây là lần điều chỉnh thứ ba trong vòng hơn một tháng.",
            "Theo các đại lý vật liệu xây dựng, sức mua hiện chỉ bằng khoảng hai phần ba so với "
            "cùng kỳ năm trước do nhiều công trình tạm dừng vì thời tiết.",
            "Các doanh nghiệp kỳ vọng nhu cầu sẽ phục hồi vào cuối năm khi các dự án hạ tầng đẩy "
            "nhanh tiến độ giải ngân.",
        ],
        "captions": ["Thép thành phẩm tại kho của một nhà máy."],
        "byline": "Quốc Hưng",
        "attribution": "",
        "mid": [],
    },
}
