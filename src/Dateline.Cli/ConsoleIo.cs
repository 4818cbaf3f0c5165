namespace Dateline.Cli;

/// <summary>The writers a command prints to: the console, or a test's StringWriter.</summary>
public sealed record ConsoleIo(TextWriter Out, TextWriter Error)
{
    public bool IsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;
}
