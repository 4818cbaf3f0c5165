using System.Text.RegularExpressions;

namespace Dateline.Extraction.Rules;

/// <summary>
/// Line rules shared by the plain-text extractor and the HTML extractor's paragraph cleaning.
/// Each rule is a small named predicate over a trimmed line, built from the named vocabularies
/// below; <see cref="Classify"/> runs them in a fixed order and says which one matched and why.
/// Vocabularies cover English, German, French and Spanish, the languages of our pages.
/// </summary>
public static partial class BoilerplateLineRules
{
    // Rule names: stable, they appear in Removal.Rule and in `dateline show --explain`.
    public const string CommentPromptRule = "comment-prompt";
    public const string LoginPromptRule = "login-prompt";
    public const string CrossLinkRule = "cross-link";
    public const string PlaceholderRule = "template-placeholder";
    public const string PhotoCreditRule = "photo-credit";
    public const string SocialEmbedRule = "social-embed";
    public const string CopyrightRule = "copyright-footer";
    public const string SourceLineRule = "source-line";
    public const string SharePromptRule = "share-prompt";
    public const string AdLabelRule = "ad-label";

    /// <summary>Lines longer than this many words are prose: the keyword rules leave them alone.</summary>
    public const int ShortLineWords = 14;

    /// <summary>Prompt lines ("Share on Facebook", "Log in") are shorter still.</summary>
    public const int PromptLineWords = 9;

    /// <summary>
    /// Comment-section prompts, matched inside short lines: "Leave a comment", "Comments are closed",
    /// "You must be logged in to post a comment", "Kommentar schreiben", "Laisser un commentaire".
    /// </summary>
    public static readonly IReadOnlyList<string> CommentPromptPhrases =
    [
        "leave a comment", "leave a reply", "post a comment", "add a comment", "write a comment",
        "comments are closed", "commenting is closed", "comments have been closed", "logged in to post a comment",
        "logged in to comment", "join the conversation", "join the discussion", "show comments", "view comments",
        "load comments", "no comments yet", "be the first to comment", "comment policy", "comments policy",
        "kommentar schreiben", "kommentar verfassen", "kommentare anzeigen", "kommentare lesen", "kommentare laden",
        "diskutieren sie mit", "leserkommentare", "kommentarfunktion", "noch keine kommentare",
        "laisser un commentaire", "ajouter un commentaire", "écrire un commentaire", "les commentaires sont fermés",
        "deja un comentario", "dejar un comentario", "escribe un comentario", "los comentarios están cerrados",
    ];

