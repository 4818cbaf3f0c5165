namespace Dateline.Web;

/// <summary>The configuration keys the desk reads (command line `--Dateline:Store=...`, environment or test settings).</summary>
public static class WebSettings
{
    /// <summary>A PostgreSQL connection string or an SQLite file path.</summary>
    public const string Store = "Dateline:Store";

    /// <summary>"true" maps POST /api/ingest; absent or anything else leaves the desk read-only.</summary>
    public const string AllowIngest = "Dateline:AllowIngest";

    /// <summary>The largest upload POST /api/ingest accepts, in bytes (default 10 MB).</summary>
    public const string MaxUploadBytes = "Dateline:MaxUploadBytes";

    public const long DefaultMaxUploadBytes = 10 * 1024 * 1024;

    public const string DefaultUrls = "http://127.0.0.1:5000";
}
