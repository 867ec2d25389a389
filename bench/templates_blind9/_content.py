"""Texts of the ninth blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image captions: NOT body), byline, attribution ("Theo …"/
"Nguồn: …": not body), mid (headlines of a mid-body box: chrome).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Hội đồng cấp tỉnh đánh giá lại 19 sản phẩm OCOP hết hạn chứng nhận",
    "Khởi công kè chống sạt lở bờ sông đoạn qua xã Hưng Thịnh",
    "Xã vùng cao có thêm điểm giới thiệu sản phẩm OCOP bên quốc lộ",
    "Tuyên truyền phòng chống lừa đảo qua mạng cho người cao tuổi",
    "Mở lớp kỹ năng livestream bán sản phẩm OCOP cho chủ thể ở xã mới",
    "Kiểm tra công tác chuẩn bị trồng rừng vụ xuân",
    "Giải ngân vốn hỗ trợ chủ thể OCOP đạt gần 70% kế hoạch năm",
    "Tặng 120 suất quà cho học sinh nghèo vượt khó",
    "Mật ong bạc hà và chè hoa vàng được đề nghị nâng hạng OCOP",
    "Trung tâm phục vụ hành chính công xã tiếp nhận hơn 900 hồ sơ trong tháng",
    "Hội nghị kết nối cung cầu giới thiệu 240 sản phẩm OCOP vùng trung du",
    "Diễn tập ứng phó lũ quét tại các thôn ven suối",
    "Nhiều chủ thể OCOP chưa cập nhật tem truy xuất nguồn gốc",
    "Khai giảng lớp bồi dưỡng nghiệp vụ cho công chức cấp xã",
    "Đưa nông sản OCOP vào bếp ăn tập thể của khu công nghiệp",
    "Cấp thẻ bảo hiểm y tế cho người dân vùng đồng bào dân tộc",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Tỉnh công nhận 27 sản phẩm OCOP đợt cuối năm, lần đầu có sản phẩm từ dược liệu dưới tán rừng",
        "Hội đồng đánh giá chấm điểm trong hai ngày, phần lớn sản phẩm đạt 3 sao; bốn sản phẩm đạt 4 "
        "sao gồm trà giảo cổ lam, cao xương khớp, mật ong rừng và miến rong.",
    ),
    (
        "Tổ đại biểu số 5 tiếp xúc cử tri trước kỳ họp cuối năm",
        "Cử tri đề nghị sớm sửa tuyến đường liên thôn bị sạt sau mưa lớn, tăng định mức hỗ trợ nhà ở "
        "và bố trí thêm giáo viên cho điểm trường lẻ.",
    ),
    (
        "Giá gừng khô tăng mạnh, hợp tác xã vùng biên mở rộng diện tích",
        "Thương lái thu mua tại vườn với giá cao hơn năm ngoái khoảng một phần tư, nhiều hộ chuyển "
        "diện tích ngô kém hiệu quả sang trồng gừng xen cây ăn quả.",
    ),
    (
        "Hướng dẫn chủ thể hoàn thiện hồ sơ tham gia Chương trình OCOP năm 2027",
        "Hồ sơ gồm phiếu đăng ký, bản mô tả sản phẩm, kết quả kiểm nghiệm và câu chuyện sản phẩm; "
        "cán bộ nông nghiệp xã hỗ trợ điền biểu mẫu miễn phí.",
    ),
    (
        "Điều tra lao động việc làm quý IV được triển khai tại 60 địa bàn",
        "Điều tra viên dùng máy tính bảng để ghi phiếu, mỗi hộ mất khoảng hai mươi phút trả lời; "
        "người dân được đề nghị cung cấp thông tin trung thực.",
    ),
    (
        "Trang trại tổng hợp của cựu giáo viên cho thu nhập nửa tỷ đồng mỗi năm",
        "Trên ba héc ta đồi, ông trồng bưởi, nuôi gà thả vườn và đào ao thả cá, tận dụng phân chuồng "
        "ủ hoai để bón cho cây, giảm hẳn chi phí phân bón hóa học.",
    ),
    (
        "Sản phẩm OCOP của đồng bào Mông lần đầu có mặt ở chợ phiên thành phố",
        "Gian hàng bày rượu ngô men lá, thắng cố đóng gói, khăn thổ cẩm và mật ong bạc hà, khách hỏi "
        "mua nhiều nhất là các loại hạt và mật ong.",
    ),
    (
        "Xã mới hoàn thành bàn giao hồ sơ địa chính của các xã cũ",
        "Hơn mười nghìn hồ sơ đất đai được số hóa và đưa vào kho lưu trữ chung, giúp người dân tra "
        "cứu và làm thủ tục nhanh hơn tại trung tâm phục vụ hành chính công.",
    ),
    (
        "Ban Thường vụ Tỉnh ủy cho ý kiến về đề án phát triển kinh tế nông thôn",
        "Đề án đặt mục tiêu nâng thu nhập bình quân ở khu vực nông thôn, phát triển vùng nguyên liệu "
        "tập trung và tăng số sản phẩm OCOP đạt 4 sao trở lên.",
    ),
    (
        "Chỉ số sản xuất công nghiệp tháng 10 tăng hơn 9% so với cùng kỳ",
        "Ngành chế biến, chế tạo tiếp tục dẫn dắt mức tăng, trong đó sản xuất đồ gỗ và may mặc có "
        "nhiều đơn hàng xuất khẩu cho dịp cuối năm.",
    ),
    (
        "Hội viên làm vườn góp công sửa đường nội đồng trước mùa thu hoạch cam",
        "Các chi hội huy động hơn hai trăm ngày công, đổ bê tông gần một cây số đường để xe tải vào "
        "tận vườn, người trồng cam không còn phải gánh quả ra đường lớn.",
    ),
    (
        "Tập huấn quy trình đánh giá, phân hạng sản phẩm OCOP cho thành viên hội đồng cấp xã",
        "Học viên được hướng dẫn cách chấm từng nhóm tiêu chí, kiểm tra hồ sơ tại cơ sở và ghi biên "
        "bản, tránh cho điểm theo cảm tính hoặc nể nang.",
    ),
    (
        "Giá lúa gạo trong nước ổn định, thương lái mua đều tay",
        "Gạo thơm và gạo nếp đặc sản được nhiều doanh nghiệp đặt hàng sớm cho thị trường Tết, trong "
        "khi gạo thường chỉ nhích nhẹ so với tuần trước.",
    ),
    (
        "Ra mắt tổ công nghệ số cộng đồng tại các thôn sau sắp xếp",
        "Mỗi tổ có từ năm đến bảy thành viên là đoàn viên thanh niên và công an viên, giúp người dân "
        "cài ứng dụng định danh điện tử và nộp hồ sơ trực tuyến.",
    ),
]

PAGES: dict[str, dict[str, dict]] = {}

# ------------------------------------------------------------------ 1. provincial People's Council
PAGES["hdnd_tinh"] = {
    "long": {
        "title": "Tổ đại biểu HĐND tỉnh tiếp xúc cử tri xã Minh Tân: chủ thể OCOP kiến nghị gỡ khó về vốn và mặt bằng",
        "lead": "Chiều 18/11, Tổ đại biểu số 3 HĐND tỉnh khóa XX tiếp xúc cử tri tại xã Minh Tân "
        "trước kỳ họp thường lệ cuối năm. Nhiều ý kiến tập trung vào việc hỗ trợ các cơ sở làm "
        "sản phẩm OCOP sau khi sắp xếp đơn vị hành chính.",
        "paras": [
            "Tham dự buổi tiếp xúc có gần một trăm năm mươi cử tri đại diện cho các thôn của ba xã "
            "cũ nay hợp thành xã Minh Tân, cùng lãnh đạo Đảng ủy, HĐND và UBND xã. Thay mặt tổ đại "
            "biểu, đại biểu Hoàng Văn Quý báo cáo dự kiến nội dung kỳ họp, trong đó có các nghị quyết "
            "về kế hoạch đầu tư công năm 2027 và chính sách hỗ trợ phát triển kinh tế nông thôn.",
            "Theo báo cáo của UBND xã, toàn xã hiện có 11 sản phẩm OCOP đạt 3 sao và 2 sản phẩm đạt "
            "4 sao, chủ yếu là chè búp khô, măng nứa sấy, rượu men lá và mật ong. Phần lớn chủ thể "
            "là hợp tác xã nhỏ và hộ kinh doanh, sản lượng mỗi năm chưa nhiều.",
            "## Vốn vay và mặt bằng sản xuất",
            "Cử tri Đặng Thị Loan, giám đốc một hợp tác xã chè ở thôn Nà Lừa, cho biết sau khi sản "
            "phẩm được công nhận 4 sao, đơn hàng tăng nhưng hợp tác xã không đủ vốn mua máy sao chè "
            "mới. Bà đề nghị tỉnh có gói vay ưu đãi riêng cho chủ thể OCOP, thủ tục gọn hơn và thời "
            "hạn vay dài hơn chu kỳ một vụ chè.",
            "Cử tri Lý Văn Sình ở thôn Khuổi Hẩu phản ánh cơ sở sấy măng của gia đình nằm sát khu "
            "dân cư, muốn mở rộng nhưng chưa được bố trí đất trong cụm sản xuất tập trung. Ông mong "
            "xã sớm điều chỉnh quy hoạch sử dụng đất sau sắp xếp để các cơ sở có chỗ xây nhà xưởng "
            "đạt yêu cầu về vệ sinh an toàn thực phẩm.",
            "## Đánh giá lại sản phẩm hết hạn",
            "Một số cử tri cho rằng thời hạn giấy chứng nhận OCOP ba năm trôi qua nhanh, trong khi "
            "chi phí kiểm nghiệm lại và in bao bì theo địa danh mới khá lớn. Các chủ thể đề nghị "
            "tỉnh tiếp tục hỗ trợ một phần kinh phí đánh giá lại và hướng dẫn thống nhất cách ghi "
            "địa chỉ trên nhãn sau khi đổi tên xã.",
            "Cử tri cũng kiến nghị tăng số gian hàng miễn phí cho sản phẩm của xã tại các hội chợ "
            "trong và ngoài tỉnh, đồng thời hỗ trợ lắp biển chỉ dẫn tới điểm bán sản phẩm OCOP bên "
            "tỉnh lộ, nơi có nhiều khách du lịch qua lại vào mùa hoa.",
            "## Tiếp thu và trả lời",
            "Lãnh đạo UBND xã đã trả lời trực tiếp các nội dung thuộc thẩm quyền, cho biết xã đang "
            "rà soát quỹ đất công để bố trí khu sản xuất tập trung và sẽ phối hợp với ngân hàng "
            "chính sách giới thiệu các hộ có nhu cầu vay vốn theo chương trình hiện hành.",
            "Phát biểu tiếp thu, đại biểu Hoàng Văn Quý cho rằng các kiến nghị của cử tri xuất phát "
            "từ thực tế sản xuất và rất xác đáng. Tổ đại biểu sẽ tổng hợp đầy đủ, gửi Thường trực "
            "HĐND tỉnh để chuyển các cơ quan chức năng xem xét, đồng thời đề xuất đưa nội dung hỗ "
            "trợ chủ thể OCOP vào chương trình giám sát chuyên đề năm 2027.",
        ],
        "captions": [
            "Đại biểu Hoàng Văn Quý báo cáo dự kiến nội dung kỳ họp tại điểm tiếp xúc xã Minh Tân.",
            "Cử tri thôn Nà Lừa phát biểu ý kiến về nguồn vốn cho hợp tác xã chè.",
        ],
        "byline": "Thùy Dương",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Ban Kinh tế - Ngân sách khảo sát việc hỗ trợ chủ thể OCOP",
        "lead": "",
        "paras": [
            "Ngày 19/11, Ban Kinh tế - Ngân sách HĐND tỉnh khảo sát việc thực hiện chính sách hỗ "
            "trợ chủ thể OCOP tại hai xã phía bắc. Đoàn đã xem xưởng chế biến măng khô, cơ sở đóng "
            "gói mật ong và nghe chủ thể nêu khó khăn về vốn, bao bì. Kết quả khảo sát sẽ phục vụ "
            "thẩm tra dự thảo nghị quyết trình kỳ họp cuối năm.",
        ],
        "captions": [],
        "byline": "Minh Khang",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Thường trực HĐND tỉnh giám sát việc bố trí trụ sở làm việc sau hợp nhất",
        "lead": "Sáng 17/11, Thường trực HĐND tỉnh giám sát việc sắp xếp, sử dụng trụ sở làm việc "
        "của các cơ quan sau khi hợp nhất và vận hành chính quyền địa phương hai cấp.",
        "paras": [
            "Theo báo cáo của Sở Tài chính, toàn tỉnh có hơn bốn trăm cơ sở nhà, đất dôi dư sau "
            "sắp xếp. Khoảng một nửa đã có phương án chuyển sang làm trường học, trạm y tế, nhà văn "
            "hóa hoặc bàn giao cho địa phương quản lý.",
            "Đoàn giám sát chỉ ra một số trụ sở bỏ trống nhiều tháng, xuống cấp, chưa có người "
            "trông coi. Việc đi lại của cán bộ ở một số xã xa trung tâm còn vất vả, nhà công vụ "
            "chưa đáp ứng đủ nhu cầu.",
            "Kết luận buổi giám sát, Phó Chủ tịch HĐND tỉnh đề nghị UBND tỉnh chỉ đạo hoàn thành "
            "phương án xử lý trong quý I năm 2027, ưu tiên dùng trụ sở cũ cho các công trình phục vụ "
            "người dân, tránh lãng phí tài sản công.",
        ],
        "captions": ["Đoàn giám sát kiểm tra trụ sở cũ của một xã sau sắp xếp."],
        "byline": "Thùy Dương",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 2. ministry market bulletin
PAGES["ban_tin_thi_truong"] = {
    "long": {
        "title": "Thông tin thị trường giá cả số 44/2026",
        "lead": "",
        "paras": [
            "## Mường Khương (Lào Cai):",
            "## Gừng và ớt khô được giá, chủ thể OCOP tăng đơn hàng",
            "Những tuần cuối tháng 11, các thôn vùng cao của xã Mường Khương tấp nập vào vụ thu "
            "hoạch gừng. Thương lái đến tận ruộng thu mua gừng tươi với giá từ 16.000 đến 19.000 "
            "đồng mỗi kilôgam, cao hơn cùng kỳ năm trước khoảng 4.000 đồng. Ớt khô loại một cũng "
            "được mua ổn định nhờ nhu cầu chế biến tương ớt tăng.",
            "Hợp tác xã nông sản của đồng bào Nùng trong xã hiện có hai sản phẩm OCOP 3 sao là gừng "
            "thái lát sấy và tương ớt truyền thống. Từ đầu tháng, hợp tác xã đã nhận thêm đơn đặt "
            "hàng từ ba cửa hàng đặc sản ở Hà Nội và một chuỗi bán lẻ ở Hải Phòng, nâng công suất "
            "lò sấy lên gần gấp đôi.",
            "Theo đại diện hợp tác xã, việc được công nhận sản phẩm OCOP giúp khách hàng tin tưởng "
            "hơn, nhất là khi bao bì có mã truy xuất dẫn tới thông tin vùng trồng. Hợp tác xã ký "
            "bao tiêu với hơn sáu mươi hộ, cam kết mua gừng không thấp hơn giá thị trường tại thời "
            "điểm thu hoạch.",
            "Tuy vậy, bà con cũng lo ngại khi giá cao, một số hộ có thể trồng ồ ạt trên đất dốc, dễ "
            "gây xói mòn và khiến giá giảm ở các vụ sau. Cán bộ khuyến nông xã khuyến cáo người dân "
            "duy trì diện tích hợp lý, trồng xen và luân canh để giữ đất.",
            "## Sóc Sơn (Hà Nội):",
            "## Chợ phiên nông sản vùng dân tộc thu hút người tiêu dùng thủ đô",
            "Ngày 15 và 16/11, chợ phiên giới thiệu nông sản, sản phẩm OCOP của đồng bào dân tộc "
            "thiểu số và miền núi được tổ chức tại khu du lịch sinh thái ở Sóc Sơn với bốn mươi gian "
            "hàng đến từ mười hai tỉnh. Các mặt hàng được bán chạy là mật ong, chè shan tuyết, gạo "
            "nếp cẩm, măng khô và các loại hạt rừng.",
            "Giá bán tại chợ phiên thấp hơn giá ở cửa hàng đặc sản trong nội thành từ mười đến mười "
            "lăm phần trăm do người sản xuất bán trực tiếp. Nhiều gian hàng hết sản phẩm ngay trong "
            "buổi sáng ngày thứ hai, phải đặt thêm hàng chuyển xuống bằng xe khách.",
            "Ban tổ chức cho biết tổng doanh thu hai ngày đạt khoảng một tỷ hai trăm triệu đồng, "
            "chưa kể các hợp đồng tiêu thụ dài hạn được ký giữa chủ thể OCOP và doanh nghiệp phân "
            "phối. Chợ phiên dự kiến được tổ chức định kỳ mỗi quý một lần.",
            "## Giá một số mặt hàng trong tuần",
            "Tại các chợ vùng cao phía Bắc, giá thảo quả khô dao động quanh mức 180.000 đồng mỗi "
            "kilôgam, giảm nhẹ so với tuần trước. Giá quế vỏ khô giữ ổn định, trong khi hạt dổi và "
            "mắc khén tăng do nguồn cung ít. Ở Tây Nguyên, giá cà phê nhân xô tăng nhẹ, còn hồ tiêu "
            "đi ngang so với tuần trước.",
        ],
        "captions": [
            "Người dân thôn Pạc Bo thu hoạch gừng trên nương.",
            "Khách chọn mua mật ong và chè tại chợ phiên ở Sóc Sơn.",
        ],
        "byline": "Hoàng Anh (tổng hợp)",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Hỗ trợ 15 chủ thể OCOP vùng đồng bào dân tộc thiểu số tham gia hội chợ cuối năm",
        "lead": "",
        "paras": [
            "Thực hiện chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi, "
            "Bộ hỗ trợ chi phí gian hàng, vận chuyển cho 15 chủ thể có sản phẩm OCOP tham gia hội "
            "chợ nông sản tổ chức tại Hà Nội từ ngày 3 đến 7/12. Các chủ thể chủ yếu đến từ vùng "
            "Tây Bắc và Tây Nguyên, mang theo chè, mật ong, dược liệu và thổ cẩm.",
        ],
        "captions": [],
        "byline": "Thu Trang",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Thông tin thị trường giá cả số 45/2026",
        "lead": "",
        "paras": [
            "## Krông Pắc (Đắk Lắk):",
            "## Sầu riêng vụ nghịch được giá, nhà vườn phấn khởi",
            "Những ngày này, các vườn sầu riêng trái vụ ở Krông Pắc bắt đầu cho thu hoạch. Thương "
            "lái thu mua loại đẹp với giá trên 90.000 đồng mỗi kilôgam, cao hơn chính vụ khoảng một "
            "phần ba. Nhiều nhà vườn đồng bào Ê Đê có thu nhập khá nhờ áp dụng kỹ thuật xử lý ra hoa "
            "được cán bộ khuyến nông hướng dẫn.",
            "## Giá một số mặt hàng trong tuần",
            "Giá lúa khô tại Đồng bằng sông Cửu Long ổn định. Giá heo hơi ở các tỉnh miền núi phía "
            "Bắc tăng nhẹ do nhu cầu cuối năm. Giá quế, hồi khô giữ mức cũ, thương lái mua cầm chừng.",
        ],
        "captions": ["Nhà vườn thu hoạch sầu riêng trái vụ ở Krông Pắc."],
        "byline": "Hoàng Anh (tổng hợp)",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 3. provincial statistics office
PAGES["thong_ke_tinh"] = {
    "long": {
        "title": "Kết quả khảo sát chủ thể OCOP năm 2026: doanh thu bình quân tăng gần 18%",
        "lead": "Thống kê tỉnh vừa công bố kết quả khảo sát 312 chủ thể có sản phẩm OCOP còn hiệu "
        "lực chứng nhận. Doanh thu, lao động và mức độ bán hàng qua kênh số đều tăng, nhưng quy "
        "mô sản xuất phần lớn vẫn nhỏ.",
        "paras": [
            "Cuộc khảo sát được thực hiện trong tháng 9 và tháng 10 theo phương án của UBND tỉnh, "
            "nhằm cung cấp số liệu cho việc đánh giá Chương trình Mỗi xã một sản phẩm giai đoạn "
            "2021 - 2025 và xây dựng kế hoạch giai đoạn mới. Điều tra viên thu thập thông tin trực "
            "tiếp tại cơ sở sản xuất bằng phiếu điện tử trên máy tính bảng.",
            "## Doanh thu và lao động",
            "Tổng doanh thu từ sản phẩm OCOP của các chủ thể được khảo sát ước đạt 1.146 tỷ đồng, "
            "tăng 17,8% so với năm trước. Doanh thu bình quân một chủ thể khoảng 3,7 tỷ đồng, trong "
            "đó nhóm doanh nghiệp cao gấp gần năm lần nhóm hộ sản xuất. Nhóm thực phẩm chiếm hơn "
            "sáu mươi phần trăm tổng doanh thu, tiếp đến là đồ uống và thảo dược.",
            "Các chủ thể sử dụng khoảng 6.900 lao động thường xuyên, bình quân 22 người mỗi chủ "
            "thể. Thu nhập bình quân của lao động đạt 6,1 triệu đồng mỗi tháng, cao hơn mức chung "
            "của lao động khu vực nông thôn trong tỉnh. Tỷ lệ lao động nữ chiếm gần sáu mươi phần "
            "trăm, tập trung ở khâu sơ chế và đóng gói.",
            "## Kênh bán hàng",
            "Có 71% chủ thể cho biết đã bán hàng qua ít nhất một kênh số như sàn thương mại điện tử, "
            "mạng xã hội hoặc trang web riêng, tăng mạnh so với mức 46% của lần khảo sát năm 2024. "
            "Tuy nhiên, doanh thu qua kênh số mới chiếm khoảng một phần năm tổng doanh thu; kênh "
            "chính vẫn là bán trực tiếp, đại lý và hội chợ.",
            "Khoảng một phần ba chủ thể có sản phẩm vào được siêu thị hoặc chuỗi cửa hàng tiện lợi. "
            "Số chủ thể có hoạt động xuất khẩu còn ít, chủ yếu xuất khẩu ủy thác qua doanh nghiệp "
            "khác với các mặt hàng như chè, tinh bột nghệ và mật ong.",
            "## Khó khăn chủ thể nêu ra",
            "Khó khăn được nhắc đến nhiều nhất là thiếu vốn đầu tư máy móc, tiếp theo là chi phí "
            "kiểm nghiệm, bao bì và khó giữ chất lượng đồng đều giữa các mẻ sản xuất. Gần bốn mươi "
            "phần trăm chủ thể chưa có nhân sự chuyên trách về bán hàng và tiếp thị.",
            "Đáng chú ý, 18% sản phẩm sẽ hết hạn chứng nhận trong năm 2027 nhưng chủ thể chưa lập "
            "kế hoạch đánh giá lại. Một số cơ sở đã ngừng sản xuất hoặc chuyển sang mặt hàng khác.",
            "## Kiến nghị",
            "Từ kết quả khảo sát, Thống kê tỉnh kiến nghị các cơ quan liên quan ưu tiên hỗ trợ chủ "
            "thể quy mô nhỏ về thiết bị và kiểm soát chất lượng, đồng thời cập nhật danh sách sản "
            "phẩm hết hạn để nhắc chủ thể đăng ký đánh giá lại đúng thời gian. Báo cáo chi tiết và "
            "bộ số liệu được gửi tới UBND tỉnh và các sở ngành theo quy định.",
        ],
        "captions": [
            "Điều tra viên phỏng vấn chủ cơ sở sản xuất mật ong tại xã Hòa An.",
            "Cơ cấu doanh thu sản phẩm OCOP theo nhóm ngành năm 2026.",
        ],
        "byline": "Phòng Thống kê Kinh tế",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Thống kê tỉnh tập huấn điều tra viên khảo sát chủ thể OCOP",
        "lead": "",
        "paras": [
            "Ngày 2/9, Thống kê tỉnh tổ chức tập huấn cho 48 điều tra viên và giám sát viên tham "
            "gia khảo sát chủ thể có sản phẩm OCOP năm 2026. Học viên được hướng dẫn nội dung phiếu "
            "hỏi, cách ghi doanh thu, lao động, kênh bán hàng và cách dùng phần mềm thu thập trên "
            "máy tính bảng. Khảo sát diễn ra từ ngày 10/9 đến 20/10.",
        ],
        "captions": [],
        "byline": "Văn phòng Thống kê tỉnh",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Chỉ số giá tiêu dùng tháng 10 tăng 0,31% so với tháng trước",
        "lead": "Chỉ số giá tiêu dùng tháng 10/2026 trên địa bàn tỉnh tăng 0,31% so với tháng "
        "trước và tăng 3,02% so với cùng kỳ năm trước.",
        "paras": [
            "Trong mười một nhóm hàng hóa và dịch vụ tiêu dùng chính, có bảy nhóm tăng giá, hai "
            "nhóm giảm và hai nhóm ổn định. Nhóm giáo dục tăng cao nhất do một số trường tư thục "
            "điều chỉnh học phí năm học mới.",
            "Nhóm hàng ăn và dịch vụ ăn uống tăng 0,42%, chủ yếu do giá rau xanh tăng sau các đợt "
            "mưa lớn làm ngập nhiều diện tích trồng rau ven sông. Giá thịt lợn giảm nhẹ.",
            "Nhóm giao thông giảm 0,65% theo các đợt điều chỉnh giảm giá xăng dầu trong tháng. Chỉ "
            "số giá vàng tăng 2,1%, chỉ số giá đô la Mỹ tăng 0,2% so với tháng trước.",
        ],
        "captions": [],
        "byline": "Phòng Thống kê Tổng hợp",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 4. post-merger commune portal
PAGES["xa_sap_nhap"] = {
    "long": {
        "title": "XÃ TÂN PHÚ RÀ SOÁT, PHÁT TRIỂN SẢN PHẨM OCOP SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH",
        "lead": "Sau khi xã Tân Phú (mới) đi vào hoạt động, UBND xã đã rà soát toàn bộ sản phẩm "
        "OCOP của các xã cũ, xây dựng kế hoạch nâng hạng và phát triển sản phẩm mới gắn với "
        "thế mạnh của vùng.",
        "paras": [
            "Xã Tân Phú được thành lập trên cơ sở sắp xếp ba đơn vị hành chính cấp xã cũ, có diện "
            "tích tự nhiên hơn một trăm hai mươi ki lô mét vuông với gần ba mươi nghìn dân. Trước "
            "sắp xếp, mỗi xã cũ đều có sản phẩm OCOP riêng, do các phòng chuyên môn của huyện theo "
            "dõi và hỗ trợ.",
            "Qua rà soát, toàn xã hiện có 14 sản phẩm OCOP của 9 chủ thể, gồm 10 sản phẩm 3 sao và "
            "4 sản phẩm 4 sao. Các sản phẩm chủ yếu là hạt điều rang muối, cà phê bột, mật ong, chuối "
            "sấy dẻo và bánh tráng. Trong đó, 5 sản phẩm sẽ hết hạn chứng nhận trong năm 2027.",
            "UBND xã giao Phòng Kinh tế làm đầu mối theo dõi Chương trình OCOP, thay cho nhiệm vụ "
            "trước đây của phòng nông nghiệp cấp huyện. Mỗi chủ thể được phân công một công chức "
            "phụ trách, nắm tình hình sản xuất và hướng dẫn thủ tục khi cần.",
            "Nhiều chủ thể cho biết vướng mắc lớn nhất sau sắp xếp là địa chỉ trên bao bì, giấy "
            "chứng nhận và hồ sơ công bố sản phẩm vẫn ghi tên xã, huyện cũ. Xã đã đề nghị cấp tỉnh "
            "hướng dẫn cách cập nhật để chủ thể không phải in lại toàn bộ bao bì cùng lúc.",
            "Theo kế hoạch, năm 2027 xã phấn đấu có thêm 3 sản phẩm mới đạt 3 sao trở lên và nâng "
            "hạng ít nhất 2 sản phẩm lên 4 sao. Các sản phẩm tiềm năng đang được hỗ trợ hoàn thiện "
            "là tương hột, rượu nếp than và hạt điều phủ socola của tổ hợp tác ấp 4.",
            "Bà Nguyễn Thị Thanh Hà, chủ cơ sở chuối sấy dẻo ở ấp Phú Lợi, cho biết nhờ được công "
            "chức xã đến tận nơi hướng dẫn, cơ sở đã làm xong hồ sơ kiểm nghiệm lại và đăng ký "
            "đánh giá nâng hạng. Cơ sở cũng được giới thiệu tham gia gian hàng chung của xã tại "
            "hội chợ thương mại của tỉnh vào tháng tới.",
            "Cùng với việc hỗ trợ chủ thể, xã đang chuẩn bị mở điểm giới thiệu và bán sản phẩm OCOP "
            "tại khu vực trung tâm phục vụ hành chính công, nơi mỗi ngày có hàng trăm lượt người "
            "dân đến làm thủ tục. Điểm bán dự kiến hoạt động từ đầu tháng 12.",
            "Chủ tịch UBND xã Trần Văn Lộc cho biết xã xác định phát triển sản phẩm OCOP là một "
            "trong những nhiệm vụ trọng tâm để nâng thu nhập cho người dân nông thôn. Xã sẽ ưu tiên "
            "lồng ghép nguồn vốn các chương trình mục tiêu quốc gia và vận động doanh nghiệp liên "
            "kết tiêu thụ, tránh tình trạng sản phẩm đạt sao nhưng không bán được.",
        ],
        "captions": [
            "Công chức Phòng Kinh tế xã kiểm tra cơ sở sản xuất hạt điều rang muối.",
            "Sản phẩm chuối sấy dẻo của cơ sở ở ấp Phú Lợi.",
        ],
        "byline": "Văn phòng HĐND và UBND xã",
        "attribution": "",
        "mid": ["Xã Tân Phú tổ chức hội nghị đối thoại với hộ kinh doanh"],
    },
    "brief": {
        "title": "UBND XÃ TÂN PHÚ THÔNG BÁO TIẾP NHẬN HỒ SƠ ĐĂNG KÝ SẢN PHẨM OCOP NĂM 2027",
        "lead": "",
        "paras": [
            "UBND xã Tân Phú thông báo tiếp nhận hồ sơ của tổ chức, hộ sản xuất có nhu cầu tham gia "
            "đánh giá, phân hạng sản phẩm OCOP năm 2027. Hồ sơ nộp tại Trung tâm phục vụ hành chính "
            "công xã từ ngày 1/12/2026 đến hết ngày 15/1/2027, trong giờ hành chính. Chủ thể cần hỗ "
            "trợ liên hệ Phòng Kinh tế xã.",
        ],
        "captions": [],
        "byline": "Phòng Kinh tế",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "XÃ TÂN PHÚ RA MẮT TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG TẠI 18 ẤP",
        "lead": "Sáng 16/11, UBND xã Tân Phú tổ chức ra mắt tổ công nghệ số cộng đồng tại 18 ấp "
        "trên địa bàn xã.",
        "paras": [
            "Mỗi tổ có từ năm đến bảy thành viên gồm trưởng ấp, đoàn viên thanh niên, công an viên "
            "và người có hiểu biết về công nghệ. Tổ có nhiệm vụ hướng dẫn người dân cài đặt ứng "
            "dụng định danh điện tử, nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt.",
            "Ngay sau lễ ra mắt, các tổ đã đến từng nhà hỗ trợ người cao tuổi kích hoạt tài khoản "
            "định danh mức hai. Trong buổi sáng, gần hai trăm người dân được hướng dẫn thành công.",
            "UBND xã cho biết sẽ tổ chức tập huấn định kỳ cho các tổ, đồng thời ghi nhận, khen "
            "thưởng những tổ làm tốt vào dịp tổng kết cuối năm.",
        ],
        "captions": ["Đoàn viên thanh niên hướng dẫn người cao tuổi cài đặt ứng dụng."],
        "byline": "Văn phòng HĐND và UBND xã",
        "attribution": "",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 5. gardeners' association
PAGES["hoi_lam_vuon"] = {
    "long": {
        "title": "SƠ KẾT MÔ HÌNH VƯỜN MẪU GẮN VỚI PHÁT TRIỂN SẢN PHẨM OCOP",
        "lead": "",
        "paras": [
            "Ngày 14/11/2026, Hội Làm vườn và Trang trại tỉnh (HLVTT) tổ chức hội nghị sơ kết ba "
            "năm thực hiện mô hình vườn mẫu gắn với phát triển sản phẩm OCOP tại xã Phúc Trạch. Dự "
            "hội nghị có đại diện Sở Nông nghiệp và Môi trường, Văn phòng Điều phối nông thôn mới "
            "tỉnh, lãnh đạo UBND xã và gần tám mươi hội viên chủ vườn, chủ trang trại.",
            "Báo cáo tại hội nghị cho biết, từ năm 2024 đến nay, các cấp hội đã hướng dẫn xây dựng "
            "42 vườn mẫu với tổng diện tích hơn sáu mươi héc ta, chủ yếu trồng bưởi, cam, chè xanh "
            "và cây dược liệu. Mỗi vườn được quy hoạch lại lối đi, hệ thống tưới, khu ủ phân hữu cơ "
            "và có sổ ghi chép quá trình chăm sóc.",
            "Điểm mới của mô hình là gắn vườn với sản phẩm hàng hóa. Thay vì chỉ bán quả tươi cho "
            "thương lái, nhiều chủ vườn liên kết với hợp tác xã để sơ chế, đóng hộp và đăng ký "
            "đánh giá sản phẩm OCOP. Đến nay đã có 9 sản phẩm từ các vườn mẫu được công nhận 3 sao, "
            "2 sản phẩm đạt 4 sao là bưởi đặc sản đóng hộp quà tặng và trà túi lọc từ lá chè xanh.",
            "Ông Trần Đình Hòa, chủ vườn bưởi rộng hai héc ta ở thôn Trung Tiến, chia sẻ trước đây "
            "mỗi vụ gia đình bán quả theo cân, giá lên xuống thất thường. Từ khi sản phẩm có tem "
            "OCOP và mã truy xuất, bưởi đóng hộp được các cơ quan, doanh nghiệp đặt làm quà biếu "
            "dịp lễ Tết, giá bán ổn định và cao hơn khoảng bốn mươi phần trăm.",
            "Bà Phan Thị Nhung, chủ trang trại chè ở xã Sơn Kim, cho biết việc ghi chép nhật ký "
            "vườn lúc đầu rất ngại, nhưng chính cuốn sổ đó giúp hồ sơ OCOP của trang trại được hội "
            "đồng đánh giá cao ở tiêu chí truy xuất nguồn gốc. Bà mong hội tiếp tục mở lớp hướng "
            "dẫn thiết kế bao bì và bán hàng trên mạng cho hội viên lớn tuổi.",
            "Hội nghị cũng chỉ ra những hạn chế như một số vườn mẫu còn nhỏ lẻ, chưa đủ sản lượng "
            "đáp ứng đơn hàng lớn; chi phí chứng nhận và kiểm nghiệm vẫn là gánh nặng với hộ gia "
            "đình; việc liên kết giữa các vườn trong cùng thôn chưa chặt chẽ.",
            "Phát biểu kết luận, Chủ tịch HLVTT đề nghị các huyện hội, chi hội nhân rộng mô hình "
            "theo hướng liên kết nhiều vườn thành vùng nguyên liệu, phối hợp với hợp tác xã để có "
            "sản phẩm OCOP đủ lớn về số lượng. Tỉnh hội sẽ làm đầu mối kết nối hội viên với các "
            "chương trình hỗ trợ của tỉnh về giống, phân bón hữu cơ và xúc tiến thương mại.",
            "Dịp này, HLVTT đã trao giấy khen cho 12 tập thể và 20 hội viên có thành tích xuất sắc "
            "trong xây dựng vườn mẫu và phát triển sản phẩm OCOP giai đoạn 2024 - 2026.",
        ],
        "captions": [
            "Ông Nguyễn Văn Lương, Chủ tịch HLVTT phát biểu khai mạc hội nghị",
            "Đại biểu tham quan vườn bưởi mẫu của hội viên thôn Trung Tiến",
        ],
        "byline": "Lê Thông",
        "attribution": "VP Tỉnh hội",
        "mid": [],
    },
    "brief": {
        "title": "TẬP HUẤN LÀM HỒ SƠ OCOP CHO CHỦ TRANG TRẠI",
        "lead": "",
        "paras": [
            "Ngày 10/11/2026, HLVTT phối hợp với Văn phòng Điều phối nông thôn mới tỉnh mở lớp tập "
            "huấn cho 45 hội viên là chủ trang trại về cách chuẩn bị hồ sơ tham gia Chương trình "
            "OCOP. Học viên được hướng dẫn viết câu chuyện sản phẩm, lập phương án kinh doanh và "
            "chọn đơn vị kiểm nghiệm phù hợp.",
        ],
        "captions": [],
        "byline": "Lê Thông",
        "attribution": "VP Tỉnh hội",
        "mid": [],
    },
    "non_ocop": {
        "title": "HỘI NGHỊ BAN CHẤP HÀNH TỈNH HỘI LẦN THỨ SÁU",
        "lead": "",
        "paras": [
            "Ngày 6/11/2026, Ban Chấp hành Hội Làm vườn và Trang trại tỉnh khóa VII họp phiên thứ "
            "sáu, đánh giá công tác hội mười tháng và bàn nhiệm vụ những tháng cuối năm.",
            "Theo báo cáo, toàn tỉnh kết nạp thêm hơn một nghìn hội viên mới, thành lập 14 chi hội "
            "nghề nghiệp. Các cấp hội tổ chức 86 lớp tập huấn kỹ thuật cho gần năm nghìn lượt hội "
            "viên, tập trung vào chăm sóc cây ăn quả và chăn nuôi an toàn sinh học.",
            "Hội nghị thống nhất tổ chức tổng kết năm vào đầu tháng 1/2027 và phát động phong trào "
            "thi đua xây dựng trang trại xanh, sạch, đẹp trong năm mới.",
        ],
        "captions": ["Toàn cảnh hội nghị Ban Chấp hành tỉnh hội"],
        "byline": "Lê Thông",
        "attribution": "VP Tỉnh hội",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 6. provincial Party committee portal
PAGES["tinh_uy"] = {
    "long": {
        "title": "Bí thư Tỉnh ủy làm việc với xã Bản Mế về phát triển sản phẩm OCOP gắn với du lịch",
        "lead": "Ngày 20/11, đồng chí Bí thư Tỉnh ủy cùng đoàn công tác của tỉnh làm việc với Ban "
        "Thường vụ Đảng ủy xã Bản Mế về kết quả thực hiện nghị quyết đại hội Đảng bộ xã, trọng "
        "tâm là phát triển sản phẩm OCOP gắn với du lịch cộng đồng.",
        "paras": [
            "Báo cáo với đoàn, Bí thư Đảng ủy xã cho biết sau hơn một năm vận hành chính quyền địa "
            "phương hai cấp, xã đã ổn định tổ chức bộ máy, các chỉ tiêu kinh tế - xã hội cơ bản đạt "
            "kế hoạch. Thu nhập bình quân đầu người ước đạt 38 triệu đồng mỗi năm, tỷ lệ hộ nghèo "
            "giảm hơn ba điểm phần trăm so với đầu nhiệm kỳ.",
            "Xã hiện có 6 sản phẩm OCOP, trong đó chè shan tuyết cổ thụ và rượu ngô men lá đạt 4 "
            "sao. Đảng ủy xã đã ban hành nghị quyết chuyên đề về phát triển sản phẩm chủ lực, giao "
            "mỗi chi bộ thôn phụ trách vận động hộ dân tham gia liên kết sản xuất với hợp tác xã.",
            "Cùng với sản phẩm, xã khuyến khích các hộ ở bản văn hóa làm dịch vụ lưu trú, đưa khách "
            "tham quan đồi chè cổ, trải nghiệm hái chè, sao chè và mua sản phẩm ngay tại nơi sản "
            "xuất. Năm 2026, xã đón khoảng mười hai nghìn lượt khách, tăng gấp đôi so với năm trước.",
            "## Chỉ ra những điểm nghẽn",
            "Thảo luận tại buổi làm việc, các thành viên đoàn công tác nhận xét sản phẩm của xã có "
            "chất lượng tốt nhưng sản lượng nhỏ, bao bì chưa hấp dẫn khách du lịch, hạ tầng đường "
            "vào vùng chè cổ còn khó khăn vào mùa mưa. Việc quảng bá còn phụ thuộc vào các đoàn "
            "khách tự tìm đến.",
            "Một số đảng viên là chủ hợp tác xã kiến nghị tỉnh hỗ trợ xây dựng điểm trưng bày, bán "
            "sản phẩm OCOP tại trung tâm xã và đầu tư tuyến đường nội vùng nối các bản có dịch vụ "
            "du lịch cộng đồng.",
            "## Phải để người dân hưởng lợi",
            "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy ghi nhận những kết quả Đảng bộ xã đạt được "
            "trong điều kiện vừa sắp xếp bộ máy vừa triển khai nhiệm vụ. Đồng chí yêu cầu cấp ủy "
            "xã tiếp tục coi phát triển sản phẩm OCOP và du lịch cộng đồng là hướng đi chính để "
            "nâng thu nhập cho đồng bào, nhưng phải bảo vệ nghiêm ngặt rừng chè cổ thụ.",
            "Đồng chí đề nghị xã chú trọng đào tạo người dân làm du lịch, giữ gìn bản sắc văn hóa "
            "của đồng bào, không bê tông hóa bản làng. Các sở, ngành liên quan được giao nghiên cứu "
            "kiến nghị của xã về hạ tầng và điểm bán sản phẩm, báo cáo Ban Thường vụ Tỉnh ủy trong "
            "quý I năm 2027.",
            "Trước buổi làm việc, đoàn công tác đã thăm đồi chè cổ thụ, xưởng chế biến của hợp tác "
            "xã và một số homestay của đồng bào trong bản.",
        ],
        "captions": [
            "Đồng chí Bí thư Tỉnh ủy thăm xưởng chế biến chè của hợp tác xã.",
            "Đoàn công tác tham quan đồi chè shan tuyết cổ thụ ở thôn Nậm Cắn.",
        ],
        "byline": "Thanh Hương",
        "attribution": "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "mid": ["Đảng bộ xã vùng cao lãnh đạo phát triển kinh tế sau sắp xếp"],
    },
    "brief": {
        "title": "Ban Thường vụ Tỉnh ủy cho ý kiến về đề án phát triển sản phẩm OCOP giai đoạn 2026 - 2030",
        "lead": "",
        "paras": [
            "Chiều 18/11, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo đề án phát triển sản "
            "phẩm OCOP giai đoạn 2026 - 2030. Đề án đặt mục tiêu mỗi xã có ít nhất hai sản phẩm "
            "OCOP, trong đó một phần ba đạt 4 sao trở lên. Ban Thường vụ yêu cầu cơ quan soạn thảo "
            "làm rõ nguồn lực và tiêu chí chọn sản phẩm chủ lực.",
        ],
        "captions": [],
        "byline": "Thanh Hương",
        "attribution": "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "mid": [],
    },
    "non_ocop": {
        "title": "Hội nghị học tập chuyên đề năm 2027 về phong cách làm việc của người đứng đầu",
        "lead": "Sáng 19/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến học tập, quán triệt "
        "chuyên đề năm 2027 tới các đảng bộ trực thuộc.",
        "paras": [
            "Chuyên đề nhấn mạnh trách nhiệm nêu gương của người đứng đầu cấp ủy, chính quyền; "
            "tác phong sâu sát cơ sở, lắng nghe ý kiến của nhân dân và giải quyết dứt điểm những "
            "việc người dân phản ánh.",
            "Các đảng bộ trực thuộc được yêu cầu xây dựng kế hoạch thực hiện chuyên đề trước ngày "
            "15/12, gắn với nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị.",
            "Hội nghị được kết nối tới điểm cầu của tất cả các xã, phường với hơn năm nghìn cán bộ, "
            "đảng viên tham dự.",
        ],
        "captions": ["Quang cảnh hội nghị tại điểm cầu Tỉnh ủy."],
        "byline": "Thanh Hương",
        "attribution": "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "mid": [],
    },
}

# ------------------------------------------------------------------ 7. rural development sub-department
PAGES["chi_cuc_ptnt"] = {
    "long": {
        "title": "Kết quả thực hiện Chương trình OCOP 10 tháng năm 2026",
        "lead": "",
        "paras": [
            "## 1. Công tác chỉ đạo, điều hành:",
            "- Chi cục tham mưu Sở Nông nghiệp và Môi trường trình UBND tỉnh ban hành kế hoạch thực "
            "hiện Chương trình OCOP năm 2026 và văn bản hướng dẫn cập nhật địa chỉ chủ thể, nhãn "
            "sản phẩm sau sắp xếp đơn vị hành chính cấp xã.",
            "- Kiện toàn Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh; hướng dẫn 96 xã, "
            "phường thành lập tổ công tác OCOP cấp xã thay cho bộ phận giúp việc cấp huyện trước đây.",
            "## 2. Công tác tuyên truyền, tập huấn:",
            "- Tổ chức 14 lớp tập huấn cho hơn 900 lượt học viên là cán bộ cấp xã và chủ thể sản "
            "xuất về quy trình đánh giá, phân hạng, xây dựng câu chuyện sản phẩm và bán hàng trên "
            "sàn thương mại điện tử.",
            "- Phối hợp với Báo và Phát thanh, Truyền hình tỉnh thực hiện 20 chuyên mục giới thiệu "
            "chủ thể và sản phẩm OCOP tiêu biểu.",
            "## 3. Kết quả đánh giá, phân hạng sản phẩm:",
            "- Hội đồng cấp tỉnh tổ chức 2 đợt đánh giá với 118 sản phẩm đăng ký. Kết quả có 101 "
            "sản phẩm đạt chuẩn, gồm 84 sản phẩm 3 sao và 17 sản phẩm 4 sao; 17 sản phẩm chưa đạt "
            "do thiếu kết quả kiểm nghiệm hoặc chưa có bao bì đáp ứng yêu cầu.",
            "- Đánh giá lại 46 sản phẩm hết hạn chứng nhận, trong đó 39 sản phẩm giữ hạng, 5 sản "
            "phẩm được nâng hạng và 2 sản phẩm không đạt do chủ thể đã ngừng sản xuất.",
            "- Lũy kế đến nay toàn tỉnh có 612 sản phẩm OCOP còn hiệu lực của 347 chủ thể, trong "
            "đó có 3 sản phẩm 5 sao cấp quốc gia.",
            "## 4. Hỗ trợ xúc tiến thương mại:",
            "- Hỗ trợ 63 chủ thể tham gia 9 hội chợ, tuần hàng trong và ngoài tỉnh; doanh thu bán "
            "hàng tại các hội chợ ước đạt 7,4 tỷ đồng.",
            "- Duy trì 28 điểm giới thiệu và bán sản phẩm OCOP; phối hợp đưa 120 sản phẩm lên các "
            "sàn thương mại điện tử và hệ thống siêu thị.",
            "## 5. Tồn tại, hạn chế:",
            "- Nhiều chủ thể quy mô nhỏ, sản lượng không ổn định; một số sản phẩm sau khi được "
            "công nhận chưa duy trì chất lượng và chưa cập nhật thông tin truy xuất nguồn gốc.",
            "- Việc chuyển giao nhiệm vụ từ cấp huyện về cấp xã còn lúng túng, một số xã chưa bố "
            "trí được công chức theo dõi chương trình.",
            "## 6. Nhiệm vụ những tháng cuối năm:",
            "- Tổ chức đợt đánh giá thứ ba trong tháng 12; hoàn thành kiểm tra, giám sát sau công "
            "nhận đối với ít nhất 100 sản phẩm.",
            "- Xây dựng dự thảo chương trình OCOP của tỉnh giai đoạn 2026 - 2030 trình cấp có thẩm "
            "quyền xem xét.",
        ],
        "captions": ["Hội đồng cấp tỉnh đánh giá sản phẩm OCOP đợt 2 năm 2026"],
        "byline": "Phòng Kinh tế hợp tác và Phát triển nông thôn",
        "attribution": "",
        "mid": [],
    },
    "brief": {
        "title": "Thông báo tiếp nhận hồ sơ đánh giá, phân hạng sản phẩm OCOP đợt 3 năm 2026",
        "lead": "",
        "paras": [
            "Chi cục Phát triển nông thôn thông báo tiếp nhận hồ sơ đánh giá, phân hạng sản phẩm "
            "OCOP cấp tỉnh đợt 3 năm 2026.",
            "- Thời gian tiếp nhận: từ ngày 23/11 đến hết ngày 5/12/2026.",
            "- Hồ sơ do UBND cấp xã tổng hợp, gửi về Chi cục qua hệ thống quản lý văn bản hoặc "
            "trực tiếp tại Phòng Kinh tế hợp tác và Phát triển nông thôn.",
        ],
        "captions": [],
        "byline": "",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Kết quả công tác bố trí, ổn định dân cư 9 tháng năm 2026",
        "lead": "",
        "paras": [
            "## 1. Kết quả thực hiện:",
            "- Bố trí ổn định 312 hộ dân ra khỏi vùng có nguy cơ sạt lở đất, lũ quét, đạt 78% kế "
            "hoạch năm; trong đó 190 hộ bố trí xen ghép, 122 hộ bố trí tập trung.",
            "- Hoàn thành san nền, làm đường nội vùng tại 3 điểm tái định cư; đang thi công hệ "
            "thống cấp nước sinh hoạt tại 2 điểm.",
            "## 2. Khó khăn, vướng mắc:",
            "- Quỹ đất để bố trí tập trung còn hạn chế; một số hộ chưa muốn di chuyển vì xa đất "
            "sản xuất.",
            "## 3. Nhiệm vụ thời gian tới:",
            "- Đẩy nhanh tiến độ các dự án, bảo đảm người dân chuyển đến nơi ở mới trước mùa mưa "
            "năm sau.",
        ],
        "captions": [],
        "byline": "Phòng Kinh tế hợp tác và Phát triển nông thôn",
        "attribution": "",
        "mid": [],
    },
}
