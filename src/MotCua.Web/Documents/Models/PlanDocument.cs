namespace MotCua.Web.Documents.Models;

/// <summary>
/// A unit's yearly plan printed as issued (Decree 30/2020, Appendix I): header with its number, the title, the table
/// of tasks by section with performing units, time and expected output, and the signer's block; then, when the plan
/// sets out procedures to review, their list as its appendix (seed 000 Phụ lục IV).
/// </summary>
public sealed record PlanDocument(DocumentHeader Header, string Title, IReadOnlyList<PlanSection> Sections, Signature Signature, IReadOnlyList<ReviewSection> Reviews);

public sealed record PlanSection(string Heading, IReadOnlyList<PlanRow> Rows);

public sealed record PlanRow(int Number, string Content, string Performers, string Time, string Output);

public sealed record ReviewSection(string Heading, IReadOnlyList<ReviewRow> Rows);

public sealed record ReviewRow(int Number, string Procedure, string Field, string Lead, string Coordinating, string Start, string End, string Content);
