using Microsoft.AspNetCore.Http.HttpResults;

namespace MotCua.Web.Common;

/// <summary>Outcomes to typed HTTP results, so every endpoint states its outcomes in its signature.</summary>
public static class OutcomeResults
{
    public static Results<Ok<T>, ProblemHttpResult> ToResult<T>(this Outcome<T> outcome) =>
        outcome.Failed ? outcome.Error.ToProblem() : TypedResults.Ok(outcome.Value);

    public static Results<Created<T>, ProblemHttpResult> ToCreated<T>(this Outcome<T> outcome, Func<T, string> location) =>
        outcome.Failed ? outcome.Error.ToProblem() : TypedResults.Created(location(outcome.Value), outcome.Value);

    public static Results<FileContentHttpResult, ProblemHttpResult> ToFile(this Outcome<FileDownload> outcome) =>
        outcome.Failed ? outcome.Error.ToProblem() : TypedResults.File(outcome.Value.Content, outcome.Value.ContentType, outcome.Value.FileName);

    /// <summary>The same for a file that may be a paper to print, shown in the browser (<see cref="FileDownload.Inline"/>).</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> ToFile(this Outcome<FileDownload> outcome, HttpResponse response) =>
        outcome.Failed ? outcome.Error.ToProblem() : TypedResults.File(outcome.Value.Content, outcome.Value.ContentType, outcome.Value.DownloadName(response));

    /// <summary>Runs a list query only when the paging input is valid.</summary>
    public static async Task<Results<Ok<Paged<T>>, ProblemHttpResult>> Paged<T>(int? page, int? pageSize, Func<PageRequest, Task<Paged<T>>> query)
    {
        var request = PageRequest.From(page, pageSize);
        return request.Failed ? request.Error.ToProblem() : TypedResults.Ok(await query(request.Value));
    }

    /// <summary>The same, for list queries that can refuse their filters.</summary>
    public static async Task<Results<Ok<Paged<T>>, ProblemHttpResult>> PagedOutcome<T>(int? page, int? pageSize, Func<PageRequest, Task<Outcome<Paged<T>>>> query)
    {
        var request = PageRequest.From(page, pageSize);
        return request.Failed ? request.Error.ToProblem() : (await query(request.Value)).ToResult();
    }
}
