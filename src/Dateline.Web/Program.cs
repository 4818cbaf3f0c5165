namespace Dateline.Web;

/// <summary>`dotnet run --project src/Dateline.Web -- --Dateline:Store=FILE`; the CLI's `dateline serve` is the usual way in.</summary>
public partial class Program
{
    public static void Main(string[] args) => DatelineWebApp.Build(args).Run();
}
