namespace MotCua.Web.Documents.Models;

/// <summary>One signature column: the position (printed in capitals), a hint in italics, the signer's name.</summary>
public sealed record Signature(string Position, string SignerName, string? Hint = null);
