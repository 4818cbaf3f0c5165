using Dateline.Extraction.Rules;

namespace Dateline.Tests.Extraction.Rules;

public class BoilerplateLineRulesTests
{
    // Prose that mentions the rules' keywords must survive every rule.
    public static TheoryData<string> BodyLines =>
    [
        "The foreign minister said he would leave a message for his counterpart in Rome.",
        "Haftar's forces advanced on Tripoli on Thursday, the UN envoy said.",
        "Read the statement carefully, the spokesman told reporters, because every word was negotiated.",
        "Der Außenminister sagte, er werde die Gespräche in Berlin fortsetzen.",
        "Les deux dirigeants se sont rencontrés à Paris le 16 mai.",
        "El ministro dijo que las conversaciones continuarán la próxima semana.",
        "She shared the photo with reporters after the meeting in Cairo.",
        "Sources said the talks had stalled over the question of a ceasefire line near Sirte.",
        "The copyright dispute between the two broadcasters went to court in 2018.",
        "Conte met Haftar in Rome.",
    ];

    [Theory]
    [MemberData(nameof(BodyLines))]
    public void Keeps_prose_lines_as_body(string line) => Assert.Null(BoilerplateLineRules.Classify(line));

    [Theory]
    [InlineData("Leave a comment")]
    [InlineData("Comments are closed.")]
    [InlineData("You must be logged in to post a comment.")]
    [InlineData("12 Comments")]
    [InlineData("Kommentare (3)")]
    [InlineData("Kommentar schreiben")]
    [InlineData("Laisser un commentaire")]
    [InlineData("Deja un comentario")]
    public void Drops_comment_prompts(string line)
    {
        Assert.True(BoilerplateLineRules.IsCommentPrompt(line));
        Assert.Equal(BoilerplateLineRules.CommentPromptRule, BoilerplateLineRules.Classify(line)?.Rule);
    }

    [Theory]
    [InlineData("Log in")]
    [InlineData("Please sign in to continue")]
    [InlineData("Already a subscriber? Sign in here")]
    [InlineData("Jetzt anmelden")]
    [InlineData("Se connecter")]
    public void Drops_login_prompts(string line) => Assert.True(BoilerplateLineRules.IsLoginPrompt(line));

    [Theory]
    [InlineData("He had to sign in at the border post before crossing into Tunisia with the delegation.")]
    [InlineData("Registered voters went to the polls on Sunday.")]
    public void Keeps_prose_that_mentions_logging_in(string line) => Assert.False(BoilerplateLineRules.IsLoginPrompt(line));

    [Theory]
    [InlineData("READ ALSO: Haftar visits Rome")]
    [InlineData("See Also - Libya talks collapse")]
    [InlineData("Read: UN envoy resigns")]
    [InlineData("Read more: What the ceasefire means")]
    [InlineData("EXCLUSIVE: Inside the Berlin conference")]
    [InlineData("Lesen Sie auch: Gipfel in Berlin")]
    [InlineData("À lire aussi : le sommet de Palerme")]
    [InlineData("Lee también: Cumbre en Roma")]
    [InlineData("Weiterlesen")]
    [InlineData("Read more »")]
    public void Drops_cross_link_lines(string line)
    {
        Assert.True(BoilerplateLineRules.IsCrossLink(line));
        Assert.Equal(BoilerplateLineRules.CrossLinkRule, BoilerplateLineRules.Classify(line)?.Rule);
    }

    [Theory]
    [InlineData("Read the statement carefully, he said.")]
    [InlineData("More than 1,000 people have fled the fighting.")]
    [InlineData("Related talks in Geneva broke down.")]
    public void Keeps_prose_that_starts_like_a_cross_link(string line) => Assert.False(BoilerplateLineRules.IsCrossLink(line));

    [Theory]
    [InlineData("{articleGUID}", true)]
    [InlineData("{{title}}", true)]
    [InlineData("By {{author}}", true)]
    [InlineData("${headline}", true)]
    [InlineData("The meeting {articleGUID} took place in Rome on Thursday.", false)]
    [InlineData("The set {1, 2} is finite.", false)]
    public void Recognises_lines_that_are_only_template_placeholders(string line, bool expected) =>
        Assert.Equal(expected, BoilerplateLineRules.IsTemplatePlaceholderLine(line));

    [Fact]
    public void Finds_placeholders_inside_prose()
    {
        var found = BoilerplateLineRules.FindPlaceholders("The meeting {articleGUID} took place.");
        var (start, length) = Assert.Single(found);
        Assert.Equal("{articleGUID}", "The meeting {articleGUID} took place.".Substring(start, length));
    }

