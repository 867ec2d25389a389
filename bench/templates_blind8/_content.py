"""Texts of the eighth blind template set, written for it (no sentence copied from a real page).

Each page dict: title, lead, paras (a line starting "## " is a sub-heading: body text, the
marker is not), captions (image captions: NOT body), byline, attribution ("Theo …"/"Nguồn: …":
not body), mid (headlines of a mid-body box: chrome).
"""

# Related, most-read and sidebar headlines (chrome everywhere). Several name OCOP.
HEADLINES = [
    "Liên minh HTX tỉnh ký kết tiêu thụ 300 tấn gạo hữu cơ đạt chuẩn OCOP",
    "Mưa lớn kéo dài, nhiều tuyến đường liên xã bị sạt taluy",
    "Hội chợ hàng Việt về vùng biên có 40 gian hàng OCOP",
    "Trường cao đẳng tuyển sinh lớp sửa chữa máy nông nghiệp",
    "Chuyển giao quy trình sấy lạnh cho chủ thể OCOP vùng núi",
    "Giá cà phê nhân xô giảm nhẹ trong tuần",
    "Tem truy xuất nguồn gốc được dán cho toàn bộ sản phẩm OCOP 4 sao",
    "Khánh thành cầu dân sinh nối hai bản vùng lòng hồ",
    "Doanh nghiệp trẻ đưa mật ong rừng OCOP sang thị trường Nhật Bản",
    "Khởi công nhà văn hóa thôn sau sáp nhập",
    "Hướng dẫn đăng ký nhãn hiệu tập thể cho sản phẩm OCOP",
    "Đội bóng chuyền nữ tỉnh giành hạng ba giải toàn quốc",
    "Tuần lễ giới thiệu sản phẩm OCOP tại siêu thị ở TP Hồ Chí Minh",
    "Cấp thẻ bảo hiểm y tế miễn phí cho người cao tuổi",
    "Ứng dụng nhật ký điện tử giúp nông dân ghi chép vụ lúa",
    "Triển khai tiêm phòng lở mồm long móng đợt hai",
]

# Listing teasers: (headline, sapo). A listing page shows ten or more of them.
TEASERS = [
    (
        "Mười hai hợp tác xã được hỗ trợ máy đóng gói chân không",
        "Đợt hỗ trợ ưu tiên các đơn vị có sản phẩm OCOP đạt từ 3 sao, máy được bàn giao kèm buổi "
        "hướng dẫn vận hành và bảo dưỡng ngay tại xưởng.",
    ),
    (
        "Nông dân ven biển chuyển ruộng muối sang nuôi tôm sú quảng canh",
        "Sau hai vụ thử nghiệm, năng suất tôm ổn định, chi phí thấp vì tận dụng được nguồn nước "
        "triều tự nhiên và không dùng thức ăn công nghiệp.",
    ),
    (
        "Khai giảng lớp chế biến thực phẩm cho lao động nông thôn",
        "Ba mươi học viên sẽ học trong hai tháng, thực hành làm giò chả, lạp xưởng và các món khô "
        "theo yêu cầu an toàn thực phẩm.",
    ),
    (
        "Tỉnh chọn 25 sản phẩm đi hội chợ OCOP toàn quốc",
        "Các sản phẩm được chọn theo tiêu chí có câu chuyện vùng miền rõ ràng, bao bì đẹp và đủ "
        "sản lượng để ký hợp đồng với nhà phân phối lớn.",
    ),
    (
        "Giá thuê đất khu công nghiệp phía bắc tăng",
        "Nhu cầu mở rộng nhà xưởng của các doanh nghiệp điện tử khiến quỹ đất sạch còn ít, giá "
        "thuê bình quân tăng khoảng một phần mười so với đầu năm.",
    ),
    (
        "Đề tài khoa học giúp nâng chất lượng tinh dầu sả",
        "Nhóm nghiên cứu đã cải tiến nồi chưng cất, rút ngắn thời gian và tăng hàm lượng hoạt chất, "
        "hợp tác xã đang xin nâng hạng sao cho sản phẩm.",
    ),
    (
        "Mở lớp bơi miễn phí cho trẻ em vùng sông nước",
        "Lớp học được tổ chức vào buổi chiều tại bể bơi di động đặt trong sân trường, mỗi khóa "
        "kéo dài mười ngày với hơn trăm em tham gia.",
    ),
    (
        "Phiên chợ nông sản cuối tuần thu hút đông người mua",
        "Bà con mang đến rau sạch, gà thả vườn, bánh truyền thống và nhiều sản phẩm OCOP của "
        "huyện, nhiều gian hết hàng trước giờ trưa.",
    ),
    (
        "Thí điểm mô hình nuôi ong dưới tán rừng keo",
        "Mỗi hộ được hỗ trợ mười đàn ong giống và thùng nuôi, cán bộ kỹ thuật đến kiểm tra định kỳ "
        "để phòng bệnh và hướng dẫn cách chia đàn.",
    ),
    (
        "Sửa chữa xong tuyến kênh tưới phục vụ vụ đông xuân",
        "Tuyến kênh dài gần bốn cây số được gia cố bờ và nạo vét lòng, bảo đảm nước tưới cho hơn "
        "hai trăm héc-ta lúa của ba xã.",
    ),
    (
        "Giới thiệu đặc sản vùng cao tại phố đi bộ",
        "Khách tham quan được nếm thử thịt trâu gác bếp, rượu ngô men lá và trà shan, các chủ thể "
        "OCOP tranh thủ ghi lại thông tin khách quen.",
    ),
    (
        "Học sinh trường nghề đạt giải cuộc thi kỹ năng hàn",
        "Hai em học sinh năm hai giành giải nhì và khuyến khích, được nhận học bổng và lời mời làm "
        "việc từ một công ty cơ khí trong khu công nghiệp.",
    ),
]

PAGES: dict = {}

