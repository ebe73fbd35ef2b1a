namespace MotCua.Web.Tests.Features.Catalog;

/// <summary>Valid procedure bodies for tests to vary: each test changes only what it checks.</summary>
public static class CatalogRequests
{
    public static Dictionary<string, object?> Procedure(string code, string name = "Thủ tục thử nghiệm cấp giấy xác nhận") => new()
    {
        ["code"] = code,
        ["name"] = name,
        ["field"] = "Thử nghiệm",
        ["level"] = "commune",
        ["result"] = "Giấy xác nhận",
        ["legalBasis"] = new[] { "Nghị định số 61/2018/NĐ-CP" },
        ["timeLimit"] = new { workingDays = 2 },
        ["channels"] = new[] { "counter", "online" },
        ["online"] = "partial",
        ["components"] = new[] { new { name = "Tờ khai theo mẫu", originals = 1, copies = 0, required = true, template = "Mẫu 01" } },
        ["fees"] = new[] { new { name = "Lệ phí", amount = 10000, note = (string?)null } },
        ["steps"] = new object[]
        {
            new { name = "Tiếp nhận hồ sơ", role = "receptionist", hours = 2 },
            new { name = "Thẩm định", role = "specialist", hours = 10 },
            new { name = "Phê duyệt", role = "leader", hours = 4 },
        },
        ["unitCodes"] = new[] { "PL-LONGTHUY" },
        ["publication"] = new { decisionNumber = "15/QĐ-UBND", decisionDate = "2025-01-10", effectiveDate = "2025-01-15" },
    };
}
