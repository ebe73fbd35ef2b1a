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
/// Pages' forms carry a key of their own in the field <see cref="FormField"/> (drawn when the form is shown), so a
/// double click at the counter receives one dossier: the second post waits for the first and follows the same
/// redirect. Their bodies differ on every post (multipart boundaries), so for them the key alone identifies the request.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string FormField = "IdempotencyKey";
    private static readonly TimeSpan PageWait = TimeSpan.FromSeconds(30);
    private const int MaxKeyLength = 200;

    private static readonly Error InProgress = Error.Conflict(new(
        "Yêu cầu với cùng Idempotency-Key đang được xử lý.", "A request with the same Idempotency-Key is in progress."));

    public async Task InvokeAsync(HttpContext context, MotCuaDbContext db, TimeProvider clock)
    {
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
        var existing = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == scopedKey, context.RequestAborted);
        if (existing is not null)
        {
            await ReplayOrRunAsync(context, api ? existing : await AnsweredAsync(db, clock, existing, context.RequestAborted), hash);
            return;
        }

        var claim = new IdempotencyRecord { Key = scopedKey, RequestHash = hash, Body = [], CreatedAt = clock.GetUtcNow() };
        db.IdempotencyRecords.Add(claim);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException) when (!api)
        {
            db.ChangeTracker.Clear();
            await ReplayOrRunAsync(context, await AnsweredAsync(db, clock, claim, context.RequestAborted), hash);
            return;
        }
        catch (DbUpdateException)
        {
            await InProgress.ToProblem().ExecuteAsync(context);
            return;
        }

        db.ChangeTracker.Clear();
        await RunAndRecordAsync(context, db, claim);
    }

    private async Task ReplayOrRunAsync(HttpContext context, IdempotencyRecord? answer, string hash)
    {
        if (answer is null)
        {
            await next(context);
        }
        else
        {
            await ReplayAsync(context, answer, hash);
        }
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
        // A page's success is a redirect to what it made.
        if (context.Response.StatusCode is >= 200 and < 400)
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

    /// <summary>The key a page's form carries, if the request is such a form.</summary>
    private static async Task<string?> FormKeyAsync(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.HasFormContentType
            ? (await request.ReadFormAsync(request.HttpContext.RequestAborted))[FormField].ToString()
            : null;

    /// <summary>
    /// The first post's answer, once it has one: a person's second click waits for it rather than being told to
    /// wait. None when the first post failed and freed the key: this one then runs as any other.
    /// </summary>
    private static async Task<IdempotencyRecord?> AnsweredAsync(MotCuaDbContext db, TimeProvider clock, IdempotencyRecord record, CancellationToken ct)
    {
        var until = clock.GetUtcNow() + PageWait;
        var current = record;
        while (current is { StatusCode: 0 } && clock.GetUtcNow() < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), clock, ct);
            current = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == record.Key, ct);
        }

        return current;
    }

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexString(hash);
    }
}