    [Theory]
    [InlineData("Photo: AFP")]
    [InlineData("(Photo by Mahmud Turkia/Getty Images)")]
    [InlineData("File photo of Khalifa Haftar in Benghazi.")]
    [InlineData("Foto: dpa")]
    [InlineData("Haftar greets supporters in Benghazi. (Photo: AFP)")]
    [InlineData("© Reuters")]
    [InlineData("AFP PHOTO / MAHMUD TURKIA")]
    public void Keeps_photo_credits_as_captions(string line)
    {
        Assert.True(BoilerplateLineRules.IsPhotoCredit(line));
        Assert.Equal(LineVerdictKind.Caption, BoilerplateLineRules.Classify(line)?.Kind);
    }

    [Theory]
    [InlineData("— Jane Doe (@jdoe) May 16, 2019")]
    [InlineData("Talks went well today pic.twitter.com/AbC123")]
    [InlineData("A post shared by Foreign Ministry (@mfa) on May 16, 2019 at 3:02am PDT")]
    [InlineData("View this post on Instagram")]
    public void Drops_social_embeds(string line) => Assert.True(BoilerplateLineRules.IsSocialEmbed(line));

    [Theory]
    [InlineData("© 2019 Example Media Group")]
    [InlineData("Copyright 2019 The Daily Example. All rights reserved.")]
    [InlineData("Alle Rechte vorbehalten.")]
    [InlineData("Tous droits réservés")]
    public void Drops_copyright_footers(string line)
    {
        Assert.True(BoilerplateLineRules.IsCopyrightFooter(line));
        Assert.Equal(BoilerplateLineRules.CopyrightRule, BoilerplateLineRules.Classify(line)?.Rule);
    }

    [Theory]
    [InlineData("Source: Al Jazeera and News Agencies")]
    [InlineData("Quelle: dpa")]
    [InlineData("Sources: Reuters, AFP")]
    public void Drops_source_lines(string line) => Assert.True(BoilerplateLineRules.IsSourceLine(line));

    [Theory]
    [InlineData("Share this article")]
    [InlineData("Facebook Twitter WhatsApp E-Mail")]
    [InlineData("Follow us on Twitter")]
    [InlineData("Artikel teilen")]
    [InlineData("Subscribe to our newsletter")]
    public void Drops_share_prompts(string line) => Assert.True(BoilerplateLineRules.IsSharePrompt(line));

    [Theory]
    [InlineData("Share prices fell sharply in Tripoli after the announcement of new sanctions.")]
    [InlineData("Print media were banned from the conference.")]
    public void Keeps_prose_that_starts_with_a_share_word(string line) => Assert.False(BoilerplateLineRules.IsSharePrompt(line));

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Anzeige")]
    [InlineData("Publicité")]
    public void Drops_advertising_labels(string line) => Assert.True(BoilerplateLineRules.IsAdLabel(line));

    [Theory]
    [InlineData("War der Artikel nützlich?")]
    [InlineData("This entry was posted in Allgemein. Bookmark the permalink.")]
    [InlineData("Jetzt abonnieren und nichts verpassen")]
    [InlineData("Download the Example News app for iOS and Android.")]
    public void Drops_site_prompts(string line) => Assert.True(BoilerplateLineRules.IsSitePrompt(line));

    [Theory]
    [InlineData("He refused to download the files the ministry had sent.")]
    [InlineData("The ministers agreed to meet again in Tunis next month.")]
    public void Keeps_prose_that_shares_words_with_site_prompts(string line) => Assert.False(BoilerplateLineRules.IsSitePrompt(line));

    [Theory]
    [InlineData("Verfasst von: Anna | 31. Dezember 2008")]
    [InlineData("Posted by admin on May 16, 2019")]
    [InlineData("Freitag | 14. Juni 2019 | 15:49 | 0 Comments")]
    public void Drops_post_meta_lines(string line) => Assert.True(BoilerplateLineRules.IsPostMeta(line));

    [Fact]
    public void Keeps_prose_with_a_date_as_body() =>
        Assert.False(BoilerplateLineRules.IsPostMeta("The talks, first held on 16 May 2019 in Rome, resumed in Geneva after a long pause in which both sides rearmed."));

    [Theory]
    [InlineData("Missing out on the latest news? Enter your email below to receive future announcements direct to your inbox.")]
    [InlineData("This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links.")]
    [InlineData("Warning: Creating default object from empty value in /www/wp-includes/classes.php on line 407")]
    public void Drops_promo_paragraphs(string line) => Assert.True(BoilerplateLineRules.IsPromoParagraph(line));

    [Theory]
    [InlineData("Abbildung 8: Vorgehensweise für grosse Ereignisse")]
    [InlineData("Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO")]
    [InlineData("Roman Prymula, photo: Archives du Gouvernement")]
    public void Recognises_caption_heads_and_closing_credits(string line) => Assert.True(BoilerplateLineRules.IsPhotoCredit(line));
}
