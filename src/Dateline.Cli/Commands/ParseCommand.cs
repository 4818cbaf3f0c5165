using System.CommandLine;
using Dateline.Language;

namespace Dateline.Cli.Commands;

/// <summary>`dateline parse TEXT [--models DIR]`: a readable parse table, for debugging rules.</summary>
internal static class ParseCommand
{
    public static Command Create(ConsoleIo io)
    {
        var text = new Argument<string>("text") { Description = "The text to analyse (quote it)." };
        var models = new Option<string?>("--models") { Description = "The models folder (default: data/models of the repository)." };
        var command = new Command("parse", "Print sentences, tokens, tags, lemmas and dependencies of a text.") { text, models };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(models) ?? LanguageModels.FindDirectory();
            if (dir is null || !File.Exists(Path.Combine(dir, LanguageModels.PosFile)))
            {
                io.Error.WriteLine("dateline parse: no language models found (data/models/en-pos.bin); run 'dateline train pos' and 'dateline train deps'.");
                return Program.ExitFailure;
            }
            var analyzer = new LanguageAnalyzer(LanguageModels.Load(dir));
            var input = parse.GetValue(text)!;
            var (sentences, tokens) = analyzer.Analyze(input);
            foreach (var sentence in sentences)
            {
                io.Out.WriteLine($"# sentence {tokens[sentence.FirstToken].Sentence + 1} [{sentence.Start},{sentence.End}): {input[sentence.Start..sentence.End]}");
                io.Out.WriteLine($"{"id",3}  {"form",-16} {"upos",-6} {"xpos",-5} {"lemma",-14} {"head",4}  deprel");
                for (int i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
                {
                    var t = tokens[i];
                    int id = i - sentence.FirstToken + 1;
                    int head = t.Head < 0 ? 0 : t.Head - sentence.FirstToken + 1;
                    io.Out.WriteLine($"{id,3}  {t.Form,-16} {t.Upos,-6} {t.Xpos,-5} {t.Lemma,-14} {head,4}  {t.Deprel}");
                }
                io.Out.WriteLine();
            }
            return Program.ExitOk;
        });
        return command;
    }
}
