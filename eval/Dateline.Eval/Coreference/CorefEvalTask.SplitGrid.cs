using System.CommandLine;
using System.Globalization;
using Dateline.Stories;

namespace Dateline.Eval.Coreference;

public sealed partial class CorefEvalTask
{
    private static readonly Option<string?> SplitGridOption = new("--split-grid") { Description = "Comparison, not what ingest does: story-split settings to score side by side, space-separated CHECKS/BELOW/MINSIDE[/TERMS,ENTITIES,DATES,EVENTS,CLASH][+MARGIN,FLOOR[,MAXMOVES,RELATIVE][!]] (KEY=VALUE parts: year=ALLOWANCE[,SHARE], link=THRESHOLD[,TERMS,ENTITIES,DATES,EVENTS,CLASH] for the story linker itself; the suffix: the stray repair, ! at every article count to 24; \"6,10,16,24/0.35/3 6,10,14,18,22/0.4/3\"); prints the event CoNLL F1 with predicted stories, stories B³ and ARI of each. Tune on the training topics only." };

    /// <summary>`--split-grid`: the product's split with other check sizes, threshold or smaller side, scored in the
    /// same run (predicted stories only).</summary>
    private static void SplitGrid(List<EcbPlusArticle> articles, string grid, TextWriter w, bool showStories, bool showChecks)
    {
        var storyLinker = Linking.CrossDocumentLinker.StoryLinker;
        var eventLinker = Linking.CrossDocumentLinker.EventLinker;
        var goldMentions = articles.SelectMany(a => a.Gold.EventMentions.Where(m => a.Mentions.Any(p => p.Id == m.Id))).ToList();
        var keyClusters = Clusters(goldMentions.Select(m => (m.Id, m.GoldCluster)));
        var goldGroups = articles.Select(a => a.Gold.Group).ToList();
        foreach (var variant in grid.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            StorySplitter? splitter = null;
            StoryStrayFinder? strays = null;
            StoryLinker linking = storyLinker;
            // A suffix "+MARGIN,FLOOR[,MAXMOVES]": the stray repair at the same checks.
            var plus = variant.Split('+');
            bool everyArticle = plus.Length > 1 && plus[1].EndsWith("!", StringComparison.Ordinal);
            if (plus[0] != "none")
            {
                var parts = plus[0].Split('/');
                var o = StorySplitOptions.Default with
                {
                    CheckSizes = [.. parts[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
                    SplitBelow = double.Parse(parts[1], CultureInfo.InvariantCulture),
                    MinSide = int.Parse(parts[2], CultureInfo.InvariantCulture),
                };
                // An optional fourth part, TERMS,ENTITIES,DATES,EVENTS,CLASH: the weights the two-means scores with.
                // Optional KEY=VALUE parts: year=ALLOWANCE[,SHARE] (the year clash; year=0: off);
                // link=THRESHOLD[,TERMS,ENTITIES,DATES,EVENTS,CLASH] (the story linker that links and splits).
                foreach (var kv in parts.Skip(3).Where(x => x.Contains('=', StringComparison.Ordinal)))
                {
                    var (key, vals) = (kv[..kv.IndexOf('=', StringComparison.Ordinal)], kv[(kv.IndexOf('=', StringComparison.Ordinal) + 1)..].Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray());
                    if (key == "year") o = o with { YearClashAllowance = vals[0], YearShare = vals.Length > 1 ? vals[1] : o.YearShare };
                    else if (key == "link") linking = new StoryLinker(vals.Length >= 6
                        ? new StoryLinkerOptions { Threshold = vals[0], TermWeight = vals[1], EntityWeight = vals[2], DateWeight = vals[3], EventWeight = vals[4], EntityClashPenalty = vals[5] }
                        : StoryLinkerOptions.Default with { Threshold = vals[0] });
                    else throw new ArgumentException($"--split-grid: unknown part {kv}");
                }
                parts = [.. parts.Where(x => !x.Contains('=', StringComparison.Ordinal))];
                var reads = linking;
                if (parts.Length > 3 && parts[3].Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray() is { Length: 5 } wt)
                    reads = new StoryLinker(new StoryLinkerOptions { TermWeight = wt[0], EntityWeight = wt[1], DateWeight = wt[2], EventWeight = wt[3], EntityClashPenalty = wt[4] });
                splitter = new StorySplitter(reads, o);
            }
            if (plus.Length > 1 && plus[1].TrimEnd('!').Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray() is { Length: >= 2 } sw)
                strays = new StoryStrayFinder(linking, new StoryStrayOptions { Margin = sw[0], Floor = sw[1], MaxMoves = sw.Length > 2 ? (int)sw[2] : StoryStrayOptions.Default.MaxMoves, Relative = sw.Length > 3 ? sw[3] : 0 });
            var checks = new List<string>();
            Action<string, IReadOnlyList<int>, StorySplit?>? observeCheck = !showChecks ? null : (story, members, h) =>
            {
                string Groups(IEnumerable<int> xs) => string.Join(" ", xs.Select(x => goldGroups[members[x]]).GroupBy(g => g, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
                checks.Add(h is null
                    ? $"    check {story} at {members.Count}: no halves ({Groups(Enumerable.Range(0, members.Count))})"
                    : $"    check {story} at {members.Count}: cross {h.Cross.ToString("0.000", CultureInfo.InvariantCulture)} staying [{Groups(Enumerable.Range(0, members.Count).Where(x => !h.Leaving.Contains(x)))}] leaving [{Groups(h.Leaving)}]{(h.YearClash is null ? "" : "  year clash: " + h.YearClash)}");
            };
            var r = IncrementalRun.Run(articles, linking, eventLinker, goldStories: false, splitter: splitter, strays: strays, straysEveryArticle: everyArticle, observeCheck: observeCheck);
            var b3 = CorefMetrics.BCubed(ClusteringScores.Clusters(goldGroups), ClusteringScores.Clusters(r.Stories));
            double ari = ClusteringScores.AdjustedRand(goldGroups, r.Stories);
            w.WriteLine($"split {variant,-40} CoNLL {(100 * Score(keyClusters, r).Conll).ToString("0.00", CultureInfo.InvariantCulture)}  stories B³ {P(b3.F1)} (P {P(b3.Precision)} R {P(b3.Recall)}) ARI {ari:0.000}  {r.Stories.Distinct(StringComparer.Ordinal).Count()} stories, {r.Splits} splits, {r.Moves} moved");
            foreach (var c in checks) w.WriteLine(c);
            if (showStories)
                foreach (var g in r.Stories.Select((id, i) => (Story: id, Group: goldGroups[i])).GroupBy(x => x.Story, StringComparer.Ordinal))
                    w.WriteLine($"    {g.Key}: {string.Join(" ", g.GroupBy(x => x.Group, StringComparer.Ordinal).Select(x => $"{x.Key}×{x.Count()}"))}");
        }
    }
}