# 1. cooperative alliance portal (Liên minh HTX)
PAGES["lien_minh_htx"] = {
    "long": {
        "title": "Hợp tác xã kiểu mới gánh vai trò chủ thể OCOP ở vùng trung du",
        "lead": "Không chỉ thu mua nông sản cho thành viên, nhiều hợp tác xã ở vùng trung du đã tự "
        "đứng tên làm chủ thể OCOP, tự thiết kế bao bì và tìm đầu ra ổn định cho sản phẩm.",
        "paras": [
            "Ba năm trước, hợp tác xã dịch vụ nông nghiệp ở xã đồi chè chỉ làm một việc quen thuộc là "
            "cung ứng phân bón và thu mua búp tươi. Ban giám đốc khi ấy nhận thấy giá búp phụ thuộc hoàn "
            "toàn vào thương lái, mỗi lần giá xuống là thành viên lại bỏ chăm sóc đồi chè.",
            "Từ bài toán đó, hợp tác xã quyết định đầu tư một xưởng chế biến nhỏ, mua máy vò và máy sao "
            "bằng nguồn vốn vay ưu đãi từ Quỹ hỗ trợ phát triển hợp tác xã của tỉnh. Sản phẩm chè xanh "
            "đóng túi đầu tiên được đưa đi đánh giá và đạt 3 sao OCOP ngay trong năm đầu.",
            "## Đổi cách làm từ vùng nguyên liệu",
            "Để giữ chất lượng đồng đều, hợp tác xã ký cam kết với từng hộ thành viên về quy trình chăm "
            "sóc, thời gian cách ly thuốc bảo vệ thực vật và cách hái một tôm hai lá. Hộ nào làm đúng được "
            "mua với giá cao hơn giá thị trường từ hai đến ba nghìn đồng mỗi cân.",
            "Cán bộ kỹ thuật của hợp tác xã đi kiểm tra đồi chè mỗi tuần, ghi chép vào sổ nhật ký để phục "
            "vụ truy xuất nguồn gốc. Ban đầu nhiều hộ e ngại vì thấy rắc rối, nhưng khi tiền bán chè tăng "
            "rõ rệt thì chính họ lại rủ thêm hàng xóm vào hợp tác xã.",
            "Đến nay, vùng nguyên liệu đã mở rộng lên gần bốn mươi héc-ta với hơn chín mươi hộ thành viên. "
            "Sản lượng chè khô mỗi năm đạt khoảng mười hai tấn, trong đó phần lớn được tiêu thụ qua hệ "
            "thống cửa hàng đặc sản và các đơn hàng quà tặng của cơ quan, doanh nghiệp.",
            "## Liên kết để đi xa hơn",
            "Theo Liên minh Hợp tác xã tỉnh, toàn tỉnh hiện có hơn một trăm sản phẩm OCOP do hợp tác xã làm "
            "chủ thể, chiếm gần một nửa tổng số sản phẩm được công nhận. Đây là lực lượng quan trọng vì hợp "
            "tác xã gắn trực tiếp với vùng nguyên liệu và người sản xuất.",
            "Liên minh đã tổ chức nhiều lớp tập huấn về quản trị, kế toán và thương mại điện tử cho cán bộ "
            "hợp tác xã, đồng thời kết nối các đơn vị với chuỗi siêu thị và sàn giao dịch trực tuyến. Một "
            "số hợp tác xã đã có gian hàng riêng và tự livestream bán hàng vào buổi tối.",
            "Dù vậy, khó khăn vẫn còn. Nhiều hợp tác xã thiếu vốn lưu động để thu mua vào chính vụ, thiếu "
            "kho bảo quản và chưa có người trẻ am hiểu tiếp thị. Một số sản phẩm đạt sao nhưng sản lượng "
            "nhỏ, không đủ đáp ứng đơn hàng lớn từ nhà phân phối.",
            "## Kỳ vọng từ chính sách mới",
            "Năm tới, tỉnh dự kiến dành một phần nguồn vốn chương trình xây dựng nông thôn mới để hỗ trợ "
            "hợp tác xã xây kho lạnh, mua thiết bị chế biến và thuê chuyên gia thiết kế bao bì. Hợp tác xã "
            "có sản phẩm OCOP được ưu tiên xét duyệt trước.",
            "Giám đốc hợp tác xã chè cho biết đơn vị đang chuẩn bị hồ sơ nâng hạng sản phẩm lên 4 sao và "
            "thử nghiệm dòng chè ướp hoa bưởi. Theo ông, điều quan trọng nhất không phải là ngôi sao mà là "
            "giữ được niềm tin của khách hàng qua từng mẻ chè.",
            "Câu chuyện ở xã đồi chè cho thấy khi hợp tác xã thực sự làm dịch vụ cho thành viên và dám "
            "đứng ra làm chủ thể sản phẩm, người nông dân có thêm chỗ dựa để gắn bó lâu dài với mảnh đất "
            "của mình.",
        ],
        "captions": [
            "Thành viên hợp tác xã thu hái chè theo tiêu chuẩn một tôm hai lá.",
            "Sản phẩm chè xanh đóng túi trưng bày tại cửa hàng của hợp tác xã.",
        ],
        "byline": "Phạm Quang Vinh",
        "attribution": "",
        "mid": ["Mô hình hợp tác xã trồng dược liệu dưới tán rừng cho thu nhập ổn định"],
    },
    "brief": {
        "title": "Liên minh HTX tỉnh trao hỗ trợ bao bì cho 8 sản phẩm OCOP",
        "lead": "",
        "paras": [
            "Chiều 20/11, Liên minh Hợp tác xã tỉnh tổ chức trao kinh phí hỗ trợ thiết kế và in bao bì "
            "cho tám sản phẩm OCOP của các hợp tác xã thành viên.",
            "Các sản phẩm gồm mật ong, chè xanh, miến dong, nấm sò sấy và gạo nếp cái hoa vàng. Mỗi đơn vị "
            "được hỗ trợ một phần chi phí, phần còn lại do hợp tác xã đối ứng. Liên minh đề nghị các hợp "
            "tác xã hoàn thành mẫu bao bì mới trước dịp Tết.",
        ],
        "captions": [],
        "byline": "Thu Trang",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Hợp tác xã vận tải mở thêm tuyến xe khách đi các huyện phía tây",
        "lead": "Từ đầu tháng 12, hợp tác xã vận tải của tỉnh sẽ đưa vào khai thác thêm hai tuyến xe "
        "khách nối trung tâm tỉnh với các huyện phía tây.",
        "paras": [
            "Hai tuyến mới có tổng chiều dài gần hai trăm cây số, mỗi ngày chạy sáu chuyến theo cả hai "
            "chiều. Xe được lắp thiết bị giám sát hành trình và camera, giá vé được niêm yết tại bến và "
            "trên ứng dụng đặt chỗ của hợp tác xã.",
            "Ban giám đốc cho biết các xã viên đã góp vốn mua thêm tám xe mới và tuyển lái xe có kinh nghiệm "
            "chạy đường đèo. Hợp tác xã cũng phối hợp với bến xe để bố trí chỗ đón khách thuận tiện cho người "
            "dân vùng sâu.",
            "Đại diện Sở Xây dựng đề nghị hợp tác xã bảo đảm an toàn, không chở quá số người quy định và giữ "
            "giá vé ổn định trong dịp cao điểm cuối năm.",
        ],
        "captions": ["Xe khách mới của hợp tác xã tại bến xe trung tâm."],
        "byline": "Minh Khôi",
        "attribution": "",
        "mid": [],
    },
}

