namespace MotCua.Web.Documents.Models;

/// <summary>
/// A unit's list of KSTTHC focal officers and of the officers sent to its one-stop desk (seed 001), printed as the unit
/// posts and sends it (Decree 30/2020): header, title, one table per role, the head of the unit's signature.
/// </summary>
public sealed record FocalOfficerDocument(DocumentHeader Header, string Title, IReadOnlyList<FocalOfficerGroup> Groups, Signature Signature);

public sealed record FocalOfficerGroup(string Heading, IReadOnlyList<FocalOfficerRow> Rows);

public sealed record FocalOfficerRow(int Number, string FullName, string Position, string Unit, string Field, string Phone, string Email, string AssignedBy);
