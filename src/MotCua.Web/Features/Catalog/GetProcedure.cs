using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

/// <summary>Chi tiết một thủ tục theo mã (public: citizens read it before they submit).</summary>
public sealed class GetProcedure(MotCuaDbContext db, UnitDirectory directory)
{
    public async Task<Outcome<ProcedureDetail>> HandleAsync(string code, CancellationToken ct)
    {
        var procedure = await db.Procedures.AsNoTracking().Include(p => p.Units).FirstOrDefaultAsync(p => p.Code == code, ct);
        if (procedure is null)
        {
            return Error.NotFound(CatalogStore.ProcedureNoun, code);
        }

        return ProcedureDetail.From(procedure, await directory.CodesAsync(db, ct));
    }
}
