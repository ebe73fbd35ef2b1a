using MotCua.Domain.Plans;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Plans;

// DOMAIN.md §9 and API.md GET /plans/overdue?asOf=: instances past due and not done. The due date is the last day
// allowed; asked about a past day, the list is as it stood that day.
public class TaskOverdueTests
{
    [Theory]
    [InlineData("2024-03-15", TaskProgress.NotStarted, null, "2024-03-15", false)] // on the due day: still in time
    [InlineData("2024-03-15", TaskProgress.NotStarted, null, "2024-03-16", true)] // the day after
    [InlineData("2024-03-15", TaskProgress.InProgress, null, "2024-04-01", true)] // started is not done
    [InlineData("2024-03-15", TaskProgress.Done, "2024-03-14", "2024-04-01", false)] // done in time
    [InlineData("2024-03-15", TaskProgress.Done, "2024-03-20", "2024-04-01", false)] // done late: late, no longer overdue
    [InlineData("2024-03-15", TaskProgress.Done, "2024-03-20", "2024-03-18", true)] // …but overdue on 18 Mar, before it was done
    [InlineData("2024-03-15", TaskProgress.Done, "2024-03-20", "2024-03-20", false)] // …and done by the end of 20 Mar, the day it was done
    public void An_instance_is_overdue_after_its_due_day_until_done(string due, TaskProgress progress, string? doneOn, string asOf, bool overdue) =>
        TaskOverdue.IsOverdue(new TaskInstanceState(Day(due), progress, doneOn is null ? null : Day(doneOn)), Day(asOf)).ShouldBe(overdue);

    [Fact]
    public void The_overdue_list_keeps_only_overdue_instances_in_order()
    {
        // The quarterly report of seed 000 VII.1 in 2024, Q1 done late, Q2 in progress, Q3 and Q4 not yet due.
        (string Quarter, TaskInstanceState State)[] reports =
        [
            ("Q1", new(Day("2024-03-15"), TaskProgress.Done, Day("2024-03-25"))),
            ("Q2", new(Day("2024-06-17"), TaskProgress.InProgress)),
            ("Q3", new(Day("2024-09-17"), TaskProgress.NotStarted)),
            ("Q4", new(Day("2024-12-17"), TaskProgress.NotStarted)),
        ];

        TaskOverdue.Of(reports, r => r.State, Day("2024-09-18")).Select(r => r.Quarter).ShouldBe(["Q2", "Q3"]);
    }

    [Theory]
    [InlineData(TaskProgress.Done, null)]
    [InlineData(TaskProgress.InProgress, "2024-03-01")]
    public void Only_a_done_instance_has_a_done_day(TaskProgress progress, string? doneOn) =>
        Should.Throw<ArgumentException>(() => new TaskInstanceState(Day("2024-03-15"), progress, doneOn is null ? null : Day(doneOn)))
            .Message.ShouldStartWith("A done instance has the day it was done, and only a done instance has one.");

    [Fact]
    public void Missing_instances_or_states_are_refused_by_name()
    {
        TaskInstanceState[] late = [new(Day("2024-03-15"), TaskProgress.NotStarted)];

        Should.Throw<ArgumentNullException>(() => TaskOverdue.IsOverdue(null!, Day("2024-04-01"))).ParamName.ShouldBe("instance");
        Should.Throw<ArgumentNullException>(() => TaskOverdue.Of<TaskInstanceState>(null!, s => s, Day("2024-04-01"))).ParamName.ShouldBe("instances");
        Should.Throw<ArgumentNullException>(() => TaskOverdue.Of(late, null!, Day("2024-04-01"))).ParamName.ShouldBe("state");
    }
}
