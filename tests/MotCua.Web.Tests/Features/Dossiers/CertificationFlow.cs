using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>
/// Chứng thực bản sao, a location-independent procedure (Decree 118/2025): the request for a commune, and its process
/// from the receiving desk's check to the result handed back by the desk or centre that received it.
/// </summary>
public static class CertificationFlow
{
    public const string Procedure = "2.000815.000.00.00.H10";

    public static Dictionary<string, object?> Request(string unitCode)
    {
        var request = DossierRequests.Birth();
        request["procedureCode"] = Procedure;
        request["unitCode"] = unitCode;
        request["components"] = new[] { new { name = "Bản chính giấy tờ, văn bản làm cơ sở chứng thực bản sao", originals = 1, copies = 0, origin = "paper" } };
        return request;
    }

    /// <summary>The receiving desk checks the original, the competent unit's officers certify, the desk returns the result.</summary>
    public static async Task<JsonElement> ResolveAndReturnAsync(MotCuaApp app, string code, string desk, string leader, string specialist)
    {
        await ResolveAsync(app, code, desk, leader, specialist);
        return await DossierRequests.ActAsync(await app.SignedInAsync(desk), code, "return-result", new { });
    }

    /// <summary>The receiving desk checks the original and the competent unit's officers certify: the result waits to be returned.</summary>
    public static async Task ResolveAsync(MotCuaApp app, string code, string desk, string leader, string specialist)
    {
        var (receiving, leading, certifying) = (await app.SignedInAsync(desk), await app.SignedInAsync(leader), await app.SignedInAsync(specialist));
        await DossierRequests.ActAsync(receiving, code, "complete-step", new { note = "Đã kiểm tra bản chính" });
        await DossierRequests.ActAsync(leading, code, "assign", new { assignee = specialist });
        await DossierRequests.ActAsync(certifying, code, "complete-step", new { note = "Đối chiếu đúng bản chính" });
        await DossierRequests.ActAsync(leading, code, "approve", new { });
        await DossierRequests.ActAsync(certifying, code, "issue-result", new { });
    }
}
