using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Catalog;

/// <summary>
/// The words of the catalog's edit form and import formats (ADR 0002): each accepted spelling and its value, and the
/// near misses refused, so that an import that read a word differently would fail here rather than store it.
/// </summary>
public class ProcedureWordsTests
{
    [Theory]
    [InlineData("1.001193", true)]                   // the short national code
    [InlineData("1.001193.000.00.00.H10", true)]     // in full, as the national database prints it
    [InlineData(" 2.000123.000.00.00.H56 ", true)]   // surrounding spaces are the cell's, not the code's
    [InlineData("1.00119", false)]                   // six digits after the first, not five
    [InlineData("1.0011930", false)]
    [InlineData("1.001193.000.00.00.h10", false)]    // the agency letter is a capital
    [InlineData("1.001193.000.00.00", false)]        // the long form is whole or absent
    [InlineData("1.001193.000.00.00.H10x", false)]
    [InlineData("x1.001193", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void A_national_procedure_code_is_one_digit_six_digits_and_optionally_the_agency_part(string? code, bool wellFormed) =>
        ProcedureWords.IsWellFormedCode(code).ShouldBe(wellFormed);

    [Theory]
    [InlineData("province", ProcedureLevel.Province)]
    [InlineData("tỉnh", ProcedureLevel.Province)]
    [InlineData("tinh", ProcedureLevel.Province)]
    [InlineData(" District ", ProcedureLevel.District)]
    [InlineData("huyện", ProcedureLevel.District)]
    [InlineData("huyen", ProcedureLevel.District)]
    [InlineData("commune", ProcedureLevel.Commune)]
    [InlineData("XÃ", ProcedureLevel.Commune)]
    [InlineData("xa", ProcedureLevel.Commune)]
    [InlineData("ward", null)]      // a ward is a commune-level unit, but the catalog's word is commune
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_level_is_read_in_English_or_Vietnamese_with_or_without_diacritics(string? word, ProcedureLevel? level) =>
        ProcedureWords.Level(word).ShouldBe(level);

    [Theory]
    [InlineData("receptionist", Role.Receptionist)]
    [InlineData(" Specialist", Role.Specialist)]
    [InlineData("LEADER", Role.Leader)]
    [InlineData("administrator", null)] // administrators keep the system; no step of a process is theirs
    [InlineData("kstt", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_step_is_carried_out_by_a_receptionist_a_specialist_or_a_leader(string? word, Role? role) =>
        ProcedureWords.StepRole(word).ShouldBe(role);

    [Theory]
    [InlineData("2025-07-01", "2025-07-01")]
    [InlineData(" 2024-02-29 ", "2024-02-29")]
    [InlineData("1945-01-01", "1945-01-01")]   // the first year a decision can bear
    [InlineData("2100-12-31", "2100-12-31")]   // the last the calendar supports
    [InlineData("1944-12-31", null)]
    [InlineData("2101-01-01", null)]
    [InlineData("2025-02-29", null)]           // no such day
    [InlineData("01/07/2025", null)]           // the Vietnamese way of writing it is for people, not for the file
    [InlineData("2025-7-1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_date_is_a_real_day_written_year_month_day_from_1945_to_2100(string? text, string? day) =>
        ProcedureWords.Date(text).ShouldBe(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(new[] { "counter" }, Channels.Counter)]
    [InlineData(new[] { "postal" }, Channels.Postal)]
    [InlineData(new[] { " Online " }, Channels.Online)]
    [InlineData(new[] { "counter", "postal", "online" }, Channels.Counter | Channels.Postal | Channels.Online)]
    [InlineData(new[] { "counter", "counter" }, Channels.Counter)]
    [InlineData(new[] { "counter", "fax" }, null)]  // one unknown word refuses the whole list
    [InlineData(new string[0], null)]               // a procedure is submitted somewhere
    public void Channels_are_one_or_more_of_counter_postal_and_online(string[] words, Channels? channels) =>
        ProcedureWords.Channels(words).ShouldBe(channels);

    [Fact]
    public void No_list_of_channels_is_refused_too() => ProcedureWords.Channels(null).ShouldBeNull();

    [Theory]
    [InlineData(new[] { "citizens" }, ProcedureSubjects.Citizens)]
    [InlineData(new[] { "công dân" }, ProcedureSubjects.Citizens)]
    [InlineData(new[] { "cong dan" }, ProcedureSubjects.Citizens)]
    [InlineData(new[] { "organizations" }, ProcedureSubjects.Organizations)]
    [InlineData(new[] { " Tổ chức " }, ProcedureSubjects.Organizations)]
    [InlineData(new[] { "to chuc" }, ProcedureSubjects.Organizations)]
    [InlineData(new[] { "citizens", "organizations" }, ProcedureSubjects.Citizens | ProcedureSubjects.Organizations)]
    [InlineData(new[] { "citizens", "công dân" }, ProcedureSubjects.Citizens)] // one subject named twice is still that subject
    [InlineData(new[] { "citizens", "foreigners" }, null)]
    [InlineData(new[] { "foreigners" }, null)]
    [InlineData(new string[0], null)]
    public void Subjects_are_citizens_organizations_or_both(string[] words, ProcedureSubjects? subjects) =>
        ProcedureWords.Subjects(words).ShouldBe(subjects);

    [Theory]
    [InlineData("none", OnlineLevel.None)]
    [InlineData("", OnlineLevel.None)]
    [InlineData(null, OnlineLevel.None)]      // left out: the procedure is not offered online
    [InlineData(" Partial ", OnlineLevel.Partial)]
    [InlineData("full", OnlineLevel.Full)]
    [InlineData("toàn trình", null)]
    [InlineData("level 4", null)]
    public void The_online_level_is_none_partial_or_full_and_none_when_left_out(string? word, OnlineLevel? level) =>
        ProcedureWords.Online(word).ShouldBe(level);
}
