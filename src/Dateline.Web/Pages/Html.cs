using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Dateline.Web.Pages;

/// <summary>
/// A small HTML writer. <see cref="Text"/> encodes everything (article text and titles come from the open web:
/// a title "&lt;script&gt;..." must show as those characters); only <see cref="Raw"/> writes markup, and only this
/// assembly's own literals go through it.
/// </summary>
internal sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _sb = new();

    public Html Raw(string markup) { _sb.Append(markup); return this; }

    public Html Text(string? text) { if (text is not null) _sb.Append(Encoder.Encode(text)); return this; }

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>A link to a page of this site (the path parts are escaped by the caller with <see cref="Path"/>).</summary>
    public Html Link(string href, string? text, string? cssClass = null)
    {
        _sb.Append("<a href=\"").Append(Encode(href)).Append('"');
        if (cssClass is not null) _sb.Append(" class=\"").Append(cssClass).Append('"');
        _sb.Append('>');
        return Text(text).Raw("</a>");
    }

    /// <summary>A link to an article's original address: only http(s) URLs become links, opened without a referrer.</summary>
    public Html External(string? url, string text)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return url is null ? this : Raw("<span class=\"url\">").Text(url).Raw("</span>");
        return Raw("<a rel=\"noopener noreferrer nofollow\" href=\"").Raw(Encode(uri.AbsoluteUri)).Raw("\">").Text(text).Raw("</a>");
    }

    public static string Path(string segment) => Uri.EscapeDataString(segment);

    public override string ToString() => _sb.ToString();

    public static IResult Page(string title, Html body, int status = 200) =>
        Results.Content(Layout(title, body.ToString()), "text/html; charset=utf-8", Encoding.UTF8, status);

    private static string Layout(string title, string body) =>
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        "<title>" + Encode(title) + " · Dateline</title><link rel=\"stylesheet\" href=\"/static/site.css\"></head><body>" +
        "<header><a class=\"brand\" href=\"/\">Dateline</a><nav><a href=\"/\">Stories</a><a href=\"/actors\">Actors</a><a href=\"/events\">Events</a></nav>" +
        "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"Search articles, actors, events\" aria-label=\"Search\"><button type=\"submit\">Search</button></form></header>" +
        "<main>" + body + "</main><footer>Dateline desk · read-only · every fact links to its sentence</footer></body></html>";
}
