using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Checks one imported dossier on its own: its code, dates, components, payments, rating, and that
/// its events are actions of the workflow, in time order, each allowed in the state the previous left.
/// </summary>
public static class ImportLineRules
{
    public static List<string> Validate(ImportLine line)
    {
        var errors = new List<string>();
        void Add(string vi, string en) => errors.Add(Text.Pick(vi, en));

        if (!DossierCode.TryParse(line.Code, out _))
        {
            Add($"Mã hồ sơ \"{line.Code}\" không đúng dạng <mã định danh>-<yyMMdd>-<số thứ tự>.", $"Dossier code \"{line.Code}\" is not <agency code>-<yyMMdd>-<sequence>.");
        }

        if (string.IsNullOrWhiteSpace(line.ProcedureCode) || string.IsNullOrWhiteSpace(line.UnitCode))
        {
            Add("Thiếu mã thủ tục hoặc mã đơn vị.", "The procedure code or the unit code is missing.");
        }

        if (IntakeRules.ParseChannel(line.Channel) is null)
        {
            Add("Kênh nộp phải là counter, online hoặc postal.", "channel must be counter, online or postal.");
        }

        if (string.IsNullOrWhiteSpace(line.Applicant?.FullName))
        {
            Add("Thiếu họ và tên người nộp.", "The applicant's full name is missing.");
        }

        if (line.ReceivedAt is not { } received)
        {
            Add("Thiếu thời điểm tiếp nhận (receivedAt).", "receivedAt is missing.");
            return errors;
        }

        if (line.DueAt is { } due && due <= received)
        {
            Add("Hạn giải quyết phải sau thời điểm tiếp nhận.", "dueAt must be after receivedAt.");
        }

        if ((line.Components ?? []).Any(c => string.IsNullOrWhiteSpace(c.Name) || IntakeRules.ParseOrigin(c.Origin) is null))
        {
            Add("Thành phần hồ sơ cần tên và nguồn (upload, scan, reuse, personalStore, populationDb, paper).", "Each component needs a name and an origin (upload, scan, reuse, personalStore, populationDb, paper).");
        }

        if ((line.Payments ?? []).Any(p => p.At is null || p.Amount is null or < 0))
        {
            Add("Mỗi khoản thanh toán cần thời điểm và số tiền không âm.", "Each payment needs a time and a non-negative amount.");
        }

        if (line.ResultKind is { } kind && !Enum.TryParse<ResultKind>(kind, ignoreCase: true, out _))
        {
            Add("resultKind phải là paper, electronic hoặc eCertifiedCopy.", "resultKind must be paper, electronic or eCertifiedCopy.");
        }

        if (line.ResultSignature is { } signature && !IsRecordedSignature(signature, line.ResultKind))
        {
            Add(
                "resultSignature cần người ký, số hiệu và tổ chức cấp chứng thư số, thời điểm ký, và chỉ đi với kết quả điện tử.",
                "resultSignature needs the signer, the certificate's serial number and issuer and the signing time, and goes with an electronic result only.");
        }

        if (line.Rating is { } rating && (rating.At is null || !Enum.TryParse<SatisfactionLevel>(rating.Level, ignoreCase: true, out _)))
        {
            Add("Đánh giá cần thời điểm và mức verySatisfied, satisfied hoặc unsatisfied.", "A rating needs a time and a level verySatisfied, satisfied or unsatisfied.");
        }

        ValidateEvents(line.Events ?? [], received, errors);
        return errors;
    }

    private static bool IsRecordedSignature(SignatureInput s, string? kind) =>
        Enum.TryParse<ResultKind>(kind, ignoreCase: true, out var parsed) && parsed != ResultKind.Paper && s.SignedAt is not null
        && new[] { s.Signer, s.SerialNumber, s.Issuer }.All(v => !string.IsNullOrWhiteSpace(v))
        && new[] { s.Signer, s.Organization, s.Issuer }.All(v => (v?.Length ?? 0) <= ResultSignature.MaxName) && s.SerialNumber!.Length <= ResultSignature.MaxSerial;

    private static void ValidateEvents(IReadOnlyList<EventInput> events, DateTimeOffset received, List<string> errors)
    {
        var status = DossierStatus.InProgress;
        var previous = received;
        foreach (var (e, i) in events.Select((e, i) => (e, i + 1)))
        {
            if (!DossierActions.TryParse(e.Type, out var action) || e.At is not { } at)
            {
                errors.Add(Text.Pick($"Sự kiện {i}: loại \"{e.Type}\" không phải thao tác của quy trình, hoặc thiếu thời điểm.", $"Event {i}: \"{e.Type}\" is not a workflow action, or its time is missing."));
                return;
            }

            if (at < previous)
            {
                errors.Add(Text.Pick($"Sự kiện {i}: thời điểm trước sự kiện trước đó.", $"Event {i} is earlier than the one before it."));
                return;
            }

            if (!DossierWorkflow.CanApply(status, action))
            {
                errors.Add(Text.Pick($"Sự kiện {i}: không thể \"{e.Type}\" khi hồ sơ ở trạng thái {DossierStatusNames.Of(status)}.", $"Event {i}: \"{e.Type}\" is not possible while the dossier is {DossierStatusNames.Of(status)}."));
                return;
            }

            if (e.NewDueAt is { } newDue && (action != DossierAction.Apologize || newDue <= at))
            {
                errors.Add(Text.Pick($"Sự kiện {i}: ngày hẹn lại (newDueAt) chỉ có ở sự kiện xin lỗi (apologize) và phải sau thời điểm của nó.", $"Event {i}: newDueAt belongs to an apologize event only, and must be after it."));
                return;
            }

            status = DossierWorkflow.Next(status, action);
            previous = at;
        }
    }
}
