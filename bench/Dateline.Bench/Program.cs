namespace Dateline.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "language") return LanguageThroughput.Run(args[1..]);
        Console.WriteLine("usage: dotnet run -c Release --project bench/Dateline.Bench -- <benchmark>");
        return 2;
    }
}
