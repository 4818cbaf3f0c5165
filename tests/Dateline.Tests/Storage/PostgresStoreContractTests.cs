using Dateline.Storage;
using Dateline.Storage.Postgres;

namespace Dateline.Tests.Storage;

/// <summary>
/// The store contract against PostgreSQL. Needs DATELINE_TEST_PG (a connection string; .ci/run starts a
/// throwaway server and sets it). Each test works in a schema of its own, dropped after.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class PostgresStoreContractTests : ArticleStoreContract
{
    private readonly PostgresSchema? _schema = PostgresSchema.TryCreate();

    protected override string? SkipReason => _schema is null ? $"{PostgresSchema.Variable} is not set: no PostgreSQL server to test against" : null;

    protected override IArticleStore OpenStore() => PostgresArticleStore.Open(_schema!.ConnectionString);

    public override void Dispose()
    {
        _schema?.Dispose();
        base.Dispose();
    }
}
