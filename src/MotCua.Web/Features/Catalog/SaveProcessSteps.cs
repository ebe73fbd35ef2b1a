using MotCua.Domain.Catalog;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Catalog;

public sealed record SaveStepsRequest(int? BaseVersion, IReadOnlyList<StepInput>? Steps);

/// <summary>
/// Quy trình nội bộ editor: replaces the ordered steps (role, unit, allotted working hours) of a
/// procedure, checked with the same rules as a full amendment. The request names the version it was
/// edited from and holds at least one step: a body that forgot either would erase the process, or
/// overwrite a colleague's change, without anyone having asked for it.
/// </summary>
public sealed class SaveProcessSteps(SaveProcedure save, GetProcedure get)
{
    public async Task<Outcome<ProcedureDetail>> HandleAsync(string code, SaveStepsRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        if (request.Steps is not { Count: > 0 })
        {
            errors["steps"] = [new("Quy trình nội bộ phải có ít nhất một bước.", "The internal process needs at least one step.")];
        }

        if (request.BaseVersion is null)
        {
            errors["baseVersion"] = [new(
                "Thiếu phiên bản thủ tục đã dùng để sửa (baseVersion); hãy tải lại thủ tục rồi lưu.",
                "baseVersion, the version of the procedure the steps were edited from, is required; reload the procedure and save again.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var current = await get.HandleAsync(code, ct);
        if (current.Failed)
        {
            return current.Error;
        }

        return await save.AmendAsync(code, request.BaseVersion, current.Value.ToInput() with { Steps = request.Steps }, ct);
    }
}
