namespace MotCua.Web.Documents.Models;

/// <summary>
/// A unit's yearly plan printed as issued (Decree 30/2020, Appendix I): header with its number, the title, the table
/// of tasks by section with performing units, time and expected output, and the signer's block.
/// </summary>
public sealed record PlanDocument(DocumentHeader Header, string Title, IReadOnlyList<PlanSection> Sections, Signature Signature);

public sealed record PlanSection(string Heading, IReadOnlyList<PlanRow> Rows);

public sealed record PlanRow(int Number, string Content, string Performers, string Time, string Output);
