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
    ("Mười hai hợp tác xã được hỗ trợ máy đóng gói chân không",
     "Đợt hỗ trợ ưu tiên các đơn vị có sản phẩm OCOP đạt từ 3 sao, máy được bàn giao kèm buổi "
     "hướng dẫn vận hành và bảo dưỡng ngay tại xưởng."),
    ("Nông dân ven biển chuyển ruộng muối sang nuôi tôm sú quảng canh",
     "Sau hai vụ thử nghiệm, năng suất tôm ổn định, chi phí thấp vì tận dụng được nguồn nước "
     "triều tự nhiên và không dùng thức ăn công nghiệp."),
    ("Khai giảng lớp chế biến thực phẩm cho lao động nông thôn",
     "Ba mươi học viên sẽ học trong hai tháng, thực hành làm giò chả, lạp xưởng và các món khô "
     "theo yêu cầu an toàn thực phẩm."),
    ("Tỉnh chọn 25 sản phẩm đi hội chợ OCOP toàn quốc",
     "Các sản phẩm được chọn theo tiêu chí có câu chuyện vùng miền rõ ràng, bao bì đẹp và đủ "
     "sản lượng để ký hợp đồng với nhà phân phối lớn."),
    ("Giá thuê đất khu công nghiệp phía bắc tăng",
     "Nhu cầu mở rộng nhà xưởng của các doanh nghiệp điện tử khiến quỹ đất sạch còn ít, giá "
     "thuê bình quân tăng khoảng một phần mười so với đầu năm."),
    ("Đề tài khoa học giúp nâng chất lượng tinh dầu sả",
     "Nhóm nghiên cứu đã cải tiến nồi chưng cất, rút ngắn thời gian và tăng hàm lượng hoạt chất, "
     "hợp tác xã đang xin nâng hạng sao cho sản phẩm."),
    ("Mở lớp bơi miễn phí cho trẻ em vùng sông nước",
     "Lớp học được tổ chức vào buổi chiều tại bể bơi di động đặt trong sân trường, mỗi khóa "
     "kéo dài mười ngày với hơn trăm em tham gia."),
    ("Phiên chợ nông sản cuối tuần thu hút đông người mua",
     "Bà con mang đến rau sạch, gà thả vườn, bánh truyền thống và nhiều sản phẩm OCOP của "
     "huyện, nhiều gian hết hàng trước giờ trưa."),
    ("Thí điểm mô hình nuôi ong dưới tán rừng keo",
     "Mỗi hộ được hỗ trợ mười đàn ong giống và thùng nuôi, cán bộ kỹ thuật đến kiểm tra định kỳ "
     "để phòng bệnh và hướng dẫn cách chia đàn."),
    ("Sửa chữa xong tuyến kênh tưới phục vụ vụ đông xuân",
     "Tuyến kênh dài gần bốn cây số được gia cố bờ và nạo vét lòng, bảo đảm nước tưới cho hơn "
     "hai trăm héc-ta lúa của ba xã."),
    ("Giới thiệu đặc sản vùng cao tại phố đi bộ",
     "Khách tham quan được nếm thử thịt trâu gác bếp, rượu ngô men lá và trà shan, các chủ thể "
     "OCOP tranh thủ ghi lại thông tin khách quen."),
    ("Học sinh trường nghề đạt giải cuộc thi kỹ năng hàn",
     "Hai em học sinh năm hai giành giải nhì và khuyến khích, được nhận học bổng và lời mời làm "
     "việc từ một công ty cơ khí trong khu công nghiệp."),
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
        "captions": ["Thành viên hợp tác xã thu hái chè theo tiêu chuẩn một tôm hai lá.",
                     "Sản phẩm chè xanh đóng túi trưng bày tại cửa hàng của hợp tác xã."],
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
        "captions": ["Thành viên tổ hợp tác chỉ hái những quả cà phê đã chín đỏ.",
                     "Cà phê được phơi trên giàn cao để tránh ẩm mốc."],
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
