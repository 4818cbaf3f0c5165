using System.Globalization;
using System.Xml;

namespace Dateline.Eval.Time;

/// <summary>
/// Reads TimeML 1.2.1 (.tml): the document creation time from the TIMEX3 in &lt;DCT&gt; and the
/// TIMEX3 elements inline in &lt;TEXT&gt;, with offsets into the tag-free TEXT content.
/// </summary>
public static class TimeMlReader
{
    public static TimeMlDocument Read(string path)
    {
        var xml = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null }))
            xml.Load(reader);
        return Read(xml, Path.GetFileNameWithoutExtension(path));
    }

    public static TimeMlDocument Parse(string content, string id)
    {
        var xml = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        xml.LoadXml(content);
        return Read(xml, id);
    }

    private static TimeMlDocument Read(XmlDocument xml, string id)
    {
        DateOnly? dct = null;
        if (xml.SelectSingleNode("//DCT/TIMEX3") is XmlElement d)
        {
            var v = d.GetAttribute("value");
            if (v.Length >= 10 && DateOnly.TryParseExact(v.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                dct = day;
        }
        var text = new System.Text.StringBuilder();
        var timexes = new List<TimeMlTimex>();
        if (xml.SelectSingleNode("//TEXT") is XmlElement body)
            Walk(body, text, timexes);
        return new TimeMlDocument(id, dct, text.ToString(), timexes);
    }

    private static void Walk(XmlNode node, System.Text.StringBuilder text, List<TimeMlTimex> timexes)
    {
        foreach (XmlNode child in node.ChildNodes)
        {
            switch (child)
            {
                case XmlText or XmlWhitespace or XmlSignificantWhitespace or XmlCDataSection:
                    text.Append(child.Value);
                    break;
                case XmlElement e when e.Name == "TIMEX3":
                    var start = text.Length;
                    Walk(e, text, timexes);
                    var mod = e.GetAttribute("mod");
                    timexes.Add(new TimeMlTimex(start, text.Length, e.GetAttribute("type"), e.GetAttribute("value"), mod.Length == 0 ? null : mod));
                    break;
                case XmlElement e:
                    Walk(e, text, timexes);
                    break;
            }
        }
    }
}
