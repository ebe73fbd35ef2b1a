using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Checks an intake completely (Decree 61/2018 art. 18: the desk checks the components and the
/// applicant's identity; an incomplete dossier is not received) and lists every problem at once.
/// </summary>
public static class IntakeRules
{
    /// <summary>The most copies of the result one dossier may ask for, as for the copies of a component.</summary>
    public const int MaxResultCopies = 50;

    public static Dictionary<string, Text[]> Validate(IntakeRequest request, Procedure? procedure, IntakeChannel? channel)
    {
        var errors = new Dictionary<string, Text[]>();
        if (channel is null)
        {
            errors["channel"] = [new("Kênh nộp phải là counter, online hoặc postal.", "channel must be counter, online or postal.")];
        }
        else if (procedure is not null && !procedure.Channels.HasFlag(ChannelOf(channel.Value)))
        {
            errors["channel"] = [new("Thủ tục này không nhận hồ sơ qua kênh đã chọn.", "This procedure does not accept dossiers through that channel.")];
        }

        ValidateApplicant(request.Applicant, errors);
        if (request.ResultCopies is < 0 or > MaxResultCopies)
        {
            errors["resultCopies"] = [new($"Số bản sao kết quả từ 0 đến {MaxResultCopies}.", $"Copies of the result: from 0 to {MaxResultCopies}.")];
        }

        if (request.ResultAt is { } place && ResultPlace.AtResolvingUnit(place) is null)
        {
            errors["resultAt"] = [new($"Nơi nhận kết quả phải là \"{ResultPlace.Receiving}\" (nơi tiếp nhận) hoặc \"{ResultPlace.Resolving}\" (nơi giải quyết).", $"resultAt must be \"{ResultPlace.Receiving}\" or \"{ResultPlace.Resolving}\".")];
        }

        if (procedure is not null)
        {
            ValidateComponents(request.Components ?? [], procedure, errors);
        }

        return errors;
    }

    public static IntakeChannel? ParseChannel(string? channel) =>
        Enum.TryParse<IntakeChannel>(channel, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    public static ComponentOrigin? ParseOrigin(string? origin) =>
        origin is null ? ComponentOrigin.Paper
        : Enum.TryParse<ComponentOrigin>(origin, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    private static Channels ChannelOf(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Online => Channels.Online,
        IntakeChannel.Postal => Channels.Postal,
        _ => Channels.Counter,
    };

    private static void ValidateApplicant(ApplicantInput? applicant, Dictionary<string, Text[]> errors)
    {
        if (applicant is null || string.IsNullOrWhiteSpace(applicant.FullName) || applicant.FullName.Trim().Length > 200)
        {
            errors["applicant.fullName"] = [new("Chưa nhập họ và tên người nộp (tối đa 200 ký tự).", "The applicant's full name is required (at most 200 characters).")];
        }

        if (applicant?.IdNumber is { Length: > 0 } id && !IdentityNumber.IsValid(id.Trim()))
        {
            errors["applicant.idNumber"] = [new("Số định danh không hợp lệ: CMND 9 chữ số hoặc CCCD 12 chữ số có mã tỉnh đúng.", "Invalid ID number: a 9-digit ID card or a 12-digit citizen ID with a valid province code.")];
        }

        ContactRules.Check(applicant?.Phone, applicant?.Email, "applicant.", errors);

        if (applicant is not null && string.IsNullOrWhiteSpace(applicant.Phone) && string.IsNullOrWhiteSpace(applicant.Email) && string.IsNullOrWhiteSpace(applicant.Address))
        {
            errors["applicant"] = [new("Cần ít nhất một cách liên hệ: điện thoại, thư điện tử hoặc địa chỉ.", "At least one contact is needed: phone, e-mail or address.")];
        }
    }

    private static void ValidateComponents(IReadOnlyList<ComponentInput> components, Procedure procedure, Dictionary<string, Text[]> errors)
    {
        foreach (var (component, i) in components.Select((c, i) => (c, i)))
        {
            if (string.IsNullOrWhiteSpace(component.Name))
            {
                errors[$"components[{i}].name"] = [new("Chưa nhập tên thành phần hồ sơ.", "The component name is required.")];
            }

            if (component.Originals is < 0 or > 50 || component.Copies is < 0 or > 50)
            {
                errors[$"components[{i}]"] = [new("Số bản chính, bản sao phải từ 0 đến 50.", "Originals and copies must be between 0 and 50.")];
            }

            if (ParseOrigin(component.Origin) is null)
            {
                errors[$"components[{i}].origin"] = [new("Nguồn tệp phải là paper, upload, scan, reuse, personalStore hoặc populationDb.", "origin must be paper, upload, scan, reuse, personalStore or populationDb.")];
            }
        }

        var given = components.Select(c => c.Name?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = procedure.Components.Where(c => c.Required && !given.Contains(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            errors["components"] = [.. missing.Select(name => new Text($"Thiếu thành phần bắt buộc: {name}.", $"Missing required component: {name}."))];
        }
    }
}
