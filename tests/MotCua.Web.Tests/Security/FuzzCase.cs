namespace MotCua.Web.Tests.Security;

/// <param name="Mutation">What was done to the request, for the summary and the failures.</param>
/// <param name="Malformed">The body is not what its content type says: only a refusal may answer it.</param>
public sealed record FuzzCase(string Mutation, HttpMethod Method, string Url, HttpContent? Content, bool Malformed);
