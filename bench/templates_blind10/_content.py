"""Texts of the tenth blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image/video/chart captions: NOT body), byline, attribution
("Theo …"/"Nguồn: …": not body), mid (headlines of a mid-body box: chrome). Template-specific
keys are documented where they are used (_templates.py).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Thêm 19 sản phẩm OCOP 4 sao được công nhận trong đợt cuối năm",
    "Giá cà phê nhân xô quay đầu giảm sau chuỗi ngày tăng nóng",
    "Phiên chợ OCOP cuối tuần kéo dài đến hết tháng Chạp",
    "Đường ven biển đoạn qua hai xã bãi ngang sắp thông xe",
    "Bí quyết giữ hạng sao khi chứng nhận OCOP hết hiệu lực",
    "Mưa lớn kéo dài, nhiều diện tích rau màu bị ngập úng",
    "Nữ chủ thể OCOP đưa bánh gai lá gai rừng vào siêu thị",
    "Ngân hàng điều chỉnh lãi suất tiết kiệm kỳ hạn ngắn",
    "Sản phẩm OCOP làng chài lên kệ sân bay quốc tế",
    "Khai giảng lớp nghề đan lục bình cho lao động nông thôn",
    "Cảnh báo lừa đảo mua bán vé máy bay dịp cuối năm",
    "Trà hoa vàng vùng biên đạt chuẩn OCOP 5 sao cấp quốc gia",
    "Giải chạy địa hình xuyên rừng thông thu hút nghìn vận động viên",
    "Đưa nông sản OCOP lên sàn thương mại điện tử xuyên biên giới",
    "Học sinh vùng lũ nhận sách vở trước ngày trở lại trường",
    "Nắng hạn sớm, nông dân ven biển chủ động trữ nước ngọt",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Tỉnh miền núi công nhận 27 sản phẩm OCOP sau kỳ đánh giá tháng 11",
        "Trong số sản phẩm được công nhận có măng khô, mật ong rừng, rượu men lá và các loại "
        "thổ cẩm dệt tay; năm sản phẩm lần đầu được xếp hạng bốn sao.",
    ),
    (
        "Giá lúa thu đông tăng nhẹ, thương lái tìm đến tận ruộng",
        "Lúa thơm được thu mua cao hơn vụ trước vài trăm đồng mỗi ký, nhiều hộ bán ngay tại "
        "bờ ruộng thay vì phơi khô cất trữ như mọi năm.",
    ),
    (
        "Hợp tác xã nước mắm nhĩ mở điểm trải nghiệm cho du khách",
        "Khách được xem chượp cá trong chum sành, nghe kể cách canh nắng và tự tay rót "
        "những chai nước mắm đầu tiên mang về làm quà.",
    ),
    (
        "Thành phố biển dành khu riêng cho hàng OCOP tại chợ đêm",
        "Hơn ba mươi gian hàng được bố trí miễn phí mặt bằng trong sáu tháng đầu, ưu tiên "
        "chủ thể có sản phẩm đạt từ ba sao trở lên.",
    ),
    (
        "Ngư dân bãi ngang vươn khơi sau đợt gió mùa",
        "Tàu thuyền đồng loạt ra khơi khi biển lặng trở lại, các nậu vựa chuẩn bị đá lạnh "
        "và thùng xốp chờ mẻ cá đầu tiên cập bến.",
    ),
    (
        "Lớp học livestream bán hàng cho nông dân trẻ vùng trung du",
        "Học viên được hướng dẫn dựng khung hình, nói về nguồn gốc sản phẩm và xử lý đơn "
        "hàng sau mỗi buổi phát trực tiếp trên mạng xã hội.",
    ),
    (
        "Xoài cát chu được ký hợp đồng bao tiêu trước vụ",
        "Doanh nghiệp chế biến cam kết thu mua theo giá sàn, đổi lại các tổ hợp tác phải "
        "ghi nhật ký đồng ruộng và bao trái đúng quy trình.",
    ),
    (
        "Làng dệt chiếu cói giữ nghề nhờ đơn hàng xuất khẩu",
        "Những khung dệt cũ được cải tiến thêm bàn đạp, mỗi ngày một gia đình làm được gấp "
        "đôi số chiếu so với cách dệt tay trước đây.",
    ),
    (
        "Ba sản phẩm OCOP của huyện đảo được nâng lên bốn sao",
        "Đó là mực một nắng, rong biển sấy giòn và muối tôm; cả ba đều đã có mã truy xuất "
        "nguồn gốc và được bán trên các chuyến tàu khách.",
    ),
    (
        "Nông dân đồi chè chuyển sang bón phân hữu cơ vi sinh",
        "Sau hai vụ thử nghiệm, búp chè dày hơn, ít sâu cuốn lá, chi phí phân bón mỗi sào "
        "giảm gần một phần tư so với dùng phân hóa học.",
    ),
    (
        "Trạm thú y tiêm phòng dịch tả lợn châu Phi cho đàn nái",
        "Các thôn có ổ dịch cũ được ưu tiên tiêm trước, cán bộ hướng dẫn người nuôi sát "
        "trùng chuồng và không thả rông lợn ra đường.",
    ),
    (
        "Gạo lứt đỏ vùng cao có chỉ dẫn địa lý đầu tiên",
        "Chỉ dẫn địa lý giúp phân biệt gạo thật của các bản ruộng bậc thang với hàng trộn "
        "bán trôi nổi ở các chợ dưới xuôi.",
    ),
    (
        "Cầu treo mới thay bến đò ngang cho học sinh ba thôn",
        "Cây cầu dài hơn bảy mươi mét được hoàn thành trước mùa lũ, các em không còn phải "
        "chờ đò mỗi sáng để đến trường.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ national TV channel, text page
# stamp: the channel stamp printed before the sapo (metadata, not lead).
# sot: {paragraph index: speaker line}: the paragraph is a soundbite quote, the speaker line
#   under it names who speaks; both are body text (the transcript of the report).
PAGES["kenh_tv"] = {
    "long": {
        "title": "Chủ thể OCOP vùng bãi bồi học cách kể chuyện sản phẩm trước ống kính",
        "lead": "Từ chỗ ngại đứng trước máy quay, nhiều chủ hợp tác xã ven sông nay tự quay "
        "video giới thiệu sản phẩm OCOP của mình, bán hàng qua mạng mỗi tối và giữ được khách "
        "quen ở cả những tỉnh xa.",
        "paras": [
            "Bảy giờ tối, gian bếp của hợp tác xã chế biến cá linh ở xã bãi bồi sáng đèn. Chị "
            "Lâm Thị Ngọc dựng chiếc điện thoại lên giá, chỉnh lại khay cá kho vừa ra lò rồi bắt "
            "đầu buổi phát trực tiếp thứ ba trong tuần. Hai năm trước, chị chưa từng nghĩ sẽ có "
            "ngày mình nói chuyện với vài trăm người xem cùng lúc.",
            "Sản phẩm cá linh kho mía của hợp tác xã được công nhận OCOP 4 sao từ năm ngoái. Có "
            "chứng nhận rồi nhưng hàng vẫn chủ yếu bán cho khách vãng lai ở chợ huyện. Chị Ngọc "
            "kể, lúc đó cả nhóm chỉ biết chụp vài tấm ảnh đăng lên trang cá nhân, ai hỏi thì "
            "nhắn lại, đơn hàng lúc có lúc không.",
            "“Lần đầu cầm điện thoại quay, tôi run tới mức nói lộn tên sản phẩm của chính mình. "
            "Xem lại thấy ngượng nên xóa hết, phải tập mấy chục lần mới dám đăng.”",
            "## Lớp học ngay tại xưởng",
            "Đầu năm nay, trung tâm khuyến công của tỉnh mở lớp hướng dẫn chủ thể OCOP làm video "
            "ngắn và bán hàng trực tuyến. Thay vì học trên hội trường, giảng viên xuống tận xưởng "
            "của từng hợp tác xã, chỉ cách chọn góc quay có ánh sáng tự nhiên, cách giới thiệu "
            "nguồn gốc nguyên liệu và quy trình chế biến trong vòng một phút.",
            "Học viên được nhắc không đọc thuộc lòng những câu quảng cáo chung chung mà kể điều "
            "mình biết rõ nhất: con cá được đánh bắt ở khúc sông nào, vì sao phải kho bằng nồi "
            "đất, vì sao mỗi mẻ chỉ làm hai chục hũ. Theo giảng viên, chính những chi tiết nhỏ "
            "ấy làm người mua tin rằng sản phẩm OCOP có câu chuyện thật phía sau.",
            "“Khách bây giờ muốn nhìn thấy người làm ra sản phẩm. Một đoạn video quay vụng nhưng "
            "thật thà đôi khi bán được hàng hơn tấm ảnh được chỉnh sửa rất đẹp.”",
            "## Đơn hàng tăng, áp lực cũng tăng",
            "Sau sáu tháng, mỗi buổi phát trực tiếp của hợp tác xã có từ ba đến năm trăm lượt "
            "xem, đơn hàng qua mạng chiếm gần một nửa doanh thu. Khách ở các thành phố lớn đặt "
            "theo thùng, có người đặt định kỳ hằng tháng. Hợp tác xã phải tuyển thêm bốn lao động "
            "nữ trong xã để kịp đóng gói.",
            "Tuy vậy, bán qua mạng cũng đặt ra yêu cầu mới. Hàng phải được hút chân không, dán "
            "tem truy xuất nguồn gốc và chịu được hai ba ngày vận chuyển. Có lần một lô hàng gửi "
            "ra miền Bắc bị bể hũ vì đóng gói sơ sài, hợp tác xã phải gửi bù toàn bộ và mất thêm "
            "một tuần để thiết kế lại thùng carton có vách ngăn.",
            "Theo Sở Công Thương, đến nay đã có hơn sáu mươi chủ thể OCOP trong tỉnh tham gia các "
            "lớp bán hàng trực tuyến. Ngành chức năng đang phối hợp với các sàn thương mại điện "
            "tử để mở gian hàng chung cho sản phẩm OCOP của tỉnh, đồng thời hỗ trợ chi phí vận "
            "chuyển cho những đơn hàng đầu tiên đi xa.",
            "## Giữ chất lượng trước khi giữ khách",
            "Cán bộ phụ trách chương trình OCOP của huyện lưu ý, khi lượng đơn tăng nhanh, nhiều "
            "cơ sở dễ chạy theo số lượng mà bỏ qua khâu kiểm soát nguyên liệu. Một sản phẩm bị "
            "phản ánh trên mạng có thể ảnh hưởng đến uy tín của cả nhóm sản phẩm cùng địa "
            "phương, nên việc tái đánh giá hạng sao sẽ được làm chặt chẽ hơn.",
            "Chị Ngọc cho biết hợp tác xã đã thống nhất không nhận quá số đơn có thể làm trong "
            "ngày. Khi nguồn cá linh cuối mùa khan hiếm, nhóm thông báo tạm ngưng bán thay vì "
            "thay bằng loại cá khác. Với chị, giữ được khách quen lâu dài quan trọng hơn một mùa "
            "bán chạy.",
        ],
        "sot": {
            2: "Chị Lâm Thị Ngọc - Giám đốc HTX chế biến thủy sản Bãi Bồi",
            6: "Anh Trịnh Quốc Hưng - Giảng viên lớp bán hàng trực tuyến",
        },
        "captions": [
            "Chị Ngọc giới thiệu sản phẩm cá linh kho mía trong một buổi phát trực tiếp tại xưởng.",
            "Lao động nữ của hợp tác xã đóng gói đơn hàng gửi đi các tỉnh phía Bắc.",
        ],
        "mid": ["Chủ thể OCOP vùng biên học cách dán tem truy xuất nguồn gốc"],
        "byline": "Minh Khoa - Thanh Trúc",
        "attribution": "",
        "stamp": "NSTV.vn - ",
        "video": "Phóng sự: Chủ thể OCOP vùng bãi bồi lên sóng trực tuyến",
    },
    "brief": {
        "title": "Mở điểm bán sản phẩm OCOP tại ga đường sắt phía Nam",
        "lead": "",
        "paras": [
            "Sáng 20/11, điểm trưng bày và bán sản phẩm OCOP đầu tiên đặt trong nhà ga đường sắt "
            "phía Nam đã mở cửa đón khách. Điểm bán rộng khoảng bốn mươi mét vuông, giới thiệu "
            "hơn một trăm sản phẩm đạt từ ba sao trở lên của các tỉnh dọc tuyến đường sắt, chủ "
            "yếu là trà, cà phê, bánh kẹo và đặc sản khô tiện mang theo. Hành khách có thể thanh "
            "toán bằng mã QR và nhận hàng ngay trước giờ tàu chạy.",
        ],
        "captions": [],
        "mid": [],
        "byline": "Thu Hà",
        "attribution": "",
        "stamp": "NSTV.vn - ",
        "video": "Bản tin Nhịp sống 12h: Điểm bán đặc sản ở ga tàu",
    },
    "non_ocop": {
        "title": "Nhiều tuyến phố trung tâm ngập sâu sau trận mưa lớn chiều tối",
        "lead": "Mưa lớn kéo dài gần hai giờ vào giờ tan tầm khiến nhiều tuyến phố trung tâm "
        "ngập sâu, giao thông ùn tắc đến khuya.",
        "paras": [
            "Từ khoảng 17 giờ, mưa nặng hạt trút xuống khu vực nội thành kèm gió giật. Chỉ sau "
            "ba mươi phút, nước đã tràn qua vỉa hè ở nhiều tuyến đường thấp trũng, có nơi ngập "
            "quá bánh xe máy. Nhiều người phải dắt bộ, không ít xe chết máy giữa dòng nước.",
            "“Tôi đi làm về mất gần hai tiếng cho quãng đường thường chỉ hai mươi phút. Đến "
            "ngã tư thì nước ngập ngang đầu gối, xe không đi được nữa.”",
            "Lực lượng cảnh sát giao thông được tăng cường tại các nút giao lớn để phân luồng. "
            "Công ty thoát nước cho biết đã vận hành các trạm bơm ở công suất tối đa, dọn rác "
            "tại miệng cống và bố trí nhân viên trực ở những điểm ngập thường xuyên.",
            "Theo cơ quan khí tượng, lượng mưa đo được ở trung tâm thành phố vượt một trăm "
            "milimét. Trong hai ngày tới, khu vực còn có thể có mưa rào và dông vào chiều tối, "
            "người dân cần chủ động lộ trình và hạn chế đi qua những tuyến đường hay ngập.",
        ],
        "sot": {1: "Anh Đoàn Văn Lực - Người dân phường Bến Thành"},
        "captions": ["Nhiều phương tiện chết máy trên tuyến phố ngập sâu chiều tối 20/11."],
        "mid": [],
        "byline": "Nhóm phóng viên Thời sự",
        "attribution": "",
        "stamp": "NSTV.vn - ",
        "video": "Thời sự 19h: Mưa lớn gây ngập nhiều tuyến phố",
    },
}

# ------------------------------------------------------------------ business magazine on tagDiv
# dropcap: the first letter of the first paragraph is printed in its own span (long page).
# issue: "printed in issue …" line after the body (chrome).
PAGES["tagdiv_tapchi"] = {
    "long": {
        "title": "Doanh nghiệp nhỏ và bài toán đưa đặc sản OCOP vào chuỗi bán lẻ hiện đại",
        "lead": "Có chứng nhận OCOP chưa đủ để sản phẩm đứng được trên kệ siêu thị. Chiết khấu, "
        "công nợ, hạn sử dụng và sản lượng ổn định là những điều các doanh nghiệp nhỏ phải tính "
        "trước khi ký hợp đồng với nhà bán lẻ.",
        "paras": [
            "Trong văn phòng chật hẹp ở tầng hai một dãy nhà phố, giám đốc một công ty chế biến "
            "hạt điều rang muối trải bảng tính chi phí ra bàn. Sản phẩm của công ty vừa được "
            "nâng hạng OCOP 4 sao, một chuỗi siêu thị lớn đã gửi lời mời hợp tác. Nhưng sau ba "
            "tuần đàm phán, ông vẫn chưa ký.",
            "Lý do nằm ở những con số. Nhà bán lẻ đề nghị chiết khấu gần ba mươi phần trăm trên "
            "giá bán lẻ, thanh toán sau bốn mươi lăm ngày, kèm phí trưng bày cho vị trí đầu kệ "
            "trong tháng khai trương. Với một doanh nghiệp chỉ có hơn hai chục lao động, đồng vốn "
            "bị giữ lại trong công nợ là cả một đợt nguyên liệu.",
            "## Chứng nhận mở cửa, nhưng không thay được năng lực",
            "Các nhà bán lẻ thừa nhận, nhãn OCOP giúp rút ngắn khâu thẩm định ban đầu vì sản phẩm "
            "đã qua đánh giá về chất lượng, bao bì và truy xuất nguồn gốc. Tuy vậy, khi vào kệ, "
            "sản phẩm phải cạnh tranh trực tiếp với hàng của các thương hiệu lớn có ngân sách "
            "khuyến mãi dồi dào và hệ thống giao hàng chuyên nghiệp.",
            "Một đại diện bộ phận thu mua của chuỗi siêu thị cho biết, trở ngại thường gặp nhất "
            "không phải chất lượng mà là sản lượng. Nhiều cơ sở giao được lô đầu rất đẹp, đến "
            "lô thứ ba thì thiếu hàng hoặc màu sắc, độ ẩm thay đổi do nguyên liệu theo mùa. Khi "
            "hàng đứt quãng vài tuần, vị trí trên kệ sẽ được nhường cho sản phẩm khác.",
            "Hạn sử dụng cũng là điểm yếu. Nhiều đặc sản làm theo cách truyền thống, không dùng "
            "chất bảo quản, chỉ giữ được vài tháng. Trong khi đó, nhà bán lẻ thường yêu cầu hàng "
            "nhập kho còn ít nhất hai phần ba thời hạn, hàng cận hạn bị trả lại và doanh nghiệp "
            "phải chịu chi phí thu hồi.",
            "## Những cách làm khác",
            "Không phải doanh nghiệp nào cũng chọn con đường siêu thị. Một số chủ thể OCOP tập "
            "trung vào cửa hàng đặc sản, quầy quà tặng ở sân bay và khách sạn, nơi biên lợi nhuận "
            "cao hơn và số lượng mỗi đơn nhỏ hơn, phù hợp với năng lực sản xuất. Có doanh nghiệp "
            "bán theo mô hình đặt trước, gom đơn theo tuần rồi mới sản xuất để không tồn kho.",
            "Một hướng khác là liên kết. Ở vài tỉnh, các chủ thể cùng nhóm hàng đã góp chung một "
            "kho, một đội giao hàng và một đầu mối làm việc với nhà bán lẻ. Nhờ vậy, họ đủ sản "
            "lượng cho cả chuỗi cửa hàng và có tiếng nói hơn khi đàm phán chiết khấu.",
            "Chuyên gia tư vấn phân phối cho rằng doanh nghiệp nhỏ nên bắt đầu bằng một số ít cửa "
            "hàng trong khu vực gần, theo dõi tốc độ bán trong ba tháng rồi mới mở rộng. Việc vội "
            "vã phủ hàng khắp nơi mà không có người chăm sóc điểm bán thường dẫn đến hàng nằm "
            "kho, bị trả về và mất luôn cơ hội lần sau.",
            "## Vai trò của chính sách hỗ trợ",
            "Nhiều địa phương đã có chính sách hỗ trợ chi phí tham gia hội chợ và thiết kế bao "
            "bì cho chủ thể OCOP. Tuy nhiên, doanh nghiệp mong muốn được hỗ trợ ở khâu khó hơn: "
            "vốn lưu động để chịu công nợ, kiểm nghiệm định kỳ và đào tạo nhân viên bán hàng. "
            "Đó là những chi phí lặp lại hằng tháng chứ không chỉ chi một lần.",
            "Trở lại với công ty hạt điều, cuối cùng ban giám đốc quyết định chỉ đưa hàng vào "
            "mười hai siêu thị trong thành phố trước, thay vì toàn chuỗi như đề nghị ban đầu. "
            "Đó là con số mà họ tính toán có thể giao đều đặn mỗi tuần mà vẫn giữ được chất "
            "lượng đã làm nên hạng sao của sản phẩm.",
        ],
        "captions": [
            "Sản phẩm hạt điều rang muối được đóng hộp tại xưởng trước khi giao cho nhà phân phối.",
            "Quầy đặc sản vùng miền trong một siêu thị ở trung tâm thành phố.",
        ],
        "mid": ["Chuỗi bán lẻ mở quầy riêng cho hàng OCOP, doanh nghiệp nhỏ còn dè dặt"],
        "byline": "Hoàng Diệp",
        "attribution": "",
        "dropcap": True,
        "issue": "Bài viết được đăng trên Tạp chí Doanh nhân & Thị trường số 46, phát hành ngày 18/11/2026",
    },
    "brief": {
        "title": "Quỹ khởi nghiệp địa phương rót vốn cho ba chủ thể OCOP trẻ",
        "lead": "Ba dự án của chủ thể OCOP dưới 35 tuổi vừa nhận khoản vay ưu đãi không cần "
        "tài sản bảo đảm từ quỹ hỗ trợ khởi nghiệp của tỉnh.",
        "paras": [
            "Các dự án gồm một xưởng sấy lạnh trái cây, một cơ sở làm nước cốt gừng và một nhóm "
            "sản xuất đồ thủ công từ tre. Mỗi dự án được vay tối đa năm trăm triệu đồng trong ba "
            "năm, trả gốc từ năm thứ hai.",
        ],
        "captions": [],
        "mid": [],
        "byline": "Minh Thư",
        "attribution": "",
        "dropcap": False,
        "issue": "",
    },
    "non_ocop": {
        "title": "Doanh nghiệp logistics tìm cách giảm chi phí chặng cuối",
        "lead": "Chi phí giao hàng chặng cuối chiếm phần lớn tổng chi phí vận chuyển, buộc các "
        "doanh nghiệp logistics thử nghiệm tủ nhận hàng và điểm gom tại khu dân cư.",
        "paras": [
            "Ở các đô thị lớn, một đơn hàng nhỏ có thể phải giao hai ba lần mới đến được tay "
            "người nhận vì khách vắng nhà hoặc đổi giờ hẹn. Mỗi lần giao lại làm tăng chi phí "
            "nhiên liệu và thời gian của nhân viên.",
            "Một số công ty đã đặt tủ nhận hàng thông minh tại sảnh chung cư và cửa hàng tiện "
            "lợi. Người mua nhận mã qua tin nhắn và tự lấy hàng trong vòng hai ngày. Theo các "
            "doanh nghiệp, tỷ lệ giao thành công ở những khu vực có tủ đã tăng rõ rệt.",
            "Tuy vậy, chi phí đầu tư tủ và thuê mặt bằng không nhỏ. Các doanh nghiệp cho rằng "
            "cần có quy hoạch điểm nhận hàng chung giữa nhiều đơn vị vận chuyển để tránh mỗi tòa "
            "nhà phải đặt vài ba loại tủ khác nhau.",
        ],
        "captions": ["Tủ nhận hàng thông minh đặt tại sảnh một khu chung cư."],
        "mid": [],
        "byline": "Quang Vinh",
        "attribution": "",
        "dropcap": True,
        "issue": "",
    },
}


# ------------------------------------------------------------------ lifestyle magazine, food section
# story: the article text before the recipe card; ingredients: (amount, unit, name) printed in
#   three spans of the recipe plugin; steps: the instructions. The card's ingredients and steps
#   are body text (the article is the recipe); its times, servings, rating and buttons are not.
PAGES["am_thuc"] = {
    "long": {
        "title": "Cá bống kho tộ với nước mắm nhĩ OCOP: món cơm nhà ngày gió chướng",
        "lead": "Chỉ cần nồi đất, ít cá bống sông và một chai nước mắm nhĩ đạt chuẩn OCOP, căn "
        "bếp nhà bạn sẽ thơm mùi kho quẹt suốt cả buổi chiều.",
        "story": [
            "Mỗi năm, khi gió chướng bắt đầu thổi qua những con rạch, bà ngoại tôi lại bắc nồi "
            "cá bống kho lên bếp củi. Cá bống dừa nhỏ bằng ngón tay, được ướp từ sáng sớm, kho "
            "liu riu đến khi nước sánh lại thành lớp keo nâu bóng. Món ăn giản dị ấy gắn với cả "
            "tuổi thơ của những đứa trẻ lớn lên ở miệt vườn.",
            "Bí quyết của bà không nằm ở con cá mà ở chai nước mắm. Bà chỉ dùng nước mắm nhĩ ủ "
            "chượp trong thùng gỗ, loại nước đầu có màu cánh gián và mùi thơm dịu. Ngày nay, sản "
            "phẩm nước mắm nhĩ của một hợp tác xã làng biển gần nhà đã được công nhận OCOP 4 sao, "
            "có tem truy xuất nguồn gốc, nên người ở xa cũng mua được đúng vị quen.",
            "## Chọn cá và nước mắm",
            "Nên chọn cá bống còn tươi, thân chắc, vảy sáng. Cá đông lạnh vẫn dùng được nhưng "
            "thịt sẽ bở hơn. Với nước mắm, hãy xem độ đạm in trên nhãn và chọn loại nguyên chất, "
            "không pha thêm đường hay chất điều vị, để món kho có vị mặn sâu mà không gắt.",
            "Nồi đất giữ nhiệt đều, giúp cá thấm gia vị từ từ và không bị nát. Nếu không có nồi "
            "đất, bạn có thể dùng nồi gang đáy dày và kho ở lửa thật nhỏ.",
        ],
        "ingredients": [
            ("500", "g", "cá bống dừa làm sạch"),
            ("3", "muỗng canh", "nước mắm nhĩ"),
            ("2", "muỗng canh", "đường thốt nốt"),
            ("1", "muỗng cà phê", "tiêu xay"),
            ("4", "tép", "tỏi băm"),
            ("3", "củ", "hành tím băm"),
            ("2", "quả", "ớt hiểm"),
            ("50", "g", "mỡ heo thắng tóp"),
        ],
        "steps": [
            "Ướp cá với nước mắm, một nửa phần hành tỏi và tiêu trong khoảng ba mươi phút cho "
            "thấm đều.",
            "Thắng đường thốt nốt với một muỗng nước đến khi có màu cánh gián thì tắt bếp.",
            "Phi thơm phần hành tỏi còn lại với mỡ heo, cho cá vào xếp đều, rưới nước màu lên "
            "trên rồi đậy nắp.",
            "Kho lửa nhỏ khoảng bốn mươi phút, thỉnh thoảng lắc nhẹ nồi, không đảo để cá giữ "
            "nguyên con.",
            "Khi nước kho sánh lại, thêm ớt và tóp mỡ, rắc tiêu rồi tắt bếp. Dùng nóng với cơm "
            "trắng và rau luộc.",
        ],
        "captions": ["Nồi cá bống kho tộ vừa nhấc khỏi bếp, nước kho sánh màu cánh gián."],
        "mid": ["Nước mắm nhĩ làng biển và hành trình lên bốn sao OCOP"],
        "byline": "Bếp nhà Mai Phương",
        "attribution": "",
        "recipe_name": "Cá bống kho tộ nước mắm nhĩ",
    },
    "brief": {
        "title": "Phố ẩm thực cuối tuần có thêm khu bán đặc sản OCOP miền Tây",
        "lead": "",
        "story": [
            "Từ tối thứ Sáu tuần này, phố ẩm thực ven sông dành riêng hai mươi gian cho đặc sản "
            "OCOP của các tỉnh miền Tây. Thực khách có thể nếm thử bánh pía, mắm cá linh, kẹo "
            "dừa và khô cá lóc trước khi mua, giá niêm yết tại từng gian. Khu bán mở cửa đến "
            "mười giờ đêm, kéo dài đến hết tháng Chạp.",
        ],
        "captions": [],
        "mid": [],
        "byline": "Ngọc Hân",
        "attribution": "",
    },
    "non_ocop": {
        "title": "Canh chua cá lóc bông điên điển cho bữa cơm mùa nước nổi",
        "lead": "Vị chua của me, chút ngọt của thơm và sắc vàng bông điên điển làm nên tô canh "
        "dân dã mà ai đi xa cũng nhớ.",
        "story": [
            "Khi nước lên đầy đồng, bông điên điển nở vàng dọc bờ kênh. Người miền Tây hái bông "
            "về nấu canh chua, xào tép hay làm gỏi. Trong đó, canh chua cá lóc là món được nấu "
            "nhiều nhất vì dễ làm và hợp với cả nhà.",
            "Cá lóc đồng thịt chắc, ít tanh. Nếu mua cá nuôi, bạn nên chà muối và rửa lại với "
            "nước gừng trước khi nấu.",
        ],
        "ingredients": [
            ("1", "con", "cá lóc khoảng 700 g"),
            ("200", "g", "bông điên điển"),
            ("30", "g", "me chua"),
            ("1/4", "quả", "thơm"),
            ("2", "quả", "cà chua"),
            ("1", "nắm", "rau ngò om"),
        ],
        "steps": [
            "Cá làm sạch, cắt khúc vừa ăn. Me ngâm nước ấm rồi dầm lấy nước cốt.",
            "Đun sôi nước với nước me, cho thơm và cà chua vào nấu khoảng năm phút.",
            "Thả cá vào nấu chín, nêm vừa ăn rồi cho bông điên điển và ngò om vào, tắt bếp ngay.",
        ],
        "captions": ["Tô canh chua cá lóc với bông điên điển vàng óng."],
        "mid": [],
        "byline": "Bếp nhà Mai Phương",
        "attribution": "",
        "recipe_name": "Canh chua cá lóc bông điên điển",
    },
}


def _with_recipe(page: dict) -> dict:
    """Food pages: body = story, then the card's ingredient lines and steps (sub-headed)."""
    paras = list(page["story"])
    if page.get("ingredients"):
        paras += ["## Nguyên liệu", *(" ".join(x) for x in page["ingredients"])]
        paras += ["## Cách làm", *page["steps"]]
    return {**page, "paras": paras, "recipe_at": len(page["story"])}


