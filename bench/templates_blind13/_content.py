"""Texts of the thirteenth blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image captions: NOT body), byline, attribution ("Theo …"/
"Nguồn: …": not body), mid (headlines of a mid-body box: chrome).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Sơn La đưa thêm 9 sản phẩm OCOP vào chuỗi siêu thị miền Bắc",
    "Đường tỉnh 279 sạt lở sau mưa lớn, xe khách phải đi vòng",
    "Hội chợ hàng OCOP vùng Tây Bắc thu hút hơn 200 gian hàng",
    "Trạm y tế xã vùng cao nhận máy siêu âm mới",
    "Phân hạng OCOP năm 2027: những điểm mới trong bộ tiêu chí",
    "Giá lợn hơi đầu tuần đứng yên ở hầu hết các tỉnh phía Bắc",
    "Nữ chủ thể OCOP người Tày và chuyện làm bánh gai lên sàn",
    "Trường nội trú huyện khánh thành nhà ăn cho 400 học sinh",
    "Bảo vệ thương hiệu sản phẩm OCOP trước nạn hàng nhái",
    "Cấp nước sạch cho bảy thôn vùng lòng hồ thủy điện",
    "Liên hoan văn nghệ quần chúng các dân tộc lần thứ năm",
    "Hợp tác xã mật ong bạc hà nâng hạng lên 4 sao OCOP",
    "Khởi công cầu treo dân sinh nối hai bản bên suối",
    "Tập huấn livestream bán hàng OCOP cho thanh niên nông thôn",
    "Cảnh báo rét hại kéo dài ở vùng núi từ cuối tuần",
    "Thu hoạch cam sành muộn, nhà vườn lãi khá",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Lạng Sơn trao chứng nhận cho 18 sản phẩm đạt chuẩn cuối năm",
        "Các sản phẩm được công nhận đợt này chủ yếu là hồi, quế, trà hoa vàng và thạch đen; bốn "
        "chủ thể lần đầu tham gia chương trình và được tỉnh hỗ trợ thiết kế tem nhãn.",
    ),
    (
        "Vùng trồng dứa Đồng Giao vào vụ thu hoạch chính",
        "Giá dứa nguyên liệu giao cho nhà máy chế biến nhích lên so với tháng trước, nhiều hộ "
        "thuê thêm nhân công để kịp cắt quả trước đợt mưa cuối mùa.",
    ),
    (
        "Mở lớp dạy đan lát mây tre cho lao động nữ nông thôn",
        "Ba mươi học viên được thợ cả của làng nghề kèm cặp trong hai tháng, sau khóa học hợp "
        "tác xã cam kết nhận đơn hàng gia công tại nhà cho người đạt yêu cầu.",
    ),
    (
        "Điểm giới thiệu sản phẩm OCOP đầu tiên tại cửa khẩu quốc tế",
        "Gian trưng bày đặt ngay khu chờ làm thủ tục xuất nhập cảnh, giới thiệu gần trăm sản "
        "phẩm đặc trưng của tỉnh cho khách du lịch và thương nhân nước ngoài.",
    ),
    (
        "Tàu cá vỏ thép của ngư dân trở lại ngư trường sau bão",
        "Các chủ tàu đã sửa chữa xong ngư lưới cụ, bổ sung đá lạnh và nhiên liệu, tranh thủ "
        "thời tiết êm để vươn khơi chuyến cuối năm.",
    ),
    (
        "Hướng dẫn nông dân ghi nhật ký đồng ruộng điện tử",
        "Ứng dụng miễn phí giúp lưu lại ngày bón phân, phun thuốc và thu hoạch, là căn cứ để cấp "
        "mã số vùng trồng và truy xuất nguồn gốc khi bán cho doanh nghiệp.",
    ),
    (
        "Làng nghề bún khô chuẩn bị đơn hàng Tết sớm hai tháng",
        "Các cơ sở sản xuất đã nhận đơn từ nhiều tỉnh phía Nam, trong đó có sản phẩm đạt 3 sao "
        "OCOP đang được một chuỗi cửa hàng tiện lợi đặt hàng thường xuyên.",
    ),
    (
        "Đường giao thông nông thôn về bản Phiêng được bê tông hóa",
        "Tuyến đường dài gần bốn cây số do người dân hiến đất và góp ngày công, rút ngắn thời "
        "gian đưa nông sản ra chợ trung tâm xã còn một nửa.",
    ),
    (
        "Đánh giá lại sản phẩm hết hạn chứng nhận sau ba năm",
        "Hội đồng cấp tỉnh sẽ làm việc trực tiếp tại cơ sở sản xuất, yêu cầu chủ thể bổ sung "
        "phiếu kiểm nghiệm mới và báo cáo doanh thu của năm gần nhất.",
    ),
    (
        "Nông dân trồng nấm rơm trái vụ trong nhà màng",
        "Mô hình cho thu hoạch quanh năm, mỗi lứa kéo dài khoảng hai tuần, đầu ra chủ yếu là các "
        "bếp ăn tập thể và nhà hàng trong thành phố.",
    ),
    (
        "Phiên chợ hàng Việt về huyện miền núi dịp cuối năm",
        "Phiên chợ kéo dài ba ngày với hàng tiêu dùng thiết yếu bán giá ưu đãi, kèm khu trưng bày "
        "nông sản và sản phẩm OCOP của các xã trong huyện.",
    ),
    (
        "Khuyến cáo phòng bệnh lở mồm long móng cho đàn trâu bò",
        "Thời tiết chuyển lạnh, cơ quan thú y đề nghị người chăn nuôi vệ sinh chuồng trại, tiêm "
        "phòng đủ mũi và báo ngay khi phát hiện gia súc bỏ ăn.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ agriculture magazine on JNews
PAGES["jnews_nongsan"] = {
    "long": {
        "title": "Chè shan tuyết cổ thụ: từ búp rừng đến kệ hàng OCOP 4 sao",
        "lead": "Ở độ cao hơn một nghìn mét, những gốc chè shan tuyết vài trăm năm tuổi từng "
        "chỉ cho ra thứ chè phơi nong bán rẻ. Vài năm gần đây, nhờ một hợp tác xã trẻ, búp chè "
        "ấy đã có bao bì, có hạng sao và có khách quen ở thành phố.",
        "paras": [
            "Con đường lên thôn Tả Chải vào mùa sương chỉ nhìn rõ được vài chục mét. Hai bên "
            "đường, những cây chè thân bạc phủ rêu mọc xen giữa rừng tạp, có cây phải ba người "
            "ôm. Người Dao ở đây vẫn quen gọi đó là chè của ông bà, vì chẳng ai nhớ cây được trồng "
            "từ bao giờ.",
            "Trước năm 2022, mỗi hộ tự hái, tự vò rồi phơi trên nong tre trước hiên nhà. Chè làm "
            "ra không đều, lúc thơm lúc ám khói bếp, thương lái đến mua theo cân với giá thấp. "
            "Nhiều gia đình bỏ mặc đồi chè để đi làm thuê dưới xuôi.",
            "## Hợp tác xã của những người trở về",
            "Anh Triệu Văn Sài, sinh năm 1992, từng làm công nhân ở một khu công nghiệp phía Nam. "
            "Năm 2021, anh về quê cùng bốn người bạn lập hợp tác xã, vay vốn mua máy sao chè, "
            "máy vò và dựng một xưởng nhỏ lợp tôn ngay đầu thôn.",
            "Việc đầu tiên hợp tác xã làm là thống nhất cách hái. Chỉ lấy một tôm hai lá, hái vào "
            "buổi sáng sau khi tan sương, đựng trong gùi tre chứ không dồn bao tải. Búp được đưa "
            "về xưởng trong ngày, héo trên giàn thoáng rồi mới sao, vò và sấy.",
            "Những mẻ đầu hỏng nhiều. Có lần cả xưởng thức trắng vì máy sấy quá nhiệt, chè cháy "
            "cạnh phải đổ đi. Anh Sài nhờ một kỹ sư của trung tâm khuyến nông tỉnh lên ở lại một "
            "tuần để chỉnh nhiệt độ và thời gian từng công đoạn.",
            "## Đường đến chứng nhận OCOP",
            "Năm 2023, hợp tác xã đăng ký tham gia Chương trình Mỗi xã một sản phẩm. Hồ sơ gồm "
            "phiếu kiểm nghiệm an toàn thực phẩm, bản công bố chất lượng, câu chuyện sản phẩm và "
            "kế hoạch kinh doanh ba năm. Cán bộ văn phòng điều phối nông thôn mới của huyện đã "
            "nhiều lần lên tận xưởng để hướng dẫn cách ghi chép.",
            "Ở lần đánh giá đầu, chè shan tuyết của hợp tác xã đạt 3 sao. Hội đồng nhận xét sản "
            "phẩm có hương vị riêng nhưng bao bì chưa thể hiện được vùng nguyên liệu, thiếu thông "
            "tin truy xuất. Hợp tác xã in lại hộp giấy, gắn mã QR dẫn tới bản đồ từng khu chè và "
            "nhật ký thu hái.",
            "Đầu năm nay, sản phẩm được đánh giá lại và nâng lên 4 sao OCOP. Giá bán chè búp loại "
            "một hiện gấp khoảng ba lần so với khi các hộ tự phơi bán lẻ, còn giá thu mua búp tươi "
            "cho thành viên cũng tăng tương ứng.",
            "## Giữ rừng để giữ chè",
            "Hợp tác xã hiện liên kết với hơn bảy mươi hộ, quản lý gần sáu nghìn gốc chè cổ. Mỗi "
            "gốc được đánh số, ghi tọa độ. Thành viên cam kết không phun thuốc diệt cỏ, không chặt "
            "cây rừng che bóng và không hái quá ba lứa mỗi năm để cây kịp phục hồi.",
            "Theo anh Sài, khách mua chè OCOP không chỉ trả tiền cho vị chè mà còn cho câu chuyện "
            "của rừng và người giữ rừng. Nếu đồi chè bị khai thác cạn kiệt thì hạng sao trên vỏ "
            "hộp cũng chẳng còn ý nghĩa.",
            "Khó khăn lớn nhất lúc này là vốn lưu động và kho bảo quản. Mùa thu hoạch chính chỉ "
            "kéo dài vài tháng, hợp tác xã phải trả tiền búp cho bà con ngay trong khi hàng bán "
            "ra rải rác cả năm. Ban giám đốc đang làm hồ sơ vay ưu đãi để xây kho có kiểm soát độ "
            "ẩm, dự kiến hoàn thành trước vụ xuân tới.",
        ],
        "captions": [
            "Thành viên hợp tác xã hái búp chè trên cây cổ thụ lúc sáng sớm.",
            "Hộp chè shan tuyết mới in mã truy xuất nguồn gốc.",
            "Xưởng sao chè đặt ngay đầu thôn, cạnh đường lên bản.",
        ],
        "byline": "Lò Thị Hằng",
        "attribution": "",
        "mid": ["Kỹ thuật chăm sóc chè cổ thụ mùa khô hanh"],
    },
    "brief": {
        "title": "Mười hai sản phẩm chè được xét công nhận OCOP đợt cuối năm",
        "lead": "Hội đồng đánh giá cấp tỉnh vừa chấm điểm mười hai sản phẩm chè của chín chủ thể.",
        "paras": [
            "Kết quả sơ bộ cho thấy tám sản phẩm đạt từ 70 điểm trở lên, đủ điều kiện đề nghị "
            "công nhận 3 sao OCOP, hai sản phẩm đạt trên 80 điểm. Các sản phẩm còn lại được yêu "
            "cầu hoàn thiện nhãn mác và bổ sung phiếu kiểm nghiệm trước ngày 15 tháng 12.",
        ],
        "captions": [],
        "byline": "Phạm Quân",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Mưa đá bất ngờ làm hư hại hàng chục héc ta rau vụ đông",
        "lead": "Trận mưa đá kèm gió lốc chiều qua đã quật đổ nhiều nhà lưới và làm dập nát "
        "các ruộng su hào, bắp cải sắp đến kỳ thu hoạch ở ba xã vùng cao.",
        "paras": [
            "Theo thống kê ban đầu của chính quyền địa phương, khoảng 40 héc ta rau bị thiệt hại "
            "trên 70%, hơn 30 nhà lưới trồng dâu tây bị rách mái. Nhiều hộ vừa xuống giống đợt "
            "hai, nay phải làm đất gieo lại từ đầu.",
            "Cán bộ nông nghiệp xã đã xuống từng thôn hướng dẫn bà con thu gom cây hỏng, khơi "
            "thông rãnh thoát nước và phun chế phẩm sinh học để hạn chế nấm bệnh trên phần rau "
            "còn lại.",
            "Huyện đề nghị các xã hoàn thành thống kê trước cuối tuần để xem xét hỗ trợ giống "
            "cho những hộ bị thiệt hại nặng, kịp gieo trồng lại trong khung thời vụ.",
        ],
        "captions": ["Ruộng bắp cải bị mưa đá làm rách lá hàng loạt."],
        "byline": "Vàng A Chư",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ ethnic-affairs committee portal
PAGES["cong_ubdt"] = {
    "long": {
        "title": "Phát triển sản phẩm OCOP gắn với dược liệu vùng đồng bào dân tộc thiểu số",
        "lead": "Nhiều địa phương vùng cao đang đưa cây dược liệu bản địa thành sản phẩm OCOP, "
        "tạo thêm sinh kế cho đồng bào, nhưng quy mô vẫn nhỏ và đầu ra còn bấp bênh.",
        "paras": [
            "Trong những năm gần đây, cùng với nguồn vốn của Chương trình mục tiêu quốc gia phát "
            "triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, các tỉnh phía Bắc "
            "đã hỗ trợ hàng trăm tổ hợp tác, hợp tác xã trồng và chế biến dược liệu. Một phần "
            "đáng kể trong số đó đã tham gia Chương trình OCOP.",
            "Ở xã Bản Mế, tổ hợp tác của chị Giàng Thị Dợ có mười lăm hộ người Mông trồng đương "
            "quy và ý dĩ trên nương cũ. Trước kia, củ đương quy được bán tươi cho thương lái với "
            "giá thấp. Từ khi có máy thái lát và lò sấy, tổ làm ra túi đương quy khô và gói trà "
            "túi lọc, năm ngoái được công nhận OCOP 3 sao.",
            "Chị Dợ kể, điều khó nhất không phải là trồng mà là giữ cho từng mẻ hàng giống nhau. "
            "Các thành viên phải học ghi sổ, cân đo độ ẩm, ghi ngày sấy. Có những buổi tập huấn "
            "cán bộ phải dịch sang tiếng Mông để mọi người hiểu từng bước.",
            "Tại một số huyện vùng cao khác, các bài thuốc tắm của người Dao đỏ cũng được chuẩn "
            "hóa thành sản phẩm đóng gói. Hợp tác xã thu mua lá thuốc của bà con theo giá thỏa "
            "thuận, sơ chế, phối trộn theo công thức và đóng túi. Sản phẩm có mặt tại các khu du "
            "lịch cộng đồng và một số nhà thuốc ở thành phố.",
            "Dù vậy, theo đánh giá của ngành công tác dân tộc, phần lớn sản phẩm OCOP từ dược liệu "
            "ở vùng đồng bào mới đạt 3 sao, sản lượng nhỏ, chưa đủ để ký hợp đồng dài hạn với hệ "
            "thống phân phối. Nhiều chủ thể chưa có đất sạch tập trung, còn phụ thuộc nguồn "
            "nguyên liệu khai thác tự nhiên nên khó chứng minh vùng trồng.",
            "Bên cạnh đó, chi phí kiểm nghiệm, thiết kế bao bì và xây dựng câu chuyện sản phẩm là "
            "gánh nặng đối với các tổ hợp tác nhỏ. Một số sản phẩm sau khi được chứng nhận không "
            "duy trì được chất lượng, đến kỳ đánh giá lại thì không đủ điều kiện.",
            "Để tháo gỡ, một số tỉnh đã lồng ghép vốn hỗ trợ phát triển sản xuất với vốn khuyến "
            "nông, ưu tiên xây dựng vùng trồng dược liệu tập trung có mã số, đồng thời đặt hàng "
            "các viện nghiên cứu chuyển giao quy trình sơ chế. Ban Dân tộc các tỉnh cũng phối hợp "
            "với ngành công thương đưa sản phẩm của đồng bào vào các hội chợ, tuần hàng ở đô thị.",
            "Các chuyên gia cho rằng, muốn sản phẩm dược liệu vùng cao đi xa, cần kết nối với "
            "doanh nghiệp đầu tàu làm nhiệm vụ bao tiêu và chế biến sâu, trong khi đồng bào tập "
            "trung trồng đúng quy trình. Khi đó, tri thức bản địa về cây thuốc mới được gìn giữ "
            "và mang lại thu nhập bền vững cho người giữ gìn nó.",
        ],
        "captions": [
            "Thành viên tổ hợp tác phơi đương quy thái lát trước khi đưa vào lò sấy.",
            "Gian hàng dược liệu của đồng bào tại một hội chợ ở thủ đô.",
        ],
        "byline": "Hà Minh Thu",
        "attribution": "Nguồn: Báo Dân tộc và Phát triển",
        "mid": [],
    },
    "brief": {
        "title": "Hỗ trợ đồng bào Khmer hoàn thiện hồ sơ sản phẩm OCOP",
        "lead": "",
        "paras": [
            "Ban Dân tộc tỉnh vừa phối hợp với văn phòng điều phối nông thôn mới tổ chức hai lớp "
            "tập huấn cho hơn sáu mươi hộ người Khmer làm đường thốt nốt, bánh gừng và mắm bò "
            "hóc. Học viên được hướng dẫn cách lập hồ sơ đăng ký đánh giá sản phẩm OCOP, ghi "
            "chép nhật ký sản xuất và chuẩn bị mẫu gửi kiểm nghiệm. Dự kiến năm tới có ít nhất "
            "năm sản phẩm của đồng bào được đề nghị chấm điểm.",
        ],
        "captions": [],
        "byline": "Sơn Thị Ra",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Cấp phát gạo hỗ trợ học sinh bán trú vùng khó khăn học kỳ I",
        "lead": "Các huyện miền núi đã hoàn thành cấp phát gạo hỗ trợ cho học sinh bán trú trong "
        "học kỳ I năm học mới, bảo đảm đúng đối tượng và đủ định mức.",
        "paras": [
            "Mỗi học sinh thuộc diện hưởng chính sách được nhận 15 kg gạo mỗi tháng, cấp theo "
            "từng đợt. Gạo được vận chuyển đến tận điểm trường, ban đại diện cha mẹ học sinh cùng "
            "nhà trường ký nhận và niêm yết danh sách công khai.",
            "Ở những điểm trường xa, đường đất trơn trượt, cán bộ phải thuê xe máy chuyên chở "
            "từng bao. Một số xã huy động đoàn viên thanh niên gùi gạo vào bản để kịp cho bữa ăn "
            "đầu tuần của các em.",
            "Cơ quan công tác dân tộc đề nghị các trường tiếp tục rà soát, bổ sung kịp thời học "
            "sinh mới chuyển đến, không để em nào thiếu suất hỗ trợ.",
        ],
        "captions": ["Giáo viên và phụ huynh nhận gạo tại điểm trường bản."],
        "byline": "Nông Văn Tuấn",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ provincial daily, box + slider
PAGES["bao_tinh_box"] = {
    "long": {
        "title": "Nước mắm nhĩ làng chài giữ nghề bằng con đường OCOP",
        "lead": "Giữa lúc nhiều lò nấu nước mắm ven biển phải đóng cửa vì khó cạnh tranh, một số "
        "cơ sở trong làng chài đã chọn cách chuẩn hóa sản xuất, đăng ký OCOP và tìm được chỗ "
        "đứng trong siêu thị.",
        "paras": [
            "Xóm biển Gành Đỏ có gần ba mươi hộ làm nước mắm truyền thống. Mùa cá cơm than, "
            "những chum sành và thùng gỗ lớn xếp kín sân, mùi mặn nồng bay ra tận đường cái. "
            "Nghề có từ thời ông bà, nhưng chừng mười năm trước, nhiều nhà đã bỏ vì bán không ai "
            "mua với giá đủ bù công ủ hơn một năm.",
            "Bà Trần Thị Lệ, chủ một cơ sở có tuổi nghề hơn bốn mươi năm, kể rằng khi đó người "
            "mua chỉ so giá, chẳng ai hỏi cá gì, ủ bao lâu. Nước mắm pha chế rẻ hơn một nửa tràn "
            "về chợ, còn can nhựa không nhãn của làng thì không vào được cửa hàng nào ở thị xã.",
            "## Bắt đầu từ cái nhãn",
            "Năm 2022, con trai bà Lệ là anh Hồ Văn Tâm bỏ việc ở thành phố về tiếp quản lò. "
            "Việc đầu tiên anh làm là đăng ký hộ kinh doanh, gửi mẫu đi kiểm nghiệm độ đạm và "
            "histamine, thiết kế chai thủy tinh có nhãn ghi rõ loại cá, tỷ lệ muối và thời gian "
            "ủ. Anh cũng lắp mái che, lát nền và làm rãnh thoát nước quanh khu chượp.",
            "Cuối năm 2023, nước mắm nhĩ của cơ sở được đánh giá đạt 3 sao OCOP. Sang năm sau, "
            "nhờ bổ sung hồ sơ truy xuất và ký hợp đồng mua cá với ba chủ ghe quen, sản phẩm được "
            "nâng lên 4 sao. Chai nước mắm có mặt ở hai chuỗi siêu thị trong tỉnh và điểm bán đặc "
            "sản ở sân bay.",
            "## Kéo cả xóm cùng làm",
            "Thấy cơ sở nhà bà Lệ bán được giá, nhiều hộ trong xóm tìm đến hỏi cách làm hồ sơ. "
            "Với sự hỗ trợ của xã, mười hai hộ đã góp vốn lập tổ hợp tác, dùng chung nhãn hiệu "
            "tập thể và một phòng đóng chai đạt điều kiện vệ sinh. Mỗi hộ vẫn tự ủ chượp ở nhà "
            "nhưng phải theo cùng một quy trình và ghi sổ từng thùng.",
            "Anh Tâm cho biết điều khó nhất là thuyết phục các chủ lò lớn tuổi thay đổi thói quen. "
            "Có người quen dùng thùng nhựa cũ, có người muốn rút mắm sớm để bán cho kịp. Tổ phải "
            "đặt ra quy định: thùng nào chưa đủ mười hai tháng thì không được đóng chai dưới nhãn "
            "chung.",
            "Giá bán nước mắm của làng hiện cao gấp hai đến ba lần trước đây. Thu nhập của các hộ "
            "trong tổ hợp tác tăng rõ, một số thanh niên đi làm xa đã quay về phụ gia đình ủ "
            "chượp và bán hàng trên mạng.",
            "Tỉnh hiện có hơn 150 sản phẩm được công nhận OCOP, trong đó nhóm thủy sản và "
            "nước chấm chiếm gần một phần tư. Sáu cơ sở nước mắm truyền thống đạt 4 sao.",
            "## Những nỗi lo còn lại",
            "Dù vậy, nguồn cá cơm ngày càng thất thường, có tháng ghe về không đủ chượp một thùng. "
            "Giá muối sạch và chai thủy tinh cũng tăng. Tổ hợp tác đang đề xuất huyện hỗ trợ xây "
            "kho chứa muối và làm thủ tục đăng ký chỉ dẫn địa lý cho nước mắm của vùng biển này, "
            "để người làm nghề thật không bị hàng pha chế mượn tên.",
        ],
        "captions": [
            "Những thùng gỗ ủ chượp xếp dưới mái che của cơ sở nhà bà Lệ.",
            "Anh Tâm kiểm tra màu nước mắm trước khi đóng chai.",
            "Sản phẩm nước mắm 4 sao OCOP bày bán tại siêu thị trong tỉnh.",
        ],
        "box": "Tỉnh hiện có hơn 150 sản phẩm được công nhận OCOP, trong đó nhóm thủy sản và "
        "nước chấm chiếm gần một phần tư. Sáu cơ sở nước mắm truyền thống đạt 4 sao.",
        "byline": "Ngọc Hân",
        "attribution": "",
        "mid": ["Làng nghề ven biển đón khách du lịch trải nghiệm ủ chượp"],
    },
    "brief": {
        "title": "Trưng bày nước mắm và hải sản khô OCOP tại phố đi bộ ven biển",
        "lead": "",
        "paras": [
            "Tối 22 tháng 11, trung tâm xúc tiến thương mại tỉnh khai mạc phiên chợ cuối tuần "
            "với hai mươi gian hàng sản phẩm OCOP từ các xã ven biển. Người dân và du khách có "
            "thể nếm thử nước mắm nhĩ, mực một nắng và cá cơm sấy, mua hàng bằng mã QR. Phiên "
            "chợ mở đến hết tháng 12, từ 17 giờ đến 22 giờ các tối thứ bảy và chủ nhật.",
        ],
        "captions": [],
        "byline": "Minh Khoa",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Ngư dân kịp đưa tàu vào nơi tránh trú trước áp thấp nhiệt đới",
        "lead": "Đến chiều tối qua, gần 900 tàu cá của tỉnh đã vào neo đậu an toàn tại các cảng "
        "và khu tránh trú bão, số còn lại đã nhận được thông tin và đang di chuyển khỏi vùng "
        "nguy hiểm.",
        "paras": [
            "Bộ đội biên phòng các đồn ven biển liên tục phát thông báo qua hệ thống thông tin "
            "liên lạc, hướng dẫn chủ tàu cách neo buộc, không để người ở lại trên tàu khi gió "
            "mạnh. Lực lượng xung kích các xã được bố trí túc trực tại cảng cá.",
            "Tại các khu nuôi lồng bè, người dân đã gia cố dây neo, thu hoạch sớm cá đủ kích cỡ "
            "và di chuyển một số lồng vào sâu trong vịnh kín gió.",
            "Ban chỉ huy phòng chống thiên tai tỉnh yêu cầu các địa phương sẵn sàng phương án sơ "
            "tán dân ở vùng trũng thấp nếu mưa lớn kéo dài.",
        ],
        "captions": ["Tàu cá neo đậu kín cảng trước giờ áp thấp vào gần bờ."],
        "box": "",
        "byline": "Thành Trung",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ provincial portal, <br> paragraphs
PAGES["cong_br"] = {
    "long": {
        "title": "Tỉnh đặt mục tiêu mỗi xã sau sáp nhập có ít nhất hai sản phẩm OCOP",
        "lead": "Ủy ban nhân dân tỉnh vừa ban hành kế hoạch phát triển sản phẩm OCOP giai đoạn "
        "2026 - 2030, trong đó yêu cầu mỗi xã, phường sau sắp xếp có ít nhất hai sản phẩm đạt "
        "từ 3 sao trở lên.",
        "paras": [
            "Theo kế hoạch, đến năm 2030 toàn tỉnh phấn đấu có thêm khoảng 200 sản phẩm được công "
            "nhận, nâng tổng số lên hơn 500 sản phẩm; trong đó ít nhất 30% đạt 4 sao và có từ năm "
            "đến bảy sản phẩm được đề nghị đánh giá cấp quốc gia. Số chủ thể là hợp tác xã và "
            "doanh nghiệp phải chiếm trên một nửa.",
            "## Ưu tiên sản phẩm gắn với vùng nguyên liệu",
            "Kế hoạch xác định bốn nhóm sản phẩm ưu tiên: thực phẩm chế biến từ nông sản chủ lực "
            "của tỉnh như cà phê, sầu riêng, mắc ca; đồ uống thảo dược; hàng thủ công mỹ nghệ từ "
            "thổ cẩm và mây tre; dịch vụ du lịch cộng đồng. Các xã được yêu cầu rà soát sản phẩm "
            "tiềm năng, gắn với vùng nguyên liệu có quy mô ổn định và mã số vùng trồng.",
            "Đối với những sản phẩm đã được chứng nhận trước khi sắp xếp đơn vị hành chính, chủ "
            "thể không phải làm lại hồ sơ mà chỉ cần cập nhật địa chỉ mới trên bao bì khi in lô "
            "tiếp theo. Sản phẩm hết hạn chứng nhận sẽ được đánh giá lại theo bộ tiêu chí hiện "
            "hành.",
            "## Hỗ trợ chủ thể nhỏ",
            "Ngân sách tỉnh bố trí kinh phí hỗ trợ các chủ thể lần đầu tham gia: chi phí kiểm "
            "nghiệm, thiết kế nhãn, xây dựng câu chuyện sản phẩm và tham gia hội chợ. Mức hỗ trợ "
            "tối đa cho một sản phẩm đạt 3 sao là 30 triệu đồng, đạt 4 sao là 50 triệu đồng. Các "
            "chủ thể ở xã vùng đồng bào dân tộc thiểu số được cộng thêm 20%.",
            "Sở Nông nghiệp và Môi trường là cơ quan thường trực, chủ trì tổ chức đánh giá cấp "
            "tỉnh hai đợt mỗi năm vào tháng 6 và tháng 11. Sở Công Thương phối hợp đưa sản phẩm "
            "vào hệ thống phân phối, sàn thương mại điện tử và các điểm bán tại khu du lịch.",
            "## Giao trách nhiệm cho xã",
            "Ủy ban nhân dân các xã, phường phải đưa chỉ tiêu phát triển sản phẩm vào kế hoạch phát "
            "triển kinh tế - xã hội hằng năm, cử một công chức theo dõi chương trình, hướng dẫn hộ "
            "sản xuất thành lập tổ hợp tác hoặc hợp tác xã. Kết quả thực hiện là một tiêu chí "
            "đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu địa phương.",
            "Kế hoạch cũng yêu cầu tăng cường hậu kiểm. Sản phẩm vi phạm an toàn thực phẩm, sử "
            "dụng nhãn sai số sao hoặc không duy trì chất lượng sẽ bị thu hồi giấy chứng nhận và "
            "công bố công khai trên cổng thông tin của tỉnh.",
        ],
        "captions": ["Sản phẩm cà phê và mắc ca của các chủ thể trong tỉnh tại một hội chợ."],
        "byline": "Văn phòng Điều phối nông thôn mới tỉnh",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Thông báo tiếp nhận hồ sơ đánh giá sản phẩm OCOP đợt 2",
        "lead": "",
        "paras": [
            "Cơ quan thường trực Chương trình OCOP tỉnh tiếp nhận hồ sơ đề nghị đánh giá, phân "
            "hạng sản phẩm đợt 2 năm 2026 đến hết ngày 5 tháng 12. Hồ sơ nộp trực tiếp tại bộ "
            "phận một cửa hoặc qua cổng dịch vụ công của tỉnh. Chủ thể cần gửi kèm ba mẫu sản "
            "phẩm và phiếu kiểm nghiệm còn hiệu lực.",
        ],
        "captions": [],
        "byline": "Phòng Kinh tế hợp tác",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Tỉnh triển khai tiếp nhận hồ sơ cấp đổi giấy phép lái xe trực tuyến",
        "lead": "Từ ngày 1 tháng 12, người dân có thể nộp hồ sơ cấp đổi giấy phép lái xe hoàn "
        "toàn trực tuyến trên cổng dịch vụ công, không phải đến trụ sở.",
        "paras": [
            "Người đề nghị đăng nhập bằng tài khoản định danh điện tử mức độ 2, khai thông tin, "
            "tải ảnh chân dung và giấy khám sức khỏe điện tử. Lệ phí được thanh toán qua ngân "
            "hàng hoặc ví điện tử ngay trên hệ thống.",
            "Giấy phép mới được gửi qua bưu điện đến địa chỉ người dân đăng ký trong vòng năm ngày "
            "làm việc. Trường hợp hồ sơ thiếu, cán bộ sẽ thông báo qua tin nhắn để bổ sung.",
            "Bộ phận một cửa vẫn tiếp nhận hồ sơ giấy cho người cao tuổi và người chưa quen dùng "
            "dịch vụ trực tuyến.",
        ],
        "captions": ["Cán bộ hướng dẫn người dân nộp hồ sơ trên điện thoại."],
        "byline": "Sở Xây dựng",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ trade fair event site
PAGES["hoi_cho_event"] = {
    "long": {
        "title": "Khu gian hàng OCOP chiếm một phần ba diện tích hội chợ năm nay",
        "lead": "Ban tổ chức cho biết khu trưng bày sản phẩm OCOP tại hội chợ thương mại biên "
        "giới năm nay được mở rộng gấp đôi, với gần 180 gian hàng của các tỉnh trung du và "
        "miền núi.",
        "paras": [
            "Khác với các năm trước khi sản phẩm OCOP chỉ bày xen giữa khu hàng tiêu dùng, năm "
            "nay ban tổ chức dành riêng hai nhà bạt lớn ở cổng phía đông. Mỗi tỉnh được bố trí "
            "một cụm gian hàng liền nhau, có bảng giới thiệu vùng nguyên liệu và hạng sao của "
            "từng sản phẩm.",
            "Theo đại diện ban tổ chức, việc gom các sản phẩm về một khu giúp thương nhân trong "
            "và ngoài nước dễ tìm đối tác. Nhiều nhà nhập khẩu từ bên kia biên giới đã đăng ký "
            "trước lịch gặp với các chủ thể có sản phẩm hồi, quế, trà và mật ong.",
            "## Chú trọng giao thương, không chỉ bán lẻ",
            "Ngoài bán hàng trực tiếp, khu OCOP có một phòng kết nối giao thương. Mỗi buổi sáng, "
            "các hợp tác xã được xếp lịch gặp đại diện siêu thị, chuỗi cửa hàng và doanh nghiệp "
            "xuất khẩu trong ba mươi phút. Phiên dịch viên tiếng Trung và tiếng Anh có mặt "
            "thường trực để hỗ trợ trao đổi.",
            "Chị Hoàng Thị Mai, giám đốc một hợp tác xã làm tinh dầu hồi, cho biết năm ngoái chị "
            "mang hàng xuống bán lẻ suốt năm ngày nhưng không ký được hợp đồng nào. Năm nay, ngay "
            "buổi đầu chị đã có hai cuộc hẹn với nhà phân phối và một công ty mỹ phẩm muốn đặt "
            "gia công.",
            "## Hỗ trợ chi phí cho chủ thể vùng cao",
            "Để khuyến khích các chủ thể nhỏ tham gia, nhiều tỉnh đã hỗ trợ toàn bộ tiền thuê "
            "gian hàng và một phần chi phí vận chuyển. Một số huyện vùng cao gom hàng của nhiều "
            "tổ hợp tác lên cùng một xe tải để tiết kiệm. Cán bộ khuyến công đi cùng đoàn để ghi "
            "nhận nhu cầu của khách và hướng dẫn chủ thể đàm phán.",
            "Ban tổ chức cũng bố trí khu trình diễn, nơi các nghệ nhân làm bánh, dệt thổ cẩm, sao "
            "chè ngay trước mặt khách. Khách mua có thể quét mã để xem nhật ký sản xuất và thông "
            "tin chứng nhận OCOP của sản phẩm trên điện thoại.",
            "## Kỳ vọng về thương hiệu vùng",
            "Các địa phương kỳ vọng hội chợ không chỉ giúp tiêu thụ hàng mà còn xây dựng hình ảnh "
            "chung cho đặc sản vùng biên. Một số tỉnh đã thống nhất dùng chung bộ nhận diện cho "
            "các sản phẩm OCOP từ hồi, quế để giới thiệu với thị trường nước ngoài.",
            "Hội chợ kéo dài đến hết ngày 30 tháng 11. Ban tổ chức sẽ công bố số hợp đồng và biên "
            "bản ghi nhớ được ký kết trong buổi bế mạc.",
        ],
        "captions": [
            "Khách tham quan thử trà tại cụm gian hàng của một tỉnh miền núi.",
            "Buổi gặp giữa hợp tác xã và nhà phân phối tại phòng kết nối giao thương.",
        ],
        "byline": "Ban Truyền thông hội chợ",
        "attribution": "",
        "mid": ["Sơ đồ các khu trưng bày và lối vào hội chợ"],
    },
    "brief": {
        "title": "Ngày hội OCOP trong khuôn khổ hội chợ diễn ra vào thứ bảy",
        "lead": "",
        "paras": [
            "Sáng thứ bảy, sân khấu chính của hội chợ sẽ dành cho ngày hội OCOP với phần giới "
            "thiệu sản phẩm của mười hai tỉnh, thi gói bánh và bình chọn gian hàng đẹp. Khách "
            "tham quan đăng ký tại quầy thông tin để nhận phiếu mua hàng giảm giá tại khu OCOP. "
            "Chương trình bắt đầu lúc 8 giờ 30 và kết thúc trước 11 giờ.",
        ],
        "captions": [],
        "byline": "Ban Truyền thông hội chợ",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Phân luồng giao thông quanh khu hội chợ trong những ngày cao điểm",
        "lead": "Công an thành phố thông báo điều chỉnh tổ chức giao thông trên các tuyến phố "
        "quanh khu hội chợ từ 17 giờ đến 22 giờ hằng ngày trong thời gian diễn ra sự kiện.",
        "paras": [
            "Xe tải trên 2,5 tấn không được đi vào đoạn đường từ ngã tư chợ cửa khẩu đến cầu "
            "sông Kỳ Cùng trong khung giờ trên. Xe khách liên tỉnh được hướng dẫn đi theo đường "
            "vành đai phía tây.",
            "Ban tổ chức bố trí ba bãi trông giữ xe miễn phí cách cổng chính chưa đến năm trăm "
            "mét, có xe điện đưa đón khách. Người đi bộ được khuyến cáo dùng lối vào phía nam để "
            "tránh ùn ứ.",
            "Lực lượng cảnh sát giao thông và thanh niên tình nguyện túc trực tại các nút giao để "
            "hướng dẫn người dân.",
        ],
        "captions": ["Bãi giữ xe tạm phía nam khu hội chợ."],
        "byline": "Ban Truyền thông hội chợ",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ national daily, opinion column
PAGES["goc_nhin"] = {
    "long": {
        "title": "Đừng để ngôi sao OCOP chỉ nằm trên vỏ hộp",
        "lead": "LTS: Sau nhiều năm triển khai, số sản phẩm OCOP tăng nhanh nhưng không ít sản "
        "phẩm bán chậm sau khi được gắn sao. Tòa soạn giới thiệu góc nhìn của một chuyên gia "
        "kinh tế nông nghiệp về câu chuyện này.",
        "paras": [
            "Tôi từng đến thăm một hợp tác xã làm mứt gừng vừa được chứng nhận 3 sao. Kho hàng "
            "chất đầy thùng, trong khi chủ nhiệm hợp tác xã thở dài rằng từ ngày có sao, chi phí "
            "bao bì tăng gấp đôi nhưng khách thì vẫn chỉ là người quen trong huyện. Câu chuyện ấy "
            "không hiếm.",
            "Chứng nhận OCOP là sự ghi nhận chất lượng, không phải tấm vé bảo đảm đầu ra. Nhiều "
            "địa phương coi số sản phẩm được gắn sao là thành tích, đặt chỉ tiêu theo năm, nên "
            "chủ thể được vận động làm hồ sơ dồn dập mà chưa tính đến việc ai sẽ mua, mua ở đâu "
            "và mua bao nhiêu.",
            "## Sản phẩm trước, thị trường sau",
            "Cách làm phổ biến hiện nay là chọn sản phẩm sẵn có, hoàn thiện hồ sơ, đánh giá rồi "
            "mới đi tìm thị trường. Trong kinh doanh, trình tự ấy thường ngược. Một sản phẩm chỉ "
            "nên được đầu tư bao bì đắt tiền khi chủ thể đã biết rõ nhóm khách hàng của mình và "
            "có kênh bán ổn định.",
            "Tôi cho rằng các hội đồng đánh giá nên xem xét nghiêm túc hơn phần kế hoạch kinh "
            "doanh, yêu cầu số liệu bán hàng thực tế thay vì những dự báo chung chung. Điểm cho "
            "tiêu chí thị trường cần phản ánh được việc sản phẩm đang bán ở đâu.",
            "## Cái giá của việc chạy theo số lượng",
            "Khi số sản phẩm tăng nhanh, nguồn lực hỗ trợ bị chia mỏng. Mỗi chủ thể chỉ nhận được "
            "một khoản nhỏ, đủ in một lô nhãn, rồi tự bơi. Đến kỳ đánh giá lại sau ba năm, không "
            "ít sản phẩm rớt hạng hoặc chủ thể không buồn làm lại hồ sơ vì thấy không đáng.",
            "Điều đáng lo hơn là niềm tin của người tiêu dùng. Nếu khách mua một hộp có ba sao "
            "mà chất lượng lần sau khác lần trước, họ sẽ nghi ngờ cả hệ thống sao. Công tác hậu "
            "kiểm vì vậy quan trọng không kém việc cấp chứng nhận.",
            "## Vài đề xuất",
            "Thứ nhất, nên chuyển một phần ngân sách hỗ trợ từ khâu làm hồ sơ sang khâu xúc tiến "
            "thương mại có điều kiện, chẳng hạn hỗ trợ theo doanh số bán qua kênh mới. Thứ hai, "
            "khuyến khích các chủ thể nhỏ liên kết thành nhóm dùng chung kho, chung kênh phân "
            "phối. Thứ ba, công khai danh sách sản phẩm bị thu hồi chứng nhận để giữ uy tín cho "
            "những người làm thật.",
            "Ngôi sao chỉ có giá trị khi người mua tin nó. Giữ được niềm tin ấy mới là thước đo "
            "thành công của chương trình.",
        ],
        "captions": ["Sản phẩm OCOP trên kệ một cửa hàng đặc sản ở thành phố."],
        "quotes": ["Được gắn sao chưa có nghĩa là đã có người mua."],
        "byline": "TS. Đỗ Quang Vinh",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Bạn đọc góp ý: cần thêm điểm bán OCOP tại bến xe",
        "lead": "",
        "paras": [
            "Một bạn đọc ở thị xã gửi thư cho rằng các bến xe khách liên tỉnh là nơi rất nhiều "
            "người mua quà quê nhưng hầu như chưa có quầy bán sản phẩm OCOP có nguồn gốc rõ ràng. "
            "Hàng bày bán ở đây phần lớn không nhãn mác. Bạn đọc đề nghị địa phương phối hợp với "
            "doanh nghiệp bến xe mở quầy giới thiệu đặc sản đã được chứng nhận.",
        ],
        "captions": [],
        "quotes": [],
        "byline": "Ngọc Lan (ghi)",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Học thêm không phải lỗi của học sinh",
        "lead": "LTS: Quy định mới về dạy thêm, học thêm tiếp tục gây tranh luận. Tòa soạn giới "
        "thiệu ý kiến của một giáo viên đã nghỉ hưu.",
        "paras": [
            "Ba mươi năm đứng lớp, tôi hiểu vì sao phụ huynh tìm đến lớp học thêm. Chương trình "
            "nặng, lớp đông, thầy cô không đủ thời gian kèm từng em yếu. Cấm đoán mà không giải "
            "quyết gốc rễ thì nhu cầu vẫn còn, chỉ chuyển sang hình thức khác.",
            "Điều cần làm là để nhà trường tổ chức phụ đạo miễn phí cho học sinh chưa theo kịp, "
            "trả thù lao xứng đáng cho giáo viên, và giảm bớt các kỳ thi dồn dập khiến cha mẹ lo "
            "con thua kém bạn bè.",
            "Khi lớp học chính khóa đủ tốt, học thêm sẽ tự trở thành lựa chọn chứ không còn là "
            "gánh nặng.",
        ],
        "captions": [],
        "quotes": ["Nhu cầu học thêm không mất đi chỉ vì một lệnh cấm."],
        "byline": "Nguyễn Thị Thoa",
        "attribution": "",
        "mid": [],
    },
}
