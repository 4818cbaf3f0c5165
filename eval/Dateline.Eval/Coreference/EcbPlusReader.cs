using System.Globalization;
using System.Xml.Linq;

namespace Dateline.Eval.Coreference;

/// <summary>
/// Reads ECB+ (README.md in ../shared/datasets/ecbplus): the topic folders under ECB+/, each article's tokens and
/// event mentions (ACTION_* and NEG_ACTION_* markables with tokens), their gold clusters, and keeps only mentions
/// in the validated sentences of ECBplus_coreference_sentences.csv, as the standard evaluation does.
/// </summary>
public static class EcbPlusReader
{
    /// <summary>The standard development topics (Cybulska and Vossen 2015).</summary>
    public static readonly IReadOnlySet<int> DevTopics = new HashSet<int> { 2, 5, 12, 18, 21, 23, 34, 35 };

    public static IReadOnlyList<int> Topics(string root)
    {
        var dir = Path.Combine(root, "ECB+");
        if (!Directory.Exists(dir)) return [];
        return [.. Directory.GetDirectories(dir)
            .Select(Path.GetFileName)
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int t) ? t : -1)
            .Where(t => t > 0)
            .Order()];
    }

    public static List<EcbPlusDocument> Read(string root, IEnumerable<int> topics)
    {
        var validated = ReadValidated(Path.Combine(root, "ECBplus_coreference_sentences.csv"));
        var docs = new List<EcbPlusDocument>();
        foreach (var topic in topics)
        {
            var dir = Path.Combine(root, "ECB+", topic.ToString(CultureInfo.InvariantCulture));
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.xml").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var doc = ReadDocument(file, topic, name, validated.GetValueOrDefault(name) ?? []);
                if (doc is not null) docs.Add(doc);
            }
        }
        return docs;
    }

    /// <summary>File name ("1_10ecbplus") → validated sentence numbers.</summary>
    private static Dictionary<string, HashSet<int>> ReadValidated(string path)
    {
        var d = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length < 3) continue;
            var name = $"{f[0].Trim()}_{f[1].Trim()}";
            if (!d.TryGetValue(name, out var set)) d[name] = set = [];
            set.Add(int.Parse(f[2].Trim(), CultureInfo.InvariantCulture));
        }
        return d;
    }

    private static EcbPlusDocument? ReadDocument(string path, int topic, string name, HashSet<int> validated)
    {
        var x = XDocument.Load(path);
        var root = x.Root!;
        var tokens = root.Elements("token")
            .Select(t => new EcbPlusToken(Int(t, "t_id"), Int(t, "sentence"), t.Value))
            .ToList();
        var sentenceOf = tokens.ToDictionary(t => t.Id, t => t.Sentence);
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var relations = root.Element("Relations");
        if (relations is not null)
        {
            foreach (var r in relations.Elements("INTRA_DOC_COREF"))
                foreach (var s in r.Elements("source"))
                    clusterOf[(string)s.Attribute("m_id")!] = $"intra:{name}:{(string?)r.Attribute("r_id")}";
            // Cross-document chains win over within-document ones.
            foreach (var r in relations.Elements("CROSS_DOC_COREF"))
                foreach (var s in r.Elements("source"))
                    clusterOf[(string)s.Attribute("m_id")!] = (string)r.Attribute("note")!;
        }
        var mentions = new List<EcbPlusMention>();
        foreach (var m in root.Element("Markables")?.Elements() ?? [])
        {
            var tag = m.Name.LocalName;
            if (!tag.StartsWith("ACTION_", StringComparison.Ordinal) && !tag.StartsWith("NEG_ACTION_", StringComparison.Ordinal)) continue;
            var ids = m.Elements("token_anchor").Select(a => Int(a, "t_id")).Order().ToList();
            if (ids.Count == 0) continue;
            if (!sentenceOf.TryGetValue(ids[0], out int sentence) || !validated.Contains(sentence)) continue;
            var id = (string)m.Attribute("m_id")!;
            mentions.Add(new EcbPlusMention($"{name}:{id}", tag, ids, clusterOf.GetValueOrDefault(id) ?? $"single:{name}:{id}"));
        }
        mentions.Sort((a, b) => a.TokenIds[0].CompareTo(b.TokenIds[0]));
        var sub = name.EndsWith("ecbplus", StringComparison.Ordinal) ? "ecbplus" : "ecb";
        return new EcbPlusDocument(topic, name, sub, tokens, mentions);
    }

    private static int Int(XElement e, string attribute) => int.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
