using System.CommandLine;
using Dateline.Cli.Commands;

namespace Dateline.Cli;

public static class Program
{
    /// <summary>Exit codes are part of the public contract (PRODUCT.md).</summary>
    public const int ExitOk = 0;
    public const int ExitFailure = 1;
    public const int ExitUsage = 2;
    public const int ExitSomeRejected = 3;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                stderr.WriteLine($"dateline: {error.Message}");
            stderr.WriteLine("Run 'dateline --help' for usage.");
            return ExitUsage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    internal static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var io = new ConsoleIo(stdout, stderr);
        var root = new RootCommand("Dateline: a cited record of political and diplomatic events from news articles.");
        foreach (var command in CommandCatalog.Create(io))
            root.Subcommands.Add(command);
        return root;
    }
}
