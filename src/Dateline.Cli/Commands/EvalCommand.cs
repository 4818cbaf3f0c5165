using System.CommandLine;
using Dateline.Eval;

namespace Dateline.Cli.Commands;

/// <summary>`dateline eval TASK --data PATH [--json]`: every task registered in <see cref="EvalTasks"/>.</summary>
internal static class EvalCommand
{
    public static Command Create(ConsoleIo io)
    {
        var eval = new Command("eval", "Score a stage against a reference data set and print its field's standard metric.");
        foreach (var task in EvalTasks.All)
        {
            var data = new Option<string>("--data") { Description = "The data set: a file or folder.", Required = true };
            var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
            var command = new Command(task.Name, task.Description) { data, json };
            foreach (var option in task.ExtraOptions)
                command.Options.Add(option);
            command.SetAction(parse =>
            {
                var path = parse.GetValue(data)!;
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    io.Error.WriteLine($"dateline eval {task.Name}: no file or folder at '{path}'.");
                    return Program.ExitUsage;
                }
                try
                {
                    return task.Run(new EvalRequest(path, parse.GetValue(json), parse, io.Out, io.Error));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or FormatException)
                {
                    // A data set of the wrong shape (a file the task expects is missing, a line it cannot read): the
                    // reason and the path, not a stack trace.
                    io.Error.WriteLine($"dateline eval {task.Name}: cannot read the data set at '{path}': {e.Message}");
                    return Program.ExitUsage;
                }
            });
            eval.Subcommands.Add(command);
        }
        return eval;
    }
}
