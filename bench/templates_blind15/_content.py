"""Texts of the fifteenth blind template set, written for it (no sentence copied from a real page).

Each template has ten articles: PAGES[tpl]["brief"] (4), ["long"] (3), ["non_ocop"] (3).
Each article dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image captions: NOT body), byline, attribution ("Theo …"/
"Nguồn: …": not body), mid (headlines of a mid-body box: chrome), tags (the article's own
tags: OCOP words only on OCOP articles).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
# 23 of them, so that the rotation of Page.related differs on every page.
HEADLINES = [
    "Mặt trận các xã vận động hộ kinh doanh bày bán hàng OCOP ở chợ phiên",
    "Ra quân dọn vệ sinh đường làng hưởng ứng tháng hành động vì môi trường",
    "Điểm bán sản phẩm OCOP đặt tại trụ sở khu dân cư kiểu mẫu",
    "Trao 40 suất học bổng cho học sinh vượt khó ở vùng bãi ngang",
    "Giám sát việc cấp giấy chứng nhận OCOP tại ba huyện phía tây",
    "Tập huấn kỹ năng hòa giải cơ sở cho tổ trưởng tổ dân phố",
    "Ban công tác Mặt trận thôn giới thiệu quà quê đạt chuẩn OCOP",
    "Bàn giao nhà Đại đoàn kết cho gia đình chính sách ở xã ven biển",
    "Người có uy tín vùng đồng bào góp ý dự thảo quy chế dân chủ",
    "Hội chợ hàng Việt về nông thôn dành một dãy gian cho OCOP",
    "Phát động ủng hộ đồng bào vùng sạt lở ở các tỉnh miền núi",
    "Lắng nghe tiếng nói của chủ thể OCOP tại hội nghị đối thoại",
    "Khu dân cư kiểu mẫu: đường hoa, camera an ninh và quỹ khuyến học",
    "Sơ kết phong trào toàn dân đoàn kết xây dựng đô thị văn minh",
    "Chọn quà Tết từ sản phẩm OCOP địa phương để tặng hộ nghèo",
    "Tiếp xúc cử tri trước kỳ họp cuối năm của Hội đồng nhân dân tỉnh",
    "Phụ nữ dân tộc Dao giữ nghề thêu, nhận hỗ trợ làm sản phẩm OCOP",
    "Cựu chiến binh góp ngày công làm đường bê tông liên thôn",
    "Hướng dẫn đăng ký bán hàng OCOP trên sàn thương mại điện tử của tỉnh",
    "Các tôn giáo đồng hành cùng chính quyền chăm lo người nghèo",
    "Vì sao nhiều sản phẩm OCOP chưa vào được bếp ăn tập thể",
    "Khen thưởng 27 tập thể, cá nhân tiêu biểu trong công tác Mặt trận",
    "Hộ nghèo được hỗ trợ con giống, cam kết thoát nghèo sau hai năm",
]

# Listing teasers: (headline, sapo). A listing page shows eleven of them.
TEASERS = [
    (
        "Mặt trận huyện miền núi vận động bà con đưa măng khô vào chuỗi OCOP",
        "Sau ba buổi họp dân tại nhà văn hóa, hơn sáu mươi hộ đồng ý góp măng cho hợp tác xã để "
        "làm chung một nhãn hàng, thay vì mỗi nhà bán lẻ cho thương lái đến tận bản.",
    ),
    (
        "Hội nghị hiệp thương cử bổ sung ủy viên Ủy ban MTTQ tỉnh",
        "Hội nghị thống nhất danh sách người được cử bổ sung, trong đó có đại diện các tổ chức "
        "thành viên vừa kiện toàn sau khi sắp xếp lại bộ máy theo mô hình chính quyền hai cấp.",
    ),
    (
        "Mỗi khu dân cư một điểm giới thiệu hàng nông sản của địa phương",
        "Mô hình do Ban công tác Mặt trận khởi xướng, dùng một góc nhà văn hóa làm kệ trưng bày; "
        "người mua gọi điện theo số in trên kệ để được giao hàng tận nhà trong ngày.",
    ),
    (
        "Tổ chức lễ trao tặng sổ tiết kiệm cho trẻ mồ côi do thiên tai",
        "Mỗi cuốn sổ trị giá mười triệu đồng, được gửi tại ngân hàng chính sách đến khi các em đủ "
        "mười tám tuổi; nguồn tiền do cán bộ, công chức và doanh nghiệp trong tỉnh quyên góp.",
    ),
    (
        "Phản biện dự thảo kế hoạch phát triển sản phẩm OCOP đến năm 2030",
        "Các chuyên gia đề nghị dự thảo nói rõ nguồn vốn cho vùng nguyên liệu, giảm chỉ tiêu số "
        "lượng và đặt thêm chỉ tiêu về doanh thu, về số chủ thể duy trì được hạng sao khi tái đánh giá.",
    ),
    (
        "Đoàn giám sát làm việc với các xã về thực hiện quy chế dân chủ",
        "Đoàn ghi nhận việc công khai thu chi ngân sách xã đã làm đúng hạn, nhưng việc lấy ý kiến "
        "Nhân dân về các công trình đường giao thông còn làm hình thức ở một vài thôn xa.",
    ),
    (
        "Bữa cơm đoàn kết ở thôn có ba dân tộc cùng sinh sống",
        "Mỗi gia đình góp một món ăn truyền thống; các cụ cao tuổi kể lại chuyện lập làng, còn "
        "thanh niên nhận nhiệm vụ giữ gìn con đường hoa mới trồng dọc hai bên lối vào thôn.",
    ),
    (
        "Chợ quê ngày cuối tuần bán sản phẩm OCOP giá gốc",
        "Phiên chợ do Mặt trận xã phối hợp với hội phụ nữ tổ chức, mời hai mươi chủ thể mang "
        "hàng đến bán trực tiếp, không thu phí gian hàng, kèm phần nếm thử cho khách mua.",
    ),
    (
        "Quỹ Vì người nghèo tỉnh tiếp nhận hơn chín tỷ đồng trong năm",
        "Toàn bộ số tiền đã được phân bổ để xây và sửa nhà, hỗ trợ sinh kế, tặng học bổng và chi "
        "trả viện phí cho người bệnh nặng có hoàn cảnh đặc biệt khó khăn ở các xã vùng sâu.",
    ),
    (
        "Người uy tín ở bản vùng cao đi đầu trồng lại rừng đầu nguồn",
        "Ông vận động con cháu và hàng xóm trồng gần bốn héc-ta cây bản địa trên phần đất từng "
        "làm nương, vừa giữ nước cho ruộng bậc thang vừa để lại tài sản cho đời sau.",
    ),
    (
        "Cuộc thi tìm hiểu về Mặt trận dành cho đoàn viên thanh niên",
        "Cuộc thi trực tuyến kéo dài bốn tuần với hai mươi câu hỏi mỗi tuần, kết quả được công bố "
        "vào dịp kỷ niệm ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam.",
    ),
    (
        "Hợp tác xã dệt thổ cẩm nhận chứng nhận OCOP 3 sao đầu tiên",
        "Chiếc khăn choàng dệt tay với hoa văn hình con suối là sản phẩm đầu tiên của hợp tác xã "
        "được công nhận, mở đường cho việc bán hàng tại các điểm du lịch cộng đồng.",
    ),
    (
        "Tuyên truyền pháp luật về đất đai tại các tổ dân phố",
        "Cán bộ tư pháp giải đáp những thắc mắc thường gặp khi làm thủ tục cấp đổi giấy chứng "
        "nhận, tách thửa và thừa kế, nhất là với các gia đình có người đi làm ăn xa.",
    ),
    (
        "Kết nối doanh nghiệp với hộ sản xuất nhỏ để đủ lượng hàng OCOP",
        "Doanh nghiệp cam kết bao tiêu và cấp bao bì theo tiêu chuẩn; các hộ nhỏ góp hàng theo "
        "quy trình chung, nhờ vậy đủ số lượng để giao cho hệ thống cửa hàng tiện lợi.",
    ),
    (
        "Phong trào thi đua yêu nước ở khu phố đô thị mới",
        "Cư dân các chung cư lập nhóm trực tuyến để cùng góp ý về an ninh, rác thải và sân chơi "
        "cho trẻ em, ban quản trị nhận ý kiến và trả lời công khai mỗi tháng một lần.",
    ),
    (
        "Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp cuối năm",
        "Lãnh đạo tỉnh thông tin về tình hình kinh tế - xã hội và mong các tôn giáo tiếp tục vận "
        "động tín đồ tham gia các phong trào an sinh, bảo vệ môi trường ở khu dân cư.",
    ),
]

PAGES: dict[str, dict[str, list[dict]]] = {}

# ------------------------------------------------------------------ 1. provincial Fatherland Front site
PAGES["mttq_dcs"] = {
    "brief": [
        {
            "title": "Mặt trận xã Tiên Lữ giới thiệu 12 sản phẩm OCOP tại ngày hội khu dân cư",
            "lead": "Ngày hội Đại đoàn kết ở thôn Đồng Bằng năm nay có thêm một dãy gian trưng bày hàng của các chủ thể trong xã.",
            "paras": [
                "Các gian hàng bày chè búp, mật ong rừng, miến dong và rượu men lá, tất cả đều đã được công nhận OCOP từ 3 sao trở lên.",
                "Theo Ban công tác Mặt trận thôn, hơn bốn trăm lượt khách đã ghé thăm và mua hàng trong buổi sáng, nhiều người đặt mua tiếp qua điện thoại.",
            ],
            "captions": ["Khách tham quan gian chè búp tại ngày hội thôn Đồng Bằng"],
            "byline": "Thanh Nga",
            "mid": [],
            "tags": ["ngày hội Đại đoàn kết", "OCOP"],
        },
        {
            "title": "Giám sát việc duy trì tiêu chuẩn sản phẩm OCOP ở huyện Thanh Sơn cũ",
            "lead": "Ban Thường trực Ủy ban MTTQ tỉnh vừa làm việc với năm chủ thể có sản phẩm OCOP sắp đến hạn đánh giá lại.",
            "paras": [
                "Đoàn ghi nhận phần lớn chủ thể vẫn giữ được quy trình sản xuất và bao bì như khi được công nhận.",
                "Hai cơ sở chưa làm kiểm nghiệm định kỳ và chưa cập nhật mã truy xuất, đoàn đề nghị bổ sung trước cuối quý.",
            ],
            "captions": ["Đoàn giám sát kiểm tra xưởng đóng gói miến dong"],
            "byline": "Minh Đức",
            "mid": [],
            "tags": ["giám sát", "OCOP", "Thanh Sơn"],
        },
        {
            "title": "Cán bộ Mặt trận cơ sở học cách bán hàng OCOP qua mạng",
            "lead": "",
            "paras": [
                "Hơn tám mươi trưởng ban công tác Mặt trận khu dân cư đã dự lớp tập huấn hai ngày về quảng bá nông sản trên mạng xã hội.",
                "Học viên được hướng dẫn chụp ảnh sản phẩm bằng điện thoại, viết lời giới thiệu ngắn và ghi rõ hạng sao OCOP để người mua yên tâm.",
                "Cuối lớp, mỗi người tự làm một bài đăng giới thiệu một món quà quê của thôn mình.",
            ],
            "captions": [],
            "byline": "Hải Yến",
            "mid": [],
            "tags": ["tập huấn", "OCOP", "chuyển đổi số"],
        },
        {
            "title": "Dùng quà OCOP làm phần thưởng cho khu dân cư tiêu biểu",
            "lead": "Năm nay, phần thưởng cho các khu dân cư đạt danh hiệu tiêu biểu được chọn từ chính sản phẩm của địa phương.",
            "paras": [
                "Mỗi khu dân cư nhận một giỏ quà gồm bưởi, chè và bánh tai, đều là hàng mang nhãn OCOP của các hợp tác xã trong tỉnh, kèm giấy khen của Ủy ban MTTQ.",
            ],
            "captions": ["Giỏ quà trao cho khu dân cư tiêu biểu"],
            "byline": "Thanh Nga",
            "mid": [],
            "tags": ["khu dân cư", "OCOP"],
        },
    ],
    "long": [
        {
            "title": "Khi Mặt trận đứng ra làm cầu nối cho sản phẩm OCOP ở vùng đồi",
            "lead": "Từ những buổi họp thôn tưởng như chỉ bàn chuyện đường làng, Mặt trận các xã vùng đồi đã giúp hàng chục hộ gom sản phẩm, làm nhãn chung và tìm được người mua ổn định.",
            "paras": [
                "Ba năm trước, chè búp ở xóm Đồi Mít được bán theo cân cho thương lái, giá lên xuống theo mùa và không ai biết chè đi đâu. Trưởng ban công tác Mặt trận xóm là người đầu tiên nêu ý tưởng gom chè của các hộ để làm chung một loại sản phẩm.",
                "Ý tưởng không được đón nhận ngay. Nhiều gia đình lo góp hàng chung thì mất quyền tự quyết, nhất là khi chè nhà mình ngon hơn chè nhà bên. Phải mất gần sáu tháng với hàng chục buổi họp, bà con mới thống nhất được quy trình hái, sao và đóng gói chung.",
                "## Bắt đầu từ cuộc họp xóm",
                "Điều thuyết phục người dân, theo lời các cán bộ Mặt trận, không phải là lời giải thích mà là những con số cụ thể. Ban công tác Mặt trận mời một hợp tác xã ở huyện bên đến kể về việc bán chè có nhãn mác, giá cao hơn gần gấp đôi so với chè bán rời.",
                "Sau buổi gặp đó, mười bốn hộ đăng ký tham gia. Mặt trận xã đứng ra liên hệ với phòng kinh tế để xin hỗ trợ thiết kế bao bì, làm hồ sơ công bố chất lượng và gửi mẫu đi kiểm nghiệm. Chi phí do ngân sách hỗ trợ một phần, phần còn lại các hộ chia đều.",
                "Năm ngoái, chè búp Đồi Mít được công nhận OCOP 3 sao. Những hộ còn đứng ngoài bắt đầu hỏi thăm cách tham gia, và đến nay nhóm đã có hai mươi chín hộ với gần mười hai héc-ta chè.",
                "## Giữ chữ tín là việc khó nhất",
                "Có được chứng nhận mới chỉ là bước đầu. Đợt chè đầu tiên gửi cho một cửa hàng ở thành phố bị trả lại vì độ ẩm cao, do một hộ sao chưa đủ lửa. Cả nhóm phải họp lại, lập tổ kiểm tra chéo trước khi đóng gói và ghi tên người sao lên từng lô hàng.",
                "Chủ tịch Ủy ban MTTQ xã cho biết, việc của Mặt trận không phải là đi bán hàng thay người dân, mà là giữ cho các bên tin nhau. Khi có tranh chấp về giá hay chất lượng, ban công tác Mặt trận đứng ra hòa giải ngay tại nhà văn hóa, không để mâu thuẫn kéo dài.",
                "Theo số liệu của Ủy ban MTTQ tỉnh, hiện có ba mươi bảy sản phẩm OCOP mà ban công tác Mặt trận khu dân cư tham gia vận động ngay từ khi hình thành nhóm sản xuất. Phần lớn là chè, mật ong, miến và các loại măng khô.",
                "## Những việc còn dang dở",
                "Khó khăn lớn nhất hiện nay là vốn. Các nhóm hộ chưa có tư cách pháp nhân nên khó vay ngân hàng để mua máy sao, máy hút chân không. Một số nơi đã tính đến việc chuyển nhóm thành hợp tác xã, nhưng thủ tục và sổ sách kế toán khiến nhiều người e ngại.",
                "Một vướng mắc khác là người trẻ ít ở lại làng. Những người làm chè giỏi phần lớn đã ngoài năm mươi tuổi, trong khi việc bán hàng trên mạng lại cần người thạo điện thoại. Mặt trận xã đang phối hợp với đoàn thanh niên mời các bạn trẻ về làm cộng tác viên bán hàng theo mùa.",
                "Trong kế hoạch năm tới, Ủy ban MTTQ tỉnh dự kiến đưa nội dung hỗ trợ sản phẩm địa phương vào tiêu chí bình xét khu dân cư tiêu biểu, để việc làm tự phát ở một vài xóm trở thành nhiệm vụ chung của cả hệ thống.",
            ],
            "captions": [
                "Người dân xóm Đồi Mít hái chè búp vào buổi sáng sớm",
                "Tổ kiểm tra chéo xem độ khô của chè trước khi đóng gói",
                "Bao bì chè búp Đồi Mít sau khi được thiết kế lại",
            ],
            "byline": "Nguyễn Minh Đức",
            "mid": [
                "Gặp mặt các nhóm hộ làm chè ở vùng đồi phía bắc tỉnh",
                "Ban công tác Mặt trận thôn hòa giải thành 46 vụ việc trong năm",
            ],
            "tags": ["OCOP", "chè búp", "Mặt trận cơ sở"],
        },
        {
            "title": "Hội nghị đối thoại: chủ thể OCOP nói thẳng những điều còn vướng",
            "lead": "Tại hội nghị đối thoại do Ủy ban MTTQ tỉnh tổ chức, các hợp tác xã và hộ sản xuất đã nêu nhiều kiến nghị về thủ tục đánh giá lại, vốn vay và đầu ra cho sản phẩm OCOP.",
            "paras": [
                "Hội nghị diễn ra trong một buổi sáng với sự tham dự của gần một trăm đại biểu, gồm đại diện các sở, ngành, ngân hàng chính sách và sáu mươi chủ thể sản phẩm OCOP đến từ các xã trong tỉnh.",
                "Câu hỏi đầu tiên đến từ một hợp tác xã làm bún khô. Sản phẩm được công nhận 3 sao từ ba năm trước nay đến hạn đánh giá lại, nhưng hợp tác xã không rõ phải nộp lại toàn bộ hồ sơ hay chỉ bổ sung phần thay đổi. Đại diện cơ quan nông nghiệp giải thích rằng hồ sơ đánh giá lại được làm gọn hơn, chỉ cần kết quả kiểm nghiệm mới và báo cáo tình hình sản xuất, kinh doanh.",
                "## Vốn vay vẫn là nỗi lo",
                "Nhiều ý kiến cho rằng gói vay ưu đãi cho chủ thể OCOP có nhưng khó tiếp cận. Một chủ cơ sở làm tương cho biết đã ba lần làm hồ sơ vay để mua nồi nấu bằng inox nhưng đều bị trả lại vì thiếu tài sản bảo đảm.",
                "Đại diện ngân hàng tại hội nghị đề nghị các hộ nhỏ vay qua tổ tiết kiệm và vay vốn do các đoàn thể quản lý. Hình thức này không đòi hỏi thế chấp với khoản vay dưới một trăm triệu đồng, nhưng cần xác nhận của ban công tác Mặt trận khu dân cư.",
                "## Đầu ra chưa ổn định",
                "Một nữ giám đốc hợp tác xã làm mật ong kể, hàng bán tốt vào dịp Tết và hội chợ, còn những tháng khác gần như đứng yên. Bà đề nghị các cơ quan, đơn vị trong tỉnh ưu tiên dùng sản phẩm địa phương trong hội nghị, tiếp khách và quà tặng.",
                "Đại diện Sở Công Thương cho biết tỉnh đang xây dựng danh mục quà tặng khuyến khích dùng trong các cơ quan nhà nước, trong đó sản phẩm OCOP được đặt ở vị trí đầu. Sở cũng sẽ hỗ trợ chi phí gian hàng cho các chủ thể tham gia hội chợ ngoài tỉnh.",
                "Một số đại biểu nêu chuyện hàng giả, hàng nhái bao bì sản phẩm OCOP được bán trên mạng với giá rẻ. Cơ quan quản lý thị trường đề nghị các chủ thể gửi đường dẫn gian hàng nghi vấn để kiểm tra, đồng thời khuyên gắn tem chống giả có mã riêng cho từng lô.",
                "## Mặt trận sẽ theo dõi việc trả lời",
                "Kết luận hội nghị, Chủ tịch Ủy ban MTTQ tỉnh đề nghị các sở, ngành trả lời bằng văn bản những kiến nghị chưa được giải đáp tại chỗ trong vòng ba mươi ngày. Ban Thường trực sẽ tổng hợp, đăng công khai câu trả lời và đưa vào chương trình giám sát năm tới những nội dung chậm được xử lý.",
                "Bà cũng đề nghị ban công tác Mặt trận ở các khu dân cư tiếp tục nắm ý kiến của người sản xuất, không chờ đến hội nghị mới phản ánh, vì nhiều vướng mắc nhỏ có thể gỡ ngay ở cấp xã.",
                "Kết thúc hội nghị, các đại biểu tham quan khu trưng bày hơn một trăm sản phẩm OCOP được bố trí tại sảnh, nhiều chủ thể tranh thủ trao đổi trực tiếp với cán bộ ngân hàng và các sở ngay tại quầy.",
            ],
            "captions": [
                "Toàn cảnh hội nghị đối thoại với chủ thể sản phẩm OCOP",
                "Đại diện hợp tác xã làm bún khô nêu kiến nghị tại hội nghị",
                "Khu trưng bày sản phẩm bên lề hội nghị",
            ],
            "byline": "Hải Yến - Minh Đức",
            "mid": [
                "Ngân hàng chính sách giải ngân vốn cho hộ mới thoát nghèo",
                "Tổng hợp ý kiến cử tri gửi kỳ họp cuối năm",
            ],
            "tags": ["đối thoại", "OCOP", "chủ thể sản xuất"],
        },
        {
            "title": "Phản biện đề án phát triển sản phẩm OCOP giai đoạn mới: cần ít chỉ tiêu số lượng hơn",
            "lead": "Góp ý vào dự thảo đề án phát triển sản phẩm OCOP của tỉnh, các chuyên gia trong Hội đồng tư vấn của Ủy ban MTTQ tỉnh cho rằng cần chuyển trọng tâm từ số lượng sang chất lượng và thị trường.",
            "paras": [
                "Dự thảo đề án đặt mục tiêu đến năm 2030 toàn tỉnh có thêm hai trăm sản phẩm được công nhận, trong đó ít nhất ba mươi sản phẩm đạt 4 sao trở lên. Ngay ở phần mục tiêu, nhiều ý kiến đã đề nghị xem lại con số này.",
                "Một thành viên Hội đồng tư vấn về kinh tế cho rằng chạy theo số lượng dễ dẫn đến tình trạng các xã làm hồ sơ để đủ chỉ tiêu, sản phẩm được công nhận xong thì ít người biết đến. Ông đề nghị thêm các chỉ tiêu về doanh thu bình quân của chủ thể và tỷ lệ sản phẩm giữ được hạng sao sau khi đánh giá lại.",
                "## Vùng nguyên liệu cần được nói rõ",
                "Nhiều góp ý tập trung vào vùng nguyên liệu. Theo các chuyên gia, phần lớn sản phẩm của tỉnh đi từ nông sản, nhưng dự thảo mới chỉ nêu chung chung việc khuyến khích liên kết mà chưa có giải pháp về đất đai, giống và kỹ thuật canh tác.",
                "Một nhà khoa học nông nghiệp dẫn ví dụ sản phẩm miến dong của một xã có thời điểm phải dừng sản xuất vì thiếu củ dong, trong khi diện tích trồng dong giảm dần do người dân chuyển sang trồng keo. Bà đề nghị đề án có cơ chế hỗ trợ cụ thể cho hộ trồng nguyên liệu gắn với hợp đồng bao tiêu.",
                "## Vai trò của người dân và cộng đồng",
                "Hội đồng tư vấn cũng đề nghị dự thảo bổ sung nội dung về sự tham gia của cộng đồng. Theo các ý kiến, nhiều sản phẩm gắn với tri thức bản địa và nghề truyền thống của cả làng, nên cần có cơ chế để lợi ích không chỉ dồn về một vài chủ thể.",
                "Ở phần giải pháp về thị trường, các chuyên gia đề nghị giảm bớt việc tổ chức hội chợ dàn trải, thay bằng hỗ trợ chủ thể đưa hàng vào các kênh bán lẻ ổn định và sàn thương mại điện tử. Kinh phí nên được cấp theo kết quả bán hàng thay vì theo số lượt tham gia sự kiện.",
                "## Cơ quan soạn thảo tiếp thu",
                "Đại diện cơ quan soạn thảo ghi nhận các góp ý và cho biết sẽ điều chỉnh phần mục tiêu theo hướng giảm số lượng sản phẩm mới, tăng chỉ tiêu về chất lượng. Những đề xuất về vùng nguyên liệu sẽ được phối hợp với ngành nông nghiệp để đưa vào kế hoạch hằng năm.",
                "Phó Chủ tịch Ủy ban MTTQ tỉnh cho biết văn bản phản biện chính thức sẽ được gửi Ủy ban nhân dân tỉnh trong tháng tới. Ủy ban MTTQ tỉnh sẽ theo dõi việc tiếp thu và giải trình của cơ quan soạn thảo, đồng thời đưa việc thực hiện đề án vào nội dung giám sát định kỳ.",
            ],
            "captions": [
                "Các thành viên Hội đồng tư vấn trao đổi tại hội nghị phản biện",
                "Củ dong riềng, nguyên liệu làm miến của nhiều hộ vùng đồi",
            ],
            "byline": "Thu Hà",
            "attribution": "Nguồn: Ban Dân chủ - Pháp luật",
            "mid": ["Lấy ý kiến Nhân dân về dự thảo quy hoạch sử dụng đất cấp xã"],
            "tags": ["phản biện xã hội", "OCOP", "đề án"],
        },
    ],
    "non_ocop": [
        {
            "title": "Bàn giao 15 căn nhà Đại đoàn kết cho hộ nghèo trước mùa mưa rét",
            "lead": "Mười lăm gia đình ở ba xã vùng sâu vừa được nhận nhà mới xây bằng nguồn Quỹ Vì người nghèo của tỉnh.",
            "paras": [
                "Mỗi căn nhà được hỗ trợ sáu mươi triệu đồng, phần còn lại do người thân, dòng họ và hàng xóm góp ngày công, vật liệu.",
                "Tại buổi bàn giao, đại diện Ủy ban MTTQ tỉnh đề nghị các xã tiếp tục theo dõi, giúp các hộ có sinh kế để sớm thoát nghèo bền vững.",
            ],
            "captions": ["Gia đình bà Hà Thị Lan trong căn nhà mới"],
            "byline": "Thanh Nga",
            "mid": [],
            "tags": ["nhà Đại đoàn kết", "Quỹ Vì người nghèo"],
        },
        {
            "title": "Tổ chức lấy ý kiến Nhân dân về việc đặt tên đường ở đô thị mới",
            "lead": "",
            "paras": [
                "Ủy ban MTTQ phường trung tâm vừa phát phiếu lấy ý kiến các hộ dân về phương án đặt tên mười hai tuyến đường mới mở.",
                "Danh sách tên gọi được chọn từ các danh nhân, sự kiện lịch sử và địa danh cũ của vùng đất; người dân có thể đề xuất thêm tên khác.",
                "Kết quả sẽ được tổng hợp gửi hội đồng đặt tên đường trước khi trình Hội đồng nhân dân xem xét.",
            ],
            "captions": [],
            "byline": "Hải Yến",
            "mid": [],
            "tags": ["đặt tên đường", "lấy ý kiến"],
        },
        {
            "title": "Ngày hội Đại đoàn kết ở khu phố có đông người lao động nhập cư",
            "lead": "Lần đầu tiên, công nhân thuê trọ ở khu phố Bãi Bằng cùng tham gia ngày hội với người dân sở tại.",
            "paras": [
                "Ban tổ chức bố trí giải bóng chuyền hơi, thi gói bánh và bữa cơm chung trên sân nhà văn hóa, thu hút gần ba trăm người.",
                "Nhiều công nhân cho biết đây là lần đầu họ được mời dự sinh hoạt của khu dân cư nơi mình ở trọ.",
                "Ban công tác Mặt trận khu phố tặng quà cho mười hai gia đình công nhân có hoàn cảnh khó khăn và lập nhóm liên lạc để kịp thời nắm tình hình người ở trọ.",
            ],
            "captions": ["Công nhân và người dân khu phố thi gói bánh"],
            "byline": "Minh Đức",
            "attribution": "Theo Báo Phú Thọ",
            "mid": [],
            "tags": ["ngày hội Đại đoàn kết", "công nhân"],
        },
    ],
}

# ------------------------------------------------------------------ 2. provincial journalists' association
PAGES["hoi_nha_bao"] = {
    "brief": [
        {
            "title": "Hội viên chi hội báo chí huyện đi thực tế tại các cơ sở làm sản phẩm OCOP",
            "lead": "Đoàn mười sáu phóng viên, biên tập viên đã dành hai ngày tìm hiểu cách các hợp tác xã miền tây tỉnh làm ra sản phẩm OCOP.",
            "paras": [
                "Đoàn đến xưởng làm nhút mít, vườn cam và một lò nấu mật mía thủ công, trò chuyện với người sản xuất về chuyện giữ chất lượng khi mở rộng quy mô.",
                "Chuyến đi nằm trong kế hoạch bồi dưỡng nghiệp vụ của chi hội, nhằm giúp hội viên có thêm tư liệu cho các bài viết về kinh tế nông thôn.",
            ],
            "captions": ["Phóng viên tìm hiểu quy trình nấu mật mía thủ công"],
            "byline": "Lê Phương",
            "mid": [],
            "tags": ["đi thực tế", "OCOP", "hội viên"],
        },
        {
            "title": "Tọa đàm viết về OCOP: tránh lối đưa tin theo kiểu liệt kê thành tích",
            "lead": "",
            "paras": [
                "Tại buổi tọa đàm do Hội tổ chức, nhiều nhà báo cho rằng tin bài về chương trình OCOP hiện còn nặng số liệu, ít câu chuyện về người làm ra sản phẩm.",
                "Các ý kiến đề nghị phóng viên theo dõi một chủ thể trong thời gian dài, phản ánh cả những lần thất bại, để bài viết có sức thuyết phục với bạn đọc.",
            ],
            "captions": [],
            "byline": "Hoài Nam",
            "mid": [],
            "tags": ["tọa đàm", "OCOP", "nghiệp vụ"],
        },
        {
            "title": "Trao giải cuộc thi ảnh về sản phẩm OCOP và làng nghề",
            "lead": "Ban tổ chức đã chọn ra hai mươi tác phẩm đoạt giải trong gần bảy trăm bức ảnh gửi về từ các tác giả trong và ngoài tỉnh.",
            "paras": [
                "Giải nhất thuộc về bộ ảnh ghi lại một ngày làm bánh đa vừng ở làng ven sông, từ lúc tráng bánh đến khi phơi trên giàn tre.",
                "Các tác phẩm đoạt giải sẽ được trưng bày tại quảng trường thành phố trong tuần lễ giới thiệu sản phẩm OCOP cuối năm.",
            ],
            "captions": ["Tác giả đoạt giải nhất nhận hoa và giấy chứng nhận"],
            "byline": "Lê Phương",
            "mid": [],
            "tags": ["cuộc thi ảnh", "OCOP", "làng nghề"],
        },
        {
            "title": "Phát động giải báo chí viết về nông thôn mới và OCOP năm 2027",
            "lead": "Giải năm nay nhận tác phẩm báo in, báo điện tử, phát thanh và truyền hình đăng, phát từ tháng 12 đến hết tháng 9 năm sau.",
            "paras": [
                "Ngoài các hạng mục quen thuộc, ban tổ chức bổ sung giải dành cho tác phẩm đa phương tiện về sản phẩm OCOP và câu chuyện của các chủ thể vùng đồng bào dân tộc thiểu số.",
            ],
            "captions": [],
            "byline": "Hoài Nam",
            "mid": [],
            "tags": ["giải báo chí", "nông thôn mới", "OCOP"],
        },
    ],
    "long": [
        {
            "title": "Ghi chép của người viết về nhút mít: mười năm theo một sản phẩm OCOP",
            "lead": "Lần đầu tôi đến làng làm nhút là khi món ăn quê ấy còn được bán trong những chiếc vại sành ngoài chợ huyện. Mười năm sau, nó đã có nhãn mác, có hạng sao và có cả những nỗi lo mới.",
            "paras": [
                "Năm ấy, tôi về làng để viết một bài ngắn cho số báo Tết. Bà cụ bán nhút đầu chợ kể rằng cả xóm làm nhút từ thời ông bà, mít non hái về thái sợi, muối với gừng, ớt, sả rồi ủ trong vại. Không ai cân đo, người làm dựa vào mắt và tay.",
                "Bài báo ngắn ấy không ai nhớ, nhưng tôi nhớ cái vại sành và câu nói của bà cụ: nhút ngon hay dở là do người muối có thương cái nghề hay không. Từ đó, cứ vài năm tôi lại về làng một lần.",
                "## Từ vại sành đến hũ thủy tinh",
                "Lần thứ hai tôi trở lại, con gái bà cụ đã lập tổ hợp tác với sáu hộ trong xóm. Họ mua hũ thủy tinh, dán nhãn in tên làng và mang đi bán ở hội chợ tỉnh. Nhút hết sau hai ngày, nhưng nhiều hũ bị phồng nắp vì lên men quá mức trên đường vận chuyển.",
                "Phải mất hơn một năm, với sự giúp đỡ của các cán bộ khuyến công, tổ hợp tác mới tìm ra cách muối và đóng hũ để nhút giữ được lâu mà không mất vị chua tự nhiên. Họ ghi chép từng mẻ muối vào một cuốn sổ học trò, điều mà trước đây không ai trong làng nghĩ tới.",
                "Khi sản phẩm được công nhận OCOP 3 sao, tôi có mặt trong buổi trao chứng nhận. Người chị cầm tờ giấy rất lâu rồi nói rằng chị không nghĩ món ăn nhà nghèo lại có ngày được treo bằng khen.",
                "## Những nỗi lo mới",
                "Lần gần nhất tôi về làng là mùa mít năm nay. Tổ hợp tác đã thành hợp tác xã với hai mươi thành viên, có xưởng sơ chế và kho lạnh nhỏ. Nhưng câu chuyện họ kể lại xoay quanh những nỗi lo khác.",
                "Mít non ngày càng khó mua vì nhiều nhà đã chặt mít để trồng cây lấy gỗ. Giá bao bì tăng, phí vận chuyển tăng, trong khi giá bán khó tăng vì khách quen vẫn so với nhút bán lẻ ngoài chợ. Hợp tác xã đang phải tự trồng thêm mít trên đất của các thành viên.",
                "Nỗi lo lớn nhất là người kế nghiệp. Những người muối nhút giỏi nhất trong hợp tác xã đều đã ngoài sáu mươi tuổi. Lớp trẻ thích làm việc ở khu công nghiệp hơn là ngồi thái mít từ sáng sớm.",
                "## Điều người viết học được",
                "Mười năm theo một sản phẩm, tôi hiểu rằng chứng nhận chỉ là một cột mốc. Điều giữ được sản phẩm là sự bền bỉ của những người làm ra nó, và sự quan tâm đều đặn chứ không chỉ vào mùa hội chợ.",
                "Tôi vẫn giữ cuốn sổ ghi chép của những lần về làng. Có lẽ bài viết hay nhất về nhút mít vẫn chưa được viết, và người viết nó có thể là một người trẻ trong làng, khi họ quyết định ở lại với nghề của cha mẹ.",
            ],
            "captions": [
                "Những hũ nhút mít xếp trong kho của hợp tác xã",
                "Thành viên hợp tác xã thái mít non thành sợi",
                "Cuốn sổ ghi chép các mẻ muối nhút",
            ],
            "byline": "Trần Thị Lê Phương",
            "attribution": "Nguồn: Báo Nghệ An",
            "mid": [
                "Chân dung nhà báo trẻ gắn bó với đề tài miền tây xứ Nghệ",
                "Kinh nghiệm viết ghi chép cho báo điện tử",
            ],
            "tags": ["nhút mít", "OCOP", "ghi chép"],
        },
        {
            "title": "Sản phẩm OCOP trên sóng phát thanh: khi câu chuyện được kể bằng giọng nói",
            "lead": "Chuyên mục về sản phẩm OCOP trên sóng phát thanh tỉnh đã duy trì được hơn hai năm, với cách làm riêng: để người sản xuất tự kể về sản phẩm của mình.",
            "paras": [
                "Mỗi số chuyên mục dài mười lăm phút, phát vào sáng thứ bảy. Thay vì phóng viên dẫn chuyện từ đầu đến cuối, phần lớn thời lượng dành cho người sản xuất nói về nghề, về nguyên liệu và những khó khăn thường ngày.",
                "Biên tập viên phụ trách chuyên mục cho biết, ban đầu nhiều chủ thể rất ngại nói trước máy ghi âm. Có người đọc thuộc lòng một bài chuẩn bị sẵn, giọng cứng như đọc báo cáo. Phóng viên phải ở lại cả ngày, cùng làm việc với họ rồi mới bật máy.",
                "## Âm thanh của nghề",
                "Điểm riêng của chuyên mục là tiếng động hiện trường. Tiếng chày giã gạo làm bánh, tiếng nồi mật sôi, tiếng máy sao chè được thu lại và đặt xen giữa lời kể. Theo nhóm thực hiện, chính những âm thanh ấy giúp người nghe hình dung được sản phẩm mà không cần hình ảnh.",
                "Một chủ cơ sở làm nước mắm kể, sau khi chuyên mục phát, nhiều thính giả lớn tuổi gọi điện đặt hàng vì nghe giọng chị giống người làng cũ. Có người còn gửi thư tay về đài để hỏi đường đến xưởng.",
                "## Khó khăn của một chuyên mục nhỏ",
                "Kinh phí cho mỗi số phát thanh không lớn, chủ yếu đủ chi phí đi lại. Những cơ sở ở xa phải đi hai ngày mới đến nơi, nên nhóm thường kết hợp ghi âm cho hai, ba số trong một chuyến.",
                "Việc chọn đề tài cũng không dễ. Nhóm thực hiện đặt ra nguyên tắc không làm chương trình theo yêu cầu quảng cáo của chủ thể, và luôn hỏi thêm ý kiến người tiêu dùng, cán bộ quản lý để câu chuyện có nhiều góc nhìn.",
                "## Từ sóng phát thanh lên nền tảng số",
                "Từ năm nay, các số chuyên mục được đưa lên trang điện tử và các nền tảng nghe trực tuyến. Lượt nghe lại qua mạng đã vượt số người nghe trực tiếp trên sóng, phần lớn là người trẻ và người con xa quê.",
                "Nhóm thực hiện dự định làm thêm một loạt chương trình về những sản phẩm OCOP gắn với đồng bào dân tộc thiểu số, có phần lời kể bằng tiếng dân tộc và phụ đề tiếng Việt trên bản đăng tải trực tuyến.",
                "Theo các nhà báo tham gia, điều họ tâm đắc nhất không phải là số lượt nghe mà là việc nhiều người sản xuất tự tin hơn khi nói về sản phẩm của mình, một kỹ năng họ sẽ cần khi tự bán hàng trên mạng.",
            ],
            "captions": [
                "Phóng viên ghi âm tại một xưởng làm nước mắm",
                "Nhóm thực hiện chuyên mục trong phòng thu",
            ],
            "byline": "Hoài Nam",
            "mid": [
                "Phát thanh vẫn giữ chỗ đứng ở vùng sâu, vùng xa",
                "Nhà báo và kỹ năng làm podcast",
            ],
            "tags": ["phát thanh", "OCOP", "podcast"],
        },
        {
            "title": "Viết về OCOP sao cho đúng: những lỗi thường gặp trong tin bài",
            "lead": "Qua rà soát hàng trăm tin bài về chương trình OCOP đăng trên các cơ quan báo chí địa phương, Ban Nghiệp vụ của Hội đã chỉ ra một số lỗi phổ biến mà người viết cần tránh.",
            "paras": [
                "Lỗi thường gặp nhất là nhầm lẫn giữa hạng sao và cấp công nhận. Nhiều bài viết ghi sản phẩm đạt OCOP cấp tỉnh 5 sao, trong khi sản phẩm 5 sao do cấp trung ương đánh giá và công nhận. Cũng có bài ghi sai thời hạn của giấy chứng nhận.",
                "Lỗi thứ hai là dùng số liệu cũ. Nhiều tin bài lấy lại tổng số sản phẩm của năm trước mà không ghi rõ thời điểm, khiến bạn đọc hiểu sai quy mô của chương trình. Ban Nghiệp vụ khuyên người viết luôn ghi kèm mốc thời gian và nguồn số liệu.",
                "## Đừng biến tin bài thành quảng cáo",
                "Một số bài viết về sản phẩm cụ thể dùng những cụm từ như tốt nhất, số một, chữa được bệnh, vốn là ngôn ngữ quảng cáo và có thể vi phạm quy định. Người viết cần kiểm tra các công dụng mà chủ thể nói đến, nhất là với sản phẩm thảo dược và thực phẩm chức năng.",
                "Ban Nghiệp vụ cũng lưu ý tình trạng đăng nguyên văn thông cáo của chủ thể hoặc của cơ quan quản lý, không có thêm ý kiến của người tiêu dùng hay chuyên gia. Những bài viết như vậy dễ bị xem là bài tài trợ, làm giảm niềm tin của bạn đọc.",
                "## Ảnh và chú thích",
                "Về hình ảnh, nhiều tác phẩm dùng ảnh sản phẩm do chủ thể cung cấp nhưng không ghi nguồn. Có trường hợp ảnh minh họa là sản phẩm của địa phương khác. Ban Nghiệp vụ đề nghị phóng viên tự chụp ảnh tại cơ sở, hoặc ghi rõ ảnh do ai cung cấp.",
                "Chú thích ảnh cũng cần chính xác về tên người, tên sản phẩm và địa danh, nhất là khi nhiều xã đã đổi tên sau sắp xếp đơn vị hành chính. Một chú thích sai tên xã có thể khiến bạn đọc tìm đến nhầm nơi sản xuất.",
                "## Những đề tài còn bỏ ngỏ",
                "Bên cạnh các lỗi, bản rà soát cũng chỉ ra những đề tài ít được khai thác: hiệu quả thật sự của sản phẩm sau khi được công nhận, những sản phẩm không được đánh giá lại, câu chuyện của người lao động làm thuê cho các chủ thể, hay việc sử dụng kinh phí hỗ trợ của nhà nước.",
                "Theo Ban Nghiệp vụ, báo chí không chỉ có nhiệm vụ tuyên truyền mà còn cần phản ánh trung thực những khó khăn để cơ quan quản lý điều chỉnh chính sách. Những tác phẩm như vậy sẽ được ưu tiên khi xét giải báo chí của Hội.",
                "Bản tổng hợp đầy đủ đã được gửi tới các chi hội để thảo luận trong sinh hoạt chuyên đề quý tới.",
            ],
            "captions": [
                "Hội viên trao đổi tại buổi sinh hoạt nghiệp vụ",
            ],
            "byline": "Ban Nghiệp vụ",
            "mid": ["Quy định mới về trích dẫn nguồn trong tác phẩm báo chí"],
            "tags": ["nghiệp vụ", "OCOP", "đạo đức nghề nghiệp"],
        },
    ],
    "non_ocop": [
        {
            "title": "Gặp mặt nhà báo lão thành nhân dịp cuối năm",
            "lead": "Hơn năm mươi hội viên đã nghỉ hưu về dự buổi gặp mặt truyền thống tại trụ sở Hội.",
            "paras": [
                "Các nhà báo lão thành kể lại những chuyến tác nghiệp bằng xe đạp, viết bài bằng bút mực và gửi bài qua bưu điện trong những năm khó khăn.",
                "Thường trực Hội thăm hỏi sức khỏe, tặng quà và ghi lại lời kể của các hội viên cao tuổi để làm tư liệu lịch sử báo chí địa phương.",
            ],
            "captions": ["Các nhà báo lão thành chụp ảnh lưu niệm"],
            "byline": "Lê Phương",
            "mid": [],
            "tags": ["nhà báo lão thành", "gặp mặt"],
        },
        {
            "title": "Lớp bồi dưỡng kỹ năng làm video dọc cho phóng viên trẻ",
            "lead": "",
            "paras": [
                "Ba mươi hai phóng viên dưới ba mươi lăm tuổi đã hoàn thành khóa học năm ngày về sản xuất video ngắn cho thiết bị di động.",
                "Học viên thực hành quay, dựng bằng điện thoại và được góp ý trực tiếp về cách giữ thông tin chính xác trong thời lượng chưa đầy một phút.",
                "Ban tổ chức cho biết sẽ mở thêm lớp cho phóng viên các đài phát thanh cơ sở vào đầu năm tới.",
            ],
            "captions": [],
            "byline": "Hoài Nam",
            "mid": [],
            "tags": ["bồi dưỡng nghiệp vụ", "video"],
        },
        {
            "title": "Hội thi nhà báo với văn hóa đọc thu hút các chi hội",
            "lead": "Mười hai đội đến từ các cơ quan báo chí và chi hội cơ sở đã tranh tài ở vòng chung kết.",
            "paras": [
                "Các đội giới thiệu cuốn sách mình tâm đắc, trả lời câu hỏi về lịch sử báo chí cách mạng và trình bày tiểu phẩm về nghề.",
                "Giải nhất thuộc về đội của đài phát thanh tỉnh với phần giới thiệu tập phóng sự của một nhà báo thời chiến.",
            ],
            "captions": ["Một đội thi trình bày tiểu phẩm về nghề báo"],
            "byline": "Lê Phương",
            "attribution": "Theo Báo Nghệ An",
            "mid": [],
            "tags": ["văn hóa đọc", "hội thi"],
        },
    ],
}

# ------------------------------------------------------------------ 3. national government e-newspaper
PAGES["bao_chinh_phu"] = {
    "brief": [
        {
            "title": "Phó Thủ tướng yêu cầu rà soát sản phẩm OCOP hết hạn chứng nhận",
            "lead": "Các địa phương phải báo cáo danh sách sản phẩm OCOP có chứng nhận hết hạn trong năm nay và phương án đánh giá lại trước ngày 31/12.",
            "paras": [
                "Văn bản giao Bộ Nông nghiệp và Môi trường hướng dẫn thống nhất cách công bố các sản phẩm không còn hiệu lực chứng nhận, tránh để chủ thể tiếp tục dùng biểu trưng trên bao bì.",
            ],
            "captions": [],
            "byline": "Minh Khôi",
            "mid": [],
            "tags": ["OCOP", "chứng nhận", "chỉ đạo"],
        },
        {
            "title": "Sửa quy định hỗ trợ chi phí kiểm nghiệm cho chủ thể OCOP",
            "lead": "",
            "paras": [
                "Dự thảo thông tư mới đề xuất ngân sách hỗ trợ tới một nửa chi phí kiểm nghiệm chỉ tiêu chất lượng cho chủ thể tham gia Chương trình OCOP lần đầu.",
                "Với hợp tác xã ở vùng đồng bào dân tộc thiểu số và miền núi, mức hỗ trợ có thể lên tới toàn bộ chi phí của hai lần kiểm nghiệm đầu tiên.",
            ],
            "captions": [],
            "byline": "Hà Linh",
            "mid": [],
            "tags": ["dự thảo", "OCOP", "kiểm nghiệm"],
        },
        {
            "title": "Thủ tướng gửi thư khen các chủ thể đạt sản phẩm OCOP 5 sao năm 2026",
            "lead": "Thư khen được gửi tới mười chín chủ thể có sản phẩm vừa được công nhận hạng cao nhất của chương trình.",
            "paras": [
                "Thủ tướng mong các chủ thể tiếp tục giữ chất lượng, đầu tư cho vùng nguyên liệu và chia sẻ kinh nghiệm với các cơ sở sản xuất nhỏ ở địa phương.",
            ],
            "captions": ["Một sản phẩm 5 sao được giới thiệu tại lễ công bố"],
            "byline": "Minh Khôi",
            "mid": [],
            "tags": ["OCOP 5 sao", "thư khen"],
        },
        {
            "title": "Bộ Công Thương đề nghị đưa hàng OCOP vào chuỗi cửa hàng tại cửa khẩu",
            "lead": "Bộ Công Thương vừa có văn bản gửi các tỉnh biên giới về việc bố trí điểm giới thiệu sản phẩm OCOP tại khu kinh tế cửa khẩu.",
            "paras": [
                "Theo văn bản, các điểm bán cần ưu tiên mặt hàng của địa phương có thời hạn sử dụng dài, ghi nhãn song ngữ và niêm yết giá rõ ràng cho khách nước ngoài.",
                "Các tỉnh báo cáo kết quả thực hiện trong quý đầu năm tới.",
            ],
            "captions": [],
            "byline": "Hà Linh",
            "mid": [],
            "tags": ["cửa khẩu", "OCOP", "xúc tiến thương mại"],
        },
    ],
    "long": [
        {
            "title": "Những điểm mới trong dự thảo quyết định về Chương trình OCOP giai đoạn 2026-2030",
            "lead": "Dự thảo quyết định phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn tới đặt trọng tâm vào chất lượng, thị trường và vai trò của hợp tác xã thay vì chạy theo số lượng sản phẩm.",
            "paras": [
                "Bộ Nông nghiệp và Môi trường đang lấy ý kiến rộng rãi về dự thảo quyết định của Thủ tướng Chính phủ phê duyệt Chương trình OCOP giai đoạn 2026-2030. So với giai đoạn trước, dự thảo có nhiều thay đổi về mục tiêu và cách thức hỗ trợ.",
                "## Giảm chỉ tiêu về số lượng",
                "Nếu giai đoạn trước đặt mục tiêu về số sản phẩm được công nhận, thì dự thảo lần này đưa ra các chỉ tiêu về tỷ lệ sản phẩm duy trì được hạng sao sau đánh giá lại, tỷ lệ chủ thể là hợp tác xã và doanh nghiệp, cũng như mức tăng doanh thu bình quân của các chủ thể.",
                "Theo cơ quan soạn thảo, sau nhiều năm triển khai, cả nước đã có hơn mười bốn nghìn sản phẩm được công nhận, nhưng một phần không nhỏ có quy mô sản xuất rất nhỏ, tiêu thụ chủ yếu trong tỉnh và dừng sản xuất sau một thời gian. Việc đặt chỉ tiêu số lượng cho các địa phương dễ dẫn đến công nhận tràn lan.",
                "## Hỗ trợ theo chuỗi giá trị",
                "Dự thảo quy định ngân sách nhà nước ưu tiên hỗ trợ các dự án phát triển sản phẩm theo chuỗi, từ vùng nguyên liệu đến chế biến và tiêu thụ. Những sản phẩm có hợp đồng liên kết với nông dân trên địa bàn sẽ được cộng điểm khi xét hỗ trợ.",
                "Một nội dung mới là khuyến khích hình thành các trung tâm thiết kế sản phẩm ở cấp vùng, nơi chủ thể có thể thuê dịch vụ thiết kế bao bì, xây dựng câu chuyện sản phẩm và chụp ảnh giới thiệu với chi phí thấp, thay vì mỗi tỉnh tự tổ chức.",
                "## Siết quản lý sau công nhận",
                "Dự thảo dành riêng một mục cho công tác quản lý sau công nhận. Các địa phương phải công khai danh sách sản phẩm còn hiệu lực và sản phẩm bị thu hồi trên hệ thống thông tin chung, đồng thời kiểm tra định kỳ việc sử dụng biểu trưng OCOP trên thị trường.",
                "Chủ thể vi phạm về chất lượng hoặc ghi nhãn sẽ bị thu hồi chứng nhận và không được đăng ký đánh giá lại trong thời gian nhất định. Cơ quan soạn thảo cho rằng quy định này cần thiết để giữ uy tín của thương hiệu OCOP quốc gia.",
                "## Mở rộng sang dịch vụ du lịch nông thôn",
                "Nhóm sản phẩm dịch vụ du lịch cộng đồng và điểm du lịch nông thôn được dự thảo quan tâm nhiều hơn, với bộ tiêu chí riêng về an toàn, vệ sinh và trải nghiệm của du khách. Các điểm du lịch gắn với làng nghề và sản phẩm địa phương được khuyến khích tham gia.",
                "Dự thảo đang được đăng tải để lấy ý kiến của các bộ, ngành, địa phương, hiệp hội và người dân. Cơ quan soạn thảo dự kiến hoàn thiện và trình Thủ tướng Chính phủ trong quý đầu năm tới.",
            ],
            "captions": [
                "Sản phẩm của các chủ thể được trưng bày tại một hội chợ nông sản",
                "Người dân một hợp tác xã đóng gói sản phẩm",
            ],
            "byline": "Hà Linh",
            "mid": ["Lấy ý kiến dự thảo nghị định về phát triển hợp tác xã nông nghiệp"],
            "tags": ["OCOP", "dự thảo", "chính sách mới"],
        },
        {
            "title": "Hội nghị toàn quốc tổng kết Chương trình OCOP: giữ uy tín là nhiệm vụ hàng đầu",
            "lead": "Phát biểu tại hội nghị, lãnh đạo Chính phủ đề nghị các bộ, ngành và địa phương chuyển mạnh từ phát triển số lượng sang nâng cao chất lượng sản phẩm OCOP, gắn với xây dựng thương hiệu quốc gia.",
            "paras": [
                "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới các tỉnh, thành phố, với sự tham dự của đại diện các bộ, ngành, hiệp hội ngành hàng và nhiều chủ thể sản xuất.",
                "Báo cáo tổng kết cho thấy chương trình đã góp phần tổ chức lại sản xuất ở khu vực nông thôn. Số hợp tác xã tham gia tăng đều qua các năm, giá bán bình quân của sản phẩm sau khi được công nhận tăng khá so với trước.",
                "## Những tồn tại được chỉ ra",
                "Bên cạnh kết quả, báo cáo nêu rõ nhiều hạn chế. Không ít sản phẩm có vùng nguyên liệu nhỏ, thiếu ổn định. Việc đánh giá, phân hạng ở một số nơi còn chạy theo thành tích. Công tác hậu kiểm chưa được quan tâm đúng mức, có trường hợp sản phẩm đã hết hạn chứng nhận vẫn dùng biểu trưng.",
                "Nhiều đại biểu cho rằng cần đầu tư mạnh hơn cho khâu tiêu thụ. Một lãnh đạo tỉnh miền núi chia sẻ, sản phẩm của địa phương có chất lượng tốt nhưng chi phí vận chuyển cao, khó cạnh tranh về giá khi đưa về các đô thị lớn.",
                "## Năm nhóm nhiệm vụ trọng tâm",
                "Kết luận hội nghị, lãnh đạo Chính phủ nêu năm nhóm nhiệm vụ: hoàn thiện thể chế cho giai đoạn mới; nâng cao chất lượng đánh giá và quản lý sau công nhận; phát triển vùng nguyên liệu; đẩy mạnh xúc tiến thương mại và thương mại điện tử; đào tạo nhân lực quản lý cho các chủ thể.",
                "Các bộ, ngành được yêu cầu phối hợp chặt chẽ, tránh chồng chéo trong hỗ trợ. Các địa phương cần bố trí đủ nguồn lực, đặc biệt là đội ngũ cán bộ làm công tác OCOP ở cấp xã sau khi sắp xếp đơn vị hành chính.",
                "## Khen thưởng tập thể, cá nhân",
                "Dịp này, nhiều tập thể, cá nhân có thành tích xuất sắc trong triển khai chương trình được tặng bằng khen. Bên lề hội nghị, khu trưng bày giới thiệu các sản phẩm tiêu biểu của cả nước, trong đó có nhiều sản phẩm của đồng bào dân tộc thiểu số.",
                "Lãnh đạo Chính phủ nhấn mạnh, mỗi sản phẩm mang biểu trưng OCOP là một lời cam kết với người tiêu dùng. Giữ được lời cam kết ấy là điều kiện để chương trình phát triển bền vững trong giai đoạn tới.",
            ],
            "captions": [
                "Quang cảnh hội nghị tổng kết tại điểm cầu trung ương",
                "Đại biểu tham quan khu trưng bày sản phẩm tiêu biểu",
            ],
            "byline": "Minh Khôi",
            "mid": ["Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 11"],
            "tags": ["OCOP", "tổng kết", "hội nghị toàn quốc"],
        },
        {
            "title": "Hỏi đáp chính sách: điều kiện để sản phẩm được đánh giá lại hạng sao OCOP",
            "lead": "Nhiều bạn đọc gửi câu hỏi về thủ tục đánh giá lại khi giấy chứng nhận OCOP sắp hết hạn. Báo Điện tử Chính phủ tổng hợp các nội dung chính theo quy định hiện hành.",
            "paras": [
                "Theo quy định về bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm, kết quả công nhận có giá trị trong ba mươi sáu tháng. Trước khi hết hạn, chủ thể muốn tiếp tục sử dụng biểu trưng phải đăng ký đánh giá lại.",
                "## Hồ sơ gồm những gì",
                "Hồ sơ đánh giá lại gồm phiếu đăng ký, báo cáo tình hình sản xuất, kinh doanh trong thời gian được công nhận, kết quả kiểm nghiệm chỉ tiêu chất lượng và an toàn thực phẩm còn hiệu lực, cùng các tài liệu chứng minh những thay đổi so với lần đánh giá trước như bao bì, quy trình, vùng nguyên liệu.",
                "Chủ thể không phải nộp lại các giấy tờ không thay đổi, chẳng hạn giấy phép kinh doanh hay hồ sơ pháp lý về đất đai nếu vẫn còn hiệu lực. Điều này giúp giảm đáng kể thời gian chuẩn bị so với lần đầu.",
                "## Thời điểm nộp",
                "Hồ sơ nên được nộp trước khi chứng nhận hết hạn ít nhất ba tháng để hội đồng có thời gian tổ chức đánh giá. Nếu chứng nhận đã hết hạn mà chưa có kết quả đánh giá lại, chủ thể phải tạm ngừng dùng biểu trưng trên sản phẩm mới sản xuất.",
                "Một bạn đọc ở tỉnh miền Trung hỏi, sản phẩm đạt 3 sao có thể đăng ký đánh giá lại để nâng lên 4 sao hay không. Theo quy định, chủ thể hoàn toàn có thể đề nghị nâng hạng nếu sản phẩm đáp ứng tiêu chí của hạng cao hơn, khi đó hồ sơ và quy trình thực hiện như đánh giá mới ở hạng tương ứng.",
                "## Khi nào bị thu hồi",
                "Chứng nhận có thể bị thu hồi trước thời hạn nếu chủ thể vi phạm quy định về an toàn thực phẩm, ghi nhãn, sở hữu trí tuệ, hoặc không còn sản xuất sản phẩm. Chủ thể bị thu hồi phải ngừng sử dụng biểu trưng và thu hồi các bao bì còn lưu hành.",
                "Bạn đọc cũng hỏi về chi phí đánh giá lại. Theo quy định, chủ thể không phải nộp phí cho hội đồng đánh giá; chi phí kiểm nghiệm và hoàn thiện hồ sơ do chủ thể tự chi trả, một số địa phương có chính sách hỗ trợ riêng.",
                "Bạn đọc có thể liên hệ cơ quan thường trực Chương trình OCOP cấp tỉnh để được hướng dẫn cụ thể về mẫu biểu và lịch tổ chức đánh giá tại địa phương.",
            ],
            "captions": [],
            "byline": "Ban Bạn đọc",
            "mid": [
                "Hỏi đáp: thủ tục đăng ký thành lập hợp tác xã mới",
                "Hướng dẫn tra cứu văn bản trên Cơ sở dữ liệu quốc gia",
            ],
            "tags": ["hỏi đáp chính sách", "OCOP", "đánh giá lại"],
        },
    ],
    "non_ocop": [
        {
            "title": "Chính phủ ban hành nghị định sửa đổi quy định về quản lý phân bón",
            "lead": "Nghị định có hiệu lực từ ngày 1/1/2027, bổ sung yêu cầu về truy xuất nguồn gốc và ghi nhãn điện tử đối với phân bón lưu thông trên thị trường.",
            "paras": [
                "Theo nghị định, tổ chức sản xuất, nhập khẩu phân bón phải cập nhật thông tin từng lô hàng lên hệ thống truy xuất chung, giúp người mua kiểm tra bằng điện thoại trước khi sử dụng.",
                "Các cơ sở buôn bán nhỏ lẻ được cho thêm thời gian chuyển đổi đến hết năm 2027.",
            ],
            "captions": [],
            "byline": "Hà Linh",
            "mid": [],
            "tags": ["nghị định", "phân bón"],
        },
        {
            "title": "Thủ tướng chỉ đạo ứng phó đợt mưa lớn ở các tỉnh Nam Trung Bộ",
            "lead": "",
            "paras": [
                "Công điện yêu cầu các địa phương theo dõi chặt diễn biến mưa lũ, sẵn sàng sơ tán người dân ở vùng trũng thấp và ven sông.",
                "Các bộ được giao kiểm tra an toàn hồ đập, bố trí lực lượng, phương tiện tại những khu vực có nguy cơ sạt lở và chia cắt.",
                "Các tỉnh báo cáo tình hình về Văn phòng Chính phủ trước 17 giờ hằng ngày.",
            ],
            "captions": ["Lực lượng chức năng giúp người dân di dời tài sản"],
            "byline": "Minh Khôi",
            "mid": [],
            "tags": ["công điện", "mưa lũ"],
        },
        {
            "title": "Đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm",
            "lead": "Phó Thủ tướng đề nghị các bộ, địa phương có tỷ lệ giải ngân thấp báo cáo rõ nguyên nhân và giải pháp trong tuần tới.",
            "paras": [
                "Tính đến cuối tháng 10, cả nước đã giải ngân được khoảng sáu mươi phần trăm kế hoạch vốn, thấp hơn cùng kỳ năm trước.",
                "Những dự án chậm tiến độ kéo dài sẽ được xem xét điều chuyển vốn sang các dự án có khả năng giải ngân nhanh hơn.",
            ],
            "captions": [],
            "byline": "Hà Linh",
            "mid": [],
            "tags": ["đầu tư công", "giải ngân"],
        },
    ],
}

# ------------------------------------------------------------------ 4. provincial Party propaganda and mass-mobilisation board
PAGES["tuyen_giao"] = {
    "brief": [
        {
            "title": "Mô hình dân vận khéo giúp bản vùng cao có sản phẩm OCOP đầu tiên",
            "lead": "Nhờ cán bộ xã kiên trì vận động, mười một hộ đồng bào Vân Kiều đã cùng góp rượu cần để làm thành một sản phẩm chung.",
            "paras": [
                "Cán bộ xã ở lại bản nhiều ngày, cùng bà con chọn men lá, thống nhất cách ủ và nhờ cơ quan chuyên môn kiểm nghiệm.",
                "Sau gần hai năm, rượu cần của bản được công nhận OCOP 3 sao, trở thành món quà được du khách hỏi mua khi ghé bản.",
            ],
            "captions": ["Bà con trong bản chuẩn bị men lá ủ rượu cần"],
            "byline": "Hồ Thị Mai",
            "mid": [],
            "tags": ["dân vận khéo", "OCOP", "Vân Kiều"],
        },
        {
            "title": "Tuyên truyền về Chương trình OCOP qua loa truyền thanh thôn",
            "lead": "",
            "paras": [
                "Các xã phía tây tỉnh đã đưa chuyên mục giới thiệu sản phẩm OCOP vào giờ phát sóng buổi sáng của hệ thống loa truyền thanh thôn.",
                "Mỗi tuần một sản phẩm được giới thiệu bằng tiếng Việt và tiếng Pa Kô, kèm số điện thoại của chủ thể để người dân liên hệ góp hàng hoặc mua.",
            ],
            "captions": [],
            "byline": "Phan Văn Tâm",
            "mid": [],
            "tags": ["tuyên truyền", "OCOP", "truyền thanh"],
        },
        {
            "title": "Báo cáo viên cấp tỉnh được bồi dưỡng kiến thức về kinh tế nông thôn và OCOP",
            "lead": "Hội nghị bồi dưỡng thu hút hơn một trăm báo cáo viên, tuyên truyền viên từ các đảng bộ trực thuộc.",
            "paras": [
                "Các báo cáo viên được cung cấp số liệu mới về sản phẩm OCOP của tỉnh, những điểm mới của chương trình giai đoạn tới và cách trả lời các câu hỏi thường gặp của người dân.",
            ],
            "captions": ["Báo cáo viên nghe giới thiệu chuyên đề tại hội nghị"],
            "byline": "Hồ Thị Mai",
            "mid": [],
            "tags": ["báo cáo viên", "OCOP"],
        },
        {
            "title": "Đảng viên trẻ mở cửa hàng giới thiệu sản phẩm OCOP bên quốc lộ",
            "lead": "Anh Lê Văn Hòa, đảng viên chi bộ thôn Tân Lập, dùng căn nhà bên đường để bày bán hàng của các hợp tác xã trong huyện.",
            "paras": [
                "Cửa hàng có gần sáu mươi mặt hàng, phần lớn đạt OCOP 3 sao và 4 sao, khách chủ yếu là tài xế và du khách đi qua.",
                "Anh Hòa cho biết, mỗi tháng cửa hàng bán được khoảng một trăm triệu đồng, giúp các chủ thể nhỏ có thêm kênh tiêu thụ.",
            ],
            "captions": [],
            "byline": "Phan Văn Tâm",
            "mid": [],
            "tags": ["đảng viên trẻ", "OCOP"],
        },
    ],
    "long": [
        {
            "title": "Chi bộ thôn lãnh đạo phát triển sản phẩm OCOP: bài học từ một nghị quyết chuyên đề",
            "lead": "Từ một nghị quyết chuyên đề của chi bộ thôn về phát triển sản phẩm địa phương, thôn Đồng Dương đã có hai sản phẩm OCOP và một hợp tác xã hoạt động ổn định.",
            "paras": [
                "Thôn Đồng Dương nằm ven sông, có truyền thống làm nước mắm và phơi cá khô. Nhiều năm trước, sản phẩm của thôn chủ yếu bán cho thương lái với giá thấp, người trẻ lần lượt đi làm ăn xa.",
                "Năm 2022, chi bộ thôn quyết định ra một nghị quyết chuyên đề về phát triển sản phẩm địa phương. Theo bí thư chi bộ, nghị quyết không dài, chỉ hai trang, nhưng có việc cụ thể, người phụ trách cụ thể và thời hạn cụ thể.",
                "## Đảng viên đi trước",
                "Việc đầu tiên là thành lập tổ hợp tác làm nước mắm. Bốn đảng viên có kinh nghiệm làm nghề được phân công vận động các hộ tham gia và tự mình góp vốn trước. Khi thấy đảng viên làm trước và làm có kết quả, các hộ khác mới yên tâm đăng ký.",
                "Chi bộ cũng phân công một đảng viên trẻ, từng làm kế toán ở thành phố, về giúp tổ hợp tác làm sổ sách và hồ sơ. Anh là người đi lại nhiều lần giữa thôn và các cơ quan chuyên môn để hoàn thiện hồ sơ đăng ký sản phẩm.",
                "## Từ tổ hợp tác đến hợp tác xã",
                "Sau một năm, tổ hợp tác chuyển thành hợp tác xã với mười tám thành viên. Nước mắm cá cơm của hợp tác xã được công nhận OCOP 3 sao, tiếp đó là sản phẩm cá khô tẩm gia vị. Doanh thu năm vừa qua của hợp tác xã đạt gần ba tỷ đồng.",
                "Điều đáng chú ý là chi bộ không làm thay hợp tác xã. Chi bộ chỉ họp định kỳ để nghe báo cáo, chỉ ra những việc chưa làm được và giao trách nhiệm cho đảng viên. Những vướng mắc vượt khả năng của thôn được chi bộ báo cáo lên đảng ủy xã để đề nghị hỗ trợ.",
                "## Những khó khăn chưa vượt qua",
                "Nguồn cá cơm phụ thuộc vào mùa và thời tiết. Có năm biển động kéo dài, hợp tác xã phải mua cá từ nơi khác với giá cao. Chi bộ đang bàn với hợp tác xã việc ký hợp đồng dài hạn với các tàu cá trong xã để giữ nguồn nguyên liệu.",
                "Thị trường cũng là bài toán khó. Sản phẩm bán tốt trong tỉnh nhưng chưa vào được các chuỗi siêu thị lớn vì chưa đủ sản lượng ổn định. Hợp tác xã đang tìm cách liên kết với các cơ sở ở thôn bên để cùng đáp ứng đơn hàng lớn.",
                "## Bài học rút ra",
                "Theo Ban Tuyên giáo và Dân vận Tỉnh ủy, kinh nghiệm của Đồng Dương cho thấy nghị quyết chuyên đề ở cấp chi bộ chỉ phát huy tác dụng khi gắn với việc cụ thể và đảng viên thực sự đi đầu. Mô hình đang được giới thiệu để các chi bộ thôn khác tham khảo trong nhiệm kỳ tới.",
            ],
            "captions": [
                "Thành viên hợp tác xã kiểm tra chượp cá trong thùng gỗ",
                "Sản phẩm nước mắm của hợp tác xã thôn Đồng Dương",
            ],
            "byline": "Nguyễn Thị Thu Hằng",
            "mid": ["Nâng cao chất lượng sinh hoạt chi bộ ở nông thôn"],
            "tags": ["chi bộ thôn", "OCOP", "nghị quyết chuyên đề"],
        },
        {
            "title": "Tuyên truyền về OCOP trên mạng xã hội: cách làm của các xã miền núi",
            "lead": "Nhiều xã miền núi đã lập trang thông tin trên mạng xã hội để giới thiệu sản phẩm OCOP, biến công tác tuyên truyền thành kênh hỗ trợ tiêu thụ hàng hóa cho người dân.",
            "paras": [
                "Ở xã Hướng Lộc, trang thông tin của xã trên mạng xã hội ban đầu chỉ đăng thông báo họp và lịch tiêm chủng. Từ đầu năm, cán bộ văn hóa xã bắt đầu đăng thêm các bài giới thiệu sản phẩm của địa phương, mỗi tuần một sản phẩm.",
                "Bài đăng có ảnh chụp tại vườn, tại xưởng, kể ngắn gọn về người làm và ghi rõ sản phẩm đạt mấy sao. Lượt xem các bài này cao gấp nhiều lần những bài thông báo hành chính, nhiều người con xa quê chia sẻ lại.",
                "## Cán bộ phải học thêm nghề",
                "Để làm được những bài đăng hấp dẫn, cán bộ xã phải học chụp ảnh, quay video ngắn và viết câu chữ gần gũi. Ban Tuyên giáo và Dân vận Tỉnh ủy đã mở hai lớp tập huấn về kỹ năng này cho cán bộ cấp xã, có sự tham gia của các phóng viên báo, đài tỉnh.",
                "Một cán bộ văn hóa xã chia sẻ, khó nhất là giữ cho trang của xã không biến thành trang quảng cáo. Xã đặt ra nguyên tắc chỉ giới thiệu sản phẩm đã được công nhận, thông tin phải được cơ quan chuyên môn kiểm tra và không nêu giá bán.",
                "## Hiệu quả bước đầu",
                "Theo khảo sát của Ban, các chủ thể có sản phẩm được giới thiệu trên trang của xã đều nhận thêm đơn hàng, nhất là vào dịp lễ, Tết. Một hợp tác xã làm tinh dầu tràm cho biết đã có khách ở các tỉnh phía nam liên hệ đặt hàng sau khi xem video trên trang của xã.",
                "Quan trọng hơn, theo các cán bộ cơ sở, người dân bắt đầu quan tâm hơn tới chương trình. Nhiều hộ chủ động hỏi về cách đăng ký sản phẩm, điều mà trước đây cán bộ phải đến từng nhà vận động.",
                "## Cần định hướng và quản lý",
                "Bên cạnh hiệu quả, việc các xã tự lập trang cũng đặt ra yêu cầu về quản lý. Một số trang đăng thông tin chưa chính xác về hạng sao, có trang dùng ảnh sản phẩm của địa phương khác. Ban đề nghị các đảng ủy xã phân công người chịu trách nhiệm nội dung và thường xuyên kiểm tra.",
                "Trong thời gian tới, Ban sẽ biên soạn tài liệu hướng dẫn chung về tuyên truyền sản phẩm địa phương trên mạng xã hội, gồm mẫu bài viết, quy định về hình ảnh và cách phản hồi bình luận của người dân, để các xã áp dụng thống nhất.",
            ],
            "captions": [
                "Cán bộ văn hóa xã quay video giới thiệu vườn tràm",
            ],
            "byline": "Phan Văn Tâm",
            "mid": [
                "Đấu tranh phản bác thông tin sai lệch trên không gian mạng",
                "Kỹ năng quản trị trang thông tin của cơ quan nhà nước",
            ],
            "tags": ["mạng xã hội", "OCOP", "tuyên truyền"],
        },
        {
            "title": "Đưa nội dung phát triển sản phẩm OCOP vào sinh hoạt chuyên đề của các chi bộ",
            "lead": "Ban Tuyên giáo và Dân vận Tỉnh ủy vừa ban hành tài liệu gợi ý sinh hoạt chuyên đề về phát triển sản phẩm địa phương gắn với Chương trình OCOP, dùng cho các chi bộ nông thôn trong quý tới.",
            "paras": [
                "Tài liệu gồm ba phần: những kết quả và hạn chế của chương trình trên địa bàn tỉnh; các câu hỏi gợi ý để chi bộ thảo luận; và một số mô hình tiêu biểu để tham khảo. Mỗi phần được viết ngắn gọn, dễ đọc, phù hợp với thời lượng một buổi sinh hoạt.",
                "## Thảo luận từ thực tế của thôn",
                "Điểm mới của tài liệu là phần câu hỏi gợi ý. Thay vì đọc nguyên văn văn bản, chi bộ được đề nghị thảo luận về sản phẩm cụ thể của thôn mình: thôn có sản phẩm gì có thể phát triển, ai có thể đứng ra làm, đảng viên giúp được gì và cần hỗ trợ gì từ cấp trên.",
                "Theo lãnh đạo Ban, nhiều buổi sinh hoạt chi bộ ở nông thôn còn đơn điệu, chủ yếu nghe phổ biến văn bản. Việc đưa một vấn đề sát với đời sống như sản phẩm của thôn vào sinh hoạt sẽ giúp đảng viên phát biểu nhiều hơn và gắn nghị quyết với việc làm cụ thể.",
                "## Những con số để suy nghĩ",
                "Phần thứ nhất của tài liệu nêu thẳng những hạn chế. Toàn tỉnh có hơn hai trăm sản phẩm được công nhận, nhưng khoảng một phần năm chưa đăng ký đánh giá lại khi chứng nhận hết hạn. Nhiều chủ thể là hộ gia đình, quy mô nhỏ, chưa có vùng nguyên liệu ổn định.",
                "Tài liệu cũng chỉ ra rằng ở những nơi chi bộ và đảng viên vào cuộc sớm, sản phẩm thường duy trì được lâu hơn. Lý do là có người theo dõi, nhắc nhở và kết nối với cơ quan chuyên môn khi chủ thể gặp khó khăn.",
                "## Mô hình để tham khảo",
                "Phần cuối giới thiệu năm mô hình, trong đó có chi bộ thôn ven biển ra nghị quyết chuyên đề về làm nước mắm, chi bộ bản vùng cao vận động đồng bào làm sản phẩm chung, và một đảng viên trẻ mở điểm bán hàng bên quốc lộ. Mỗi mô hình kèm số điện thoại của người phụ trách để các chi bộ khác liên hệ học hỏi.",
                "Ban đề nghị các đảng ủy xã hướng dẫn chi bộ tổ chức sinh hoạt chuyên đề trong quý tới, tổng hợp các kiến nghị của đảng viên và người dân gửi về Ban trước khi tổng kết năm. Những kiến nghị có tính phổ biến sẽ được báo cáo Thường trực Tỉnh ủy để chỉ đạo giải quyết.",
                "Tài liệu được đăng tải trên trang thông tin của Ban để các chi bộ tải về sử dụng.",
            ],
            "captions": [
                "Một buổi sinh hoạt chi bộ thôn bàn về sản phẩm địa phương",
            ],
            "byline": "Hồ Thị Mai",
            "mid": ["Hướng dẫn tổ chức sinh hoạt chi bộ theo chuyên đề năm 2027"],
            "tags": ["sinh hoạt chuyên đề", "OCOP", "chi bộ"],
        },
    ],
    "non_ocop": [
        {
            "title": "Hội nghị báo cáo viên tháng 11: thông tin về tình hình kinh tế - xã hội",
            "lead": "Hội nghị được tổ chức trực tuyến đến điểm cầu các đảng bộ xã, phường trong tỉnh.",
            "paras": [
                "Báo cáo viên thông tin về kết quả thu ngân sách, tiến độ các công trình giao thông trọng điểm và công tác chuẩn bị phòng chống thiên tai mùa mưa bão.",
                "Các đại biểu cũng được nghe phản ánh về dư luận xã hội nổi bật trong tháng để có định hướng tuyên truyền phù hợp.",
            ],
            "captions": ["Quang cảnh hội nghị tại điểm cầu tỉnh"],
            "byline": "Phan Văn Tâm",
            "mid": [],
            "tags": ["báo cáo viên", "thông tin thời sự"],
        },
        {
            "title": "Phát động cuộc thi viết về gương người tốt, việc tốt ở khu dân cư",
            "lead": "",
            "paras": [
                "Cuộc thi dành cho mọi người dân trong tỉnh, nhận bài viết dài không quá một nghìn năm trăm chữ về những tấm gương bình dị ở nơi mình sinh sống.",
                "Bài dự thi gửi qua đường bưu điện hoặc hộp thư điện tử của Ban trước ngày 30/4 năm sau, kèm ảnh minh họa nếu có.",
                "Ban tổ chức sẽ chọn các bài viết hay để đăng trên báo tỉnh và in thành sách.",
            ],
            "captions": [],
            "byline": "Hồ Thị Mai",
            "mid": [],
            "tags": ["cuộc thi viết", "người tốt việc tốt"],
        },
        {
            "title": "Lấy ý kiến Nhân dân về công tác cải cách thủ tục hành chính cấp xã",
            "lead": "Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp khảo sát mức độ hài lòng của người dân tại các trung tâm phục vụ hành chính công cấp xã.",
            "paras": [
                "Phiếu khảo sát được phát tại chỗ và qua mã QR, hỏi về thời gian chờ, thái độ của cán bộ và số lần phải đi lại để hoàn thành một thủ tục.",
                "Kết quả sẽ được công bố công khai và là một căn cứ để đánh giá cán bộ cuối năm.",
            ],
            "captions": [],
            "byline": "Nguyễn Thị Thu Hằng",
            "mid": [],
            "tags": ["cải cách hành chính", "khảo sát"],
        },
    ],
}
