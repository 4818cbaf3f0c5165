namespace Dateline.Entities;

/// <summary>
/// Finds the shipped model file data/models/ner-en.bin: the DATELINE_NER_MODEL variable, else the
/// first data/models folder found walking up from the working directory or the program's folder.
/// </summary>
public static class NerModelLocator
{
    public const string FileName = "ner-en.bin";

    public static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("DATELINE_NER_MODEL");
        if (!string.IsNullOrEmpty(env) && File.Exists(env))
            return env;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "models", FileName);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
