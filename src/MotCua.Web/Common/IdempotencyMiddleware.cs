using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Common;

/// <summary>
/// API writes sent with an <c>Idempotency-Key</c> header run once: the first successful answer is
/// stored and replayed for every retry with the same key (API.md, Conventions). The key row is
/// claimed before the write runs, so two concurrent retries cannot both execute it; an answer
/// that is not a success is not kept, and the key can be used again once the input is corrected.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    private static readonly Error InProgress = Error.Conflict(new(
        "Yêu cầu với cùng Idempotency-Key đang được xử lý.", "A request with the same Idempotency-Key is in progress."));

    public async Task InvokeAsync(HttpContext context, MotCuaDbContext db, TimeProvider clock)
    {
        var key = context.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key) || !context.Request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            await Error.Validation(Header, new Text("Khóa Idempotency-Key dài tối đa 200 ký tự.", "Idempotency-Key is at most 200 characters.")).ToProblem().ExecuteAsync(context);
            return;
        }

        context.Request.EnableBuffering();
        var hash = await HashRequestAsync(context.Request);
        var scopedKey = $"{context.User.Identity?.Name ?? "-"}|{context.Request.Method}|{context.Request.Path}|{key}";
        var existing = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == scopedKey, context.RequestAborted);
        if (existing is not null)
        {
            await ReplayAsync(context, existing, hash);
            return;
        }

        var claim = new IdempotencyRecord { Key = scopedKey, RequestHash = hash, Body = [], CreatedAt = clock.GetUtcNow() };
        db.IdempotencyRecords.Add(claim);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            await InProgress.ToProblem().ExecuteAsync(context);
            return;
        }

        db.ChangeTracker.Clear();
        await RunAndRecordAsync(context, db, claim);
    }

    private async Task RunAndRecordAsync(HttpContext context, MotCuaDbContext db, IdempotencyRecord claim)
    {
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
        db.IdempotencyRecords.Remove(new IdempotencyRecord { Key = claim.Key, RequestHash = claim.RequestHash, Body = [] });
        if (context.Response.StatusCode is >= 200 and < 300)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Key = claim.Key,
                RequestHash = claim.RequestHash,
                StatusCode = context.Response.StatusCode,
                ContentType = context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                Body = buffer.ToArray(),
                CreatedAt = claim.CreatedAt,
            });
        }

        await db.SaveChangesAsync(CancellationToken.None);
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record, string hash)
    {
        if (record.StatusCode == 0)
        {
            await InProgress.ToProblem().ExecuteAsync(context);
            return;
        }

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

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexString(hash);
    }
}
