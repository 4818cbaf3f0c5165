using Dateline.Model;

namespace Dateline.Ingest;

/// <summary>A file found among the inputs, with the format its name (or content) says it holds.</summary>
public sealed record InputFile(string Path, InputKind Kind);

public enum InputKind
{
    PlainText,
    Html,
    NewsPleaseJson,
    NewsPleaseJsonLines,
}

public static class InputKindExtensions
{
    public static SourceFormat ToSourceFormat(this InputKind kind) => kind switch
    {
        InputKind.PlainText => SourceFormat.PlainText,
        InputKind.Html => SourceFormat.Html,
        _ => SourceFormat.NewsPleaseJson,
    };
}
