using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Documents.Models;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Fills in the control sheet (Mẫu 05) from the steps of <see cref="ControlSheet"/>: a step is handed
/// over by the officer who closed it to the one who closed the next (or, while that is pending, to the
/// specialist assigned to it or the unit that holds it); the last step hands the result to the applicant. The
/// due time is the original one: an apology does not make a late dossier on time.
/// </summary>
public static class ControlSheetForm
{
    public static ControlSheetDocument Fill(DossierPaper p)
    {
        var received = p.Dossier.ReceivedAt!.Value;
        var steps = ControlSheet.Steps(p.Dossier, p.Procedure, p.Events, p.Calendar, p.UnitCodes);
        var completions = ControlSheet.Completions(p.Procedure, p.Events);
        string Holder(int index) =>
            completions.TryGetValue(index, out var done) ? Officer(p, done)
            : index >= steps.Count ? $"Ông/Bà {p.Dossier.Applicant.FullName}"
            : p.Procedure.Steps[index].Role == Role.Specialist && p.Dossier.AssignedTo is { } assignee ? p.OfficerName(assignee)
            : Place(p, steps[index]);
        var handOvers = steps.Select(s => new HandOver(s.Name, Holder(s.Index), Holder(s.Index + 1), s.CompletedAt, s.DueAt, s.Timeliness)).ToList();
        return new(p.Header(p.Desk, "KSHS", received), p.Subject, received, p.Dossier.DueAt!.Value, handOvers);
    }

    /// <summary>The officer who completed a step, with his unit when it is not the resolving one (liên thông).</summary>
    private static string Officer(DossierPaper p, DossierEvent done) =>
        done.UnitId == p.Unit.Id ? p.OfficerName(done.ByUserName) : $"{p.OfficerName(done.ByUserName)} ({p.UnitById(done.UnitId).Name})";

    /// <summary>A pending step is with the desk when it is the desk's work at home, else with the step's unit.</summary>
    private static string Place(DossierPaper p, StepInfo step)
    {
        var unit = p.UnitByCode(step.UnitCode);
        return p.Procedure.Steps[step.Index].Role == Role.Receptionist && unit.Id == p.Unit.Id ? p.Desk.Name : unit.Name;
    }
}