PAGES["am_thuc"] = {k: _with_recipe(v) for k, v in PAGES["am_thuc"].items()}

# ------------------------------------------------------------------ agriculture daily, series article
# series: (series name, [part titles]); part: which part this page is (1-based), 0 = no series.
# box: (first, last) paragraph indices printed in a fact box inside the body (body text).
# next: the "Kỳ tới" teaser line after the body (chrome).
PAGES["nong_nghiep"] = {
    "long": {
        "title": "Bài 2: Khi chứng nhận hết hạn, hạng sao có còn giữ được?",
        "lead": "Nhiều sản phẩm OCOP vùng cao được công nhận từ những năm đầu nay đã hết thời hạn "
        "ba mươi sáu tháng. Đánh giá lại đòi hỏi hồ sơ, kiểm nghiệm và cả sự thay đổi trong "
        "cách làm, không phải chủ thể nào cũng theo kịp.",
        "paras": [
            "Trong căn nhà sàn ở lưng chừng đồi, ông Vàng Seo Pao lật giở tập hồ sơ đã ngả vàng. "
            "Giấy chứng nhận OCOP 3 sao cho sản phẩm chè shan tuyết sao khô của tổ hợp tác do ông "
            "làm tổ trưởng được cấp từ mùa xuân năm 2022 và đã hết hiệu lực từ đầu năm nay.",
            "Ông kể, lần đánh giá trước có cán bộ huyện xuống tận nơi hướng dẫn làm hồ sơ, chụp "
            "ảnh nhà xưởng, gửi mẫu đi kiểm nghiệm. Lần này, bộ tiêu chí mới yêu cầu thêm phương "
            "án kinh doanh, nhật ký sản xuất và bằng chứng về liên kết vùng nguyên liệu. Cả tổ "
            "loay hoay gần hai tháng vẫn chưa xong.",
            "## Thêm tiêu chí, thêm chi phí",
            "Theo văn phòng điều phối nông thôn mới của tỉnh, trong năm nay có gần bốn mươi sản "
            "phẩm OCOP hết hạn chứng nhận, phần lớn thuộc nhóm chè, dược liệu và rượu men lá. "
            "Đến thời điểm này mới có khoảng một nửa số chủ thể nộp hồ sơ đánh giá lại.",
            "Chi phí kiểm nghiệm các chỉ tiêu an toàn thực phẩm cho một mẫu chè dao động từ ba "
            "đến năm triệu đồng, chưa kể tiền in lại bao bì nếu nhãn cũ không còn phù hợp. Với "
            "những tổ hợp tác chỉ bán vài tạ chè mỗi năm, khoản tiền này không nhỏ.",
            "## Điều cần biết về đánh giá lại",
            "Sản phẩm đã được công nhận phải nộp hồ sơ đánh giá lại trước khi hết thời hạn ba "
            "mươi sáu tháng nếu muốn giữ hạng sao và được tiếp tục dùng biểu trưng OCOP.",
            "Hồ sơ gồm phiếu đăng ký, phương án sản xuất kinh doanh, kết quả kiểm nghiệm còn "
            "hiệu lực và các minh chứng theo bộ tiêu chí hiện hành. Sản phẩm không đạt sẽ bị "
            "thu hồi quyền sử dụng biểu trưng.",
            "## Cách làm của những nơi giữ được sao",
            "Ở xã bên cạnh, hợp tác xã chè cổ thụ đã chủ động từ một năm trước khi chứng nhận "
            "hết hạn. Hợp tác xã cử một thành viên trẻ đi học lớp quản trị, lập sổ theo dõi từng "
            "đợt hái búp, ký hợp đồng thu mua với ba mươi hộ có cây chè cổ. Nhờ có sẵn dữ liệu, "
            "hồ sơ đánh giá lại được hoàn thành chỉ trong hai tuần và sản phẩm được nâng lên 4 sao.",
            "Giám đốc hợp tác xã cho rằng cái khó không nằm ở giấy tờ mà ở thói quen. Khi mọi "
            "công đoạn được ghi chép ngay từ đầu, việc chứng minh chất lượng trở nên đơn giản. "
            "Ngược lại, nếu chỉ lo hồ sơ khi sắp hết hạn thì rất dễ bị động.",
            "Ngành nông nghiệp tỉnh cho biết sẽ tổ chức các đợt hướng dẫn lưu động tại các xã "
            "vùng cao trong quý tới, đồng thời đề xuất hỗ trợ một phần chi phí kiểm nghiệm cho "
            "chủ thể là tổ hợp tác và hộ kinh doanh ở vùng đặc biệt khó khăn.",
        ],
        "box": (5, 7),
        "captions": [
            "Ông Vàng Seo Pao kiểm tra chè sao khô trước khi đóng gói.",
            "Cán bộ khuyến nông hướng dẫn thành viên hợp tác xã ghi nhật ký sản xuất.",
        ],
        "mid": ["Quy trình đánh giá lại sản phẩm OCOP theo bộ tiêu chí mới"],
        "byline": "Đình Khang - Mai Lan",
        "attribution": "",
        "series": (
            "Giữ sao cho nông sản vùng cao",
            [
                "Bài 1: Những ngọn đồi chè và tấm giấy chứng nhận đầu tiên",
                "Bài 2: Khi chứng nhận hết hạn, hạng sao có còn giữ được?",
                "Bài 3: Thị trường nào cho chè shan tuyết OCOP?",
            ],
        ),  # fmt: skip
        "part": 2,
        "next": "Kỳ tới: Thị trường nào cho chè shan tuyết OCOP?",
    },
    "brief": {
        "title": "Cà phê đặc sản của hai hợp tác xã được công nhận OCOP 4 sao",
        "lead": "",
        "paras": [
            "Hội đồng đánh giá sản phẩm OCOP cấp tỉnh vừa công nhận hai sản phẩm cà phê rang xay "
            "đạt 4 sao. Đây là cà phê chế biến ướt từ quả chín hái chọn của các hợp tác xã ở vùng "
            "cao nguyên, được kiểm soát độ ẩm và lên men trước khi phơi trên giàn. Cả hai sản "
            "phẩm đã có mã số vùng trồng và đang chào bán cho các quán cà phê đặc sản ở thành phố.",
        ],
        "box": None,
        "captions": [],
        "mid": [],
        "byline": "Y Nguyên",
        "attribution": "",
        "series": None,
        "part": 0,
        "next": "",
    },
    "non_ocop": {
        "title": "Bài 1: Giếng khoan cạn dần giữa mùa khô",
        "lead": "Mùa khô năm nay đến sớm, nhiều giếng khoan tưới cà phê ở vùng đồi đã cạn, "
        "nông dân phải chở nước từ hồ xa về tưới cứu cây.",
        "paras": [
            "Bốn giờ sáng, anh Điểu Khải đã nổ máy chiếc xe công nông chở bồn nước ba khối ra hồ "
            "thủy lợi cách nhà gần sáu cây số. Giếng khoan trong vườn nhà anh đã khô từ giữa "
            "tháng trước, vườn cà phê đang ra hoa không thể chờ.",
            "Ở khu vực này, mực nước ngầm năm nào cũng hạ thấp vào mùa khô, nhưng năm nay giếng "
            "cạn sớm hơn gần một tháng. Nhiều hộ phải khoan sâu thêm, có nơi khoan đến hơn trăm "
            "mét vẫn không có nước.",
            "Cán bộ khuyến nông khuyên bà con tưới tiết kiệm theo gốc, tủ cỏ khô giữ ẩm và ưu "
            "tiên tưới cho những vườn đang ra hoa đậu quả.",
        ],
        "box": None,
        "captions": ["Anh Điểu Khải chở nước từ hồ thủy lợi về tưới vườn cà phê."],
        "mid": [],
        "byline": "Y Nguyên",
        "attribution": "",
        "series": (
            "Nước cho vùng cà phê",
            [
                "Bài 1: Giếng khoan cạn dần giữa mùa khô",
                "Bài 2: Hồ đập nhỏ và bài toán chia nước",
                "Bài 3: Tưới tiết kiệm, lối ra cho vườn đồi",
            ],
        ),  # fmt: skip
        "part": 1,
        "next": "Kỳ tới: Hồ đập nhỏ và bài toán chia nước",
    },
}


