namespace MotCua.Domain.Files;

/// <summary>
/// A file kept in the content-addressed file store, as the row that holds it describes it: the key of its bytes
/// (<see cref="Sha256"/>), their length, the type their content showed (never the one the browser claimed) and the
/// name it is offered for download under. Two rows naming the same bytes share them; nothing is copied.
/// </summary>
public sealed record StoredFile(string Sha256, long Size, string MediaType, string FileName);
