using Microsoft.Data.Sqlite;
using MotCua.Web.Data;
using Shouldly;

namespace MotCua.Web.Tests.Data;

public sealed class SqliteFileTests
{
    [Fact]
    public void A_relative_database_file_lies_in_the_content_root_and_keeps_its_other_settings()
    {
        var connection = new SqliteConnectionStringBuilder(SqliteFile.InContentRoot("Data Source=motcua.db;Cache=Shared", "/opt/motcua"));

        connection.DataSource.ShouldBe(Path.Combine("/opt/motcua", "motcua.db"));
        connection.Cache.ShouldBe(SqliteCacheMode.Shared);
    }

    [Theory]
    [InlineData("Data Source=/var/lib/motcua/motcua.db")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory")]
    public void An_absolute_path_or_a_memory_database_is_kept_as_given(string connection) =>
        SqliteFile.InContentRoot(connection, "/opt/motcua").ShouldBe(connection);
}
