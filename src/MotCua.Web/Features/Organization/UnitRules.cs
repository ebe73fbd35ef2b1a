using System.Text.RegularExpressions;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Organization;

/// <summary>Input rules for unit codes, names and agency codes (QCVN 102:2016/BTTTT).</summary>
public static partial class UnitRules
{
    public static Dictionary<string, Text[]> Validate(string? code, string? name, string? agencyCode)
    {
        var errors = new Dictionary<string, Text[]>();
        if (string.IsNullOrWhiteSpace(code) || !CodePattern().IsMatch(code))
        {
            errors["code"] = [new("Mã đơn vị gồm 2–40 ký tự chữ không dấu, số, dấu gạch ngang.", "The unit code is 2–40 letters, digits or hyphens.")];
        }

        if (NameError(name) is { } nameError)
        {
            errors["name"] = [nameError];
        }

        if (!string.IsNullOrWhiteSpace(agencyCode) && !AgencyCodePattern().IsMatch(agencyCode.Trim()))
        {
            errors["agencyCode"] = [new("Mã định danh không đúng dạng QCVN 102:2016 (ví dụ 000.00.17.H10).", "The agency code does not follow QCVN 102:2016 (e.g. 000.00.17.H10).")];
        }

        return errors;
    }

    public static Text? NameError(string? name) => string.IsNullOrWhiteSpace(name) || name.Trim().Length > 250
        ? new Text("Tên đơn vị bắt buộc, tối đa 250 ký tự.", "The unit name is required, at most 250 characters.")
        : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}$")]
    private static partial Regex AgencyCodePattern();
}
