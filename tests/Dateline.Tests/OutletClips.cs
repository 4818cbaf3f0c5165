namespace Dateline.Tests;

/// <summary>Made-up articles written as a user drops them in a folder: text plus a .meta.json sidecar (url, day, outlet).</summary>
internal static class OutletClips
{
    public static void Article(this TempFolder dir, string name, string published, string outlet, string text)
    {
        dir.File(name + ".txt", text);
        dir.File(name + ".meta.json", $$"""{ "url": "https://{{name}}.example/", "published": "{{published}}", "outlet": "{{outlet}}" }""");
    }
}
