namespace Dateline.Model;

/// <summary>What kind of input a document was read from.</summary>
public enum SourceFormat
{
    PlainText,
    Html,
    NewsPleaseJson,
}
