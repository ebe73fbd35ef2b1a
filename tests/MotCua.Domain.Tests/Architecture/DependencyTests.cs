using MotCua.Domain.Catalog;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Architecture;

public sealed class DependencyTests
{
    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Npgsql")]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("MotCua.Web")]
    public void The_domain_depends_on_no_framework_database_or_web_code(string forbidden)
    {
        var references = typeof(Procedure).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        references.ShouldNotContain(name => name.StartsWith(forbidden, StringComparison.Ordinal));
    }

    [Fact]
    public void The_domain_reads_no_clock()
    {
        // DateTime.Now/UtcNow and DateTimeOffset.Now in rules make them untestable: time comes in as an argument.
        var source = Directory.EnumerateFiles(SourceRoot(), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText);

        source.ShouldAllBe(text => !text.Contains("DateTime.Now") && !text.Contains("DateTime.UtcNow") && !text.Contains("DateTimeOffset.Now") && !text.Contains("DateTimeOffset.UtcNow") && !text.Contains("DateTime.Today"));
    }

    private static string SourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MotCua.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "src", "MotCua.Domain");
    }
}
