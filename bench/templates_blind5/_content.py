"""Texts of the fifth blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading and "?? " a
question: both body text, the marker is not), captions (image/graphic captions: NOT body),
byline, attribution ("Theo …"/"Nguồn: …": not body), mid (headlines of a mid-body box: chrome).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Sơn La có thêm 19 sản phẩm OCOP được công nhận trong quý IV",
    "Nước sông Hồng xuống thấp, trạm bơm phải nạo vét cửa hút",
    "Phiên chợ OCOP cuối tuần thu hút đông khách tại công viên Thống Nhất",
    "Khánh thành nhà văn hóa thôn ở xã vùng lũ",
    "Những điểm mới trong bộ tiêu chí chấm điểm sản phẩm OCOP",
    "Giá thức ăn chăn nuôi giảm lần thứ ba trong năm",
    "Nữ chủ thể OCOP đưa bánh gai quê lên sàn thương mại điện tử",
    "Trạm y tế xã được cấp máy siêu âm mới",
    "Tỉnh yêu cầu rà soát sản phẩm OCOP sắp hết hạn chứng nhận",
    "Nông dân trồng dưa hấu trái vụ trên đất bãi",
    "Liên hoan văn nghệ quần chúng các xã vùng cao",
    "Cơ sở làm nem chua đạt 4 sao OCOP mở rộng nhà xưởng",
    "Điều chỉnh giờ chạy tuyến xe buýt nội tỉnh từ tháng 12",
    "Đưa sản phẩm OCOP vào chuỗi siêu thị ở các khu công nghiệp",
    "Quyên góp chăn ấm cho học sinh bán trú",
    "Cảnh báo sương muối ở vùng núi phía Bắc trong tuần tới",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Cao Bằng công nhận 17 sản phẩm sau đợt chấm điểm tháng 11",
        "Danh sách gồm hạt dẻ rang, lạp sườn hun khói, bánh cuốn khô và mấy loại trà lá rừng; "
        "hai sản phẩm lần đầu đạt 4 sao sẽ được tỉnh hỗ trợ đi hội chợ ở Hà Nội.",
    ),
    (
        "Làng hoa ven đô tất bật vào vụ Tết",
        "Các nhà vườn đã bấm ngọn, tỉa lá cho đào và quất từ đầu tháng, thương lái ở các tỉnh "
        "miền Trung bắt đầu về đặt cọc với giá cao hơn năm ngoái một chút.",
    ),
    (
        "Hợp tác xã nấm rơm mở thêm lò ủ rơm thứ hai",
        "Lò mới giúp rút ngắn thời gian ủ, giảm mùi và tận dụng rơm sau thu hoạch của cả xóm, "
        "thay vì đốt ngoài đồng gây khói cho khu dân cư.",
    ),
    (
        "Quảng Nam in bản đồ du lịch kèm điểm bán đặc sản OCOP",
        "Tấm bản đồ gấp được phát miễn phí tại các khách sạn, chỉ đường tới những cơ sở bán "
        "nước mắm, bánh tráng và sâm núi đã được gắn sao.",
    ),
    (
        "Tàu cá Phú Yên trúng mùa cá ngừ đại dương",
        "Sau chuyến biển kéo dài ba tuần, nhiều tàu cập cảng với sản lượng tốt; giá thu mua tại "
        "cảng cá ổn định nhờ các doanh nghiệp xuất khẩu tăng đơn hàng.",
    ),
    (
        "Lớp học livestream bán hàng cho thanh niên nông thôn",
        "Bốn mươi học viên thực hành dựng khung hình bằng điện thoại, nói chuyện trước ống kính "
        "và xử lý đơn hàng phát sinh trong buổi phát trực tiếp đầu tiên của mình.",
    ),
    (
        "Bến Tre liên kết trồng dừa hữu cơ với doanh nghiệp chế biến",
        "Doanh nghiệp hỗ trợ chứng nhận và cam kết thu mua trái dừa khô theo giá sàn trong năm "
        "năm, các hộ tham gia phải ghi nhật ký bón phân theo mẫu.",
    ),
    (
        "Phố cổ mở lại đêm nhạc truyền thống sau mùa mưa",
        "Chương trình diễn vào tối thứ bảy hằng tuần trên sân khấu bến sông, có thêm tiết mục "
        "hát bài chòi và một gian trưng bày đồ thủ công của người dân.",
    ),
    (
        "Ninh Thuận nâng hạng 9 sản phẩm OCOP lên 4 sao",
        "Các sản phẩm được nâng hạng chủ yếu là nho sấy, táo xanh ngâm đường, rượu vang nho và "
        "muối tôm, phần lớn của các hợp tác xã ven biển.",
    ),
    (
        "Nông dân miền núi bán sớm gừng vì được giá",
        "Gừng củ già được thu mua tại ruộng với giá khá, nhiều hộ tranh thủ dỡ sớm để kịp xuống "
        "giống ngô đông trước khi trời trở lạnh.",
    ),
    (
        "Thú y huyện tiêm phòng dại cho đàn chó mèo",
        "Cán bộ thú y lập điểm tiêm tại nhà văn hóa các thôn, ghi sổ theo dõi và nhắc các hộ nuôi "
        "phải xích, rọ mõm khi đưa vật nuôi ra đường.",
    ),
    (
        "Hạt mắc ca Tây Nguyên được đăng ký nhãn hiệu tập thể",
        "Nhãn hiệu giúp phân biệt hạt trồng ở vùng đất đỏ bazan với hàng nhập trôi nổi, hơn ba "
        "trăm hộ trồng trong vùng được dùng chung tem nhận diện.",
    ),
    (
        "Khởi công đường tràn qua suối ở xã biên giới",
        "Công trình giúp xe chở nông sản đi qua được trong mùa mưa, rút ngắn quãng đường vận "
        "chuyển từ bản ra trung tâm xã gần mười cây số.",
    ),
]

# Reader comments under articles (chrome on every page; several name OCOP, some are long).
COMMENTS = [
    (
        "Hoàng Minh Đức · Thái Bình",
        "Tôi mua thử mấy sản phẩm có tem OCOP ở hội chợ, chất lượng đúng là khá hơn hàng trôi "
        "nổi ngoài chợ, nhưng giá vẫn cao so với thu nhập người lao động. Mong các cơ sở tính "
        "thêm loại bao bì nhỏ để người dân dễ mua dùng hằng ngày.",
    ),
    (
        "Lê Thu Trang",
        "Quê tôi cũng có nghề làm bánh truyền thống mà chưa ai đứng ra làm hồ sơ, các cụ làm "
        "giỏi nhưng không biết giấy tờ. Xã nên cử người xuống hướng dẫn tận nhà thì tốt.",
    ),
    (
        "Phạm Quốc Việt · Hà Nội",
        "Bài viết hay, cảm ơn tác giả. Mình nghĩ quan trọng nhất vẫn là giữ chất lượng sau khi "
        "được gắn sao, chứ đừng để đến lúc đánh giá lại mới lo sửa sang.",
    ),
    (
        "Trần Thị Ngọc Hân · Cần Thơ",
        "Năm ngoái tôi đặt hàng qua trang của hợp tác xã, giao nhanh, đóng gói cẩn thận, có "
        "cả tờ hướng dẫn bảo quản. Sẽ ủng hộ tiếp vào dịp Tết năm nay.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ live blog (tường thuật)
PAGES["live_blog"] = {
    "long": {
        "title": "Trực tiếp: Khai mạc Hội chợ sản phẩm OCOP vùng Tây Bắc 2026",
        "lead": "Sáng nay tại quảng trường trung tâm thành phố Sơn La, hội chợ sản phẩm OCOP "
        "vùng Tây Bắc chính thức khai mạc với gần hai trăm gian hàng của tám tỉnh. Phóng viên "
        "cập nhật diễn biến từ hiện trường.",
        "paras": [
            "## Các gian hàng đã sẵn sàng",
            "Từ sáu giờ sáng, các chủ thể đã có mặt để sắp xếp hàng hóa lần cuối. Khu gian hàng "
            "được chia theo tỉnh, mỗi tỉnh một màu mái che riêng để khách dễ tìm. Khu của Lai Châu "
            "bày nhiều nhất là chè, miến dong và sâm, còn Điện Biên mang đến gạo nếp, cà phê và "
            "thịt trâu gác bếp.",
            "Ban tổ chức cho biết năm nay có 196 gian hàng với khoảng một nghìn hai trăm sản phẩm, "
            "trong đó gần bảy trăm sản phẩm đã được công nhận OCOP từ 3 sao trở lên. Lần đầu tiên "
            "có một khu riêng cho các sản phẩm dự kiến được đánh giá trong năm tới, để chủ thể "
            "nghe ý kiến của khách trước khi hoàn thiện.",
            "## Lễ khai mạc",
            "Đúng tám giờ, lễ khai mạc bắt đầu bằng màn múa xòe của hơn một trăm diễn viên quần "
            "chúng. Phát biểu tại buổi lễ, lãnh đạo tỉnh nhấn mạnh hội chợ không chỉ để bán hàng "
            "mà còn là dịp các tỉnh trong vùng học cách làm của nhau, từ khâu trồng nguyên liệu "
            "đến đóng gói và kể câu chuyện sản phẩm.",
            "Đại diện Văn phòng Điều phối nông thôn mới trung ương cho biết cả nước hiện có hơn "
            "mười nghìn sản phẩm OCOP, nhưng tỷ lệ sản phẩm vào được siêu thị và sàn thương mại "
            "điện tử ở vùng Tây Bắc còn thấp. Ông đề nghị các tỉnh ưu tiên hỗ trợ chủ thể về "
            "truy xuất nguồn gốc và hợp đồng tiêu thụ dài hạn.",
            "## Khách đông ngay sau giờ khai mạc",
            "Khi dải băng vừa được cắt, dòng khách đã đổ vào các lối đi. Gian hàng mận sấy dẻo của "
            "một hợp tác xã ở Mộc Châu hết sạch mẻ hàng đầu tiên chỉ sau bốn mươi phút. Chủ "
            "gian hàng phải gọi điện về xưởng để chở thêm hàng lên trong buổi trưa.",
            "Nhiều khách là công nhân các khu công nghiệp được doanh nghiệp tổ chức xe đưa đến. "
            "Một nhóm nữ công nhân cho biết họ muốn mua quà gửi về quê, và thích những sản phẩm "
            "có tem truy xuất vì quét mã là biết ai làm, làm ở đâu.",
            "## Ký kết hợp đồng tiêu thụ",
            "Gần trưa, tại khu hội nghị phía sau quảng trường, mười hai chủ thể đã ký biên bản "
            "ghi nhớ với ba chuỗi bán lẻ và hai doanh nghiệp xuất khẩu. Các mặt hàng được quan tâm "
            "nhiều nhất là chè shan tuyết, mắc ca và cà phê Arabica.",
            "Một giám đốc hợp tác xã chè ở Yên Bái cho biết đây là lần đầu đơn vị của ông có được "
            "hợp đồng với chuỗi siêu thị, đổi lại phải cam kết giao hàng đều mỗi tháng và đạt các "
            "chỉ tiêu kiểm nghiệm mà phía đối tác đưa ra.",
            "## Chương trình những ngày tới",
            "Hội chợ kéo dài đến hết ngày 26 tháng 11. Buổi tối có chương trình văn nghệ, thi nấu "
            "món ăn từ nguyên liệu địa phương và bình chọn gian hàng đẹp. Khách tham quan được vào "
            "cửa miễn phí, gửi xe tại bãi phía đông quảng trường.",
            "Ban tổ chức khuyến nghị khách mang theo túi vải và ưu tiên thanh toán bằng mã QR để "
            "giảm thời gian xếp hàng vào giờ cao điểm buổi chiều.",
        ],
        "captions": [
            "Gian hàng của tỉnh Lai Châu trong buổi sáng đầu tiên của hội chợ.",
            "Màn múa xòe mở đầu lễ khai mạc tại quảng trường.",
            "Khách xếp hàng mua mận sấy dẻo ở khu gian hàng Sơn La.",
        ],
        "byline": "Nhóm phóng viên thường trú Tây Bắc",
        "attribution": "",
        "mid": ["Sơn La có thêm 19 sản phẩm OCOP được công nhận trong quý IV"],
    },
    "brief": {
        "title": "Trực tiếp: Công bố kết quả đánh giá sản phẩm OCOP đợt 2",
        "lead": "",
        "paras": [
            "Hội đồng đánh giá cấp tỉnh vừa công bố danh sách 23 sản phẩm OCOP đợt 2, gồm 20 sản "
            "phẩm 3 sao và 3 sản phẩm 4 sao. Nhóm thực phẩm chiếm nhiều nhất với mười lăm sản phẩm.",
            "Các chủ thể sẽ nhận giấy chứng nhận vào chiều nay tại hội trường Sở Nông nghiệp. Kết "
            "quả chi tiết được đăng trên trang của Văn phòng Điều phối nông thôn mới tỉnh.",
        ],
        "captions": [],
        "byline": "Thanh Hà",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Trực tiếp: Giải chạy bán marathon bên bờ hồ Thác Bà",
        "lead": "Hơn ba nghìn vận động viên xuất phát lúc năm giờ rưỡi sáng trên đường ven hồ. "
        "Cập nhật liên tục từ vạch xuất phát đến lễ trao giải.",
        "paras": [
            "## Xuất phát trong sương mù",
            "Trời còn tối và sương phủ dày mặt hồ khi tiếng còi lệnh vang lên. Nhóm chạy cự ly hai "
            "mươi mốt cây số xuất phát trước, mười phút sau đến nhóm mười cây số và năm cây số.",
            "## Điểm tiếp nước thứ ba",
            "Tại cây số mười hai, tình nguyện viên phát nước, chuối và muối cho người chạy. Đội y tế "
            "cho biết mới có hai trường hợp chuột rút nhẹ, đã được xử lý tại chỗ.",
            "## Về đích",
            "Vận động viên về nhất cự ly bán marathon nam đạt thành tích một giờ mười bảy phút. "
            "Ở nội dung nữ, người về nhất là một giáo viên thể dục đến từ Phú Thọ.",
            "Lễ trao giải diễn ra lúc chín giờ tại sân khấu chính. Ban tổ chức cảm ơn người dân "
            "các thôn ven hồ đã ra đường cổ vũ suốt chặng đua.",
        ],
        "captions": ["Các vận động viên chạy qua đoạn đường ven hồ lúc bình minh."],
        "byline": "Quang Huy",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ reader Q&A (hỏi – đáp)
PAGES["hoi_dap"] = {
    "long": {
        "title": "Hộ kinh doanh làm mắm tép có được đăng ký đánh giá sản phẩm OCOP không?",
        "lead": "",
        "paras": [
            "?? Gia đình tôi làm mắm tép theo cách của ông bà để lại đã hơn hai mươi năm, hiện "
            "có giấy chứng nhận đăng ký hộ kinh doanh và giấy chứng nhận cơ sở đủ điều kiện an "
            "toàn thực phẩm. Mỗi năm chúng tôi bán được khoảng ba tấn, chủ yếu cho khách quen và "
            "các quán ăn trong huyện.",
            "?? Xin hỏi hộ kinh doanh như gia đình tôi có được đăng ký tham gia Chương trình "
            "OCOP không, hồ sơ gồm những gì, nộp ở đâu và mất bao lâu thì có kết quả? Nếu sản "
            "phẩm được công nhận thì gia đình tôi được hỗ trợ những gì?",
            "Cảm ơn bạn đọc đã quan tâm đến Chương trình Mỗi xã một sản phẩm. Về các nội dung "
            "bạn hỏi, Văn phòng Điều phối nông thôn mới tỉnh trả lời như sau.",
            "## Hộ kinh doanh là một chủ thể được tham gia",
            "Theo bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm hiện hành, chủ thể tham "
            "gia Chương trình OCOP gồm hợp tác xã, tổ hợp tác, doanh nghiệp nhỏ và vừa và hộ sản "
            "xuất, kinh doanh có đăng ký kinh doanh. Như vậy, gia đình bạn đã có giấy chứng nhận "
            "đăng ký hộ kinh doanh thì đủ tư cách chủ thể để đăng ký sản phẩm.",
            "Tuy nhiên, bạn cần lưu ý rằng hộ kinh doanh chỉ được xét tối đa ở mức 4 sao ở cấp "
            "tỉnh trong một số nhóm tiêu chí liên quan đến tổ chức sản xuất. Những điểm về liên "
            "kết chuỗi, sử dụng lao động địa phương và phát triển tổ chức thường đạt thấp hơn so "
            "với hợp tác xã. Nhiều hộ đã chọn cách cùng các hộ khác trong thôn thành lập tổ hợp "
            "tác hoặc hợp tác xã để nâng điểm.",
            "## Hồ sơ cần chuẩn bị",
            "Hồ sơ đăng ký đánh giá gồm phiếu đăng ký sản phẩm theo mẫu, phương án sản xuất kinh "
            "doanh hoặc báo cáo phát triển sản phẩm, bản sao giấy đăng ký kinh doanh, giấy chứng "
            "nhận cơ sở đủ điều kiện an toàn thực phẩm, phiếu kết quả kiểm nghiệm sản phẩm còn "
            "hiệu lực và tài liệu chứng minh nguồn gốc nguyên liệu.",
            "Với sản phẩm mắm, phiếu kiểm nghiệm phải có các chỉ tiêu về độ đạm, hàm lượng muối, "
            "vi sinh vật và kim loại nặng. Bạn nên làm thêm bản công bố sản phẩm, nhãn hàng hóa "
            "đúng quy định và có câu chuyện sản phẩm viết ngắn gọn, vì đây là những nội dung được "
            "chấm điểm riêng.",
            "## Trình tự và thời gian",
            "Hồ sơ nộp tại Ủy ban nhân dân xã nơi gia đình bạn sản xuất. Xã tổng hợp và gửi lên "
            "huyện, Hội đồng đánh giá cấp huyện chấm điểm, sản phẩm đạt từ 50 điểm trở lên được "
            "công nhận 3 sao. Sản phẩm đạt từ 70 điểm trở lên sẽ được huyện đề nghị lên Hội đồng "
            "cấp tỉnh để xét 4 sao.",
            "Mỗi năm tỉnh tổ chức hai đợt đánh giá, thường vào tháng sáu và tháng mười một. Thời "
            "gian từ khi nộp đủ hồ sơ đến khi có quyết định công nhận thường khoảng hai đến ba "
            "tháng, tùy vào số lượng sản phẩm của từng đợt.",
            "## Quyền lợi khi được công nhận",
            "Sản phẩm được công nhận sẽ được dùng biểu trưng OCOP trên bao bì trong thời hạn 36 "
            "tháng. Chủ thể được ưu tiên tham gia hội chợ, phiên chợ do tỉnh tổ chức, được hỗ trợ "
            "một phần kinh phí thiết kế bao bì, kiểm nghiệm và xây dựng mã truy xuất nguồn gốc "
            "theo chính sách khuyến công và nông thôn mới của tỉnh.",
            "Ngoài ra, gia đình bạn có thể được giới thiệu với các cửa hàng giới thiệu sản phẩm "
            "và các sàn thương mại điện tử mà tỉnh đã ký thỏa thuận hợp tác. Để được tư vấn cụ "
            "thể, bạn có thể liên hệ cán bộ phụ trách nông thôn mới của xã trước khi nộp hồ sơ.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "",
        "mid": ["Những điểm mới trong bộ tiêu chí chấm điểm sản phẩm OCOP"],
    },
    "brief": {
        "title": "Sản phẩm OCOP hết hạn chứng nhận thì xử lý thế nào?",
        "lead": "",
        "paras": [
            "?? Sản phẩm bánh đa của hợp tác xã chúng tôi được công nhận 3 sao từ năm 2023, nay "
            "sắp hết hạn. Xin hỏi cần làm gì để tiếp tục dùng biểu trưng OCOP?",
            "Giấy chứng nhận có thời hạn 36 tháng. Trước khi hết hạn ba tháng, hợp tác xã nộp hồ "
            "sơ đề nghị đánh giá lại tại xã; nếu đạt, sản phẩm được cấp chứng nhận mới và dùng "
            "tiếp biểu trưng.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Người lao động tự do đóng bảo hiểm xã hội tự nguyện thế nào?",
        "lead": "",
        "paras": [
            "?? Tôi năm nay 42 tuổi, làm thợ xây theo công trình, không có hợp đồng lao động. Tôi "
            "muốn đóng bảo hiểm xã hội để sau này có lương hưu thì phải làm thủ tục ở đâu và mỗi "
            "tháng đóng bao nhiêu?",
            "Người lao động không thuộc diện bắt buộc có thể tham gia bảo hiểm xã hội tự nguyện "
            "tại cơ quan bảo hiểm xã hội cấp huyện hoặc qua các đại lý thu ở xã, phường. Bạn chỉ "
            "cần mang căn cước và điền tờ khai theo mẫu.",
            "## Mức đóng",
            "Mức đóng hằng tháng bằng 22% mức thu nhập do bạn tự chọn, thấp nhất bằng chuẩn hộ "
            "nghèo khu vực nông thôn. Nhà nước hỗ trợ một phần tiền đóng theo từng nhóm đối tượng, "
            "nhiều nhất cho người thuộc hộ nghèo.",
            "Bạn có thể chọn đóng hằng tháng, ba tháng, sáu tháng hoặc mười hai tháng một lần. "
            "Khi đủ tuổi nghỉ hưu và có ít nhất mười lăm năm đóng, bạn sẽ được hưởng lương hưu.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "",
        "mid": [],
    },
}

# Questions of a Q&A column (chrome on the Q&A pages; listing items on its index page).
QUESTIONS = [
    (
        "Sản phẩm của tổ hợp tác có được gắn sao OCOP không?",
        "Tổ hợp tác của chúng tôi gồm chín hộ cùng làm chổi đót, đã có hợp đồng hợp tác có "
        "chứng thực của xã. Xin hỏi tổ có đủ tư cách đăng ký sản phẩm hay phải lên hợp tác xã?",
    ),
    (
        "Mua máy gặt đập liên hợp có được hỗ trợ lãi suất?",
        "Tôi định vay ngân hàng mua một máy gặt cỡ nhỏ để làm dịch vụ cho bà con trong thôn. "
        "Không biết có chính sách nào hỗ trợ lãi suất cho hộ nông dân mua máy nông nghiệp không?",
    ),
    (
        "Nhãn sản phẩm OCOP phải ghi những thông tin gì?",
        "Cơ sở tôi sắp in lại bao bì cho lọ mật ong vừa được công nhận 3 sao. Xin hướng dẫn "
        "biểu trưng đặt ở đâu, có bắt buộc ghi số quyết định công nhận và hạn sử dụng hay không.",
    ),
    (
        "Chuyển đất trồng lúa sang trồng cây ăn quả cần thủ tục gì?",
        "Gia đình tôi có hai sào ruộng trũng cấy lúa kém hiệu quả, muốn đào ao và trồng bưởi "
        "trên bờ. Việc chuyển đổi như vậy có phải xin phép xã hay chỉ cần báo cáo?",
    ),
    (
        "Hồ sơ nâng hạng từ 3 sao lên 4 sao OCOP gồm những gì?",
        "Sản phẩm chè của hợp tác xã đã đạt 3 sao được hai năm, nay doanh thu tăng và đã có mã "
        "truy xuất. Chúng tôi muốn đề nghị nâng hạng thì cần bổ sung những giấy tờ nào?",
    ),
    (
        "Chăn nuôi lợn trong khu dân cư có bị xử phạt?",
        "Nhà hàng xóm nuôi gần ba mươi con lợn sát tường nhà tôi, mùi hôi và nước thải chảy ra "
        "rãnh chung. Tôi đã góp ý nhiều lần nhưng không được, xin hỏi nên báo cơ quan nào?",
    ),
    (
        "Người trồng rau có cần giấy chứng nhận VietGAP để bán vào bếp ăn trường học?",
        "Tôi trồng rau sạch trên diện tích nhỏ, trường mầm non trong xã muốn lấy rau hằng ngày "
        "nhưng yêu cầu giấy tờ. Nếu chưa có VietGAP thì có cách nào khác chứng minh không?",
    ),
    (
        "Thời hạn nộp hồ sơ xin hỗ trợ giống cây trồng sau bão",
        "Vườn cam nhà tôi bị đổ gần hết trong cơn bão vừa rồi. Xã có thông báo hỗ trợ giống "
        "nhưng tôi đi làm xa chưa kịp nộp đơn, xin hỏi hạn cuối là khi nào?",
    ),
    (
        "Cơ sở sản xuất nước mắm có phải quan trắc môi trường định kỳ?",
        "Cơ sở nước mắm của gia đình có khoảng bốn mươi chượp, sản lượng mỗi năm chừng ba "
        "mươi nghìn lít. Xin hỏi quy mô này có phải lập báo cáo và quan trắc môi trường không?",
    ),
    (
        "Hội chợ OCOP do tỉnh tổ chức có thu phí gian hàng không?",
        "Chúng tôi là hợp tác xã nhỏ ở huyện miền núi, muốn mang sản phẩm đi hội chợ cuối năm "
        "ở thành phố. Xin hỏi chi phí thuê gian hàng được hỗ trợ bao nhiêu và đăng ký ở đâu?",
    ),
]

# ------------------------------------------------------------------ article + threaded comments
PAGES["binh_luan"] = {
    "long": {
        "title": "Đưa sản phẩm OCOP vào siêu thị: cửa đã mở nhưng bước qua không dễ",
        "lead": "Nhiều chuỗi bán lẻ sẵn sàng dành kệ riêng cho sản phẩm OCOP, nhưng không ít chủ "
        "thể nhỏ phải rút lui sau vài tháng vì không theo kịp yêu cầu về số lượng, chiết khấu và "
        "thời hạn thanh toán.",
        "paras": [
            "Ba năm trước, chị Lò Thị Mai ở một xã vùng cao mang mười thùng măng khô đã được công "
            "nhận 3 sao xuống thành phố chào hàng. Chuỗi siêu thị đầu tiên chị gặp đồng ý nhận "
            "hàng ngay, nhưng kèm theo một bản hợp đồng dày hơn hai mươi trang.",
            "Chị kể khi đó chỉ nhìn vào giá nhập, không để ý đến các điều khoản về chiết khấu trưng "
            "bày, phí mã hàng và thời hạn thanh toán sáu mươi ngày. Sau bốn tháng, hợp tác xã của "
            "chị không còn vốn để thu mua măng của bà con, đành xin rút khỏi kệ.",
            "## Kệ hàng có sẵn, nguồn hàng lại thiếu",
            "Đại diện một chuỗi siêu thị lớn cho biết đơn vị này đang bán hơn bốn trăm sản phẩm "
            "OCOP, và muốn tăng gấp đôi trong hai năm tới. Khó khăn lớn nhất không nằm ở chất "
            "lượng mà ở sự ổn định: có tháng chủ thể giao đủ, có tháng chỉ giao được một nửa, có "
            "lô hàng bao bì khác với mẫu đã đăng ký.",
            "Theo vị này, khách mua trong siêu thị rất nhạy với chuyện hết hàng. Nếu ba lần đến "
            "không thấy sản phẩm trên kệ, họ sẽ chuyển sang mua hàng khác và rất khó quay lại. Vì "
            "thế siêu thị buộc phải đặt điều kiện về lượng hàng tối thiểu mỗi tháng.",
            "## Chi phí ẩn khiến chủ thể nhỏ chùn bước",
            "Ngoài chiết khấu cho nhà bán lẻ, chủ thể còn phải tính chi phí vận chuyển đến kho "
            "trung tâm, phí kiểm nghiệm định kỳ, chi phí in tem nhãn theo yêu cầu riêng của từng "
            "chuỗi. Một chủ cơ sở làm bánh ở đồng bằng ước tính tổng chi phí này chiếm gần một "
            "phần ba giá bán lẻ của sản phẩm.",
            "Với các hợp tác xã có doanh thu vài trăm triệu đồng một năm, việc bị giữ tiền hàng "
            "hai tháng là gánh nặng thật sự. Nhiều nơi phải vay nóng để trả tiền nguyên liệu cho "
            "xã viên, và lãi vay ăn mất phần lớn lợi nhuận.",
            "## Cần một khâu trung gian đủ mạnh",
            "Một số tỉnh đã thử mô hình trung tâm gom hàng: tỉnh hỗ trợ một doanh nghiệp hoặc hợp "
            "tác xã lớn đứng ra ký hợp đồng với siêu thị, gom sản phẩm của nhiều chủ thể nhỏ, "
            "kiểm soát bao bì và giao hàng theo lịch. Chủ thể nhỏ chỉ cần tập trung làm ra sản "
            "phẩm đạt chuẩn.",
            "Ở nơi mô hình này vận hành tốt, số sản phẩm trụ lại được trên kệ sau một năm tăng rõ "
            "rệt. Tuy vậy, đơn vị gom hàng cũng cần vốn lưu động lớn và một đội ngũ hiểu việc, "
            "điều không phải tỉnh nào cũng có ngay.",
            "Các chuyên gia cho rằng chính sách hỗ trợ nên chuyển dần từ việc tài trợ gian hàng "
            "hội chợ sang hỗ trợ tín dụng ngắn hạn và đào tạo kỹ năng đọc hợp đồng cho chủ thể. "
            "Khi đã hiểu luật chơi của bán lẻ hiện đại, các hợp tác xã mới có thể đứng vững lâu.",
        ],
        "captions": [
            "Quầy sản phẩm địa phương trong một siêu thị ở trung tâm thành phố.",
            "Xã viên hợp tác xã đóng gói măng khô trước khi giao cho đơn vị gom hàng.",
        ],
        "byline": "Ngọc Anh - Đức Thịnh",
        "attribution": "",
        "mid": ["Đưa sản phẩm OCOP vào chuỗi siêu thị ở các khu công nghiệp"],
    },
    "brief": {
        "title": "Thêm 12 sản phẩm OCOP được bày bán tại cửa hàng ở sân bay",
        "lead": "",
        "paras": [
            "Từ tuần này, khách đi máy bay có thể mua 12 sản phẩm OCOP của tỉnh tại quầy đặc sản "
            "ở nhà ga quốc nội, gồm cà phê rang xay, hạt điều, tiêu và mật ong rừng. Đơn vị vận "
            "hành cửa hàng cho biết sẽ đổi mới danh mục sau mỗi ba tháng dựa trên sức mua của "
            "khách.",
        ],
        "captions": [],
        "byline": "Minh Khôi",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Cấm xe tải trên 2,5 tấn vào nội đô trong giờ cao điểm từ tháng 12",
        "lead": "Thành phố điều chỉnh khung giờ cấm xe tải trên các tuyến phố chính nhằm giảm ùn "
        "tắc vào buổi sáng và chiều tối.",
        "paras": [
            "Theo quyết định mới, xe tải có tải trọng trên 2,5 tấn không được lưu thông trong "
            "vành đai hai từ 6 giờ đến 9 giờ và từ 16 giờ đến 20 giờ hằng ngày. Xe chở hàng thiết "
            "yếu, xe chuyên dùng của các đơn vị công ích được cấp phép riêng.",
            "Sở Xây dựng cho biết lượng xe tải vào nội đô giờ cao điểm đã tăng gần một phần tư "
            "trong năm qua, nhiều xe dừng đỗ xếp dỡ hàng ngay trên làn đường, gây ùn tắc kéo dài.",
            "Các doanh nghiệp vận tải được khuyến khích chuyển sang giao hàng ban đêm hoặc dùng xe "
            "tải nhỏ. Lực lượng cảnh sát giao thông sẽ tuyên truyền trong hai tuần đầu trước khi "
            "xử phạt theo quy định.",
        ],
        "captions": ["Xe tải xếp hàng chờ vào nội đô trên đường vành đai."],
        "byline": "Hải Đăng",
        "attribution": "",
        "mid": [],
        "comments": [
            (
                "Nguyễn Văn Tuấn · Long Biên",
                "Cấm giờ cao điểm là hợp lý, nhưng phải bố trí bãi đỗ trung chuyển ở cửa ngõ cho "
                "xe tải chờ, chứ không lại dừng đầy hai bên quốc lộ như hiện nay thì còn nguy hiểm "
                "hơn.",
            ),
            (
                "Đinh Thị Hoa",
                "Tôi làm nghề giao rau cho các bếp ăn, xe 3 tấn chạy từ bốn giờ sáng. Mong thành "
                "phố cấp giấy phép nhanh cho xe chở thực phẩm tươi, kể cả hàng nông sản của các "
                "hợp tác xã ngoại thành.",
            ),
            (
                "Trương Gia Bảo · Đống Đa",
                "Ủng hộ. Sáng nào cũng thấy xe tải đỗ dỡ hàng ngay trước cổng trường, học sinh "
                "phải đi vòng ra giữa đường.",
            ),
        ],
    },
}

# ------------------------------------------------------------------ infographic page
PAGES["infographic"] = {
    "long": {
        "title": "Infographic: Chương trình OCOP sau tám năm nhìn qua những con số",
        "lead": "Từ năm 2018 đến nay, số sản phẩm được công nhận tăng đều qua từng năm, nhóm thực "
        "phẩm vẫn chiếm áp đảo, trong khi dịch vụ du lịch nông thôn còn rất ít. Dưới đây là phần "
        "giải thích số liệu đi kèm các tấm đồ họa.",
        "paras": [
            "## Số sản phẩm tăng qua từng năm",
            "Năm đầu tiên triển khai, cả nước chỉ có vài trăm sản phẩm được đánh giá, chủ yếu ở các "
            "tỉnh đã làm thí điểm trước đó. Đến năm thứ ba, con số đã vượt năm nghìn, và hiện nay "
            "tổng số sản phẩm còn hiệu lực chứng nhận đã lên hơn mười bốn nghìn.",
            "Tốc độ tăng chậm lại trong hai năm gần đây. Nguyên nhân một phần là nhiều sản phẩm hết "
            "hạn ba năm nhưng chủ thể không làm hồ sơ đánh giá lại, phần khác là các tỉnh chuyển "
            "sang chú trọng nâng hạng thay vì chạy theo số lượng.",
            "## Thực phẩm chiếm hơn một nửa",
            "Nhóm thực phẩm, gồm gạo, rau quả chế biến, thịt, thủy sản và gia vị, chiếm khoảng "
            "sáu mươi phần trăm tổng số sản phẩm. Tiếp theo là đồ uống với các loại trà, cà phê, "
            "rượu và nước ép, rồi đến thảo dược như cao, tinh dầu và trà túi lọc.",
            "Nhóm thủ công mỹ nghệ và vải, may mặc chỉ chiếm dưới mười phần trăm dù nhiều làng "
            "nghề có bề dày lịch sử. Người làm nghề cho biết khó nhất là chứng minh nguồn nguyên "
            "liệu và đáp ứng tiêu chí về sản lượng ổn định.",
            "## Ba sao là phổ biến nhất",
            "Khoảng bảy phần mười sản phẩm đang ở mức 3 sao, gần ba phần mười đạt 4 sao. Số sản "
            "phẩm 5 sao cấp quốc gia vẫn chỉ tính bằng vài chục, phần lớn thuộc các doanh nghiệp "
            "có nhà máy và hệ thống quản lý chất lượng quốc tế.",
            "Theo các chuyên gia chấm điểm, khoảng cách giữa 3 sao và 4 sao thường nằm ở khâu "
            "truy xuất nguồn gốc, bao bì, câu chuyện sản phẩm và khả năng phân phối ra ngoài "
            "tỉnh. Đây cũng là những nội dung được ưu tiên hỗ trợ trong giai đoạn tới.",
            "## Chủ thể là hợp tác xã tăng nhanh",
            "Tỷ lệ chủ thể là hợp tác xã đã tăng từ khoảng một phần tư lên hơn một phần ba. Hộ "
            "kinh doanh vẫn đông nhất nhưng giảm dần tỷ trọng, vì nhiều hộ đã cùng nhau lập hợp "
            "tác xã để được chấm điểm cao hơn ở nhóm tiêu chí tổ chức sản xuất.",
            "Các tỉnh miền núi phía Bắc và Tây Nguyên có tỷ lệ hợp tác xã cao nhất, nhờ các dự "
            "án hỗ trợ liên kết chuỗi giá trị. Ở đồng bằng, doanh nghiệp nhỏ và vừa tham gia nhiều "
            "hơn, nhất là trong nhóm đồ uống và thực phẩm chế biến sâu.",
        ],
        "captions": [
            "Đồ họa 1: Số sản phẩm được công nhận qua các năm.",
            "Đồ họa 2: Cơ cấu sản phẩm theo sáu nhóm ngành hàng.",
            "Đồ họa 3: Tỷ lệ hạng sao và loại hình chủ thể.",
        ],
        "stats": [
            ("14.000+", "sản phẩm còn hiệu lực chứng nhận"),
            ("60%", "thuộc nhóm thực phẩm"),
            ("5.600", "chủ thể là hợp tác xã"),
            ("96", "sản phẩm đạt 5 sao"),
        ],
        "byline": "Thu Hằng",
        "attribution": "Nguồn số liệu: Văn phòng Điều phối nông thôn mới trung ương",
        "mid": [],
    },
    "brief": {
        "title": "Infographic: Đắk Lắk có 41 sản phẩm OCOP mới trong năm 2026",
        "lead": "Năm nay tỉnh công nhận 41 sản phẩm OCOP, nâng tổng số lên 236 sản phẩm.",
        "paras": [
            "Trong số sản phẩm mới, cà phê và các sản phẩm từ cà phê chiếm 15, tiếp theo là mắc "
            "ca, sầu riêng sấy và mật ong. Sáu sản phẩm đạt 4 sao; số còn lại đạt 3 sao.",
        ],
        "captions": ["Đồ họa: Sản phẩm mới theo nhóm và theo huyện."],
        "stats": [("41", "sản phẩm mới"), ("236", "tổng số sản phẩm"), ("6", "đạt 4 sao")],
        "byline": "Hoài Nam",
        "attribution": "Nguồn số liệu: Sở Nông nghiệp và Môi trường Đắk Lắk",
        "mid": [],
    },
    "non_ocop": {
        "title": "Infographic: Lịch nghỉ Tết Nguyên đán 2027 của cán bộ, công chức",
        "lead": "Cán bộ, công chức, viên chức được nghỉ Tết Nguyên đán Đinh Mùi liên tục chín "
        "ngày, từ thứ bảy đến hết chủ nhật tuần sau.",
        "paras": [
            "Người lao động trong doanh nghiệp được nghỉ ít nhất năm ngày theo Bộ luật Lao động; "
            "lịch cụ thể do người sử dụng lao động quyết định và phải thông báo trước ít nhất ba "
            "mươi ngày.",
            "Các cơ quan bố trí trực để giải quyết công việc liên tục. Cán bộ làm việc trong ngày "
            "nghỉ được hưởng chế độ làm thêm giờ theo quy định.",
        ],
        "captions": ["Đồ họa: Lịch nghỉ Tết Nguyên đán Đinh Mùi 2027."],
        "stats": [("9", "ngày nghỉ liên tục"), ("5", "ngày nghỉ tối thiểu ở doanh nghiệp")],
        "byline": "Phương Linh",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ paywall (premium preview)
PAGES["paywall"] = {
    "long": {
        "title": "Sâm Ngọc Linh sau tấm chứng nhận 5 sao: bài toán giữ thương hiệu",
        "lead": "Được công nhận OCOP 5 sao là bước ngoặt với những vườn sâm trên núi cao, nhưng "
        "cũng mở ra cuộc chiến mới với sâm giả, sâm trồng sai vùng và giá bán bị đẩy lên quá "
        "xa sức mua của thị trường trong nước.",
        "paras": [
            "Con đường lên vườn sâm của một hợp tác xã ở huyện Nam Trà My mất gần bốn giờ đi bộ "
            "từ điểm cuối của đường ô tô. Dưới tán rừng già, những luống sâm được che bằng lưới, "
            "mỗi gốc đều có thẻ ghi năm trồng. Người giữ vườn phải ngủ lại trong lán suốt mùa mưa.",
            "Từ khi sản phẩm sâm củ tươi và rượu sâm của hợp tác xã được công nhận 5 sao, lượng "
            "khách hỏi mua tăng mạnh. Nhưng cùng lúc đó, trên mạng xuất hiện hàng chục trang tự "
            "xưng là đại lý, bán sâm với giá chỉ bằng một phần ba giá thật.",
            "## Khi tem chứng nhận bị làm giả",
            "Ban quản lý hợp tác xã cho biết họ đã phát hiện ít nhất ba mẫu tem giả in biểu trưng "
            "OCOP và tên của hợp tác xã. Một số khách mua phải hàng giả đã gọi điện phản ánh, khiến "
            "uy tín của sản phẩm thật bị ảnh hưởng dù đơn vị không liên quan.",
            "Để đối phó, hợp tác xã chuyển sang dùng tem có mã riêng cho từng củ sâm, gắn với hồ "
            "sơ ghi rõ vị trí luống, năm trồng và ngày thu hoạch. Khách quét mã có thể xem cả ảnh "
            "chụp củ sâm lúc vừa đào lên. Chi phí cho mỗi tem không nhỏ, nhưng theo giám đốc hợp "
            "tác xã, đây là cách duy nhất để khách tin.",
            "## Giá cao và thị trường hẹp",
            "Giá sâm loại củ trên mười năm tuổi hiện vào khoảng vài chục triệu đồng mỗi ký. Mức "
            "giá này khiến thị trường chủ yếu là khách mua làm quà biếu và một số ít nhà hàng cao "
            "cấp. Sản phẩm chế biến như trà sâm, rượu sâm có giá mềm hơn nhưng tiêu thụ chậm.",
            "Một số chuyên gia kinh tế nông nghiệp khuyến nghị hợp tác xã nên đa dạng hóa sản "
            "phẩm từ lá, hoa và thân sâm, những bộ phận trước đây thường bỏ đi, để có dòng hàng "
            "giá vừa phải phục vụ số đông. Việc này cần thêm nghiên cứu về công dụng và chứng "
            "nhận an toàn thực phẩm.",
            "## Liên kết vùng trồng và kiểm soát giống",
            "Chính quyền địa phương đang xây dựng cơ sở dữ liệu các vườn sâm trong vùng được phép "
            "trồng, cấp mã số cho từng hộ và từng vườn. Giống sâm phải có nguồn gốc từ các vườn "
            "ươm được kiểm định, tránh tình trạng đưa cây giống từ nơi khác về trồng rồi bán "
            "như sâm bản địa.",
            "Người trồng sâm lâu năm cho rằng giữ được thương hiệu hay không phụ thuộc nhiều vào "
            "chính người trong vùng. Chỉ cần vài hộ chạy theo lợi trước mắt, trộn hàng kém chất "
            "lượng, cả vùng sẽ bị mang tiếng. Vì vậy hợp tác xã đã đưa vào điều lệ quy định xử lý "
            "nghiêm xã viên bán sâm không rõ nguồn gốc dưới tên chung.",
        ],
        "captions": [
            "Luống sâm dưới tán rừng già của hợp tác xã ở độ cao gần 1.800 mét.",
            "Mỗi củ sâm được gắn tem có mã riêng trước khi giao cho khách.",
        ],
        "byline": "Trần Khánh Linh",
        "attribution": "",
        "mid": ["Cơ sở làm nem chua đạt 4 sao OCOP mở rộng nhà xưởng"],
    },
    "brief": {
        "title": "Quảng Nam mở điểm bán sản phẩm OCOP tại phố cổ Hội An",
        "lead": "Điểm bán rộng gần 100 mét vuông trưng bày hơn 150 sản phẩm OCOP của các huyện "
        "trong tỉnh.",
        "paras": [
            "Khách có thể nếm thử trà, nước mắm và bánh tráng trước khi mua. Điểm bán mở cửa từ "
            "tám giờ sáng đến mười giờ tối, nhận giao hàng đến khách sạn trong khu phố cổ.",
        ],
        "captions": [],
        "byline": "Hoàng Sơn",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Thị trường căn hộ cho thuê ở Đà Nẵng bắt đầu hạ nhiệt",
        "lead": "Giá thuê căn hộ ven biển giảm nhẹ sau hai năm tăng liên tục, nhiều chủ nhà phải "
        "giảm giá hoặc chấp nhận hợp đồng ngắn hạn.",
        "paras": [
            "Khảo sát của một số công ty môi giới cho thấy giá thuê căn hộ một phòng ngủ ở khu "
            "ven biển đã giảm khoảng một phần mười so với đầu năm. Nguồn cung mới từ các dự án vừa "
            "bàn giao khiến người thuê có nhiều lựa chọn hơn.",
            "## Khách thuê dài hạn ít đi",
            "Nhóm khách thuê dài hạn là người nước ngoài làm việc từ xa giảm rõ rệt, trong khi "
            "khách du lịch thuê theo tuần lại tăng. Chủ nhà phải đầu tư thêm đồ dùng và dịch vụ "
            "dọn phòng để phù hợp nhóm khách mới.",
            "Các chuyên gia dự báo giá thuê sẽ đi ngang đến hết mùa mưa và chỉ tăng trở lại vào "
            "mùa du lịch hè năm sau.",
        ],
        "captions": ["Các tòa căn hộ mới bàn giao dọc đường ven biển."],
        "byline": "Lê Hồng Phúc",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ shop blog (Haravan/Sapo Web)
PAGES["shop_blog"] = {
    "long": {
        "title": "Hành trình làm ra hũ mật ong bạc hà đạt OCOP 4 sao",
        "lead": "Không chỉ là một món hàng trên kệ, mỗi hũ mật ong bạc hà mà cửa hàng bán ra là "
        "kết quả của cả một mùa hoa trên cao nguyên đá và công sức của hơn ba mươi hộ nuôi ong "
        "trong hợp tác xã.",
        "paras": [
            "Hoa bạc hà dại chỉ nở rộ khoảng hai tháng, từ cuối tháng mười đến giữa tháng mười "
            "hai. Trong thời gian đó, các hộ nuôi ong phải gùi thùng ong lên những sườn núi có "
            "nhiều hoa nhất, có khi cách nhà cả ngày đường. Đàn ong nội được giữ ấm bằng bao tải "
            "và lá chuối khô vào những đêm nhiệt độ xuống thấp.",
            "## Quay mật đúng lúc",
            "Người nuôi ong có kinh nghiệm chỉ quay mật khi phần lớn cầu ong đã vít nắp sáp, tức "
            "là mật đã đủ già. Mật quay non có nhiều nước, để lâu dễ lên men và chua. Hợp tác xã "
            "quy định mỗi hộ phải ghi ngày quay và đo độ ẩm của từng mẻ bằng máy đo khúc xạ được "
            "cấp sẵn.",
            "Sau khi quay, mật được lọc qua hai lớp lưới inox, để lắng trong thùng kín ba ngày rồi "
            "mới chiết vào hũ thủy tinh. Toàn bộ công đoạn chiết rót được làm trong phòng sạch "
            "mà hợp tác xã xây năm ngoái với sự hỗ trợ của dự án nông nghiệp vùng cao.",
            "## Con đường đến với tấm chứng nhận",
            "Năm đầu tiên nộp hồ sơ, mật ong của hợp tác xã chỉ đạt 3 sao vì thiếu phiếu kiểm "
            "nghiệm đầy đủ và bao bì còn sơ sài. Các thành viên đã cùng nhau làm lại nhãn, bổ sung "
            "mã truy xuất và viết câu chuyện sản phẩm về người Mông nuôi ong trên núi đá.",
            "Đến lần đánh giá thứ hai, sản phẩm được nâng lên 4 sao. Hội đồng đánh giá ghi nhận "
            "quy trình ghi chép chặt chẽ, tỷ lệ hộ là đồng bào dân tộc thiểu số cao và sản phẩm "
            "có chỉ dẫn địa lý. Từ đó, đơn hàng từ các thành phố lớn tăng lên rõ rệt.",
            "## Vì sao cửa hàng chọn bán sản phẩm này",
            "Chúng tôi đã lên tận vườn ong, ở lại cùng bà con trong mùa quay mật và tự tay kiểm "
            "tra từng lô hàng trước khi nhập về kho. Mật ong bạc hà thật có màu vàng sẫm, mùi thơm "
            "nhẹ của hoa, vị ngọt đậm và hơi the ở cuối lưỡi, để lâu có thể kết tinh thành lớp "
            "trắng mịn.",
            "Nhiều khách hỏi mật kết tinh có phải là mật đường không. Thực ra kết tinh là hiện "
            "tượng tự nhiên khi trời lạnh, không ảnh hưởng đến chất lượng. Chỉ cần ngâm hũ vào "
            "nước ấm khoảng bốn mươi độ, mật sẽ chảy lỏng trở lại.",
            "Mỗi đơn hàng mật ong bạc hà đều kèm phiếu ghi tên hộ nuôi ong và ngày quay mật. Chúng "
            "tôi mong khách hàng không chỉ mua một hũ mật, mà còn biết thêm về những người đã làm "
            "ra nó trên vùng đất khó khăn nhất cả nước.",
        ],
        "captions": [
            "Thùng ong đặt giữa sườn núi đá vào mùa hoa bạc hà.",
            "Mật được chiết vào hũ thủy tinh trong phòng sạch của hợp tác xã.",
        ],
        "byline": "Quản trị viên",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Cửa hàng nhập thêm 5 sản phẩm OCOP của miền Tây",
        "lead": "",
        "paras": [
            "Từ ngày 20 tháng 11, cửa hàng có thêm năm sản phẩm OCOP 3 và 4 sao của các hợp tác "
            "xã miền Tây: kẹo dừa sáp, bánh phồng tôm, mắm cá linh, trà mãng cầu và khô cá lóc.",
            "Khách đặt online được kiểm tra hàng trước khi thanh toán. Số lượng có hạn trong dịp "
            "cuối năm.",
        ],
        "captions": [],
        "byline": "Quản trị viên",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Cách bảo quản mật ong để không bị lên men",
        "lead": "Mật ong để lâu bị sủi bọt, có mùi chua là dấu hiệu đã lên men. Vài lưu ý đơn "
        "giản dưới đây giúp giữ mật ngon suốt nhiều tháng.",
        "paras": [
            "Trước hết, hãy dùng lọ thủy tinh hoặc sứ có nắp kín, tránh đựng mật trong chai nhựa "
            "mỏng hay đồ kim loại. Mỗi lần lấy mật nên dùng thìa khô, sạch, vì chỉ một chút nước "
            "lẫn vào cũng đủ để men phát triển.",
            "Nên đặt lọ mật ở nơi thoáng mát, tránh ánh nắng trực tiếp và không để gần bếp. Không "
            "cần cất mật trong tủ lạnh, vì nhiệt độ thấp làm mật nhanh kết tinh.",
            "Nếu mật đã có bọt nhẹ trên bề mặt, có thể hớt lớp bọt đi và dùng sớm. Trường hợp mật "
            "có mùi chua rõ, màu đục và vị lạ thì không nên dùng nữa.",
        ],
        "captions": ["Mật ong nên đựng trong lọ thủy tinh có nắp kín."],
        "byline": "Quản trị viên",
        "attribution": "",
        "mid": [],
    },
}

# Products of the shop (chrome: product embeds and the sidebar).
PRODUCTS = [
    ("Mật ong bạc hà Đồng Văn OCOP 4 sao - hũ 500g", "285.000₫", "320.000₫"),
    ("Trà shan tuyết cổ thụ - túi 200g", "180.000₫", ""),
    ("Kẹo dừa sáp Trà Vinh OCOP 3 sao - hộp 400g", "95.000₫", "110.000₫"),
    ("Miến dong Bình Liêu - gói 1kg", "120.000₫", ""),
    ("Mắc ca sấy nứt vỏ - hộp 500g", "210.000₫", "240.000₫"),
]

# ------------------------------------------------------------------ text pasted from Word
# "notes": Word footnotes (text: not body, counted with captions), "note_at": paragraph
# indices that carry a footnote marker. List items keep their "- " as in the document.
PAGES["word_paste"] = {
    "long": {
        "title": "Huyện Yên Thành đánh giá kết quả thực hiện Chương trình OCOP 10 tháng năm 2026",
        "lead": "Chiều ngày 18/11, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện tổ chức "
        "hội nghị đánh giá kết quả thực hiện Chương trình OCOP 10 tháng và triển khai nhiệm vụ "
        "những tháng cuối năm.",
        "paras": [
            "Theo báo cáo của Phòng Nông nghiệp và Môi trường, từ đầu năm đến nay huyện đã hướng "
            "dẫn 14 chủ thể hoàn thiện hồ sơ, tổ chức một đợt đánh giá cấp huyện và đề nghị tỉnh "
            "đánh giá 3 sản phẩm tiềm năng 4 sao. Kết quả, có 11 sản phẩm được công nhận 3 sao và "
            "2 sản phẩm đạt 4 sao, vượt chỉ tiêu kế hoạch năm đề ra.",
            "Lũy kế đến nay, toàn huyện có 52 sản phẩm OCOP còn hiệu lực, trong đó 9 sản phẩm đạt "
            "4 sao. Các sản phẩm chủ lực gồm nhút, tương, chả cá, bánh đa vừng, cam và các loại "
            "rượu truyền thống.",
            "## I. Những kết quả nổi bật",
            "Công tác tuyên truyền được đẩy mạnh trên hệ thống truyền thanh cơ sở và trang thông "
            "tin điện tử của huyện. Các xã đã rà soát, lập danh mục sản phẩm có lợi thế để hỗ trợ "
            "theo thứ tự ưu tiên, tránh dàn trải.",
            "Về hỗ trợ chủ thể, huyện đã thực hiện các nội dung sau:",
            "- Hỗ trợ thiết kế bao bì, nhãn mác cho 9 sản phẩm với tổng kinh phí 126 triệu đồng;",
            "- Hỗ trợ kiểm nghiệm chất lượng và xây dựng mã truy xuất nguồn gốc cho 14 sản phẩm;",
            "- Tổ chức 2 lớp tập huấn về quản trị hợp tác xã và bán hàng trên nền tảng số cho hơn "
            "120 học viên;",
            "- Đưa 18 chủ thể tham gia hội chợ, phiên chợ trong và ngoài tỉnh.",
            "Nhiều chủ thể đã chủ động đầu tư nhà xưởng, máy móc, mở rộng vùng nguyên liệu. Một số "
            "sản phẩm đã có mặt tại các siêu thị ở thành phố Vinh và trên sàn thương mại điện tử, "
            "doanh thu tăng từ 20 đến 35% so với cùng kỳ năm trước.",
            "## II. Tồn tại, hạn chế",
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế. Phần lớn chủ thể là "
            "hộ kinh doanh, quy mô nhỏ, thiếu vốn và thiếu kỹ năng tiếp thị. Một số sản phẩm sau "
            "khi được công nhận chưa duy trì được chất lượng và chưa chú trọng đổi mới bao bì.",
            "Việc liên kết giữa chủ thể với doanh nghiệp phân phối còn lỏng lẻo, chủ yếu bán qua "
            "khách quen. Có 6 sản phẩm hết hạn chứng nhận trong năm nhưng chủ thể chưa làm hồ sơ "
            "đánh giá lại.",
            "## III. Nhiệm vụ những tháng cuối năm",
            "Phát biểu kết luận hội nghị, Phó Chủ tịch Ủy ban nhân dân huyện đề nghị các xã tiếp "
            "tục rà soát sản phẩm có tiềm năng, hướng dẫn chủ thể hoàn thiện hồ sơ để tham gia "
            "đợt đánh giá tháng 12. Phòng chuyên môn phối hợp với các ngân hàng chính sách tạo "
            "điều kiện cho chủ thể tiếp cận nguồn vốn ưu đãi.",
            "Đồng thời, huyện sẽ xây dựng điểm giới thiệu và bán sản phẩm OCOP tại trung tâm "
            "huyện, gắn với tuyến du lịch về các di tích lịch sử trên địa bàn, phấn đấu đến hết "
            "năm 2026 có thêm ít nhất 5 sản phẩm được công nhận.",
        ],
        "captions": ["Quang cảnh hội nghị đánh giá kết quả thực hiện Chương trình OCOP."],
        "notes": [
            "Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu "
            "chí và quy trình đánh giá, phân hạng sản phẩm.",
            "Số liệu tính đến ngày 31/10/2026, theo báo cáo của các xã, thị trấn.",
        ],
        "note_at": [0, 1],
        "byline": "Nguyễn Thị Hồng Nhung",
        "attribution": "Phòng Văn hóa và Thông tin huyện",
        "mid": [],
    },
    "brief": {
        "title": "Tập huấn nghiệp vụ đánh giá, phân hạng sản phẩm OCOP năm 2026",
        "lead": "",
        "paras": [
            "Ngày 20/11, Phòng Nông nghiệp và Môi trường huyện tổ chức lớp tập huấn nghiệp vụ "
            "đánh giá, phân hạng sản phẩm OCOP cho thành viên Hội đồng cấp huyện và cán bộ phụ "
            "trách nông thôn mới các xã.",
            "Học viên được hướng dẫn cách chấm điểm theo bộ tiêu chí, kiểm tra hồ sơ và ghi biên "
            "bản đánh giá tại cơ sở.",
        ],
        "captions": [],
        "notes": [
            "Lớp tập huấn thuộc kế hoạch số 92/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân huyện."
        ],
        "note_at": [0],
        "byline": "Minh Châu",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Ra quân làm thủy lợi nội đồng chuẩn bị vụ Đông Xuân",
        "lead": "",
        "paras": [
            "Sáng 19/11, huyện tổ chức lễ ra quân làm thủy lợi nội đồng tại xã Hoa Thành với sự "
            "tham gia của hơn năm trăm người dân, đoàn viên và cán bộ.",
            "Trong đợt ra quân, các xã tập trung thực hiện các việc sau:",
            "- Nạo vét kênh tưới tiêu, khơi thông dòng chảy;",
            "- Phát quang bờ vùng, bờ thửa, tu sửa cống lấy nước;",
            "- Kiên cố hóa các đoạn kênh bị sạt lở sau mùa mưa.",
            "Kế hoạch năm nay đặt mục tiêu nạo vét 85 km kênh mương, bảo đảm đủ nước cho hơn chín "
            "nghìn héc ta lúa vụ Đông Xuân.",
        ],
        "captions": ["Người dân nạo vét kênh mương nội đồng."],
        "notes": ["Khối lượng theo kế hoạch số 201/KH-UBND của Ủy ban nhân dân huyện."],
        "note_at": [5],
        "byline": "Thái Hòa",
        "attribution": "",
        "mid": [],
    },
}
