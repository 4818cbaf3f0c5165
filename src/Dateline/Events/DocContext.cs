using Dateline.Entities;
using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Events;

/// <summary>Per-document indexes the coder needs: children of each token, the body entity mention over each token, and actor resolution.</summary>
internal sealed partial class DocContext
{
    private readonly List<int>[] _children;
    private readonly int[] _mentionAt;
    private readonly KnowledgeBase _knowledge;

    public DocContext(Document doc, KnowledgeBase knowledge)
    {
        Doc = doc;
        _knowledge = knowledge;
        var tokens = doc.Tokens;
        _children = new List<int>[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) _children[i] = [];
        for (int i = 0; i < tokens.Length; i++)
            if (tokens[i].Head >= 0 && tokens[i].Head < tokens.Length) _children[tokens[i].Head].Add(i);
        _mentionAt = new int[tokens.Length];
        Array.Fill(_mentionAt, -1);
        var body = new List<int>();
        for (int m = 0; m < doc.EntityMentions.Length; m++)
        {
            var mention = doc.EntityMentions[m];
            if (mention.Part != "body") continue;
            body.Add(m);
            // Entity spans come from the NER's own word splitter: map them to tokens by offsets.
            for (int t = TokenAt(mention.Span.Start); t >= 0 && t < tokens.Length && tokens[t].Start < mention.Span.End; t++)
                if (_mentionAt[t] < 0) _mentionAt[t] = m;
        }
        BodyMentions = body;
        // "on Thursday", "last June": words of a time expression are never actors; nor is the dateline's city
        // ("ROME, May 16 (AFP) -", the place the story was filed from).
        _inTime = new bool[tokens.Length];
        for (int t = 0; t < Math.Min(tokens.Length, 4) && tokens[t].Form.Length > 1 && tokens[t].Form.All(ch => char.IsUpper(ch) || ch is '-' or '.') && doc.Text.Length > tokens[t].End; t++)
        {
            if (doc.Text[tokens[t].End] is not (',' or '(') && !doc.Text.AsSpan(tokens[t].End).StartsWith(" -", StringComparison.Ordinal)
                && !SpacedDatelineEnd().IsMatch(doc.Text.AsSpan(tokens[t].End))) continue;
            for (int k = 0; k <= t; k++) _inTime[k] = true;
            // "PALERMO, Italy -", "SANAA, March 3 (Wire) -": the state or country, date and agency after the city are the
            // dateline too, up to its dash.
            // "MOSCOW (AP) —": the agency in its brackets too (the city was an actor before: a third signatory).
            if (doc.Text[tokens[t].End] is ',' or ' ')
                for (int k = t + 1; k < Math.Min(tokens.Length, t + 9); k++)
                {
                    if (tokens[k].Form is "-" or "–" or "—") { for (int j = t + 1; j < k; j++) _inTime[j] = true; break; }
                    if (!char.IsUpper(tokens[k].Form[0]) && !char.IsDigit(tokens[k].Form[0]) && tokens[k].Form is not ("." or "," or "(" or ")")) break;
                }
            break;
        }
        foreach (var tx in doc.TimeExpressions)
            for (int t = TokenAt(tx.Span.Start); t >= 0 && t < tokens.Length && tokens[t].Start < tx.Span.End; t++)
                _inTime[t] = true;
        _storm = StormTokens();
    }

    private readonly bool[] _inTime;

    /// <summary>Tokens naming a storm, never an actor ("Hurricane Rita threatened oil production", "Rita hit Texas").</summary>
    private readonly bool[] _storm;

    /// <summary>The token is part of a storm's name or its title word ("Hurricane | Rita").</summary>
    public bool IsStorm(int token) => _storm[token];

    /// <summary>
    /// The words of every mention in the chain of a MISC name titled by a storm word ("Hurricane | Rita"), and the title
    /// word itself (the parse may head the phrase on it).
    /// </summary>
    private bool[] StormTokens()
    {
        var tokens = Doc.Tokens;
        var storm = new bool[tokens.Length];
        HashSet<int>? chains = null;
        foreach (int m in BodyMentions)
        {
            var mention = Doc.EntityMentions[m];
            int first = TokenAt(mention.Span.Start);
            if (mention.Type != EntityType.MISC || first <= 0 || !StormNames.IsKind(tokens[first - 1].Form)) continue;
            storm[first - 1] = true;
            for (int t = first; t < tokens.Length && tokens[t].Start < mention.Span.End; t++) storm[t] = true;
            if (mention.Chain >= 0) (chains ??= []).Add(mention.Chain);
        }
        if (chains is null) return storm;
        foreach (int m in BodyMentions)
            if (chains.Contains(Doc.EntityMentions[m].Chain))
                for (int t = TokenAt(Doc.EntityMentions[m].Span.Start); t >= 0 && t < tokens.Length && tokens[t].Start < Doc.EntityMentions[m].Span.End; t++)
                    storm[t] = true;
        return storm;
    }

    private PronounResolver? _pronouns;

    /// <summary>The pronoun resolution over this document (built on first use).</summary>
    public PronounResolver Pronouns => _pronouns ??= new PronounResolver(this);

    /// <summary>" (AP) —", " (Reuters) -", " —": the end of a dateline whose city a space separates from the rest.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\A\s+(?:\([A-Za-z .'-]{1,30}\)\s*)?[-—–_]")]
    private static partial System.Text.RegularExpressions.Regex SpacedDatelineEnd();

    public Document Doc { get; }

    /// <summary>The built-in knowledge the coder reads (titles, countries, organisations).</summary>
    public KnowledgeBase Knowledge => _knowledge;

    public IReadOnlyList<int> BodyMentions { get; }

    public IReadOnlyList<int> Children(int token) => _children[token];

    public int MentionAt(int token) => token >= 0 && token < _mentionAt.Length ? _mentionAt[token] : -1;

