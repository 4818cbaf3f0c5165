namespace Dateline.Entities;

/// <summary>TEMPORARY experiment switches (removed before merge).</summary>
public static class Exp
{
    private static readonly HashSet<string> Flags = [.. (Environment.GetEnvironmentVariable("NERX") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)];

    public static bool On(string flag) => Flags.Contains(flag);
}
