namespace Dateline.Tests;

/// <summary>Paths in the repository and beside it (../shared), found from the test binary upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/datasets beside the repository, or null when it is absent (tests then skip).</summary>
    public static string? SharedDatasets
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(Root, "..", "shared", "datasets"));
            return Directory.Exists(p) ? p : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dateline.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Dateline.slnx) above " + AppContext.BaseDirectory);
    }
}