# 2. national newspaper's regional edition (Miền Trung - Tây Nguyên)
PAGES["ban_vung"] = {
    "long": {
        "title": "Cà phê đặc sản Tây Nguyên: từ vườn nhà đến kệ hàng OCOP 5 sao",
        "lead": "Những nông hộ từng bán cà phê nhân theo giá sàn nay tự rang xay, đóng gói và đưa "
        "sản phẩm của mình vào danh sách OCOP cấp quốc gia.",
        "paras": [
            "Buổi sáng trên cao nguyên, sương còn phủ kín những hàng cà phê đang vào mùa chín. Ở một thôn "
            "nhỏ của huyện vùng cao, các thành viên tổ hợp tác chỉ hái những quả đã chín đỏ, bỏ vào gùi "
            "riêng để mang về sơ chế ngay trong ngày.",
            "Cách làm này trái hẳn với thói quen hái tuốt cả cành xanh lẫn chín vẫn phổ biến nhiều năm. "
            "Hái chọn tốn công gấp ba, nhưng giá bán cà phê thành phẩm lại cao gấp nhiều lần so với cà phê "
            "nhân bán cho đại lý.",
            "## Làm chậm để bán được giá",
            "Chị chủ cơ sở rang xay kể, lúc đầu gia đình chỉ rang vài chục cân để biếu bạn bè. Thấy khách "
            "hỏi mua nhiều, chị đi học lớp sơ chế ướt và lên men do Trung tâm khuyến nông tổ chức, rồi vay "
            "vốn mua máy rang loại nhỏ.",
            "Quả cà phê sau khi hái được lên men trong thùng kín, phơi trên giàn cao cách mặt đất để tránh "
            "ẩm mốc. Mỗi mẻ phơi kéo dài gần ba tuần, người làm phải đảo đều nhiều lần trong ngày và che "
            "bạt mỗi khi trời chuyển mưa.",
            "Nhờ quy trình chặt chẽ, sản phẩm của cơ sở được chấm điểm cao ở hội đồng cấp tỉnh, sau đó "
            "được đề xuất lên Trung ương và đạt 5 sao OCOP. Đây là một trong số ít sản phẩm cà phê của vùng "
            "được công nhận ở hạng cao nhất.",
            "## Bài toán thị trường",
            "Có sao rồi, việc khó nhất là giữ được khách. Cơ sở hiện bán qua các cửa hàng đặc sản ở Đà Nẵng, "
            "Hà Nội, một số quán cà phê chuyên rang và gian hàng trên sàn thương mại điện tử. Mỗi tháng, lượng "
            "hàng xuất đi khoảng một tấn rưỡi.",
            "Theo cán bộ văn phòng điều phối nông thôn mới của tỉnh, cả tỉnh có hơn chục sản phẩm cà phê được "
            "công nhận OCOP, nhưng chỉ vài đơn vị có kênh phân phối ổn định. Phần lớn vẫn bán nhỏ lẻ qua người "
            "quen và hội chợ.",
            "Tỉnh đang phối hợp với các doanh nghiệp du lịch để đưa khách tham quan vườn, tự tay hái và rang "
            "cà phê. Mô hình này vừa quảng bá sản phẩm, vừa tạo thêm thu nhập cho đồng bào ở các thôn có cảnh "
            "quan đẹp.",
            "## Giữ vườn, giữ nghề",
            "Điều nông dân lo nhất hiện nay là nhiều diện tích cà phê già cỗi phải tái canh, trong khi giá đất "
            "và giá sầu riêng khiến không ít hộ muốn chặt bỏ cà phê. Tổ hợp tác thống nhất giữ lại những vườn "
            "có cây giống tốt để làm nguồn quả chất lượng.",
            "Người dân cũng được hướng dẫn trồng xen cây che bóng, giảm phân hóa học và ghi nhật ký canh tác. "
            "Khi người mua có thể quét mã để biết cà phê được hái ở vườn nào, ngày nào, giá trị của hạt cà phê "
            "cũng được nâng lên.",
            "Rời thôn khi trời đã xế chiều, chúng tôi vẫn thấy những người phụ nữ cặm cụi đảo quả cà phê trên "
            "giàn phơi. Với họ, mỗi gói cà phê mang ngôi sao OCOP là kết quả của những mùa vụ kiên nhẫn.",
        ],
        "captions": [
            "Thành viên tổ hợp tác chỉ hái những quả cà phê đã chín đỏ.",
            "Cà phê được phơi trên giàn cao để tránh ẩm mốc.",
        ],
        "byline": "Nguyễn Thị Hoài - Y Bình",
        "attribution": "",
        "mid": ["Đắk Lắk đặt mục tiêu nâng tỷ lệ cà phê chế biến sâu"],
    },
    "brief": {
        "title": "Gia Lai có thêm 19 sản phẩm đạt chuẩn OCOP",
        "lead": "",
        "paras": [
            "GIA LAI - Ủy ban nhân dân tỉnh vừa ban hành quyết định công nhận 19 sản phẩm OCOP đợt 2 năm "
            "2026, trong đó có ba sản phẩm đạt 4 sao.",
            "Các sản phẩm mới gồm hạt điều rang muối, mật ong cà phê, tiêu đen, rượu cần và một số loại bánh "
            "truyền thống của đồng bào. Tỉnh yêu cầu các chủ thể duy trì chất lượng và sử dụng đúng biểu "
            "trưng sau khi được công nhận.",
        ],
        "captions": [],
        "byline": "Trần Hiếu",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Mưa lớn gây ngập cục bộ nhiều tuyến phố ở Quảng Ngãi",
        "lead": "Trận mưa kéo dài từ đêm qua đến sáng nay khiến nhiều tuyến phố trung tâm ngập sâu, "
        "giao thông bị ách tắc vào giờ cao điểm.",
        "paras": [
            "QUẢNG NGÃI - Lượng mưa đo được tại trạm thành phố vượt một trăm milimét chỉ trong vài giờ. Nước "
            "từ các khu dân cư dồn xuống đường làm nhiều xe máy chết máy, người dân phải dắt bộ qua đoạn ngập.",
            "Lực lượng công an và dân quân được điều động để phân luồng, hỗ trợ học sinh qua đường. Một số "
            "trường học cho học sinh nghỉ buổi sáng để bảo đảm an toàn.",
            "Cơ quan khí tượng dự báo mưa còn tiếp diễn trong hai ngày tới, người dân vùng trũng và ven sông "
            "cần theo dõi tin cảnh báo để chủ động di chuyển tài sản.",
        ],
        "captions": ["Nhiều người phải dắt xe qua đoạn đường ngập sâu."],
        "byline": "Phạm Anh",
        "attribution": "",
        "mid": [],
    },
}

