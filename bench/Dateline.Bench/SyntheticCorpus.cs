using System.Globalization;

namespace Dateline.Bench;

/// <summary>
/// `synth --from DIR --count N --out DIR`: a corpus of N plain-text articles made from real ones, for
/// scaling runs. Article k is source article (k mod M) with every seventh word swapped for another word
/// of the corpus (seeded by k), so no two are copies (their shingle similarity is about 0.3, below the
/// near-duplicate threshold) while text, length and vocabulary stay those of real news.
/// </summary>
internal static class SyntheticCorpus
{
    public static int Run(string[] args)
    {
        var from = BenchArgs.String(args, "--from");
        var outDir = BenchArgs.String(args, "--out");
        int count = BenchArgs.Int(args, "--count", 10_000);
        if (from is null || outDir is null || !Directory.Exists(from))
        {
            Console.Error.WriteLine("usage: synth --from DIR --count N --out DIR");
            return 2;
        }
        var sources = Directory.GetFiles(from, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var vocabulary = sources.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.All(char.IsLetter)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        for (int k = 0; k < count; k++)
        {
            var random = new Random(k);
            var words = sources[k % sources.Length].Split(' ');
            for (int i = 3 + random.Next(7); i < words.Length; i += 7)
                if (!words[i].Contains('\n', StringComparison.Ordinal)) words[i] = vocabulary[random.Next(vocabulary.Length)];
            var path = Path.Combine(outDir, (k / 1000).ToString("000", CultureInfo.InvariantCulture), $"{k:000000}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, string.Join(' ', words));
        }
        Console.WriteLine($"wrote {count} articles to {outDir} from {sources.Length} sources");
        return 0;
    }
}
