using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Issue 18 §11: the intake page starts with what the desk receives most, counted at its own units only.</summary>
public abstract partial class MostUsedProceduresTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_birth_received_at_the_ward_desk_counts_once_among_its_most_used_procedures_and_not_at_another_district_desk()
    {
        await App.ReceiveBirthAsync();
        var (ward, other) = (await ReceivedAsync("tiepnhan.xa"), await ReceivedAsync("tiepnhan.bgm"));

        await App.ReceiveBirthAsync();

        (await ReceivedAsync("tiepnhan.xa")).ShouldBe(ward + 1);
        (await ReceivedAsync("tiepnhan.bgm")).ShouldBe(other);
    }

    [Fact]
    public async Task A_search_replaces_the_most_used_procedures_with_what_it_found()
    {
        await App.ReceiveBirthAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");

        (await desk.GetStringAsync("/Dossiers/New", Ct)).ShouldContain("id=\"most-used\"");
        (await desk.GetStringAsync("/Dossiers/New?find=khai+sinh", Ct)).ShouldNotContain("id=\"most-used\"");
    }

    /// <summary>The birth registrations the officer's intake page counts among its most used procedures; 0 when it does not list them.</summary>
    private async Task<int> ReceivedAsync(string desk)
    {
        var page = await (await App.SignedInAsync(desk)).GetStringAsync("/Dossiers/New", Ct);
        var birth = Birth().Match(page);
        return birth.Success ? int.Parse(birth.Groups["count"].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"href=""\?procedure=1\.001193\.000\.00\.00\.H10"">[^<]*<small>(?<count>\d+) hồ sơ</small>")]
    private static partial Regex Birth();
}

[Collection(SqliteGroup.Name)]
public sealed class MostUsedProceduresTestsOnSqlite(SqliteApp app) : MostUsedProceduresTests(app);

[Collection(PostgresGroup.Name)]
public sealed class MostUsedProceduresTestsOnPostgres(PostgresApp app) : MostUsedProceduresTests(app);