# 3. provincial Department of Science and Technology on NukeViet
PAGES["so_khcn"] = {
    "long": {
        "title": "Nghiệm thu dự án ứng dụng công nghệ sấy lạnh cho sản phẩm OCOP từ quả mơ",
        "lead": "Hội đồng khoa học và công nghệ tỉnh vừa nghiệm thu dự án ứng dụng công nghệ sấy lạnh "
        "và đóng gói điều chỉnh khí quyển để nâng cao chất lượng sản phẩm mơ sấy của một hợp tác xã "
        "vùng núi, xếp loại khá.",
        "paras": [
            "Dự án được triển khai trong hai năm, do hợp tác xã nông sản ở huyện vùng cao làm chủ trì, với sự "
            "hỗ trợ kỹ thuật của một viện nghiên cứu cơ điện nông nghiệp. Tổng kinh phí thực hiện hơn hai tỷ "
            "đồng, trong đó ngân sách sự nghiệp khoa học của tỉnh hỗ trợ khoảng một nửa.",
            "Trước khi có dự án, quả mơ của vùng chủ yếu được bán tươi với giá thấp hoặc ngâm đường thủ công. "
            "Sản phẩm làm theo cách cũ dễ bị chảy nước, sẫm màu và chỉ bảo quản được vài tuần, nên khó đưa "
            "vào siêu thị hay bán đi xa.",
            "## Nội dung và kết quả chính",
            "Nhóm thực hiện đã tiếp nhận và làm chủ quy trình sấy lạnh ở nhiệt độ thấp, giúp giữ được màu vàng "
            "tự nhiên và mùi thơm đặc trưng của quả mơ. Hợp tác xã được lắp đặt một hệ thống sấy công suất "
            "khoảng năm trăm ki-lô-gam quả tươi mỗi mẻ, cùng máy đóng gói có bơm khí trơ.",
            "Dự án đã sản xuất thử nghiệm gần mười tấn sản phẩm các loại, gồm mơ sấy dẻo, mơ sấy giòn và mứt "
            "mơ ít đường. Kết quả phân tích cho thấy các chỉ tiêu vi sinh, kim loại nặng và độ ẩm đều đạt "
            "yêu cầu, thời gian bảo quản kéo dài lên tới mười hai tháng.",
            "Cùng với công nghệ, dự án đã đào tạo tám kỹ thuật viên vận hành và tập huấn cho hơn một trăm lượt "
            "nông dân về kỹ thuật chăm sóc, thu hái quả đúng độ chín. Hợp tác xã cũng được hỗ trợ xây dựng tiêu "
            "chuẩn cơ sở và hồ sơ công bố chất lượng sản phẩm.",
            "Một kết quả quan trọng là sản phẩm mơ sấy dẻo của hợp tác xã đã được đánh giá, công nhận đạt 4 sao "
            "OCOP cấp tỉnh trong thời gian thực hiện dự án. Bao bì mới có tem truy xuất nguồn gốc, thông tin "
            "dinh dưỡng và câu chuyện về vùng trồng mơ.",
            "## Ý kiến của hội đồng",
            "Các thành viên hội đồng đánh giá dự án đã hoàn thành đầy đủ khối lượng, đúng tiến độ, sản phẩm có "
            "khả năng nhân rộng. Tuy nhiên, hội đồng đề nghị nhóm bổ sung số liệu về chi phí vận hành, giá "
            "thành trên mỗi ki-lô-gam sản phẩm và phương án tiêu thụ sau khi kết thúc dự án.",
            "Một chuyên gia lưu ý rằng máy sấy lạnh tiêu tốn nhiều điện, hợp tác xã cần tính đến lắp điện mặt "
            "trời áp mái để giảm chi phí. Đồng thời nên nghiên cứu thêm dòng sản phẩm từ quả mận và quả lê để "
            "tận dụng thiết bị ngoài mùa mơ.",
            "## Hướng nhân rộng",
            "Sở Khoa học và Công nghệ cho biết, giai đoạn tới sẽ tiếp tục ưu tiên các nhiệm vụ gắn với chương "
            "trình OCOP, đặc biệt là công nghệ bảo quản, chế biến sâu và truy xuất nguồn gốc. Các chủ thể có "
            "nhu cầu có thể đề xuất đặt hàng nhiệm vụ trước ngày 30 tháng 3 hằng năm.",
            "Đại diện hợp tác xã cho biết đơn vị sẽ duy trì sản xuất, mở rộng vùng nguyên liệu liên kết và đăng "
            "ký tham gia các hội chợ lớn trong năm tới để giới thiệu sản phẩm đến người tiêu dùng ở đô thị.",
        ],
        "captions": [
            "Hệ thống sấy lạnh được lắp đặt tại xưởng của hợp tác xã.",
            "Thành viên hội đồng kiểm tra mẫu sản phẩm mơ sấy dẻo.",
        ],
        "byline": "Phòng Quản lý khoa học",
        "attribution": "Nguồn tin: Sở Khoa học và Công nghệ",
        "mid": ["Thông báo đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2027"],
    },
    "brief": {
        "title": "Cấp mã số vùng trồng và tem truy xuất cho 12 sản phẩm OCOP",
        "lead": "Trong tháng 11, Sở Khoa học và Công nghệ phối hợp với các huyện hướng dẫn 12 chủ thể "
        "OCOP đăng ký tem truy xuất nguồn gốc trên cổng thông tin của tỉnh.",
        "paras": [
            "Các chủ thể được hướng dẫn nhập thông tin vùng trồng, quy trình sản xuất và kết quả kiểm nghiệm để "
            "người mua quét mã trên bao bì. Sở đề nghị các huyện rà soát, lập danh sách chủ thể còn lại để "
            "hoàn thành trong quý I năm sau.",
        ],
        "captions": [],
        "byline": "T.H",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Kiểm định miễn phí đồng hồ đo nước cho các hộ gia đình",
        "lead": "Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức kiểm tra, kiểm định miễn phí đồng hồ đo nước "
        "tại một số khu dân cư trong thành phố.",
        "paras": [
            "Đợt kiểm định nhằm giúp người dân yên tâm về số nước được ghi trên hóa đơn hằng tháng. Cán bộ kỹ "
            "thuật mang thiết bị chuẩn đến từng tổ dân phố, tháo đồng hồ và kiểm tra sai số ngay tại chỗ.",
            "Những đồng hồ vượt sai số cho phép sẽ được niêm phong, đơn vị cấp nước có trách nhiệm thay thế mà "
            "người dân không phải trả chi phí. Chi cục cũng tiếp nhận phản ánh qua đường dây nóng trong giờ "
            "hành chính.",
        ],
        "captions": ["Cán bộ kỹ thuật kiểm tra đồng hồ đo nước tại nhà dân."],
        "byline": "Chi cục TĐC",
        "attribution": "",
        "mid": [],
    },
}

