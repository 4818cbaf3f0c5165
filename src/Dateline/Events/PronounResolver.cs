using Dateline.Entities;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Events;

/// <summary>
/// Which earlier name a third-person pronoun (he, she, it, they and their other forms) stands for, in one place: the event
/// coder asks it for a pronoun actor, `dateline eval pronouns` scores it on GUM's gold coreference. Reads the document's
/// parse, body entity mentions and their chains (titles give gender); the rules are listed in src/Dateline/Events/README.md.
/// </summary>
public sealed class PronounResolver
{
    private readonly DocContext _ctx;
    private readonly GivenNameGender _names;

    /// <summary>A resolver over a document that has been through the language, time and entity stages.</summary>
    /// <param name="names">Given names with their gender (default: the built-in list, data/names).</param>
    public PronounResolver(Document doc, KnowledgeBase? knowledge = null, GivenNameGender? names = null)
        : this(new DocContext(doc, knowledge ?? KnowledgeBase.BuiltIn), names) { }

    internal PronounResolver(DocContext ctx, GivenNameGender? names = null)
    {
        _ctx = ctx;
        _names = names ?? GivenNameGender.BuiltIn;
    }

    private Document Doc => _ctx.Doc;

    /// <summary>True for a third-person personal pronoun the resolver reads (he, him, his, she, her, it, its, they, them, their ...).</summary>
    public static bool IsThirdPerson(string form) => form.ToLowerInvariant() is "he" or "him" or "his" or "himself" or "she" or "her" or "hers"
        or "herself" or "it" or "its" or "itself" or "they" or "them" or "their" or "theirs" or "themselves";

