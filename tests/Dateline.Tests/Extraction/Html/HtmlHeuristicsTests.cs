using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dateline.Extraction.Html;

namespace Dateline.Tests.Extraction.Html;

public class HtmlHeuristicsTests
{
    private static IElement Element(string html)
    {
        var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        return doc.Body!.FirstElementChild!;
    }

    [Theory]
    [InlineData("<nav>Home</nav>", "tag:nav")]
    [InlineData("<footer>Impressum</footer>", "tag:footer")]
    [InlineData("<div role=\"navigation\">x</div>", "role:navigation")]
    [InlineData("<div class=\"comments\">x</div>", "class:comments")]
    [InlineData("<div id=\"disqus_thread\">x</div>", "class:disqus")]
    [InlineData("<div class=\"shareBar\">x</div>", "class:share")]
    [InlineData("<div class=\"kommentare-liste\">x</div>", "class:kommentare")]
    [InlineData("<div class=\"cookie-consent\">x</div>", "class:cookie")]
    [InlineData("<section class=\"related-articles\">x</section>", "class:related")]
    public void Marks_page_furniture_by_tag_role_and_class(string html, string mark) =>
        Assert.Equal(mark, HtmlHeuristics.BoilerplateMark(Element(html)));

    [Theory]
    [InlineData("<div class=\"article-body\">x</div>")]
    [InlineData("<div class=\"head\">x</div>")]
    [InlineData("<div class=\"commentary\">x</div>")]
    [InlineData("<article class=\"post category-kommentare tag-social-media\">x</article>")]
    [InlineData("<div class=\"canvas-wrapper\">x</div>")]
    public void Leaves_content_containers_unmarked(string html) => Assert.Null(HtmlHeuristics.BoilerplateMark(Element(html)));

    [Fact]
    public void Splits_class_names_into_tokens()
    {
        var tokens = HtmlHeuristics.ClassTokens(Element("<div class=\"articleBody share-bar_x\" id=\"main\">x</div>"));
        Assert.Contains("article", tokens);
        Assert.Contains("body", tokens);
        Assert.Contains("share", tokens);
        Assert.Contains("main", tokens);
    }

    [Theory]
    [InlineData("<div hidden>x</div>", true)]
    [InlineData("<div style=\"display: none\">x</div>", true)]
    [InlineData("<div aria-hidden=\"true\">x</div>", true)]
    [InlineData("<div style=\"color: red\">x</div>", false)]
    public void Recognises_hidden_elements(string html, bool hidden) => Assert.Equal(hidden, HtmlHeuristics.IsHidden(Element(html)));

    [Theory]
    [InlineData("<figcaption>x</figcaption>", true)]
    [InlineData("<div class=\"image-caption\">x</div>", true)]
    [InlineData("<span class=\"bildunterschrift\">x</span>", true)]
    [InlineData("<div class=\"text\">x</div>", false)]
    public void Recognises_caption_elements(string html, bool caption) => Assert.Equal(caption, HtmlHeuristics.IsCaptionElement(Element(html)));

    [Fact]
    public void Weighs_classes_readability_style()
    {
        Assert.Equal(HtmlHeuristics.ClassWeightStep, HtmlHeuristics.ClassWeight(Element("<div class=\"article-content\">x</div>")));
        Assert.Equal(-HtmlHeuristics.ClassWeightStep, HtmlHeuristics.ClassWeight(Element("<div class=\"sidebar-box\">x</div>")));
        Assert.Equal(0, HtmlHeuristics.ClassWeight(Element("<div>x</div>")));
    }

    [Theory]
    [InlineData(90, 100, false, true)]
    [InlineData(5, 200, false, false)]
    [InlineData(35, 80, true, true)]
    [InlineData(35, 80, false, false)]
    public void Recognises_link_lists(int linkChars, int totalChars, bool listItem, bool expected) =>
        Assert.Equal(expected, HtmlHeuristics.IsLinkList(linkChars, totalChars, listItem));

    [Fact]
    public void Scores_paragraphs_by_length_and_commas()
    {
        Assert.Equal(0, HtmlHeuristics.ParagraphScore("Too short."));
        Assert.Equal(1 + 2 + 1, HtmlHeuristics.ParagraphScore("Haftar, who leads the LNA, met Conte in Rome on Thursday for talks on the ceasefire and on oil exports."));
    }

    [Fact]
    public void Counts_prose_paragraphs_but_not_link_paragraphs()
    {
        var prose = new string('a', 100);
        var el = Element($"<div><p>{prose}</p><p><a href=\"#\">{prose}</a></p><p>short</p></div>");
        Assert.Equal(100, HtmlHeuristics.ProseChars(el));
    }
}
