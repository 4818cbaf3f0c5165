using Npgsql;

namespace Dateline.Tests.Storage;

/// <summary>A schema of its own on the test server (DATELINE_TEST_PG), dropped on dispose; null when no server is set.</summary>
public sealed class PostgresSchema : IDisposable
{
    public const string Variable = "DATELINE_TEST_PG";

    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..16];

    private PostgresSchema(string baseConnection)
    {
        using (var c = new NpgsqlConnection(baseConnection))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {_schema}", c);
            cmd.ExecuteNonQuery();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = _schema }.ToString();
    }

    public string ConnectionString { get; }

    public static PostgresSchema? TryCreate()
    {
        var baseConnection = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(baseConnection) ? null : new PostgresSchema(baseConnection);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", c);
        cmd.ExecuteNonQuery();
    }
}
