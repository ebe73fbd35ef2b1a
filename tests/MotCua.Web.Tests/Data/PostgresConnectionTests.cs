using MotCua.Web.Data;
using Npgsql;
using Shouldly;

namespace MotCua.Web.Tests.Data;

public sealed class PostgresConnectionTests
{
    [Fact]
    public void Statements_are_prepared_and_pooled_connections_kept_unless_the_operator_said_otherwise()
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db;Database=motcua;Username=motcua;Password=secret"));

        connection.MaxAutoPrepare.ShouldBe(50);
        connection.NoResetOnClose.ShouldBeTrue();
        (connection.Host, connection.Database, connection.Username, connection.Password).ShouldBe(("db", "motcua", "motcua", "secret"));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;max auto prepare=0;NO RESET ON CLOSE=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    public void What_the_operator_configured_is_kept_whatever_he_spelled_it(string configured)
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults(configured));

        connection.MaxAutoPrepare.ShouldBe(0);
        connection.NoResetOnClose.ShouldBeFalse();
    }
}
