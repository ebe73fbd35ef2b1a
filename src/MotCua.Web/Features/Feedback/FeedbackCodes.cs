using System.Globalization;
using MotCua.Domain.Feedback;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

/// <summary>Issues the next feedback code of a day from its counter row (<c>PAKN|yyMMdd</c>), gap-free like dossier codes.</summary>
public static class FeedbackCodes
{
    public static async Task<FeedbackCode> NextFeedbackCodeAsync(this MotCuaDbContext db, DateOnly day, CancellationToken ct) =>
        new(day, await db.NextSequenceAsync(CounterKey(day), ct));

    public static string CounterKey(DateOnly day) =>
        $"{FeedbackCode.Prefix}|{day.ToString("yyMMdd", CultureInfo.InvariantCulture)}";
}