    /// <summary>Section words that, alone or with a count, head a comment section: "12 Comments", "Kommentare (3)".</summary>
    [GeneratedRegex(@"^(\d+\s+)?(comments?|kommentare?|commentaires?|comentarios?|reaktionen|réactions?)\s*(\(\d+\))?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentCountLine();

    /// <summary>Login and paywall prompts at the start of a short line: "Log in", "Please sign in to continue", "Jetzt anmelden".</summary>
    [GeneratedRegex(@"^(please\s+|bitte\s+|jetzt\s+|veuillez\s+vous\s+)?(log\s?in|sign\s?in|sign\s?up|register|create an account|anmelden|einloggen|registrieren|se connecter|connectez-vous|iniciar sesi[oó]n|inicia sesi[oó]n|reg[ií]strate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoginPromptStart();

    /// <summary>Login/paywall phrases matched anywhere in a short line.</summary>
    public static readonly IReadOnlyList<string> LoginPromptPhrases =
    [
        "you must be logged in", "already a subscriber", "already have an account", "forgot your password",
        "forgot password", "subscribe to continue reading", "subscribe to read", "bereits registriert",
        "bereits abonnent", "passwort vergessen", "déjà abonné", "mot de passe oublié", "ya eres suscriptor",
        "¿olvidaste tu contraseña",
    ];

    /// <summary>
    /// Cross-link heads followed by a colon, dash or arrow: "READ ALSO: ...", "See also - ...", "Read: ...",
    /// "Lesen Sie auch: ...", "À lire aussi : ...", "Lee también: ...", "EXCLUSIVE: ...".
    /// </summary>
    [GeneratedRegex(@"^[\[(»>*•\s]*(read also|also read|read more|read|see also|related|related articles?|related stories|related coverage|more on this( story)?|more|watch|listen|exclusive|recommended|lesen sie auch|lesen sie mehr|auch lesen|mehr zum thema|mehr dazu|zum thema|siehe auch|auch interessant|lire aussi|à lire aussi|a lire aussi|à lire|voir aussi|lire également|lee también|lea también|leer más|ver también|te puede interesar|le puede interesar)\s*[\]):：\-–—»>|]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrossLinkHead();

    /// <summary>Whole-line "continue" links: "Read more", "Weiterlesen", "Lire la suite", "Leer más".</summary>
    [GeneratedRegex(@"^[\[(»>\s]*(read more|read the full (story|article)|continue reading|click here( to read more)?|more stories|you might also like|you may also like|related posts|related articles|more from [\p{L} ]{1,30}|about the author|weiterlesen|zum weiterlesen|mehr lesen|mehr erfahren|zum artikel|weitere themen|weitere artikel|weiterführende links?|ähnliche (beiträge|artikel)|das könnte (dich|sie) auch interessieren|über den autor|über die autorin|lire la suite|en savoir plus|à lire également|leer m[aá]s|seguir leyendo|ver m[aá]s|te puede interesar|explore further|most read|most popular|trending now|also on [\p{L}.\- ]{2,30}|auch auf [\p{L}.\- ]{2,30}|das könnte (dich|sie) auch interessieren|verwandte (beiträge|themen|artikel)|empfohlene (beiträge|artikel)|meistgelesene (artikel|beiträge)|meistgelesen|schon gelesen|lesen sie auch( die folgenden beiträge)?|mehr themen|mehr zu [\p{L}\- ]{2,40}|mehr zum thema( [\p{L}.\- ]{2,40})?|weitere (beiträge|meldungen|nachrichten|infos?|informationen)( [\p{L}.\- ]{2,40})?|weiterführende informationen|aktuelle meldungen( im fokus)?|vorschau auf den nächsten artikel|inhaltsverzeichnis|quellenangaben|quellen( ausblenden| anzeigen)?|kontakt|ansprechpartner(in)?( zum thema)?|articles les plus lus|les plus lus|audios et vidéos sur le sujet|sur le même sujet|veja também|leia também|temas|noticias relacionadas|zobacz również|zobacz też|czytaj także|czytaj też)[\s.…:!?»>)\]]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinueLinkLine();

    public const string SitePromptRule = "site-prompt";

    /// <summary>
    /// Site prompts around an article, matched inside lines of at most <see cref="SitePromptWords"/> words:
    /// rating, newsletter, app, donation and permalink prompts ("War der Artikel nützlich?", "Download our app").
    /// </summary>
    public static readonly IReadOnlyList<string> SitePromptPhrases =
    [
        "was this article helpful", "did you find this article", "war der artikel nützlich", "war dieser artikel hilfreich",
        "wie hat ihnen der artikel gefallen", "möchten sie den artikel teilen", "diesen artikel teilen", "seite teilen",
        "beitrag teilen", "rezept drucken", "artikel drucken", "bild anzeigen", "bild schließen", "vergrößern bild",
        "sign up here", "sign up for our", "signing up to our newsletter", "subscribe now", "subscribe to our",
        "newsletter abonnieren", "zum newsletter anmelden", "jetzt abonnieren", "abonnieren sie", "hazte miembro",
        "download (the|our) [\\w ]{0,40}apps?\\b", "get the latest news", "straight to your phone", "unsere app",
        "if you enjoyed reading", "support our work", "unterstützen sie uns", "jede kleine spende",
        "jetzt spenden", "donate now", "help us continue", "this entry was posted", "bookmark the permalink", "permalink",
        "permalien", "noch keine bewertungen", "no ratings yet", "bewertung abgeben", "asked \\d+", "tu también puedes",
        "mira lo que tiene nuestro canal", "únete", "suscríbete", "abonnez-vous", "inscrivez-vous",
        "bei fragen und anregungen", "alle angaben ohne gewähr", "ich habe als gast bestellt", "kostenlose beratung",
        "submit your letter", "letters to the editor", "erhalten sie exklusive", "exklusive angebote",
        "sie müssen sich einloggen", "anmelden, um", "to leave a comment",
    ];

    public const string PromoParagraphRule = "promo-paragraph";

    /// <summary>
    /// Phrases that mark a whole paragraph (up to <see cref="PromoParagraphWords"/> words) as the site talking
    /// about itself: newsletter and subscription asks, affiliate and advertising notices, reprint and citation
    /// notes, consent placeholders for embeds ("Enter your email to receive...", "Dieser Beitrag enthält Affiliate-Links").
    /// </summary>
    public static readonly IReadOnlyList<string> PromoParagraphPhrases =
    [
        "newsletter", "sign me up", "enter your email", "in your inbox", "in deinen posteingang", "e-mail-adresse ein",
        "affiliate link", "affiliate-link", "we may receive compensation", "references to products from",
        "letter to the editor", "written permission", "copyrighted property", "suggested citation", "zitiervorschlag",
        "to view the full story", "please subscribe", "already a subscriber", "bereits abonnent", "jetzt abonnieren",
        "im abo", "als e-paper", "bahnhofskiosk", "follow us on", "folgen sie uns", "send us a message on whatsapp",
        "advertise with", "support independent journalism", "unabhängigen journalismus", "keine bezahlschranke",
        "hinterlasse einfach einen kommentar", "wir respektieren deine privatsphäre", "wir respektieren ihre privatsphäre",
        "ohne dein einverständnis", "ohne ihr einverständnis", "product advertising api", "abonnez-vous", "suscríbete",
        "suscribirse aquí", "zapraszamy też do subskrypcji", "filed under", "abgelegt unter", "veröffentlicht und wurde unter",
        "classé dans", "archivado en",
    ];

    /// <summary>Promo paragraphs are at most this many words; longer ones are prose that may mention a newsletter.</summary>
    public const int PromoParagraphWords = 60;

    /// <summary>Server errors printed into the page: "Warning: Creating default object ... on line 407".</summary>
    [GeneratedRegex(@"^(warning|notice|deprecated|fatal error|parse error)\s*:.*\bon line \d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServerError();

    public static bool IsPromoParagraph(string line)
    {
        var text = line.Trim();
        if (ServerError().IsMatch(text)) return true;
        return WordCount(text) <= PromoParagraphWords && ContainsAny(text, PromoParagraphPhrases);
    }

    /// <summary>Site prompts are short: at most this many words.</summary>
    public const int SitePromptWords = 20;

    /// <summary>Post meta lines: a date beside "by/von/posted/category" labels or "|" separators ("Verfasst von: X | 31. Dezember 2008").</summary>
    [GeneratedRegex(@"(\||·|\b(by|von|posted|verfasst|erstellt|geschrieben|published|veröffentlicht|category|kategorie|news date|release date|publié|publicado)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostMetaMark();

    public const string PostMetaRule = "post-meta";

    /// <summary>Unfilled template placeholders: "{articleGUID}", "{{title}}", "${author}", "%%AUTHOR%%", "[[byline]]".</summary>
    [GeneratedRegex(@"\{\{[^{}\n]{1,60}\}\}|\$\{[^{}\n]{1,60}\}|\{[A-Za-z_][A-Za-z0-9_.\-]{0,60}\}|%%[A-Za-z_]{1,40}%%|\[\[[A-Za-z_][A-Za-z0-9_.]{0,40}\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>Photo captions and credits that start with a credit word: "Photo: AFP", "Foto: dpa", "File photo of ...", "(Photo by X/Getty Images)".</summary>
    [GeneratedRegex(@"^[\[(]?\s*(photo|photos|photograph|picture|image|images|foto|fotos|bild|bilder|bildquelle|credit|crédit|photo credit|imagen|video|file photo|archive photo|archivfoto|archivbild|symbolbild|symbolfoto|fuente de la imagen)\b\s*(by|of|von|de|:|-|–|—|©|/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditStart();

    /// <summary>Caption heads: "Abbildung 8: ...", "Vergrößern Eine ...", "Crédits photos : ...", "Beitragsbild: ...".</summary>
    [GeneratedRegex(@"^(abbildung|abb\.|bild|grafik|figure|fig\.|beitragsbild|titelbild|vergrößern|crédits? photos?|cr[ée]dit photo)\b\s*\d*\s*[:.\-–]?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionHead();

    /// <summary>A credit closing a caption: "Marco Odermatt, Ski-Star. © AFP / MARCO BERTORELLO", "Roman Prymula, photo: Archives".</summary>
    [GeneratedRegex(@"(©\s*[\p{L}][\p{L}\-. ]{1,30}(\s*/\s*[\p{L}][\p{L}\-. ]{1,40})?|,\s*(photo|foto|bild)\s*:\s*[^,]{2,60})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingCredit();

    /// <summary>A trailing credit in brackets: "... in Tripoli. (Photo: AFP)", "... [Foto: dpa]", "... (Getty Images)".</summary>
    [GeneratedRegex(@"[\[(]\s*((photo|foto|image|picture|bild|credit)\s*(by|:|©)[^)\]]{1,80}|[^)\]]{0,60}(getty images|afp photo|reuters/|/ ?afp|/ ?reuters|/ ?ap|/ ?dpa|shutterstock|imago|keystone|epa))\s*[\])]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    /// <summary>An agency credit after a copyright sign with no year: "© AFP", "© Reuters/Ahmed Jadallah".</summary>
    [GeneratedRegex(@"^(©|\(c\))\s*(?!\d{4})\p{L}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightCredit();

    /// <summary>Picture agencies whose names mark a short line as a credit: "AFP PHOTO / MAHMUD TURKIA", "Getty Images".</summary>
    public static readonly IReadOnlyList<string> PictureAgencyMarks =
    [
        "getty images", "afp photo", "afp/getty", "reuters/", "ap photo", "dpa/", "picture alliance", "picture-alliance",
        "shutterstock", "imago images", "keystone/", "epa/", "anadolu agency via",
    ];

    /// <summary>Embed boilerplate that marks a line at any length: "pic.twitter.com/...", "A post shared by ...".</summary>
    public static readonly IReadOnlyList<string> SocialEmbedPhrases =
    [
        "pic.twitter.com/", "a post shared by", "view this post on instagram", "ein beitrag geteilt von",
        "une publication partagée par", "una publicación compartida de",
    ];

    /// <summary>Post links that mark a short line as an embed: "https://t.co/...", "instagram.com/p/...".</summary>
    public static readonly IReadOnlyList<string> SocialEmbedLinks =
    [
        "twitter.com/", "x.com/", "https://t.co/", "instagram.com/p/", "facebook.com/", "youtube.com/watch", "youtu.be/",
        "watch on youtube", "tiktok.com/@",
    ];

    /// <summary>An embedded post's attribution: "— Jane Doe (@jdoe) May 16, 2019".</summary>
    [GeneratedRegex(@"^[—–\-]+\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(\w+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\.?\s+\w+\.?\s+\d{4})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SocialAttribution();

    /// <summary>Copyright and rights lines: "© 2019 Example Media", "All rights reserved", "Alle Rechte vorbehalten".</summary>
    [GeneratedRegex(@"^((©|\(c\)|copyright)\s*(©\s*)?(\d{4}|by\b)|copyright\b)|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|reproduction interdite", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    /// <summary>Closing source lines: "Source: Al Jazeera and news agencies", "Quelle: dpa", "Fuente: EFE".</summary>
    [GeneratedRegex(@"^(sources?|quellen?|fuentes?|mit material von)\s*:\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    /// <summary>Share/subscribe/follow prompts at the start of a short line: "Share this article", "Follow us on Twitter", "Newsletter abonnieren".</summary>
    [GeneratedRegex(@"^(share( this( article| story| post)?| on| via)?|tweet|e-?mail|print|send|teilen|artikel teilen|jetzt teilen|drucken|versenden|partager|imprimer|compartir|imprimir|copy link|link kopieren|subscribe( to)?|sign up for|follow us|folgen sie uns|newsletter( abonnieren)?|abonnez-vous|suivez-nous|suscr[ií]bete|s[ií]guenos)\b[\s:!.]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SharePromptStart();

    /// <summary>Names of share targets; a line made only of them ("Facebook Twitter WhatsApp E-Mail") is a share bar.</summary>
    public static readonly IReadOnlySet<string> ShareTargets = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "xing", "pinterest", "reddit", "email", "e-mail",
        "mail", "print", "drucken", "teilen", "share", "tweet", "messenger", "flipboard", "pocket", "copy", "link",
        "kopieren", "partager", "compartir", "imprimer", "imprimir", "threads", "bluesky", "mastodon", "sms",
    };

    /// <summary>Advertising labels standing alone: "Advertisement", "Anzeige", "Publicité".</summary>
    public static readonly IReadOnlySet<string> AdLabels = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advertising", "sponsored", "sponsored content", "ad", "anzeige", "werbung", "publicité",
        "publicidad", "publicite", "promoted", "paid content", "partner content",
    };

    /// <summary>Runs the rules in order and returns the first match, or null when the line is body text.</summary>
    public static LineVerdict? Classify(string line)
    {
        var text = line.Trim();
        if (text.Length == 0) return null;
        if (IsTemplatePlaceholderLine(text)) return new(PlaceholderRule, "an unfilled template placeholder such as {articleGUID}", LineVerdictKind.Boilerplate);
        if (IsSocialEmbed(text)) return new(SocialEmbedRule, "a social-media embed or its attribution line", LineVerdictKind.Boilerplate);
        if (IsCommentPrompt(text)) return new(CommentPromptRule, "a comment-section prompt", LineVerdictKind.Boilerplate);
        if (IsLoginPrompt(text)) return new(LoginPromptRule, "a login or subscription prompt", LineVerdictKind.Boilerplate);
        if (IsCrossLink(text)) return new(CrossLinkRule, "a cross-link to another article ('READ ALSO', 'See also', 'Read more')", LineVerdictKind.Boilerplate);
        if (IsCopyrightFooter(text)) return new(CopyrightRule, "a copyright or site footer line", LineVerdictKind.Boilerplate);
        if (IsPhotoCredit(text)) return new(PhotoCreditRule, "a photo caption or credit, kept as a caption", LineVerdictKind.Caption);
        if (IsSourceLine(text)) return new(SourceLineRule, "a 'Source: ...' attribution line", LineVerdictKind.Boilerplate);
        if (IsSharePrompt(text)) return new(SharePromptRule, "a share, subscribe or follow prompt", LineVerdictKind.Boilerplate);
        if (IsAdLabel(text)) return new(AdLabelRule, "an advertising label", LineVerdictKind.Boilerplate);
        if (IsSitePrompt(text)) return new(SitePromptRule, "a site prompt (rating, newsletter, app, donation, permalink)", LineVerdictKind.Boilerplate);
        if (IsPromoParagraph(text)) return new(PromoParagraphRule, "the site talking about itself (newsletter, subscription, affiliate or reprint notice)", LineVerdictKind.Boilerplate);
        if (IsPostMeta(text)) return new(PostMetaRule, "a post meta line (date, author, category)", LineVerdictKind.Boilerplate);
        return null;
    }

    public static bool IsCommentPrompt(string line)
    {
        var text = line.Trim();
        if (WordCount(text) > ShortLineWords) return false;
        if (CommentCountLine().IsMatch(text)) return true;
        return ContainsAny(text, CommentPromptPhrases);
    }

    public static bool IsLoginPrompt(string line)
    {
        var text = line.Trim();
        int words = WordCount(text);
        if (words > ShortLineWords) return false;
        if (ContainsAny(text, LoginPromptPhrases)) return true;
        return words <= PromptLineWords && LoginPromptStart().IsMatch(text);
    }

    public static bool IsCrossLink(string line)
    {
        var text = line.Trim();
        if (ContinueLinkLine().IsMatch(text)) return true;
        // A cross-link is a head plus a headline; a long paragraph that starts "Read:" is still prose.
        return WordCount(text) <= 30 && CrossLinkHead().IsMatch(text);
    }

    /// <summary>True when the line is nothing but placeholders and a few leftover words ("{articleGUID}", "By {{author}}").</summary>
    public static bool IsTemplatePlaceholderLine(string line)
    {
        var text = line.Trim();
        if (!Placeholder().IsMatch(text)) return false;
        var rest = Placeholder().Replace(text, " ");
        return WordCount(rest) <= 2;
    }

    /// <summary>Placeholders inside a line of prose, to cut out piece by piece (offsets within <paramref name="line"/>).</summary>
    public static IReadOnlyList<(int Start, int Length)> FindPlaceholders(string line)
    {
        var found = new List<(int, int)>();
        foreach (Match m in Placeholder().Matches(line)) found.Add((m.Index, m.Length));
        return found;
    }

    public static bool IsPhotoCredit(string line)
    {
        var text = line.Trim();
        int words = WordCount(text);
        if (words > 40) return false;
        if (PhotoCreditStart().IsMatch(text)) return true;
        if (TrailingCredit().IsMatch(text)) return true;
        if (words <= 30 && (CaptionHead().IsMatch(text) || ClosingCredit().IsMatch(text))) return true;
        if (words <= 8 && CopyrightCredit().IsMatch(text)) return true;
        return words <= 12 && ContainsAny(text, PictureAgencyMarks);
    }

    public static bool IsSocialEmbed(string line)
    {
        var text = line.Trim();
        if (SocialAttribution().IsMatch(text)) return true;
        if (ContainsAny(text, SocialEmbedPhrases)) return true;
        // Links only in short lines: prose may cite a URL.
        return WordCount(text) <= 12 && ContainsAny(text, SocialEmbedLinks);
    }

    public static bool IsCopyrightFooter(string line)
    {
        var text = line.Trim();
        return WordCount(text) <= 30 && CopyrightLine().IsMatch(text);
    }

    public static bool IsSourceLine(string line)
    {
        var text = line.Trim();
        return WordCount(text) <= 12 && SourceLine().IsMatch(text);
    }

    public static bool IsSharePrompt(string line)
    {
        var text = line.Trim();
        int words = WordCount(text);
        if (words == 0 || words > ShortLineWords) return false;
        if (IsShareBar(text)) return true;
        return words <= PromptLineWords && SharePromptStart().IsMatch(text) && !EndsLikeSentence(text);
    }

    public static bool IsAdLabel(string line)
    {
        var text = line.Trim();
        if (AdLabels.Contains(text.Trim(':', '-', '–', '|', ' ', '*'))) return true;
        // "Anzeige, enthält Affiliate Links", "*Werbung. Dieser Beitrag enthält Werbung", "ANZEIGE - ..."
        return WordCount(text) <= SitePromptWords && AdLabelHead().IsMatch(text);
    }

    [GeneratedRegex(@"^\*?(anzeige|werbung|advertisement|sponsored|publicité|publicidad)\s*[,.:\-–|]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdLabelHead();

    public static bool IsSitePrompt(string line)
    {
        var text = line.Trim();
        if (WordCount(text) > SitePromptWords) return false;
        foreach (var phrase in SitePromptPhrases)
        {
            if (phrase.Contains('\\', StringComparison.Ordinal))
            {
                if (Regex.IsMatch(text, phrase, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)) return true;
            }
            else if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>A short line that states a date next to post-meta labels or separators: "Verfasst von: X | 31. Dezember 2008".</summary>
    public static bool IsPostMeta(string line)
    {
        var text = line.Trim();
        if (WordCount(text) > 16) return false;
        return PostMetaMark().IsMatch(text) && (TextDateParser.FindIsoDate(text) is not null || text.Contains("comments", StringComparison.OrdinalIgnoreCase) || text.Contains("kommentare", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Facebook Twitter WhatsApp E-Mail": every word a share target.</summary>
    public static bool IsShareBar(string text)
    {
        var words = text.Split([' ', '\t', '|', '/', '·', '•'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(ShareTargets.Contains);
    }

    public static int WordCount(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; count++; }
        }
        return count;
    }

    private static bool EndsLikeSentence(string text) => text.Length > 40 && text[^1] == '.';

    private static bool ContainsAny(string text, IReadOnlyList<string> phrases)
    {
        foreach (var p in phrases)
            if (text.Contains(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
