using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Common;

/// <summary>
/// API writes sent with an <c>Idempotency-Key</c> header run once: the first successful answer is stored and replayed for
/// every retry with the same key (API.md, Conventions). The key is claimed, the handler runs and its answer is stored in
/// ONE database transaction (handlers' own transactions become savepoints of it, <see cref="WriteTransaction"/>): a
/// request that throws, or whose process dies, leaves no effect and no claim, so its retry simply runs; a request that
/// committed always has its answer, so its retry replays it. A concurrent retry waits on the claimed key (PostgreSQL's
/// unique index, SQLite's write lock) and then replays. An answer that is not a success is not kept (the handler's own
/// writes on that path, such as a counted failed sign-in, still commit), and the key can be used again once the input is
/// corrected. Pages' forms carry a key of their own in the field <see cref="FormField"/> (drawn when the form is shown), so
/// a double click at the counter receives one dossier and the second post follows the same redirect. Their bodies differ
/// on every post (multipart boundaries), so for them the key alone identifies the request.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string FormField = "IdempotencyKey";
    private const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext context, MotCuaDbContext db, TimeProvider clock, IHostApplicationLifetime lifetime)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            // A write, once begun, finishes or rolls back whole: the client going away must not cut it between two saves
            // (he would retry something half done). Only the host stopping cancels it.
            context.RequestAborted = lifetime.ApplicationStopping;
        }

        var api = context.Request.Path.StartsWithSegments("/api");
        var key = api ? context.Request.Headers[Header].ToString() : await FormKeyAsync(context.Request);
        if (string.IsNullOrEmpty(key) || HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            await Error.Validation(Header, new Text("Khóa Idempotency-Key dài tối đa 200 ký tự.", "Idempotency-Key is at most 200 characters.")).ToProblem().ExecuteAsync(context);
            return;
        }

        var hash = api ? await HashRequestAsync(context.Request) : FormField;
        var scopedKey = $"{context.User.Identity?.Name ?? "-"}|{context.Request.Method}|{context.Request.Path}|{key}";
        var answer = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == scopedKey, context.RequestAborted);
        answer ??= await RunOnceAsync(context, db, new IdempotencyRecord { Key = scopedKey, RequestHash = hash, Body = [], CreatedAt = clock.GetUtcNow() });
        if (answer is not null)
        {
            await ReplayAsync(context, answer, hash);
        }
    }

    /// <summary>
    /// Runs the request under its claim and answers it; or, when another request with the same key committed first, the
    /// answer to replay instead.
    /// </summary>
    private async Task<IdempotencyRecord?> RunOnceAsync(HttpContext context, MotCuaDbContext db, IdempotencyRecord claim)
    {
        var ct = context.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.IdempotencyRecords.Add(claim);
        try
        {
            await db.SaveWithoutSavepointAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var first = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == claim.Key, ct);
            if (first is null)
            {
                throw;
            }

            return first;
        }

        db.ChangeTracker.Clear();
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        db.ChangeTracker.Clear();
        var stored = db.IdempotencyRecords.Attach(claim);
        // A page's success is a redirect to what it made.
        if (context.Response.StatusCode is >= 200 and < 400)
        {
            stored.CurrentValues.SetValues(new
            {
                context.Response.StatusCode,
                context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                Body = buffer.ToArray(),
            });
        }
        else
        {
            stored.State = EntityState.Deleted;
        }

        await db.SaveWithoutSavepointAsync(ct);
        await transaction.CommitAsync(ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(original, ct);
        return null;
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record, string hash)
    {
        if (record.RequestHash != hash)
        {
            await Error.Rule(new("Idempotency-Key này đã được dùng cho một yêu cầu khác.", "This Idempotency-Key was already used for a different request.")).ToProblem().ExecuteAsync(context);
            return;
        }

        context.Response.StatusCode = record.StatusCode;
        context.Response.ContentType = record.ContentType;
        if (record.Location is not null)
        {
            context.Response.Headers.Location = record.Location;
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(record.Body, context.RequestAborted);
    }

    /// <summary>The key a page's form carries, if the request is such a form.</summary>
    private static async Task<string?> FormKeyAsync(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.HasFormContentType
            ? (await request.ReadFormAsync(request.HttpContext.RequestAborted))[FormField].ToString()
            : null;

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexString(hash);
    }
}