    /// <summary>
    /// The antecedent of the pronoun at <paramref name="token"/>; null when it stands for no one the text names.
    /// </summary>
    /// <param name="notChain">An entity chain the pronoun cannot stand for: the other side of its own verb ("He went on to
    /// accuse Mr Brown" is not Brown), -1 for none.</param>
    public PronounAntecedent? Resolve(int token, int notChain = -1)
    {
        var t = Doc.Tokens[token];
        var lemma = t.Lemma.ToLowerInvariant();
        var pronounFamily = PronounFamily(t.Form);
        // "himself", "herself" and "hers" are persons too (they were read as "it": "Marbles unveiled a wax figure of herself").
        bool person = lemma is "he" or "she" or "him" or "her" or "his" || pronounFamily is 'M' or 'F';
        char pronounGender = pronounFamily is 'M' or 'F' ? pronounFamily.Value : '?';
        // A PER candidate stays for "it": the tagger types many firms PER. "they" is never one person.
        bool plural = t.Form.ToLowerInvariant() is "they" or "them" or "their" or "theirs" or "themselves";
        // "Opposition parties want more policing, but they accuse ministers": a plural actor noun that is an earlier
        // subject in the sentence.
        if (plural && PluralSubjectBefore(token) is int group)
            return PronounAntecedent.OfToken(PronounAntecedentKind.Noun, group, $"pronoun '{t.Form}' -> the plural subject '{_ctx.PhraseText(group)}'");
        // "it" may be a firm the tagger typed PER, never a person a title or given name gives a gender ("Ahmed Mohamed").
        bool Fits(int mention) => (notChain < 0 || Doc.EntityMentions[mention].Chain != notChain) && (person
            ? Doc.EntityMentions[mention].Type == EntityType.PER && !OtherGender(mention, pronounGender)
            : Doc.EntityMentions[mention].Type is EntityType.ORG or EntityType.GPE
              || (!plural && Doc.EntityMentions[mention].Type == EntityType.PER && (pronounFamily != 'N' || !OtherGender(mention, 'N'))));
        // "Bat told the BBC that it had not negotiated", "Haftar said he would go on": the subject of what a speech verb
        // reports is, when it fits, the speaker, not the nearest name (the BBC).
        int speakerPhraseStart = -1, speakerPhraseEnd = -1;
        if (ReportingSubject(token) is int reporter)
        {
            if (_ctx.NameMentionAt(reporter) is var rm and >= 0)
            {
                if (Fits(rm))
                    return PronounAntecedent.OfMention(rm, $"pronoun '{t.Form}' -> the speaker reporting it");
            }
            else if (Doc.Tokens[reporter].Upos == "PROPN")
                return PronounAntecedent.OfToken(PronounAntecedentKind.ProperNoun, reporter, $"pronoun '{t.Form}' -> the speaker '{Doc.Tokens[reporter].Form}'");
            // "The Italian premier said he would visit": the speaker as a noun actor, or no one the text names.
            else if (Doc.Tokens[reporter].Upos == "NOUN" && person && _ctx.IsTitleWord(reporter))
                return PronounAntecedent.OfToken(PronounAntecedentKind.Noun, reporter, $"pronoun '{t.Form}' -> the speaker '{_ctx.PhraseText(reporter)}'");
            // "The German exchange said it had held talks": the company named before; never a name modifying the
            // speaker ("The US company said it": not the US).
            else if (Doc.Tokens[reporter].Upos == "NOUN")
                (speakerPhraseStart, speakerPhraseEnd) = (Doc.Tokens[_ctx.PhraseBounds(reporter).Start].Start, Doc.Tokens[reporter].End);
        }
        // "Galois did not ignore Poisson's advice, as he began ...", "He was a friend of Leonhard Euler. He returned to
        // Basel": a person pronoun continues the subject of its clause or of the sentences before (centering), not the
        // nearest name.
        if (pronounFamily is { } family and not 'N' && Centre(token, Fits, family, person) is { } centre)
            return centre.Kind == PronounAntecedentKind.Mention
                ? PronounAntecedent.OfMention(centre.Mention, $"pronoun '{t.Form}' -> {centre.Why} {(person ? "person" : "entity")}")
                : PronounAntecedent.OfToken(centre.Kind, centre.Token, $"pronoun '{t.Form}' -> {centre.Why} {(person ? "person" : "entity")}");
        // The nearest preceding body mention of a person (he/she) or any entity (they/it), within a few sentences.
        var body = _ctx.BodyMentions;
        for (int k = body.Count - 1; k >= 0; k--)
        {
            var mention = Doc.EntityMentions[body[k]];
            if (mention.Span.End > t.Start) continue;
            if (t.Start - mention.Span.End > 600) break;
            if (mention.Span.Start >= speakerPhraseStart && mention.Span.End <= speakerPhraseEnd) continue;
            // A news outlet named as the one told or quoted ("told BBC News: 'We've long urged them'") is not what a later
            // "it" or "they" stands for; an outlet that is a subject ("said KCNA", "will NBC have its") may be.
            if (_ctx.IsOutlet(body[k]) && !IsSubject(mention)) continue;
            if (Fits(body[k]))
            {
                // "Salame told the council that the offensive launched by Haftar ... He called on ...": a pronoun
                // opening its sentence continues the previous sentence's subject, not its last name.
                int found = body[k];
                string why = "nearest preceding";
                int mentionSentence = Doc.Tokens[_ctx.TokenAt(mention.Span.Start)].Sentence;
                if (person && mentionSentence < t.Sentence && SubjectMention(mentionSentence) is int subject && subject != found
                    && Doc.EntityMentions[subject].Type == EntityType.PER && !OtherGender(subject, pronounGender) && Fits(subject))
                    (found, why) = (subject, "previous sentence's subject");
                return PronounAntecedent.OfMention(found, $"pronoun '{t.Form}' -> {why} {(person ? "person" : "entity")}");
            }
        }
        // No tagged entity before it: the nearest preceding name that is a subject ("Haftar said, as he threatened"); never a
        // person whose gender the pronoun's clashes with ("Michael Howard asked: 'Would it not be ironic?'": not 'it').
        char gender = pronounFamily is 'N' ? 'N' : pronounGender;
        for (int k = token - 1; k >= 0 && t.Start - Doc.Tokens[k].End < 300; k--)
            if (Doc.Tokens[k].Upos == "PROPN" && Doc.Tokens[k].Deprel.StartsWith("nsubj", StringComparison.Ordinal)
                && !(_ctx.MentionAt(k) is var named and >= 0 && Doc.EntityMentions[named].Type == EntityType.PER && OtherGender(named, gender)))
                return PronounAntecedent.OfToken(PronounAntecedentKind.ProperNoun, k, $"pronoun '{t.Form}' -> nearest preceding subject name '{Doc.Tokens[k].Form}'");
        return null;
    }