# 4. vocational college news page (WordPress education theme)
PAGES["cao_dang"] = {
    "long": {
        "title": "Đào tạo nghề gắn với sản phẩm OCOP: lớp học ngay tại xưởng của hợp tác xã",
        "lead": "Thay vì học lý thuyết trên giảng đường, học viên lớp chế biến nông sản của nhà trường được "
        "thực hành trực tiếp trên dây chuyền của các hợp tác xã có sản phẩm OCOP.",
        "paras": [
            "Năm nay, khoa Công nghệ thực phẩm mở ba lớp sơ cấp nghề cho lao động nông thôn theo hình thức "
            "đào tạo tại doanh nghiệp. Mỗi lớp khoảng hai mươi lăm học viên, phần lớn là thành viên hoặc người "
            "lao động của chính các hợp tác xã đang sản xuất sản phẩm OCOP.",
            "Giảng viên của khoa đến xưởng theo lịch, dạy các nội dung về vệ sinh an toàn thực phẩm, kiểm soát "
            "nhiệt độ, ghi chép nhật ký sản xuất và bảo quản thành phẩm. Phần thực hành làm ngay trên thiết bị "
            "của hợp tác xã, với nguyên liệu là nông sản của địa phương.",
            "## Học đến đâu, áp dụng đến đó",
            "Tại một hợp tác xã làm bánh đa nem, các học viên được hướng dẫn cách pha bột đúng tỷ lệ, kiểm tra "
            "độ dày của bánh và cách phơi sấy trong nhà màng thay vì phơi ngoài đường. Sau hai tuần, tỷ lệ bánh "
            "bị rách giảm rõ rệt, sản phẩm đồng đều hơn.",
            "Chủ nhiệm hợp tác xã cho biết trước đây mỗi lần có đoàn kiểm tra, chị lo nhất là khâu ghi chép hồ "
            "sơ. Nay người lao động đã quen ghi lô sản xuất, ngày làm và người phụ trách, việc chuẩn bị hồ sơ "
            "đánh giá lại sao OCOP trở nên nhẹ nhàng hơn nhiều.",
            "Với học viên, lợi ích lớn nhất là được cấp chứng chỉ nghề mà không phải nghỉ việc. Nhiều người đã "
            "gần bốn mươi tuổi, lần đầu được học bài bản về điều mình làm hằng ngày. Học phí được ngân sách hỗ "
            "trợ theo chính sách đào tạo nghề cho lao động nông thôn.",
            "## Nhà trường thay đổi chương trình",
            "Theo lãnh đạo khoa, để dạy được tại xưởng, giảng viên phải điều chỉnh chương trình cho sát với từng "
            "loại sản phẩm. Mỗi hợp tác xã có công đoạn riêng, có nơi làm miến, có nơi làm mật ong hay trà "
            "thảo dược, nên bài giảng không thể dùng chung một giáo án.",
            "Nhà trường đã biên soạn thêm các mô-đun ngắn về thiết kế nhãn mác, tính giá thành và bán hàng qua "
            "mạng xã hội. Sinh viên hệ cao đẳng của khoa cũng được cử đến các hợp tác xã thực tập, vừa học vừa "
            "hỗ trợ chủ thể hoàn thiện hồ sơ sản phẩm.",
            "Trong ba năm gần đây, khoa đã phối hợp với mười một hợp tác xã và cơ sở sản xuất, trong đó bảy đơn "
            "vị có sản phẩm đạt từ 3 sao trở lên. Một số sinh viên tốt nghiệp đã được giữ lại làm kỹ thuật viên "
            "phụ trách chất lượng.",
            "## Mong muốn mở rộng",
            "Nhà trường kiến nghị tỉnh tiếp tục bố trí kinh phí cho các lớp đào tạo tại chỗ và có cơ chế để "
            "doanh nghiệp, hợp tác xã cùng tham gia xây dựng chương trình. Khoa dự kiến năm tới mở thêm lớp về "
            "chế biến thủy sản cho các xã ven biển.",
            "Kết thúc buổi thực hành, các học viên cẩn thận xếp những tấm bánh vừa sấy vào khay. Với họ, tay "
            "nghề vững vàng hơn chính là cách giữ uy tín cho sản phẩm mang tên quê mình.",
        ],
        "captions": [
            "Giảng viên hướng dẫn học viên kiểm tra độ dày của bánh.",
            "Học viên thực hành đóng gói sản phẩm tại xưởng hợp tác xã.",
        ],
        "byline": "Khoa Công nghệ thực phẩm",
        "attribution": "",
        "mid": ["Thông báo tuyển sinh các lớp sơ cấp nghề đợt tháng 12"],
    },
    "brief": {
        "title": "Sinh viên khoa Du lịch giới thiệu sản phẩm OCOP tại ngày hội việc làm",
        "lead": "",
        "paras": [
            "Tại ngày hội việc làm của trường sáng 19/11, sinh viên khoa Du lịch đã dựng một gian trưng bày và "
            "thuyết minh về các sản phẩm OCOP tiêu biểu của tỉnh.",
            "Các bạn tự xây dựng kịch bản giới thiệu bằng tiếng Việt và tiếng Anh, mời khách nếm thử trà, mứt "
            "và bánh truyền thống. Hoạt động giúp sinh viên rèn kỹ năng thuyết trình, đồng thời quảng bá sản "
            "phẩm địa phương đến các doanh nghiệp tuyển dụng.",
        ],
        "captions": ["Gian trưng bày của sinh viên khoa Du lịch."],
        "byline": "Phòng Công tác HSSV",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Khai giảng năm học mới và trao học bổng cho tân sinh viên",
        "lead": "Sáng 18/11, nhà trường tổ chức lễ khai giảng năm học mới, chào đón hơn một nghìn tân sinh "
        "viên hệ cao đẳng và trung cấp.",
        "paras": [
            "Phát biểu tại buổi lễ, hiệu trưởng chúc mừng các em đã lựa chọn học nghề và nhấn mạnh nhà trường sẽ "
            "tăng thời lượng thực hành, mời thêm doanh nghiệp tham gia giảng dạy.",
            "Dịp này, hai mươi tân sinh viên có kết quả xét tuyển cao và hoàn cảnh khó khăn được trao học bổng, "
            "mỗi suất trị giá năm triệu đồng. Đại diện một công ty cơ khí cũng ký biên bản hợp tác nhận sinh viên "
            "thực tập và cam kết tuyển dụng sau tốt nghiệp.",
            "Sau lễ khai giảng, các khoa tổ chức gặp mặt sinh viên, phổ biến quy chế học vụ và hướng dẫn đăng ký "
            "ký túc xá.",
        ],
        "captions": ["Hiệu trưởng trao học bổng cho tân sinh viên."],
        "byline": "Phòng Đào tạo",
        "attribution": "",
        "mid": [],
    },
}

