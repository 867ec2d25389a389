"""Texts of the fourteenth blind template set, written for it (no sentence copied from a real page).

Each template has ten articles: PAGES[tpl]["brief"] (4), ["long"] (3), ["non_ocop"] (3).
Each article dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image captions: NOT body), byline, attribution ("Theo …"/
"Nguồn: …": not body), mid (headlines of a mid-body box: chrome), tags (the article's own
tags: OCOP words only on OCOP articles), and per template a few extra chrome fields.
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
# 23 of them, so that the rotation of Page.related differs on every page.
HEADLINES = [
    "Thêm 19 sản phẩm OCOP được gắn tem truy xuất nguồn gốc điện tử",
    "Mưa lớn cuối mùa gây ngập cục bộ nhiều tuyến đường nội thị",
    "Gian hàng OCOP vùng cao hút khách tại hội chợ mùa đông",
    "Bệnh viện đa khoa khu vực đưa vào dùng hệ thống chụp cộng hưởng từ",
    "Chủ thể OCOP cần làm gì khi chứng nhận sắp hết hạn",
    "Giá thóc tẻ thường tăng nhẹ sau vụ mùa",
    "Nữ giám đốc hợp tác xã đưa trà hoa vàng đạt OCOP 4 sao",
    "Khánh thành cầu bê tông thay cầu tạm qua suối Khuổi",
    "Bình chọn sản phẩm OCOP tiêu biểu làm quà tặng dịp Tết",
    "Thanh niên tình nguyện sửa nhà cho hộ nghèo sau lũ",
    "Đưa sản phẩm OCOP vào chuỗi cửa hàng xăng dầu trên quốc lộ",
    "Cảnh báo lừa đảo qua điện thoại mạo danh cơ quan thuế",
    "Liên hoan hát then, đàn tính các dân tộc lần thứ tám",
    "Hợp tác xã gừng sẻ lần đầu xuất hàng OCOP sang Nhật Bản",
    "Phòng chống rét cho đàn trâu bò vùng núi cao",
    "Kiểm tra an toàn thực phẩm các cơ sở sản xuất bánh kẹo Tết",
    "Livestream bán hàng OCOP: thanh niên nông thôn học nghề mới",
    "Hạ giải đường dây điện cũ, mất điện luân phiên ba xã",
    "Trường học vùng cao tổ chức bữa ăn bán trú có thịt cá mỗi ngày",
    "Những điểm mới trong bộ tiêu chí chấm điểm OCOP giai đoạn tới",
    "Giải việt dã truyền thống thu hút hơn một nghìn vận động viên",
    "Vùng nguyên liệu cho sản phẩm OCOP: bài toán chưa có lời giải",
    "Thu hoạch lạc đông, nông dân phấn khởi vì được giá",
]

# Listing teasers: (headline, sapo). A listing page shows eleven of them.
TEASERS = [
    (
        "Hội đồng cấp tỉnh chấm điểm 41 sản phẩm đăng ký OCOP đợt hai",
        "Các sản phẩm dự chấm đợt này phần lớn thuộc nhóm thực phẩm và đồ uống; hội đồng yêu cầu "
        "nhiều chủ thể bổ sung phiếu kiểm nghiệm và hoàn thiện câu chuyện sản phẩm.",
    ),
    (
        "Nông dân vùng bãi ven sông xuống giống ngô đông sớm",
        "Tận dụng đất bãi vừa rút nước, nhiều hộ gieo ngô nếp và ngô sinh khối để kịp bán cho "
        "các trang trại chăn nuôi bò sữa trong vùng trước Tết.",
    ),
    (
        "Hợp tác xã chế biến măng khô mở rộng xưởng sấy",
        "Xưởng mới có thêm hai lò sấy bằng hơi nóng, giúp măng giữ màu vàng tự nhiên, rút ngắn "
        "thời gian sấy một nửa so với cách phơi trên gác bếp.",
    ),
    (
        "Trao chứng nhận cho chủ thể có sản phẩm đạt 4 sao",
        "Buổi trao chứng nhận diễn ra cùng phiên giới thiệu sản phẩm, nơi các chủ thể được gặp "
        "trực tiếp đại diện chuỗi siêu thị và sàn thương mại điện tử để bàn chuyện đưa hàng lên kệ.",
    ),
    (
        "Kè chống sạt lở bờ sông đoạn qua thị trấn sắp hoàn thành",
        "Công trình dài gần một cây số bảo vệ hàng trăm hộ dân sống sát mép nước; nhà thầu đang "
        "gấp rút trồng cỏ mái kè trước mùa mưa năm sau.",
    ),
    (
        "Xã vùng cao có cửa hàng giới thiệu đặc sản đầu tiên",
        "Cửa hàng đặt ngay ngã ba chợ, bày bán mật ong, chè, thịt trâu gác bếp và thổ cẩm của các "
        "hộ trong xã, có mã quét để khách xem nơi sản xuất từng món hàng.",
    ),
    (
        "Tập huấn phòng trừ sâu keo mùa thu hại ngô",
        "Cán bộ bảo vệ thực vật hướng dẫn nông dân thăm đồng sớm, nhận biết ổ trứng và dùng chế "
        "phẩm sinh học thay cho thuốc hóa học ở giai đoạn cây còn non.",
    ),
    (
        "Doanh nghiệp bao tiêu toàn bộ sản lượng chè búp của ba thôn",
        "Hợp đồng ký theo giá sàn, doanh nghiệp cử người hướng dẫn hái đúng một tôm hai lá và cho "
        "các tổ hợp tác mượn máy vò chè trong suốt vụ.",
    ),
    (
        "Mở lớp dạy nghề đan lát mây tre cho phụ nữ nông thôn",
        "Ba mươi học viên theo học trong hai tháng; sau khóa học, một hợp tác xã thủ công nhận đặt "
        "hàng giỏ, khay và hộp đựng quà để bán cho khách du lịch.",
    ),
    (
        "Nâng hạng sao cho các sản phẩm từ quả cam, quả bưởi",
        "Các chủ thể được hướng dẫn cải tiến bao bì, bổ sung chỉ tiêu dư lượng thuốc bảo vệ thực "
        "vật và xây dựng điểm tham quan vườn để được chấm lại vào quý tới.",
    ),
    (
        "Người dân góp đất mở rộng đường liên thôn",
        "Hơn sáu mươi hộ tự nguyện hiến đất, chặt cây, tháo dỡ tường rào để con đường đủ rộng cho "
        "xe tải nhỏ vào tận vùng trồng cây ăn quả của thôn.",
    ),
    (
        "Phiên chợ nông sản an toàn mỗi sáng chủ nhật tại phường trung tâm",
        "Phiên chợ có hơn bốn mươi gian hàng rau, thịt, cá và đặc sản; người bán phải đăng ký nguồn "
        "gốc hàng hóa và chịu kiểm tra nhanh tại chỗ.",
    ),
    (
        "Chủ thể sản phẩm đạt chuẩn được vay vốn ưu đãi",
        "Ngân hàng chính sách dành riêng một khoản vốn cho các hợp tác xã và hộ sản xuất có sản "
        "phẩm được công nhận, lãi suất thấp hơn mức cho vay thông thường.",
    ),
    (
        "Đàn dê núi được tiêm phòng trước mùa rét",
        "Thú y xã phối hợp với các trưởng thôn lập danh sách, tiêm vắc xin tụ huyết trùng và phát "
        "thuốc sát trùng chuồng cho các hộ nuôi dê thả đồi.",
    ),
    (
        "Đưa đặc sản địa phương lên gian hàng trực tuyến của bưu điện",
        "Bưu điện tỉnh hỗ trợ chụp ảnh, viết mô tả và đóng gói cho gần năm mươi sản phẩm, miễn phí "
        "vận chuyển nội tỉnh trong tháng đầu mở bán.",
    ),
    (
        "Lễ hội cốm mới thu hút đông đảo du khách",
        "Du khách được xem giã cốm bằng chày tay, thử làm cốm và mua cốm tươi gói lá sen; ban tổ "
        "chức bố trí bãi xe và khu vệ sinh ngay đầu làng.",
    ),
    (
        "Đánh giá lại sản phẩm OCOP hết hạn chứng nhận năm nay",
        "Trong số sản phẩm phải đánh giá lại, phần lớn giữ được hạng sao cũ, một số được nâng "
        "hạng; vài chủ thể xin rút vì đã ngừng sản xuất.",
    ),
    (
        "Hỗ trợ máy sấy năng lượng mặt trời cho hộ làm chuối sấy",
        "Mô hình thí điểm giúp sản phẩm khô đều, không bám bụi và giảm tiền điện; các hộ tham gia "
        "đóng góp một phần ba giá trị máy.",
    ),
    (
        "Ra quân dọn vệ sinh môi trường ven hồ sinh thái",
        "Hàng trăm đoàn viên thanh niên, học sinh và người dân thu gom rác thải nhựa, phát quang "
        "bụi rậm và trồng thêm cây bóng mát dọc bờ hồ.",
    ),
    (
        "Câu chuyện sản phẩm: gói ghém hồn quê vào từng hộp quà",
        "Nhiều chủ thể đã in câu chuyện về nguồn gốc, người làm ra sản phẩm lên bao bì, giúp món "
        "quà quê có thêm giá trị trong mắt người mua ở thành phố.",
    ),
    (
        "Khám sàng lọc bệnh tim bẩm sinh cho trẻ em miền núi",
        "Đoàn bác sĩ tuyến trung ương khám cho hơn bốn trăm em, phát hiện nhiều trường hợp cần phẫu "
        "thuật và hỗ trợ chi phí đi lại cho gia đình.",
    ),
    (
        "Kết nối cung cầu nông sản giữa các tỉnh miền núi phía Bắc",
        "Hội nghị kết nối có hơn một trăm doanh nghiệp tham dự, ký nhiều biên bản ghi nhớ về tiêu "
        "thụ chè, cam, gạo đặc sản và các sản phẩm từ dược liệu.",
    ),
    (
        "Thị trấn miền núi lắp đèn chiếu sáng bằng năng lượng mặt trời",
        "Hơn hai trăm cột đèn được lắp dọc các tuyến đường chính và ngõ xóm, giúp người dân đi lại "
        "an toàn hơn vào ban đêm mà không tốn tiền điện.",
    ),
    (
        "Sản phẩm từ dược liệu chiếm tỷ lệ cao trong đợt chấm OCOP mới",
        "Cao lá, trà túi lọc và tinh dầu từ các loài cây thuốc bản địa được đánh giá cao về tính "
        "độc đáo, song nhiều hồ sơ còn thiếu công bố chất lượng.",
    ),
    (
        "Công an xã tuyên truyền phòng chống cháy rừng mùa khô",
        "Lực lượng công an và kiểm lâm đến từng thôn nhắc người dân không đốt nương khi trời hanh "
        "khô, lập tổ xung kích trực cháy ở các khu rừng giáp ranh.",
    ),
]

PAGES: dict[str, dict[str, list[dict]]] = {}

# ------------------------------------------------------------------ merged provincial newspaper + radio-TV
PAGES["ptth_hoi_tu"] = {
    "brief": [
        {
            "title": "Tuyên Quang công nhận thêm 27 sản phẩm OCOP đợt cuối năm",
            "lead": "",
            "paras": [
                "Ủy ban nhân dân tỉnh vừa ký quyết định công nhận 27 sản phẩm đạt chuẩn OCOP sau "
                "đợt đánh giá tháng 11, trong đó có 6 sản phẩm 4 sao và 21 sản phẩm 3 sao.",
                "Các sản phẩm mới chủ yếu là chè, mật ong, thịt trâu sấy và rượu men lá của các "
                "xã vùng cao. Mỗi chủ thể sẽ được hỗ trợ in tem nhãn và tham gia phiên chợ giới "
                "thiệu hàng hóa của tỉnh trước Tết.",
            ],
            "captions": [],
            "byline": "Minh Khuê",
            "tags": ["OCOP", "chứng nhận", "Tuyên Quang"],
        },
        {
            "title": "Khai mạc phiên chợ sản phẩm OCOP tại quảng trường trung tâm",
            "lead": "Sáng 15/11, phiên chợ giới thiệu sản phẩm OCOP và đặc sản vùng miền khai mạc "
            "với 64 gian hàng của các hợp tác xã, hộ sản xuất trong tỉnh.",
            "paras": [
                "Phiên chợ kéo dài bốn ngày, bày bán cam sành, bưởi đỏ, chè xanh, miến dong, cá "
                "lăng sấy và hàng thổ cẩm. Ban tổ chức dành một khu riêng cho các chủ thể lần đầu "
                "có sản phẩm được công nhận.",
                "Buổi tối có chương trình văn nghệ và thi gói bánh chưng đen của đồng bào Tày.",
            ],
            "captions": ["Khách tham quan chọn mua chè tại gian hàng của một hợp tác xã."],
            "byline": "Hà Phương - Đức Anh",
            "tags": ["OCOP", "phiên chợ", "đặc sản"],
        },
        {
            "title": "Hơn 40 chủ thể OCOP học chụp ảnh sản phẩm bằng điện thoại",
            "lead": "",
            "paras": [
                "Trong hai ngày 12 và 13/11, Trung tâm Khuyến công tổ chức lớp tập huấn kỹ năng "
                "chụp ảnh, quay video ngắn cho hơn 40 chủ thể OCOP đến từ các xã phía bắc tỉnh.",
                "Học viên được hướng dẫn tận dụng ánh sáng tự nhiên, chọn phông nền đơn giản và "
                "viết lời giới thiệu ngắn gọn khi đăng bán trên mạng xã hội. Cuối khóa, mỗi "
                "người nộp một bộ ảnh sản phẩm của chính mình để giảng viên nhận xét.",
            ],
            "captions": [],
            "byline": "Thu Trang",
            "tags": ["OCOP", "tập huấn", "thương mại điện tử"],
        },
        {
            "title": "Chè Shan tuyết cổ thụ được đề nghị chấm OCOP 5 sao",
            "lead": "Hội đồng đánh giá cấp tỉnh thống nhất gửi hồ sơ sản phẩm chè Shan tuyết cổ "
            "thụ của một hợp tác xã vùng cao lên Trung ương để xét công nhận 5 sao.",
            "paras": [
                "Sản phẩm đạt 92 điểm ở vòng cấp tỉnh, được đánh giá cao nhờ vùng nguyên liệu hơn "
                "ba nghìn cây chè trên 100 năm tuổi và quy trình sao chè bằng chảo gang truyền thống.",
            ],
            "captions": [],
            "byline": "Quốc Việt",
            "tags": ["OCOP 5 sao", "chè Shan tuyết"],
        },
    ],
    "long": [
        {
            "title": "Cam sành vùng đồi: từ vườn nhà đến kệ hàng OCOP 4 sao",
            "lead": "Từ những vườn cam trồng theo thói quen, nhiều hộ dân đã chuyển sang sản xuất "
            "theo quy trình, có mã vùng trồng và nhãn hiệu riêng. Sản phẩm cam sành của một hợp "
            "tác xã trong vùng vừa được nâng hạng lên OCOP 4 sao.",
            "paras": [
                "Cuối tháng 11, khi sương còn phủ kín các sườn đồi, những chuyến xe chở cam đã "
                "nối nhau xuống thị trấn. Năm nay cam được mùa, quả đều, vỏ mỏng, nhưng điều khiến "
                "người trồng vui hơn cả là giá bán không còn phụ thuộc hoàn toàn vào thương lái.",
                "Ông Hoàng Văn Thắm, Giám đốc hợp tác xã, kể rằng chỉ mấy năm trước, cứ đến mùa "
                "thu hoạch là cả vùng lo lắng. Cam chín rộ cùng một lúc, thương lái ép giá, có "
                "năm phải bán với giá chỉ bằng một nửa chi phí bỏ ra.",
                "## Thay đổi từ cách làm",
                "Năm 2022, hợp tác xã vận động các thành viên cùng ghi nhật ký sản xuất, giảm phân "
                "hóa học, tăng phân chuồng ủ hoai và dùng bẫy bả thay cho phun thuốc trừ ruồi vàng. "
                "Ban đầu nhiều hộ ngại vì tốn công, nhưng sau hai vụ, quả cam ngọt đậm hơn, ít bị "
                "nứt và để được lâu hơn.",
                "Cùng với đó, hợp tác xã đăng ký mã số vùng trồng cho gần 60 héc ta, xây nhà sơ chế "
                "có băng chuyền rửa quả, máy phân loại theo kích cỡ và khu đóng hộp. Mỗi thùng cam "
                "xuất đi đều có tem truy xuất ghi tên hộ trồng, ngày hái và lô sản xuất.",
                "Theo ông Thắm, khó nhất không phải là tiền đầu tư mà là thay đổi thói quen. Có hộ "
                "quen hái cam khi vỏ còn xanh để bán sớm, có hộ vẫn muốn phun thuốc định kỳ cho "
                "chắc. Hợp tác xã phải họp nhiều lần, đưa người đi tham quan các vùng đã làm thành "
                "công rồi mới thống nhất được quy định chung.",
                "## Nâng hạng sao, mở thêm thị trường",
                "Năm ngoái, sản phẩm cam sành của hợp tác xã được công nhận OCOP 3 sao. Năm nay, sau "
                "khi bổ sung phiếu kiểm nghiệm dư lượng thuốc bảo vệ thực vật, thiết kế lại hộp quà "
                "và hoàn thiện câu chuyện sản phẩm, hội đồng cấp tỉnh đã chấm 4 sao.",
                "Nhờ có hạng sao và tem truy xuất, hợp tác xã ký được hợp đồng với hai chuỗi siêu "
                "thị ở Hà Nội và một công ty chuyên làm quà tặng doanh nghiệp. Giá bán bình quân "
                "cao hơn bán xô ngoài vườn từ 20 đến 30 phần trăm.",
                "Chị Triệu Thị Hoa, một thành viên hợp tác xã, cho biết gia đình chị có hơn một héc "
                "ta cam. Trước đây chị chỉ mong bán hết hàng, nay chị đã tính chuyện để dành những "
                "quả đẹp nhất đóng hộp bán dịp Tết, còn quả nhỏ thì ép nước bán cho quán cà phê.",
                "## Những việc còn phải làm",
                "Dù vậy, đại diện ngành nông nghiệp địa phương cho rằng vùng cam vẫn còn nhiều "
                "điểm yếu. Diện tích trồng mới tăng nhanh ở những nơi đất dốc, thiếu nước tưới, "
                "nguy cơ sâu bệnh lây lan cao. Nhiều vườn đã già cỗi nhưng chưa được trồng thay thế.",
                "Huyện đang xây dựng kế hoạch khoanh vùng sản xuất tập trung, hỗ trợ cây giống sạch "
                "bệnh và tập huấn kỹ thuật cắt tỉa cho các hộ. Mục tiêu là giữ ổn định diện tích, "
                "nâng chất lượng thay vì chạy theo sản lượng.",
                "Với người trồng cam, tấm giấy chứng nhận 4 sao không phải là đích đến. Ông Thắm "
                "nói hợp tác xã muốn làm thêm sản phẩm mứt vỏ cam và tinh dầu, để không lãng phí "
                "phần nào của quả, và để người mua nhớ đến vùng đồi này quanh năm chứ không chỉ "
                "vào mùa thu hoạch.",
            ],
            "captions": [
                "Thành viên hợp tác xã thu hoạch cam trên sườn đồi.",
                "Cam được phân loại theo kích cỡ trước khi đóng hộp.",
                "Hộp quà cam sành mang tem OCOP 4 sao.",
            ],
            "mid": ["Giá cam đầu vụ cao hơn năm ngoái, thương lái tìm đến tận vườn"],
            "video": "VIDEO: Mùa cam chín trên những sườn đồi",
            "byline": "Bài, ảnh: Thanh Hà - Lâm Phong",
            "tags": ["cam sành", "OCOP 4 sao", "hợp tác xã"],
        },
        {
            "title": "Những phụ nữ Dao giữ nghề làm miến dong",
            "lead": "Trong một thôn nhỏ nằm bên hồ thủy điện, nhóm phụ nữ Dao đã biến nghề làm "
            "miến dong của mẹ, của bà thành sản phẩm OCOP, đem lại thu nhập ổn định cho hàng chục "
            "gia đình.",
            "paras": [
                "Sáu giờ sáng, khi mặt hồ còn mờ sương, bếp lò ở xưởng miến của tổ hợp tác đã đỏ "
                "lửa. Chị Bàn Thị Mai đứng bên chảo nước sôi, khéo léo tráng từng lớp bột mỏng lên "
                "khuôn, rồi chuyển sang giàn phơi. Tiếng nói cười lẫn trong hơi nước bốc lên nghi ngút.",
                "Chị Mai kể, hồi nhỏ chị theo mẹ đào củ dong trên nương, về nhà mài bột bằng tay. "
                "Miến làm ra chỉ đủ ăn trong nhà và đem biếu họ hàng dịp lễ Tết. Không ai nghĩ thứ "
                "miến quen thuộc ấy có ngày được đóng gói, dán tem và bán ở thành phố.",
                "## Từ bếp nhà ra xưởng chung",
                "Năm 2021, được hội phụ nữ xã vận động, mười hai chị em trong thôn góp tiền thành "
                "lập tổ hợp tác. Nhà nước hỗ trợ một phần kinh phí mua máy nghiền củ, máy lọc bột và "
                "xây nhà xưởng có mái che, nền láng xi măng sạch sẽ.",
                "Quy trình vẫn giữ những công đoạn truyền thống: củ dong được chọn loại không dập "
                "nát, rửa sạch, nghiền nhỏ rồi lọc nhiều lần bằng nước suối. Bột lắng qua đêm, "
                "sáng hôm sau mới đem tráng. Miến phơi bằng nắng tự nhiên, trời mưa thì đưa vào "
                "phòng sấy.",
                "Điều thay đổi lớn nhất là cách làm đã có quy định chung. Các chị thống nhất không "
                "dùng chất tẩy trắng, không pha bột khác, mỗi mẻ đều ghi lại ngày làm và người phụ "
                "trách. Nhờ vậy, sợi miến có màu nâu trong, dai, nấu lâu không nát.",
                "## Sản phẩm có sao, thu nhập có thêm",
                "Năm 2024, miến dong của tổ hợp tác được công nhận OCOP 3 sao. Từ đó, đơn hàng đến "
                "đều hơn. Ngoài khách quen, tổ còn bán qua các cửa hàng đặc sản ở thành phố, qua bưu "
                "điện và các phiên chợ do tỉnh tổ chức.",
                "Mỗi năm tổ làm ra khoảng 15 tấn miến, thu nhập bình quân của mỗi thành viên từ 5 "
                "đến 6 triệu đồng một tháng, cao gấp đôi so với chỉ trồng ngô, trồng sắn như trước. "
                "Tổ còn thu mua củ dong của hơn 40 hộ trong xã với giá ổn định.",
                "Chị Triệu Thị Lan, tổ trưởng, cho biết điều các chị tự hào nhất không hẳn là tiền "
                "bạc, mà là được người ngoài biết đến món ăn của dân tộc mình. Có khách ở xa đặt "
                "hàng, còn hỏi cả cách nấu miến xào măng theo kiểu người Dao.",
                "## Nỗi lo vùng nguyên liệu",
                "Tuy vậy, tổ hợp tác cũng gặp không ít khó khăn. Diện tích trồng dong trong xã "
                "giảm dần vì nhiều hộ chuyển sang trồng keo. Có những tháng tổ phải mua củ từ xã "
                "bên, giá cao hơn mà chất lượng không đều.",
                "Các chị đang đề xuất xã quy hoạch một vùng trồng dong riêng, có hỗ trợ giống và "
                "phân bón, đồng thời mong được vay vốn để mua thêm máy đóng gói hút chân không. Với "
                "những người phụ nữ ở thôn nhỏ bên hồ, giữ được nghề cũng là giữ được một phần "
                "bản sắc của cộng đồng.",
            ],
            "captions": [
                "Chị em trong tổ hợp tác tráng bánh miến buổi sáng sớm.",
                "Miến dong phơi trên giàn tre cạnh hồ thủy điện.",
            ],
            "mid": ["Nghề làm bánh gai lá ngải của người Tày được phục dựng"],
            "video": "VIDEO: Một ngày ở xưởng miến bên hồ",
            "byline": "Phóng sự: Hồng Nhung",
            "tags": ["miến dong", "OCOP", "phụ nữ dân tộc Dao"],
        },
        {
            "title": "Sau hợp nhất tỉnh, sản phẩm OCOP hai vùng chung một thương hiệu",
            "lead": "Từ khi hai tỉnh hợp nhất, hơn năm trăm sản phẩm OCOP của cả vùng núi đá và "
            "vùng đồi trung du được quản lý trên một hệ thống. Ngành nông nghiệp đang tính cách "
            "xây dựng một bộ nhận diện chung mà vẫn giữ được nét riêng của từng vùng.",
            "paras": [
                "Theo số liệu của Sở Nông nghiệp và Môi trường, đến giữa tháng 11, toàn tỉnh có 528 "
                "sản phẩm được công nhận OCOP còn hiệu lực, trong đó có 3 sản phẩm 5 sao, hơn 120 "
                "sản phẩm 4 sao, còn lại là 3 sao. Nhóm thực phẩm và đồ uống chiếm gần ba phần tư.",
                "## Một hệ thống, nhiều đầu mối",
                "Trước khi hợp nhất, mỗi tỉnh có bộ máy, kế hoạch và cách hỗ trợ riêng. Có nơi hỗ "
                "trợ chủ thể 20 triệu đồng cho sản phẩm 4 sao, có nơi chỉ hỗ trợ in bao bì. Có nơi "
                "tổ chức chấm hai đợt mỗi năm, có nơi chỉ chấm một đợt vào cuối năm.",
                "Bà Nguyễn Thị Thu Hiền, Phó Giám đốc Sở, cho biết việc đầu tiên sau hợp nhất là rà "
                "soát toàn bộ hồ sơ, đưa vào một cơ sở dữ liệu chung. Những sản phẩm sắp hết hạn "
                "chứng nhận được lập danh sách riêng để nhắc chủ thể chuẩn bị hồ sơ đánh giá lại.",
                "Tiếp đó, tỉnh ban hành một chính sách hỗ trợ thống nhất, áp dụng chung cho mọi địa "
                "phương. Mức hỗ trợ được tính theo hạng sao và theo số lao động mà chủ thể tạo việc "
                "làm, ưu tiên các xã vùng đặc biệt khó khăn.",
                "## Giữ nét riêng trong bộ nhận diện chung",
                "Câu hỏi khó hơn là làm sao để người mua nhận ra sản phẩm của tỉnh mà không xóa mờ "
                "đặc trưng từng vùng. Chè Shan tuyết trên núi đá khác hẳn chè xanh vùng đồi; mật "
                "ong hoa bạc hà có câu chuyện riêng, không thể đặt chung với mật ong rừng keo.",
                "Phương án đang được lấy ý kiến là dùng một biểu trưng chung của tỉnh trên bao bì, "
                "kèm theo tên vùng nguyên liệu và hình ảnh đặc trưng của nơi làm ra sản phẩm. Các "
                "chủ thể được tự chọn màu sắc, kiểu dáng, miễn là tuân thủ quy định về vị trí và "
                "kích thước biểu trưng.",
                "Ông Lò Văn Sính, Giám đốc một hợp tác xã mật ong ở vùng núi đá, ủng hộ cách làm "
                "này. Theo ông, khách đến vùng cao thường muốn mua đúng thứ đặc sản gắn với cảnh "
                "sắc họ vừa đi qua, nên cái tên vùng trên hộp hàng quan trọng không kém hạng sao.",
                "## Điểm bán và du lịch",
                "Tỉnh cũng đặt mục tiêu mỗi xã có ít nhất một điểm giới thiệu sản phẩm, ưu tiên đặt "
                "ở trạm dừng chân, khu du lịch và chợ phiên. Các điểm bán sẽ dùng chung phần mềm "
                "quản lý hàng hóa để chủ thể biết sản phẩm nào bán chạy ở đâu.",
                "Ngành du lịch cũng vào cuộc khi đưa việc tham quan vườn chè, xưởng miến, trại ong "
                "vào các tour trải nghiệm. Du khách được làm thử, ăn thử và mua ngay tại nơi sản xuất.",
                "Nhiều ý kiến cho rằng hợp nhất là cơ hội để sắp xếp lại chương trình theo hướng "
                "thực chất hơn: ít sản phẩm nhưng bán được, có vùng nguyên liệu ổn định và có người "
                "trẻ sẵn sàng theo nghề. Đó cũng là yêu cầu tỉnh đặt ra cho giai đoạn tới.",
            ],
            "captions": [
                "Sản phẩm của hai vùng được trưng bày chung tại một hội chợ trong tỉnh.",
                "Du khách trải nghiệm hái chè tại một hợp tác xã vùng cao.",
            ],
            "mid": ["Hướng dẫn hồ sơ đánh giá lại sản phẩm hết hạn chứng nhận"],
            "byline": "Thu Hằng - Tuấn Minh",
            "tags": ["OCOP", "hợp nhất tỉnh", "thương hiệu"],
        },
    ],
    "non_ocop": [
        {
            "title": "Sạt lở taluy trên quốc lộ, giao thông ùn tắc nhiều giờ",
            "lead": "Khoảng 2 giờ sáng 18/11, hàng trăm mét khối đất đá từ taluy dương đổ xuống "
            "quốc lộ đoạn qua xã vùng cao, khiến tuyến đường bị chia cắt hoàn toàn.",
            "paras": [
                "Nhận tin báo, đơn vị quản lý đường bộ đã điều hai máy xúc và ba xe tải đến hiện "
                "trường. Đến 9 giờ cùng ngày, một làn đường được thông để các phương tiện đi qua "
                "theo sự hướng dẫn của lực lượng chức năng.",
                "Vụ sạt lở không gây thiệt hại về người. Tuy vậy, nhiều xe khách và xe tải phải xếp "
                "hàng dài hơn hai cây số trong nhiều giờ.",
                "Cơ quan chức năng khuyến cáo người dân hạn chế đi qua đoạn đường này vào ban đêm, "
                "khi đất vẫn còn ngậm nước sau những ngày mưa kéo dài.",
            ],
            "captions": ["Máy xúc dọn đất đá trên mặt đường."],
            "byline": "Văn Long",
            "tags": ["sạt lở", "giao thông", "quốc lộ"],
        },
        {
            "title": "Trường bán trú vùng cao đón học sinh trở lại sau lũ",
            "lead": "",
            "paras": [
                "Sau gần hai tuần nghỉ học vì lũ cuốn trôi đoạn đường vào trường, hơn 300 học sinh "
                "trường phổ thông dân tộc bán trú đã trở lại lớp từ sáng thứ Hai.",
                "Trong những ngày nước rút, giáo viên và phụ huynh cùng dọn bùn đất, lau bàn ghế, "
                "phơi sách vở. Bộ đội biên phòng giúp dựng lại hàng rào và mái bếp bị tốc.",
                "Nhà trường đã bố trí thêm giờ học bù vào các buổi chiều để kịp chương trình học kỳ "
                "một. Các em ở bán trú được nhận thêm chăn ấm và áo khoác do các nhà hảo tâm gửi tặng.",
                "Thầy hiệu trưởng cho biết điều đáng mừng nhất là không em nào bỏ học sau đợt lũ.",
            ],
            "captions": ["Học sinh trở lại lớp sau đợt lũ."],
            "byline": "Mai Anh",
            "tags": ["giáo dục", "vùng cao", "mưa lũ"],
        },
        {
            "title": "Giải bóng chuyền hơi các dân tộc thu hút 32 đội tham dự",
            "lead": "Giải bóng chuyền hơi các dân tộc năm 2026 vừa khép lại sau năm ngày thi đấu "
            "sôi nổi tại nhà thi đấu trung tâm.",
            "paras": [
                "Giải có 32 đội nam và nữ đến từ các xã, phường, cơ quan trong tỉnh, với hơn 300 vận "
                "động viên. Nhiều đội có thành viên là người dân tộc Tày, Dao, Mông và Nùng.",
                "Ở trận chung kết nữ, đội của một xã vùng cao đã thắng ngược sau khi bị dẫn trước "
                "hai hiệp. Khán giả cổ vũ bằng trống, chiêng và khèn suốt trận đấu.",
                "Ban tổ chức cho biết giải không chỉ là sân chơi thể thao mà còn là dịp để các "
                "cộng đồng giao lưu, và sẽ được tổ chức thường niên vào dịp kỷ niệm ngày hội đại "
                "đoàn kết toàn dân tộc.",
            ],
            "captions": ["Pha bỏ nhỏ trong trận chung kết nữ."],
            "byline": "Đức Trung",
            "tags": ["thể thao", "bóng chuyền hơi"],
        },
    ],
}

# ------------------------------------------------------------------ radio-TV programme-script archive
# "MC:", "(Đọc)" and "Phỏng vấn: …" lines are part of the published script: body text.
PAGES["kich_ban_th"] = {
    "brief": [
        {
            "title": "Kịch bản tin 14 11 2026 - Hà Tĩnh có thêm 19 sản phẩm OCOP",
            "category": "Thời sự truyền hình",
            "code": "TS",
            "slot": "Thời sự 19 giờ 30",
            "lead": "",
            "paras": [
                "(Đọc) Ủy ban nhân dân tỉnh vừa công nhận 19 sản phẩm đạt chuẩn OCOP năm 2026, gồm "
                "3 sản phẩm 4 sao và 16 sản phẩm 3 sao. Nhiều nhất là nhóm thực phẩm như kẹo lạc, "
                "mật ong, cam sấy và nước mắm.",
                "(Đọc) Với kết quả này, toàn tỉnh hiện có hơn 400 sản phẩm OCOP còn hiệu lực chứng "
                "nhận. Các chủ thể được hỗ trợ kinh phí thiết kế bao bì theo quy định của tỉnh.",
            ],
            "captions": [],
            "byline": "Tin: Thu Hà - Việt Dũng",
            "tags": ["OCOP"],
        },
        {
            "title": "Kịch bản tin 16 11 2026 - Khai trương điểm bán sản phẩm OCOP ở khu du lịch biển",
            "category": "Thời sự truyền hình",
            "code": "TS",
            "slot": "Thời sự trưa",
            "lead": "Thưa quý vị! Sáng nay, một điểm giới thiệu và bán sản phẩm OCOP đã chính thức "
            "mở cửa tại khu du lịch biển của tỉnh.",
            "paras": [
                "(Đọc) Điểm bán rộng hơn 100 mét vuông, trưng bày gần 150 sản phẩm của các hợp tác "
                "xã, hộ sản xuất trong tỉnh. Mỗi sản phẩm đều có mã quét để du khách tra cứu nơi "
                "sản xuất và hạng sao.",
                "(Đọc) Ban quản lý khu du lịch cho biết điểm bán sẽ mở cửa cả buổi tối trong mùa "
                "du lịch hè.",
            ],
            "captions": [],
            "byline": "Tin: Minh Đức",
            "tags": ["OCOP", "du lịch"],
        },
        {
            "title": "Kịch bản tin 18 11 2026 - Chấm điểm sản phẩm OCOP cấp huyện đợt hai",
            "category": "Thời sự truyền hình",
            "code": "TS",
            "slot": "Thời sự 19 giờ 30",
            "lead": "",
            "paras": [
                "(Đọc) Hội đồng đánh giá sản phẩm OCOP cấp huyện vừa tổ chức chấm điểm cho 12 sản "
                "phẩm đăng ký đợt hai, trong đó có kẹo cu đơ, chè xanh sao khô và rượu nếp cẩm.",
                "(Đọc) Qua chấm điểm, 10 sản phẩm đạt từ 50 điểm trở lên, đủ điều kiện gửi lên hội "
                "đồng cấp tỉnh. Hai sản phẩm còn lại cần bổ sung phiếu kiểm nghiệm chất lượng.",
            ],
            "captions": [],
            "byline": "Tin: Lê Na",
            "tags": ["OCOP", "chấm điểm"],
        },
        {
            "title": "Kịch bản tin 19 11 2026 - Hỗ trợ chủ thể OCOP làm mã vạch, tem truy xuất",
            "category": "Thời sự truyền hình",
            "code": "TS",
            "slot": "Bản tin sáng",
            "lead": "",
            "paras": [
                "(Đọc) Sở Khoa học và Công nghệ phối hợp với Văn phòng Điều phối nông thôn mới tỉnh "
                "hỗ trợ 35 chủ thể OCOP đăng ký mã số mã vạch và tem truy xuất nguồn gốc điện tử. "
                "Mỗi chủ thể được hỗ trợ toàn bộ phí đăng ký năm đầu và được hướng dẫn cập nhật "
                "thông tin lô hàng lên hệ thống.",
            ],
            "captions": [],
            "byline": "Tin: Hoài Thu",
            "tags": ["OCOP", "truy xuất nguồn gốc"],
        },
    ],
    "long": [
        {
            "title": "Kịch bản phóng sự 10 11 2026 - Bưởi vùng núi và con đường lên kệ OCOP",
            "category": "Phóng sự - Tài liệu",
            "code": "PS",
            "slot": "Chuyên mục Nông thôn mới",
            "meta": ["Chủ đề: Nâng giá trị cây bưởi đặc sản vùng trung du"],
            "lead": "Thưa quý vị và các bạn! Bưởi là cây trồng gắn bó lâu đời với người dân các xã "
            "vùng núi phía tây tỉnh. Vài năm gần đây, nhờ tham gia chương trình OCOP, nhiều hợp "
            "tác xã đã đưa quả bưởi đi xa hơn, bán được giá hơn. Phóng sự sau đây ghi nhận câu "
            "chuyện này, mời quý vị cùng theo dõi.",
            "paras": [
                "(Đọc) Những ngày cuối tháng 11, các vườn bưởi ở xã vùng núi đã vào vụ thu hoạch. "
                "Từ sáng sớm, các thành viên hợp tác xã đã có mặt ở vườn, dùng kéo cắt từng chùm "
                "quả, xếp nhẹ vào sọt tre lót rơm để quả không bị dập.",
                "(Đọc) Trước đây, bưởi ở vùng này chủ yếu bán cho thương lái, giá lên xuống theo "
                "mùa. Có năm bưởi được mùa nhưng mất giá, nhiều hộ phải để quả rụng đầy gốc. Từ khi "
                "hợp tác xã được thành lập và tham gia chương trình OCOP, mọi thứ bắt đầu thay đổi.",
                "Phỏng vấn: Ông Trần Văn Lợi, Giám đốc hợp tác xã",
                "“Trước kia mỗi nhà trồng một kiểu, bón một kiểu nên quả không đều. Bây giờ hợp tác "
                "xã có quy trình chung, ghi chép nhật ký, không dùng thuốc diệt cỏ. Quả bưởi đạt "
                "chuẩn thì mình mới dám dán tem, mới dám đưa vào siêu thị.”",
                "(Đọc) Năm 2024, sản phẩm bưởi của hợp tác xã được công nhận OCOP 3 sao. Đến năm nay, "
                "sau khi đầu tư nhà sơ chế, máy rửa quả và kho bảo quản mát, sản phẩm được nâng lên "
                "4 sao. Mỗi quả bưởi xuất bán đều được bọc màng sinh học, dán tem truy xuất nguồn gốc.",
                "(Đọc) Không chỉ bán quả tươi, hợp tác xã còn làm thêm tinh dầu bưởi và kẹo vỏ bưởi "
                "để tận dụng những quả nhỏ, quả có vỏ xấu. Nhờ đó, thu nhập của các thành viên tăng "
                "thêm từ 15 đến 20 phần trăm so với trước.",
                "Phỏng vấn: Chị Nguyễn Thị Hằng, thành viên hợp tác xã",
                "“Nhà tôi có gần một héc ta bưởi. Năm nay hợp tác xã bao tiêu hết, giá cao hơn bán "
                "ngoài khoảng ba nghìn đồng mỗi quả. Tôi còn được đi học làm kẹo vỏ bưởi nên lúc "
                "nông nhàn cũng có việc làm.”",
                "(Đọc) Tuy vậy, con đường đưa quả bưởi đi xa vẫn còn không ít khó khăn. Diện tích "
                "trồng bưởi của xã phần lớn là vườn đồi, đường sá đi lại vất vả. Nhiều vườn đã già "
                "cỗi, cần trồng thay thế nhưng người dân thiếu vốn.",
                "Phỏng vấn: Ông Phan Đình Toàn, Phó Chủ tịch Ủy ban nhân dân xã",
                "“Xã đang đề nghị cấp trên hỗ trợ làm đường vào vùng bưởi tập trung, đồng thời liên "
                "kết với ngân hàng cho hộ dân vay vốn trồng mới bằng giống sạch bệnh.”",
                "(Đọc) Mục tiêu của xã là giữ ổn định khoảng 200 héc ta bưởi, trong đó một nửa sản "
                "xuất theo quy trình của hợp tác xã. Cùng với đó là phát triển du lịch vườn, để du "
                "khách có thể tự tay hái bưởi, thưởng thức các món ăn làm từ bưởi ngay tại vườn.",
                "(Đọc) Từ những vườn bưởi trên đồi, người dân vùng núi đang từng bước xây dựng "
                "thương hiệu cho nông sản quê mình. Tấm giấy chứng nhận OCOP không chỉ giúp quả "
                "bưởi có giá hơn mà còn giúp người trồng thêm tự tin khi đưa sản phẩm ra thị trường.",
            ],
            "captions": ["Ảnh cắt từ phóng sự: thành viên hợp tác xã thu hoạch bưởi trên đồi."],
            "byline": "Phóng sự: Lâm Thanh - Quang Huy",
            "tags": ["OCOP", "bưởi"],
        },
        {
            "title": "Kịch bản phóng sự 06 11 2026 - Giữ lửa nghề nước mắm làng biển",
            "category": "Phóng sự - Tài liệu",
            "code": "PS",
            "slot": "Phóng sự cuối tuần",
            "lead": "Thưa quý vị! Nghề làm nước mắm ở làng biển đã có hơn trăm năm tuổi. Trước sức "
            "ép của nước chấm công nghiệp, những người thợ ở đây vẫn giữ cách ủ chượp truyền thống "
            "và đã đưa sản phẩm của mình đạt chuẩn OCOP 4 sao. Mời quý vị theo dõi phóng sự.",
            "paras": [
                "(Đọc) Bốn giờ sáng, khi thuyền đánh cá cập bến, những chiếc xe ba gác đã đợi sẵn "
                "để chở cá cơm tươi về xưởng. Cá được rửa qua nước biển, trộn muối theo tỉ lệ đã "
                "được truyền qua nhiều đời rồi cho vào thùng gỗ lớn.",
                "(Đọc) Bà Võ Thị Lài, người có gần 40 năm làm nước mắm, cho biết muối phải là muối "
                "hạt to, để ráo nước ít nhất một năm. Cá phải tươi, không ướp đá lâu. Chỉ cần sai "
                "một khâu, cả thùng chượp có thể hỏng.",
                "Phỏng vấn: Bà Võ Thị Lài, thợ làm nước mắm",
                "“Làm nước mắm không vội được. Một thùng chượp phải ủ ít nhất mười hai tháng, có "
                "thùng mười tám tháng mới kéo được nước cốt. Người làng tôi quen gọi đó là ăn theo "
                "con nước, theo mùa cá.”",
                "(Đọc) Năm 2020, các hộ làm nước mắm trong làng cùng nhau thành lập hợp tác xã. Nhờ "
                "hỗ trợ của tỉnh, hợp tác xã xây nhà ủ có mái che, lắp hệ thống lọc và chiết rót, "
                "đăng ký nhãn hiệu tập thể. Thùng gỗ truyền thống vẫn được giữ nguyên.",
                "(Đọc) Sản phẩm nước mắm cốt của hợp tác xã được công nhận OCOP 3 sao năm 2022 và "
                "nâng lên 4 sao năm nay. Điểm cộng lớn nhất là độ đạm cao, không chất bảo quản và "
                "có câu chuyện gắn với lịch sử làng biển.",
                "Phỏng vấn: Anh Nguyễn Văn Tài, Giám đốc hợp tác xã",
                "“Khó nhất là cạnh tranh về giá. Một chai nước mắm truyền thống giá gấp ba lần nước "
                "chấm công nghiệp. Mình phải làm cho người mua hiểu họ đang trả tiền cho cái gì.”",
                "(Đọc) Để làm được điều đó, hợp tác xã mở cửa xưởng cho khách tham quan, tổ chức "
                "cho học sinh và du khách trải nghiệm trộn cá, nếm nước mắm từ từng thùng chượp. "
                "Mỗi năm có hàng nghìn lượt khách ghé thăm, nhiều người trở thành khách quen.",
                "(Đọc) Hợp tác xã hiện bán sản phẩm qua các điểm giới thiệu đặc sản, siêu thị và "
                "sàn thương mại điện tử. Doanh thu năm 2026 ước đạt gần 5 tỷ đồng, tạo việc làm cho "
                "khoảng 30 lao động, phần lớn là phụ nữ trong làng.",
                "(Đọc) Điều những người thợ lo lắng là lớp trẻ ít mặn mà với nghề. Công việc vất vả, "
                "mùi cá nồng, thu nhập không cao bằng đi làm công nhân. Hợp tác xã đang tính trả "
                "lương cao hơn và dạy nghề miễn phí cho thanh niên trong làng.",
                "(Đọc) Giữ được nghề nước mắm không chỉ là giữ một sản phẩm, mà còn là giữ lại "
                "một phần ký ức của làng biển, nơi mùi chượp đã quyện vào từng mái nhà, từng con ngõ.",
            ],
            "captions": ["Ảnh cắt từ phóng sự: những thùng gỗ ủ chượp trong nhà xưởng."],
            "byline": "Phóng sự: Hải Yến - Đình Nam",
            "tags": ["OCOP 4 sao", "nước mắm"],
        },
        {
            "title": "Kịch bản chuyên mục Mỗi xã một sản phẩm số 11 - Du lịch cộng đồng đạt chuẩn OCOP",
            "category": "Chuyên mục Mỗi xã một sản phẩm (OCOP)",
            "code": "CM",
            "slot": "Chuyên mục Mỗi xã một sản phẩm",
            "meta": ["Chủ đề: Dịch vụ du lịch nông thôn trong chương trình OCOP"],
            "lead": "Kính chào quý vị! Chương trình OCOP không chỉ có nông sản và thủ công mỹ nghệ. "
            "Nhiều điểm du lịch cộng đồng ở nông thôn cũng đã được đánh giá, công nhận là sản phẩm "
            "OCOP. Chuyên mục số này giới thiệu một điểm du lịch như vậy.",
            "paras": [
                "MC: Thưa quý vị, cách trung tâm tỉnh hơn 60 cây số, có một thôn nhỏ nằm dưới chân "
                "núi, bên dòng sông trong xanh. Từ năm 2023, người dân ở đây bắt đầu làm du lịch "
                "cộng đồng, mở nhà nghỉ, nấu cơm quê và đưa khách đi thăm đồng.",
                "(Đọc) Homestay của gia đình anh Hồ Văn Quý là một trong những điểm đón khách đầu "
                "tiên. Ngôi nhà gỗ ba gian được sửa lại, có phòng ngủ sạch sẽ, nhà vệ sinh khép "
                "kín, nhưng vẫn giữ bếp củi và sân đất nện trước nhà.",
                "Phỏng vấn: Anh Hồ Văn Quý, chủ homestay",
                "“Khách thành phố về đây thích nhất là được ăn cơm nấu bằng bếp củi, được theo bà "
                "con ra đồng cắt lúa, bắt cá. Mình không cần làm gì cầu kỳ, cứ sống thật là khách vui.”",
                "(Đọc) Để đạt chuẩn OCOP, tổ du lịch cộng đồng của thôn phải xây dựng bộ quy tắc "
                "đón khách, niêm yết giá dịch vụ, có người hướng dẫn được tập huấn và bảo đảm an "
                "toàn vệ sinh thực phẩm. Năm nay, sản phẩm du lịch của thôn được công nhận 3 sao.",
                "(Đọc) Mỗi tháng, thôn đón từ 300 đến 500 lượt khách, đông nhất vào mùa lúa chín "
                "và dịp cuối năm. Ngoài tiền phòng, tiền ăn, bà con còn bán được mật ong, gạo nếp, "
                "rau sạch và những sản phẩm thủ công như nón lá, giỏ tre.",
                "Phỏng vấn: Bà Trần Thị Mơ, Tổ trưởng tổ du lịch cộng đồng",
                "“Trước đây thanh niên trong thôn đi làm ăn xa gần hết. Giờ có du lịch, vài bạn đã "
                "về quê làm hướng dẫn viên, chụp ảnh, quản lý trang bán hàng trên mạng cho tổ.”",
                "MC: Thưa quý vị, theo ngành nông nghiệp, toàn tỉnh hiện có 7 sản phẩm du lịch nông "
                "thôn được công nhận OCOP. Đây là hướng đi giúp tăng thu nhập cho người dân mà vẫn "
                "giữ được cảnh quan và nếp sống của làng quê.",
                "(Đọc) Tuy nhiên, các điểm du lịch cộng đồng vẫn gặp khó khăn về hạ tầng, đường vào "
                "hẹp, chưa có bãi đỗ xe lớn. Kỹ năng ngoại ngữ, kỹ năng quảng bá của người dân còn "
                "hạn chế, khách chủ yếu đến qua giới thiệu của người quen.",
                "(Đọc) Tỉnh đang xây dựng kế hoạch kết nối các điểm du lịch đạt chuẩn OCOP thành "
                "tuyến, kết hợp với các điểm bán đặc sản, để du khách có thể đi trọn một ngày, ở "
                "lại một đêm và mang về những món quà quê.",
                "MC: Quý vị vừa theo dõi chuyên mục Mỗi xã một sản phẩm số 11. Mọi ý kiến đóng góp "
                "cho chuyên mục xin gửi về Phòng Thời sự của Đài.",
            ],
            "captions": ["Ảnh cắt từ chuyên mục: du khách theo người dân ra đồng cắt lúa."],
            "byline": "Biên tập: Thùy Dung - Quay phim: Anh Tuấn",
            "tags": ["OCOP", "du lịch cộng đồng"],
        },
    ],
    "non_ocop": [
        {
            "title": "Kịch bản tin 17 11 2026 - Ra quân lập lại trật tự hành lang an toàn giao thông",
            "category": "Thời sự truyền hình",
            "code": "TS",
            "slot": "Thời sự 19 giờ 30",
            "lead": "",
            "paras": [
                "(Đọc) Sáng nay, lực lượng thanh tra giao thông phối hợp với công an và chính quyền "
                "các phường ra quân xử lý lều quán, biển quảng cáo lấn chiếm hành lang an toàn "
                "đường bộ trên tuyến quốc lộ qua thành phố.",
                "(Đọc) Trong buổi sáng, các lực lượng đã tháo dỡ hơn 40 mái che, biển hiệu và nhắc "
                "nhở nhiều hộ kinh doanh để hàng hóa tràn ra vỉa hè.",
                "(Đọc) Đợt ra quân sẽ kéo dài đến hết tháng 12, tập trung vào các điểm giao cắt "
                "thường xảy ra tai nạn.",
            ],
            "captions": [],
            "byline": "Tin: Quốc Anh",
            "tags": ["giao thông"],
        },
        {
            "title": "Kịch bản phóng sự 12 11 2026 - Những người vá lưới ở cảng cá",
            "category": "Phóng sự - Tài liệu",
            "code": "PS",
            "slot": "Phóng sự cuối tuần",
            "lead": "Thưa quý vị! Ở các cảng cá, bên cạnh những con tàu ra khơi là những người phụ "
            "nữ ngày ngày ngồi vá lưới. Công việc thầm lặng ấy giúp nhiều gia đình có thêm thu "
            "nhập. Mời quý vị theo dõi.",
            "paras": [
                "(Đọc) Trên bãi đất trống cạnh cảng cá, hàng chục phụ nữ ngồi thành hàng, tay "
                "thoăn thoắt luồn kim qua những mắt lưới rách. Mỗi tấm lưới dài hàng trăm mét, có "
                "khi phải mất vài ngày mới vá xong.",
                "Phỏng vấn: Chị Đặng Thị Xuân, thợ vá lưới",
                "“Chồng tôi đi biển, tôi ở nhà vá lưới thuê. Mỗi ngày được hai trăm đến ba trăm "
                "nghìn, đủ tiền chợ và tiền học cho con.”",
                "(Đọc) Nghề vá lưới không cần vốn nhưng đòi hỏi sự tỉ mỉ và sức chịu đựng. Những "
                "ngày nắng gắt hay gió mùa, các chị vẫn phải ngồi ngoài trời nhiều giờ liền.",
                "(Đọc) Hội Liên hiệp Phụ nữ phường đã vận động dựng mái che tạm và tổ chức khám sức "
                "khỏe định kỳ cho chị em. Với họ, mỗi tấm lưới lành lặn là thêm một chuyến biển an "
                "toàn cho những người thân đang bám biển.",
            ],
            "captions": ["Ảnh cắt từ phóng sự: phụ nữ vá lưới bên cảng cá."],
            "byline": "Phóng sự: Ngọc Lan",
            "tags": ["nghề biển", "phụ nữ"],
        },
        {
            "title": "Kịch bản tin 20 11 2026 - Tiêm bổ sung vắc xin sởi cho trẻ em",
            "category": "Thời sự truyền hình",
            "code": "TS",
            "slot": "Bản tin sáng",
            "lead": "",
            "paras": [
                "(Đọc) Trung tâm Kiểm soát bệnh tật tỉnh bắt đầu chiến dịch tiêm bổ sung vắc xin "
                "sởi cho hơn 20 nghìn trẻ em từ 1 đến 5 tuổi tại các trạm y tế xã, phường.",
                "(Đọc) Ngành y tế đề nghị phụ huynh mang theo sổ tiêm chủng, theo dõi trẻ ít nhất "
                "30 phút sau tiêm và báo ngay cho nhân viên y tế nếu trẻ có biểu hiện bất thường.",
            ],
            "captions": [],
            "byline": "Tin: Phương Thảo",
            "tags": ["y tế", "tiêm chủng"],
        },
    ],
}

# ------------------------------------------------------------------ trade-union confederation portal
# Republished articles end with the source page's address on its own line and the writer's
# name in capitals with the paper in brackets; the place stamp opens the sapo (metadata).
PAGES["cong_doan"] = {
    "brief": [
        {
            "title": "Gian hàng OCOP phục vụ đoàn viên tại Chợ Tết Công đoàn",
            "cate": "Chăm lo đoàn viên",
            "place": "Bắc Ninh",
            "lead": "Chợ Tết Công đoàn năm nay dành riêng 40 gian hàng cho sản phẩm OCOP của các "
            "tỉnh, bán cho đoàn viên với giá ưu đãi.",
            "paras": [
                "Các gian hàng bày bán gạo nếp, chè, mật ong, bánh kẹo, nước mắm và đồ khô. Mỗi "
                "đoàn viên có hoàn cảnh khó khăn được tặng một phiếu mua hàng trị giá 500 nghìn "
                "đồng, dùng được ở tất cả các gian hàng trong chợ.",
            ],
            "captions": ["Đoàn viên chọn mua sản phẩm tại một gian hàng của tỉnh miền núi."],
            "byline": "PV",
            "tags": ["OCOP", "Chợ Tết Công đoàn"],
        },
        {
            "title": "Công nhân được đặt mua đặc sản OCOP qua phiếu điện tử",
            "cate": "Chăm lo đoàn viên",
            "place": "",
            "lead": "",
            "paras": [
                "Từ ngày 1/12, đoàn viên công đoàn có thể dùng phiếu mua hàng điện tử để đặt các "
                "sản phẩm OCOP trên sàn giao dịch của chương trình Chợ Tết Công đoàn.",
                "Hàng hóa được giao miễn phí đến địa chỉ đăng ký. Ban tổ chức cho biết đã có hơn "
                "300 sản phẩm của các hợp tác xã đăng ký bán trên sàn, phần lớn đạt 3 sao và 4 sao.",
            ],
            "captions": [],
            "byline": "THU TRANG",
            "tags": ["OCOP", "phiếu mua hàng"],
        },
        {
            "title": "Quảng Trị: 12 sản phẩm OCOP mới của các hợp tác xã có đông đoàn viên",
            "cate": "Thời sự",
            "place": "Quảng Trị",
            "lead": "Ủy ban nhân dân tỉnh vừa công nhận 12 sản phẩm OCOP mới, trong đó 7 sản phẩm "
            "thuộc các hợp tác xã đã thành lập công đoàn cơ sở.",
            "paras": [
                "Các sản phẩm gồm cà phê rang xay, tinh dầu tràm, chè vằng và bánh ướt. Công đoàn "
                "cơ sở các hợp tác xã đã vận động người lao động tham gia tập huấn an toàn thực "
                "phẩm trước đợt đánh giá.",
            ],
            "captions": [],
            "source_url": "https://baoquangtri.example.vn/kinh-te/12-san-pham-ocop-moi-199321.htm",
            "byline": "LÊ AN (Báo Quảng Trị)",
            "tags": ["OCOP", "Quảng Trị"],
        },
        {
            "title": "Công đoàn ngành nông nghiệp hỗ trợ chủ thể OCOP bị thiệt hại sau bão",
            "cate": "Công đoàn",
            "place": "Hà Tĩnh",
            "lead": "Công đoàn ngành nông nghiệp tỉnh vừa trao 60 suất hỗ trợ cho người lao động "
            "tại các cơ sở sản xuất sản phẩm OCOP bị hư hỏng nhà xưởng sau bão.",
            "paras": [
                "Mỗi suất gồm tiền mặt và nhu yếu phẩm trị giá 2 triệu đồng. Công đoàn cũng đề "
                "nghị các cơ sở sớm khôi phục sản xuất, giữ việc làm cho người lao động trong dịp "
                "cuối năm.",
            ],
            "captions": [],
            "byline": "NGỌC ANH",
            "tags": ["OCOP", "hỗ trợ sau bão"],
        },
    ],
    "long": [
        {
            "title": "Lao động trong hợp tác xã làm OCOP: thu nhập tăng, quyền lợi cần được bảo đảm",
            "cate": "Việc làm - Đời sống",
            "place": "Nghệ An",
            "lead": "Nhiều hợp tác xã có sản phẩm OCOP đã tạo việc làm ổn định cho lao động nông "
            "thôn, nhất là phụ nữ trung tuổi. Tuy vậy, không ít người vẫn làm việc không có hợp "
            "đồng, chưa được đóng bảo hiểm xã hội.",
            "paras": [
                "Bảy giờ sáng, xưởng chế biến nhút và tương của một hợp tác xã ở vùng trung du đã "
                "kín người. Hơn hai mươi lao động, phần lớn là phụ nữ ngoài bốn mươi tuổi, chia "
                "nhau rửa mít non, thái sợi, trộn muối và đóng lọ.",
                "Chị Hồ Thị Lan, 46 tuổi, đã làm ở đây gần ba năm. Trước đó chị làm thuê theo mùa "
                "vụ, có tháng không có việc. Bây giờ mỗi tháng chị nhận khoảng 6 triệu đồng, được "
                "nghỉ chủ nhật và được hợp tác xã bao bữa trưa.",
                "## Việc làm ổn định hơn",
                "Theo Liên minh Hợp tác xã tỉnh, các chủ thể có sản phẩm OCOP hiện thu hút hàng "
                "nghìn lao động thường xuyên. Nhờ sản phẩm được công nhận, đơn hàng đều hơn nên "
                "nhiều hợp tác xã giữ được người làm quanh năm thay vì chỉ thuê theo đợt.",
                "Ông Nguyễn Văn Hưng, Giám đốc hợp tác xã, cho biết từ khi sản phẩm tương đạt "
                "4 sao, doanh thu tăng gần gấp đôi. Hợp tác xã đã tăng lương cho người lao động hai "
                "lần trong năm và thưởng Tết bằng sản phẩm của chính mình.",
                "## Nhiều người chưa có hợp đồng, bảo hiểm",
                "Tuy vậy, qua khảo sát của công đoàn cấp huyện, hơn một nửa lao động tại các hợp "
                "tác xã nhỏ chưa được ký hợp đồng lao động bằng văn bản. Số người được đóng bảo "
                "hiểm xã hội còn ít hơn nữa. Khi ốm đau, thai sản hay gặp tai nạn trong lúc làm "
                "việc, người lao động gần như không có chỗ dựa.",
                "Một số chủ hợp tác xã thừa nhận ngại ký hợp đồng vì lo chi phí tăng, trong khi "
                "lợi nhuận còn mỏng. Phần khác cho rằng lao động là người trong làng, quen biết "
                "nhau nên không cần giấy tờ.",
                "Chị Lan nói chị cũng chưa từng nghĩ đến bảo hiểm. Chỉ đến khi một chị làm cùng bị "
                "bỏng tay lúc nấu tương, phải tự lo tiền viện phí, chị em trong xưởng mới bắt đầu "
                "hỏi nhau về quyền lợi của mình.",
                "## Công đoàn vào cuộc",
                "Liên đoàn Lao động huyện đã phối hợp với Liên minh Hợp tác xã tổ chức các buổi "
                "tuyên truyền pháp luật lao động ngay tại xưởng sản xuất. Cán bộ công đoàn hướng "
                "dẫn chủ hợp tác xã mẫu hợp đồng, cách tính đóng bảo hiểm và các chính sách hỗ "
                "trợ dành cho khu vực kinh tế tập thể.",
                "Đến nay, đã có 9 hợp tác xã thành lập công đoàn cơ sở với gần 200 đoàn viên. Ở "
                "những nơi này, người lao động được ký hợp đồng, được khám sức khỏe định kỳ và có "
                "quỹ tương trợ khi gặp khó khăn.",
                "Ông Trần Đức Minh, Chủ tịch Liên đoàn Lao động huyện, cho rằng muốn sản phẩm phát "
                "triển bền vững thì phải giữ được người làm ra nó. Một sản phẩm được gắn sao mà "
                "người lao động không được bảo đảm quyền lợi thì khó gọi là thành công trọn vẹn.",
                "Trong năm tới, công đoàn huyện đặt mục tiêu mọi hợp tác xã có từ mười lao động "
                "trở lên đều thành lập được công đoàn cơ sở, đồng thời đề nghị tỉnh đưa tiêu chí "
                "về hợp đồng lao động vào bộ hồ sơ khi đánh giá lại sản phẩm.",
            ],
            "captions": [
                "Lao động nữ đóng lọ sản phẩm tại xưởng của hợp tác xã.",
                "Cán bộ công đoàn tuyên truyền pháp luật lao động tại xưởng sản xuất.",
            ],
            "files": ["z7012458830177_8f1c2a9b04d7e63a5b21c0f9e8d4a713"],
            "mid": ["Hướng dẫn thành lập công đoàn cơ sở trong hợp tác xã"],
            "source_url": "https://baonghean.example.vn/lao-dong-trong-hop-tac-xa-ocop-10312054.html",
            "byline": "HOÀI THU (Báo Nghệ An)",
            "tags": ["OCOP", "hợp tác xã", "quyền lợi người lao động"],
        },
        {
            "title": "Từ công nhân khu công nghiệp về quê làm chủ sản phẩm OCOP",
            "cate": "Việc làm - Đời sống",
            "place": "Bắc Giang",
            "lead": "Sau mười năm làm công nhân điện tử, anh Giáp Văn Thành trở về quê, mở xưởng làm "
            "mật ong và giờ đã có hai sản phẩm đạt OCOP 4 sao, tạo việc làm cho nhiều người trong xã.",
            "paras": [
                "Năm 2019, khi đang là tổ trưởng ở một nhà máy linh kiện điện tử, anh Thành quyết "
                "định nghỉ việc. Lương ổn định nhưng ca kíp liên tục, hai con nhỏ ở quê gửi ông bà, "
                "anh muốn tìm một công việc gần nhà hơn.",
                "Quê anh có nhiều rừng vải, rừng keo, mùa hoa nào cũng có người nuôi ong nhưng chỉ "
                "bán mật cho thương lái với giá thấp. Anh dùng tiền tích lũy mua 50 đàn ong, vừa "
                "nuôi vừa học kỹ thuật qua các nhóm trên mạng.",
                "## Bài học từ nhà máy",
                "Anh Thành kể, những năm làm công nhân dạy anh nhiều điều: làm việc theo quy trình, "
                "ghi chép từng công đoạn, kiểm tra chất lượng trước khi giao hàng. Anh mang những "
                "thói quen đó về xưởng mật ong của mình.",
                "Mỗi thùng mật đều được ghi ngày quay, loại hoa, độ ẩm đo bằng máy cầm tay. Mật có "
                "độ ẩm cao được hạ thủy phần bằng máy chuyên dụng thay vì đun nóng, giữ được mùi "
                "thơm tự nhiên. Phòng đóng chai có cửa kính, người làm phải đội mũ, đeo găng tay.",
                "Năm 2023, anh cùng sáu hộ nuôi ong trong xã thành lập hợp tác xã. Một năm sau, mật "
                "ong hoa vải và mật ong bạc hà của hợp tác xã được công nhận OCOP 4 sao.",
                "## Giữ chân người lao động",
                "Hiện hợp tác xã có hơn 800 đàn ong, 12 lao động thường xuyên và hàng chục lao động "
                "thời vụ vào mùa quay mật. Thu nhập bình quân của người làm khoảng 7 triệu đồng một "
                "tháng, tương đương lương công nhân ở khu công nghiệp.",
                "Điều anh Thành tự hào là đã ký hợp đồng và đóng bảo hiểm xã hội cho toàn bộ lao "
                "động thường xuyên. Hợp tác xã vừa thành lập công đoàn cơ sở, anh em tự bầu ra "
                "ban chấp hành để lo việc hiếu hỉ, thăm hỏi.",
                "Chị Nguyễn Thị Hiền, một lao động của hợp tác xã, từng làm công nhân may ở tỉnh "
                "khác. Chị nói về quê làm việc, lương không thấp hơn bao nhiêu nhưng được ở gần con, "
                "không phải thuê trọ, lại có bảo hiểm như khi còn ở nhà máy.",
                "## Những dự định mới",
                "Anh Thành đang thử nghiệm sản phẩm mật ong lên men và nến sáp ong, đồng thời liên "
                "kết với một công ty du lịch đưa khách đến xem quay mật. Anh cũng nhận dạy nghề "
                "nuôi ong miễn phí cho các công nhân lớn tuổi muốn về quê lập nghiệp.",
                "Theo Liên đoàn Lao động tỉnh, những trường hợp như anh Thành đang ngày càng nhiều. "
                "Tổ chức công đoàn sẽ phối hợp với ngân hàng chính sách giới thiệu vốn vay, giúp "
                "người lao động trở về quê khởi nghiệp thuận lợi hơn.",
            ],
            "captions": [
                "Anh Giáp Văn Thành kiểm tra cầu ong trong vườn vải.",
                "Sản phẩm mật ong của hợp tác xã đạt OCOP 4 sao.",
            ],
            "files": ["z7015539017724_3ad0e6b7c91f42d85e0a6c1b79f3d2e4"],
            "mid": ["Công nhân lớn tuổi trở về quê: cần chính sách hỗ trợ chuyển đổi nghề"],
            "source_url": "https://baobacgiang.example.vn/tu-cong-nhan-ve-que-lam-ocop-459876.bbg",
            "byline": "MINH HẠNH (Báo Bắc Giang)",
            "tags": ["OCOP 4 sao", "mật ong", "khởi nghiệp"],
        },
        {
            "title": "Chợ Tết Công đoàn: nơi sản phẩm OCOP gặp người lao động",
            "cate": "Chợ Tết Công đoàn",
            "place": "Hà Nội",
            "lead": "Sau ba năm tổ chức, Chợ Tết Công đoàn đã trở thành kênh tiêu thụ quen thuộc của "
            "nhiều chủ thể OCOP, đồng thời giúp đoàn viên có hoàn cảnh khó khăn mua được hàng "
            "hóa chất lượng với giá hợp lý.",
            "paras": [
                "Theo Ban tổ chức, Chợ Tết Công đoàn năm nay có hơn 600 gian hàng trực tiếp tại "
                "các tỉnh, thành phố và gần 2.000 mặt hàng trên sàn giao dịch điện tử. Riêng nhóm "
                "sản phẩm OCOP chiếm khoảng một phần ba số mặt hàng.",
                "## Kênh bán hàng ổn định",
                "Bà Lê Thị Hòa, Giám đốc một hợp tác xã sản xuất bánh chưng và giò chả ở vùng "
                "đồng bằng, cho biết năm nào hợp tác xã cũng tham gia chợ. Doanh số mỗi mùa Tết "
                "đạt vài trăm triệu đồng, quan trọng hơn là có thêm khách quen là các công đoàn "
                "doanh nghiệp đặt hàng làm quà cho công nhân.",
                "Để được tham gia, các chủ thể phải có giấy chứng nhận còn hiệu lực, cam kết giá "
                "bán thấp hơn giá niêm yết ngoài thị trường ít nhất 10 phần trăm và chịu sự kiểm "
                "tra chất lượng của ban tổ chức.",
                "Nhiều chủ thể ở vùng sâu, vùng xa được hỗ trợ chi phí vận chuyển hàng hóa và gian "
                "hàng. Một số tỉnh còn cử cán bộ đi cùng để giới thiệu sản phẩm, kết nối với các "
                "công đoàn ngành.",
                "## Đoàn viên được lợi",
                "Anh Phạm Văn Long, công nhân một nhà máy cơ khí, được công đoàn tặng phiếu mua "
                "hàng 500 nghìn đồng. Anh chọn gạo nếp, mật ong và một hộp chè để mang về quê ăn "
                "Tết. Anh nói hàng ở đây có nguồn gốc rõ ràng, giá mềm hơn ngoài chợ.",
                "Năm nay, ngoài phiếu giấy, đoàn viên còn có thể dùng phiếu điện tử để đặt hàng "
                "trên sàn và nhận hàng tại nhà. Hình thức này giúp công nhân làm ca đêm, công nhân "
                "ở khu công nghiệp xa trung tâm không phải xếp hàng chờ.",
                "## Những điều cần cải thiện",
                "Bên cạnh kết quả đạt được, một số ý kiến cho rằng cách bày hàng ở nhiều điểm chợ "
                "còn đơn điệu, thiếu thông tin về sản phẩm. Có gian hàng bán hết hàng sớm nhưng "
                "không kịp bổ sung, trong khi gian khác lại tồn hàng.",
                "Ban tổ chức cho biết sẽ xây dựng phần mềm theo dõi lượng hàng bán theo ngày, giúp "
                "các chủ thể chủ động nhập thêm. Đồng thời, chương trình sẽ ưu tiên các sản phẩm "
                "OCOP do hợp tác xã có công đoàn cơ sở sản xuất, khuyến khích chủ thể bảo đảm quyền "
                "lợi cho người lao động.",
                "Với nhiều người lao động, một túi quà Tết từ chợ không lớn về giá trị, nhưng là sự "
                "chia sẻ thiết thực. Với các chủ thể OCOP, đó là cơ hội đưa sản phẩm đến gần hơn "
                "với hàng triệu người tiêu dùng là công nhân, viên chức trên cả nước.",
            ],
            "captions": ["Gian hàng sản phẩm miền núi tại một điểm chợ năm ngoái."],
            "files": ["z7019921406653_c4e8a17f2b6d09e5f3a2b8c71d0e9f46"],
            "mid": ["Danh sách điểm tổ chức Chợ Tết Công đoàn tại các tỉnh"],
            "byline": "BẢO CHÂU",
            "tags": ["OCOP", "Chợ Tết Công đoàn"],
        },
    ],
    "non_ocop": [
        {
            "title": "Hơn 2.000 công nhân được khám sức khỏe miễn phí",
            "cate": "Chăm lo đoàn viên",
            "place": "Bình Dương",
            "lead": "Liên đoàn Lao động tỉnh phối hợp với bệnh viện đa khoa tổ chức khám sức khỏe "
            "và tư vấn dinh dưỡng miễn phí cho công nhân các khu công nghiệp.",
            "paras": [
                "Trong hai ngày cuối tuần, các bác sĩ đã đo huyết áp, xét nghiệm đường huyết, siêu "
                "âm và tư vấn cho hơn 2.000 công nhân. Nhiều trường hợp được phát hiện tăng huyết "
                "áp, thiếu máu và được hướng dẫn điều trị sớm.",
                "Công đoàn cũng tặng sữa và thuốc bổ cho lao động nữ đang mang thai.",
            ],
            "captions": ["Bác sĩ khám cho công nhân tại khu công nghiệp."],
            "files": ["z7021104558812_0e6b2d9c3f7a41e8b5c6d2a9f1e07b35"],
            "byline": "THANH TÂM",
            "tags": ["sức khỏe", "công nhân"],
        },
        {
            "title": "Đề xuất điều chỉnh lương tối thiểu vùng từ năm 2027",
            "cate": "Thời sự",
            "place": "",
            "lead": "Hội đồng Tiền lương quốc gia đang thảo luận phương án điều chỉnh lương tối "
            "thiểu vùng áp dụng từ ngày 1/7/2027.",
            "paras": [
                "Theo đại diện Tổng Liên đoàn, khảo sát tại nhiều địa phương cho thấy tiền lương "
                "hiện nay mới đáp ứng được mức sống tối thiểu của người lao động và gia đình họ. "
                "Giá thuê nhà, điện nước và chi phí học tập cho con tăng nhanh trong năm qua.",
                "Phía đại diện người sử dụng lao động đề nghị cân nhắc mức tăng phù hợp vì nhiều "
                "doanh nghiệp dệt may, da giày còn thiếu đơn hàng.",
                "Hội đồng dự kiến họp phiên cuối trong tháng 12 để chốt phương án trình Chính phủ.",
            ],
            "captions": [],
            "source_url": "https://baolaodong.example.vn/thoi-su/luong-toi-thieu-vung-2027-1492113.ldo",
            "byline": "HÀ ANH (Báo Lao Động)",
            "tags": ["tiền lương", "lương tối thiểu"],
        },
        {
            "title": "Khánh thành thiết chế công đoàn với 600 căn hộ cho công nhân",
            "cate": "Công đoàn",
            "place": "Hải Phòng",
            "lead": "",
            "paras": [
                "Sáng 19/11, Tổng Liên đoàn Lao động Việt Nam khánh thành khu thiết chế công đoàn "
                "gồm 600 căn hộ cho thuê, nhà trẻ và nhà văn hóa tại khu công nghiệp ven biển.",
                "Giá thuê căn hộ thấp hơn giá thị trường khoảng một phần ba, ưu tiên công nhân có "
                "con nhỏ và công nhân có thu nhập thấp. Nhà trẻ nhận trông cả con công nhân làm ca "
                "đêm.",
                "Công đoàn cho biết đang chuẩn bị mở rộng thêm 400 căn hộ ở giai đoạn hai.",
            ],
            "captions": ["Khu căn hộ cho công nhân thuê vừa khánh thành."],
            "byline": "VĂN HÙNG",
            "tags": ["nhà ở công nhân", "thiết chế công đoàn"],
        },
    ],
}

# ------------------------------------------------------------------ provincial agriculture-environment department
# Lines starting "- " are the portal's dashed list items, written as paragraphs: body text.
PAGES["so_nnmt"] = {
    "brief": [
        {
            "title": "Hội đồng cấp tỉnh đánh giá 46 sản phẩm OCOP đợt ba năm 2026",
            "lead": "",
            "paras": [
                "Ngày 12/11, Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đã họp xem xét 46 "
                "sản phẩm của 29 chủ thể, chủ yếu là cà phê, trà, hạt mắc ca, bơ sấy và hải sản khô.",
                "Kết quả, 41 sản phẩm đạt từ 50 điểm trở lên. Hội đồng đề nghị Ủy ban nhân dân tỉnh "
                "công nhận 9 sản phẩm 4 sao và 32 sản phẩm 3 sao.",
            ],
            "captions": [],
            "files": ["bien-ban-hop-hoi-dong-ocop-dot-3-2026.pdf"],
            "byline": "Minh Tâm - Chi cục Phát triển nông thôn",
            "tags": ["OCOP", "đánh giá phân hạng"],
        },
        {
            "title": "Tập huấn xây dựng câu chuyện sản phẩm OCOP cho chủ thể vùng cao",
            "lead": "Gần 60 học viên là đại diện hợp tác xã, hộ sản xuất ở các xã vùng cao đã tham "
            "dự lớp tập huấn về câu chuyện sản phẩm OCOP trong hai ngày 6 và 7/11.",
            "paras": [
                "Giảng viên hướng dẫn cách kể về nguồn gốc nguyên liệu, người làm ra sản phẩm và nét "
                "văn hóa của đồng bào K'Ho, Mạ, Chu Ru trên bao bì, tờ rơi và trang bán hàng.",
            ],
            "captions": [],
            "files": [],
            "byline": "Hà Vy",
            "tags": ["OCOP", "tập huấn"],
        },
        {
            "title": "Trao giấy chứng nhận cho 8 sản phẩm OCOP từ thanh long",
            "lead": "",
            "paras": [
                "Sáng 17/11, Sở Nông nghiệp và Môi trường phối hợp với chính quyền các xã ven biển "
                "trao giấy chứng nhận cho 8 sản phẩm OCOP được chế biến từ quả thanh long, gồm "
                "thanh long sấy dẻo, rượu vang, mứt và nước ép.",
                "Các chủ thể được hỗ trợ tham gia hội chợ nông sản tại Thành phố Hồ Chí Minh vào "
                "tháng 12.",
            ],
            "captions": ["Các chủ thể nhận giấy chứng nhận sản phẩm."],
            "files": ["qd-2315-ubnd-cong-nhan-san-pham-thanh-long.pdf"],
            "byline": "Thanh Bình",
            "tags": ["OCOP", "thanh long"],
        },
        {
            "title": "Nhắc chủ thể nộp hồ sơ đánh giá lại sản phẩm OCOP hết hạn",
            "lead": "",
            "paras": [
                "Sở Nông nghiệp và Môi trường đề nghị các chủ thể có sản phẩm OCOP hết hạn chứng nhận "
                "trong năm 2026 nộp hồ sơ đánh giá lại trước ngày 15/12. Sau thời hạn này, sản phẩm "
                "không được sử dụng biểu trưng OCOP trên bao bì cho đến khi được công nhận lại.",
            ],
            "captions": [],
            "files": ["mau-ho-so-danh-gia-lai-san-pham.docx"],
            "byline": "Văn phòng Sở",
            "tags": ["OCOP", "thông báo"],
        },
    ],
    "long": [
        {
            "title": "Kết quả thực hiện Chương trình OCOP mười tháng năm 2026",
            "lead": "Sau mười tháng, toàn tỉnh có thêm 118 sản phẩm được công nhận OCOP, vượt kế "
            "hoạch cả năm. Tuy vậy, việc đánh giá lại sản phẩm hết hạn và mở rộng thị trường vẫn "
            "còn chậm.",
            "paras": [
                "Theo báo cáo của Văn phòng Điều phối nông thôn mới tỉnh, tính đến cuối tháng 10, "
                "toàn tỉnh có 612 sản phẩm OCOP còn hiệu lực chứng nhận, của 389 chủ thể. Trong đó "
                "có 2 sản phẩm 5 sao, 143 sản phẩm 4 sao và 467 sản phẩm 3 sao.",
                "## Những kết quả chính",
                "- Công nhận mới 118 sản phẩm, đạt 131 phần trăm kế hoạch năm.",
                "- Đánh giá lại 74 sản phẩm hết hạn, trong đó 11 sản phẩm được nâng hạng sao.",
                "- Hỗ trợ 52 chủ thể thiết kế bao bì, in tem truy xuất nguồn gốc.",
                "- Tổ chức 9 phiên giới thiệu sản phẩm trong và ngoài tỉnh.",
                "Nhóm thực phẩm tiếp tục chiếm tỷ lệ lớn nhất với hơn 60 phần trăm số sản phẩm, "
                "tiếp đến là đồ uống, chủ yếu là cà phê, trà và rượu vang. Nhóm dịch vụ du lịch "
                "nông thôn có thêm 6 sản phẩm, tập trung ở các xã quanh khu du lịch hồ và thác.",
                "Số chủ thể là hợp tác xã và doanh nghiệp tăng lên, chiếm gần 55 phần trăm. Đây "
                "là tín hiệu tích cực vì các chủ thể này thường có vùng nguyên liệu ổn định, quy "
                "trình sản xuất rõ ràng hơn so với hộ kinh doanh nhỏ lẻ.",
                "## Những tồn tại",
                "Bên cạnh kết quả đạt được, báo cáo chỉ ra nhiều hạn chế. Khoảng 90 sản phẩm đã "
                "hết hạn chứng nhận nhưng chủ thể chưa nộp hồ sơ đánh giá lại, một số đã ngừng sản "
                "xuất mà không thông báo.",
                "Việc tiêu thụ vẫn phụ thuộc nhiều vào hội chợ và khách quen. Chỉ khoảng một phần "
                "tư sản phẩm có mặt trong siêu thị hoặc chuỗi cửa hàng tiện lợi; số sản phẩm bán "
                "thường xuyên trên sàn thương mại điện tử còn ít.",
                "Một số địa phương sau sắp xếp đơn vị hành chính chưa bố trí được cán bộ theo dõi "
                "chương trình, dẫn đến việc hướng dẫn chủ thể hoàn thiện hồ sơ còn lúng túng.",
                "## Nhiệm vụ hai tháng cuối năm",
                "Sở Nông nghiệp và Môi trường đề nghị các xã, phường rà soát danh sách sản phẩm hết "
                "hạn, đôn đốc chủ thể nộp hồ sơ trước ngày 15/12. Những sản phẩm không còn sản xuất "
                "sẽ được đề nghị thu hồi giấy chứng nhận để bảo đảm uy tín của chương trình.",
                "Cùng với đó, Sở sẽ phối hợp với Sở Công Thương tổ chức tuần hàng OCOP tại Thành "
                "phố Hồ Chí Minh, kết nối với ba chuỗi bán lẻ lớn và hướng dẫn chủ thể mở gian "
                "hàng trên các sàn thương mại điện tử.",
                "Năm 2027, tỉnh đặt mục tiêu không chạy theo số lượng mà tập trung nâng chất lượng, "
                "phấn đấu có thêm ít nhất 3 sản phẩm được đề nghị đánh giá 5 sao và mỗi xã có ít "
                "nhất một điểm giới thiệu, bán sản phẩm.",
            ],
            "captions": ["Sản phẩm cà phê và trà được trưng bày tại phiên giới thiệu của tỉnh."],
            "files": [
                "bao-cao-ket-qua-ocop-10-thang-2026.pdf",
                "phu-luc-danh-sach-san-pham-het-han.xlsx",
            ],
            "mid": ["Hướng dẫn mới về hồ sơ đăng ký đánh giá sản phẩm cấp tỉnh"],
            "byline": "Văn phòng Điều phối nông thôn mới tỉnh",
            "tags": ["OCOP", "báo cáo", "nông thôn mới"],
        },
        {
            "title": "Cà phê đặc sản vùng cao và hành trình lên 4 sao OCOP",
            "lead": "Từ những vườn cà phê trồng xen trên sườn núi, một hợp tác xã của đồng bào "
            "K'Ho đã xây dựng được sản phẩm cà phê đặc sản đạt OCOP 4 sao, bán tới các quán cà "
            "phê ở thành phố lớn.",
            "paras": [
                "Hợp tác xã được thành lập năm 2021 với 18 thành viên, phần lớn là người K'Ho sống "
                "ở độ cao hơn 1.400 mét. Trước đó, bà con hái cà phê cả quả xanh lẫn quả chín, phơi "
                "trên sân đất rồi bán cho đại lý theo giá thị trường.",
                "## Hái chín, sơ chế kỹ",
                "Khi vào hợp tác xã, các thành viên được tập huấn chỉ hái quả chín đỏ, sơ chế trong "
                "ngày. Hợp tác xã đầu tư máy xát vỏ, bể lên men và giàn phơi có mái che, giúp hạt "
                "khô đều, không bị mốc.",
                "Bà K'Hoa, thành viên hợp tác xã, cho biết hái chọn tốn công hơn nhiều, mỗi cây phải "
                "hái ba đến bốn lượt. Nhưng giá bán cao gấp rưỡi so với trước nên bà con đều đồng "
                "thuận làm theo.",
                "Cà phê của hợp tác xã được rang ở mức vừa để giữ vị chua thanh và hương trái cây. "
                "Mỗi lô rang đều được thử nếm theo phiếu đánh giá, ghi lại nhiệt độ và thời gian.",
                "## Từ 3 sao lên 4 sao",
                "Năm 2024, sản phẩm cà phê rang xay của hợp tác xã được công nhận OCOP 3 sao. Sau "
                "đó, với sự hỗ trợ của Sở, hợp tác xã được cấp mã số vùng trồng, đăng ký nhãn hiệu "
                "và hoàn thiện hồ sơ công bố chất lượng.",
                "Hợp tác xã cũng chú ý đến câu chuyện sản phẩm, in trên bao bì hình ảnh phụ nữ K'Ho "
                "gùi cà phê và giới thiệu về vùng đất trồng. Tháng 9 vừa qua, sản phẩm được hội "
                "đồng cấp tỉnh chấm 4 sao.",
                "Ông Nguyễn Hữu Lộc, cán bộ Chi cục Phát triển nông thôn theo dõi hợp tác xã từ "
                "những ngày đầu, nhận xét điều quý nhất là các thành viên đã tự giác giữ quy trình, "
                "kể cả khi không có cán bộ xuống kiểm tra.",
                "## Mở rộng thị trường",
                "Hiện hợp tác xã bán khoảng 20 tấn cà phê nhân và 6 tấn cà phê rang mỗi năm. Khách "
                "hàng chính là các quán cà phê đặc sản ở Thành phố Hồ Chí Minh, Hà Nội và một số "
                "cửa hàng quà tặng ở trung tâm du lịch.",
                "Năm tới, hợp tác xã dự định mở điểm đón khách tham quan vườn, cho du khách tự tay "
                "hái, sơ chế và rang cà phê. Đây cũng là hướng đi được tỉnh khuyến khích để gắn sản "
                "phẩm nông nghiệp với du lịch.",
                "Khó khăn lớn nhất hiện nay là đường vào vùng trồng còn là đường đất, mùa mưa xe "
                "tải không vào được. Hợp tác xã đã kiến nghị địa phương đưa tuyến đường này vào kế "
                "hoạch bê tông hóa năm sau.",
            ],
            "captions": [
                "Thành viên hợp tác xã hái cà phê chín trên sườn núi.",
                "Cà phê được phơi trên giàn có mái che.",
            ],
            "files": [],
            "mid": ["Cấp mã số vùng trồng cho vùng cà phê đặc sản"],
            "byline": "Lê Hoàng - Chi cục Phát triển nông thôn",
            "tags": ["OCOP 4 sao", "cà phê đặc sản"],
        },
        {
            "title": "Nâng chất lượng sản phẩm OCOP từ hải sản khô vùng biển",
            "lead": "Các sản phẩm hải sản khô như mực một nắng, cá chỉ vàng tẩm gia vị và ruốc là "
            "thế mạnh của các xã ven biển phía nam tỉnh. Để giữ được hạng sao, các chủ thể đang "
            "phải thay đổi nhiều khâu trong sản xuất.",
            "paras": [
                "Hiện các xã ven biển có 37 sản phẩm OCOP từ hải sản, chủ yếu là hàng khô và nước "
                "mắm. Phần lớn chủ thể là hộ kinh doanh, cơ sở nhỏ, sản xuất theo mùa cá.",
                "## Những yêu cầu mới",
                "Khi đánh giá lại, hội đồng yêu cầu các sản phẩm hải sản khô phải có phiếu kiểm "
                "nghiệm vi sinh, kim loại nặng và chất bảo quản. Nơi phơi sấy phải có lưới chắn "
                "côn trùng, sàn phơi cách mặt đất, không phơi cạnh đường giao thông.",
                "Nhiều cơ sở trước đây phơi cá trên bãi cát, nay phải đầu tư giàn phơi inox và nhà "
                "sấy năng lượng mặt trời. Chi phí ban đầu khá lớn, có cơ sở phải vay thêm vốn.",
                "Bà Trương Thị Mỹ, chủ một cơ sở làm mực một nắng, cho biết nhờ nhà sấy mà mực "
                "không bị bụi, màu đẹp hơn, để được lâu hơn. Khách ở thành phố đặt hàng qua mạng "
                "ngày càng nhiều vì tin vào tem truy xuất nguồn gốc.",
                "## Hỗ trợ từ chương trình",
                "Năm nay, tỉnh hỗ trợ 12 cơ sở hải sản khô làm nhà sấy, mỗi cơ sở tối đa 50 triệu "
                "đồng. Chi cục Thủy sản tổ chức kiểm tra điều kiện an toàn thực phẩm, hướng dẫn "
                "ghi chép nguồn gốc nguyên liệu theo từng chuyến tàu.",
                "Sở cũng làm việc với các cảng cá để các cơ sở mua được nguyên liệu tươi ngay khi "
                "tàu cập bến, hạn chế phải trữ đá lâu ngày làm giảm chất lượng.",
                "## Hướng tới thị trường xa",
                "Một số sản phẩm đã vào được hệ thống siêu thị và cửa hàng đặc sản ở các thành phố "
                "lớn. Hai cơ sở đang chuẩn bị hồ sơ xuất khẩu ruốc và cá khô sang thị trường châu Á.",
                "Theo Sở, để đi xa hơn, các cơ sở cần liên kết thành hợp tác xã, dùng chung nhà sấy, "
                "kho lạnh và thương hiệu tập thể, thay vì mỗi nhà làm một kiểu như hiện nay.",
                "Bà Mỹ nói bà sẵn sàng tham gia nếu hợp tác xã được lập, vì một mình cơ sở nhỏ khó "
                "theo kịp những yêu cầu ngày càng cao của thị trường.",
            ],
            "captions": [
                "Mực được phơi trên giàn inox có lưới chắn côn trùng.",
                "Nhà sấy năng lượng mặt trời của một cơ sở ven biển.",
            ],
            "files": ["ke-hoach-ho-tro-nha-say-hai-san-2026.pdf"],
            "mid": ["Kiểm tra an toàn thực phẩm tại các cơ sở chế biến hải sản"],
            "byline": "Quang Vinh - Chi cục Thủy sản",
            "tags": ["OCOP", "hải sản khô"],
        },
    ],
    "non_ocop": [
        {
            "title": "Thông báo điều tiết nước các hồ chứa thủy lợi trong đợt mưa lớn",
            "lead": "",
            "paras": [
                "Do ảnh hưởng của không khí lạnh kết hợp với gió đông, từ ngày 19 đến 22/11 khu vực "
                "phía nam tỉnh có mưa to đến rất to. Mực nước nhiều hồ chứa thủy lợi đã tiệm cận "
                "mực nước dâng bình thường.",
                "Công ty khai thác công trình thủy lợi sẽ điều tiết nước qua tràn xả lũ của ba hồ "
                "chứa với lưu lượng tăng dần. Người dân vùng hạ du không đi lại, đánh bắt cá gần "
                "lòng sông và di chuyển tài sản lên chỗ cao.",
            ],
            "captions": [],
            "files": ["thong-bao-dieu-tiet-nuoc-ho-chua-2026-11.pdf"],
            "byline": "Chi cục Thủy lợi",
            "tags": ["thủy lợi", "mưa lũ"],
        },
        {
            "title": "Kiểm tra công tác phòng cháy rừng trước mùa khô",
            "lead": "Đoàn kiểm tra của Sở đã làm việc với các ban quản lý rừng và chủ rừng tại "
            "sáu xã có diện tích rừng thông lớn.",
            "paras": [
                "Qua kiểm tra, các đơn vị đã xây dựng phương án phòng cháy, làm đường băng cản lửa "
                "và bố trí chòi canh. Tuy nhiên, một số nơi còn thiếu dụng cụ chữa cháy, chưa phát "
                "dọn thực bì dưới tán rừng.",
                "Đoàn yêu cầu các chủ rừng hoàn thành phát dọn trước ngày 15/12, trực canh 24 giờ "
                "trong những ngày nắng nóng và phối hợp với công an xã xử lý nghiêm hành vi đốt "
                "nương rẫy trái phép.",
            ],
            "captions": ["Đoàn kiểm tra đường băng cản lửa trong rừng thông."],
            "files": [],
            "byline": "Chi cục Kiểm lâm",
            "tags": ["bảo vệ rừng", "phòng cháy"],
        },
        {
            "title": "Hướng dẫn phòng bệnh viêm da nổi cục trên trâu, bò",
            "lead": "",
            "paras": [
                "Thời gian gần đây, bệnh viêm da nổi cục xuất hiện rải rác ở một số tỉnh lân cận. "
                "Chi cục Chăn nuôi và Thú y khuyến cáo người chăn nuôi chủ động tiêm vắc xin cho "
                "đàn trâu, bò, nhất là con non và bò mới nhập về.",
                "Người dân cần vệ sinh chuồng trại, diệt muỗi, ruồi, ve và không mua bán gia súc "
                "không rõ nguồn gốc. Khi thấy con vật sốt, nổi cục trên da, phải cách ly và báo "
                "ngay cho thú y xã.",
            ],
            "captions": [],
            "files": ["huong-dan-phong-benh-viem-da-noi-cuc.pdf"],
            "byline": "Chi cục Chăn nuôi và Thú y",
            "tags": ["thú y", "trâu bò"],
        },
    ],
}
