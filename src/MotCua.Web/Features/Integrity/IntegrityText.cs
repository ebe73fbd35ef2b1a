using System.Globalization;
using System.Text;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Integrity;

/// <summary>The verification report as the <c>verify</c> command prints it: the summary, the sealed chains, one line per break.</summary>
public static class IntegrityText
{
    public static string Of(IntegrityReport report)
    {
        var text = new StringBuilder(Text.Pick(
            $"Đã kiểm tra {report.Chains} chuỗi, {report.Records} bản ghi, {report.Anchors} điểm neo hằng ngày: ",
            $"Checked {report.Chains} chains, {report.Records} records, {report.Anchors} daily anchors: "));
        text.AppendLine(report.Intact ? Text.Pick("toàn vẹn.", "intact.") : Text.Pick($"{report.Breaks.Count} chuỗi bị phá vỡ.", $"{report.Breaks.Count} chains broken."));
        foreach (var sealedChains in report.Sealed)
        {
            text.AppendLine(Text.Pick(
                $"{sealedChains.Chains} chuỗi được niêm phong ngày {sealedChains.On:dd/MM/yyyy} từ dữ liệu đã có: không chứng minh được phần trước ngày đó.",
                $"{sealedChains.Chains} chains sealed on {sealedChains.On:yyyy-MM-dd} from the records found: what came before is not proven."));
        }

        foreach (var broken in report.Breaks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{broken.DossierCode ?? broken.Chain} #{broken.Sequence} {broken.Kind}: {broken.Detail}");
        }

        return text.ToString().TrimEnd();
    }
}