# 5. trade-promotion agency with event cards
PAGES["xuc_tien_tm"] = {
    "long": {
        "title": "Đưa sản phẩm OCOP vào chuỗi bán lẻ: kinh nghiệm từ ba năm kết nối cung cầu",
        "lead": "Qua ba năm tổ chức các phiên kết nối cung cầu, Trung tâm Xúc tiến Thương mại tỉnh rút ra "
        "nhiều bài học về việc chuẩn bị để một sản phẩm OCOP có thể đứng vững trên kệ của siêu thị.",
        "paras": [
            "Phiên kết nối đầu tiên được tổ chức trong một hội trường nhỏ, với chưa đầy hai mươi chủ thể và ba "
            "nhà bán lẻ. Đến năm nay, sự kiện đã quy tụ gần một trăm cơ sở sản xuất và hơn mười đơn vị phân "
            "phối, từ chuỗi siêu thị lớn đến các cửa hàng tiện lợi và sàn thương mại điện tử.",
            "Theo cán bộ phụ trách, số hợp đồng ký kết tăng đều qua từng năm, nhưng số sản phẩm duy trì được "
            "trên kệ sau sáu tháng vẫn còn khiêm tốn. Nhiều chủ thể ký được đơn đầu tiên rồi không theo kịp "
            "yêu cầu giao hàng đều đặn.",
            "## Những điều nhà bán lẻ cần",
            "Đại diện các chuỗi bán lẻ thường hỏi ba câu giống nhau: sản lượng mỗi tháng bao nhiêu, hạn sử dụng "
            "bao lâu và có chương trình khuyến mãi hỗ trợ hay không. Nhiều cơ sở nhỏ chưa trả lời được rõ ràng, "
            "nhất là về khả năng cung ứng ổn định.",
            "Ngoài ra, hồ sơ pháp lý như giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, phiếu kiểm "
            "nghiệm còn hiệu lực và mã vạch sản phẩm là điều kiện bắt buộc. Có sản phẩm đạt 4 sao OCOP nhưng "
            "chưa đăng ký mã vạch nên phải lỡ hẹn với nhà phân phối.",
            "Chiết khấu cũng là vấn đề khiến nhiều chủ thể bất ngờ. Mức chiết khấu cho siêu thị cộng với phí "
            "vận chuyển, phí trưng bày có thể chiếm một phần ba giá bán, buộc cơ sở phải tính lại giá thành "
            "ngay từ đầu.",
            "## Cách trung tâm hỗ trợ",
            "Trước mỗi phiên kết nối, trung tâm tổ chức buổi tập huấn ngắn về cách chào hàng, chuẩn bị bảng giá "
            "và hồ sơ sản phẩm. Các chủ thể được hướng dẫn làm một tờ thông tin một trang, ghi rõ quy cách, "
            "giá bán buôn, sản lượng và người liên hệ.",
            "Trung tâm cũng hỗ trợ một phần chi phí cho các chủ thể tham gia tuần hàng OCOP tại siêu thị ở các "
            "thành phố lớn. Trong tuần hàng, sản phẩm được bày ở vị trí ưu tiên, có nhân viên giới thiệu và "
            "chương trình dùng thử.",
            "Với những cơ sở có sản lượng nhỏ, trung tâm khuyến khích gom hàng qua hợp tác xã hoặc doanh nghiệp "
            "đầu mối, để một đơn vị đứng ra giao dịch với nhà bán lẻ thay cho nhiều hộ riêng lẻ.",
            "## Kế hoạch năm tới",
            "Năm tới, trung tâm dự kiến tổ chức bốn phiên kết nối, trong đó có một phiên trực tuyến dành cho "
            "các nhà nhập khẩu. Danh mục sản phẩm tham gia sẽ được lựa chọn kỹ hơn, ưu tiên những chủ thể đã "
            "chuẩn bị đầy đủ hồ sơ và có năng lực cung ứng.",
            "Một giám đốc hợp tác xã từng tham gia cả ba phiên chia sẻ, điều quý nhất không phải là hợp đồng "
            "ký tại chỗ mà là những góp ý thẳng thắn của người mua, giúp cơ sở biết mình còn thiếu gì để sửa.",
        ],
        "captions": [
            "Đại diện nhà bán lẻ trao đổi với chủ thể tại phiên kết nối cung cầu.",
            "Sản phẩm được trưng bày trong tuần hàng tại siêu thị.",
        ],
        "byline": "Phòng Thông tin thương mại",
        "attribution": "",
        "mid": ["Mời doanh nghiệp đăng ký gian hàng tại hội chợ thương mại quốc tế Việt - Trung"],
    },
    "brief": {
        "title": "Mở đăng ký tham gia tuần hàng OCOP tại Hà Nội",
        "lead": "Trung tâm Xúc tiến Thương mại thông báo mời các chủ thể OCOP đăng ký tham gia tuần hàng "
        "giới thiệu sản phẩm tại Hà Nội vào đầu tháng 1 năm 2027.",
        "paras": [
            "Mỗi đơn vị được bố trí một gian hàng tiêu chuẩn, được hỗ trợ chi phí thuê mặt bằng và vận chuyển "
            "hàng hóa. Hồ sơ đăng ký gửi về trung tâm trước ngày 10 tháng 12.",
        ],
        "captions": [],
        "byline": "TTXTTM",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Doanh nghiệp dệt may tìm hiểu thị trường Trung Đông",
        "lead": "Hội thảo giới thiệu thị trường các nước Trung Đông thu hút hơn năm mươi doanh nghiệp dệt may "
        "và da giày trong tỉnh tham dự.",
        "paras": [
            "Các chuyên gia cho biết người tiêu dùng khu vực này ưa chuộng sản phẩm có chất lượng ổn định, mẫu "
            "mã phù hợp văn hóa và thời gian giao hàng nhanh. Doanh nghiệp cần lưu ý quy định về nhãn mác, "
            "chứng nhận xuất xứ và các yêu cầu riêng của từng nước.",
            "Tại hội thảo, đại diện thương vụ giới thiệu các hội chợ chuyên ngành trong năm tới và hướng dẫn "
            "doanh nghiệp tìm đối tác qua các kênh chính thức để tránh rủi ro lừa đảo thương mại.",
        ],
        "captions": ["Quang cảnh hội thảo."],
        "byline": "Hải Yến",
        "attribution": "",
        "mid": [],
    },
}

