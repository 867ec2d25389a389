"""Texts of the second blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading, "?? " a bold question
of an interview; both are body text, the marker is not), captions (image captions: NOT body),
quotes (pull quotes of a longform page: decoration that restates the body, NOT body), byline,
attribution ("Theo …"/"Nguồn: …": not body), mid (headlines of a mid-body box: chrome).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Cao Bằng công nhận 21 sản phẩm OCOP, nhiều nhất từ trước đến nay",
    "Giá lúa gạo xuất khẩu chững lại sau ba tuần tăng liên tiếp",
    "Hội chợ sản phẩm OCOP vùng duyên hải mở cửa tại Quy Nhơn",
    "Người dân vùng lũ được hỗ trợ giống ngô vụ đông",
    "Chuẩn hóa bao bì, tem truy xuất cho sản phẩm OCOP miền núi",
    "Đường tỉnh 176 sạt lở nghiêm trọng sau mưa lớn",
    "Nữ chủ thể OCOP đưa bánh chưng đen ra thị trường thành phố",
    "Sinh viên nông nghiệp khởi nghiệp với nấm đông trùng hạ thảo",
    "Tỉnh ban hành bộ tiêu chí xã nông thôn mới kiểu mẫu",
    "Mắm tôm chua Huế được chấm 4 sao OCOP",
    "Khai mạc giải bóng chuyền nữ các dân tộc thiểu số",
    "Vùng trồng hồi Lạng Sơn vào vụ thu hoạch cuối năm",
    "Siêu thị dành quầy riêng cho đặc sản OCOP các tỉnh miền Trung",
    "Bão số 9 gây thiệt hại hơn 200 ha hoa màu",
    "Tọa đàm về livestream bán sản phẩm OCOP cho hợp tác xã",
    "Giá thịt lợn hơi giảm nhẹ tại các tỉnh phía Bắc",
    "Làng dệt thổ cẩm Mai Châu phục hồi sau đại dịch",
    "Công bố kết quả đánh giá sản phẩm OCOP quốc gia đợt 2",
    "Trường học vùng cao thiếu giáo viên tiếng Anh",
    "Vay ưu đãi cho hộ nghèo làm chuồng trại chăn nuôi",
    "Một xã vùng biên có 5 sản phẩm OCOP sau ba năm",
    "Dự báo rét đậm đầu tiên của mùa đông sẽ đến sớm",
    "Mô hình cà gai leo dược liệu ở xã thuần nông",
    "Kết nối cung cầu nông sản giữa Hà Nội và các tỉnh Tây Bắc",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Thái Nguyên chấm điểm 58 sản phẩm chè trước mùa Tết",
        "Hội đồng cấp tỉnh dành ba ngày nếm thử, kiểm tra hồ sơ và hồ sơ tự đánh giá của các hợp "
        "tác xã chè ở Tân Cương, Đại Từ và Phú Lương; kết quả sẽ được công bố đầu tháng sau.",
    ),
    (
        "Rươi Tứ Kỳ được mùa, giá bán giữ ở mức cao",
        "Người dân ven sông Thái Bình thu hoạch rươi từ nửa đêm, mỗi sào cho vài chục cân; thương "
        "lái đến tận bờ ruộng thu mua để cấp đông và chế biến chả rươi.",
    ),
    (
        "Hợp tác xã miến Việt Cường lắp thêm dây chuyền sấy",
        "Dây chuyền mới giúp hợp tác xã không còn phụ thuộc vào nắng, có thể làm miến cả trong "
        "những ngày mưa phùn và giao hàng đúng hẹn cho các siêu thị.",
    ),
    (
        "Ninh Thuận đưa nho, táo và tỏi vào chuỗi cửa hàng đặc sản",
        "Mười bốn sản phẩm OCOP của tỉnh được giới thiệu tại các cửa hàng ở Thành phố Hồ Chí Minh, "
        "chủ yếu là rượu nho, nho sấy, mật nho và tỏi đen đóng hộp.",
    ),
    (
        "Xã vùng cao Lai Châu làm đường bê tông bằng vốn dân góp",
        "Người dân tự nguyện hiến đất, góp ngày công để làm hơn ba cây số đường vào bản, giúp xe "
        "chở thảo quả và chè xuống thị trấn thuận tiện hơn.",
    ),
    (
        "Bến Tre ra mắt bộ nhận diện chung cho sản phẩm từ dừa",
        "Các chủ thể có thể dùng logo và khẩu hiệu chung trên bao bì kẹo dừa, dầu dừa, thạch dừa "
        "để khách hàng dễ nhận biết hàng xứ dừa chính gốc.",
    ),
    (
        "Phú Thọ tập huấn chấm điểm cho cán bộ nông nghiệp cấp huyện",
        "Hơn 80 học viên được hướng dẫn cách đọc bộ tiêu chí, kiểm tra thực tế cơ sở sản xuất và "
        "lập biên bản đánh giá trước khi trình hội đồng cấp tỉnh.",
    ),
    (
        "Măng tây xanh Ninh Hải vào vụ, nông dân thu 300 nghìn đồng mỗi cân",
        "Nhờ trồng trong nhà lưới và tưới nhỏ giọt, măng ít sâu bệnh, đạt chuẩn VietGAP và được "
        "các bếp ăn nhà hàng tại Nha Trang đặt mua thường xuyên.",
    ),
    (
        "Quảng Nam hỗ trợ chủ thể OCOP tham gia sàn thương mại điện tử",
        "Tỉnh chi trả phí mở gian hàng năm đầu, hướng dẫn chụp ảnh sản phẩm và viết mô tả, đồng "
        "thời tổ chức các buổi bán hàng trực tiếp qua mạng mỗi tháng một lần.",
    ),
    (
        "Lão nông giữ nghề làm nón lá bài thơ bên sông Hương",
        "Ở tuổi 78, ông vẫn chuốt vành, khâu lá mỗi ngày và truyền nghề cho các cháu, mong làng "
        "nón không mai một trước hàng công nghiệp giá rẻ.",
    ),
    (
        "Sơn La xuất khẩu lô xoài tượng da xanh đầu tiên sang Australia",
        "Lô hàng 15 tấn được xử lý chiếu xạ, đóng thùng carton in mã vùng trồng và vận chuyển "
        "bằng đường biển từ cảng Hải Phòng trong vòng ba tuần.",
    ),
    (
        "Kon Tum cấp giấy chứng nhận cho 9 sản phẩm từ sâm và mật ong",
        "Đây là đợt công nhận thứ hai trong năm, nâng tổng số sản phẩm đạt 3 sao trở lên của "
        "tỉnh lên hơn 110, phần lớn thuộc nhóm dược liệu và thực phẩm.",
    ),
    (
        "Nông dân Long An chuyển đổi 500 ha lúa kém hiệu quả sang trồng thanh long",
        "Chính quyền hỗ trợ giống, trụ bê tông và bóng đèn chong cho vụ nghịch, đồng thời kết nối "
        "với ba doanh nghiệp xuất khẩu để bao tiêu đầu ra.",
    ),
    (
        "Hà Nam có thêm làng nghề được công nhận sau 20 năm chờ đợi",
        "Làng mây tre đan ở xã Ngọc Động hiện có hơn 400 hộ làm nghề, sản phẩm chủ yếu xuất sang "
        "Nhật Bản, Hàn Quốc và một số nước châu Âu.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ Drupal provincial paper
PAGES["drupal_tinh"] = {
    "long": {
        "title": "Cam sành Hàm Yên giữ thương hiệu nhờ liên kết chuỗi và nhãn OCOP",
        "lead": "Sau nhiều năm lao đao vì giá bấp bênh, người trồng cam ở Hàm Yên đã chuyển sang "
        "sản xuất theo chuỗi, đưa cam sành vào danh sách sản phẩm OCOP 4 sao của tỉnh.",
        "paras": [
            "Tháng mười một, những con đường đất đỏ ở xã Phù Lưu tấp nập xe tải vào ra. Trên các "
            "đồi cam, nhóm thợ hái chia nhau từng hàng cây, cắt quả bằng kéo rồi xếp vào sọt lót "
            "giấy báo. Ông Hoàng Văn Thức, người có gần ba héc ta cam, nói năm nay quả đều, vỏ "
            "mỏng và mọng nước hơn hẳn mấy vụ trước.",
            "Cách đây không lâu, vườn của ông từng bị vàng lá thối rễ, mất gần một nửa số cây. "
            "Giá cam khi đó xuống thấp, có lúc chỉ bán được năm, sáu nghìn đồng một cân, nhiều hộ "
            "trong xóm phải chặt bỏ để trồng keo.",
            "## Làm lại từ quy trình",
            "Bước ngoặt đến khi hợp tác xã cam sành được thành lập, đưa ra quy trình chung cho "
            "các thành viên. Cây phải được tỉa cành sau thu hoạch, bón phân hữu cơ ủ hoai, hạn "
            "chế thuốc trừ sâu và ghi chép nhật ký từng lần phun. Cán bộ khuyến nông của huyện "
            "định kỳ xuống vườn lấy mẫu đất, hướng dẫn cách xử lý nấm bệnh bằng chế phẩm sinh học.",
            "Theo bà Lý Thị Hằng, giám đốc hợp tác xã, khó nhất là thay đổi thói quen. Nhiều hộ "
            "quen bón phân hóa học thật nhiều để quả to, nhưng cam như vậy nhanh héo và kém ngọt. "
            "Hợp tác xã phải làm vườn mẫu, mời bà con đến so sánh tận mắt, sau hai vụ mới thuyết "
            "phục được phần lớn thành viên.",
            "Hiện hợp tác xã có 46 thành viên với khoảng 120 héc ta, toàn bộ đạt chứng nhận "
            "VietGAP. Mỗi thùng cam xuất đi đều dán tem có mã QR, người mua quét mã có thể biết "
            "quả được hái ở vườn nào, ngày nào.",
            "## Nhãn sao mở đường vào siêu thị",
            "Năm 2024, cam sành của hợp tác xã được hội đồng tỉnh đánh giá đạt 4 sao OCOP. Bà "
            "Hằng cho biết chứng nhận này giúp đơn vị ký được hợp đồng với hai chuỗi siêu thị lớn "
            "ở Hà Nội, mỗi tuần giao từ 10 đến 15 tấn trong mùa vụ. Giá bán cho siêu thị ổn định "
            "quanh mức 18.000 đồng một cân, cao hơn bán cho thương lái khoảng 30%.",
            "Bên cạnh quả tươi, hợp tác xã đầu tư máy ép để làm nước cam đóng chai và mứt vỏ cam, "
            "tận dụng những quả nhỏ, xấu mã trước đây phải bán rẻ. Hai sản phẩm chế biến này đang "
            "được hoàn thiện hồ sơ để tham gia đợt đánh giá tiếp theo.",
            "Phó Chủ tịch UBND huyện Hàm Yên cho biết toàn huyện hiện có hơn 8.000 héc ta cam, "
            "là vùng trồng lớn nhất tỉnh. Huyện đặt mục tiêu không mở rộng thêm diện tích mà tập "
            "trung cải tạo vườn già, chuyển dần sang sản xuất hữu cơ ở những vùng có điều kiện.",
            "## Những việc còn phải làm",
            "Dù vậy, người trồng cam vẫn lo về khâu bảo quản. Cam sành chín rộ trong khoảng hai "
            "tháng, nếu không bán kịp, quả rụng và hỏng rất nhanh. Huyện đang kêu gọi doanh nghiệp "
            "đầu tư kho lạnh ngay tại vùng trồng để kéo dài thời gian tiêu thụ.",
            "Ông Thức nói ông không mong giá cam lên thật cao, chỉ cần ổn định để người trồng yên "
            "tâm chăm cây. Trên đồi, những sọt cam cuối cùng của buổi sáng đã được xếp lên xe, "
            "chuẩn bị cho chuyến hàng đi Hà Nội ngay trong đêm.",
        ],
        "captions": [
            "Thợ hái cam trên đồi ở xã Phù Lưu, huyện Hàm Yên. Ảnh: Thanh Phúc",
            "Cam được phân loại và dán tem truy xuất trước khi giao cho siêu thị. Ảnh: Thanh Phúc",
        ],
        "byline": "Thanh Phúc",
        "mid": ["Tuyên Quang có 112 sản phẩm đạt chuẩn sau 5 năm"],
    },
    "brief": {
        "title": "Sơn Dương có thêm 6 sản phẩm đạt chuẩn OCOP 3 sao",
        "lead": "UBND tỉnh vừa quyết định công nhận sáu sản phẩm của huyện Sơn Dương đạt 3 sao OCOP.",
        "paras": [
            "Các sản phẩm gồm chè xanh Hợp Thành, mật ong rừng Tân Trào, măng khô Lương Thiện, "
            "rượu men lá Sơn Nam, bún khô Đông Thọ và chả lợn Sơn Dương. Đây là lần đầu tiên hai xã "
            "Lương Thiện và Đông Thọ có sản phẩm được công nhận.",
            "Huyện hiện có 38 sản phẩm đạt từ 3 sao trở lên và sẽ hỗ trợ các chủ thể in bao bì mới "
            "trước dịp Tết.",
        ],
        "byline": "Minh Hà",
    },
    "non_ocop": {
        "title": "Tuyên Quang sửa chữa 14 cầu treo dân sinh trước mùa mưa lũ năm sau",
        "lead": "Sở Giao thông vận tải cho biết đã rà soát toàn bộ cầu treo trên địa bàn và "
        "chọn ra 14 cây cầu xuống cấp cần sửa chữa gấp.",
        "paras": [
            "Phần lớn các cầu được xây dựng từ hơn mười lăm năm trước, nằm ở các huyện Lâm Bình, "
            "Na Hang và Chiêm Hóa. Qua kiểm tra, nhiều cầu có cáp chủ bị gỉ, mặt cầu bằng gỗ mục, "
            "lan can lỏng lẻo, không bảo đảm an toàn khi nước sông lên cao.",
            "Tổng kinh phí sửa chữa dự kiến khoảng 19 tỷ đồng từ nguồn ngân sách tỉnh và vốn hỗ "
            "trợ của trung ương. Các hạng mục chính là thay cáp, thay mặt cầu bằng bản thép chống "
            "trượt, gia cố mố neo và lắp biển báo tải trọng ở hai đầu cầu.",
            "Trong thời gian thi công, đơn vị quản lý sẽ bố trí đò ngang có áo phao để người dân "
            "qua lại, đồng thời thi công dứt điểm từng cầu trong khoảng bốn đến sáu tuần, tránh "
            "kéo dài sang mùa mưa.",
            "Ông Ma Văn Quang, trưởng thôn Nà Khà, cho biết cây cầu qua thôn là lối đi duy nhất "
            "của gần 300 hộ ra trung tâm xã. Mỗi mùa lũ, người dân đều lo lắng khi cầu rung mạnh, "
            "nhất là lúc học sinh đi học về.",
            "Sở Giao thông vận tải đề nghị các xã tổ chức kiểm tra cầu sau mỗi trận mưa lớn và "
            "báo cáo ngay khi phát hiện hư hỏng, không để người dân và phương tiện qua cầu khi có "
            "dấu hiệu mất an toàn.",
        ],
        "byline": "Quốc Việt",
    },
}

# ------------------------------------------------------------------ Joomla district portal
PAGES["joomla_huyen"] = {
    "long": {
        "title": "Quỳ Hợp phát triển sản phẩm OCOP từ cam, dược liệu và chè vùng cao",
        "lead": "Với lợi thế đất đai và khí hậu, huyện Quỳ Hợp đang xây dựng nhiều sản phẩm OCOP "
        "từ cây trồng bản địa, góp phần nâng thu nhập cho đồng bào các xã miền núi.",
        "paras": [
            "Những năm gần đây, Quỳ Hợp được biết đến là một trong những vùng cam lớn của tỉnh "
            "Nghệ An. Bên cạnh cây cam, các xã vùng cao của huyện còn có diện tích dược liệu như "
            "cà gai leo, hoài sơn, khôi nhung và những nương chè lâu năm của đồng bào Thái.",
            "## Kết quả sau năm năm triển khai",
            "Từ khi triển khai chương trình Mỗi xã một sản phẩm, huyện đã có 24 sản phẩm được "
            "công nhận, trong đó có 5 sản phẩm đạt 4 sao. Các sản phẩm tập trung vào nhóm thực "
            "phẩm và đồ uống như cam tươi, nước cam ép, trà cà gai leo, mật ong hoa rừng và rượu "
            "men lá của người Thái.",
            "Theo Phòng Nông nghiệp huyện, điểm khác biệt so với giai đoạn đầu là các chủ thể đã "
            "chủ động hơn trong việc làm hồ sơ và đầu tư máy móc. Trước đây, phần lớn hồ sơ do cán "
            "bộ huyện hướng dẫn từng bước, nay nhiều hợp tác xã đã tự xây dựng được câu chuyện sản "
            "phẩm, tự đăng ký mã vạch và kiểm nghiệm định kỳ.",
            "## Cây dược liệu dưới tán rừng",
            "Ở xã Châu Thành, hợp tác xã dược liệu do chị Lô Thị Lan làm giám đốc đang trồng hơn "
            "30 héc ta cà gai leo theo hướng hữu cơ. Cây được trồng luân canh, không dùng thuốc "
            "diệt cỏ, thu hoạch khi ra hoa rồi phơi trong nhà sấy năng lượng mặt trời để giữ màu.",
            "Chị Lan kể, những năm đầu sản phẩm chỉ bán dạng khô đóng túi ni lông, giá thấp và "
            "khó vào cửa hàng. Sau khi được hỗ trợ thiết kế bao bì và xây dựng quy trình, trà túi "
            "lọc cà gai leo của hợp tác xã đạt 3 sao, hiện được bán ở nhiều nhà thuốc trong tỉnh. "
            "Mỗi năm hợp tác xã tiêu thụ khoảng 12 tấn sản phẩm, tạo việc làm thường xuyên cho "
            "hơn 20 lao động là người dân tộc Thái.",
            "## Cam Quỳ Hợp vươn xa",
            "Với cây cam, huyện khuyến khích các nhà vườn liên kết thành tổ hợp tác để có sản "
            "lượng đủ lớn ký hợp đồng với doanh nghiệp. Một số trang trại ở thị trấn Quỳ Hợp và "
            "xã Minh Hợp đã đầu tư xưởng sơ chế, máy rửa và phân loại quả tự động, giúp cam có "
            "mẫu mã đồng đều khi vào siêu thị.",
            "Anh Nguyễn Đình Lương, chủ một trang trại 15 héc ta, cho biết nhãn OCOP giúp anh tự "
            "tin khi chào hàng. Nhiều khách ở Hà Nội và Thành phố Hồ Chí Minh đặt mua qua mạng, "
            "anh chỉ cần gửi ảnh giấy chứng nhận là khách tin tưởng. Vụ này trang trại dự kiến "
            "thu khoảng 250 tấn, hơn một nửa đã có đơn đặt trước.",
            "## Những khó khăn cần tháo gỡ",
            "Dù có nhiều kết quả, chương trình ở Quỳ Hợp vẫn gặp không ít trở ngại. Phần lớn chủ "
            "thể là hộ gia đình và hợp tác xã nhỏ, thiếu vốn để mở rộng nhà xưởng. Một số sản phẩm "
            "sau khi được công nhận chưa duy trì được chất lượng, bao bì chậm đổi mới. Việc quảng "
            "bá chủ yếu dựa vào hội chợ do tỉnh tổ chức, chưa có kênh bán hàng ổn định.",
        ],
        "captions": [
            "Thu hoạch cà gai leo ở xã Châu Thành. Ảnh: Hồng Nhung",
            "Cam Quỳ Hợp được phân loại tại xưởng sơ chế. Ảnh: Hồng Nhung",
        ],
        "byline": "Hồng Nhung",
    },
    "brief": {
        "title": "Quỳ Hợp đánh giá, phân hạng 9 sản phẩm OCOP cấp huyện",
        "lead": "",
        "paras": [
            "Ngày 18/11, Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Quỳ Hợp đã họp xem xét "
            "chín sản phẩm của bảy chủ thể trên địa bàn.",
            "Kết quả, tám sản phẩm đạt từ 50 điểm trở lên, gồm cam tươi Minh Hợp, mật ong Châu "
            "Hồng, trà cà gai leo Châu Thành, măng đắng sấy khô, rượu men lá và ba sản phẩm từ "
            "gạo nếp. Riêng sản phẩm nấm sò của một hộ kinh doanh chưa đủ điều kiện vì thiếu phiếu "
            "kiểm nghiệm. Các sản phẩm đạt yêu cầu sẽ được gửi lên hội đồng cấp tỉnh trong tháng tới.",
        ],
        "byline": "Văn phòng HĐND-UBND huyện",
    },
    "non_ocop": {
        "title": "Quỳ Hợp ra quân phòng cháy, chữa cháy rừng mùa khô",
        "lead": "",
        "paras": [
            "Sáng 20/11, Ban chỉ huy phòng cháy chữa cháy rừng huyện Quỳ Hợp tổ chức lễ ra quân "
            "với sự tham gia của lực lượng kiểm lâm, công an, quân sự và dân quân các xã.",
            "Toàn huyện hiện có hơn 60.000 héc ta rừng, trong đó nhiều diện tích rừng trồng thông "
            "và keo nằm sát khu dân cư, có nguy cơ cháy cao trong các tháng khô hanh. Năm qua, "
            "huyện xảy ra hai vụ cháy nhỏ, thiệt hại gần ba héc ta do người dân đốt thực bì làm "
            "nương không có người canh giữ.",
            "Tại buổi lễ, các lực lượng đã diễn tập tình huống dập lửa ở một cánh rừng keo, sử "
            "dụng máy thổi gió, bàn dập lửa và làm đường băng cản lửa. Hạt Kiểm lâm cũng trao tặng "
            "các xã 30 bộ dụng cụ chữa cháy và 500 tờ rơi hướng dẫn người dân.",
            "Phó Chủ tịch UBND huyện yêu cầu các xã lập tổ canh lửa ở thôn, bản, tuyệt đối không "
            "để người dân đốt nương trong những ngày có cảnh báo cháy rừng cấp IV trở lên. Các chủ "
            "rừng phải chuẩn bị sẵn phương án, vật tư tại chỗ và báo cáo ngay khi có cháy.",
        ],
        "byline": "Hạt Kiểm lâm Quỳ Hợp",
    },
}

# ------------------------------------------------------------------ Next.js news site
PAGES["next_ssr"] = {
    "long": {
        "title": "Tinh dầu tràm ven phá Tam Giang bước ra thị trường với nhãn OCOP 4 sao",
        "lead": "Từ nghề nấu dầu thủ công truyền đời, một hợp tác xã ở Phong Điền đã chuẩn hóa "
        "quy trình chưng cất để đưa tinh dầu tràm vào hệ thống nhà thuốc trên cả nước.",
        "paras": [
            "Trên vùng cát trắng ven phá Tam Giang, những rừng tràm gió mọc thành từng dải dài. "
            "Người dân ở đây từ lâu đã biết cắt lá tràm về chưng trong nồi đồng để lấy dầu, dùng "
            "xoa cho trẻ nhỏ mỗi khi trời trở lạnh. Sản phẩm làm ra chủ yếu bán lẻ ở chợ, đựng "
            "trong chai nhựa tái sử dụng, không nhãn mác.",
            "Bà Trần Thị Nguyệt, người đã có hơn ba mươi năm nấu dầu, nhớ lại thời điểm tinh dầu "
            "tràm bị làm giả tràn lan. Nhiều người pha dầu hỏa hoặc hương liệu vào để hạ giá, khiến "
            "khách mua mất lòng tin, người làm thật cũng bị vạ lây.",
            "Năm 2020, bà cùng mười lăm hộ lập hợp tác xã, được hỗ trợ mua hệ thống chưng cất bằng "
            "hơi nước bằng inox. Lá tràm chỉ được cắt vào mùa khô, phơi héo một ngày rồi mới đưa "
            "vào nồi, mỗi mẻ chưng kéo dài khoảng sáu giờ. Dầu thu được để lắng, lọc hai lần trước "
            "khi đóng chai thủy tinh màu nâu.",
            "Hợp tác xã gửi mẫu kiểm nghiệm định kỳ để đo hàm lượng cineol, chất quyết định mùi "
            "thơm và công dụng của tinh dầu. Kết quả luôn đạt trên 60%, cao hơn mức tối thiểu theo "
            "tiêu chuẩn. Mỗi chai đều in số lô, ngày chưng và mã truy xuất.",
            "Năm ngoái, tinh dầu tràm của hợp tác xã được công nhận đạt 4 sao OCOP. Theo bà "
            "Nguyệt, điều quý nhất không phải là con số sao mà là cách làm bài bản mà hợp tác xã "
            "học được trong quá trình chuẩn bị hồ sơ, từ ghi chép sản xuất đến tính giá thành.",
            "Hiện sản phẩm có mặt ở khoảng 300 nhà thuốc tại các tỉnh miền Trung và Hà Nội, bán "
            "qua hai sàn thương mại điện tử và trong các cửa hàng quà lưu niệm tại Huế. Mỗi tháng "
            "hợp tác xã bán khoảng 4.000 chai loại 50 ml, doanh thu năm nay ước đạt 3 tỷ đồng.",
            "Nghề nấu dầu cũng giúp người dân có thêm lý do để giữ rừng. Hợp tác xã quy định "
            "thành viên chỉ cắt tỉa cành lá, không chặt cây, và mỗi năm trồng bổ sung hàng nghìn "
            "cây tràm trên những bãi cát trống. Rừng tràm vì thế vừa là nguồn nguyên liệu, vừa là "
            "lá chắn gió cát cho làng.",
            "Tuy nhiên, hợp tác xã vẫn gặp khó khi cạnh tranh với hàng trôi nổi giá rẻ trên mạng. "
            "Bà Nguyệt mong cơ quan chức năng tăng cường kiểm tra, đồng thời có chương trình quảng "
            "bá chung cho tinh dầu tràm Huế, để người tiêu dùng phân biệt được hàng thật.",
            "Chính quyền huyện cho biết đang hoàn thiện hồ sơ xin bảo hộ chỉ dẫn địa lý cho tinh "
            "dầu tràm của địa phương. Nếu thành công, đây sẽ là công cụ pháp lý quan trọng để "
            "người làm nghề bảo vệ thương hiệu trước hàng giả.",
        ],
        "captions": [
            "Lá tràm được phơi héo trước khi đưa vào nồi chưng cất. Ảnh: Phước Bảo",
            "Tinh dầu được lọc và đóng chai thủy tinh tại xưởng hợp tác xã. Ảnh: Phước Bảo",
        ],
        "byline": "Phước Bảo",
        "mid": ["Những làng nghề ven phá Tam Giang đón khách du lịch trở lại"],
    },
    "brief": {
        "title": "Hà Nội đưa 120 sản phẩm OCOP đến phố đi bộ Hồ Gươm",
        "lead": "Từ tối 27/11, khu vực phố đi bộ Hồ Gươm có thêm không gian trưng bày sản phẩm "
        "OCOP của các quận, huyện.",
        "paras": [
            "Không gian gồm 40 gian hàng, giới thiệu khoảng 120 sản phẩm như chè Ba Vì, gạo nếp "
            "cái hoa vàng, miến dong Minh Hồng, đồ gỗ Chàng Sơn và lụa Vạn Phúc.",
            "Chương trình kéo dài đến hết tháng 12, mở cửa vào các tối cuối tuần.",
        ],
        "byline": "Hà An",
    },
    "non_ocop": {
        "title": "Giá vàng miếng giảm phiên thứ ba liên tiếp",
        "lead": "Sáng nay, giá vàng miếng tại các doanh nghiệp kinh doanh lớn tiếp tục đi xuống, "
        "chênh lệch giữa giá mua và giá bán vẫn ở mức cao.",
        "paras": [
            "Lúc 9 giờ, giá vàng miếng được niêm yết ở mức khoảng 84,5 triệu đồng một lượng chiều "
            "mua vào và 86,5 triệu đồng chiều bán ra, giảm 400.000 đồng so với cuối phiên hôm "
            "qua. Tính chung ba phiên, mỗi lượng đã mất hơn một triệu đồng.",
            "Giá vàng nhẫn trơn cũng giảm theo, phổ biến quanh mức 83 đến 84,2 triệu đồng một "
            "lượng. Tại một số cửa hàng trên phố Trần Nhân Tông, lượng khách đến bán ra nhiều hơn "
            "khách mua vào.",
            "Trên thị trường thế giới, giá vàng giao ngay lùi về gần 2.610 USD một ounce khi đồng "
            "USD tăng giá và nhà đầu tư chờ số liệu lạm phát mới của Mỹ. Quy đổi theo tỷ giá, giá "
            "vàng thế giới thấp hơn giá vàng miếng trong nước khoảng 5 triệu đồng một lượng.",
            "Các chuyên gia khuyên người dân không nên mua đuổi theo biến động ngắn hạn, và chỉ "
            "giao dịch tại các cửa hàng có hóa đơn rõ ràng để tránh rủi ro.",
        ],
        "byline": "Minh Sơn",
    },
}

# ------------------------------------------------------------------ photo story (ảnh)
PAGES["anh_photo"] = {
    "long": {
        "title": "Sắc đỏ làng hương Quảng Phú Cầu những ngày cuối năm",
        "lead": "Cuối năm là mùa bận rộn nhất của làng hương ở ngoại thành Hà Nội, nơi hương vòng "
        "và hương nụ của nhiều hộ đã được công nhận sản phẩm OCOP.",
        "paras": [
            "Làng hương thuộc xã Quảng Phú Cầu, huyện Ứng Hòa, cách trung tâm Hà Nội khoảng 40 "
            "cây số. Nghề làm tăm hương ở đây đã có hơn trăm năm, ban đầu chỉ vài gia đình chẻ tre "
            "làm chân hương bán cho các làng khác, sau mở rộng ra cả thôn.",
            "Vào những tháng cuối năm, khắp các ngõ xóm, sân nhà, bãi đất trống đều được tận dụng "
            "để phơi chân hương. Những bó tăm nhuộm đỏ xòe ra như những bông hoa lớn, trở thành "
            "khung cảnh thu hút người chụp ảnh từ khắp nơi đến.",
            "Công việc bắt đầu từ sáng sớm. Tre được chọn loại già, cưa thành đoạn, chẻ nhỏ rồi "
            "vót bằng máy. Sau đó, chân hương được nhuộm phẩm màu, phơi khô và bó lại theo từng "
            "cỡ. Trước kia mọi khâu đều làm bằng tay, nay nhiều hộ đã đầu tư máy chẻ, máy vót nên "
            "năng suất tăng gấp nhiều lần.",
            "Không chỉ làm chân hương, nhiều cơ sở trong làng đã chuyển sang sản xuất hương thành "
            "phẩm từ bột quế, bột trầm và bột gỗ bách, không dùng hóa chất tạo mùi. Hương vòng và "
            "hương nụ của một số cơ sở đã đạt 3 sao OCOP của thành phố, được bán ở các chùa và "
            "cửa hàng đồ thờ cúng tại nhiều tỉnh.",
            "Bà Nguyễn Thị Thoa, chủ một cơ sở có mười lao động, cho biết mùa cao điểm kéo dài "
            "từ tháng mười đến sát Tết. Mỗi ngày cơ sở xuất đi khoảng hai tấn chân hương, chưa kể "
            "hương thành phẩm đóng hộp. Đơn hàng năm nay nhiều hơn năm ngoái, một phần nhờ khách "
            "biết đến sản phẩm qua các hội chợ do thành phố tổ chức.",
            "Sự nổi tiếng trên mạng xã hội cũng mang đến cho làng một nguồn thu mới. Nhiều hộ mở "
            "cửa cho khách vào chụp ảnh, thu một khoản phí nhỏ hoặc bán kèm nước uống, đồ lưu "
            "niệm. Một số gia đình còn hướng dẫn du khách tự tay se một nén hương để mang về.",
            "Chính quyền xã đang phối hợp với ngành du lịch thành phố xây dựng tuyến tham quan "
            "làng nghề, lắp biển chỉ dẫn và quy hoạch bãi đỗ xe. Người làng mong khách đến đông "
            "nhưng vẫn giữ được nếp làm nghề, để sắc đỏ của làng còn mãi mỗi dịp cuối năm.",
        ],
        "captions": [
            "Những bó chân hương nhuộm đỏ được xòe ra phơi kín sân nhà, tạo thành những vòng tròn "
            "rực rỡ dưới nắng sớm mùa đông ở thôn Cao Xá. Ảnh: Đức Thanh",
            "Người thợ dùng máy vót để làm nhẵn từng thanh tre trước khi nhuộm màu; mỗi ngày một "
            "người có thể vót hàng chục cân chân hương. Ảnh: Đức Thanh",
            "Hương vòng được se thủ công từ bột quế và bột trầm, sau đó treo trên giàn tre cho khô "
            "tự nhiên trong khoảng một tuần. Ảnh: Đức Thanh",
            "Du khách chụp ảnh giữa những bó hương phơi trên bãi đất trống đầu làng, nơi trở "
            "thành điểm hẹn quen thuộc của người yêu nhiếp ảnh. Ảnh: Đức Thanh",
        ],
        "byline": "Ảnh và bài: Đức Thanh",
    },
    "brief": {
        "title": "Mùa hồng treo gió ở Đà Lạt",
        "lead": "Những tuần cuối năm, nhiều cơ sở ở Đà Lạt bước vào mùa làm hồng treo gió, một "
        "đặc sản đã được công nhận sản phẩm OCOP 3 sao.",
        "paras": [
            "Hồng được gọt vỏ, buộc cuống bằng dây rồi treo trong nhà kính thoáng gió khoảng 20 ngày. "
            "Mỗi ngày người làm phải bóp nhẹ từng quả để thịt hồng mềm đều và lên phấn trắng. Giá "
            "hồng treo gió năm nay từ 400.000 đến 500.000 đồng một cân.",
        ],
        "captions": [
            "Những chuỗi hồng treo kín giàn trong nhà kính của một cơ sở ở phường 12, quả chuyển "
            "dần sang màu nâu đỏ sau hai tuần phơi gió. Ảnh: Lâm Viên",
            "Người làm bóp nhẹ từng quả hồng để thịt quả mềm đều. Ảnh: Lâm Viên",
        ],
        "byline": "Lâm Viên",
    },
    "non_ocop": {
        "title": "Hoa tam giác mạch nở sớm trên cao nguyên đá",
        "lead": "Năm nay hoa tam giác mạch ở Hà Giang nở sớm hơn mọi năm khoảng hai tuần, phủ "
        "hồng nhiều thung lũng dọc đường đến Lũng Cú.",
        "paras": [
            "Tam giác mạch vốn là cây lương thực của người Mông, hạt dùng để nấu rượu và làm bánh. "
            "Vài năm gần đây, nhiều hộ trồng để đón khách du lịch, thu phí chụp ảnh từ 20.000 đến "
            "30.000 đồng mỗi người.",
            "Những cánh đồng đẹp nhất tập trung ở Sủng Là, Phố Cáo và dọc quốc lộ 4C. Dịp cuối "
            "tuần, đoạn đường qua dốc Thẩm Mã thường xuyên đông xe, du khách dừng lại chụp ảnh "
            "bên các ruộng hoa nằm giữa núi đá.",
            "Ngành du lịch tỉnh khuyến cáo du khách không bẻ hoa, không giẫm vào ruộng chưa được "
            "chủ nhà cho phép và chú ý an toàn khi dừng xe trên đèo. Mùa hoa dự kiến kéo dài đến "
            "giữa tháng mười hai.",
        ],
        "captions": [
            "Một cánh đồng tam giác mạch nằm giữa thung lũng đá tai mèo ở xã Sủng Là, phía sau là "
            "những ngôi nhà trình tường của người Mông. Ảnh: Hoàng Lâm",
            "Trẻ em người Mông chơi đùa bên ruộng hoa ven quốc lộ 4C. Ảnh: Hoàng Lâm",
            "Du khách dừng xe chụp ảnh tại dốc Thẩm Mã vào sáng cuối tuần. Ảnh: Hoàng Lâm",
        ],
        "byline": "Hoàng Lâm",
    },
}

# ------------------------------------------------------------------ e-magazine / longform
PAGES["emagazine"] = {
    "long": {
        "title": "Hạt gạo tôm - lúa và hành trình thành sản phẩm OCOP",
        "lead": "Trên những cánh đồng vừa nuôi tôm vừa trồng lúa ở Sóc Trăng, người nông dân đã "
        "làm ra loại gạo thơm được công nhận 4 sao OCOP và có mặt ở nhiều thị trường khó tính.",
        "paras": [
            "## Đồng nước lợ",
            "Mùa khô, nước mặn tràn vào ruộng, người dân huyện Mỹ Xuyên thả tôm sú. Khi mưa "
            "xuống rửa mặn, họ gieo lúa ngay trên chính mảnh ruộng ấy. Vòng luân canh một vụ tôm, "
            "một vụ lúa đã có từ lâu, nhưng hạt gạo làm ra trước kia chỉ để ăn trong nhà hoặc bán "
            "xô cho thương lái.",
            "Ông Thạch Sô Phol, người Khmer ở ấp Hòa Lý, có bốn công ruộng tôm - lúa. Ông kể lúa "
            "trồng sau tôm gần như không cần phân bón vì đất còn chất hữu cơ từ vụ nuôi, cũng ít "
            "sâu bệnh nên không phải phun thuốc. Dù vậy, gạo của ông từng bị ép giá như gạo thường.",
            "## Hợp tác xã và giống lúa thơm",
            "Bước ngoặt đến khi hợp tác xã nông nghiệp trong xã liên kết với một doanh nghiệp gạo, "
            "đưa giống lúa thơm vào trồng trên ruộng tôm. Doanh nghiệp cung cấp giống xác nhận, "
            "cử kỹ sư hướng dẫn và cam kết mua lúa tươi cao hơn giá thị trường từ 10 đến 15%.",
            "Đổi lại, các hộ phải sản xuất theo quy trình: không dùng thuốc trừ cỏ, ghi chép nhật "
            "ký đồng ruộng và để cán bộ kỹ thuật lấy mẫu đất, nước trước mỗi vụ. Ban đầu nhiều hộ "
            "ngại ghi chép, nhưng khi thấy tiền bán lúa tăng, họ dần quen.",
            "## Từ ruộng đến bao gạo",
            "Lúa thu hoạch được sấy ngay tại nhà máy của doanh nghiệp trong vòng vài giờ để giữ "
            "mùi thơm. Gạo được xay xát, tách màu, đóng túi hút chân không loại 2 kg và 5 kg, in "
            "mã truy xuất đến từng cánh đồng.",
            "Năm 2023, sản phẩm gạo thơm tôm - lúa của hợp tác xã được hội đồng tỉnh công nhận "
            "đạt 4 sao OCOP. Chứng nhận này giúp gạo vào được các chuỗi siêu thị trong nước và "
            "trở thành một trong những mặt hàng được doanh nghiệp chọn giới thiệu tại hội chợ "
            "thực phẩm ở Singapore, Hà Lan.",
            "## Giữ đồng ruộng sạch",
            "Với người nông dân, lợi ích lớn nhất của mô hình là ruộng tôm khỏe hơn. Khi không còn "
            "dư lượng thuốc từ vụ lúa, tôm nuôi vụ sau ít bệnh, tỷ lệ sống cao hơn. Ông Phol nói "
            "nhà ông ba năm nay không thua vụ tôm nào, điều mà trước đây ông không dám nghĩ tới.",
            "Tuy vậy, mô hình cũng phụ thuộc nhiều vào thời tiết. Năm nào mưa đến muộn, đất chưa "
            "rửa hết mặn, lúa sẽ chết non. Hợp tác xã đã lắp cảm biến đo độ mặn ở các cống chính và "
            "gửi tin nhắn cảnh báo cho thành viên để chọn thời điểm xuống giống phù hợp.",
            "## Phía trước",
            "Tỉnh Sóc Trăng đặt mục tiêu mở rộng vùng tôm - lúa đạt chuẩn lên 30.000 héc ta vào "
            "năm 2030 và xây dựng thương hiệu chung cho gạo của vùng. Với những người như ông "
            "Phol, điều họ mong nhất là đầu ra ổn định, để con cháu còn muốn ở lại với đồng ruộng.",
        ],
        "quotes": [
            "Ba năm nay nhà tôi không thua vụ tôm nào, trước kia không dám nghĩ tới.",
            "Hạt gạo sạch bắt đầu từ con tôm khỏe.",
        ],
        "captions": [
            "Cánh đồng tôm - lúa ở huyện Mỹ Xuyên vào mùa gieo sạ. Ảnh: Trung Hiếu",
        ],
        "byline": "Nội dung: Ngọc Trâm - Ảnh: Trung Hiếu - Thiết kế: Khánh Duy",
    },
    "brief": {
        "title": "Sóc Trăng giới thiệu sản phẩm OCOP tại lễ hội Oóc Om Bóc",
        "lead": "Trong ba ngày lễ hội, khu trưng bày sản phẩm OCOP của tỉnh Sóc Trăng đón hàng "
        "nghìn lượt khách tham quan và mua sắm.",
        "paras": [
            "Khu trưng bày có 35 gian hàng của các huyện, thị xã với những sản phẩm quen thuộc như "
            "bánh pía, lạp xưởng, gạo thơm, mật ong rừng tràm và hành tím Vĩnh Châu. Nhiều chủ thể "
            "cho biết doanh thu trong dịp lễ hội cao gấp ba lần ngày thường.",
        ],
        "byline": "Ngọc Trâm",
    },
    "non_ocop": {
        "title": "Những người giữ rừng ngập mặn ở mũi Cà Mau",
        "lead": "Giữa những đợt sạt lở bờ biển ngày càng dữ dội, các tổ bảo vệ rừng ở Ngọc Hiển "
        "vẫn ngày ngày trồng lại từng cây mắm, cây đước để giữ đất.",
        "paras": [
            "## Bờ biển lùi dần",
            "Anh Lâm Văn Tỏ đã gắn bó với rừng phòng hộ ven biển hơn mười lăm năm. Anh chỉ tay ra "
            "phía xa, nơi từng là bãi bồi có cây mắm mọc dày, giờ chỉ còn sóng đánh trắng xóa. Có "
            "những đoạn, mỗi năm bờ biển lùi vào vài chục mét.",
            "## Trồng lại từng cây",
            "Tổ bảo vệ rừng của anh có tám người, chia nhau tuần tra, ngăn chặn việc chặt phá và "
            "đánh bắt trái phép. Vào mùa gió chướng, họ cùng cán bộ ban quản lý rừng dựng hàng rào "
            "tre giảm sóng, sau đó cấy cây mắm con vào phía trong. Tỷ lệ sống chỉ khoảng một nửa, "
            "nhưng những cây sống sót sẽ giữ phù sa lại cho những lớp cây sau.",
            "## Sinh kế dưới tán rừng",
            "Nhà nước khoán rừng cho các hộ, cho phép họ nuôi tôm, cua dưới tán với tỷ lệ mặt nước "
            "hợp lý. Nguồn thu từ thủy sản giúp người giữ rừng có thể sống được bằng nghề, không "
            "phải bỏ đi làm ăn xa.",
            "Anh Tỏ nói điều anh mong nhất là có thêm kè mềm ở những đoạn sạt nặng, để công sức "
            "trồng rừng không bị sóng cuốn trôi chỉ sau một mùa.",
        ],
        "quotes": ["Mỗi cây mắm sống sót là thêm một tấc đất được giữ lại."],
        "captions": ["Tổ bảo vệ rừng dựng hàng rào tre giảm sóng. Ảnh: Trung Hiếu"],
        "byline": "Nội dung: Ngọc Trâm - Ảnh: Trung Hiếu",
    },
}

# ------------------------------------------------------------------ "tin nhanh" stream site
PAGES["tin_nhanh"] = {
    "long": {
        "title": "Mận tam hoa Bắc Hà đổi đời nhờ chuẩn OCOP và mùa du lịch hoa trắng",
        "lead": "Từ loại quả chỉ bán ở chợ phiên, mận tam hoa Bắc Hà đã thành sản phẩm OCOP 4 sao, "
        "giúp nhiều hộ người Mông, người Tày thoát nghèo.",
        "paras": [
            "Bắc Hà có khoảng 1.000 héc ta mận tam hoa, trồng nhiều ở các xã Tà Chải, Na Hối và "
            "thị trấn Bắc Hà. Mùa xuân, cả cao nguyên phủ trắng hoa mận, đến đầu hè quả chín đỏ "
            "tím, vị giòn, chua ngọt, được nhiều người ở miền xuôi ưa chuộng.",
            "Trước đây, người trồng mận chỉ biết hái quả gùi ra chợ hoặc bán cho thương lái đến "
            "tận vườn. Những năm được mùa, giá mận rớt xuống vài nghìn đồng một cân, nhiều nhà để "
            "quả rụng đầy gốc vì không bõ công hái.",
            "Năm 2019, hợp tác xã mận tam hoa được thành lập với sự hỗ trợ của huyện. Các thành "
            "viên được tập huấn tỉa cành, bao quả để hạn chế ruồi vàng, thu hái đúng độ chín và "
            "phân loại theo kích cỡ. Hợp tác xã đầu tư kho lạnh 50 tấn để kéo dài thời gian bán.",
            "Nhờ làm đúng quy trình, quả mận của hợp tác xã đồng đều, bảo quản được lâu hơn. Năm "
            "2022, mận tam hoa Bắc Hà được tỉnh Lào Cai công nhận đạt 4 sao OCOP. Từ đó, sản phẩm "
            "vào được các hệ thống siêu thị và bán qua sàn thương mại điện tử với giá 35.000 đến "
            "45.000 đồng một cân, cao hơn nhiều so với trước.",
            "Chị Giàng Thị Dua ở xã Tà Chải có 400 gốc mận. Chị cho biết mỗi vụ gia đình thu khoảng "
            "bốn tấn quả, trừ chi phí còn lãi trên 100 triệu đồng. Với số tiền ấy, chị đã xây được "
            "nhà mới và cho hai con xuống thành phố học.",
            "Ngoài quả tươi, hợp tác xã còn làm mận sấy dẻo, rượu mận và ô mai mận để tiêu thụ "
            "vào những tháng không có quả. Các sản phẩm chế biến này đang được hoàn thiện hồ sơ "
            "để tham gia đợt đánh giá tiếp theo.",
            "Cây mận còn gắn với du lịch. Mùa hoa từ tháng một đến tháng hai, các thung lũng mận "
            "đón hàng chục nghìn lượt khách. Nhiều hộ làm homestay, bán đồ ăn, thu phí chụp ảnh, "
            "có thêm nguồn thu ngay trong mùa chưa có quả.",
            "Huyện Bắc Hà cho biết sẽ tiếp tục cải tạo các vườn mận già, khuyến khích trồng xen "
            "cây mới và xây dựng tuyến du lịch gắn với mùa hoa, mùa quả để người dân có thu nhập "
            "quanh năm.",
        ],
        "captions": ["Chị Giàng Thị Dua thu hoạch mận tại vườn nhà ở xã Tà Chải. Ảnh: Sùng Pao"],
        "byline": "Sùng Pao",
    },
    "brief": {
        "title": "Lào Cai công nhận 12 sản phẩm OCOP mới",
        "lead": "",
        "paras": [
            "UBND tỉnh Lào Cai vừa công nhận 12 sản phẩm đạt chuẩn OCOP năm 2026, trong đó có hai "
            "sản phẩm 4 sao là chè Shan tuyết Y Tý và thịt lợn đen gác bếp Mường Khương.",
            "Mười sản phẩm còn lại đạt 3 sao, chủ yếu là dược liệu, mật ong và rượu ngô. Toàn tỉnh "
            "hiện có hơn 200 sản phẩm được công nhận, với khoảng 160 chủ thể.",
        ],
        "byline": "P.V",
    },
    "non_ocop": {
        "title": "Tạm dừng lưu thông qua đèo Ô Quy Hồ do sương mù dày đặc",
        "lead": "",
        "paras": [
            "Từ 5 giờ sáng nay, lực lượng chức năng tạm dừng các phương tiện qua đèo Ô Quy Hồ trên "
            "quốc lộ 4D do sương mù dày, tầm nhìn xa chỉ còn dưới 20 mét.",
            "Các xe khách và xe tải đi từ Lào Cai sang Lai Châu được hướng dẫn dừng tại bãi đỗ ở "
            "đầu đèo. Dự kiến đường sẽ thông trở lại khi sương tan, khoảng 9 giờ cùng ngày. Người "
            "dân nên theo dõi thông báo của cảnh sát giao thông trước khi lên đường.",
        ],
        "byline": "Tuấn Ly",
    },
}

# ------------------------------------------------------------------ interview magazine
PAGES["phong_van"] = {
    "long": {
        "title": "Chương trình OCOP phải chuyển từ chạy theo số lượng sang nâng chất lượng",
        "lead": "Sau gần mười năm triển khai, chương trình Mỗi xã một sản phẩm ở Quảng Trị đã có "
        "gần 200 sản phẩm. Phóng viên đã trao đổi với ông Lê Hữu Tâm, Phó Giám đốc Sở Nông nghiệp "
        "và Môi trường tỉnh, về những việc cần làm trong giai đoạn tới.",
        "paras": [
            "?? PV: Thưa ông, sau gần mười năm, ông đánh giá thế nào về kết quả chương trình OCOP "
            "của tỉnh?",
            "Ông Lê Hữu Tâm: Chương trình đã tạo chuyển biến rõ trong cách nghĩ, cách làm của "
            "người sản xuất ở nông thôn. Trước đây, nhiều sản phẩm đặc sản chỉ bán quanh chợ xã, "
            "không nhãn mác, không kiểm nghiệm. Nay tỉnh có gần 200 sản phẩm đạt từ 3 sao trở lên, "
            "trong đó có 14 sản phẩm 4 sao và một sản phẩm tiềm năng 5 sao là cà phê Khe Sanh.",
            "Điều tôi thấy quý nhất là đội ngũ chủ thể đã trưởng thành. Nhiều hợp tác xã giờ tự "
            "làm được kế hoạch kinh doanh, tự tìm thị trường, không còn trông chờ hoàn toàn vào hỗ "
            "trợ của nhà nước.",
            "?? PV: Nhưng cũng có ý kiến cho rằng nhiều sản phẩm sau khi được gắn sao thì chững "
            "lại, thậm chí ngừng sản xuất?",
            "Ông Lê Hữu Tâm: Đúng là có tình trạng đó. Qua rà soát, khoảng 15% sản phẩm không còn "
            "duy trì được sản xuất ổn định hoặc không đăng ký đánh giá lại khi hết hạn chứng nhận. "
            "Nguyên nhân chủ yếu là chủ thể quá nhỏ, vốn ít, khi hết hỗ trợ thì không đủ sức đầu "
            "tư tiếp. Cũng có nơi chạy theo chỉ tiêu, đưa sản phẩm đi đánh giá khi chưa thật sự sẵn "
            "sàng.",
            "Vì vậy, giai đoạn tới chúng tôi không đặt nặng số lượng sản phẩm mới mà tập trung "
            "nâng hạng, củng cố những sản phẩm đã có, nhất là các sản phẩm có vùng nguyên liệu "
            "lớn như cà phê, hồ tiêu, dược liệu và hải sản chế biến.",
            "?? PV: Cụ thể, tỉnh sẽ hỗ trợ chủ thể như thế nào?",
            "Ông Lê Hữu Tâm: Có ba nhóm việc chính. Thứ nhất là hỗ trợ đổi mới công nghệ, máy móc "
            "và nhà xưởng đạt chuẩn an toàn thực phẩm. Thứ hai là hỗ trợ kiểm nghiệm định kỳ, "
            "truy xuất nguồn gốc và đăng ký nhãn hiệu. Thứ ba là xúc tiến thương mại, đưa sản phẩm "
            "vào siêu thị, sàn thương mại điện tử và các điểm du lịch trên tuyến Đường 9.",
            "Chúng tôi cũng khuyến khích các doanh nghiệp lớn đứng ra làm đầu mối, liên kết với "
            "hợp tác xã và hộ dân. Doanh nghiệp có vốn, có thị trường; người dân có nguyên liệu và "
            "kinh nghiệm. Khi hai bên gắn kết thì sản phẩm mới đi xa được.",
            "?? PV: Với các xã miền núi, nơi đồng bào Vân Kiều, Pa Kô sinh sống, chương trình có "
            "gì khác biệt?",
            "Ông Lê Hữu Tâm: Ở miền núi, sản phẩm thường gắn với tri thức bản địa như rượu cần, "
            "chuối hột, măng rừng, thổ cẩm. Cái khó là quy mô rất nhỏ và người dân chưa quen với "
            "các thủ tục. Chúng tôi cử cán bộ xuống tận bản, hướng dẫn từng bước, đồng thời lồng "
            "ghép với các chương trình giảm nghèo để có thêm nguồn lực hỗ trợ.",
            "?? PV: Ông kỳ vọng gì vào chương trình trong năm năm tới?",
            "Ông Lê Hữu Tâm: Tôi mong mỗi sản phẩm được gắn sao phải là một sản phẩm thật sự có "
            "chỗ đứng trên thị trường, có người mua thường xuyên, chứ không chỉ là tấm giấy chứng "
            "nhận treo trên tường. Nếu làm được như vậy, chương trình sẽ góp phần thiết thực vào "
            "việc nâng thu nhập cho người dân nông thôn.",
            "?? PV: Xin cảm ơn ông!",
        ],
        "captions": ["Ông Lê Hữu Tâm trao đổi với phóng viên. Ảnh: Hải Đăng"],
        "byline": "Hải Đăng (thực hiện)",
    },
    "brief": {
        "title": "Cà phê Khe Sanh được đề xuất đánh giá OCOP 5 sao",
        "lead": "Hội đồng cấp tỉnh Quảng Trị vừa thống nhất đề xuất đưa sản phẩm cà phê rang xay "
        "Khe Sanh lên Trung ương đánh giá, phân hạng 5 sao.",
        "paras": [
            "Sản phẩm của một hợp tác xã ở huyện Hướng Hóa đạt 92 điểm ở cấp tỉnh, được đánh giá "
            "cao về vùng nguyên liệu trên 200 héc ta, quy trình rang riêng theo từng lô và hồ sơ "
            "truy xuất đầy đủ. Nếu được công nhận, đây sẽ là sản phẩm 5 sao đầu tiên của tỉnh.",
        ],
        "byline": "Hải Đăng",
    },
    "non_ocop": {
        "title": "Bác sĩ: Tiêm vắc xin cúm trước mùa đông là cách phòng bệnh hiệu quả nhất",
        "lead": "Số ca cúm tại các bệnh viện miền Trung đang tăng. Phóng viên trao đổi với bác sĩ "
        "Phan Thị Mỹ Linh, Khoa Truyền nhiễm, về cách phòng bệnh.",
        "paras": [
            "?? PV: Thưa bác sĩ, vì sao số ca cúm tăng vào thời điểm này?",
            "Bác sĩ Phan Thị Mỹ Linh: Thời tiết chuyển lạnh, độ ẩm cao là điều kiện thuận lợi để "
            "virus lây lan. Trẻ nhỏ đi học, người lớn tuổi ít vận động ngoài trời nên dễ mắc bệnh "
            "hơn. Khoa chúng tôi hiện tiếp nhận nhiều gấp đôi so với tháng trước.",
            "?? PV: Những ai cần đặc biệt lưu ý?",
            "Bác sĩ Phan Thị Mỹ Linh: Người trên 65 tuổi, phụ nữ mang thai, trẻ dưới năm tuổi và "
            "người có bệnh nền như tiểu đường, tim mạch, bệnh phổi mạn tính. Nhóm này nếu mắc cúm "
            "dễ chuyển nặng, có thể bị viêm phổi.",
            "?? PV: Bác sĩ có lời khuyên gì cho người dân?",
            "Bác sĩ Phan Thị Mỹ Linh: Cách tốt nhất là tiêm vắc xin mỗi năm một lần, nên tiêm "
            "trước mùa lạnh khoảng hai tuần. Ngoài ra cần rửa tay thường xuyên, đeo khẩu trang nơi "
            "đông người và không tự ý dùng kháng sinh khi bị sốt. Nếu sốt cao kéo dài hoặc khó thở, "
            "người bệnh cần đến cơ sở y tế ngay.",
        ],
        "byline": "Hải Đăng",
    },
}

# ------------------------------------------------------------------ district portal, table layout
PAGES["huyen_table"] = {
    "long": {
        "title": "Yên Thế nâng cao giá trị gà đồi qua chương trình OCOP",
        "lead": "Gà đồi Yên Thế không chỉ là đặc sản nổi tiếng mà còn là sản phẩm chủ lực giúp "
        "hàng nghìn hộ dân của huyện có thu nhập ổn định.",
        "paras": [
            "Huyện Yên Thế hiện có tổng đàn gà khoảng 6 triệu con, sản lượng xuất chuồng mỗi năm "
            "trên 30.000 tấn. Gà được nuôi thả trên đồi vải, đồi keo, vận động nhiều nên thịt "
            "chắc, da giòn, được người tiêu dùng nhiều tỉnh thành ưa chuộng.",
            "Thời gian qua, huyện đã xác định gà đồi là sản phẩm trọng tâm của chương trình OCOP. "
            "Từ chỗ chỉ bán gà sống cho thương lái, nay đã có nhiều cơ sở giết mổ tập trung, sơ "
            "chế, đóng gói gà nguyên con hút chân không và chế biến các món như gà ủ muối, chân "
            "gà rút xương, gà ướp mắc khén.",
            "Đến nay, huyện có 15 sản phẩm từ gà đạt chuẩn OCOP, trong đó có 4 sản phẩm đạt 4 sao. "
            "Các sản phẩm đều có tem truy xuất nguồn gốc, được bán tại siêu thị, cửa hàng thực phẩm "
            "sạch ở Hà Nội, Bắc Ninh, Hải Phòng và trên các sàn thương mại điện tử.",
            "Để giữ chất lượng, huyện đã hướng dẫn các hộ chăn nuôi áp dụng quy trình an toàn "
            "sinh học: chuồng trại cách xa nhà ở, có hố sát trùng, tiêm phòng đầy đủ và ghi chép "
            "sổ theo dõi đàn gà. Hiện có hơn 100 trang trại được cấp giấy chứng nhận VietGAHP.",
            "Anh Thân Văn Hùng ở xã Tam Tiến là một trong những chủ thể đầu tiên có sản phẩm đạt "
            "4 sao. Trang trại của anh nuôi thường xuyên 10.000 con, kết hợp với lò giết mổ đạt "
            "chuẩn. Anh cho biết từ khi có chứng nhận, giá bán gà thành phẩm cao hơn khoảng 20% và "
            "đơn hàng ổn định quanh năm, không còn cảnh lo ép giá mỗi khi vào vụ.",
            "Hằng năm, huyện tổ chức Hội chợ gà đồi và sản phẩm OCOP vào dịp đầu xuân, thu hút "
            "hàng chục nghìn lượt khách. Hội chợ không chỉ giúp tiêu thụ sản phẩm mà còn là dịp "
            "để các hộ chăn nuôi học hỏi kinh nghiệm, kết nối với doanh nghiệp phân phối.",
            "Tuy nhiên, việc phát triển sản phẩm còn gặp một số khó khăn. Giá thức ăn chăn nuôi "
            "tăng cao, dịch bệnh tiềm ẩn nguy cơ bùng phát, nhiều hộ chăn nuôi nhỏ lẻ chưa tham gia "
            "liên kết nên khó kiểm soát chất lượng. Tình trạng gà nơi khác mạo danh gà đồi Yên Thế "
            "vẫn còn xảy ra trên thị trường.",
            "Thời gian tới, huyện sẽ tiếp tục hỗ trợ xây dựng các chuỗi liên kết từ chăn nuôi đến "
            "giết mổ và tiêu thụ, tăng cường quản lý nhãn hiệu tập thể, đồng thời khuyến khích "
            "các chủ thể đầu tư chế biến sâu để nâng cao giá trị sản phẩm.",
        ],
        "captions": ["Gà đồi được nuôi thả dưới tán vải ở xã Tam Tiến"],
        "attribution": "Nguồn: Phòng Nông nghiệp và Môi trường huyện",
    },
    "brief": {
        "title": "Xã Đồng Hưu có sản phẩm OCOP đầu tiên",
        "lead": "",
        "paras": [
            "Sản phẩm mật ong hoa rừng của tổ hợp tác nuôi ong xã Đồng Hưu vừa được UBND tỉnh công "
            "nhận đạt 3 sao OCOP. Đây là sản phẩm đầu tiên của xã đạt chuẩn.",
            "Tổ hợp tác có 12 thành viên, nuôi khoảng 600 đàn ong, mỗi năm cho sản lượng 8 tấn mật. "
            "Sau khi được công nhận, sản phẩm được hỗ trợ in bao bì và giới thiệu tại điểm bán "
            "hàng của huyện.",
        ],
        "attribution": "Nguồn: UBND xã Đồng Hưu",
    },
    "non_ocop": {
        "title": "Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026",
        "lead": "",
        "paras": [
            "Thực hiện Luật Tiếp công dân, Chủ tịch UBND huyện Yên Thế thông báo lịch tiếp công dân "
            "định kỳ tháng 12 năm 2026 như sau.",
            "Thời gian: ngày 15 tháng 12, buổi sáng từ 7 giờ 30 phút đến 11 giờ 30 phút; buổi chiều "
            "từ 13 giờ 30 phút đến 17 giờ. Nếu trùng ngày nghỉ, lịch tiếp chuyển sang ngày làm việc "
            "kế tiếp.",
            "Địa điểm: Trụ sở Tiếp công dân huyện, đường Hoàng Hoa Thám, thị trấn Cầu Gồ.",
            "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo căn cước "
            "và các giấy tờ, tài liệu liên quan. Trường hợp ủy quyền phải có giấy ủy quyền hợp lệ. "
            "Những vụ việc đã được giải quyết đúng chính sách, pháp luật sẽ không tiếp lần hai.",
            "Đề nghị UBND các xã, thị trấn thông báo rộng rãi lịch tiếp công dân này trên hệ thống "
            "loa truyền thanh để nhân dân được biết.",
        ],
        "attribution": "Nguồn: Văn phòng HĐND và UBND huyện",
    },
}

# ------------------------------------------------------------------ modern Tailwind news site
PAGES["tailwind_news"] = {
    "long": {
        "title": "Nước mắm Nam Ô giữ lửa nghề trăm năm với nhãn OCOP 4 sao",
        "lead": "Giữa tốc độ đô thị hóa của Đà Nẵng, làng chài Nam Ô vẫn giữ được nghề làm nước "
        "mắm truyền thống và đưa sản phẩm lên tầm OCOP 4 sao.",
        "paras": [
            "Làng Nam Ô nằm bên vịnh Đà Nẵng, dưới chân đèo Hải Vân. Nghề làm nước mắm ở đây có từ "
            "hàng trăm năm, từng là nguồn tiến vua thời nhà Nguyễn. Mỗi độ tháng ba, khi cá cơm "
            "vào mùa, cả làng lại tất bật muối cá trong những chiếc chum sành lớn.",
            "Bà Trần Thị Mỹ, người có hơn 40 năm làm mắm, cho biết bí quyết của mắm Nam Ô nằm ở "
            "cá cơm than tươi, muối hạt to phơi kỹ và thời gian ủ đủ mười hai tháng. Cá được trộn "
            "muối theo tỷ lệ ba cá một muối, nén chặt, đậy kín rồi phơi nắng. Trong suốt năm, "
            "người làm phải thường xuyên kiểm tra, đảo chượp để mắm chín đều.",
            "## Khi làng nghề thu hẹp",
            "Những năm trước, làng nghề đứng trước nguy cơ mai một. Đất làng bị thu hẹp bởi các "
            "dự án đô thị, nguồn cá cơm ven bờ ít dần, nhiều người trẻ bỏ nghề đi làm công nhân. "
            "Có thời điểm cả làng chỉ còn chưa tới hai mươi hộ làm mắm.",
            "Năm 2020, các hộ làm nghề thành lập hợp tác xã, được thành phố hỗ trợ xây nhà xưởng "
            "đạt chuẩn, mua chum, thùng ủ bằng gỗ và thiết bị lọc, đóng chai. Hợp tác xã thống "
            "nhất một quy trình chung, từ khâu chọn cá đến đóng chai, để sản phẩm có chất lượng "
            "đồng đều.",
            "## Nhãn sao và thị trường mới",
            "Năm 2022, nước mắm Nam Ô của hợp tác xã được công nhận đạt 4 sao OCOP. Sản phẩm hiện "
            "có mặt tại các siêu thị, cửa hàng đặc sản ở Đà Nẵng và nhiều tỉnh, giá bán từ 150.000 "
            "đến 300.000 đồng một lít tùy độ đạm. Hợp tác xã cũng bán qua các trang mạng xã hội và "
            "giao hàng đi khắp cả nước.",
            "Anh Lê Văn Hòa, giám đốc hợp tác xã, cho biết mỗi năm đơn vị sản xuất khoảng 40.000 "
            "lít. Lượng khách du lịch đến làng tham quan, mua mắm làm quà cũng tăng đáng kể. Nhiều "
            "đoàn khách còn được trải nghiệm trộn cá, nếm mắm từ chum và nghe kể chuyện làng.",
            "## Giữ nghề cho thế hệ sau",
            "Thành phố đã công nhận làng nghề truyền thống nước mắm Nam Ô và đưa vào đề án phát "
            "triển du lịch ven biển. Hợp tác xã đang mở lớp truyền nghề cho thanh niên trong làng, "
            "đồng thời đề xuất bảo tồn một khu vực ven biển để làm nơi phơi chượp và trưng bày.",
            "Bà Mỹ nói bà vui khi thấy các cháu trong nhà đã biết muối cá, lọc mắm. Với bà, giữ "
            "được nghề là giữ được hồn của làng chài.",
        ],
        "captions": [
            "Bà Trần Thị Mỹ kiểm tra chượp cá trong chum sành. Ảnh: Hoài Sơn",
            "Nước mắm được lọc và đóng chai tại xưởng của hợp tác xã. Ảnh: Hoài Sơn",
        ],
        "byline": "Hoài Sơn",
        "mid": ["Đà Nẵng xây dựng bản đồ làng nghề phục vụ du lịch"],
    },
    "brief": {
        "title": "Đà Nẵng mở điểm bán sản phẩm OCOP tại chợ Hàn",
        "lead": "Sáng 22/11, điểm giới thiệu và bán sản phẩm OCOP đầu tiên đặt trong chợ truyền "
        "thống của Đà Nẵng đã chính thức mở cửa.",
        "paras": [
            "Điểm bán rộng khoảng 60 mét vuông ở tầng trệt chợ Hàn, trưng bày hơn 80 sản phẩm của "
            "thành phố và các tỉnh miền Trung như nước mắm Nam Ô, chè Hòa Vang, rượu Hồng Đào, "
            "bánh khô mè. Ban quản lý chợ cho biết điểm bán phục vụ chủ yếu khách du lịch.",
        ],
        "byline": "Hoài Sơn",
    },
    "non_ocop": {
        "title": "Sinh viên Đà Nẵng chế tạo robot phân loại rác tự động",
        "lead": "Nhóm sinh viên năm ba của một trường đại học kỹ thuật đã làm ra robot có thể "
        "nhận diện và phân loại chai nhựa, lon kim loại và giấy với độ chính xác trên 90%.",
        "paras": [
            "Robot gồm một băng chuyền nhỏ, camera và cánh tay gắp điều khiển bằng máy tính nhúng. "
            "Khi rác được đổ lên băng chuyền, camera chụp ảnh từng vật, phần mềm nhận diện loại "
            "vật liệu rồi ra lệnh cho cánh tay gắp bỏ vào thùng tương ứng.",
            "Trưởng nhóm Nguyễn Hoàng Phúc cho biết cả nhóm mất tám tháng để thu thập hơn 20.000 "
            "ảnh rác thải thực tế và huấn luyện mô hình. Tổng chi phí làm robot khoảng 25 triệu "
            "đồng, phần lớn là tiền mua linh kiện.",
            "Sản phẩm vừa giành giải nhì cuộc thi sáng tạo kỹ thuật của thành phố. Nhóm dự định "
            "thử nghiệm robot tại một điểm tập kết rác của phường trong thời gian tới.",
        ],
        "byline": "Thu Trang",
    },
}