# ------------------------------------------------------------------ travel magazine, destination guide
# place: the structured place card (address, hours, tickets): chrome, not prose.
# hotels: affiliate hotel cards inserted mid-body (chrome). gallery: photo grid captions after
#   the body (captions).
PAGES["du_lich"] = {
    "long": {
        "title": "Một ngày ở làng gốm ven sông: nặn đất, nung lò và mua quà OCOP",
        "lead": "Cách trung tâm thành phố chưa đến một giờ đi xe, làng gốm ven sông là điểm đến "
        "trong ngày cho những ai muốn tự tay nặn một chiếc bình, xem lò nung củi và mang về "
        "món quà đã được công nhận OCOP.",
        "paras": [
            "## Đường đến làng gốm",
            "Từ trung tâm thành phố, bạn đi theo quốc lộ ven sông khoảng ba mươi cây số rồi rẽ "
            "vào con đường bê tông dẫn thẳng vào làng. Nếu không tự lái, có thể bắt xe buýt "
            "tuyến liên huyện và xuống ở chợ xã, từ đó đi bộ thêm chừng mười phút. Buổi sáng "
            "sớm, đường vắng và mát, rất hợp để đạp xe.",
            "## Nên đến vào mùa nào",
            "Làng đón khách quanh năm, nhưng đẹp nhất là từ tháng Mười đến tháng Tư, khi trời "
            "khô ráo, các lò nung hoạt động đều và sân phơi đầy những hàng bình, chum mới nặn. "
            "Mùa mưa, nhiều xưởng nghỉ nung vì củi ẩm, bạn nên gọi trước để hỏi lịch.",
            "## Tự tay nặn gốm",
            "Hầu hết xưởng trong làng đều có bàn xoay dành cho khách. Nghệ nhân sẽ nhào sẵn đất, "
            "hướng dẫn bạn đặt tay, giữ nhịp chân và kéo thành bình. Lần đầu, sản phẩm thường "
            "méo mó, nhưng ai cũng cười vui khi nhìn chiếc bình của mình. Đồ nặn xong được để "
            "khô vài ngày rồi nung, xưởng có thể gửi về tận nhà sau khoảng hai tuần.",
            "Điều thú vị nhất là được xem lò nung củi cổ của làng, nơi mỗi mẻ gốm phải đốt liên "
            "tục gần hai ngày đêm. Người giữ lửa canh màu khói để biết khi nào gốm chín, một "
            "kinh nghiệm chỉ truyền bằng cách đứng cạnh lò nhiều năm.",
            "## Mua gì làm quà",
            "Bộ ấm chén men tro và lọ hoa dáng thấp của hợp tác xã gốm trong làng đã được công "
            "nhận sản phẩm OCOP 4 sao, được bày bán ở phòng trưng bày đầu làng với giá niêm yết "
            "rõ ràng. Mỗi sản phẩm có tem ghi tên nghệ nhân và mã truy xuất, khách có thể quét "
            "để xem quy trình làm ra món đồ mình mua.",
            "Nếu muốn quà nhỏ gọn, hãy chọn những chiếc đĩa lót ly hay tượng con giáp bằng đất "
            "nung, vừa rẻ vừa dễ mang theo. Phòng trưng bày nhận đóng gói chống vỡ và gửi hàng "
            "đi các tỉnh.",
            "## Ăn gì, ở đâu",
            "Trưa, bạn có thể ăn cơm nhà dân với cá sông kho, canh rau đồng và cà pháo muối. Vài "
            "hộ trong làng mở homestay với nhà gỗ nhìn ra sông, phù hợp cho ai muốn ở lại xem "
            "lò nung vào ban đêm. Hãy đặt trước vào cuối tuần vì số phòng không nhiều.",
            "## Lưu ý khi tham quan",
            "Mặc quần áo thoải mái, không ngại lấm đất. Hỏi ý kiến trước khi chụp ảnh bên trong "
            "xưởng và tuyệt đối không chạm vào những sản phẩm đang phơi trên sân.",
        ],
        "captions": [
            "Du khách thử kéo bình trên bàn xoay dưới sự hướng dẫn của nghệ nhân.",
        ],
        "gallery": [
            "Lò nung củi cổ của làng đỏ lửa vào ban đêm.",
            "Những hàng chum mới nặn phơi trên sân gạch.",
            "Bộ ấm chén men tro được bày ở phòng trưng bày đầu làng.",
        ],
        "hotels": [
            ("Nhà gỗ Bến Sông Homestay", "Cách làng gốm 0,4 km", "từ 650.000đ/đêm"),
            ("Khách sạn Phù Sa Riverside", "Cách làng gốm 2,1 km", "từ 890.000đ/đêm"),
        ],  # fmt: skip
        "place": [
            "Địa chỉ: Thôn Đông, xã Phú Lộc ven sông",
            "Giờ mở cửa: 7:30 - 17:00 hằng ngày",
            "Giá trải nghiệm nặn gốm: 80.000đ/người",
        ],  # fmt: skip
        "mid": [],
        "byline": "Lan Chi",
        "attribution": "",
    },
    "brief": {
        "title": "Tour làng nghề có điểm dừng mua sản phẩm OCOP",
        "lead": "Các công ty lữ hành vừa ra mắt tour một ngày ghé ba làng nghề ven đô, kết thúc ở "
        "điểm bán sản phẩm OCOP.",
        "paras": [
            "Du khách được xem làm hương, dệt chiếu và tráng bánh, mỗi nơi có phần trải nghiệm "
            "ngắn. Giá tour đã gồm xe đưa đón, bữa trưa và hướng dẫn viên; tour khởi hành vào "
            "thứ Bảy và Chủ nhật hằng tuần.",
        ],
        "captions": [],
        "gallery": [],
        "hotels": [],
        "place": [],
        "mid": [],
        "byline": "Lan Chi",
        "attribution": "",
    },
    "non_ocop": {
        "title": "Kinh nghiệm cắm trại trên đảo nhỏ mùa biển lặng",
        "lead": "Từ tháng Ba đến tháng Tám, biển lặng và trời trong là lúc thích hợp nhất để "
        "thuê thuyền ra đảo nhỏ cắm trại một đêm.",
        "paras": [
            "## Chuẩn bị gì",
            "Lều chống gió, túi ngủ mỏng, đèn pin, nước ngọt và túi đựng rác là những thứ không "
            "thể thiếu. Đảo không có điện lưới, bạn nên mang thêm sạc dự phòng.",
            "## Thuê thuyền ở đâu",
            "Bến cá phía nam có nhiều thuyền nhận chở khách, giá thỏa thuận theo nhóm. Hãy hẹn "
            "giờ đón về rõ ràng và lưu số điện thoại của chủ thuyền.",
            "## Giữ đảo sạch",
            "Mang toàn bộ rác về đất liền, không đốt lửa trên bãi cỏ và không bẻ san hô làm kỷ "
            "niệm. Những hòn đảo nhỏ chỉ giữ được vẻ đẹp khi mỗi người khách đều cẩn thận.",
        ],
        "captions": ["Lều trại dựng trên bãi cát phía tây đảo lúc hoàng hôn."],
        "gallery": ["Nước biển trong xanh quanh đảo vào mùa biển lặng."],
        "hotels": [("Khách sạn Hải Đăng", "Cách bến thuyền 0,8 km", "từ 720.000đ/đêm")],
        "place": ["Bến thuyền: Bến cá phía nam thị trấn", "Thời gian đẹp: tháng 3 - tháng 8"],
        "mid": [],
        "byline": "Bảo Nam",
        "attribution": "",
    },
}