# 6. a news app's web view (in-app article, server-rendered)
PAGES["app_webview"] = {
    "long": {
        "title": "Làng nghề nước mắm trăm năm và chặng đường thành sản phẩm OCOP 4 sao",
        "lead": "Giữa lúc nhiều cơ sở chuyển sang nước mắm công nghiệp, một số hộ ở làng chài ven biển vẫn "
        "kiên trì ủ chượp trong thùng gỗ, và chính cách làm cũ đã giúp họ có chỗ đứng trên thị trường.",
        "paras": [
            "Mùa cá cơm về, cả làng rộn ràng từ sáng sớm. Cá vừa cập bến được rửa nước biển, trộn muối theo tỷ "
            "lệ gia truyền rồi cho ngay vào những thùng gỗ lớn đặt trong nhà thùng. Mỗi mẻ chượp phải ủ ít nhất "
            "mười hai tháng mới cho ra nước mắm nhĩ đầu tiên.",
            "Ông chủ một cơ sở có tuổi đời hơn năm mươi năm kể, thời cha ông, nước mắm chủ yếu bán theo can "
            "cho người quen. Đến đời ông, gia đình bắt đầu đóng chai thủy tinh, dán nhãn và tham gia chương "
            "trình OCOP của huyện.",
            "## Giữ cách làm cũ, thay đổi cách bán",
            "Để được công nhận, cơ sở phải làm lại nhà xưởng, lát nền, lắp lưới chắn côn trùng và khu rửa chai "
            "riêng biệt. Mọi công đoạn từ nhập cá, ủ chượp đến rút nước đều được ghi lại, mỗi thùng có thẻ "
            "ghi ngày ủ và người phụ trách.",
            "Sản phẩm nước mắm nhĩ được gửi đi kiểm nghiệm độ đạm, histamin và các chỉ tiêu an toàn. Kết quả tốt "
            "giúp cơ sở tự tin ghi rõ độ đạm trên nhãn, điều mà trước đây người làm nghề ít khi quan tâm.",
            "Năm ngoái, nước mắm của cơ sở đạt 4 sao OCOP cấp tỉnh. Từ đó, đơn hàng đến từ các nhà hàng, cửa "
            "hàng thực phẩm sạch và khách du lịch tăng lên đáng kể, có tháng xưởng phải làm cả ngày chủ nhật "
            "để kịp giao.",
            "## Du khách đến tận nhà thùng",
            "Nhận thấy khách du lịch tò mò về cách làm nước mắm, gia đình mở cửa nhà thùng cho khách tham quan. "
            "Khách được xem các thùng chượp, nghe giải thích về từng giai đoạn lên men và tự tay rút thử một "
            "ca nước mắm.",
            "Chính quyền xã đã đưa cơ sở vào tuyến du lịch làng chài cùng với chợ cá buổi sáng và bãi biển. Nhiều "
            "đoàn học sinh cũng đến đây học trải nghiệm về nghề truyền thống của quê hương.",
            "## Nỗi lo nguồn cá",
            "Khó khăn lớn nhất hiện nay là nguồn cá cơm không ổn định do thời tiết và ngư trường thay đổi. Có năm "
            "cá về ít, giá cao gấp đôi, cơ sở phải hạn chế số thùng ủ mới.",
            "Người làm nghề mong muốn có chính sách hỗ trợ ngư dân khai thác bền vững và liên kết giữa tàu cá với "
            "các cơ sở chế biến, để nghề làm nước mắm truyền thống không bị đứt đoạn.",
            "Chiều xuống, mùi chượp thoảng trong gió biển. Những thùng gỗ sẫm màu vẫn lặng lẽ nằm đó, chờ đến ngày "
            "cho ra giọt nước mắm đậm đà mang theo hương vị của cả một làng chài.",
        ],
        "captions": [
            "Những thùng gỗ ủ chượp trong nhà thùng của cơ sở.",
            "Du khách tự tay rút thử nước mắm từ thùng chượp.",
        ],
        "byline": "Lê Minh Tâm",
        "attribution": "Theo Báo Biển Xanh",
        "mid": ["Chợ cá buổi sớm ở làng chài miền Trung"],
    },
    "brief": {
        "title": "Huyện đảo có sản phẩm OCOP đầu tiên",
        "lead": "",
        "paras": [
            "Sản phẩm mực một nắng của một hợp tác xã thủy sản trên huyện đảo vừa được công nhận đạt 3 sao "
            "OCOP, trở thành sản phẩm đầu tiên của địa phương đạt chuẩn.",
            "Mực được chọn từ các tàu câu đêm, sơ chế ngay trong ngày và đóng gói hút chân không. Hợp tác xã dự "
            "kiến mở thêm điểm bán tại cảng tàu khách để phục vụ du khách ra đảo.",
        ],
        "captions": [],
        "byline": "Hoàng Yến",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Cầu cảng mới giúp tàu khách ra đảo cập bến an toàn hơn",
        "lead": "Cầu cảng dành cho tàu khách trên đảo vừa được đưa vào sử dụng sau hơn một năm thi công.",
        "paras": [
            "Công trình dài gần hai trăm mét, cho phép hai tàu cao tốc cập bến cùng lúc kể cả khi thủy triều "
            "xuống thấp. Nhà chờ có mái che, ghế ngồi và khu vực kiểm tra vé riêng.",
            "Trước đây, vào mùa gió, hành khách phải chuyển sang xuồng nhỏ để vào bờ, rất nguy hiểm cho người già "
            "và trẻ em. Ban quản lý cảng cho biết sẽ bố trí thêm nhân viên hướng dẫn trong dịp cao điểm.",
        ],
        "captions": ["Tàu cao tốc cập cầu cảng mới."],
        "byline": "Hoàng Yến",
        "attribution": "",
        "mid": [],
    },
}

