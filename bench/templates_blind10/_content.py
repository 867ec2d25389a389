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
