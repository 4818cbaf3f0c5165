using Dateline.Storage;
using Dateline.Storage.Sqlite;

namespace Dateline.Tests.Storage;

public sealed class SqliteStoreContractTests : ArticleStoreContract
{
    private readonly TempFolder _dir = new();

    protected override IArticleStore OpenStore() => SqliteArticleStore.Open(Path.Combine(_dir.Path, "store.db"));

    public override void Dispose()
    {
        _dir.Dispose();
        base.Dispose();
    }
}
