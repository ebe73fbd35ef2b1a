using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

public sealed record SaveStepsRequest(int? BaseVersion, IReadOnlyList<StepInput>? Steps);

/// <summary>
/// Quy trình nội bộ editor: replaces the ordered steps (role, unit, allotted working hours) of a
/// procedure, checked with the same rules as a full amendment.
/// </summary>
public sealed class SaveProcessSteps(SaveProcedure save, GetProcedure get)
{
    public async Task<Outcome<ProcedureDetail>> HandleAsync(string code, SaveStepsRequest request, CancellationToken ct)
    {
        var current = await get.HandleAsync(code, ct);
        if (current.Failed)
        {
            return current.Error!;
        }

        var input = current.Value.ToInput() with { Steps = request.Steps ?? [] };
        return await save.AmendAsync(code, request.BaseVersion, input, ct);
    }
}