# 7. a provincial veterans' association (Hội Cựu chiến binh) site
PAGES["hoi_ccb"] = {
    "long": {
        "title": "Cựu chiến binh làm giàu từ cây quế, đưa tinh dầu quế thành sản phẩm OCOP",
        "lead": "Rời quân ngũ với hai bàn tay trắng, ông Hà Văn Lực ở huyện miền núi đã gây dựng đồi quế hàng "
        "chục héc-ta và xưởng chưng cất tinh dầu có sản phẩm đạt 4 sao OCOP.",
        "paras": [
            "Năm 1990, ông trở về quê sau hơn mười năm trong quân ngũ. Gia đình khi ấy chỉ có mấy sào ruộng bậc "
            "thang và một mảnh đồi trọc. Thấy người trong bản trồng quế có thu nhập khá, ông vay tiền mua cây "
            "giống, cùng vợ con phát đồi trồng những hàng quế đầu tiên.",
            "Những năm đầu rất vất vả vì quế phải mười năm trở lên mới cho bóc vỏ. Ông làm thêm nghề sửa máy cày "
            "để có tiền nuôi con ăn học, đồng thời học hỏi kinh nghiệm chăm sóc quế từ các gia đình người Dao "
            "trong vùng.",
            "## Từ bán vỏ đến làm tinh dầu",
            "Khi đồi quế đã cho thu hoạch, ông nhận ra cành, lá quế sau khai thác bị bỏ đi rất lãng phí. Năm "
            "2015, ông đầu tư lò chưng cất tinh dầu bằng nồi hơi, tận dụng lá và cành nhỏ làm nguyên liệu. Mỗi "
            "mẻ chưng mất gần một ngày, cho vài lít tinh dầu có mùi thơm đặc trưng.",
            "Để nâng giá trị, ông thành lập tổ hợp tác với mười hai hộ, trong đó có sáu hội viên cựu chiến binh. "
            "Tổ hợp tác thống nhất quy trình trồng quế hữu cơ, không phun thuốc diệt cỏ và ghi nhật ký khai thác.",
            "Năm 2024, sản phẩm tinh dầu quế của tổ hợp tác được công nhận 4 sao OCOP. Sản phẩm được đóng chai "
            "thủy tinh nhỏ, có tem truy xuất và hướng dẫn sử dụng, bán tại các cửa hàng đặc sản và qua mạng.",
            "## Tạo việc làm cho đồng đội",
            "Hiện xưởng của ông tạo việc làm thường xuyên cho hơn hai mươi lao động, thu nhập mỗi người từ sáu "
            "đến tám triệu đồng một tháng. Vào mùa khai thác, số lao động thời vụ lên tới năm mươi người.",
            "Ông còn cho hội viên cựu chiến binh khó khăn vay cây giống không lấy lãi, hướng dẫn kỹ thuật và bao "
            "tiêu sản phẩm. Nhiều gia đình nhờ vậy đã có đồi quế riêng, thoát nghèo và xây được nhà mới.",
            "## Được ghi nhận",
            "Nhiều năm liền, ông được Hội Cựu chiến binh tỉnh khen thưởng là gương cựu chiến binh sản xuất kinh "
            "doanh giỏi. Chủ tịch hội cựu chiến binh huyện nhận xét, ông không chỉ giỏi làm kinh tế mà còn "
            "nhiệt tình giúp đỡ đồng đội và bà con trong bản.",
            "Khi được hỏi về dự định, ông cười bảo sẽ thử làm thêm túi thơm và xà phòng từ tinh dầu quế, để cây "
            "quế quê mình đi được xa hơn nữa.",
        ],
        "captions": [
            "Ông Lực kiểm tra lò chưng cất tinh dầu quế.",
            "Sản phẩm tinh dầu quế đạt 4 sao OCOP.",
        ],
        "byline": "Nông Văn Hưng",
        "attribution": "Hội CCB huyện Văn Yên",
        "mid": ["Hội CCB tỉnh tổng kết phong trào thi đua cựu chiến binh gương mẫu"],
    },
    "brief": {
        "title": "Hội CCB huyện tổ chức gian hàng OCOP tại ngày hội cựu chiến binh",
        "lead": "",
        "paras": [
            "Nhân kỷ niệm ngày truyền thống, Hội Cựu chiến binh huyện tổ chức gian hàng giới thiệu sản phẩm OCOP "
            "do hội viên làm chủ, gồm mật ong, măng khô, tinh dầu quế và chè.",
            "Gian hàng thu hút đông đảo hội viên và người dân đến tham quan, mua sắm. Hội cũng trao đổi kinh "
            "nghiệm làm kinh tế giữa các mô hình tiêu biểu.",
        ],
        "captions": [],
        "byline": "PV",
        "attribution": "",
        "mid": [],
    },
    "non_ocop": {
        "title": "Cựu chiến binh tham gia tuần tra bảo vệ rừng mùa khô",
        "lead": "Tổ cựu chiến binh tự quản ở các xã giáp rừng đã phối hợp với kiểm lâm tuần tra, phát hiện và "
        "ngăn chặn nhiều vụ đốt nương sai quy định.",
        "paras": [
            "Mỗi tổ có từ năm đến bảy hội viên, chia ca đi tuần vào buổi chiều và những ngày nắng nóng cao điểm. "
            "Các cựu chiến binh nhắc nhở bà con dọn thực bì đúng cách, không đốt lửa gần bìa rừng.",
            "Hạt kiểm lâm đánh giá sự tham gia của cựu chiến binh góp phần quan trọng giúp địa phương không để xảy "
            "ra cháy rừng lớn trong mùa khô năm nay.",
        ],
        "captions": ["Tổ cựu chiến binh tuần tra dọc bìa rừng."],
        "byline": "Nông Văn Hưng",
        "attribution": "",
        "mid": [],
    },
}
