using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MotCua.Web.Data;

/// <summary>
/// A hot query compiled once instead of translated again on each call. EF Core binds a compiled query to the model of the
/// context it first ran on and refuses any other, and each provider has its own model (both run side by side in the
/// tests), so it is compiled once per model.
/// </summary>
public sealed class ModelBoundQuery<TArg, TResult>(Expression<Func<MotCuaDbContext, TArg, CancellationToken, TResult>> query)
{
    private readonly ConcurrentDictionary<IModel, Func<MotCuaDbContext, TArg, CancellationToken, Task<TResult>>> compiled = new();

    public Task<TResult> RunAsync(MotCuaDbContext db, TArg arg, CancellationToken ct) =>
        compiled.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery(query))(db, arg, ct);
}
