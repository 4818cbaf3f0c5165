namespace Dateline.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "extraction") return ExtractionThroughput.Run(args[1..]);
        Console.WriteLine("usage: dotnet run -c Release --project bench/Dateline.Bench -- <benchmark>");
        Console.WriteLine("  extraction DATA_DIR [--passes N] [--text TXT_DIR]   HTML/plain-text extraction pages per second");
        return 2;
    }
}
