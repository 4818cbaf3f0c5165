using System.Collections.Immutable;
using Dateline.Knowledge;
using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Entities;

/// <summary>
/// Finds named entities in the body, headline and captions, and links them within the article.
/// Words and sentences come from the language core's tokeniser (<see cref="NameFinder"/>), run on each text
/// itself, so the stage needs no tokens layer and headlines and captions are read the same way as the body.
/// </summary>
public sealed class NerStage(NerModel? model, KnowledgeBase knowledge, string? missingModelReason = null) : IDocumentStage
{
    /// <summary>
    /// The stage with the shipped model (data/models/ner-en.bin, found by <see cref="NerModelLocator"/>)
    /// and the built-in knowledge. Without a readable model the stage still runs and records a
    /// "ner.no-model" diagnostic on each document instead of failing the batch.
    /// </summary>
    public static NerStage CreateDefault()
    {
        var path = NerModelLocator.Find();
        if (path is null)
            return new NerStage(null, KnowledgeBase.BuiltIn, "no data/models/ner-en.bin found (build it with `dateline train ner`)");
        try
        {
            return new NerStage(NerModel.Load(path), KnowledgeBase.BuiltIn);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            return new NerStage(null, KnowledgeBase.BuiltIn, $"cannot read {path}: {e.Message}");
        }
    }

    public string Name => "ner";

    public IReadOnlyList<string> Needs { get; } = ["text", "metadata", "captions"];

    public IReadOnlyList<string> Provides { get; } = ["entities"];

    public Document Process(Document document)
    {
        if (model is null)
            return document.WithDiagnostic(new Diagnostic("ner.no-model", Name, DiagnosticSeverity.Warning, "named entities not found: " + (missingModelReason ?? "no model")));
        if (EnglishModels.OtherLanguage(document) is { } language)
            return document.WithDiagnostic(EnglishModels.Skipped(Name, language, "named entities"));
        var found = NameFinder.Find(document.Text, model);
        var (mentions, chains) = MentionLinker.Link(document.Text, found, knowledge);
        var others = ImmutableArray.CreateBuilder<EntityMention>();
        if (document.Metadata.Title?.Value is { Length: > 0 } title)
            others.AddRange(MentionLinker.Link(title, NameFinder.Find(title, model), knowledge).Mentions.Select(m => m with { Part = "title" }));
        for (var i = 0; i < document.Captions.Length; i++)
        {
            var caption = document.Captions[i].Text;
            var index = i;
            others.AddRange(MentionLinker.Link(caption, NameFinder.Find(caption, model), knowledge).Mentions.Select(m => m with { Part = "caption", PartIndex = index }));
        }
        // A headline or caption name that is a body entity's name or acronym points at that chain.
        var linked = others.Select(m => m with { Chain = chains.FirstOrDefault(c => c.Name == m.Name || c.Acronym == m.Text)?.Id ?? -1 });
        return document with { EntityMentions = mentions, EntityChains = chains, OtherEntityMentions = [.. linked] };
    }
}
