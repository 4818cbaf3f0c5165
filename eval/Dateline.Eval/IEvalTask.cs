using System.CommandLine;

namespace Dateline.Eval;

/// <summary>What `dateline eval TASK` hands a task: the data path, output mode and the writers.</summary>
public sealed record EvalRequest(string DataPath, bool Json, ParseResult Parse, TextWriter Out, TextWriter Error);

/// <summary>
/// One evaluation: scores a stage on a data set, prints the field's standard metric, and returns
/// exit code 1 when a score falls below its pinned floor (eval/floors.json).
/// </summary>
public interface IEvalTask
{
    string Name { get; }

    string Description { get; }

    /// <summary>Options beyond --data and --json (e.g. --raw, --topics).</summary>
    IReadOnlyList<Option> ExtraOptions { get; }

    int Run(EvalRequest request);
}