# ------------------------------------------------------------------ national army daily
# graphic: an infographic with its data note and "Đồ họa:" credit (captions).
# invite: the closing "* Mời bạn đọc …" line inside the content (chrome).
PAGES["quan_doi"] = {
    "long": {
        "title": "Vùng biên giới có thêm nhiều sản phẩm OCOP từ mô hình của bộ đội",
        "lead": "Từ những mô hình trồng dược liệu, nuôi ong và chế biến nông sản do các đồn biên "
        "phòng giúp đỡ, nhiều xã biên giới đã có sản phẩm đạt chuẩn OCOP, mở thêm sinh kế cho "
        "đồng bào dân tộc thiểu số.",
        "paras": [
            "Ở xã biên giới vùng cao, con đường đất dẫn vào bản giờ đã được đổ bê tông. Hai bên "
            "đường, những luống sâm đất và đương quy xanh mướt trải dài trên sườn đồi. Mô hình "
            "trồng dược liệu dưới tán rừng này bắt đầu từ năm 2021, khi cán bộ đồn biên phòng "
            "vận động mười hai hộ trồng thử trên diện tích bỏ hoang.",
            "Những ngày đầu, bà con còn e ngại vì chưa biết bán cho ai. Cán bộ đồn liên hệ với "
            "một doanh nghiệp dược ở đồng bằng, mời kỹ sư lên hướng dẫn kỹ thuật và cam kết thu "
            "mua. Đến nay, mô hình đã mở rộng ra hơn sáu mươi hộ ở ba bản.",
            "## Từ nguyên liệu thô đến sản phẩm có sao",
            "Năm ngoái, tổ hợp tác dược liệu của bản đầu tư lò sấy và máy thái lát, làm ra sản "
            "phẩm trà túi lọc từ lá đương quy. Sản phẩm được huyện hỗ trợ thiết kế bao bì, kiểm "
            "nghiệm chất lượng và đã được công nhận OCOP 3 sao. Giá trị mỗi ký nguyên liệu sau "
            "chế biến tăng gấp nhiều lần so với bán tươi.",
            "Không chỉ dược liệu, các đồn biên phòng trên tuyến còn giúp dân nuôi ong lấy mật, "
            "trồng gừng và làm miến từ củ dong riềng. Một số sản phẩm mật ong bạc hà và gừng "
            "sấy dẻo của các hợp tác xã vùng biên đã đạt OCOP 3 sao và 4 sao.",
            "## Người lính làm cầu nối",
            "Theo chỉ huy đồn biên phòng, bộ đội không làm thay dân mà đóng vai trò người kết nối: "
            "tìm doanh nghiệp bao tiêu, mời cán bộ kỹ thuật, hướng dẫn bà con lập tổ hợp tác và "
            "ghi chép sổ sách. Nhiều cán bộ đồn đã học thêm về thương mại điện tử để giúp dân "
            "đăng bán sản phẩm trên mạng.",
            "Thượng úy Hoàng Văn Nam, đội trưởng đội vận động quần chúng, cho biết mỗi tuần anh "
            "em trong đội đều dành một buổi xuống bản cùng bà con chăm sóc vườn, kiểm tra lò sấy "
            "và trao đổi về đơn hàng. Những hộ từng nghèo nhất bản nay đã có thu nhập ổn định.",
            "## Giữ dân, giữ đất",
            "Cấp ủy địa phương đánh giá, khi người dân có sinh kế bền vững ngay trên quê hương, "
            "tình trạng di cư tự do và vượt biên trái phép giảm rõ rệt. Các tổ hợp tác cũng trở "
            "thành nơi sinh hoạt cộng đồng, nơi bộ đội và dân bản cùng bàn việc giữ rừng, giữ "
            "đường biên.",
            "Thời gian tới, bộ đội biên phòng tỉnh tiếp tục phối hợp với ngành nông nghiệp xây "
            "dựng thêm các mô hình sinh kế gắn với chương trình OCOP, ưu tiên sản phẩm từ dược "
            "liệu và nông sản đặc hữu của vùng biên giới.",
        ],
        "captions": ["Cán bộ đồn biên phòng cùng người dân chăm sóc vườn dược liệu dưới tán rừng."],
        "graphic": ["Số liệu theo Văn phòng Điều phối nông thôn mới tỉnh.", "Đồ họa: THU TRANG"],
        "graphic_at": 4,
        "invite": "* Mời bạn đọc vào chuyên mục Kinh tế xem các tin, bài liên quan.",
        "mid": [],
        "byline": "QUANG HIẾU",
        "attribution": "",
    },
    "brief": {
        "title": "Trao tặng sản phẩm OCOP cho cán bộ, chiến sĩ đảo xa",
        "lead": "",
        "paras": [
            "Ngày 19/11, đoàn công tác của tỉnh đã trao tặng cán bộ, chiến sĩ trên đảo xa hơn hai "
            "nghìn phần quà gồm trà, mứt gừng, nước mắm và hạt điều đạt chuẩn OCOP do các hợp tác "
            "xã trong tỉnh sản xuất. Đây là hoạt động thường niên nhằm động viên bộ đội trước mùa "
            "gió chướng và dịp Tết sắp tới.",
        ],
        "captions": [],
        "graphic": [],
        "graphic_at": None,
        "invite": "* Mời bạn đọc vào chuyên mục Quốc phòng - An ninh xem các tin, bài liên quan.",
        "mid": [],
        "byline": "HẢI YẾN",
        "attribution": "",
    },
    "non_ocop": {
        "title": "Tổng mức bán lẻ hàng hóa mười tháng tăng so với cùng kỳ",
        "lead": "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng mười tháng năm nay tăng "
        "khá, trong đó nhóm lương thực, thực phẩm và du lịch lữ hành tăng mạnh nhất.",
        "paras": [
            "Theo số liệu công bố sáng 20/11, doanh thu bán lẻ hàng hóa chiếm gần bốn phần năm "
            "tổng mức, tăng đều ở hầu hết các nhóm hàng. Doanh thu dịch vụ lưu trú, ăn uống tăng "
            "nhờ lượng khách du lịch nội địa cao trong mùa hè.",
            "Các chuyên gia nhận định sức mua trong những tháng cuối năm sẽ tiếp tục được cải "
            "thiện nhờ các chương trình khuyến mại và nhu cầu mua sắm dịp lễ, Tết.",
            "Tuy vậy, giá một số mặt hàng thiết yếu có xu hướng tăng, cơ quan quản lý cần theo "
            "dõi sát diễn biến thị trường để có biện pháp bình ổn kịp thời.",
        ],
        "captions": [],
        "graphic": ["Số liệu theo cơ quan thống kê.", "Đồ họa: MINH ĐỨC"],
        "graphic_at": 0,
        "invite": "* Mời bạn đọc vào chuyên mục Kinh tế xem các tin, bài liên quan.",
        "mid": [],
        "byline": "PHƯƠNG LINH",
        "attribution": "",
    },
}

