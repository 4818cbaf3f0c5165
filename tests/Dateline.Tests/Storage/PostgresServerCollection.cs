namespace Dateline.Tests.Storage;

/// <summary>
/// The test classes that use the one PostgreSQL test server run one after another: SharedStoreTests restarts the
/// server mid-ingest, which ends every open connection, and a contract test running beside it failed a CI run with
/// "57P01: terminating connection due to administrator command".
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresServerCollection
{
    public const string Name = "PostgreSQL test server";
}