    /// <summary>The token containing (or first starting after) character <paramref name="offset"/>; -1 past the end.</summary>
    public int TokenAt(int offset)
    {
        var tokens = Doc.Tokens;
        int lo = 0, hi = tokens.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].End > offset) { found = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return found;
    }

    /// <summary>True when <paramref name="node"/> is below <paramref name="top"/> within <paramref name="maxSteps"/> head steps.</summary>
    public bool Dominates(int top, int node, int maxSteps)
    {
        for (int h = node, s = 0; h >= 0 && s <= maxSteps; s++, h = Doc.Tokens[h].Head)
            if (h == top) return true;
        return false;
    }

    /// <summary>Below <paramref name="top"/> without entering another clause (ccomp, advcl, relative clause ...).</summary>
    public bool DominatesInClause(int top, int node)
    {
        for (int h = node, s = 0; h >= 0 && s < 8; s++)
        {
            if (h == top) return true;
            var rel = Doc.Tokens[h].Deprel;
            if (rel is "ccomp" or "advcl" or "parataxis" or "acl:relcl" or "acl" or "csubj" or "xcomp") return false;
            h = Doc.Tokens[h].Head;
        }
        return false;
    }

    /// <summary>For a name split over flat/compound tokens, the token that heads it.</summary>
    public int HeadOfName(int token)
    {
        int t = token;
        // Untagged words climb only to a proper noun: "an anti- Gondor parade" stays on 'Gondor', not the common noun it modifies.
        while (Doc.Tokens[t].Deprel is "flat" or "compound" or "flat:name" && Doc.Tokens[t].Head >= 0 && MentionAt(Doc.Tokens[t].Head) == MentionAt(t)
            && (MentionAt(t) >= 0 || Doc.Tokens[Doc.Tokens[t].Head].Upos == "PROPN")) t = Doc.Tokens[t].Head;
        return t;
    }

    /// <summary>An actor: a named entity, a pronoun resolved to a preceding person, or a noun that names a collective actor ("officials", "the army").</summary>
    /// <summary>An agents-dictionary sector for the noun with its compound/adjective modifiers ("security officials", "main opposition group").</summary>
    private string? AgentSector(int token, ActorDictionary dictionary)
    {
        if (dictionary.Agents.Count == 0) return null;
        var t = Doc.Tokens[token];
        // "human rights activists" ('human' modifies 'rights'): the run of adjectives and nouns before the noun inside its
        // phrase, longest first, so "human rights activist" (OPP) beats "rights activist" (HRI).
        var run = new List<int>();
        for (int k = token - 1; k >= 0 && Doc.Tokens[k].Sentence == t.Sentence && Doc.Tokens[k].Upos is "ADJ" or "NOUN" && Dominates(token, k, 3); k--)
            run.Insert(0, k);
        for (int i = 0; i < run.Count; i++)
            if (dictionary.Agents.Find(string.Join(' ', run.Skip(i).Select(c => Doc.Tokens[c].Form).Append(t.Form))) is { } longest) return longest;
        var mods = _children[token].Where(c => c < token && Doc.Tokens[c].Deprel is "amod" or "compound" && Doc.Tokens[c].Upos is not "PROPN").ToList();
        for (int i = 0; i <= mods.Count; i++)
        {
            var words = string.Join(' ', mods.Skip(i).Select(c => Doc.Tokens[c].Form).Append(t.Form));
            if (dictionary.Agents.Find(words) is { } code) return code;
        }
        return dictionary.Agents.Find(t.Lemma);
    }

    public ActorDictionary? Dictionary { get; init; }

    /// <summary>The article's country context and dateline place for geocoding (EventPlaceLocator).</summary>
    public DocumentPlaces Places { get; init; } = DocumentPlaces.None;

    /// <summary>The article is a sports or arts report (<see cref="SoftNews"/>): country names are teams or markets, captains and chairmen hold no office.</summary>
    public SoftNewsGenre Genre { get; init; }

    private bool InSoftNews => Genre != SoftNewsGenre.None;

    /// <summary>"'Italy' in sports copy: its team, not its government".</summary>
    private string SoftNewsCountry(string text) =>
        Genre == SoftNewsGenre.Sport ? $"'{text}' in sports copy: its team, not its government" : $"'{text}' in arts copy: a place or market, not its government";

    /// <summary>True for a lower-case word the trigger lexicon knows as an event noun ("airstrike", "clash").</summary>
    public Func<string, bool> EventNoun { get; init; } = _ => false;

    /// <summary>
    /// "Airstrikes killed 12 people", "Militias allied with ...": a capitalised sentence opener the tagger called a proper
    /// noun and the NER left untagged, whose lower-case word is an actor noun or an event noun, is that common noun, not
    /// a name: capitals that only open a sentence name no one.
    /// </summary>
    public bool CommonOpener(int token)
    {
        var t = Doc.Tokens[token];
        if (t.Upos != "PROPN" || MentionAt(token) >= 0 || !char.IsUpper(t.Form[0]) || t.Form.Skip(1).Any(char.IsUpper)) return false;
        for (int k = token - 1; k >= 0 && Doc.Tokens[k].Sentence == t.Sentence; k--)
            if (Doc.Tokens[k].Upos != "PUNCT") return false;
        var lower = t.Form.ToLowerInvariant();
        return ActorSectors.ForNoun(lower) is not null || Singulars(lower).Any(EventNoun);
    }

    /// <summary>The word and its regular singulars: "airstrikes" -> airstrike; "clashes" -> clashe, clash; "casualties" -> casualty.</summary>
    private static IEnumerable<string> Singulars(string word)
    {
        yield return word;
        if (word.Length < 4 || word[^1] != 's' || word[^2] == 's') yield break;
        yield return word[..^1];
        if (word.EndsWith("es", StringComparison.Ordinal)) yield return word[..^2];
        if (word.EndsWith("ies", StringComparison.Ordinal)) yield return word[..^3] + "y";
    }

    /// <summary>The built-in sector of an actor noun, with its compound modifier first ("member states" -> GOV).</summary>
    private string? NounSector(int token)
    {
        var t = Doc.Tokens[token];
        if (InSoftNews && SoftNews.IsSoftOffice(t.Lemma)) return null;
        foreach (var c in _children[token])
            if (c == token - 1 && Doc.Tokens[c].Deprel is "compound" or "amod" && ActorSectors.ForNoun(Doc.Tokens[c].Lemma + " " + t.Lemma) is { } both) return both;
        // "the Saudi-led coalition struck", "coalition forces": in the news a coalition is a military one, unless a word says it
        // governs ("the ruling coalition") or opposes ("an opposition coalition").
        if (t.Lemma.Equals("coalition", StringComparison.OrdinalIgnoreCase))
        {
            var words = _children[token].Select(c => Doc.Tokens[c].Lemma.ToLowerInvariant()).ToList();
            return words.Any(w => w is "ruling" or "govern" or "governing" or "government" or "coalition") ? "GOV"
                : words.Any(w => w is "opposition" or "opposing") ? "OPP" : "MIL";
        }
        // "Russian missiles struck Kyiv" are the Russian military; "struck by a missile" at a football match is a thrown object:
        // a missile stands for a force only with a modifier naming whose it is (a country, a name, a possessor).
        if (t.Lemma.Equals("missile", StringComparison.OrdinalIgnoreCase) || t.Lemma.Equals("missiles", StringComparison.OrdinalIgnoreCase))
            return _children[token].Any(c => Doc.Tokens[c].Deprel is "amod" or "compound" or "nmod:poss"
                && (MentionAt(c) >= 0 || char.IsUpper(Doc.Tokens[c].Form[0]))) ? "MIL" : null;
        // "chief" is whatever it heads: "military chief" MIL, "police chief" COP, "civil service chief" GOV; "BBC chief" unknown.
        if (t.Lemma.Equals("chief", StringComparison.OrdinalIgnoreCase))
        {
            var modifiers = _children[token].Where(c => Doc.Tokens[c].Deprel is "amod" or "compound").ToList();
            return modifiers.Select(c => ActorSectors.ForNoun(Doc.Tokens[c].Lemma)).FirstOrDefault(x => x is not null)
                ?? (modifiers.Any(c => Doc.Tokens[c].Upos == "PROPN" || MentionAt(c) >= 0) ? null : "GOV");
        }
        return ActorSectors.ForNoun(t.Lemma);
    }

    /// <summary>A word of a time expression or of the dateline ("ROME, May 16 (AFP) -"): never an actor.</summary>
    public bool InTimeOrDateline(int token) => token >= 0 && token < _inTime.Length && _inTime[token];

    public bool IsActor(int token)
    {
        var t = Doc.Tokens[token];
        // "@" and other symbols the tagger calls proper nouns are not actors, nor escaped markup ("&amp;TIETYPE"): a name starts with a letter.
        if (!t.Form.Any(char.IsLetter) || _inTime[token] || _storm[token] || t.Upos == "PROPN" && !char.IsLetter(t.Form[0])) return false;
        if (MentionAt(token) >= 0 || NamedModifier(token) >= 0 || AppositivePerson(token) >= 0) return true;
        if (CommonOpener(token)) return NounSector(token) is not null;
        if (t.Upos is "PRON" or "PROPN") return true;
        // "Arnor will abandon ..." with the name parsed as a noun and missed by the tagger: a capitalised word the user's
        // actor dictionary holds as an actor is one.
        if (t.Upos == "NOUN" && char.IsUpper(t.Form[0]) && Dictionary is { Count: > 0 } actors && actors.Find(t.Form, null) is not null) return true;
        return t.Upos == "NOUN" && (NounSector(token) is not null || (Dictionary is { } d && AgentSector(token, d) is not null));
    }

    /// <summary>"dead" right after a verb ("shot dead two soldiers"): the verb's result, no modifier of the noun after it.</summary>
    private bool Resultative(int token) =>
        token > 0 && Doc.Tokens[token].Lemma.Equals("dead", StringComparison.OrdinalIgnoreCase) && Doc.Tokens[token - 1].Upos == "VERB";

    /// <summary>The words of the noun phrase headed by <paramref name="token"/> (determiners, adjectives, compounds, flat names).</summary>
    public string PhraseText(int token)
    {
        var (start, end) = PhraseBounds(token);
        return Doc.Text[Doc.Tokens[start].Start..Doc.Tokens[end].End];
    }

    /// <summary>The first and last token of the noun phrase headed by <paramref name="token"/>: its close modifiers.</summary>
    internal (int Start, int End) PhraseBounds(int token)
    {
        int start = token, end = token;
        foreach (var c in _children[token])
            if (Doc.Tokens[c].Deprel is "det" or "amod" or "compound" or "flat" or "nmod:poss" or "nummod" && !Resultative(c))
            {
                start = Math.Min(start, c);
                end = Math.Max(end, c);
                // "forces loyal to Khalifa Haftar", "militias allied with the GNA": an adjective after the noun brings its complement.
                if (c > token && Doc.Tokens[c].Deprel == "amod")
                    foreach (var o in _children[c])
                        if (Doc.Tokens[o].Deprel == "obl" && o > c)
                            end = Math.Max(end, LastOfSubtree(o));
            }
        // "Iran-backed militias", "US-led forces": the words a hyphen joins to the first modifier belong to the phrase.
        while (start >= 2 && Doc.Tokens[start - 1].Form == "-" && Doc.Tokens[start - 1].End == Doc.Tokens[start].Start
               && Doc.Tokens[start - 2].End == Doc.Tokens[start - 1].Start)
            start -= 2;
        return (start, end);
    }

    private int LastOfSubtree(int token)
    {
        int last = token;
        foreach (var c in _children[token])
            last = Math.Max(last, LastOfSubtree(c));
        return last;
    }

    /// <summary>
    /// The person named between commas right after a subject noun and right before its verb ("The head of the Tripoli-based
    /// Government of National Accord, Fayez al-Sarraj, met Conte"): an apposition the parser often hangs on the last name
    /// before it (here 'Accord', as a flat name), so the subject was nobody. -1 when none.
    /// </summary>
    private int AppositivePerson(int token)
    {
        var t = Doc.Tokens[token];
        int verb = t.Head;
        if (t.Upos != "NOUN" || !t.Deprel.StartsWith("nsubj", StringComparison.Ordinal) || verb <= token + 3 || Doc.Tokens[verb - 1].Form != ",")
            return -1;
        int m = MentionAt(verb - 2);
        if (m < 0 || Doc.EntityMentions[m].Type != EntityType.PER) return -1;
        int first = TokenAt(Doc.EntityMentions[m].Span.Start);
        if (first <= token + 1 || Doc.Tokens[first - 1].Form != ",") return -1;
        // Nothing between the subject and the name may be a verb of its own ("The minister, who met Haftar, said").
        for (int k = token + 1; k < first - 1; k++)
            if (Doc.Tokens[k].Upos is "VERB" or "AUX" && Doc.Tokens[k].Deprel is not ("amod" or "compound")) return -1;
        return m;
    }

    /// <summary>A named entity among the close modifiers of a noun ("Italian Prime Minister Giuseppe Conte" when the head is 'Minister').</summary>
    private int NamedModifier(int token)
    {
        // "United Nations envoy Ghassan Salame": the person the noun names outranks the organisation modifying it.
        int named = -1;
        foreach (var c in _children[token])
            if (Doc.Tokens[c].Deprel is "flat" or "compound" or "appos" or "nmod:desc" && IsNamed(c) && !(IsParty(c) && NounSector(token) is not null))
            {
                if (Doc.EntityMentions[MentionAt(c)].Type == EntityType.PER) return c;
                if (named < 0) named = c;
            }
        if (named >= 0) return named;
        return MentionAt(token) < 0 && IsTitleWord(token) ? NameUnderTitle(token) : -1;
    }

    /// <summary>The token names a person: tagged PER itself, or a title noun with the person's name under it ("envoy Ghassan Salame").</summary>
    public bool NamesPerson(int token) => NameMentionAt(token) is var m and >= 0 && Doc.EntityMentions[m].Type == EntityType.PER;

    /// <summary>The entity mention at the token, else at the name it carries ("envoy Ghassan Salame"); -1 when none.</summary>
    public int NameMentionAt(int token)
    {
        int m = MentionAt(token);
        // "the visit by US House Speaker Nancy Pelosi", "met UN envoy Martin Griffiths": the parse headed the phrase on the
        // organisation, which is part of the person's title; the actor is the person.
        if (m >= 0 && TitledPersonAfter(m) is var titled and >= 0) return titled;
        // "with Turkish President Recep Tayyip Erdogan" parsed with the nationality as the head: the person it describes.
        if (m >= 0 && Doc.EntityMentions[m].Type == EntityType.MISC && NamedModifier(token) is var person and >= 0 && MentionAt(person) != m)
            return MentionAt(person);
        if (m < 0 && NamedModifier(token) is var nm and >= 0) return MentionAt(nm);
        return m < 0 ? AppositivePerson(token) : m;
    }

    /// <summary>
    /// The person mention right after an organisation or place mention when only the person's title stands between them
    /// ("US House | Speaker | Nancy Pelosi", "UN | envoy | Martin Griffiths"): the NER's title for the person ends with those
    /// words. -1 when none.
    /// </summary>
    private int TitledPersonAfter(int m)
    {
        var org = Doc.EntityMentions[m];
        if (org.Type is not (EntityType.ORG or EntityType.GPE or EntityType.LOC)) return -1;
        int next = TokenAt(org.Span.End - 1) + 1;
        for (int k = next; k < Math.Min(Doc.Tokens.Length, next + 4); k++)
        {
            int at = MentionAt(k);
            if (at == m) continue;
            if (at < 0) { if (!Doc.Tokens[k].Form.All(char.IsLetter)) return -1; continue; }
            var person = Doc.EntityMentions[at];
            if (person.Type != EntityType.PER || person.Title is not { Length: > 0 } title) return -1;
            var between = Doc.Text[org.Span.End..person.Span.Start].Trim();
            // "Chief Secretary to the Treasury Paul Boateng": the organisation itself ends the title, nothing between.
            if (between.Length == 0) return title.EndsWith(org.Text, StringComparison.OrdinalIgnoreCase) ? at : -1;
            return title.EndsWith(between, StringComparison.OrdinalIgnoreCase) ? at : -1;
        }
        return -1;
    }

    /// <summary>"the Tory leader", "a Labour minister": the party modifies the person an actor noun is, and codes it (<see cref="NounActor"/>);
    /// before a noun that is no actor by itself ("the Tory spokesman", "a senior Tory MP") the party stays the actor.</summary>
    private bool IsParty(int token) => PartyAt(token) is not null;

    /// <summary>The political party the entity mention at the token names, else null.</summary>
    private Organisation? PartyAt(int token) => MentionAt(token) is var m and >= 0 ? PartyOf(Doc.EntityMentions[m]) : null;

    /// <summary>The mention's canonical name when the linker gave one, else its words.</summary>
    private static string NameOf(EntityMention mention) => mention.Name.Length > 0 ? mention.Name : mention.Text;

    /// <summary>The political party a mention names ("Tories", "Lib Dems", "Republican"), else null.</summary>
    private Organisation? PartyOf(EntityMention mention) =>
        _knowledge.FindOrganisation(NameOf(mention)) is { IsParty: true } party ? party : null;

    /// <summary>Whether the entity mention names a news outlet ("BBC News", "Reuters": kind media in the knowledge).</summary>
    internal bool IsOutlet(int mention) => _knowledge.FindOrganisation(NameOf(Doc.EntityMentions[mention])) is { Kind: "media" };

    private bool IsNamed(int token) => MentionAt(token) >= 0 && Doc.EntityMentions[MentionAt(token)].Type is EntityType.PER or EntityType.ORG;

    /// <summary>A title or role noun ("President", "Minister", "commander"): a name it stands beside is the actor.</summary>
    internal bool IsTitleWord(int token)
    {
        var t = Doc.Tokens[token];
        return t.Upos is "PROPN" or "NOUN" && (ActorSectors.IsActorNoun(t.Lemma) || _knowledge.FindTitle(t.Form) is not null);
    }

    /// <summary>
    /// The name a title word goes with when the NER leaves the title out of the name ("President Emmanuel Macron" with PER on
    /// "Emmanuel Macron" only, as CoNLL tags it): the word the title modifies (nmod:desc, compound, flat), else a person's
    /// name right after the title and its other title words ("Prime Minister Giuseppe Conte"), whatever the parse made of it
    /// ("with President Emmanuel Macron" with 'Emmanuel' an orphan). -1 when none.
    /// </summary>
    private int NameUnderTitle(int title)
    {
        var t = Doc.Tokens[title];
        if (t.Deprel is "nmod:desc" or "compound" or "flat" or "flat:name" or "amod" && t.Head > title && t.Head <= title + 4 && IsNamed(t.Head))
            return t.Head;
        for (int k = title + 1; k < Math.Min(Doc.Tokens.Length, title + 5) && Doc.Tokens[k].Sentence == t.Sentence; k++)
        {
            if (MentionAt(k) >= 0) return Doc.EntityMentions[MentionAt(k)].Type == EntityType.PER ? k : -1;
            if (Doc.Tokens[k].Upos is not ("PROPN" or "NOUN" or "ADJ")) return -1;
        }
        return -1;
    }

    /// <param name="notChain">An entity chain a pronoun cannot stand for: the other side of its own verb ("He went on to accuse
    /// Mr Brown" is not Brown), -1 for none.</param>
    public EventActor? ActorAt(int token, ref List<int> paths, int from, ActorDictionary dictionary, int notChain = -1)
    {
        var t = Doc.Tokens[token];
        if (!t.Form.Any(char.IsLetter) || _inTime[token] || _storm[token]) return null;
        paths.Add(PathLength(from, token));
        DateOnly? date = Doc.Metadata.PublishedOn;
        // With user dictionaries: the phrase's actor with the agents around it ("Arnor security officials" -> ARNGOV,
        // "MSF Arnor" -> NGOARN, "Bree Prime Minister Romendacil" -> BREGOV), as PETRARCH composes codes.
        if (dictionary.Count > 0 && t.Upos is "NOUN" or "PROPN" && Compose(PhraseTokens(token), dictionary, date) is { } composed) return composed;
        // "the prime minister", "The Tory leader" after "Tory leader Michael Howard": the person named with that title (the
        // party's name in the phrase is no actor of its own).
        if (Pronouns.TitleHolder(token) is { } holder)
        {
            var (first, last) = PhraseBounds(token);
            return FromMention(holder.Mention, holder.Reason, dictionary, date) with { Text = Doc.Text[Doc.Tokens[first].Start..Doc.Tokens[last].End], Start = Doc.Tokens[first].Start, End = Doc.Tokens[last].End };
        }
        int m = NameMentionAt(token);
        if (m >= 0)
        {
            var named = FromMention(m, "entity", dictionary, date);
            // "The Calenardhon government" tagged as one name: the actor noun with its country modifier codes it better.
            if (named.Code is null && t.Upos == "NOUN" && NounActor(token, dictionary, date) is { Code: not null } noun) return noun;
            return named;
        }
        if (t.Upos == "PRON" && t.Form.ToLowerInvariant() is "we" or "i" or "us" or "me" or "our" or "my" && QuoteSpeaker(token) is { } speaker && speaker != token)
        {
            // "'We will not negotiate with a man ...,' Sarraj told reporters": the first person is the quote's speaker.
            var who = ActorAt(speaker, ref paths, from, dictionary, notChain);
            return who is null ? null : who with { Text = t.Form, Start = t.Start, End = t.End, Reason = $"first person '{t.Form}' -> the speaker '{who.Text}'; {who.Reason}" };
        }
        // "I", "you" and a "we" no quote's speaker explains are nobody the text names: never the nearest name ("'my name
        // isn't Betty'" is not Betty; "We are trying to engage with the ministers" is not the European Court).
        if (t.Upos == "PRON" && t.Form.ToLowerInvariant() is "i" or "me" or "my" or "you" or "your" or "we" or "us" or "our"
            or "myself" or "yourself" or "ourselves" or "yourselves")
            return null;
        // "guidance on the Act which has been widely praised": a relative pronoun is the noun its clause modifies.
        if (t.Upos == "PRON" && t.Form.ToLowerInvariant() is "which" or "who" or "whom" or "that" && t.Head >= 0
            && Doc.Tokens[t.Head].Deprel == "acl:relcl" && Doc.Tokens[t.Head].Head is var antecedent and >= 0)
            return IsActor(antecedent) ? ActorAt(antecedent, ref paths, from, dictionary) : null;
        // "someone", "anyone", "nobody": no one in particular; "those who support", "these have been released": whoever
        // the clause says, never the nearest name.
        if (t.Upos == "PRON" && (IndefinitePronouns.Contains(t.Lemma.ToLowerInvariant()) || Demonstratives.Contains(t.Form.ToLowerInvariant())))
            return null;
        if (t.Upos == "PRON")
        {
            var found = Pronouns.Resolve(token, notChain);
            if (found is null) return null;
            return found.Kind switch
            {
                PronounAntecedentKind.Mention => FromMention(found.Mention, found.Reason, dictionary, date) with { Text = t.Form, Start = t.Start, End = t.End },
                PronounAntecedentKind.ProperNoun => FromProperNoun(found.Token, dictionary, date) with { Text = t.Form, Start = t.Start, End = t.End, Reason = found.Reason },
                _ when Pronouns.TitleHolder(found.Token) is { } titled
                    => FromMention(titled.Mention, $"{found.Reason}; {titled.Reason}", dictionary, date) with { Text = t.Form, Start = t.Start, End = t.End },
                _ => NounActor(found.Token, dictionary, date) is { } noun ? noun with { Text = t.Form, Start = t.Start, End = t.End, Reason = $"{found.Reason}; {noun.Reason}" } : null,
            };
        }
        if (t.Upos == "PROPN" && !CommonOpener(token)) return IsActor(token) ? FromProperNoun(token, dictionary, date) : null;
        return NounActor(token, dictionary, date);
    }

    private static readonly HashSet<string> IndefinitePronouns = new(StringComparer.Ordinal)
    {
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "no one", "nobody", "none", "something",
        "anything", "everything", "nothing", "one", "whoever", "each", "either", "neither", "all", "both", "some", "any",
    };

    /// <summary>Demonstratives standing alone ("those who support", "these have been released"): what they point at is no name.</summary>
    private static readonly FrozenWords Demonstratives = new("those", "these", "this", "that");

    /// <summary>Edges that stay inside a noun phrase ("the Calenardhon Ministry of Silly Walks", "Dagolath's first Deputy Prime Minister Telemar").</summary>
    private static bool InPhrase(string deprel) =>
        deprel is "det" or "amod" or "compound" or "flat" or "flat:name" or "flat:foreign" or "nmod" or "nmod:poss" or "nmod:desc" or "case" or "nummod" or "compound:prt";

    /// <summary>Prepositions that name the party a noun is directed at ("an arms embargo against Mordor", "sanctions on Gondor").</summary>
    private static readonly FrozenWords OpposingPrepositions = new("against", "on", "toward", "towards", "versus", "over");

    /// <summary>
    /// A modifier naming the party the noun is directed at ("an arms embargo against Mordor would not work"): it is what the
    /// noun is about, not who the noun is, so a name there does not code the phrase (unlike "ties between Arnor and Gondor",
    /// which PETRARCH reads as the parties).
    /// </summary>
    private bool Opposed(int c) =>
        Doc.Tokens[c].Deprel == "nmod" && _children[c].FirstOrDefault(k => Doc.Tokens[k].Deprel == "case", -1) is var p and >= 0
        && OpposingPrepositions.Contains(Doc.Tokens[p].Lemma.ToLowerInvariant());

    /// <summary>"Ithilen's awful and evil minister": coordinated adjectives and their 'and' stay inside the noun phrase.</summary>
    private bool CoordinatedModifier(int c) =>
        Doc.Tokens[c].Deprel == "conj" && Doc.Tokens[c].Upos == "ADJ" || Doc.Tokens[c].Deprel == "cc" && Doc.Tokens[Doc.Tokens[c].Head].Upos == "ADJ";

    /// <summary>The contiguous words of the noun phrase headed by <paramref name="token"/>, in order.</summary>
    public List<int> PhraseTokens(int token)
    {
        var set = new SortedSet<int> { token };
        var stack = new Stack<(int Node, int Depth)>();
        stack.Push((token, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth >= 4) continue;
            foreach (var c in _children[node])
                if ((InPhrase(Doc.Tokens[c].Deprel) || CoordinatedModifier(c)) && !_inTime[c] && !Opposed(c) && set.Add(c)) stack.Push((c, depth + 1));
        }
        // The run of consecutive words around the head (a phrase split by a comma or a clause stops there).
        int lo = token, hi = token;
        while (set.Contains(lo - 1)) lo--;
        while (set.Contains(hi + 1)) hi++;
        // "in Ithilen": the phrase starts after its preposition.
        while (lo < token && Doc.Tokens[lo].Upos == "ADP") lo++;
        return [.. Enumerable.Range(lo, hi - lo + 1)];
    }

    /// <summary>
    /// PETRARCH-style code of a phrase: the first dictionary actor in it (longest words first), with the agents among the
    /// other words: suffix agents after it ("Arnor cleric" -> ARNREL), prefix agents before it ("MSF Arnor" -> NGOARN).
    /// Null when no dictionary actor is in the phrase or no agent is beside it and the phrase is only the actor's name.
    /// </summary>
    private EventActor? Compose(List<int> phrase, ActorDictionary dictionary, DateOnly? date)
    {
        if (phrase.Count == 0) return null;
        var words = phrase.Select(i => Doc.Tokens[i].Form).ToArray();
        for (int start = 0; start < words.Length; start++)
        {
            for (int len = Math.Min(dictionary.MaxWords, words.Length - start); len >= 1; len--)
            {
                if (words[start] is "'s" || !Doc.Tokens[phrase[start]].Form.Any(char.IsLetter)) break;
                var (textCountry, textTitle) = WhatTheTextSays(MentionAt(phrase[start]));
                if (dictionary.Find(string.Join(' ', words, start, len), date, textCountry, textTitle) is not { } found || found.Role.Code is not { } code) continue;
                var agents = Agents(words[..start], dictionary).Concat(Agents(words[(start + len)..], dictionary)).ToList();
                // "former Gondor prosecutors", "Former security officials in the White House": people who held a post no
                // longer act in it; CAMEO codes them elites (ELI) in place of the post's sector. Not "officials of the former
                // Soviet Union", where 'former' belongs to the name.
                int nameFrom = phrase[start], nameTo = phrase[start + len - 1];
                if (agents.Any(a => !AgentDictionary.IsPrefix(a))
                    && phrase.Any(i => IsFormer(Doc.Tokens[i]) && (Doc.Tokens[i].Head < nameFrom || Doc.Tokens[i].Head > nameTo) && phrase.Contains(Doc.Tokens[i].Head)))
                    agents = [.. agents.Where(AgentDictionary.IsPrefix), Elites];
                var prefix = string.Concat(agents.Where(AgentDictionary.IsPrefix).Select(a => a[..^1]));
                var suffix = string.Concat(agents.Where(a => !AgentDictionary.IsPrefix(a) && !code.EndsWith(a, StringComparison.Ordinal)));
                var full = prefix + code + suffix;
                // "Lawmakers in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": each coordinated
                // name takes the same agents; the codes are joined with '/' (one actor each, as a multi-code entry).
                var members = new List<string> { full };
                int nameHead = Enumerable.Range(start, len).Select(k => phrase[k]).FirstOrDefault(k => Doc.Tokens[k].Head < phrase[start] || Doc.Tokens[k].Head >= phrase[start] + len, phrase[start]);
                foreach (var c in _children[nameHead])
                    if (Doc.Tokens[c].Deprel == "conj" && Doc.Tokens[c].Upos == "PROPN" && dictionary.Find(NameAt(c), date) is { Role.Code: { } other })
                        members.Add(prefix + other + string.Concat(agents.Where(a => !AgentDictionary.IsPrefix(a) && !other.EndsWith(a, StringComparison.Ordinal))));
                if (members.Count > 1 && agents.Count > 0) full = string.Join('/', members);
                int first = Doc.Tokens[phrase[0]].Start, last = Doc.Tokens[phrase[^1]].End;
                // "Russian police arrested Russian students": with agents the actor is a group of that country, not the
                // named entity itself, so it takes no chain (both 'Russian' share one, the two groups are not one actor).
                int? chain = agents.Count == 0 && MentionAt(phrase[start]) is var mm and >= 0 ? Doc.EntityMentions[mm].Chain : null;
                return new EventActor
                {
                    Text = Doc.Text[first..last], Start = first, End = last, Chain = chain,
                    Name = ActorDictionary.DisplayName(found.Actor, NameAt(phrase[start])), Country = found.Role.Country ?? (code.Length >= 3 && !code.Contains('/', StringComparison.Ordinal) ? code[..3] : null),
                    Sector = full.Length > 3 ? full[3..] : null, Code = full,
                    Reason = $"actor dictionary entry '{found.Actor.Name}' code {code}" + (agents.Count > 0 ? $" with agents {string.Join("+", agents)} -> {full}" : ""),
                };
            }
        }
        return null;
    }

    /// <summary>CAMEO's sector of former office-holders and other elites.</summary>
    private const string Elites = "ELI";

    /// <summary>"former", "ex" ("ex-minister" is ex - minister once tokenised): a post no longer held.</summary>
    private static bool IsFormer(Token t) => t.Form.ToLowerInvariant() is "former" or "ex";

    /// <summary>The agent codes among some words, longest match first ("human rights activists" before "rights activists").</summary>
    private static List<string> Agents(string[] words, ActorDictionary dictionary)
    {
        var codes = new List<string>();
        if (dictionary.Agents.Count == 0) return codes;
        for (int p = 0; p < words.Length;)
        {
            int matched = 0;
            for (int len = Math.Min(6, words.Length - p); len >= 1; len--)
                if (dictionary.Agents.Find(string.Join(' ', words, p, len)) is { } code)
                {
                    if (!codes.Contains(code)) codes.Add(code);
                    matched = len;
                    break;
                }
            p += Math.Max(1, matched);
        }
        return codes;
    }

    /// <summary>Speech verbs whose subject speaks the quote of its sentence.</summary>
    internal static readonly FrozenWords QuoteVerbs = new("say", "tell", "add", "state", "declare", "insist", "write", "tweet", "warn", "stress");

    /// <summary>The subject of the sentence's speech verb when the sentence quotes someone ("..., Sarraj told reporters"); -1 when none.</summary>
    private int? QuoteSpeaker(int token)
    {
        int sentence = Doc.Tokens[token].Sentence;
        if (sentence < 0 || sentence >= Doc.Sentences.Length) return null;
        var s = Doc.Sentences[sentence];
        if (!Doc.Text[s.Start..s.End].Any(ch => ch is '"' or '\u201C' or '\u201D')) return null;
        for (int i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
        {
            if (!QuoteVerbs.Contains(Doc.Tokens[i].Lemma.ToLowerInvariant())) continue;
            foreach (var c in _children[i])
                if (Doc.Tokens[c].Deprel == "nsubj" && c != token && (Doc.Tokens[c].Upos is "PROPN" or "NOUN"
                    || Doc.Tokens[c].Form.ToLowerInvariant() is "he" or "she")) return c;
        }
        return null;
    }

    /// <summary>A common noun naming an actor ("officials", "Gondor's government"), with its country modifier.</summary>
    private EventActor? NounActor(int token, ActorDictionary dictionary, DateOnly? date)
    {
        var t = Doc.Tokens[token];
        var sector = AgentSector(token, dictionary) ?? NounSector(token);
        var phrase = PhraseText(token);
        if (dictionary.Count > 0 && DictionaryCode(phrase, dictionary, date) is { } known)
            return known with { Start = t.Start, End = t.End };
        if (sector is null) return null;
        string? country = null;
        var countries = new List<string>();
        foreach (var c in _children[token])
        {
            var ct = Doc.Tokens[c];
            if (IsCountryModifier(c) && country is null)
            {
                countries = ModifierCountries(c, dictionary, date);
                country = countries.FirstOrDefault();
            }
            if (ct.Lemma is "military" or "army") sector = "MIL";
            // "the Tripoli-based government", "U.S.-led forces": where it sits or who leads it is its country; "Iran-backed
            // militias" are not Iran's.
            if (country is null && ct.Deprel == "amod" && ct.Lemma.ToLowerInvariant() is "base" or "lead")
                // "the Saudi-led coalition": the leader may be written as its adjective.
                foreach (var k in _children[c].Where(k => (Doc.Tokens[k].Deprel is "compound" or "nmod" or "amod" || Doc.Tokens[k].Deprel.StartsWith("obl", StringComparison.Ordinal)) && Doc.Tokens[k].Upos is "PROPN" or "ADJ"))
                    if ((Doc.Tokens[k].Upos == "ADJ" ? _knowledge.FindCountryByAdjective(Doc.Tokens[k].Form)
                        : _knowledge.FindCountryByCapital(Doc.Tokens[k].Form) ?? _knowledge.FindCountry(Doc.Tokens[k].Form)) is { } seat)
                    {
                        country = seat.Iso3;
                        countries = [seat.Iso3];
                        break;
                    }
        }
        // "the Tory leader", "a Labour spokesman": the party's country, and its sector for the party's own offices.
        if (_children[token].Where(c => Doc.Tokens[c].Deprel is "compound" or "amod" or "nmod:poss").Select(PartyAt).FirstOrDefault(p => p is not null) is { } party)
        {
            country ??= party.Country;
            if (country is not null && countries.Count == 0) countries = [country];
            if (IsPartyOffice(t.Lemma)) sector = "PTY";
        }
        // "former officials", "two former ministers": no longer in office, elites (CAMEO ELI), not the post's sector.
        if (_children[token].Any(c => Doc.Tokens[c].Deprel == "amod" && IsFormer(Doc.Tokens[c]))) sector = Elites;
        // "Lawmakers and officials in Fornost", "Danish media and government": a later conjunct without a country of its own
        // shares the first one's modifier.
        if (country is null && t.Deprel == "conj" && t.Head >= 0 && Doc.Tokens[t.Head].Upos == "NOUN")
            foreach (var c in _children[t.Head].Where(c => (c > token && Doc.Tokens[c].Deprel == "nmod" || c < t.Head && Doc.Tokens[c].Deprel is "amod" or "compound") && IsCountryModifier(c)))
            {
                countries = ModifierCountries(c, dictionary, date);
                country = countries.FirstOrDefault();
                break;
            }
        // "shot dead two soldiers": the resultative adjective right after the verb says what the verb did, not who was shot.
        var start = Math.Min(t.Start, _children[token].Where(c => c < token && Doc.Tokens[c].Deprel is "det" or "amod" or "compound" or "nmod:poss" && !Resultative(c))
            .Select(c => Doc.Tokens[c].Start).DefaultIfEmpty(t.Start).Min());
        return new EventActor
        {
            Text = Doc.Text[start..t.End], Start = start, End = t.End, Name = phrase, Country = country, Sector = sector,
            // A dictionary country code may already carry the sector ("Washington" = USAGOV + officials GOV).
            // Coordinated countries ("officials in Fornost and Gondor") give one code each, split into actors by the coder.
            Code = countries.Count > 1 ? string.Join('/', countries.Select(c => Compose(c, sector))) : Compose(country, sector),
            Reason = $"actor noun '{t.Form}' -> {sector}{(country is null ? "" : $"; country {string.Join(" and ", countries)} from its modifier")}",
        };
    }

    /// <summary>A dictionary country code may already carry the sector ("Washington" = USAGOV + officials GOV).</summary>
    private static string Compose(string? country, string sector) =>
        AgentDictionary.IsPrefix(sector) ? sector[..^1] + country : country is not null && country.EndsWith(sector, StringComparison.Ordinal) ? country : country + sector;

    /// <summary>"Gondor's government", "Arnor security officials", "lawmakers in Fornost", "soldiers from Gondor".</summary>
    private bool IsCountryModifier(int c)
    {
        var ct = Doc.Tokens[c];
        return ct.Deprel is "amod" or "compound" or "nmod:poss"
            || (ct.Deprel is "nmod" && _children[c].Any(k => Doc.Tokens[k].Lemma is "in" or "from" or "of"));
    }

    /// <summary>The country codes a modifier names, with its coordinated names ("in Fornost and Gondor": FOR, GON).</summary>
    private List<string> ModifierCountries(int c, ActorDictionary dictionary, DateOnly? date)
    {
        var list = new List<string>();
        foreach (var m in _children[c].Where(k => Doc.Tokens[k].Deprel == "conj" && Doc.Tokens[k].Upos == "PROPN").Prepend(c))
        {
            var mt = Doc.Tokens[m];
            // "activists of Amnesty International" with 'International' parsed as an adjective: the entity mention names it whole.
            string? code = dictionary.Count > 0 && MentionAt(m) is var mi and >= 0 && DictionaryCode(Doc.EntityMentions[mi].Text, dictionary, date) is { Code: { } whole } ? whole : null;
            code ??= dictionary.Count > 0 && DictionaryCode(NameAt(m), dictionary, date) is { Code: { } known } ? known : null;
            code ??= (_knowledge.FindCountryByAdjective(mt.Form) ?? _knowledge.FindCountry(mt.Form))?.Iso3;
            // "Darfur rebels", "police in Kashmir": a listed region gives its country, as a country's name would.
            if (code is null && NameAt(m) is var place && _knowledge.FindCountryByCapital(place) is null && _knowledge.FindRegion(place) is { } region)
                code = region.Country;
            // "Haftar's forces", "Hiftar, whose forces": the owner's own country, when the article gives one.
            if (code is null && mt.Deprel == "nmod:poss" && Owner(m) is var owner and >= 0 && NameMentionAt(owner) is var om and >= 0 && Doc.EntityMentions[om].Type is EntityType.PER or EntityType.ORG)
                code = Doc.EntityMentions[om].Country ?? (Doc.EntityMentions[om].Chain is var ch and >= 0 && ch < Doc.EntityChains.Length ? Doc.EntityChains[ch].Country : null);
            if (code is not null && !list.Contains(code)) list.Add(code);
            if (m == c && code is null) break;
        }
        return list;
    }

    /// <summary>A possessor itself, or for "whose" the noun its relative clause modifies ("Hiftar, whose forces have besieged").</summary>
    private int Owner(int possessor)
    {
        if (!Doc.Tokens[possessor].Form.Equals("whose", StringComparison.OrdinalIgnoreCase)) return possessor;
        int noun = Doc.Tokens[possessor].Head, verb = noun >= 0 ? Doc.Tokens[noun].Head : -1;
        if (verb >= 0 && Doc.Tokens[verb].Deprel == "acl:relcl") return Doc.Tokens[verb].Head;
        // The parser often misses the relative clause: the name right before ", whose".
        return possessor >= 2 && Doc.Tokens[possessor - 1].Form == "," && MentionAt(possessor - 2) >= 0 ? possessor - 2 : -1;
    }

    /// <summary>The proper-noun words headed by <paramref name="token"/> ("Minas Tirith").</summary>
    private string NameAt(int token)
    {
        int start = token, end = token;
        foreach (var c in _children[token])
            if (Doc.Tokens[c].Deprel is "flat" or "compound" or "flat:name" && Doc.Tokens[c].Upos == "PROPN")
            {
                start = Math.Min(start, c);
                end = Math.Max(end, c);
            }
        return Doc.Text[Doc.Tokens[start].Start..Doc.Tokens[end].End];
    }

    /// <summary>A name the entity stage did not tag (a bare "Haftar" in a short text): its flat/compound words, coded from the knowledge base when it names a country, capital or organisation.</summary>
    private EventActor FromProperNoun(int token, ActorDictionary dictionary, DateOnly? date)
    {
        int start = token, end = token;
        foreach (var c in _children[token])
            if (Doc.Tokens[c].Deprel is "flat" or "compound" or "flat:name" && Doc.Tokens[c].Upos == "PROPN")
            {
                start = Math.Min(start, c);
                end = Math.Max(end, c);
            }
        var text = Doc.Text[Doc.Tokens[start].Start..Doc.Tokens[end].End];
        if (dictionary.Count > 0 && DictionaryCode(text, dictionary, date) is { } known)
            return known with { Start = Doc.Tokens[start].Start, End = Doc.Tokens[end].End };
        var (country, sector, reason) = CodeName(text);
        return new EventActor
        {
            Text = text, Start = Doc.Tokens[start].Start, End = Doc.Tokens[end].End, Name = text, Country = country, Sector = sector,
            Code = country is null && sector is null ? null : country + sector, Reason = "proper noun without an entity mention" + (reason is null ? "" : "; " + reason),
        };
    }

    /// <summary>"Paris" -> FRA GOV (a capital stands for its government), "Italy" -> ITA GOV, "NATO" -> IGO.</summary>
    private (string? Country, string? Sector, string? Reason) CodeName(string text)
    {
        var capital = _knowledge.FindCountryByCapital(text);
        var nation = capital ?? _knowledge.FindCountry(text);
        if (nation is not null && InSoftNews)
            return (nation.Iso3, null, SoftNewsCountry(text));
        if (nation is not null)
            return (nation.Iso3, "GOV", capital is not null ? $"capital '{text}' stands for the {nation.Name} government" : $"country '{text}' as an actor -> its government");
        if (_knowledge.FindOrganisation(text) is { } org && ActorSectors.ForOrganisationKind(org.Kind) is { } sector)
            return (org.Country, sector, $"organisation {org.Acronym} ({org.Kind}{(org.Country is null ? "" : ", " + org.Country)}) -> {org.Country}{sector}");
        if (_knowledge.FindRegion(text) is { } region)
            return (region.Country, null, RegionAsActor(text, region));
        return (null, null, null);
    }

    /// <summary>
    /// "Crimea voted to join Russia", "Texas sued the administration": a region as an actor gives its country only. It is not the
    /// state's government (which "Kiev" or "Ukraine" would be), and the coder cannot tell its own authorities from its people
    /// or a breakaway administration, so no sector, as CAMEO's country actors code a region: the country code alone.
    /// </summary>
    private static string RegionAsActor(string text, Region region) =>
        $"region '{text}' ({region.Kind} of {region.Country}) -> {region.Country}, no sector (a region is not its country's government)";

    /// <summary>The country and title the article gives a mention's entity, to choose among a dictionary actor's offices.</summary>
    private (string? Country, string? Title) WhatTheTextSays(int m)
    {
        if (m < 0) return (null, null);
        var mention = Doc.EntityMentions[m];
        var chain = mention.Chain >= 0 && mention.Chain < Doc.EntityChains.Length ? Doc.EntityChains[mention.Chain] : null;
        return (mention.Country ?? chain?.Country, mention.Title ?? mention.Role ?? chain?.Role);
    }

    private static EventActor? DictionaryCode(string words, ActorDictionary dictionary, DateOnly? date, string? country = null, string? title = null)
    {
        var found = dictionary.Find(words, date, country, title);
        if (found is not { } f) return null;
        var code = f.Role.Code;
        return new EventActor
        {
            Text = words, Start = 0, End = 0, Name = ActorDictionary.DisplayName(f.Actor, words), Country = f.Role.Country,
            Sector = code is { Length: >= 6 } && f.Role.Country is not null ? code[3..] : null, Code = code,
            Reason = $"actor dictionary entry '{f.Actor.Name}' ({f.Actor.Source}) code {code}",
        };
    }

    /// <summary>A party named by the one to three untagged words ending at <paramref name="last"/> ("Tory", "Lib Dem").</summary>
    private (string Text, Organisation Party)? PartyEndingAt(int last)
    {
        for (int first = last; first >= 0 && first > last - 3 && MentionAt(first) < 0; first--)
        {
            var text = Doc.Text[Doc.Tokens[first].Start..Doc.Tokens[last].End];
            if (_knowledge.FindOrganisation(text) is { IsParty: true } party) return (text, party);
        }
        return null;
    }

    /// <summary>A word that may stand in a title run before a name ("Tory shadow home secretary"): letters, tagged a noun,
    /// name, adjective or adverb ("home" may be read an adverb).</summary>
    internal bool IsTitleRunWord(int token) =>
        Doc.Tokens[token].Form.All(char.IsLetter) && Doc.Tokens[token].Upos is "PROPN" or "NOUN" or "ADJ" or "ADV";

    /// <summary>"shadow" among the few title words right before the mention's name.</summary>
    private bool ShadowBefore(int m)
    {
        if (m < 0 || m >= Doc.EntityMentions.Length) return false;
        for (int t = TokenAt(Doc.EntityMentions[m].Span.Start) - 1, n = 0; t >= 0 && n < 4; t--, n++)
        {
            if (Doc.Tokens[t].Form.Equals("shadow", StringComparison.OrdinalIgnoreCase)) return true;
            if (!IsTitleRunWord(t)) return false;
        }
        return false;
    }

    /// <summary>Offices a party has of its own: its leader, chairman, spokesman, candidate ("leader" alone reads GOV).</summary>
    private static bool IsPartyOffice(string? role) =>
        role is not null && role.Split(' ')[^1].ToLowerInvariant() is "leader" or "chairman" or "chairwoman" or "chair" or "spokesman"
            or "spokeswoman" or "spokesperson" or "candidate" or "activist" or "member" or "whip";

    /// <summary><see cref="OrganisationBeforeName"/> at the mention itself, else at the first of its chain's mentions that has one.</summary>
    private (string Text, string Sector, string? Country, string Reason, int Mention)? EmployerInChain(int m, EntityChain? chain)
    {
        if (OrganisationBeforeName(m) is { } own) return (own.Text, own.Sector, own.Country, own.Reason, m);
        if (chain is null) return null;
        foreach (int other in chain.Mentions)
            if (other != m && other < Doc.EntityMentions.Length && OrganisationBeforeName(other) is { } found)
                return (found.Text, found.Sector, found.Country, found.Reason, other);
        return null;
    }

    /// <summary>
    /// An intergovernmental organisation or a political party named among the few title words before a person's name ("UN
    /// envoy", "EU foreign policy chief", "Tory leader", "Lib Dem spokesman"), or null. A country word before it ("Italian UN
    /// envoy") leaves it to the state.
    /// </summary>
    private (string Text, string Sector, string? Country, string Reason)? OrganisationBeforeName(int m)
    {
        var mention = Doc.EntityMentions[m];
        for (int t = TokenAt(mention.Span.Start) - 1, n = 0; t >= 0 && n < 5; t--, n++)
        {
            var w = Doc.Tokens[t];
            // "UN envoy[VB] Martin Griffiths": a word of the title the NER gave the person is a title word whatever its tag.
            bool titleWord = mention.Title is { } title && title.Split(' ').Contains(w.Form, StringComparer.OrdinalIgnoreCase);
            if (w.Upos is not ("ADJ" or "NOUN" or "PROPN") && !titleWord) return null;
            var at = MentionAt(t);
            // "Tory leader Michael Howard", "Lib Dem spokesman": a party's name the tagger left outside any name.
            if (at < 0 && PartyEndingAt(t) is { } party)
                return (party.Text, "PTY", party.Party.Country, $"party {party.Party.Name} -> {party.Party.Country}PTY");
            if (at < 0 || at == m) continue;
            var before = Doc.EntityMentions[at];
            // "Republican President George Bush": a party's adjective may be tagged MISC.
            if (before.Type is EntityType.ORG or EntityType.MISC && PartyOf(before) is { } named)
                return (before.Text, "PTY", named.Country, $"party {named.Name} -> {named.Country}PTY");
            if (before.Type != EntityType.ORG || _knowledge.FindOrganisation(NameOf(before)) is not { } org) return null;
            if (ActorSectors.ForOrganisationKind(org.Kind) == "IGO")
                return (before.Text, "IGO", null, $"organisation {org.Acronym} ({org.Kind}) -> IGO");
            return null;
        }
        return null;
    }

    /// <summary>"Libyan strongman Khalifa Haftar": a demonym and an actor noun just before the name fill what is still missing.</summary>
    private void WordsBeforeName(int m, ref string? country, ref string? sector, List<string> reasons, string where)
    {
        var mention = Doc.EntityMentions[m];
        for (int t = TokenAt(mention.Span.Start) - 1, n = 0; t >= 0 && n < 3 && (country is null || sector is null); t--, n++)
        {
            var w = Doc.Tokens[t];
            if (w.Upos is not ("ADJ" or "NOUN" or "PROPN") || MentionAt(t) >= 0 && MentionAt(t) != m && Doc.EntityMentions[MentionAt(t)].Type == EntityType.PER) break;
            if (country is null && (_knowledge.FindCountryByAdjective(w.Form) ?? (w.Upos == "PROPN" ? _knowledge.FindCountry(w.Form) : null)) is { } c)
            {
                country = c.Iso3;
                reasons.Add($"country {country} from '{w.Form}' {where}");
            }
            if (sector is null && !(InSoftNews && SoftNews.IsSoftOffice(w.Lemma)) && ActorSectors.ForNoun(w.Lemma) is { } s)
            {
                sector = s;
                reasons.Add($"'{w.Form}' {where} -> {sector}");
            }
        }
    }

    private EventActor FromMention(int m, string how, ActorDictionary dictionary, DateOnly? date)
    {
        var mention = Doc.EntityMentions[m];
        var chain = mention.Chain >= 0 && mention.Chain < Doc.EntityChains.Length ? Doc.EntityChains[mention.Chain] : null;
        var name = chain?.Name ?? NameOf(mention);
        var reasons = new List<string> { how };
        if (dictionary.Count > 0)
        {
            var (textCountry, textTitle) = WhatTheTextSays(m);
            foreach (var candidate in new[] { mention.Name, mention.Text, name })
                if (candidate.Length > 0 && DictionaryCode(candidate, dictionary, date, textCountry, textTitle) is { } known)
                    return known with { Text = mention.Text, Start = mention.Span.Start, End = mention.Span.End, Chain = chain?.Id };
        }
        // "met Democrats", "the Tories said": a party's name, whatever type the tagger gave it.
        if (mention.Role is null && chain?.Role is null && mention.Type is EntityType.PER or EntityType.ORG or EntityType.MISC
            && PartyOf(mention) is { } party)
            return new EventActor
            {
                Text = mention.Text, Start = mention.Span.Start, End = mention.Span.End, Name = name, Chain = chain?.Id,
                Country = party.Country, Sector = "PTY", Code = party.Country + "PTY", Reason = $"{how}; party {party.Name} -> {party.Country}PTY",
            };
        string? country = mention.Country ?? chain?.Country;
        if (country is not null) reasons.Add($"country {country} from the mention");
        var role = mention.Role ?? chain?.Role;
        string? sector = ActorSectors.ForRole(role, _knowledge);
        if (sector is not null && InSoftNews && role is not null && SoftNews.IsSoftOffice(role.Split(' ')[^1]))
        {
            reasons.Add($"role '{role}' in {(Genre == SoftNewsGenre.Sport ? "sports" : "arts")} copy: a sports body's or a company's office, no sector");
            sector = null;
        }
        if (sector is not null) reasons.Add($"role '{role}' -> {sector}");
        // "Tory shadow chancellor Oliver Letwin", "Shadow home secretary David Davis": the opposition's spokesman for the
        // office, not its holder (the title finder keeps only "Chancellor").
        if (sector == "GOV" && mention.Type == EntityType.PER && (chain?.Mentions ?? [m]).Any(ShadowBefore))
        {
            sector = "OPP";
            reasons.Add("'shadow' before the title -> OPP");
        }
        // "UN envoy Ghassan Salamé", "NATO Secretary General Jens Stoltenberg": the office is the organisation's, not a state's;
        // "Salame told the council ... He called on": a later mention (or a pronoun read through it) keeps it.
        // A party gives its sector only to a party office ("Tory leader Michael Howard" PTY, was GOV from 'leader'); "Labour MP
        // Diane Abbott" stays LEG, "Tory minister" GOV; its country fills what the text left open.
        if (mention.Type == EntityType.PER && EmployerInChain(m, chain) is { } employer)
        {
            if (employer.Sector != "PTY" || sector is null || IsPartyOffice(role)) sector = employer.Sector;
            country = employer.Sector == "PTY" ? country ?? employer.Country : null;
            reasons.Add($"'{employer.Text}' before {(employer.Mention == m ? "the name" : $"'{Doc.EntityMentions[employer.Mention].Text}' elsewhere in the article")}: {employer.Reason}");
        }
        if (mention.Type is EntityType.PER or EntityType.ORG or EntityType.MISC)
        {
            WordsBeforeName(m, ref country, ref sector, reasons, "before the name");
            // "Libyan military chief Khalifa Haftar ... Haftar met Macron": a later mention keeps what an earlier one was called.
            if (chain is not null)
                foreach (int other in chain.Mentions)
                    if (other != m && other < Doc.EntityMentions.Length && (country is null || sector is null))
                        WordsBeforeName(other, ref country, ref sector, reasons, $"before '{Doc.EntityMentions[other].Text}' elsewhere in the article");
        }
        if (sector is null && mention.Type == EntityType.ORG)
        {
            var org = _knowledge.FindOrganisation(NameOf(mention)) ?? (chain is null ? null : _knowledge.FindOrganisation(chain.Acronym ?? chain.Name));
            if (org is not null && ActorSectors.ForOrganisationKind(org.Kind) is { } orgSector)
            {
                sector = orgSector;
                // "Libyan National Army": a national body's or armed group's own state; an international one has none.
                country = sector == "IGO" ? null : org.Country ?? country;
                reasons.Add($"organisation {org.Acronym} ({org.Kind}{(org.Country is null ? "" : ", " + org.Country)}) -> {country}{sector}");
            }
        }
        // A one-word name the tagger called a person but that is a capital ("Paris has rejected") is read as a place.
        bool placeLike = mention.Type is EntityType.GPE or EntityType.LOC || (mention.Type == EntityType.PER && role is null && !mention.Text.Contains(' ', StringComparison.Ordinal));
        if (placeLike)
        {
            // "Rome said", "Paris has rejected": a capital or a country as an actor stands for its government.
            var text = NameOf(mention);
            var capital = _knowledge.FindCountryByCapital(text);
            var nation = capital ?? _knowledge.FindCountry(text);
            if (nation is not null)
            {
                country = nation.Iso3;
                sector = InSoftNews ? null : "GOV";
                reasons.Add(InSoftNews ? SoftNewsCountry(text) : capital is not null ? $"capital '{text}' stands for the {nation.Name} government" : $"country '{text}' as an actor -> its government");
            }
            else if (role is null && _knowledge.FindRegion(text) is { } region)
            {
                country = region.Country;
                sector = null;
                reasons.Add(RegionAsActor(text, region));
            }
        }
        return new EventActor
        {
            Text = mention.Text, Start = mention.Span.Start, End = mention.Span.End, Chain = chain?.Id, Name = name,
            Country = country, Sector = sector, Code = country is null && sector is null ? null : country + sector,
            Reason = string.Join("; ", reasons),
        };
    }

    private int PathLength(int from, int to)
    {
        // Steps from each up to their lowest common head; 1 for a direct dependent.
        var up = new Dictionary<int, int>();
        for (int h = from, s = 0; h >= 0 && s < 20; s++, h = Doc.Tokens[h].Head) up.TryAdd(h, s);
        for (int h = to, s = 0; h >= 0 && s < 20; s++, h = Doc.Tokens[h].Head)
            if (up.TryGetValue(h, out var a)) return a + s;
        return 6;
    }
}