# ------------------------------------------------------------------ sponsored content on a news site
# sponsor: the brand line above the title; cta: the contact block after the body (chrome).
PAGES["tai_tro"] = {
    "long": {
        "title": "Nhà máy chế biến nông sản đưa ba dòng sản phẩm OCOP ra thị trường quốc tế",
        "lead": "Sau hai năm chuẩn hóa quy trình, một doanh nghiệp chế biến nông sản ở đồng bằng "
        "đã xuất những lô hàng đầu tiên mang nhãn OCOP sang châu Âu và Nhật Bản.",
        "paras": [
            "Những ngày cuối tháng Mười Một, dây chuyền đóng gói của nhà máy chạy cả ca đêm để "
            "kịp giao ba container chuối sấy dẻo, xoài sấy và mứt dừa non. Đây là ba sản phẩm "
            "đã được công nhận OCOP 4 sao và đáp ứng các yêu cầu kiểm dịch của thị trường nhập "
            "khẩu.",
            "Theo đại diện doanh nghiệp, để có được đơn hàng xuất khẩu, nhà máy đã đầu tư hệ "
            "thống sấy lạnh, phòng đóng gói đạt chuẩn và phòng kiểm nghiệm nội bộ. Toàn bộ quy "
            "trình từ tiếp nhận nguyên liệu đến xuất kho đều được ghi chép và truy xuất bằng mã "
            "riêng cho từng lô.",
            "## Liên kết với hơn nghìn hộ trồng",
            "Nguồn nguyên liệu đến từ hơn một nghìn hộ nông dân trong các hợp tác xã liên kết. "
            "Doanh nghiệp ký hợp đồng bao tiêu với giá sàn, hỗ trợ phân bón hữu cơ và cử kỹ "
            "thuật viên xuống vườn hướng dẫn. Trái cây đạt chuẩn được mua cao hơn giá thị trường, "
            "nhờ vậy nhiều hộ đã chuyển hẳn sang canh tác theo quy trình an toàn.",
            "Nhiều nông dân cho biết, trước đây vào mùa thu hoạch rộ, trái cây thường bị ép giá. "
            "Từ khi có hợp đồng liên kết, họ yên tâm mở rộng diện tích và đầu tư hệ thống tưới.",
            "## Từ sản phẩm OCOP đến thương hiệu xuất khẩu",
            "Chứng nhận OCOP là bước đệm quan trọng giúp sản phẩm được nhà nhập khẩu chú ý. Bao "
            "bì được thiết kế lại với thông tin song ngữ, câu chuyện về vùng trồng và mã quét "
            "truy xuất. Doanh nghiệp cũng tham gia các hội chợ quốc tế để tìm kiếm đối tác.",
            "Trong năm tới, nhà máy dự kiến đưa thêm hai sản phẩm từ dừa và khóm vào danh mục "
            "đánh giá OCOP, đồng thời mở rộng sang thị trường Hàn Quốc và Trung Đông. Mục tiêu "
            "là nâng tỷ trọng hàng chế biến sâu lên hơn một nửa doanh thu.",
            "Ban lãnh đạo doanh nghiệp cho rằng con đường xuất khẩu còn nhiều thử thách, nhưng "
            "chỉ khi giữ được chất lượng ổn định, nông sản địa phương mới có chỗ đứng lâu dài "
            "trên thị trường thế giới.",
        ],
        "captions": [
            "Dây chuyền đóng gói trái cây sấy tại nhà máy.",
            "Nông dân hợp tác xã thu hoạch xoài theo hợp đồng liên kết.",
        ],
        "mid": [],
        "byline": "",
        "attribution": "",
        "sponsor": "Nội dung được tài trợ bởi Công ty CP Nông sản Phù Sa Xanh",
        "cta": [
            "Hotline đặt hàng: 1900 6868 12",
            "Website: phusaxanh.example.vn",
            "Địa chỉ: Lô C3, khu công nghiệp ven sông, xã Tân Phú",
        ],  # fmt: skip
    },
    "brief": {
        "title": "Khai trương cửa hàng đặc sản OCOP thứ mười tại thành phố",
        "lead": "",
        "paras": [
            "Chuỗi cửa hàng đặc sản vùng miền vừa khai trương điểm bán thứ mười, trưng bày hơn ba "
            "trăm sản phẩm OCOP từ ba mươi tỉnh thành. Trong tuần đầu, khách mua hàng được giảm "
            "giá một phần mười và nhận quà là hộp trà thảo mộc. Cửa hàng mở cửa từ tám giờ sáng "
            "đến mười giờ tối, có giao hàng tận nơi trong nội thành.",
        ],
        "captions": [],
        "mid": [],
        "byline": "",
        "attribution": "",
        "sponsor": "Nội dung được tài trợ bởi Chuỗi Đặc sản Ba Miền",
        "cta": ["Hotline: 1900 2233 45", "Website: dacsanbamien.example.vn"],
    },
    "non_ocop": {
        "title": "Máy lọc nước thế hệ mới giữ lại khoáng chất tự nhiên",
        "lead": "Dòng máy lọc nước vừa ra mắt sử dụng màng lọc nhiều tầng, giữ lại khoáng chất "
        "có lợi và tiết kiệm nước thải so với thế hệ cũ.",
        "paras": [
            "Theo nhà sản xuất, máy có tám cấp lọc, trong đó lõi khoáng được đặt sau màng lọc "
            "chính để bổ sung canxi và magie. Lượng nước thải giảm gần một nửa so với dòng máy "
            "trước.",
            "Máy có màn hình báo thời điểm thay lõi, chế độ nước nóng và nước lạnh, phù hợp cho "
            "gia đình đông người. Sản phẩm được bảo hành ba năm và hỗ trợ lắp đặt miễn phí.",
        ],
        "captions": ["Dòng máy lọc nước mới được trưng bày tại showroom."],
        "mid": [],
        "byline": "",
        "attribution": "",
        "sponsor": "Nội dung được tài trợ bởi Công ty TNHH Thiết bị Gia dụng An Khang",
        "cta": ["Hotline tư vấn: 1800 5566 78", "Website: ankhang-giadung.example.vn"],
    },
}


def _with_speakers(page: dict) -> dict:
    """TV pages: the speaker line under each soundbite is a paragraph of its own (body text);
    ``sot`` becomes the list of indices of the soundbite paragraphs."""
    paras, sots = [], []
    for i, para in enumerate(page["paras"]):
        paras.append(para)
        if i in page.get("sot", {}):
            sots.append(len(paras) - 1)
            paras.append(page["sot"][i])
    return {**page, "paras": paras, "sot": sots}


PAGES["kenh_tv"] = {k: _with_speakers(v) for k, v in PAGES["kenh_tv"].items()}
