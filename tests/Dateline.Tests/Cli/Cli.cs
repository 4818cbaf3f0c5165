using Dateline.Cli;

namespace Dateline.Tests.Cli;

/// <summary>Runs the command line in process, as a script would, capturing exit code and both streams.</summary>
public static class Cli
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
