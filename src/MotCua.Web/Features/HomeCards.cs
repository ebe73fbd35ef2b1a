using System.Security.Claims;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features;

/// <summary>A way in from the front page: where it leads and what is done there.</summary>
public sealed record HomeCard(string Href, string Title, string Text);

/// <summary>
/// The front page's ways in for whoever opens it (issue 18, item 8): a citizen is never shown officers' pages, which
/// would answer "Không có quyền truy cập"; each officer sees the work of his roles (an officer with several roles, all of
/// them, each card once). Anonymous visitors get none: the portal's search and lookup are their way in.
/// </summary>
public static class HomeCards
{
    public static IReadOnlyList<HomeCard> For(ClaimsPrincipal user)
    {
        if (CitizenClaims.IdOf(user) is not null)
        {
            return Citizen;
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var cards = new List<HomeCard>();
        void Add(Role role, HomeCard[] theirs)
        {
            if (OfficerClaims.HasRole(user, role))
            {
                cards.AddRange(theirs.Where(c => cards.All(d => d.Href != c.Href)));
            }
        }

        Add(Role.Receptionist, Desk);
        Add(Role.Specialist, Processing);
        Add(Role.Leader, Processing);
        Add(Role.Leader, Oversight);
        Add(Role.KsttOfficer, ProcedureControl);
        Add(Role.Administrator, ProcedureControl);
        Add(Role.Administrator, Administration);
        return cards;
    }

    private static HomeCard Card(string href, Text title, Text text) => new(href, title.ToString(), text.ToString());

    private static HomeCard[] Citizen =>
    [
        Card("/cong-dan/ho-so", new("Hồ sơ của tôi", "My dossiers"), new("Theo dõi hồ sơ đã nộp, nhận kết quả điện tử, đánh giá.", "Follow your dossiers, get electronic results, rate the service.")),
        Card("/thu-tuc", new("Nộp hồ sơ trực tuyến", "Submit online"), new("Tìm thủ tục và nộp hồ sơ không cần đến Bộ phận Một cửa.", "Find a procedure and submit without visiting the desk.")),
        Card("/phan-anh", new("Phản ánh, kiến nghị", "Feedback"), new("Gửi phản ánh về quy định, thủ tục hoặc cán bộ.", "Tell us about a rule, a procedure or an officer.")),
        Card("/cong-dan/tai-khoan", new("Thông tin tài khoản", "My account"), new("Số điện thoại, thư điện tử, mật khẩu.", "Phone, e-mail, password.")),
    ];

    private static HomeCard[] Desk =>
    [
        Card("/Dossiers", new("Hồ sơ", "Dossiers"), new("Chờ tiếp nhận, chờ trả kết quả, đến hạn, quá hạn.", "Waiting for intake or return, due, late.")),
        Card("/Dossiers/New", new("Tiếp nhận hồ sơ", "Receive a dossier"), new("Tiếp nhận tại quầy, cấp giấy tiếp nhận và hẹn trả.", "Receive at the counter, issue the receipt.")),
        Card("/Feedback", new("Phản ánh, kiến nghị", "Feedback"), new("Tiếp nhận và trả lời phản ánh của người dân.", "Record and answer citizens' feedback.")),
        Card("/Calendar", new("Lịch làm việc", "Working calendar"), new("Ngày nghỉ lễ, Tết, làm bù; tính ngày hẹn trả.", "Holidays, Tết, swapped days; due dates.")),
    ];

    private static HomeCard[] Processing =>
    [
        Card("/Dossiers", new("Hồ sơ", "Dossiers"), new("Hồ sơ chờ tôi xử lý, đến hạn, quá hạn.", "Dossiers waiting for me, due, late.")),
        Card("/Dossiers/Late", new("Hồ sơ quá hạn, sắp đến hạn", "Late and due soon"), new("Hồ sơ cần xin lỗi, hẹn lại hoặc đẩy nhanh.", "Dossiers to apologize for or speed up.")),
    ];

    private static HomeCard[] Oversight =>
    [
        Card("/Dashboard", new("Bảng điều hành", "Dashboard"), new("Tình hình giải quyết hồ sơ của đơn vị.", "How the unit's dossiers are going.")),
        Card("/Indicators", new("Chỉ số 766", "Index 766"), new("Chỉ số phục vụ người dân, doanh nghiệp.", "The service index.")),
        Card("/Reports", new("Báo cáo định kỳ", "Reports"), new("Lập, duyệt và gửi báo cáo.", "Prepare, approve and send reports.")),
    ];

    private static HomeCard[] ProcedureControl =>
    [
        Card("/Catalog", new("Danh mục thủ tục hành chính", "Procedure catalog"), new("Tra cứu, công bố, sửa đổi, quy trình nội bộ, nhập từ Excel.", "Search, publish, amend, internal processes, import from Excel.")),
        Card("/Publications", new("Công bố, công khai", "Publication"), new("Quyết định công bố và công khai thủ tục.", "Decisions publishing procedures.")),
        Card("/Plans", new("Kế hoạch", "Plans"), new("Kế hoạch kiểm soát TTHC và tiến độ nhiệm vụ.", "Procedure control plans and their tasks.")),
        Card("/Reviews", new("Rà soát TTHC", "Reviews"), new("Rà soát, đánh giá thủ tục và chi phí tuân thủ.", "Review procedures and compliance costs.")),
    ];

    private static HomeCard[] Administration =>
    [
        Card("/Organization/Units", new("Đơn vị", "Units"), new("Cơ cấu đơn vị, sáp nhập, chia tách.", "Units, mergers, splits.")),
        Card("/Organization/Officers", new("Cán bộ", "Officers"), new("Tài khoản, vai trò, đơn vị của cán bộ.", "Officers' accounts, roles and units.")),
    ];
}
