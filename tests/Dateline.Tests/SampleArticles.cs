namespace Dateline.Tests;

/// <summary>Small articles written for the tests (fictional outlets), shared by several test classes.</summary>
public static class SampleArticles
{
    public const string RomeTalks = """
        Haftar holds talks with Conte in Rome

        ROME, May 16 - Libyan commander Khalifa Haftar held talks with Italian Prime Minister Giuseppe Conte in Rome on Thursday, officials said, as fighting around Tripoli went on.

        The meeting lasted more than two hours. Conte said he urged Haftar to halt his offensive on the capital and return to talks under the auspices of the United Nations.

        Italy backs the Government of National Accord in Tripoli but has kept channels open to Haftar, whose forces control much of the east of the country.
        """;

    /// <summary>The same wire story as <see cref="RomeTalks"/> on another site, lightly edited.</summary>
    public const string RomeTalksCopy = """
        Libya's Haftar meets Italian PM in Rome

        ROME, May 16 - Libyan commander Khalifa Haftar held talks with Italian Prime Minister Giuseppe Conte in Rome on Thursday, officials said, as fighting around Tripoli went on.

        The meeting lasted more than two hours. Conte said he urged Haftar to halt his offensive on the capital and return to talks under the auspices of the United Nations.

        Italy backs the Government of National Accord in Tripoli but has kept channels open to Haftar, whose forces control much of the east of the country. More to follow.
        """;

    public const string BrusselsVisit = """
        Sarraj visits Brussels

        Fayez al-Sarraj met the European Union's foreign policy chief in Brussels on Wednesday and asked for more pressure on the eastern commander to withdraw from the outskirts of the capital.

        He said there could be no ceasefire while the siege went on, and accused his rival of attempting a coup against the internationally recognised government.
        """;
}