    /// <summary>
    /// "the prime minister", "the Tory leader", "the chancellor": a definite, singular title phrase (no name in it, nothing
    /// after its head) stands for the person the article named before with a title holding all its words ("Prime Minister
    /// Tony Blair", "Tory leader Michael Howard"), when exactly one person has such a title there; null otherwise.
    /// </summary>
    public PronounAntecedent? TitleHolder(int token)
    {
        var t = Doc.Tokens[token];
        if (t.Upos is not ("NOUN" or "PROPN") || t.Xpos is "NNS" or "NNPS" || _ctx.MentionAt(token) >= 0 || !_ctx.IsTitleWord(token)) return null;
        int det = -1;
        foreach (var c in _ctx.Children(token))
        {
            var w = Doc.Tokens[c];
            if (w.Deprel == "det" && w.Form.Equals("the", StringComparison.OrdinalIgnoreCase)) det = c;
            // "the leader of the party", "the party's leader", "the minister, Mr Straw": a phrase that says more is not the bare title.
            else if (w.Deprel is "det" or "nmod" or "nmod:poss" or "appos" or "acl" or "acl:relcl" or "nummod") return null;
        }
        if (det < 0 || det >= token) return null;
        var words = new List<string>();
        for (int k = det + 1; k <= token; k++)
        {
            var w = Doc.Tokens[k];
            if (w.Upos is not ("NOUN" or "PROPN" or "ADJ")) return null;
            if (_ctx.MentionAt(k) is var m and >= 0 && Doc.EntityMentions[m].Type == EntityType.PER) return null;
            words.Add(w.Form.ToLowerInvariant());
        }
        int found = -1;
        foreach (var b in _ctx.BodyMentions)
        {
            var mention = Doc.EntityMentions[b];
            if (mention.Span.End > t.Start) break;
            if (mention.Type != EntityType.PER || mention.Title is not { Length: > 0 } title) continue;
            // The title as written with the words right before it ("Tory" of "Tory leader Michael Howard", a name of its own).
            var titleWords = title.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).ToList();
            // The phrase's head is the title's own word ("leader" of "leader Michael Howard"), not a word before it ("the
            // police" is not "Chief police officers spokesman Nigel Yeo").
            if (!titleWords.Contains(words[^1])) continue;
            int start = _ctx.TokenAt(mention.Span.Start);
            for (int k = start - 1, n = 0; k >= 0 && n < 4 && Doc.Tokens[k].Sentence == Doc.Tokens[start].Sentence
                 && _ctx.IsTitleRunWord(k); k--, n++)
                titleWords.Add(Doc.Tokens[k].Form.ToLowerInvariant());
            // "Deputy Prime Minister John Prescott" is not "the prime minister": a rank word the phrase lacks makes another office.
            if (!words.All(titleWords.Contains) || titleWords.Any(w => TitleRank.IsRankWord(w) && !words.Contains(w))) continue;
            if (found >= 0 && Doc.EntityMentions[found].Chain != mention.Chain) return null;
            found = b;
        }
        if (found < 0) return null;
        var named = Doc.EntityMentions[found];
        return PronounAntecedent.OfMention(found, $"'{Doc.Text[Doc.Tokens[det].Start..t.End]}' -> the person named '{named.Title} {(named.Name.Length > 0 ? named.Name : named.Text)}'");
    }

    private readonly Dictionary<int, PronounAntecedent?> _resolved = [];
    private readonly HashSet<int> _resolving = [];

    /// <summary>An earlier pronoun's antecedent, resolved once (no other side to avoid); null while it is being resolved (a cycle).</summary>
    private PronounAntecedent? Earlier(int token)
    {
        if (_resolved.TryGetValue(token, out var known)) return known;
        if (!_resolving.Add(token)) return null;
        var found = Resolve(token);
        _resolving.Remove(token);
        _resolved[token] = found;
        return found;
    }

    /// <summary>How far back (characters) a pronoun looks for the subject it continues.</summary>
    private const int CentreReach = 600;

    /// <summary>
    /// The name a pronoun continues (centering: the preferred centre of an utterance is its subject). In the pronoun's own
    /// sentence, the nearest subject before it that fits ("Mr Clarke said he had supported ..."; for a person pronoun,
    /// with no subject that fits, the nearest person: "Sturgeon wrote to Mr McConnell accusing him"); for a person pronoun
    /// then, walking back over the sentences before (up to <see cref="CentreReach"/> characters), the first with a fitting
    /// person gives its subject (the main clause's first), else its first person. A subject is a name or an earlier
    /// pronoun of the same family (he, she, they) through its own antecedent. The subject of the pronoun's own clause when
    /// the pronoun is its object is skipped (binding: "Poisson asked him"). Null when nothing in reach fits.
    /// </summary>
    private (PronounAntecedentKind Kind, int Mention, int Token, string Why)? Centre(int token, Func<int, bool> fits, char family, bool person)
    {
        var t = Doc.Tokens[token];
        int bound = BoundSubject(token);
        for (int s = t.Sentence; s >= 0; s--)
        {
            var sentence = Doc.Sentences[s];
            if (s < t.Sentence && (t.Start - sentence.End > CentreReach || !person)) break;
            int last = s == t.Sentence ? token : sentence.FirstToken + sentence.TokenCount;
            (PronounAntecedentKind, int, int, string)? first = null, nearest = null;
            var subjects = new List<(PronounAntecedentKind, int, int, string)>();
            int? mainSubject = null;
            for (int i = sentence.FirstToken; i < last; i++)
            {
                // The bound subject, all of its name ("Simeon Poisson" is a candidate at 'Simeon', the subject is 'Poisson').
                if (bound >= 0 && (i == bound || (_ctx.MentionAt(i) >= 0 && _ctx.MentionAt(i) == _ctx.MentionAt(bound)))) continue;
                var candidate = Candidate(i, fits, family);
                if (candidate is null) continue;
                var w = Doc.Tokens[i];
                bool subject = IsSubjectWord(i);
                first ??= candidate;
                nearest = candidate;
                if (!subject) continue;
                subjects.Add(candidate.Value);
                int head = w.Deprel.StartsWith("nsubj", StringComparison.Ordinal) ? w.Head : Doc.Tokens[w.Head].Head;
                if (mainSubject is null && head >= 0 && Doc.Tokens[head].Head < 0) mainSubject = subjects.Count - 1;
            }
            string where = s == t.Sentence ? "its sentence's" : s == t.Sentence - 1 ? "previous sentence's" : "an earlier sentence's";
            if (subjects.Count > 0)
            {
                var (kind, mention, tok, why) = subjects[s == t.Sentence ? subjects.Count - 1 : mainSubject ?? 0];
                return (kind, mention, tok, $"{where} subject{why}");
            }
            // No subject that fits: in the pronoun's own sentence the nearest person before it ("Sturgeon wrote to Mr McConnell
            // accusing him"), in an earlier one its first (the most prominent after the subject).
            if (person && s == t.Sentence && nearest is { } n) return (n.Item1, n.Item2, n.Item3, $"nearest preceding{n.Item4}");
            if (person && first is { } f && s < t.Sentence) return (f.Item1, f.Item2, f.Item3, $"{where} first{f.Item4}");
        }
        return null;
    }

    /// <summary>The person a token gives: a fitting name mention (its first token only), or a pronoun of the same family and
    /// gender through its own antecedent; null otherwise.</summary>
    private (PronounAntecedentKind, int, int, string)? Candidate(int i, Func<int, bool> fits, char family)
    {
        var w = Doc.Tokens[i];
        int m = _ctx.MentionAt(i);
        if (m >= 0)
        {
            // One candidate per mention: at its first token.
            if (i > 0 && _ctx.MentionAt(i - 1) == m) return null;
            return Doc.EntityMentions[m].Part == "body" && fits(m) ? (PronounAntecedentKind.Mention, m, -1, "") : null;
        }
        if (w.Upos != "PRON" || PronounFamily(w.Form) != family) return null;
        if (Earlier(i) is not { } via) return null;
        if (via.Kind == PronounAntecedentKind.Mention) return fits(via.Mention) ? (PronounAntecedentKind.Mention, via.Mention, -1, $" '{w.Form}'") : null;
        return via.Kind == PronounAntecedentKind.ProperNoun ? (via.Kind, -1, via.Token, $" '{w.Form}'") : null;
    }

    /// <summary>'M' for he/him/his/himself, 'F' for she/her/hers/herself, 'N' for it/its/itself, 'P' for they/them/their/theirs/themselves; null for any other word.</summary>
    private static char? PronounFamily(string form) => form.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" => 'M',
        "she" or "her" or "hers" or "herself" => 'F',
        "it" or "its" or "itself" => 'N',
        "they" or "them" or "their" or "theirs" or "themselves" => 'P',
        _ => null,
    };

    /// <summary>
    /// "Poisson asked him", "Mr Clarke met and thanked him": the subject of the clause whose object (or oblique) the pronoun
    /// is, which a plain pronoun never stands for (binding; a reflexive would); -1 when the pronoun is no such object.
    /// </summary>
    private int BoundSubject(int token)
    {
        var t = Doc.Tokens[token];
        // A reflexive is the one object that is its clause's subject ("praised herself").
        if (t.Deprel is not ("obj" or "iobj" or "obl") || t.Head < 0 || t.Form.EndsWith("self", StringComparison.OrdinalIgnoreCase)
            || t.Form.EndsWith("selves", StringComparison.OrdinalIgnoreCase)) return -1;
        for (int verb = t.Head, steps = 0; verb >= 0 && steps < 3; steps++)
        {
            foreach (var c in _ctx.Children(verb))
                if (Doc.Tokens[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal)) return c;
            // A coordinated verb shares the first verb's subject ("met and thanked him").
            if (Doc.Tokens[verb].Deprel != "conj") return -1;
            verb = Doc.Tokens[verb].Head;
        }
        return -1;
    }

    /// <summary>
    /// "she" never stands for "Mr Howard", nor "he" for "Ms Pinotti": the gender an honorific or royal title gives any
    /// mention of the person's chain, else the gender of a given name opening one of its full names ("Rem Koolhaas"), when
    /// it clashes with the pronoun's.
    /// </summary>
    private bool OtherGender(int mention, char pronounGender)
    {
        if (pronounGender == '?') return false;
        var m = Doc.EntityMentions[mention];
        var mentions = m.Chain >= 0 && m.Chain < Doc.EntityChains.Length ? Doc.EntityChains[m.Chain].Mentions.Select(i => Doc.EntityMentions[i]) : [m];
        foreach (var x in mentions)
        {
            var gender = x.Title?.Trim().TrimEnd('.').ToLowerInvariant() switch
            {
                "mr" or "sir" or "lord" or "king" or "prince" or "duke" or "baron" or "earl" => 'M',
                "mrs" or "ms" or "miss" or "lady" or "dame" or "queen" or "princess" or "duchess" or "baroness" => 'F',
                _ => '?',
            };
            if (gender != '?') return gender != pronounGender;
        }
        // "Zaha Hadid ... Rem Koolhaas described her": else the given name of a person's full name ("Rem" is male).
        foreach (var x in mentions)
        {
            if (x.Type != EntityType.PER) continue;
            int space = x.Text.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0) continue;
            var gender = _names.Of(x.Text[..space]);
            if (gender != '?') return gender != pronounGender;
        }
        return false;
    }

    /// <summary>An earlier subject of the pronoun's sentence that is a plural common noun ("parties", "officials"); null when none.</summary>
    private int? PluralSubjectBefore(int token)
    {
        var s = Doc.Sentences[Doc.Tokens[token].Sentence];
        for (int i = s.FirstToken; i < token; i++)
            if (Doc.Tokens[i].Deprel.StartsWith("nsubj", StringComparison.Ordinal) && Doc.Tokens[i].Xpos == "NNS") return i;
        return null;
    }

    /// <summary>The subject of the speech verb whose reported clause has <paramref name="token"/> as subject ("Bat told the
    /// BBC that [it] had ...": Bat); null when the token is no such subject.</summary>
    private int? ReportingSubject(int token)
    {
        var t = Doc.Tokens[token];
        if (!t.Deprel.StartsWith("nsubj", StringComparison.Ordinal) || t.Head < 0) return null;
        var clause = Doc.Tokens[t.Head];
        if (clause.Deprel != "ccomp" || clause.Head < 0 || !DocContext.QuoteVerbs.Contains(Doc.Tokens[clause.Head].Lemma.ToLowerInvariant())) return null;
        foreach (var c in _ctx.Children(clause.Head))
            if (Doc.Tokens[c].Deprel == "nsubj" && c < token)
                return c;
        return null;
    }

    /// <summary>Whether a word of the mention is a clause's subject, or part of its name (<see cref="IsSubjectWord"/>).</summary>
    private bool IsSubject(EntityMention mention)
    {
        for (int i = _ctx.TokenAt(mention.Span.Start); i < Doc.Tokens.Length && Doc.Tokens[i].Start < mention.Span.End; i++)
            if (IsSubjectWord(i))
                return true;
        return false;
    }

    /// <summary>A clause's subject, or a word hanging on one as part of its name ("Simeon" of "Simeon Poisson").</summary>
    private bool IsSubjectWord(int i)
    {
        var w = Doc.Tokens[i];
        return w.Deprel.StartsWith("nsubj", StringComparison.Ordinal)
            || (w.Head >= 0 && Doc.Tokens[w.Head].Deprel.StartsWith("nsubj", StringComparison.Ordinal) && w.Deprel is "flat" or "compound" or "flat:name" or "appos");
    }

    /// <summary>The entity mention that is the subject of a sentence's main verb; null when the subject is no name.</summary>
    private int? SubjectMention(int sentence)
    {
        var s = Doc.Sentences[sentence];
        for (int i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
        {
            if (Doc.Tokens[i].Head != -1) continue;
            foreach (var c in _ctx.Children(i))
                if (Doc.Tokens[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal))
                    return _ctx.NameMentionAt(c) is var m and >= 0 ? m : null;
            return null;
        }
        return null;
    }
}
