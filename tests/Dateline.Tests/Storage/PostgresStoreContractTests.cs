using Dateline.Storage;
using Dateline.Storage.Postgres;
using Npgsql;

namespace Dateline.Tests.Storage;

/// <summary>
/// The store contract against PostgreSQL. Needs DATELINE_TEST_PG (a connection string; .ci/run starts a
/// throwaway server and sets it). Each test class instance works in a schema of its own, dropped after.
/// </summary>
public sealed class PostgresStoreContractTests : ArticleStoreContract
{
    public const string Variable = "DATELINE_TEST_PG";

    private readonly string? _connection;
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..16];

    public PostgresStoreContractTests()
    {
        var baseConnection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(baseConnection)) return;
        using (var c = new NpgsqlConnection(baseConnection))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {_schema}", c);
            cmd.ExecuteNonQuery();
        }
        _connection = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = _schema }.ToString();
    }

    protected override string? SkipReason => _connection is null ? $"{Variable} is not set: no PostgreSQL server to test against" : null;

    protected override IArticleStore OpenStore() => PostgresArticleStore.Open(_connection!);

    public override void Dispose()
    {
        if (_connection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var c = new NpgsqlConnection(_connection);
            c.Open();
            using var cmd = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", c);
            cmd.ExecuteNonQuery();
        }
        base.Dispose();
    }
}
