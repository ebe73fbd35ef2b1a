namespace MotCua.Domain.Catalog;

/// <summary>
/// Phí, lệ phí in VND; a zero amount with a note records an exemption. <paramref name="OnRequest"/>: charged per copy
/// the applicant asks for (a copy of the result, "nếu có yêu cầu"), and not at all when he asks for none.
/// </summary>
public sealed record Fee(string Name, long Amount, string? Note, bool OnRequest = false);
