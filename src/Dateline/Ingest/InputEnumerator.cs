namespace Dateline.Ingest;

/// <summary>
/// Expands the paths a user names into input files: folders recursively in a stable (ordinal) order,
/// sidecars (<c>story.meta.json</c>) left out because they are metadata, files of other kinds inside
/// folders skipped (a folder of clips may hold images), a named file of unknown kind sniffed.
/// </summary>
public static class InputEnumerator
{
    public const string SidecarSuffix = ".meta.json";

    public static IEnumerable<(InputFile? File, InputRejection? Rejection)> Expand(IEnumerable<string> paths, CancellationToken cancellation = default)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var item in Walk(path, cancellation))
                    yield return item;
            }
            else if (File.Exists(path))
            {
                if (IsSidecar(path))
                    yield return (null, new InputRejection(path, null, "ingest.sidecar-alone", "a .meta.json sidecar is metadata for the article beside it, not an article; name the article (or its folder) instead"));
                else
                    yield return (new InputFile(path, KindOf(path) ?? Sniff(path)), null);
            }
            else
            {
                yield return (null, new InputRejection(path, null, "ingest.not-found", "no such file or folder"));
            }
        }
    }

    public static bool IsSidecar(string path) => path.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The kind a file's extension says, or null when the extension is not an article format.</summary>
    public static InputKind? KindOf(string path)
    {
        if (IsSidecar(path)) return null;
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" or ".text" => InputKind.PlainText,
            ".html" or ".htm" or ".xhtml" or ".shtml" => InputKind.Html,
            ".json" => InputKind.NewsPleaseJson,
            ".jsonl" or ".ndjson" => InputKind.NewsPleaseJsonLines,
            _ => null,
        };
    }

    private static IEnumerable<(InputFile?, InputRejection?)> Walk(string root, CancellationToken cancellation)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            var dir = pending.Pop();
            string[] files, dirs;
            string? problem = null;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                (files, dirs, problem) = ([], [], e.Message);
            }
            if (problem is not null)
            {
                // Reported, and the walk goes on with the folders already queued.
                yield return (null, new InputRejection(dir, null, "ingest.unreadable", $"cannot list the folder: {problem}"));
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            // The sidecars some article of this folder reads ("story.meta.json" beside "story.txt" or "story.html").
            var used = files.Where(f => KindOf(f) is InputKind.PlainText or InputKind.Html).Select(DocumentReader.SidecarPath).ToHashSet(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (KindOf(file) is InputKind kind && !IsHidden(file))
                    yield return (new InputFile(file, kind), null);
                // A sidecar no article reads (a renamed "story.txt", a typo) would drop its metadata without a word.
                else if (IsSidecar(file) && !IsHidden(file) && !used.Contains(file))
                    yield return (null, new InputRejection(file, null, "ingest.sidecar-alone",
                        $"no article beside it reads it ({Path.GetFileName(file)[..^SidecarSuffix.Length]}.txt or .html): its metadata is not used"));
            }
            for (int i = dirs.Length - 1; i >= 0; i--)
            {
                if (!IsHidden(dirs[i]) && !IsLink(dirs[i])) pending.Push(dirs[i]);
            }
        }
    }

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    /// <summary>Symbolic links to folders are not followed: they can loop.</summary>
    private static bool IsLink(string dir)
    {
        try
        {
            return new DirectoryInfo(dir).LinkTarget is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>A named file with an unknown extension: HTML if it starts with a tag, JSON if with a brace, else text.</summary>
    private static InputKind Sniff(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[512];
            int n = stream.Read(head);
            var text = System.Text.Encoding.UTF8.GetString(head[..n]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            if (text.StartsWith('<')) return InputKind.Html;
            if (text.StartsWith('{') || text.StartsWith('[')) return InputKind.NewsPleaseJson;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reader reports unreadable files with their reason.
        }
        return InputKind.PlainText;
    }
}
