using System.CommandLine;
using Dateline.Eval.Coreference;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline train coref [--data DIR] [--out FILE]`: rebuilds the learned event-coreference decision
/// (data/coref/event-decision.tsv) from the ECB+ training topics, deterministically (the same as
/// `dateline eval coref --learn-decision`).
/// </summary>
internal static class TrainCorefCommand
{
    /// <summary>The `coref` subcommand of `train` (see <see cref="TrainCommand"/>).</summary>
    public static Command Create(ConsoleIo io)
    {
        var data = new Option<string>("--data") { Description = "The ECB+ folder.", DefaultValueFactory = _ => "../shared/datasets/ecbplus" };
        var output = new Option<string>("--out") { Description = "Where to write the weights.", DefaultValueFactory = _ => "data/coref/event-decision.tsv" };
        var coref = new Command("coref", "Train the learned event-coreference decision (logistic regression) on the ECB+ training topics.") { data, output };
        coref.SetAction(parse => CorefEvalTask.TrainDecision(parse.GetValue(data)!, parse.GetValue(output)!, io.Out, io.Error));
        return coref;
    }
}
