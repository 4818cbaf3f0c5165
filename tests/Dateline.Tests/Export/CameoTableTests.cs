using Dateline.Export;

namespace Dateline.Tests.Export;

public class CameoTableTests
{
    /// <summary>A tiny fictional table in CAMEO2PLOVER's format: root lines, mode and context columns, a repeated code, a broken line.</summary>
    private const string Tiny = """
        # A fictional CAMEO to PLOVER table for tests
        04: CONSULT
        040: CONSULT, ,  # Consult
        042: CONSULT, visit,   # Make a visit
        043: CONSULT, visit,   # Host a visit
        046: CONSULT,   , diplomatic    # Negotiate
        19: ASSAULT
        196: ASSAULT, , legal; military # Break a truce
        042: CONSULT, phone, # repeated code
        not a row
        ~~~~~
        050: SUPPORT, , diplomatic # after the end marker
        """;

    private static CameoTable Table() => CameoTable.Load(new StringReader(Tiny));

    [Fact]
    public void Rows_read_into_type_mode_and_contexts_and_the_end_marker_stops_the_table()
    {
        var table = Table();
        Assert.Equal(7, table.Count);
        var visit = table.Find("042")!;
        Assert.Equal(("CONSULT", "visit", "Make a visit", 4), (visit.Type, visit.Mode, visit.Description, visit.Line));
        Assert.Empty(visit.Context);
        Assert.Equal(["legal", "military"], table.Find("196")!.Context);
        Assert.Null(table.Find("040")!.Mode);
        Assert.Equal("CONSULT", table.Find("04")!.Type);
        Assert.Null(table.Find("050"));
    }

    [Fact]
    public void A_repeated_code_keeps_its_first_row_and_broken_lines_are_reported_with_their_number()
    {
        var problems = Table().Problems;
        Assert.Equal(2, problems.Count);
        Assert.Equal("line 9: code 042 listed again (line 4 kept)", problems[0]);
        Assert.StartsWith("line 10: no ':'", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_code_is_completed_from_the_type_and_mode()
    {
        var table = Table();
        Assert.Equal("042", table.CodeFor("CONSULT", "visit"));
        Assert.Equal("040", table.CodeFor("CONSULT", "meeting"));
        Assert.Null(table.CodeFor("PROTEST", null));
        var completed = CameoCode.Of("", "CONSULT", "visit", table);
        Assert.Equal(("042", "042", "04", 1), (completed.Code, completed.Base, completed.Root, completed.QuadClass));
        Assert.Contains("from the table", completed.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_the_table_gives_another_type_is_kept_and_noted()
    {
        var code = CameoCode.Of("196", "CONSULT", null, Table());
        Assert.Equal("196", code.Code);
        Assert.Equal("CAMEO code 196 converts to ASSAULT in the table, the event is CONSULT", code.Note);
        Assert.Null(CameoCode.Of("040", "CONSULT", "meeting", Table()).Note);
        Assert.Null(CameoCode.Of("999", "CONSULT", null, null).Note);
    }

    [Theory]
    [InlineData("040", "040", "04", 1)]
    [InlineData("0841", "084", "08", 2)]
    [InlineData("112", "112", "11", 3)]
    [InlineData("1823", "182", "18", 4)]
    [InlineData("05", null, "05", 1)]
    public void A_code_splits_into_base_root_and_quad_class(string code, string? baseCode, string root, int quad)
    {
        var split = CameoCode.Split(code);
        Assert.Equal((code, baseCode, root, (int?)quad), (split.Code, split.Base, split.Root, split.QuadClass));
    }

    [Fact]
    public void A_code_that_is_not_digits_is_kept_without_parts()
    {
        Assert.Equal(new CameoCode("X1", null, null, null, null), CameoCode.Split("X1"));
        Assert.Equal(CameoCode.None, CameoCode.Split(null));
    }

    [Fact]
    public void The_plover_table_reads_whole_and_holds_every_code_of_the_trigger_lexicon()
    {
        if (RepoPaths.SharedDatasets is not { } shared) return;  // ../shared absent: nothing to check
        var path = Path.Combine(shared, "plover", "CAMEO2PLOVER-2021.txt");
        if (!File.Exists(path)) return;
        var table = CameoTable.Load(path);
        Assert.True(table.Count > 250, $"{table.Count} codes");
        Assert.All(table.Problems, p => Assert.Contains("listed again", p, StringComparison.Ordinal));
        var missing = Dateline.Events.TriggerLexicon.BuiltIn.Triggers.Select(t => t.Cameo).Distinct(StringComparer.Ordinal).Where(c => table.Find(c) is null).ToList();
        Assert.Empty(missing);
    }
}
