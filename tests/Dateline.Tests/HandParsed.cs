using System.Collections.Immutable;
using System.Globalization;
using Dateline.Ingest;
using Dateline.Model;

namespace Dateline.Tests;

/// <summary>Documents with hand-built parses (fixed tags, heads and relations), so a test holds whatever the shipped parser does.</summary>
internal static class HandParsed
{
    /// <summary>
    /// A one-sentence document published on 2019-05-16 from "form/UPOS/lemma/head/deprel" rows (heads are 0-based, -1 for
    /// the root); a VERB's XPOS is VBD, any other token's its UPOS.
    /// </summary>
    public static Document Sentence(params string[] rows)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var text = new System.Text.StringBuilder();
        foreach (var row in rows)
        {
            var f = row.Split('/');
            if (text.Length > 0) text.Append(' ');
            int start = text.Length;
            text.Append(f[0]);
            tokens.Add(new Token(start, text.Length, f[0], f[1], f[1] == "VERB" ? "VBD" : f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), f[4], 0));
        }
        var body = text.ToString();
        return new Document
        {
            Source = new SourceInfo("made-up.txt", SourceFormat.PlainText, "utf-8", ContentHash.Of(body), body.Length),
            SourceText = body,
            Text = body,
            Metadata = new ArticleMetadata { Published = new MetadataValue("2019-05-16", "test") },
            Tokens = tokens.ToImmutable(),
            Sentences = [new Sentence(0, body.Length, 0, tokens.Count)],
        };
    }
}
