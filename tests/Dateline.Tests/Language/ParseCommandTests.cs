using Dateline.Cli;

namespace Dateline.Tests.Language;

public class ParseCommandTests
{
    [Fact]
    public void Parse_prints_a_table_with_tags_lemmas_heads_and_relations()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Run(["parse", "Haftar met Italy's defence minister in Rome on Tuesday."], stdout, stderr);
        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n');
        Assert.StartsWith("# sentence 1 [0,55)", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("Haftar", StringComparison.Ordinal) && l.Contains("PROPN", StringComparison.Ordinal) && l.TrimEnd().EndsWith("nsubj", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" met ", StringComparison.Ordinal) && l.Contains("meet", StringComparison.Ordinal) && l.TrimEnd().EndsWith("root", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_without_text_is_bad_usage()
    {
        Assert.Equal(2, Program.Run(["parse"], new StringWriter(), new StringWriter()));
    }
}
