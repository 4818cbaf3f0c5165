using Dateline.Coreference;

namespace Dateline.Eval.Coreference;

/// <summary>
/// An ECB+ article as our own pipeline read it: content lemma counts, entities, dates and event keys for the
/// story linker, and one <see cref="EventProfile"/> per gold event mention (trigger, participants, date and
/// place from our NER, time and event stages; no gold arguments), in text order, with no story yet.
/// </summary>
public sealed record EcbPlusArticle(
    EcbPlusDocument Gold,
    IReadOnlyDictionary<string, int> TermCounts,
    IReadOnlyList<(string Name, int Mentions)> Entities,
    IReadOnlyList<string> Dates,
    IReadOnlyList<string> EventKeys,
    IReadOnlyList<EventProfile> Mentions);
