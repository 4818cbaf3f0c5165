using System.Collections.Frozen;
using Dateline.Events;
using Dateline.Model;
using Dateline.Storage;

namespace Dateline.Export;

/// <summary>Reads what the exports need from a stored article: metadata, length, and the details of each event mention.</summary>
public static class ExportArticles
{
    /// <summary>Pronouns an actor may have been read through ("he met Conte"): such a mention is not in the raw text as GDELT means it.</summary>
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "who", "whom", "which", "that", "this", "these", "those"],
        StringComparer.OrdinalIgnoreCase);

    public static ExportArticle From(StoredArticle stored)
    {
        var d = stored.Document;
        var details = new Dictionary<string, ExportMentionDetail>(StringComparer.Ordinal);
        foreach (var e in d.EventMentions)
            details.TryAdd(e.Id, Detail(d, e));
        return new ExportArticle(stored.Id)
        {
            Title = d.Metadata.Title?.Value,
            Url = d.Metadata.Url?.Value,
            Outlet = d.Metadata.Outlet?.Value,
            Published = d.Metadata.Published?.Value,
            Language = d.Metadata.Language?.Value,
            IngestedAt = stored.IngestedAt,
            TextLength = d.Text.Length,
            CopyOf = stored.NearDuplicate?.OriginalId,
            Mentions = details,
        };
    }

    /// <summary>The details of one event mention of a document (pure: also used on hand-built documents).</summary>
    public static ExportMentionDetail Detail(Document d, EventMention e)
    {
        var citation = e.Mentions.IsDefaultOrEmpty ? null : e.Mentions[0];
        int anchor = citation?.Start ?? e.TriggerStart;
        var source = e.Source.IsDefaultOrEmpty ? null : e.Source[0];
        var target = e.Target.IsDefaultOrEmpty ? null : e.Target[0];
        bool raw = e.Source.Concat(e.Target).All(a =>
            !Pronouns.Contains(a.Text) && (citation is null || (a.Start >= citation.Start && a.End <= citation.End)));
        return new ExportMentionDetail
        {
            Sentence = SentenceNumber(d, anchor),
            SourceStart = source?.Start,
            TargetStart = target?.Start,
            TriggerStart = e.TriggerStart,
            LeadParagraph = !d.Paragraphs.IsDefaultOrEmpty && anchor >= d.Paragraphs[0].Start && anchor < d.Paragraphs[0].End,
            InRawText = raw,
            Context = e.Context.IsDefault ? [] : [.. e.Context],
            DateText = e.Date.Text,
            Latitude = e.EventLoc.Latitude,
            Longitude = e.EventLoc.Longitude,
        };
    }

    /// <summary>1-based number of the sentence holding the offset, null when the document has no sentences.</summary>
    public static int? SentenceNumber(Document d, int offset)
    {
        var sentences = d.Sentences;
        if (sentences.IsDefaultOrEmpty) return null;
        int lo = 0, hi = sentences.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else hi = mid - 1;
        }
        return found < 0 ? 1 : found + 1;
    }
}
