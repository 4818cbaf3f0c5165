using System.Diagnostics;

namespace Dateline.Language;

/// <summary>
/// The shipped language models (data/models/en-pos.bin, en-deps.bin), loaded once and shared
/// read-only by every stage and thread that is handed this instance (no process-wide registry).
/// </summary>
public sealed class LanguageModels
{
    public const string PosFile = "en-pos.bin";
    public const string DepsFile = "en-deps.bin";

    public LanguageModels(PosModel pos, DependencyParser? parser)
    {
        Pos = pos;
        Parser = parser;
    }

    public PosModel Pos { get; }

    /// <summary>The parser; null when only the tagger model is present.</summary>
    public DependencyParser? Parser { get; }

    public TimeSpan LoadTime { get; private init; }

    public static LanguageModels Load(string directory)
    {
        var clock = Stopwatch.StartNew();
        var pos = PosModel.Load(Path.Combine(directory, PosFile));
        var depsPath = Path.Combine(directory, DepsFile);
        var parser = File.Exists(depsPath) ? DependencyParser.Load(depsPath) : null;
        return new LanguageModels(pos, parser) { LoadTime = clock.Elapsed };
    }

    /// <summary>
    /// The models folder: $DATELINE_MODELS, else data/models in the first folder at or above the
    /// application's base directory (the repository, when run through ./dateline or dotnet test) that has one.
    /// </summary>
    public static string? FindDirectory()
    {
        var env = Environment.GetEnvironmentVariable("DATELINE_MODELS");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, PosFile))) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "models");
            if (File.Exists(Path.Combine(candidate, PosFile))) return candidate;
        }
        return null;
    }
}
