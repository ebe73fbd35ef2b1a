namespace MotCua.Web.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class SqliteGroup : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgres";
}
