using MotCua.Domain.Files;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Reports;

/// <summary>
/// The submission workflow of REPORTS.md §6: submitted → accepted, or returned with a reason and then submitted again as
/// a new version; and the narrative report, whose words are frozen once the leader issues it.
/// </summary>
public sealed class ReportSubmissionTests
{
    private static ReportSubmission Submitted() => new()
    {
        FormCode = "II.06",
        PeriodCode = "2025-Q1",
        Version = 1,
        SubmittedBy = "lanhdao.xa",
        SubmittedAt = Instant("2025-03-16T09:00+07:00"),
        Figures = "{}",
        Pdf = new StoredFile(new string('a', 64), 1_000, "application/pdf", "II.06d.pdf"),
    };

    [Fact]
    public void A_submitted_report_awaits_the_parent_and_no_new_version_may_follow_it()
    {
        var report = Submitted();

        report.Status.ShouldBe(SubmissionStatus.Submitted);
        report.AwaitsDecision.ShouldBeTrue();
        ReportSubmission.MayFollow(report).ShouldBeFalse();
        ReportSubmission.MayFollow(null).ShouldBeTrue();
    }

    [Fact]
    public void Accepting_records_who_and_when_drops_any_reason_and_closes_the_period()
    {
        var report = Submitted();

        report.Decide(accept: true, "lanhdao.huyen", Instant("2025-03-18T10:00+07:00"), "ignored");

        (report.Status, report.DecidedBy, report.DecidedAt, report.ReturnReason)
            .ShouldBe((SubmissionStatus.Accepted, "lanhdao.huyen", Instant("2025-03-18T10:00+07:00"), (string?)null));
        report.AwaitsDecision.ShouldBeFalse();
        ReportSubmission.MayFollow(report).ShouldBeFalse();
    }

    [Fact]
    public void Returning_keeps_the_reason_and_lets_a_new_version_follow()
    {
        var report = Submitted();

        report.Decide(accept: false, "lanhdao.huyen", Instant("2025-03-18T10:00+07:00"), "Thiếu số liệu lĩnh vực hộ tịch");

        (report.Status, report.ReturnReason).ShouldBe((SubmissionStatus.Returned, "Thiếu số liệu lĩnh vực hộ tịch"));
        ReportSubmission.MayFollow(report).ShouldBeTrue();
    }

    [Fact]
    public void A_decided_report_cannot_be_decided_again()
    {
        var report = Submitted();
        report.Decide(accept: false, "lanhdao.huyen", Instant("2025-03-18T10:00+07:00"), "Sai kỳ");

        Should.Throw<InvalidOperationException>(() => report.Decide(accept: true, "lanhdao.huyen", Instant("2025-03-19T10:00+07:00"), null))
            .Message.ShouldBe($"Report submission {report.Id} was already Returned.");
        (report.Status, report.DecidedAt).ShouldBe((SubmissionStatus.Returned, Instant("2025-03-18T10:00+07:00")));
    }

    [Fact]
    public void A_narrative_is_edited_until_issued_and_then_keeps_the_words_printed()
    {
        var narrative = new ReportNarrative { PeriodCode = "2025-Q1", UpdatedBy = "chuyenvien.xa" };
        narrative.Issued.ShouldBeFalse();
        (narrative.Number, narrative.Results, narrative.Difficulties, narrative.Proposals).ShouldBe(("", "", "", ""));

        narrative.Edit("15/BC-UBND", "Kết quả", "Khó khăn", "Đề xuất", "chuyenvien.xa", Instant("2025-03-20T09:00+07:00"));
        narrative.Issue("lanhdao.xa", Instant("2025-03-21T09:00+07:00"), "ab12");

        (narrative.Number, narrative.Results, narrative.Difficulties, narrative.Proposals).ShouldBe(("15/BC-UBND", "Kết quả", "Khó khăn", "Đề xuất"));
        (narrative.Issued, narrative.IssuedBy, narrative.IssuedAt, narrative.PdfSha256).ShouldBe((true, "lanhdao.xa", Instant("2025-03-21T09:00+07:00"), "ab12"));
        Should.Throw<InvalidOperationException>(() => narrative.Edit("16/BC-UBND", "x", "y", "z", "chuyenvien.xa", Instant("2025-03-22T09:00+07:00")))
            .Message.ShouldBe($"Narrative report {narrative.Id} was issued.");
        Should.Throw<InvalidOperationException>(() => narrative.Issue("lanhdao.xa", Instant("2025-03-22T09:00+07:00"), "cd34"))
            .Message.ShouldBe($"Narrative report {narrative.Id} was issued.");
        (narrative.Number, narrative.PdfSha256).ShouldBe(("15/BC-UBND", "ab12"));
    }
}
