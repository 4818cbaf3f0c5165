using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Entities;
using Dateline.Knowledge;
using Dateline.Model;
using Dateline.Places;
using Dateline.Time;

namespace Dateline.Events;

/// <summary>
/// Codes events from a read document (tokens with dependency parses, entity mentions and chains, time
/// expressions). For each trigger word of the lexicon: source and target from the parse (nsubj, obj,
/// the object of a preposition the trigger names, passive nsubj:pass + 'by' agent, conj for coordination,
/// relative clauses through acl:relcl), actors resolved to entity mentions and chains with country and
/// sector codes, the status and attribution from the clause around the trigger, the date from the time
/// expression governed by the trigger, the place from 'in'/'at' on the trigger. Coordination gives one
/// event with several targets ("met Pinotti, Graziano and Minniti": one CONSULT, three targets).
/// Pure: the document in, the events out.
/// </summary>
public sealed partial class EventCoder
{
    private static readonly FrozenWords SpeechVerbs = new("say", "tell", "state", "announce", "add", "note", "confirm", "report", "write", "tweet", "claim", "allege", "insist", "declare", "explain", "reveal");
    private static readonly FrozenWords ClaimVerbs = new("claim", "allege", "insist");
    private static readonly FrozenWords DenyVerbs = new("deny");
    /// <summary>
    /// "would not respond to gossip and promised to defend": a conjunct in a past or present form beside a verb with
    /// auxiliaries has its own tense, so not their modality or negation ("will meet and discuss" shares 'will'). A past
    /// participle counts as past when the auxiliaries are no 'have' or 'be' it could hang on (the tagger's "promised[VBN]").
    /// </summary>
    private static bool FiniteConjunct(DocContext ctx, int first, int conjunct)
    {
        var d = ctx.Doc;
        var aux = ctx.Children(first).Where(c => d.Tokens[c].Deprel.StartsWith("aux", StringComparison.Ordinal)).ToList();
        // "does not commit suicide, nor does she kill": 'nor' carries the negation on.
        if (aux.Count == 0 || ctx.Children(conjunct).Any(c => d.Tokens[c].Deprel == "cc" && d.Tokens[c].Lemma.ToLowerInvariant() is "nor" or "neither")) return false;
        var xpos = d.Tokens[conjunct].Xpos;
        return xpos is "VBD" or "VBZ" or "VBP" || xpos == "VBN" && !aux.Any(a => d.Tokens[a].Lemma.ToLowerInvariant() is "have" or "be");
    }

    private static readonly FrozenWords RefusalVerbs = new("refuse", "decline", "fail");
    private static readonly FrozenWords PreventVerbs = new("prevent", "stop", "bar", "ban", "block", "deter", "prohibit", "forbid");
    private static readonly FrozenWords PlanVerbs = new("plan", "intend", "expect", "prepare", "schedule", "hope", "aim", "want", "seek", "vow", "pledge", "promise");
    private static readonly FrozenWords FutureAux = new("will", "shall", "'ll", "wo");
    private static readonly FrozenWords ModalAux = new("could", "would", "might", "may", "should", "'d", "can", "ca", "must");
    private static readonly FrozenWords Negators = new("not", "n't", "never", "no");
    private static readonly FrozenWords ConditionMarks = new("if", "unless", "whether");
    private static readonly FrozenWords PersonPronouns = new("he", "she", "him", "her");
    private static readonly FrozenWords GroupPronouns = new("they", "them", "it");
    private static readonly FrozenWords RelativePronouns = new("who", "which", "that", "whom");

    /// <summary>Edges that start another clause: a time or place below one belongs to that clause, not the trigger's.</summary>
    private static readonly FrozenWords ClauseEdges = new("ccomp", "advcl", "parataxis", "acl:relcl", "acl", "csubj", "xcomp");

    private readonly TriggerLexicon _lexicon;
    private readonly KnowledgeBase _knowledge;
    private readonly ActorDictionary _actors;
    private readonly EventPlaceLocator _places;

    /// <summary>
    /// Read sports and arts reports as such (<see cref="SoftNews"/>): a country's name is a team or a market and only events
    /// with an office holder are rows. Off only for ECB+ coreference, which scores such events too.
    /// </summary>
    public bool ReadsSoftNews { get; init; } = true;

    /// <summary>
    /// Leave out what our lexicon's words say that is no PLOVER event: opinion, declining comment, a thing that helps or is
    /// blamed, an amount hit (EventCoder.AuditRules.cs). Off only for ECB+ coreference, which annotates every event mention
    /// ("I agree", "helped", "hit $12bn" are mentions there too).
    /// </summary>
    public bool DropsNonEvents { get; init; } = true;

    /// <param name="gazetteer">Places for coordinates (default: the shipped GeoNames-derived gazetteer).</param>
    public EventCoder(TriggerLexicon? lexicon = null, KnowledgeBase? knowledge = null, ActorDictionary? actors = null, Gazetteer? gazetteer = null)
    {
        _lexicon = lexicon ?? TriggerLexicon.BuiltIn;
        _knowledge = knowledge ?? KnowledgeBase.BuiltIn;
        _actors = actors ?? ActorDictionary.Empty;
        _places = new EventPlaceLocator(gazetteer ?? Gazetteer.BuiltIn, _knowledge);
    }

    public IReadOnlyList<EventMention> Find(Document document)
    {
        var events = new List<EventMention>();
        if (document.Tokens.IsDefaultOrEmpty) return events;
        var ctx = new DocContext(document, _knowledge)
        {
            Dictionary = _actors, Places = _places.For(document), EventNoun = w => !_lexicon.ForHead(w, true).IsEmpty,
            Genre = ReadsSoftNews ? SoftNews.Read(document) : SoftNewsGenre.None,
        };
        foreach (var sentence in document.Sentences)
        {
            var consumed = new HashSet<int>();
            var inSentence = new List<(int Head, EventMention Event)>();
            var verbTriggers = new List<(int Head, Trigger Trigger, int[] Extra)>();
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                var t = document.Tokens[i];
                if (t.Upos is not ("VERB" or "NOUN")) continue;
                // "Downing[VBG] Street defended ...": a capitalised word of a name the entity stage found is no trigger.
                if (ctx.MentionAt(i) >= 0 && char.IsUpper(t.Form[0])) continue;
                bool noun = t.Upos == "NOUN";
                // A pattern written for a verb form ("met", "left") comes before the lemma's ("meet", "leave").
                var byForm = noun || string.Equals(t.Form, t.Lemma, StringComparison.OrdinalIgnoreCase) ? [] : _lexicon.ForHead(t.Form, noun);
                var byLemma = _lexicon.ForHead(t.Lemma, noun);
                if (byForm.IsEmpty && byLemma.IsEmpty && !noun) byLemma = ByRegularStem(t);
                if (byForm.IsEmpty && byLemma.IsEmpty) continue;
                // "allowed to leave": a word of an earlier multiword trigger is part of that event, not one of its own.
                if (consumed.Contains(i)) continue;
                for (int c = 0; c < byForm.Length + byLemma.Length; c++)
                {
                    var trigger = c < byForm.Length ? byForm[c] : byLemma[c - byForm.Length];
                    if (Match(document, i, sentence.FirstToken, end, trigger) is not { } match) continue;
                    if (trigger.IsNoun && (GovernedByTrigger(ctx, i, verbTriggers) || NamedByOtherVerb(document, i))) break;
                    // '%' patterns need coordinated subjects ("Gondor and Osgiliath have delayed ...").
                    if (trigger.Compound && SubjectOf(ctx, i).SelectMany(s => WithConj(ctx, s)).Count(s => ctx.IsActor(s)) < 2) continue;
                    consumed.UnionWith(match.After);
                    if (!trigger.IsNoun) verbTriggers.Add((i, trigger, match.After));
                    foreach (var ev in Code(ctx, sentence, i, match, trigger)) inSentence.Add((i, ev));
                    break;
                }
            }
            // "..., a senior official said": a speech verb reporting another event of its sentence is that event's
            // attribution, not an event of its own.
            string? primary = null;
            bool reported = inSentence.Any(x => !SpeechVerbs.Contains(document.Tokens[x.Head].Lemma));
            // "Arnor is about to restore ties with Gondor, five years after crowds burned down its embassy": an event
            // with no target in a subordinate clause is background to the sentence's complete event, not a row of its own.
            bool complete = inSentence.Any(x => x.Event.Source.Length > 0 && x.Event.Target.Length > 0 && (!Subordinate(document, x.Head) || MistaggedMainVerb(document, x.Head))
                && !(reported && SpeechVerbs.Contains(document.Tokens[x.Head].Lemma)));
            foreach (var (h, ev) in inSentence)
            {
                if (reported && SpeechVerbs.Contains(document.Tokens[h].Lemma)) continue;
                if (complete && ev.Target.IsEmpty && Subordinate(document, h)) continue;
                if (Requested(document, h, inSentence)) continue;
                // A sports or arts report's "attacks", "meetings", "visits" and "releases" are play, films and tours unless
                // someone holding public office takes part.
                if (ctx.Genre != SoftNewsGenre.None && !ev.Source.Concat(ev.Target).Any(SoftNews.HoldsOffice)) continue;
                var id = "e" + (events.Count + 1).ToString(CultureInfo.InvariantCulture);
                events.Add(ev with { Id = id, ReverseOf = ev.ReverseOf is null ? null : primary });
                if (ev.ReverseOf is null) primary = id;
            }
        }
        PlaceByOtherSentence(ctx, events);
        return events;
    }

    /// <summary>
    /// "Fornost boycotted the talks" lemmatised "boycot" (the learned suffix rule of "committed" -> "commit"): when the lemma
    /// heads no trigger, the regular stems of an inflected verb form ("-ed", "-ing", "-s": as is, with 'e', with a doubled
    /// consonant undone, 'ied' -> 'y') are looked up in the trigger lexicon, which then serves as the verb lexicon.
    /// </summary>
    private ImmutableArray<Trigger> ByRegularStem(Token t)
    {
        foreach (var stem in RegularStems(t.Form.ToLowerInvariant()))
            if (!string.Equals(stem, t.Lemma, StringComparison.OrdinalIgnoreCase) && _lexicon.ForHead(stem, false) is { IsEmpty: false } found)
                return found;
        return [];
    }

    /// <summary>Candidate stems of a regular verb form by its ending (the tag may be wrong too): "boycotted" -> boycott,
    /// boycotte, boycot; "watches" -> watche, watch; "denies" -> denie, deny.</summary>
    internal static IEnumerable<string> RegularStems(string form)
    {
        if (form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal) && form.Length > 3)
        {
            var stem = form[..^1];
            // '-es' follows only a sibilant or 'o' ("fixes", "goes"), so "departes" gives no "depart".
            yield return stem;
            if (stem.EndsWith("ie", StringComparison.Ordinal)) yield return stem[..^2] + "y";
            else if (stem.EndsWith('e') && (stem[..^1].EndsWith("sh", StringComparison.Ordinal) || stem[..^1].EndsWith("ch", StringComparison.Ordinal) || stem[^2] is 's' or 'x' or 'z' or 'o'))
                yield return stem[..^1];
            yield break;
        }
        bool past = form.EndsWith("ed", StringComparison.Ordinal);
        if (!past && !form.EndsWith("ing", StringComparison.Ordinal)) yield break;
        var root = past ? form[..^2] : form[..^3];
        if (root.Length < 2) yield break;
        yield return root;
        yield return root + "e";
        if (root[^1] == root[^2] && !"aeiou".Contains(root[^1], StringComparison.Ordinal)) yield return root[..^1];
        if (past && root.EndsWith('i')) yield return root[..^1] + "y";
    }

    /// <summary>
    /// "Calenardhon urged Bree to help win a greater role", "Conte urged Haftar halt his attack": what a request asks for is
    /// its content, not an event of its own; the trigger hangs (through xcomp/ccomp or a 'to' infinitive, at most three
    /// steps) under a REQUEST that is not a speech verb.
    /// </summary>
    internal static bool Requested(Document d, int head, IReadOnlyList<(int Head, EventMention Event)> inSentence)
    {
        for (int h = head, steps = 0; steps < 3 && (d.Tokens[h].Deprel is "xcomp" or "ccomp" || Infinitive(d, h)) && d.Tokens[h].Head >= 0; steps++)
        {
            h = d.Tokens[h].Head;
            int up = h;
            // A speech verb some dictionary codes as a request ("is said to" 023) only reports the clause under it.
            // A request verb coded otherwise by a dictionary ("called on Gondor to be allowed to leave", 095) asks all the same.
            if (!SpeechVerbs.Contains(d.Tokens[up].Lemma) && inSentence.Any(x => x.Head == up && (x.Event.Event == "REQUEST" || RequestVerbs.Contains(d.Tokens[up].Lemma)))) return true;
        }
        return false;
    }

    /// <summary>Meeting verbs whose direct object is the one met: a thing there means another sense ("meet a target").</summary>
    /// <summary>Nouns for people one welcomes as host ("welcomed the Italian delegation"), not as approval.</summary>
    private static readonly FrozenWords Visitors = new("delegation", "visitor", "guest", "counterpart", "envoy", "minister", "president",
        "leader", "official", "dignitary", "mission", "team", "king", "prince", "premier", "chancellor", "ambassador", "diplomat", "head", "pope");

    private static readonly FrozenWords MeetingVerbs = new("meet", "host", "receive", "call", "phone", "telephone");

    /// <summary>Verbs of force that, aimed at words or policy, are criticism ("attacked the plans").</summary>
    private static readonly FrozenWords CriticismVerbs = new("attack", "assail", "blast", "slam", "lambast", "savage", "hit");

    /// <summary>What a policy debate attacks: ideas, words and decisions, never people or places.</summary>
    private static readonly FrozenWords IdeaNouns = new(
        "plan", "pledge", "proposal", "policy", "decision", "word", "remark", "comment", "statement", "idea", "claim", "report",
        "way", "move", "law", "bill", "budget", "deal", "scheme", "strategy", "record", "stance", "approach", "speech", "attitude",
        "tactic", "handling", "failure", "ruling", "verdict", "reform", "tax", "manifesto", "programme", "program",
        "agenda", "argument", "view", "position", "measure", "rule", "legislation", "leadership", "performance",
        "response", "announcement", "promise", "figure", "document", "letter", "article", "book", "film", "campaign", "advert",
        // legal and commercial fights: "fighting two lawsuits", "fight the takeover bid"
        "lawsuit", "suit", "case", "charge", "allegation", "accusation", "appeal", "takeover", "bid", "extradition", "ban", "fine");

    /// <summary>What hits or strikes as violence when it is no actor ("a car bomb hit the convoy"); any other thing that hits
    /// ("a switch to new models hit Mercedes-Benz", "the storm struck") is no assault.</summary>
    private static readonly FrozenWords Weapons = new(
        "bomb", "missile", "rocket", "shell", "mortar", "grenade", "drone", "airstrike", "strike", "raid", "shelling", "explosion",
        "blast", "bullet", "gunfire", "fire", "artillery", "plane", "jet", "aircraft", "warplane", "helicopter", "tank", "attack",
        "bomber", "gunman", "gunmen", "militant", "fighter", "soldier", "troop", "force", "sniper", "suicide",
        "coalition", "alliance", "regime", "group", "unit", "squad", "battalion", "brigade", "division", "warship", "navy");

    /// <summary>Verbs a crowd does as a riot and an armed force as an assault: PETRARCH codes "storm" 190 (145 after
    /// "demonstrator", "protestor") and "loot" 145 in a block of 190 ("plunder", "pillage").</summary>
    private static readonly FrozenWords RiotOrForceVerbs = new("storm", "loot");

    /// <summary>Subject words that make a crowd (plural forms too: the lemmatiser leaves some whole).</summary>
    private static readonly FrozenWords CrowdWords = new(
        "protester", "protestor", "demonstrator", "crowd", "mob", "rioter", "supporter", "student", "people", "hundred", "thousand",
        "dozen", "youth", "fan", "activist", "worker", "villager", "resident", "civilian", "looter");

    /// <summary>Subject words that make an armed attacker, beyond the armed actor nouns ("Attackers stormed the building").</summary>
    private static readonly FrozenWords AttackerWords = new("attacker", "assailant", "raider", "commando", "gunman", "gunmen", "sniper", "bomber");

    /// <summary>
    /// Whether the subject of a "storm" or "loot" is a crowd (true: a riot) or armed (false: an assault), from its actors'
    /// sectors or its own words; null when nothing says, and the trigger keeps its code.
    /// </summary>
    private static bool? RiotOrForce(DocContext ctx, int head, List<EventActor> sourceActors)
    {
        if (sourceActors.Any(a => a.Sector is "MIL" or "REB" or "COP" or "INS" or "UAF" or "SPY")) return false;
        if (sourceActors.Any(a => a.Sector is "CVL" or "OPP")) return true;
        foreach (var s in Deps(ctx, head, "nsubj"))
        {
            // "Hundreds of protesters": the head and the noun its 'of' phrase names.
            var words = new[] { s }.Concat(ctx.Children(s).Where(c => ctx.Doc.Tokens[c].Deprel is "nmod" or "compound"));
            foreach (var w in words)
            {
                var t = ctx.Doc.Tokens[w];
                foreach (var form in new[] { t.Lemma.ToLowerInvariant(), t.Form.ToLowerInvariant() })
                {
                    var singular = Singular(form);
                    if (AttackerWords.Contains(form) || AttackerWords.Contains(singular)) return false;
                    if (CrowdWords.Contains(form) || CrowdWords.Contains(singular)) return true;
                }
            }
        }
        return null;
    }

    /// <summary>Our lexicon's verbs of taking, downing and pounding, which sport and business copy use for prizes.</summary>
    private static readonly FrozenWords TakingVerbs = new("capture", "seize", "retake", "recapture", "down", "pound", "storm");

    /// <summary>What is released by publishing it ("released figures", "a statement released by the ministry").</summary>
    private static readonly FrozenWords Publications = new(
        "figure", "figures", "data", "statistic", "statistics", "report", "result", "results", "statement", "detail", "details",
        "album", "film", "movie", "single", "book", "video", "footage", "image", "picture", "photo", "document", "list", "record",
        "version", "game", "product", "update", "information", "transcript", "text", "letter", "guideline", "guidelines");

    /// <summary>What is hit by reaching it ("hit the headlines", "hit a record high", "hit its target").</summary>
    private static readonly FrozenWords Marks = new(
        "headline", "headlines", "level", "levels", "record", "high", "low", "peak", "target", "mark", "wall", "shelf", "shelves",
        "street", "streets", "market", "button", "jackpot", "note", "road", "trail", "limit", "ceiling", "threshold", "milestone");

    /// <summary>What is won, not taken by force ("captured the title", "seized the top spot", "captured the imagination").</summary>
    private static readonly FrozenWords Prizes = new(
        "title", "crown", "medal", "gold", "silver", "bronze", "cup", "trophy", "prize", "award", "lead", "victory", "win", "championship",
        "record", "spot", "place", "share", "seat", "line", "imagination", "attention", "heart", "moment", "opportunity", "initiative",
        "chance", "mood", "headline", "market", "point", "set", "game", "match", "advantage", "edge", "momentum");

    /// <summary>Natural forces that hit and strike: never an assault.</summary>
    private static readonly FrozenWords Hazards = new(
        "tsunami", "earthquake", "quake", "storm", "hurricane", "cyclone", "typhoon", "tornado", "flood", "drought", "wave", "landslide",
        "avalanche", "wildfire", "epidemic", "pandemic", "virus", "disaster");

    /// <summary>A storm's name, or a hazard word no actor stands in ("the tsunami", "Hurricane Katrina" whatever the tagger made of it).</summary>
    private static bool IsNature(DocContext ctx, int token) =>
        ctx.IsStorm(token) || !ctx.IsActor(token)
            && ctx.Children(token).Prepend(token).Any(w => Hazards.Contains(Singular(ctx.Doc.Tokens[w].Form.ToLowerInvariant())));

    /// <summary>A relative pronoun subject ("the tsunami which struck") stands for the noun its clause modifies.</summary>
    private static int Antecedent(DocContext ctx, int verb, int subject)
    {
        var d = ctx.Doc;
        return RelativePronouns.Contains(d.Tokens[subject].Lemma.ToLowerInvariant()) && d.Tokens[verb].Deprel == "acl:relcl" && d.Tokens[verb].Head >= 0
            ? d.Tokens[verb].Head : subject;
    }

    /// <summary>Things an armed side holds or travels in: force against them is force against their owner.</summary>
    private static readonly FrozenWords Holdings = new(
        "convoy", "position", "base", "headquarters", "camp", "stronghold", "outpost", "checkpoint", "vehicle", "ship", "vessel",
        "boat", "plane", "aircraft", "depot", "facility", "installation", "unit", "patrol", "embassy", "consulate",
        // a place is its people's: "attacked the town of Gharyan", "shelled Tripoli airport"
        "town", "city", "village", "district", "suburb", "neighbourhood", "neighborhood", "airport", "port", "province", "region");

    /// <summary>A verb whose subject is a relative pronoun ("who accused") or has one as possessor ("whose plan is expected").</summary>
    private static bool RelativeVerb(DocContext ctx, int verb)
    {
        var d = ctx.Doc;
        foreach (var c in ctx.Children(verb))
        {
            if (!d.Tokens[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal)) continue;
            if (d.Tokens[c].Upos == "PRON" && d.Tokens[c].Form.ToLowerInvariant() is "who" or "which") return true;
            if (ctx.Children(c).Any(k => d.Tokens[k].Form.Equals("whose", StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    private enum VerbalHow { None, Always, Politician }

    /// <summary>
    /// Whether a force trigger can be words: "hit back", "hit out", "strike back" always are unless a side is armed; "attack"
    /// (verb or noun, "launched an attack on") is when a politician makes it. Our lexicon's words only: a dictionary pattern
    /// ("attack" in PETRARCH's ATTACK block) has no 'military' context.
    /// </summary>
    private static VerbalHow VerbalAttack(DocContext ctx, int head, Trigger trigger)
    {
        if (!trigger.Context.Contains("military")) return VerbalHow.None;
        var d = ctx.Doc;
        if (!trigger.IsNoun && trigger.Head is "hit" or "strike"
            && ctx.Children(head).Any(c => d.Tokens[c].Deprel is "compound:prt" or "advmod" && d.Tokens[c].Form.ToLowerInvariant() is "back" or "out"))
            return VerbalHow.Always;
        return trigger.Lemmas.Contains("attack") ? VerbalHow.Politician : VerbalHow.None;
    }

    /// <summary>Coercion, assault, fighting and mass violence (CAMEO 17-20): force aimed at a thing is aimed at its holder.</summary>
    private static bool IsForce(Trigger trigger) => trigger.Cameo.Length >= 2 && trigger.Cameo[..2] is "17" or "18" or "19" or "20";

    /// <summary>The actor that owns or holds a thing ("a convoy of the LNA", "Houthi positions", "the LNA's base"), else -1.</summary>
    private static int HeldBy(DocContext ctx, int thing)
    {
        var d = ctx.Doc;
        if (d.Tokens[thing].Upos != "NOUN" || !Holdings.Contains(Singular(d.Tokens[thing].Lemma.ToLowerInvariant()))) return -1;
        foreach (var c in ctx.Children(thing))
        {
            var rel = d.Tokens[c].Deprel;
            bool owner = rel is "nmod:poss" or "compound" or "amod"
                || rel == "nmod" && ctx.Children(c).Any(k => d.Tokens[k].Deprel == "case" && d.Tokens[k].Lemma.ToLowerInvariant() is "of" or "belonging");
            if (owner && ctx.IsActor(c)) return c;
        }
        return -1;
    }

    private static string Singular(string lemma) => lemma.Length > 3 && lemma[^1] == 's' && lemma[^2] != 's' ? lemma[..^1] : lemma;

    /// <summary>What one fights or hits without violence ("fight terror", "hit poverty").</summary>
    private static readonly FrozenWords SocialIlls = new(
        "terror", "terrorism", "crime", "corruption", "poverty", "inflation", "disease", "fraud", "racism", "extremism",
        "unemployment", "drug", "discrimination", "hunger", "illiteracy", "climate", "pollution", "obesity", "cancer", "aids", "malaria");

    /// <summary>Verbs whose infinitive complement is what they ask for ("called on Gondor to ...", "pressed him to agree").</summary>
    private static readonly FrozenWords RequestVerbs = new("urge", "ask", "call", "appeal", "press", "plead", "beg", "implore", "request", "demand", "invite", "encourage");

    /// <summary>"a documentary called 'No More Mr Nasty'" (a participle after the noun it names, with no subject of its own),
    /// "called the scheme indefensible" (a second predicate): 'call' that names.</summary>
    private static bool Naming(DocContext ctx, int head)
    {
        var d = ctx.Doc;
        if (d.Tokens[head].Deprel is "acl" or "amod") return true;
        bool afterNoun = head > 0 && d.Tokens[head - 1].Upos is "NOUN" or "PROPN";
        if (afterNoun && !ctx.Children(head).Any(c => d.Tokens[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal))) return true;
        return ctx.Children(head).Any(c => d.Tokens[c].Deprel is "xcomp" or "ccomp" or "obj:pred");
    }

    /// <summary>"urged Bree on Monday to help": an infinitive the parser took for an adverbial clause.</summary>
    private static bool Infinitive(Document d, int h)
    {
        if (d.Tokens[h].Deprel != "advcl") return false;
        for (int k = h - 1; k >= Math.Max(0, h - 2); k--)
            if (d.Tokens[k].Head == h && d.Tokens[k].Deprel == "mark" && string.Equals(d.Tokens[k].Form, "to", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A trigger inside an adverbial, paratactic or relative clause (on the way up to the sentence root).</summary>
    private static bool Subordinate(Document d, int head)
    {
        for (int h = head, steps = 0; h >= 0 && steps < 8; steps++, h = d.Tokens[h].Head)
            if (d.Tokens[h].Deprel is "advcl" or "parataxis" or "acl" or "acl:relcl" or "csubj") return true;
        return false;
    }

    /// <summary>
    /// "SANAA (Wire) - The Saudi-led coalition struck Sanaa airport ..., killing four people": a past form the parser hung on
    /// its subject as a participle while it has an object of its own is the main verb, as the reduced-passive rule reads it;
    /// its complete event makes the target-less "killing" background. (Counted as no subordinate everywhere, it kept 3 more
    /// extra rows in the PETRARCH validation.)
    /// </summary>
    private static bool MistaggedMainVerb(Document d, int h)
    {
        var t = d.Tokens[h];
        if (t.Deprel != "acl" || t.Xpos is not ("VBN" or "VBD") || t.Head < 0 || t.Head > h) return false;
        for (int k = h + 1; k < d.Tokens.Length && d.Tokens[k].Sentence == t.Sentence; k++)
            if (d.Tokens[k].Head == h && d.Tokens[k].Deprel == "obj") return true;
        return false;
    }

    /// <summary>
    /// "Iran could close the Strait ..., a senior commander warned on Monday.": a noun phrase after a comma whose participle
    /// has nothing but a time after it is the speaker of what comes before, a main verb the tagger read as a participle;
    /// read as a reduced passive it had made the commander the one warned.
    /// </summary>
    private static bool ReportingClause(DocContext ctx, int noun, int participle)
    {
        var d = ctx.Doc;
        int start = noun;
        while (start - 1 >= 0 && d.Tokens[start - 1].Sentence == d.Tokens[noun].Sentence && d.Tokens[start - 1].Head == noun
            && d.Tokens[start - 1].Upos != "PUNCT") start--;
        return start > 0 && d.Tokens[start - 1].Form == "," && d.Tokens[start - 1].Sentence == d.Tokens[noun].Sentence
            && ctx.Children(participle).All(c => d.Tokens[c].Deprel is "punct" or "advmod"
                || d.Tokens[c].Deprel.StartsWith("obl", StringComparison.Ordinal) && ctx.InTimeOrDateline(c));
    }

    /// <summary>Words that make a meeting a sports competition ("indoor meeting", "athletics meeting", "Golden League meeting").</summary>
    private static readonly FrozenWords SportMeetings = new("indoor", "outdoor", "athletics", "track", "race", "racing", "swimming",
        "league", "prix", "diamond", "golden", "jumping", "gymnastics", "cycling");

    /// <summary>Verbs that are events only towards someone, when a single-word pattern matched them.</summary>
    private static readonly FrozenWords DirectedVerbs = new("talk", "discuss", "warn", "offer", "ask", "summon");

    /// <summary>
    /// "talked about a New Labour manifesto", "refused to discuss newspaper reports", "warned that small firms could be
    /// crippled", "Labour has offered £22bn savings", "'...?' he asked": talking, warning, offering and asking with no one
    /// talked with, warned, offered to or asked are speech, not a meeting, threat, offer or request; summoning no actor ("summon
    /// the attorney, get all the papers") is no diplomatic summons. Asking for something
    /// ("asked for an apology", "asked to be allowed") stays a request.
    /// </summary>
    private static bool Undirected(DocContext ctx, int head, TriggerMatch match)
    {
        var d = ctx.Doc;
        if (match.After.Length > 0 || match.Before.Length > 0 || !DirectedVerbs.Contains(d.Tokens[head].Lemma.ToLowerInvariant())) return false;
        bool offersToDo = ctx.Children(head).Any(c => d.Tokens[c].Deprel == "xcomp" || Infinitive(d, c));
        return d.Tokens[head].Lemma.ToLowerInvariant() switch
        {
            "ask" => !offersToDo && !ctx.Children(head).Any(c => d.Tokens[c].Deprel == "obl"
                && ctx.Children(c).Any(k => d.Tokens[k].Deprel == "case" && d.Tokens[k].Lemma.Equals("for", StringComparison.OrdinalIgnoreCase))),
            // "Britain has offered to send 120 Gurkhas": an offer to act is an intent all the same.
            "offer" => !offersToDo,
            // "warned bigoted soccer fans", "warned both parties against ...": someone is warned, even unnamed.
            "warn" => !ctx.Children(head).Any(c => d.Tokens[c].Deprel is "obj" or "iobj"),
            _ => true,
        };
    }

    /// <summary>"Japan's technologically demanding users", "the threatening letters": a participle between a determiner or
    /// possessive and its noun describes the noun; it reports no event.</summary>
    private static bool Premodifier(Document d, int head)
    {
        if (d.Tokens[head].Xpos != "VBG" || head + 1 >= d.Tokens.Length || d.Tokens[head + 1].Sentence != d.Tokens[head].Sentence
            || d.Tokens[head + 1].Upos is not ("NOUN" or "ADJ")) return false;
        int k = head - 1;
        while (k >= 0 && d.Tokens[k].Upos == "ADV") k--;
        return k >= 0 && d.Tokens[k].Sentence == d.Tokens[head].Sentence
            && (d.Tokens[k].Upos == "DET" || d.Tokens[k].Xpos is "PRP$" or "POS");
    }

    /// <summary>A noun phrase right after the verb and its particles ("burned down its embassy", the object misparsed): the
    /// verb is active whatever its tag says.</summary>
    private static bool FollowedByNounPhrase(Document d, int verb)
    {
        int k = verb + 1;
        while (k < d.Tokens.Length && d.Tokens[k].Sentence == d.Tokens[verb].Sentence && d.Tokens[k].Deprel == "compound:prt") k++;
        return k < d.Tokens.Length && d.Tokens[k].Sentence == d.Tokens[verb].Sentence && d.Tokens[k].Upos is "DET" or "PRON" or "PROPN" or "NOUN" or "NUM" or "ADJ";
    }

    /// <summary>Where a trigger's words were found: the words after the head, and the words before it.</summary>
    private sealed record TriggerMatch(int[] After, int[] Before);

    /// <summary>
    /// The extra lemmas of a multiword trigger, in order within the words after the head ("hold ... talks": four words
    /// for the first, eight for the rest), and the words a pattern puts before the head, in order within the ten words
    /// before it ("heavily criticized", "did n't clash"); a word the pattern joins to its neighbour ('_') must be next to
    /// it; null when absent.
    /// </summary>
    private static TriggerMatch? Match(Document d, int head, int start, int end, Trigger trigger)
    {
        var found = new int[trigger.Lemmas.Length - 1];
        int at = head + 1;
        for (int k = 1; k < trigger.Lemmas.Length; k++)
        {
            int hit = -1;
            // A joined phrase ("REALLY_PLEASANT") is specific enough to be looked for further along the verb phrase
            // ("allowed that Mordor isn't a really pleasant place"); a single word stays close to the head.
            bool phrase = k == 1 && trigger.AdjacentAfter.Length > 1 && trigger.AdjacentAfter[1];
            int limit = Math.Min(end, k == 1 ? head + (phrase ? 10 : 6) : at + 8);
            if (k - 1 < trigger.AdjacentAfter.Length && trigger.AdjacentAfter[k - 1]) limit = Math.Min(end, at + 1);
            for (int j = at; j < limit; j++)
                if (Is(d.Tokens[j], trigger.Lemmas[k])) { hit = j; break; }
            if (hit < 0) return null;
            found[k - 1] = hit;
            at = hit + 1;
        }
        if (trigger.Before.IsDefaultOrEmpty) return new TriggerMatch(found, []);
        var before = new int[trigger.Before.Length];
        at = head - 1;
        for (int k = trigger.Before.Length - 1; k >= 0; k--)
        {
            int hit = -1;
            int lowest = k < trigger.AdjacentBefore.Length && trigger.AdjacentBefore[k] ? at : Math.Max(start, head - 10);
            for (int j = at; j >= Math.Max(start, lowest); j--)
                if (Is(d.Tokens[j], trigger.Before[k])) { hit = j; break; }
            if (hit < 0) return null;
            before[k] = hit;
            at = hit - 1;
        }
        return new TriggerMatch(found, before);
    }

    private static bool Is(Token token, string word) =>
        string.Equals(token.Lemma, word, StringComparison.OrdinalIgnoreCase) || string.Equals(token.Form, word, StringComparison.OrdinalIgnoreCase)
        // The lemmatiser leaves some plurals whole ("troops"): "send troop" still matches.
        || token.Upos == "NOUN" && token.Form.Length == word.Length + 1 && (token.Form[^1] is 's' or 'S') && token.Form.StartsWith(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs that report an event through its noun ("launched an offensive", "made a visit", "held talks"): the noun is
    /// the event. Under any other verb the noun is what that verb is about ("urged Haftar to halt his offensive",
    /// "condemned the attack"): the verb's own event, not a fresh one.
    /// </summary>
    private static readonly FrozenWords LightVerbs = new("launch", "carry", "conduct", "stage", "mount", "begin", "start", "make", "pay", "hold", "have", "continue", "resume", "wage", "escalate", "intensify", "undertake", "complete", "conclude", "end", "step", "be");

    /// <summary>A noun trigger that is the object of a verb other than a light verb ("halt his offensive"); a planning
    /// verb ("talks were scheduled for June 3", "the visit was postponed") only puts the happening ahead.</summary>
    private static bool NamedByOtherVerb(Document d, int noun)
    {
        var t = d.Tokens[noun];
        if (t.Head < 0 || t.Deprel is not ("obj" or "nsubj:pass" or "xcomp" or "ccomp")) return false;
        var verb = d.Tokens[t.Head];
        return verb.Upos is "VERB" && !LightVerbs.Contains(verb.Lemma.ToLowerInvariant()) && !PlanningVerbs.Contains(verb.Lemma);
    }

    /// <summary>"travel to Paris for talks with Macron": the noun 'talks' under a verb trigger is part of that event, not another.</summary>
    private static bool GovernedByTrigger(DocContext ctx, int noun, List<(int Head, Trigger Trigger, int[] Extra)> verbs)
    {
        int h = ctx.Doc.Tokens[noun].Head;
        for (int step = 0; step < 2 && h >= 0; step++, h = ctx.Doc.Tokens[h].Head)
            if (verbs.Any(v => v.Head == h)) return true;
        return false;
    }

    private IEnumerable<EventMention> Code(DocContext ctx, Sentence sentence, int head, TriggerMatch match, Trigger trigger)
    {
        var d = ctx.Doc;
        var tok = d.Tokens[head];
        var extra = match.After;
        if (!trigger.IsNoun && DenyVerbs.Contains(tok.Lemma) && ctx.Children(head).Any(c => d.Tokens[c].Deprel is "ccomp" or "xcomp")) yield break;
        if (!trigger.IsNoun && Premodifier(d, head)) yield break;
        // "another indoor meeting in France", "the Golden League meeting": an athletics meeting is a competition, no talks.
        if (trigger.IsNoun && tok.Lemma.Equals("meeting", StringComparison.OrdinalIgnoreCase)
            && ctx.Children(head).Any(c => d.Tokens[c].Deprel is "amod" or "compound" && SportMeetings.Contains(d.Tokens[c].Lemma.ToLowerInvariant())))
            yield break;
        // "- Withdrawing from the 1951 UN Convention on refugees": a gerund heading a sentence with no subject and no auxiliary
        // is a list item naming a policy, not a report that it happened.
        if (!trigger.IsNoun && tok.Xpos == "VBG" && tok.Deprel == "root"
            && !ctx.Children(head).Any(c => d.Tokens[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal) || d.Tokens[c].Deprel.StartsWith("aux", StringComparison.Ordinal)))
            yield break;
        // "helping to close the trade gap", "to help pay a tax bill": help given to no one is contribution, not aid.
        if (!trigger.IsNoun && trigger.Event == "AID" && tok.Lemma == "help" && !ctx.Children(head).Any(c => d.Tokens[c].Deprel is "obj" or "iobj" && ctx.IsActor(c))
            && ctx.Children(head).Any(c => d.Tokens[c].Deprel is "xcomp" or "ccomp" || Infinitive(d, c) || (d.Tokens[c].Deprel == "obj" && d.Tokens[c].Upos == "VERB")))
            yield break;
        var paths = new List<int>();
        bool linear = false;
        // "the four Britons freed from custody": a past participle on a noun is a reduced passive relative; the noun is
        // what the verb acts on, the source only a 'by' agent. A participle with an object of its own is active, mistagged
        // ("crowds burned down its embassy").
        bool reduced = !trigger.IsNoun && tok.Deprel == "acl" && tok.Xpos == "VBN" && tok.Head >= 0 && d.Tokens[tok.Head].Upos is "NOUN" or "PROPN" or "PRON"
            && !ctx.Children(head).Any(c => d.Tokens[c].Deprel is "obj" or "iobj" || d.Tokens[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal))
            && !FollowedByNounPhrase(d, head)
            // Right after its noun ("the Britons freed from custody"), or with a 'by' agent ("the Tories, backed by forecasters"):
            // a participle past commas is often a mistagged main verb ("Geldof, in blunt style, promised that ...").
            && (Enumerable.Range(tok.Head + 1, Math.Max(0, head - tok.Head - 1)).All(k => d.Tokens[k].Upos == "ADV") && tok.Head < head
                || AgentOf(ctx, head).Count > 0)
            // "The Alliance called on supporters to meet, but vowed to ...": a 'but'/'and' before the verb the noun is subject
            // of coordinates the participle with it, a main verb mistagged.
            && !(d.Tokens[tok.Head].Head is var main and > 0 && main > head
                && ctx.Children(main).Any(c => c > head && c < main && d.Tokens[c].Deprel == "cc"))
            && !ReportingClause(ctx, tok.Head, head);
        // "was taken to Guantanamo Bay after being captured": a passive auxiliary makes the verb passive even when its
        // subject is another clause's, so that subject is never the one who captured.
        bool passive = !trigger.IsNoun && (reduced || ctx.Children(head).Any(c => d.Tokens[c].Deprel is "nsubj:pass" or "aux:pass"));
        // Opinion, comment and cause that our lexicon's words also say (EventCoder.AuditRules.cs).
        if (DropsNonEvents && (AgreesAsOpinion(ctx, head, trigger, passive) || DeclinesComment(ctx, head, trigger) || RecognisesNoState(ctx, head, trigger, passive, reduced)
            || ThingHelps(ctx, head, trigger, passive) || HitsAmountOrWithThing(ctx, head, trigger) || KillsThing(ctx, head, trigger, passive)
            || SignsNoAgreement(ctx, head, trigger, passive, reduced) || CalledToPlace(ctx, head, trigger, passive)
            || AsksQuestion(ctx, head, trigger) || HardPressed(ctx, head, trigger) || MobilisesThing(ctx, head, trigger, passive)))
            yield break;
        var sources = new List<int>();
        var targets = new List<int>();

        // Slots a verb pattern names ("+ * MONEY $": the subject is the target, the actor after 'money' the source).
        if (trigger.TargetSlot is { } targetSlot)
        {
            targets.AddRange(InSlot(ctx, sentence, head, match, targetSlot, passive));
            if (trigger.SourceSlot is null && targets.Count > 0 && (targetSlot.Subject || targetSlot.BeforeHead))
                sources.AddRange(UpperSubject(ctx, head)); // "Falastur noted that Cirith Ungol regretted": the noting subject.
            linear |= !targetSlot.Subject;
        }
        if (trigger.SourceSlot is { } sourceSlot)
        {
            sources.AddRange(InSlot(ctx, sentence, head, match, sourceSlot, passive));
            linear |= !sourceSlot.Subject;
        }
        bool slotted = trigger.SourceSlot is not null || trigger.TargetSlot is not null;

        // Source.
        if (!slotted && (trigger.SourceRole == "between" || trigger.TargetRoles.Contains("between")))
        {
            if (PrepObject(ctx, sentence, head, "between", out var lin) is { } pair)
            {
                var members = WithConj(ctx, pair);
                if (trigger.SourceRole == "between" && members.Count >= 2)
                {
                    sources.Add(members[0]);
                    targets.AddRange(members.Skip(1));
                    linear |= lin;
                }
            }
        }
        if (sources.Count == 0 && trigger.SourceSlot is null)
        {
            if (passive)
                sources.AddRange(AgentOf(ctx, head));
            else if (trigger.IsNoun)
            {
                sources.AddRange(PossessorOf(ctx, head));
                // "Haftar visited Cairo for talks with Sisi", "flew to Paris for talks": whoever went holds the talks.
                if (sources.Count == 0 && tok.Deprel == "obl" && tok.Head >= 0 && d.Tokens[tok.Head].Upos == "VERB"
                    && ctx.Children(head).Any(c => d.Tokens[c].Deprel == "case" && d.Tokens[c].Lemma.Equals("for", StringComparison.OrdinalIgnoreCase)))
                    sources.AddRange(SubjectOf(ctx, tok.Head));
            }
            else if (!(trigger.TargetSlot?.Subject ?? false))
            {
                var subject = SubjectOf(ctx, head);
                // A finite adverbial clause without a subject ("as growth drives demand" misparsed) is not the sentence's to give.
                if (subject.Count == 0 && !(tok.Deprel == "advcl" && tok.Xpos is "VBZ" or "VBP" or "VBD") && LinearSubject(ctx, sentence, head) is { } s)
                {
                    subject.Add(s);
                    linear = true;
                }
                sources.AddRange(subject);
            }
        }
        // "Rita would hit Texas", "an earthquake struck Turkey, killing 30 people": a storm or another natural hazard does
        // nothing an actor does, whatever the verb.
        if (sources.Count > 0 && sources.All(s => IsNature(ctx, Antecedent(ctx, head, s))))
            yield break;
        // "meet the golden rule", "host a reception", "received a first reading": a meeting verb whose object is a thing is
        // no meeting; "a documentary called 'No More Mr Nasty'", "called this indefensible": naming is no phone call.
        if (!trigger.IsNoun && (!passive || reduced) && MeetingVerbs.Contains(trigger.Lemmas[0]) && trigger.Event == "CONSULT")
        {
            // "a dinner hosted by Prescott": the noun a reduced passive modifies is what was hosted.
            if ((reduced ? [tok.Head] : Deps(ctx, head, "obj")) is [var met, ..] && !ctx.IsActor(met)) yield break;
            // "the support he had received", "the advice we have received": a relative clause with no object of its own
            // met or received the noun it modifies; "received up to £30,000", "received less": one receives a visitor, so a
            // receiving with no one received is no visit ("the man he met" and "Blair and Bush met" stay meetings).
            bool noObject = !reduced && Deps(ctx, head, "obj").Count == 0;
            if (noObject && tok.Deprel == "acl:relcl" && tok.Head >= 0 && !ctx.IsActor(tok.Head)) yield break;
            if (noObject && tok.Lemma == "receive" && trigger.Lemmas.Length == 1 && tok.Deprel != "acl:relcl") yield break;
            if (tok.Lemma == "call" && Naming(ctx, head)) yield break;
        }

        // "Salamé welcomed the meeting", "welcomed Haftar's offer": one hosts a visitor (CAMEO 043), but a thing one welcomes
        // is approved. Only the host-a-visit reading: an imported dictionary's own code for "welcome" stays as it is.
        if (!trigger.IsNoun && !passive && tok.Lemma == "welcome" && trigger.Cameo == "043"
            && Deps(ctx, head, "obj") is [var welcomed, ..] && !ctx.IsActor(welcomed) && d.Tokens[welcomed].Upos == "NOUN"
            && !Visitors.Contains(d.Tokens[welcomed].Lemma.ToLowerInvariant()))
        {
            trigger = trigger with { Event = "SUPPORT", Mode = null, Context = ["diplomatic"], Cameo = "051" };
            // Whose offer: "Haftar's offer", "the Italian initiative", "the offer by Rome"; not where it was ("the meeting in Abu Dhabi").
            targets.AddRange(ctx.Children(welcomed).Where(c => ctx.IsActor(c) && (d.Tokens[c].Deprel is "nmod:poss" or "compound" or "amod"
                || d.Tokens[c].Deprel == "nmod" && ctx.Children(c).Any(k => d.Tokens[k].Deprel == "case" && d.Tokens[k].Lemma.ToLowerInvariant() is "by" or "of" or "from"))));
        }

        // "had withdrawn their bids to buy dollars", "withdrew the bill": our lexicon's military withdrawal (0872) of a thing
        // that is no actor is no retreat; "withdrew its troops", "withdrew from Sirte" stay. A dictionary pattern keeps its code.
        if (!trigger.IsNoun && !passive && tok.Lemma == "withdraw" && trigger.Event == "RETREAT" && trigger.Cameo == "0872"
            && Deps(ctx, head, "obj") is [var withdrawn, ..] && d.Tokens[withdrawn].Upos == "NOUN" && !ctx.IsActor(withdrawn))
            yield break;
        // "to demonstrate the central role Mr Brown will play", "have demonstrated that we can leapfrog": showing something is
        // no demonstration; "to demonstrate against the hunting ban" stays a protest. Our lexicon's reading (mode demonstrate).
        if (!trigger.IsNoun && !passive && tok.Lemma == "demonstrate" && trigger.Event == "PROTEST" && trigger.Mode == "demonstrate"
            && ctx.Children(head).Any(c => d.Tokens[c].Deprel is "obj" or "ccomp"))
            yield break;
        // "released figures", "figures released by the Cabinet Office", "released a statement": publishing, not freeing anyone.
        if (!trigger.IsNoun && tok.Lemma == "release" && trigger.Event == "RETREAT"
            && (reduced ? [tok.Head] : passive ? Deps(ctx, head, "nsubj:pass") : Deps(ctx, head, "obj")) is [var released, ..]
            && Publications.Contains(d.Tokens[released].Lemma.ToLowerInvariant()))
            yield break;
        // "hit the headlines", "hitting record levels": reaching a mark, not striking anyone.
        if (!trigger.IsNoun && !passive && tok.Lemma == "hit" && trigger.Event == "ASSAULT"
            && Deps(ctx, head, "obj") is [var reached, ..] && Marks.Contains(d.Tokens[reached].Lemma.ToLowerInvariant()))
            yield break;
        if (!trigger.IsNoun && tok.Lemma is "hit" or "strike" && trigger.Event == "ASSAULT"
            && (passive ? AgentOf(ctx, head) : Deps(ctx, head, "nsubj")) is [var hitter, ..]
            && Antecedent(ctx, head, hitter) is var what
            && (d.Tokens[what].Upos == "NOUN" && !ctx.IsActor(what) && !Weapons.Contains(d.Tokens[what].Lemma.ToLowerInvariant())
                // "the Tsunami which struck south Asia", "Hurricane Katrina struck": nature, whatever the tagger made of its capitals.
                || ctx.Children(what).Prepend(what).Any(w => Hazards.Contains(Singular(d.Tokens[w].Form.ToLowerInvariant())))))
            yield break;
        // "fighting the next election", "fighting against defence cuts", "fight the fire": one fights people with violence,
        // a thing only with words, votes or water.
        if (!trigger.IsNoun && !passive && tok.Lemma == "fight" && trigger.Event == "ASSAULT"
            && (Deps(ctx, head, "obj") is [var foughtThing, ..] && d.Tokens[foughtThing].Upos == "NOUN" && !ctx.IsActor(foughtThing)
                || PrepObject(ctx, sentence, head, "against", out _) is { } against && d.Tokens[against].Upos == "NOUN" && !ctx.IsActor(against)))
            yield break;
        // "stormed to the 1,000m title", "stormed into a 4-0 lead": storming nothing is a race won, not a place taken; "captured
        // her first WTA title", "seized the top spot", "pounded the line": our lexicon's verbs of taking and pounding with a
        // prize or a standing as object are sport and business, not force (PETRARCH: "seize opportunity" codes nothing).
        if (!trigger.IsNoun && !passive && trigger.Lemmas.Length == 1 && tok.Lemma.Equals("storm", StringComparison.OrdinalIgnoreCase)
            && !ctx.Children(head).Any(c => d.Tokens[c].Deprel == "obj"))
            yield break;
        if (!trigger.IsNoun && !passive && trigger.Lemmas.Length == 1 && TakingVerbs.Contains(trigger.Head)
            && Deps(ctx, head, "obj") is [var taken, ..] && !ctx.IsActor(taken) && Prizes.Contains(d.Tokens[taken].Lemma.ToLowerInvariant()))
            yield break;
        // "attacked Labour's pledges as vacuous", "help fight terror": force aimed at an idea or a social ill is words or
        // policy, not violence. "the Tory plans" is an idea though a name modifies it (no actor, unlike "Tory MPs").
        if (!trigger.IsNoun && !passive && trigger.Cameo.Length >= 3 && trigger.Cameo[..2] is "18" or "19" or "20"
            && Deps(ctx, head, "obj") is [var aimed, ..]
            && (!ctx.IsActor(aimed) || ctx.MentionAt(aimed) < 0 && IdeaNouns.Contains(d.Tokens[aimed].Lemma.ToLowerInvariant())))
        {
            var aimedAt = d.Tokens[aimed].Lemma.ToLowerInvariant();
            // "attacked his position on Iraq" is words; "attacked Houthi positions" is war.
            bool idea = IdeaNouns.Contains(aimedAt) && !(aimedAt == "position" && d.Tokens[aimed].Xpos == "NNS");
            if (idea && CriticismVerbs.Contains(tok.Lemma))
            {
                trigger = trigger with { Event = "ACCUSE", Mode = null, Context = [], Cameo = "111" };
                // Whose plan: "Labour's pledges", "Tory plans", "the decision by Britain's highest court".
                targets.AddRange(ctx.Children(aimed).Where(c => d.Tokens[c].Deprel is "nmod:poss" or "compound" or "amod" or "nmod" && ctx.IsActor(c)));
            }
            else if (idea || SocialIlls.Contains(aimedAt))
                yield break;
        }

        // Targets, roles in order.
        if (targets.Count == 0 && trigger.TargetSlot is null && !trigger.Compound)
        {
            bool force = IsForce(trigger);
            foreach (var role in trigger.TargetRoles)
            {
                var found = role switch
                {
                    // "Russell said: 'it's very different'": what a speech verb reports is no one it addresses.
                    "obj" => reduced ? [tok.Head] : passive ? Deps(ctx, head, "nsubj:pass") : SpeechVerbs.Contains(tok.Lemma) ? Deps(ctx, head, "obj") : ObjectOf(ctx, head, !CommitmentVerbs.Contains(tok.Lemma)),
                    "iobj" => Deps(ctx, head, "iobj"),
                    "between" when trigger.SourceRole == "between" => [],
                    // PETRARCH's target: the first actor of the verb phrase ("condemned an attack by Osgiliath soldiers in south
                    // Ithilen": the soldiers), else by word order after a preposition the parser attached elsewhere.
                    // "called on Gondor late Sunday to be allowed ...": a pattern ending in a preposition names its object first.
                    "pp" when extra.Length > 0 && d.Tokens[extra[^1]].Upos is "ADP" or "SCONJ" && TargetPrepositions.Contains(d.Tokens[extra[^1]].Lemma.ToLowerInvariant())
                        && PrepObject(ctx, sentence, head, d.Tokens[extra[^1]].Lemma.ToLowerInvariant(), out var plin, extra[^1]) is { } after && ctx.IsActor(after) => Mark(after, plin),
                    "pp" => InsideObject(ctx, sentence, extra.Length > 0 ? extra[^1] : head, head, sources) is { } inside ? Mark(inside, true)
                        : NearestPrepObject(ctx, sentence, extra.Length > 0 ? extra[^1] : head, out var lin) is { } p ? Mark(p, lin) : [],
                    // "called on member states to enforce ...": the trigger's own last word is the preposition.
                    _ when extra.Length > 0 && string.Equals(d.Tokens[extra[^1]].Lemma, role, StringComparison.OrdinalIgnoreCase) =>
                        PrepObject(ctx, sentence, head, role, out var lin, extra[^1]) is { } p ? Mark(p, lin) : [],
                    _ => PrepObject(ctx, sentence, extra.Length > 0 ? extra[^1] : head, role, out var lin) is { } p ? Mark(p, lin) : [],
                };
                // "hit a convoy of the LNA", "shelled Houthi positions": force aimed at what an actor owns or holds hits the actor.
                // "seized control of Aden airport": the object of a force pattern's 'of' too.
                if (force && role is "obj" || force && role == "of" && extra.Length > 0) found = [.. found.Select(f => ctx.IsActor(f) ? f : HeldBy(ctx, f))];
                var actors = found.Where(f => f >= 0 && ctx.IsActor(f) && !sources.Contains(f)).ToList();
                if (actors.Count == 0) continue;
                targets.AddRange(actors);
                break;
            }
        }
        List<int> Mark(int p, bool lin) { linear |= lin; return [p]; }

        // "Militias allied with the GNA attacked ...": a name after 'allied with', 'loyal to', 'backed by' is the patron of the
        // noun before it; the parse often makes it the verb's subject, but the noun is the one that acts.
        var patronOf = new Dictionary<int, string>();
        sources = [.. sources.Select(s => Client(ctx, sentence, head, s, patronOf))];
        targets = [.. targets.Select(s => Client(ctx, sentence, head, s, patronOf))];
        // "He went on to accuse Mr Brown", "Mr Clarke accused him": a person pronoun is never the name its own verb takes as the
        // other side (binding); it stands for someone else, and the name stays (before, the pronoun took the name's person and
        // the name was dropped as the same actor on both sides).
        int NamedChain(IEnumerable<int> side) => side.SelectMany(x => WithConj(ctx, x)).Where(x => d.Tokens[x].Upos != "PRON")
            .Select(x => ctx.NameMentionAt(x)).Where(m => m >= 0).Select(m => d.EntityMentions[m].Chain).FirstOrDefault(c => c >= 0, -1);
        int targetChain = NamedChain(targets), sourceChain = NamedChain(sources);
        var sourceSet = sources.SelectMany(x => WithConj(ctx, x)).ToHashSet();
        EventActor? Coded(int s)
        {
            // Person pronouns only: "it" and "they" already fall back on whatever entity is near, and would find a worse one.
            int notChain = d.Tokens[s].Upos != "PRON" || d.Tokens[s].Form.ToLowerInvariant() is not ("he" or "him" or "his" or "she" or "her") ? -1
                : sourceSet.Contains(s) ? targetChain : sourceChain;
            var actor = ctx.ActorAt(s, ref paths, head, _actors, notChain);
            return actor is not null && patronOf.TryGetValue(s, out var why) ? actor with { Reason = $"{actor.Reason}; {why}" } : actor;
        }
        var sourceActors = Distinct(sources.SelectMany(s => WithConj(ctx, s)).Select(Coded).OfType<EventActor>());
        var targetActors = Distinct(targets.SelectMany(s => WithConj(ctx, s)).Select(Coded).OfType<EventActor>());
        targetActors = [.. targetActors.Where(t => !sourceActors.Any(s => SameActor(s, t)))];
        sourceActors = Members(sourceActors);
        // "Protesters stormed the parliament" is a riot; "troops", "gunmen" or "attackers" storming a building is force.
        if (trigger.Lemmas.Length == 1 && trigger.Cameo is "190" or "145" && RiotOrForceVerbs.Contains(trigger.Head)
            && RiotOrForce(ctx, head, sourceActors) is { } byCrowd)
            trigger = byCrowd ? trigger with { Event = "PROTEST", Mode = "riot", Context = [], Cameo = "145" }
                : trigger with { Event = "ASSAULT", Mode = null, Context = ["military"], Cameo = "190" };
        targetActors = Members(targetActors);
        // "The two political leaders clashed", "clashed with ministers": a clash of people or politicians with no armed or
        // crowd side is words (criticism), not a fight; "police clashed with protesters" stays an assault. Our lexicon's "clash"
        // (CAMEO 190) only: a dictionary pattern codes what its author wrote.
        EntityType? TypeOf(EventActor a) => a.Chain is int c && c >= 0 && c < d.EntityChains.Length ? d.EntityChains[c].Type : null;
        // An armed side, or a state ("Gondor clashed with Osgiliath", "Putin attacked Ukraine"): force stays force.
        bool Armed(EventActor a) => a.Sector is "MIL" or "REB" or "INS" or "COP" or "SPY" or "UAF" || TypeOf(a) is EntityType.GPE or EntityType.LOC;
        if (trigger.Event == "ASSAULT" && trigger.Cameo == "190" && tok.Lemma.Equals("clash", StringComparison.OrdinalIgnoreCase))
        {
            var sides = sourceActors.Concat(targetActors).ToList();
            // A crowd that clashes fights too ("protesters clashed with police").
            bool armed = sides.Any(a => Armed(a) || a.Sector == "CVL");
            bool political = sides.Any(a => TypeOf(a) == EntityType.PER || (TypeOf(a) is null && a.Sector is "GOV" or "LEG" or "OPP" or "PTY" or "JUD"));
            if (!armed && political) trigger = trigger with { Event = "ACCUSE", Mode = null, Context = [], Cameo = "111" };
        }
        // "Kennedy attacked Mr Brown", "launched an attack on Conservative spending plans", "his attack on Labour", "Labour hit
        // back at the Tory proposals", "has hit out at critics": a politician's attack, and hitting back or out at anyone, is
        // words (criticism); half the ASSAULT rows of BBC politics were these. An armed or state side keeps the assault
        // ("Putin attacked Ukraine", "troops hit back"), and so does an attack nobody is said to make ("was attacked in a park").
        if (trigger.Event == "ASSAULT" && trigger.Cameo == "190" && (VerbalAttack(ctx, head, trigger) is var how and not VerbalHow.None))
        {
            var sides = sourceActors.Concat(targetActors).ToList();
            bool Political(EventActor a) => !Armed(a) && (TypeOf(a) == EntityType.PER || a.Sector is "GOV" or "LEG" or "OPP" or "PTY" or "JUD");
            if (!sides.Any(Armed) && (how == VerbalHow.Always || sourceActors.Count > 0 && sourceActors.All(Political)))
                trigger = trigger with { Event = "ACCUSE", Mode = null, Context = [], Cameo = "111" };
        }
        // "Beijing protested against the visit": a government protests by note or statement, not in the street (CAMEO 140, no
        // demonstration); "protesters protested" keeps it.
        if (trigger.Event == "PROTEST" && trigger.Mode == "demonstrate" && trigger.Cameo == "140" && sourceActors.Count > 0
            && sourceActors.All(a => a.Sector is "GOV" or "LEG" or "IGO"))
            trigger = trigger with { Mode = null };
        // "Pinotti and Haftar discussed ...", "A and B met": a mutual event with coordinated subjects and no target
        // reads both ways, each subject acting on the others (below, one record per subject).
        // "firms, including DaimlerChrysler, Siemens and Volkswagen, have been negotiating with unions": a partner the verb names
        // that is no actor is still the partner, so the subjects did not meet each other.
        bool eachOther = Mutual(trigger) && targetActors.Count == 0 && sourceActors.Count >= 2
            && !(trigger.TargetRoles.Contains("with") && !trigger.IsNoun && PrepTarget(ctx, head, "with") is { } partner && !ctx.IsActor(partner));
        if (sourceActors.Count == 0 && targetActors.Count == 0) yield break;
        if (DropsNonEvents && (SuspendsOwnThing(ctx, head, trigger, passive, targetActors.Count) || BlamesThing(ctx, head, trigger, passive, targetActors.Count))) yield break;
        if (IsBareStatement(tok, trigger, targetActors)) yield break;
        if (!trigger.IsNoun && targetActors.Count == 0 && !eachOther && Undirected(ctx, head, match)) yield break;

        var (status, statusReason, attribution) = StatusOf(ctx, sentence, head, trigger, sourceActors, targetActors);
        var date = DateOf(ctx, sentence, head);
        if (status == EventStatus.Happened && IsFuture(date.Value, d.Metadata.PublishedOn))
        {
            status = EventStatus.Planned;
            statusReason = $"dated after publication ({date.Value})";
        }
        var place = PlaceOf(ctx, sentence, head, trigger, sourceActors, targetActors);

        var triggerEnd = extra.Length > 0 ? d.Tokens[extra[^1]].End : tok.End;
        double argScore = (sourceActors.Count > 0 ? 0.5 : 0) + (targetActors.Count > 0 || trigger.TargetRoles.Length == 0 ? 0.5 : 0);
        argScore = 0.4 + 0.6 * argScore;
        double meanPath = paths.Count == 0 ? 1 : paths.Average();
        double pathScore = Math.Max(0.6, 1.0 - 0.1 * Math.Max(0, meanPath - 1)) * (linear ? 0.85 : 1.0);
        double value = Math.Round(trigger.Certainty * argScore * pathScore, 3);
        var explanation = $"trigger '{d.Text[tok.Start..triggerEnd]}' certainty {trigger.Certainty:0.##}; " +
            $"{(sourceActors.Count > 0 ? "source" : "no source")} and {(targetActors.Count > 0 ? "target" : "no target")} found ({argScore:0.##}); " +
            $"mean parse path {meanPath:0.#}{(linear ? ", a preposition found by word order (parse disagreed)" : "")} ({pathScore:0.##})";
        var ev = new EventMention
        {
            Id = "",
            Event = trigger.Event,
            Mode = trigger.Mode,
            Context = trigger.Context,
            Source = [.. sourceActors],
            Target = [.. targetActors],
            Date = date,
            EventLoc = place,
            Cameo = trigger.Cameo,
            Status = status,
            StatusReason = statusReason,
            Attribution = attribution,
            Confidence = new EventConfidence(value, trigger.Certainty, Math.Round(argScore, 3), Math.Round(pathScore, 3), explanation),
            Trigger = d.Text[tok.Start..triggerEnd],
            TriggerStart = tok.Start,
            TriggerEnd = triggerEnd,
            Mentions = [new EventCitation(sentence.Start, sentence.End, d.Text[sentence.Start..sentence.End])],
            Figures = EventFigures.Find(ctx, head, trigger.IsNoun),
        };
        if (eachOther)
        {
            // "Gondor and Osgiliath have delayed their meeting": the first subject's record, then the others' mirrors.
            foreach (var s in sourceActors)
                yield return ev with { Source = [s], Target = [.. sourceActors.Where(o => !SameActor(o, s))], ReverseOf = SameActor(s, sourceActors[0]) ? null : "" };
            yield break;
        }
        // "met twice, in 2017 and 2018": one record per happening, each followed by its reverse reading.
        foreach (var happening in CoordinatedDates(ctx, sentence, date).Select(also => ev with
                 {
                     Date = also,
                     Status = status == EventStatus.Happened && IsFuture(also.Value, d.Metadata.PublishedOn) ? EventStatus.Planned : status,
                 }).Prepend(ev))
        {
            yield return happening;
            // "left for Minas Tirith": a visit made is a visit hosted; the pattern's reverse code reads target to source.
            if (trigger.ReverseCameo is { } reverse && sourceActors.Count > 0 && targetActors.Count > 0)
                yield return happening with { Source = [.. targetActors], Target = [.. sourceActors], Cameo = reverse, Event = CameoVerbImporter.PloverType(reverse), ReverseOf = "" };
        }
    }

    /// <summary>
    /// "Ethiopia departx from Libya ..., a senior official said": a speech verb on its own ("said", "noted") with nobody
    /// addressed is a statement, which PLOVER does not code as an event; what was said is the event, when there is one.
    /// A multiword trigger headed by such a verb ("declared a ceasefire") names its own event and stays.
    /// </summary>
    internal static bool IsBareStatement(Token head, Trigger trigger, IReadOnlyCollection<EventActor> targets) =>
        !trigger.IsNoun && trigger.Lemmas.Length == 1 && targets.Count == 0 && SpeechVerbs.Contains(head.Lemma);

    /// <summary>
    /// Events two parties do with each other: a '%' pattern, a pattern with a reverse code, a meeting or negotiation, or
    /// a CAMEO consultation (04), material cooperation (06), intent to cooperate or meet (030, 031, 036), an agreement (057).
    /// </summary>
    private static bool Mutual(Trigger trigger) =>
        trigger.Compound || trigger.ReverseCameo is not null || trigger.Mode is "meeting" or "negotiation"
        || trigger.Cameo.StartsWith("04", StringComparison.Ordinal) || trigger.Cameo.StartsWith("06", StringComparison.Ordinal)
        || trigger.Cameo is "030" or "031" or "036" or "057";

    /// <summary>The actor a pattern slot names: the subject, the nearest actor before the head after a given word, or the first actor after a given word (passing over '^' phrases).</summary>
    private static List<int> InSlot(DocContext ctx, Sentence sentence, int head, TriggerMatch match, TriggerSlot slot, bool passive)
    {
        var d = ctx.Doc;
        if (slot.Subject)
        {
            if (passive) return Deps(ctx, head, "nsubj:pass");
            var subject = SubjectOf(ctx, head);
            return subject.Count == 0 && LinearSubject(ctx, sentence, head) is { } s ? [s] : subject;
        }
        int from, to;
        if (slot.BeforeHead)
        {
            from = slot.AfterWord < 0 ? sentence.FirstToken : match.Before[slot.AfterWord] + 1;
            to = head;
        }
        else
        {
            from = (slot.AfterWord == 0 ? head : match.After[slot.AfterWord - 1]) + 1;
            to = Math.Min(sentence.FirstToken + sentence.TokenCount, from + 12);
        }
        int skip = slot.Skip;
        for (int i = from; i < to; i++)
        {
            if (!ctx.IsActor(i) || d.Tokens[i].Upos == "PRON" && d.Tokens[i].Deprel == "nmod:poss") continue;
            int name = ctx.HeadOfName(i);
            if (skip > 0)
            {
                skip--;
                while (i + 1 < to && ctx.HeadOfName(i + 1) == name) i++;
                continue;
            }
            return [name];
        }
        return [];
    }

    /// <summary>The subject of the clause the head's clause depends on ("Falastur noted that Cirith Ungol regretted": Falastur).</summary>
    private static List<int> UpperSubject(DocContext ctx, int head)
    {
        var d = ctx.Doc;
        for (int v = head, hops = 0; hops < 3 && d.Tokens[v].Head >= 0; hops++)
        {
            if (d.Tokens[v].Deprel is not ("ccomp" or "xcomp" or "advcl" or "parataxis" or "conj")) break;
            v = d.Tokens[v].Head;
            var subj = SubjectOf(ctx, v);
            if (subj.Count > 0) return subj;
        }
        return [];
    }

    /// <summary>The first actor after the head inside its object's phrase or its complements, not crossing into another finite clause.</summary>
    private static int? InsideObject(DocContext ctx, Sentence sentence, int from, int head, List<int> sources)
    {
        var d = ctx.Doc;
        int end = sentence.FirstToken + sentence.TokenCount;
        for (int i = from + 1; i < Math.Min(end, from + 16); i++)
        {
            var t = d.Tokens[i];
            if (t.Upos is not ("PROPN" or "NOUN") || !ctx.IsActor(i) || sources.Contains(i)) continue;
            if (!UnderInPhrase(ctx, head, i)) continue;
            int name = ctx.HeadOfName(i);
            // "Osgiliath soldiers": the name modifies an actor noun, which is the actor.
            var n = d.Tokens[name];
            if (n.Deprel is "compound" or "nmod:poss" or "amod" && n.Head > name && n.Head < name + 5 && d.Tokens[n.Head].Upos == "NOUN" && ctx.IsActor(n.Head))
                return n.Head;
            return name;
        }
        return null;
    }

    /// <summary>Below the head through nominal and non-finite edges (object, oblique, nmod, acl, xcomp), at most six steps.</summary>
    private static bool UnderInPhrase(DocContext ctx, int top, int node)
    {
        var d = ctx.Doc;
        for (int h = node, s = 0; h >= 0 && s < 7; s++)
        {
            if (h == top) return true;
            var rel = d.Tokens[h].Deprel;
            if (rel is "ccomp" or "advcl" or "parataxis" or "acl:relcl" or "csubj" or "nsubj" or "nsubj:pass" or "conj" && d.Tokens[h].Head != top) return false;
            // "break into an anti- Gondor parade" ('parade' in apposition to 'anti'): an apposition on a noun stays in its phrase.
            if (rel == "appos" && d.Tokens[h].Head != top && d.Tokens[d.Tokens[h].Head].Upos is not ("NOUN" or "PROPN")) return false;
            if (rel.StartsWith("nsubj", StringComparison.Ordinal) && d.Tokens[h].Head == top) return false;
            h = d.Tokens[h].Head;
        }
        return false;
    }

    /// <summary>A dictionary entry standing for several actors ("THE_SHIRE [FRO/BIL/SAM]"): one actor per code.</summary>
    private static List<EventActor> Members(List<EventActor> actors)
    {
        if (!actors.Any(a => a.Code?.Contains('/', StringComparison.Ordinal) == true)) return actors;
        var list = new List<EventActor>();
        foreach (var a in actors)
        {
            if (a.Code?.Contains('/', StringComparison.Ordinal) != true) { list.Add(a); continue; }
            foreach (var code in a.Code.Split('/', StringSplitOptions.RemoveEmptyEntries))
                list.Add(a with { Code = code, Country = code.Length >= 3 ? code[..3] : null, Sector = code.Length > 3 ? code[3..] : null, Reason = a.Reason + $"; member {code} of {a.Code}" });
        }
        return list;
    }

    /// <summary>
    /// The same actor: one entity chain, one span, or the same name with the same code ("Gondor ... with Gondor" where
    /// coreference left two chains). An event never has an actor on both sides.
    /// </summary>
    internal static bool SameActor(EventActor a, EventActor b) =>
        (a.Chain is { } x && x == b.Chain) || (a.Start == b.Start && a.End == b.End)
        || (a.Code is { } code && code == b.Code && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));

    private static List<EventActor> Distinct(IEnumerable<EventActor> actors)
    {
        var list = new List<EventActor>();
        foreach (var a in actors)
            if (!list.Any(b => SameActor(a, b))) list.Add(a);
        // "Dale and Esgaroth leaders" coded DALGOV/ESGGOV already holds "Esgaroth" (ESG), found again as a coordinated name.
        return [.. list.Where(a => !list.Any(b => Holds(b, a)))];
    }

    /// <summary>Whether <paramref name="whole"/>'s longer span holds <paramref name="part"/>'s and one of its codes extends part's.</summary>
    private static bool Holds(EventActor whole, EventActor part) =>
        whole.Start <= part.Start && part.End <= whole.End && whole.End - whole.Start > part.End - part.Start
        && part.Code is { } code && whole.Code is { } codes && codes.Split('/').Any(m => m.StartsWith(code, StringComparison.Ordinal));

    /// <summary>Words that name a patron after them: "allied with the GNA", "loyal to Haftar", "close to the Houthis", "backed by Turkey".</summary>
    private static readonly FrozenWords PatronWithTo = new("allied", "aligned", "affiliated", "loyal", "close", "linked", "tied", "connected", "answerable");
    private static readonly FrozenWords PatronBy = new("backed", "supported", "sponsored", "funded", "armed", "trained", "equipped");

    /// <summary>
    /// The actor noun whose patron <paramref name="token"/> names, by word order ("Militias allied with the GNA", "Gunmen close
    /// to the Houthis", "Fighters, backed by Turkey,"), else the token itself; <paramref name="patronOf"/> keeps why.
    /// </summary>
    private static int Client(DocContext ctx, Sentence sentence, int head, int token, Dictionary<int, string> patronOf)
    {
        var d = ctx.Doc;
        int k = token - 1;
        // "Militiamen loyal to Haftar attacked" parsed with 'loyal' as the subject: the patron word itself stands for its client.
        var self = d.Tokens[token].Form.ToLowerInvariant();
        if ((PatronWithTo.Contains(self) || PatronBy.Contains(self)) && token + 1 < d.Tokens.Length && d.Tokens[token + 1].Sentence == d.Tokens[token].Sentence
            && d.Tokens[token + 1].Upos == "ADP")
            k = token + 1;
        else
            // The patron's own words: "the", "Khalifa", "Tripoli-based", "Libyan", "Sanaa's Houthi".
            while (k >= sentence.FirstToken && token - k <= 6 && (d.Tokens[k].Upos is "DET" or "ADJ" or "PROPN" or "NOUN" or "NUM" || d.Tokens[k].Form == "-" || d.Tokens[k].Xpos == "POS")) k--;
        // "Fighters backed by Turkey": when the patron word is the trigger itself, its agent is the event's source.
        if (k - 2 < sentence.FirstToken || d.Tokens[k].Upos != "ADP" || k - 1 == head) return token;
        var prep = d.Tokens[k].Form.ToLowerInvariant();
        var word = d.Tokens[k - 1].Form.ToLowerInvariant();
        if (!(prep is "with" or "to" && PatronWithTo.Contains(word) || prep == "by" && PatronBy.Contains(word))) return token;
        int c = k - 2;
        while (c > sentence.FirstToken && d.Tokens[c].Upos == "ADV" || c > sentence.FirstToken && d.Tokens[c].Form == ",") c--; // "closely allied", "Fighters, backed by"
        if (d.Tokens[c].Upos is not ("NOUN" or "PROPN") || !ctx.IsActor(c) || ctx.MentionAt(c) >= 0 && ctx.MentionAt(c) == ctx.MentionAt(token)) return token;
        patronOf[c] = k == token + 1 ? $"'{word} {prep}' names its patron" : $"'{ctx.PhraseText(token)}' is its patron ('{word} {prep}'), not the actor";
        return c;
    }

    private static List<int> Deps(DocContext ctx, int head, params string[] rels) =>
        [.. ctx.Children(head).Where(c => rels.Contains(ctx.Doc.Tokens[c].Deprel))];

    /// <summary>nsubj of the trigger; else inherited: a conjoined verb shares its first verb's subject, a relative clause's subject is the noun it modifies.</summary>
    private static List<int> SubjectOf(DocContext ctx, int head)
    {
        var d = ctx.Doc;
        for (int v = head, hops = 0; v >= 0 && hops < 3; hops++)
        {
            var subj = Deps(ctx, v, "nsubj");
            // "TRIPOLI, Sept 26 - Khalifa Hafter, commander of the LNA, received ...": the parser made the dateline's
            // city the subject; it is never an actor, so the verb has no parsed subject and the word order gives it.
            if (subj.Count > 0 && subj.All(ctx.InTimeOrDateline)) return [];
            // "ROME — Haftar met Conte": the dateline beside the trigger's real subject is none of its subjects (only its own: a
            // subject inherited from a speech verb, "ROME ... officials said, as fighting ...", is left as it was, no one).
            if (v == head) subj.RemoveAll(ctx.InTimeOrDateline);
            if (subj.Count > 0)
            {
                // "Evil Mordor, the awful Fornost, and good Gondor welcomed": the parser hung each conjunct on the verb; a
                // coordinating 'and' between subjects before the verb says they act together.
                if (CoordinatedSubjects(ctx, v, subj) is { } together) return together;
                // "the general, who met Conte": the relative pronoun stands for the modified noun.
                if (RelativePronouns.Contains(d.Tokens[subj[0]].Lemma.ToLowerInvariant()) && d.Tokens[v].Deprel == "acl:relcl" && d.Tokens[v].Head >= 0)
                    return [d.Tokens[v].Head];
                // "strongman Khalifa Haftar held": prefer the subject that is a named entity, the nearest one
                // before the verb ("after meeting Mogherini, Sarraj accused ...": Sarraj).
                // A person outranks an organisation when the parse split "United Nations envoy Ghassan Salame" into two subjects.
                var people = subj.Where(ctx.NamesPerson).ToList();
                var named = people.Count > 0 ? people : subj.Where(s => ctx.MentionAt(s) >= 0).ToList();
                var pool = named.Count > 0 ? named : subj;
                return [pool.OrderBy(s => s < v ? v - s : 1000 + s - v).First()];
            }
            var rel = d.Tokens[v].Deprel;
            // "a day after meeting Conte": a participle clause on a noun that is no actor shares the clause's subject; a gerund
            // with a determiner is a noun ("expressed concern over the fighting in Sudan": the minister fought nobody).
            if (rel == "acl" && d.Tokens[v].Xpos == "VBG" && d.Tokens[v].Head >= 0 && !ctx.IsActor(d.Tokens[v].Head) && d.Tokens[d.Tokens[v].Head].Head >= 0
                && Deps(ctx, v, "det").Count == 0)
            {
                v = d.Tokens[d.Tokens[v].Head].Head;
                continue;
            }
            if (rel == "acl:relcl" || rel == "acl") return d.Tokens[v].Head >= 0 ? [d.Tokens[v].Head] : [];
            if (rel == "xcomp")
            {
                // "urged Haftar to halt": the controller is the object of the upper verb.
                var obj = Deps(ctx, d.Tokens[v].Head, "obj");
                if (obj.Count > 0) return obj;
            }
            // "After meeting Mogherini, Sarraj accused ...": an adverbial clause shares the main clause's subject; a finite one
            // ("as growth drives demand") has a subject of its own, so a finite verb without one is a misparse, not a share.
            if (rel is not ("conj" or "xcomp" or "advcl")) break;
            if (rel == "advcl" && d.Tokens[v].Xpos is "VBZ" or "VBP" or "VBD") break;
            v = d.Tokens[v].Head;
        }
        return [];
    }

    /// <summary>Several subjects of one verb, all before it, with 'and', 'or' or 'nor' between the first and the last; else null.</summary>
    private static List<int>? CoordinatedSubjects(DocContext ctx, int verb, List<int> subjects)
    {
        var d = ctx.Doc;
        var before = subjects.Where(s => s < verb && ctx.IsActor(s)).Order().ToList();
        if (before.Count < 2) return null;
        // "Arnor, Calenardhon and the evil awful Gondor": the 'and' may come after the second subject, inside a nominal.
        for (int k = before[0] + 1; k < verb; k++)
            if (d.Tokens[k].Upos == "CCONJ" && d.Tokens[k].Lemma.ToLowerInvariant() is "and" or "or" or "nor"
                && (k < before[^1] || d.Tokens[k].Head >= 0 && d.Tokens[d.Tokens[k].Head].Upos is "PROPN" or "NOUN" or "PRON")) return before;
        return null;
    }

    /// <summary>
    /// When the parse gives a verb no subject ("Bree Prime Minister Romendacil unexpectedly won't clash" with 'Bree' read as
    /// a verb; "condemned an attack ... on Thursday and promised aid" with 'promised' hung on 'Thursday'): the first actor
    /// of the sentence before the verb that no preposition introduces, the head noun when a name modifies it ("The
    /// Calenardhon government"). Not for a verb that modifies a noun ("the talks held in Rome").
    /// </summary>
    internal static int? LinearSubject(DocContext ctx, Sentence sentence, int head)
    {
        var d = ctx.Doc;
        var verb = d.Tokens[head];
        // Only a verb heading a clause: not one modifying a noun or standing in for a preposition ("according to reports").
        if (verb.Upos != "VERB" || verb.Deprel is not ("root" or "conj" or "ccomp" or "xcomp" or "advcl" or "parataxis" or "dep")) return null;
        for (int i = sentence.FirstToken; i < head; i++)
        {
            var t = d.Tokens[i];
            if (t.Upos is not ("PROPN" or "NOUN" or "PRON") || !ctx.IsActor(i)) continue;
            if (t.Upos == "PRON" && (t.Deprel == "nmod:poss" || RelativePronouns.Contains(t.Lemma.ToLowerInvariant()))) continue;
            if (Introduced(d, sentence, i)) continue;
            int name = ctx.HeadOfName(i);
            // "Bree Prime Minister Romendacil", "The Calenardhon government": climb from a modifier to the noun it modifies.
            for (int hops = 0; hops < 3; hops++)
            {
                var n = d.Tokens[name];
                if (n.Deprel is not ("compound" or "flat" or "nmod:desc" or "amod") || n.Head <= name || n.Head >= name + 5 || n.Head >= head
                    || d.Tokens[n.Head].Upos is not ("NOUN" or "PROPN") || !ctx.IsActor(n.Head)) break;
                name = ctx.HeadOfName(n.Head);
            }
            return name;
        }
        return null;
    }

    /// <summary>A word inside a prepositional phrase: the nominal words before it lead back to a preposition ("in south Ithilen").</summary>
    private static bool Introduced(Document d, Sentence sentence, int token)
    {
        for (int k = token - 1; k >= sentence.FirstToken; k--)
        {
            var u = d.Tokens[k];
            if (u.Upos == "ADP") return true;
            if (u.Upos is not ("DET" or "ADJ" or "PROPN" or "NOUN" or "NUM" or "CCONJ")) return false;
        }
        return false;
    }

    /// <summary>
    /// obj; else iobj; else the subject of a complement clause ("urged Haftar halt his attack", where the parser makes Haftar the
    /// clause's subject); else, for a verb with no object in the parse, the name right after it ("after meeting EU foreign
    /// policy chief Federica Mogherini, Sarraj ...", where the parser took Mogherini for the main clause's subject).
    /// </summary>
    private static List<int> ObjectOf(DocContext ctx, int head, bool complementSubject = true)
    {
        var obj = Deps(ctx, head, "obj");
        if (obj.Any(ctx.IsActor)) return obj;
        // "Sarraj urges European leaders to press Haftar" with the addressee parsed as iobj: the addressee is the target,
        // never an actor of what it is urged to do.
        var iobj = Deps(ctx, head, "iobj");
        if (iobj.Count > 0) return iobj;
        // "expressed hope that Rohan could be drawn into talks", "urged that Dale be punished": with no actor as object, the
        // subject of the complement clause (active or passive) is whom the hope or demand is about.
        foreach (var c in ctx.Children(head).Where(c => complementSubject && ctx.Doc.Tokens[c].Deprel is "ccomp" or "xcomp"))
        {
            var s = Deps(ctx, c, "nsubj", "nsubj:pass");
            // Beside a thing as object, only a clause 'that' introduces: "rejected the idea Kilroy posed a threat" and "backed
            // the report amid claims he was bullish" are clauses on a noun the parser hung on the verb.
            if (s.Count > 0 && (obj.Count == 0 || s.Any(ctx.IsActor) && Deps(ctx, c, "mark").Any(m => ctx.Doc.Tokens[m].Lemma.Equals("that", StringComparison.OrdinalIgnoreCase))))
                return s;
        }
        // An act or thing as object ("condemned Russia's attack on Kyiv", "criticised Turkey's decision", "backed the Home
        // Office's powers", "visited Kenya's biggest shantytown"): its doer or owner is the target, as PETRARCH takes the
        // first actor of the object's phrase.
        var doers = obj.SelectMany(o => DoerOf(ctx, o)).ToList();
        if (doers.Count > 0) return doers;
        if (obj.Count > 0) return obj;
        return NameAfter(ctx, head) is { } name ? [name] : [];
    }

    /// <summary>
    /// Verbs whose complement clause says what the speaker commits to or warns of: its subject is who will act ("Howard
    /// pledged the Conservatives would stand up", "warned that Labour members would not forgive"), not whom the promise or
    /// warning addresses; that is the object ("promised Gordon Brown he would stand down", "warned ministers").
    /// </summary>
    private static readonly FrozenWords CommitmentVerbs = new("promise", "pledge", "vow", "warn");

    /// <summary>People a possessor has rather than acts it does: "I don't blame Lucy's mother" is no blame of Lucy.</summary>
    private static readonly FrozenWords Relatives = new("mother", "father", "parent", "son", "daughter", "child", "wife", "husband",
        "brother", "sister", "family", "widow", "widower", "friend", "partner", "girlfriend", "boyfriend", "uncle", "aunt", "cousin",
        "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "relative", "colleague", "lawyer", "doctor");

    /// <summary>The actor whose act a noun that is no actor names: its possessor ("Russia's attack") or its 'by' phrase ("the visit by Pelosi").</summary>
    private static List<int> DoerOf(DocContext ctx, int noun)
    {
        var d = ctx.Doc;
        if (d.Tokens[noun].Upos != "NOUN" || ctx.IsActor(noun) || Relatives.Contains(Singular(d.Tokens[noun].Lemma.ToLowerInvariant()))) return [];
        return [.. ctx.Children(noun).Where(c => ctx.IsActor(c) && d.Tokens[c].Upos != "PRON"
            && (d.Tokens[c].Deprel == "nmod:poss" || d.Tokens[c].Deprel == "nmod" && ctx.Children(c).Any(k => d.Tokens[k].Lemma == "by")))];
    }

    /// <summary>The person (else the last word) of the run of nominal words right after a verb, when the run holds a name.</summary>
    private static int? NameAfter(DocContext ctx, int head)
    {
        var d = ctx.Doc;
        int i = head + 1, last = -1, person = -1;
        while (i < d.Tokens.Length && i < head + 9 && d.Tokens[i].Sentence == d.Tokens[head].Sentence && d.Tokens[i].Upos is "PROPN" or "NOUN" or "ADJ" or "DET")
        {
            if (person < 0 && ctx.MentionAt(i) >= 0 && d.EntityMentions[ctx.MentionAt(i)].Type == EntityType.PER) person = i;
            last = i++;
        }
        if (last < 0 || !Enumerable.Range(head + 1, last - head).Any(k => ctx.MentionAt(k) >= 0)) return null;
        return ctx.HeadOfName(person >= 0 ? person : last);
    }

    /// <summary>Passive: "Conte was received by Haftar" - the 'by' phrase (obl:agent, or obl with case 'by').</summary>
    private static List<int> AgentOf(DocContext ctx, int head) =>
        [.. ctx.Children(head).Where(c => ctx.Doc.Tokens[c].Deprel == "obl:agent"
            || (ctx.Doc.Tokens[c].Deprel.StartsWith("obl", StringComparison.Ordinal) && ctx.Children(c).Any(k => ctx.Doc.Tokens[k].Lemma == "by")))];

    /// <summary>"Haftar's visit", "his trip"; else the subject of the verb the noun is the object of ("Haftar made a visit").</summary>
    private static List<int> PossessorOf(DocContext ctx, int head)
    {
        var poss = Deps(ctx, head, "nmod:poss");
        if (poss.Count > 0) return poss;
        var agent = ctx.Children(head).Where(c => ctx.Doc.Tokens[c].Deprel == "nmod" && ctx.Children(c).Any(k => ctx.Doc.Tokens[k].Lemma == "by")).ToList();
        if (agent.Count > 0) return agent;
        var t = ctx.Doc.Tokens[head];
        if (t.Deprel == "obj" && t.Head >= 0) return SubjectOf(ctx, t.Head);
        return [];
    }

    /// <summary>The argument with its coordinated members ("Pinotti, Graziano and Minniti"; "Eriadori and Calenardhon leaders").</summary>
    private static List<int> WithConj(DocContext ctx, int token)
    {
        var list = new List<int> { token };
        var d = ctx.Doc;
        foreach (var c in ctx.Children(token))
        {
            if (d.Tokens[c].Deprel == "conj" && d.Tokens[c].Upos is "PROPN" or "NOUN" or "PRON") list.Add(c);
            // "Eriadori and Calenardhon leaders": the names coordinated inside the noun's modifier are actors too; a
            // capitalised one joined to a name the tagger found counts though the tagger missed it.
            if (d.Tokens[c].Deprel == "compound" && c < token && d.Tokens[token].Upos == "NOUN")
                foreach (var k in ctx.Children(c))
                    if (d.Tokens[k].Deprel == "conj" && d.Tokens[k].Upos == "PROPN" && k < token
                        && (ctx.MentionAt(k) >= 0 || ctx.MentionAt(c) >= 0 && char.IsUpper(d.Tokens[k].Form[0]))) list.Add(k);
        }
        return list;
    }

    /// <summary>
    /// The object of preposition <paramref name="prep"/> after the trigger: by the parse (a nominal below the trigger
    /// with that case marker), else by word order within the clause when the parser attached the phrase elsewhere
    /// ("held talks with Italian Prime Minister Giuseppe Conte", 'with' hanging off another word).
    /// </summary>
    private static int? PrepObject(DocContext ctx, Sentence sentence, int from, string prep, out bool linear, int startAt = -1)
    {
        var d = ctx.Doc;
        linear = false;
        int end = sentence.FirstToken + sentence.TokenCount;
        for (int i = startAt >= 0 ? startAt : from + 1; i < Math.Min(end, from + 14); i++)
        {
            var t = d.Tokens[i];
            if (i > from + 1 && t.Upos is "VERB" && t.Deprel is not ("amod" or "acl") && !Parenthetical(d, sentence, i)) break;
            if (!string.Equals(t.Lemma, prep, StringComparison.OrdinalIgnoreCase) || t.Upos is not ("ADP" or "SCONJ" or "ADV")) continue;
            int obj = t.Deprel == "case" && t.Head > i ? t.Head : -1;
            if (obj >= 0 && ctx.Dominates(from, obj, 5)) return ctx.HeadOfName(obj);
            for (int j = i + 1; j < Math.Min(end, i + 8); j++)
            {
                var u = d.Tokens[j];
                if (u.Upos is "VERB" or "PUNCT" && u.Form != "'s") break;
                if (u.Upos is "PROPN" or "NOUN" or "PRON" && (ctx.MentionAt(j) >= 0 || u.Upos == "PRON" || ActorSectors.IsActorNoun(u.Lemma) || j + 1 >= end || d.Tokens[j + 1].Upos is not ("PROPN" or "NOUN")))
                {
                    linear = obj < 0 || !ctx.Dominates(from, obj, 5);
                    // "with Gondor's government": the possessor or modifier names the country, the noun after it the actor.
                    if (u.Deprel is "nmod:poss" or "compound" && u.Head > j && u.Head < j + 5 && d.Tokens[u.Head].Upos == "NOUN" && ctx.IsActor(u.Head))
                        return u.Head;
                    return ctx.HeadOfName(j);
                }
            }
        }
        return null;
    }

    /// <summary>"restore, it seems, full ties with Gondor": a verb in a short aside between commas does not end the trigger's phrase.</summary>
    private static bool Parenthetical(Document d, Sentence sentence, int verb)
    {
        int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
        bool before = Enumerable.Range(Math.Max(first, verb - 2), verb - Math.Max(first, verb - 2)).Any(k => d.Tokens[k].Form == ",");
        bool after = Enumerable.Range(verb + 1, Math.Max(0, Math.Min(end, verb + 3) - verb - 1)).Any(k => d.Tokens[k].Form == ",");
        return before && after;
    }

    /// <summary>Prepositions whose object can be the target of a verb ("left for Minas Tirith", "fired at Seoul").</summary>
    private static readonly FrozenWords TargetPrepositions = new("with", "between", "to", "on", "against", "in", "for", "from", "into", "at", "toward", "towards", "over", "about", "of", "upon");

    /// <summary>The object of the nearest preposition after the trigger that has an actor as its object ("left for Minas Tirith ... with Arnor": Minas Tirith).</summary>
    private static int? NearestPrepObject(DocContext ctx, Sentence sentence, int from, out bool linear)
    {
        var d = ctx.Doc;
        linear = false;
        int end = sentence.FirstToken + sentence.TokenCount;
        for (int i = from + 1; i < Math.Min(end, from + 14); i++)
        {
            var t = d.Tokens[i];
            if (i > from + 1 && t.Upos is "VERB" && t.Deprel is not ("amod" or "acl") && !Parenthetical(d, sentence, i)) break;
            if (t.Upos is not ("ADP" or "SCONJ") || !TargetPrepositions.Contains(t.Lemma.ToLowerInvariant())) continue;
            if (PrepObject(ctx, sentence, from, t.Lemma.ToLowerInvariant(), out linear, i) is { } obj && ctx.IsActor(obj)) return obj;
        }
        return null;
    }

    /// <summary>Nouns whose 'that' clause is something someone said happened ("claims that it supplied weapons").</summary>
    private static readonly FrozenWords ClaimNouns = new(
        "claim", "report", "allegation", "accusation", "suggestion", "charge", "rumour", "rumor", "assertion", "speculation");

    /// <summary>Verbs that say a claim is untrue: "rejected claims that", "dismissed reports that", "denied allegations that".</summary>
    private static readonly FrozenWords RejectClaimVerbs = new("deny", "reject", "dismiss", "refute", "rebut", "dispute", "deride");

    /// <summary>Nouns whose clause says what someone wants to happen: "the proposal that it mediate", "a plan to meet".</summary>
    private static readonly FrozenWords ProposalNouns = new("proposal", "plan", "idea", "offer", "initiative", "bid", "demand", "request");

    /// <summary>The proposal noun a that- or to-clause (<paramref name="clause"/>: its verb) spells out, or null.</summary>
    private static int? ProposedContent(DocContext ctx, int clause)
    {
        var d = ctx.Doc;
        if (NounOfClause(ctx, clause, ProposalNouns) is not { } noun || d.Tokens[clause].Upos != "VERB") return null;
        // Only a clause that spells the proposal out ("that it mediate", "to lift the embargo"), not a participle that
        // describes it ("plans, backed by the UK, ...": the backing happened).
        return HasMark(ctx, clause, "that") || HasMark(ctx, clause, "to") ? noun : null;
    }

    /// <summary>
    /// The verb that rejects the claim whose content a clause is ("rejected claims that it supplied": 'rejected'), or null.
    /// The parse may hang the verb on the noun it governs ("rejected[amod] claims[root]"), so the verb just before the noun,
    /// past its determiners and adjectives, counts too.
    /// </summary>
    private static int? RejectedClaim(DocContext ctx, int clause)
    {
        var d = ctx.Doc;
        if (NounOfClause(ctx, clause, ClaimNouns) is not { } noun) return null;
        if (!HasMark(ctx, clause, "that") && d.Tokens[clause].Upos != "VERB") return null;
        int governor = d.Tokens[noun].Head;
        if (governor >= 0 && d.Tokens[noun].Deprel is "obj" or "nsubj:pass" && RejectClaimVerbs.Contains(d.Tokens[governor].Lemma.ToLowerInvariant())) return governor;
        int i = noun - 1;
        while (i >= 0 && d.Tokens[i].Upos is "DET" or "ADJ" or "NUM" && d.Tokens[i].Xpos is not ("VBN" or "VBD")) i--;
        return i >= 0 && d.Tokens[i].Upos is "VERB" && RejectClaimVerbs.Contains(d.Tokens[i].Lemma.ToLowerInvariant()) ? i : null;
    }

    /// <summary>The noun of <paramref name="nouns"/> a clause (its verb) modifies or complements ("claims that ...",
    /// "the proposal that ..."), or null.</summary>
    private static int? NounOfClause(DocContext ctx, int clause, FrozenWords nouns)
    {
        var t = ctx.Doc.Tokens[clause];
        return t.Deprel is "acl" or "ccomp" && t.Head >= 0 && nouns.Contains(ctx.Doc.Tokens[t.Head].Lemma.ToLowerInvariant()) ? t.Head : null;
    }

    private static bool HasMark(DocContext ctx, int clause, string mark) =>
        ctx.Children(clause).Any(c => ctx.Doc.Tokens[c].Deprel == "mark" && ctx.Doc.Tokens[c].Lemma.Equals(mark, StringComparison.OrdinalIgnoreCase));

    private (string Status, string? Reason, EventAttribution? Attribution) StatusOf(DocContext ctx, Sentence sentence, int head, Trigger trigger, List<EventActor> sources, List<EventActor> targets)
    {
        var d = ctx.Doc;
        string status = EventStatus.Happened;
        string? reason = null;
        EventAttribution? attribution = null;

        // Walk up the trigger's clause chain: its own words first, then the verbs it is a complement of.
        int v = head;
        var chain = new List<int>();
        // "denied by Jack Straw, who accused the Tories" (parsed as parataxis), "The home secretary, whose plan is expected to
        // be published, also rejected" (the relative verb parsed as the root): a relative clause says its own thing, so no
        // denial, plan or negation crosses its edge; a speech verb beyond it still reports it.
        int relativeEdge = int.MaxValue;
        for (int hops = 0; v >= 0 && hops < 5; hops++)
        {
            chain.Add(v);
            var rel = d.Tokens[v].Deprel;
            if (RelativeVerb(ctx, v) && relativeEdge == int.MaxValue) relativeEdge = chain.Count;
            if (rel is "ccomp" or "xcomp" or "advcl" or "conj" or "obj" or "obl" or "nmod" or "parataxis" or "csubj") v = d.Tokens[v].Head;
            else break;
            if (v >= 0 && RelativeVerb(ctx, v) && relativeEdge == int.MaxValue) relativeEdge = chain.Count;
        }

        int clauseTop = head;
        foreach (var node in chain)
        {
            var lemma = d.Tokens[node].Lemma.ToLowerInvariant();
            if (node != head && SpeechVerbs.Contains(lemma))
            {
                var speaker = Deps(ctx, node, "nsubj").FirstOrDefault(-1);
                if (speaker >= 0)
                {
                    var paths = new List<int>();
                    var actor = ctx.ActorAt(speaker, ref paths, node, _actors);
                    attribution = new EventAttribution(actor?.Text ?? ctx.PhraseText(speaker), d.Tokens[node].Form, actor);
                    // "Conte said he urged": 'he' may resolve to the untagged name 'Conte' (no chain, no code): the same name is the same party.
                    bool party = actor is not null && sources.Concat(targets).Any(a => SameActor(a, actor) || !string.IsNullOrEmpty(a.Name) && string.Equals(a.Name, actor.Name, StringComparison.OrdinalIgnoreCase));
                    if (status == EventStatus.Happened && (ClaimVerbs.Contains(lemma) || party))
                    {
                        status = EventStatus.Claimed;
                        reason = ClaimVerbs.Contains(lemma) ? $"claim verb '{d.Tokens[node].Form}'" : $"reported by a party to the event ('{attribution.Speaker} {d.Tokens[node].Form}')";
                    }
                }
                break;
            }
            if (chain.IndexOf(node) >= relativeEdge) continue;
            if (node != head && DenyVerbs.Contains(lemma))
                return (EventStatus.Denied, $"complement of '{d.Tokens[node].Form}'", attribution);
            // "Paris has rejected claims that it supplied weapons": the claim's content is denied, as "denied that it supplied".
            if (RejectedClaim(ctx, node) is { } rejecting)
                return (EventStatus.Denied, $"content of '{d.Tokens[d.Tokens[node].Head].Form}' under '{d.Tokens[rejecting].Form}'", attribution);
            // "Egypt rejected the proposal that it mediate", "a plan to lift the embargo": what a proposal proposes has not happened.
            if (ProposedContent(ctx, node) is { } proposal && status == EventStatus.Happened)
            {
                status = EventStatus.Hypothetical;
                reason = $"content of '{d.Tokens[proposal].Form}'";
            }
            if (node != head && PlanVerbs.Contains(lemma) && status == EventStatus.Happened)
            {
                status = EventStatus.Planned;
                reason = $"complement of '{d.Tokens[node].Form}'";
            }
            int below = node == head ? -1 : chain[chain.IndexOf(node) - 1];
            // "the government refused to back Lord Dubs' bill", "declined to meet him": what is refused did not happen.
            if (below >= 0 && RefusalVerbs.Contains(lemma) && (d.Tokens[below].Deprel == "xcomp" || Infinitive(d, below)))
                return (EventStatus.Negated, $"refused: complement of '{d.Tokens[node].Form}'", attribution);
            // "detained to prevent him from fighting", "were prevented from travelling to the UK": what is prevented did not happen.
            if (below >= 0 && PreventVerbs.Contains(lemma) && d.Tokens[below].Deprel is "advcl" or "obl" or "xcomp"
                && ctx.Children(below).Any(k => d.Tokens[k].Deprel is "mark" or "case" && d.Tokens[k].Lemma.Equals("from", StringComparison.OrdinalIgnoreCase)))
                return (EventStatus.Negated, $"prevented: 'from' under '{d.Tokens[node].Form}'", attribution);
            // "Euronext is due to hold talks", "exports are set to reach": 'due' and 'set' with an infinitive are an arrangement.
            if (below >= 0 && d.Tokens[below].Deprel == "xcomp" && lemma is "due" or "set" && d.Tokens[node].Upos == "ADJ" && status == EventStatus.Happened)
            {
                status = EventStatus.Planned;
                reason = $"'{d.Tokens[node].Form} to': an arrangement";
            }
            // A clause's auxiliaries and negation belong to its verb, to a verb sharing them through 'to' (xcomp) or 'and' (conj),
            // and to a noun trigger its verb takes ("will start negotiations", "did not hold talks"); a finite conjunct has its
            // own ("would not respond ... and promised to hail": the promise is not negated).
            if (node == head || d.Tokens[below].Deprel == "xcomp"
                || d.Tokens[below].Deprel == "conj" && !FiniteConjunct(ctx, node, below)
                || below == head && trigger.IsNoun && d.Tokens[below].Deprel == "obj")
            {
                clauseTop = node;
                foreach (var c in ctx.Children(node))
                {
                    var ct = d.Tokens[c];
                    var cl = ct.Lemma.ToLowerInvariant();
                    var form = ct.Form.ToLowerInvariant();
                    if ((ct.Deprel is "advmod" or "det" or "neg" || ct.Deprel.StartsWith("advmod", StringComparison.Ordinal)) && (Negators.Contains(cl) || Negators.Contains(form)))
                        return (EventStatus.Negated, $"negation '{ct.Form}'", attribution);
                    if (ct.Deprel == "mark" && ConditionMarks.Contains(cl))
                    {
                        status = EventStatus.Hypothetical;
                        reason = $"condition '{ct.Form}'";
                    }
                    if (ct.Deprel == "aux" && ModalAux.Contains(form) && status == EventStatus.Happened)
                    {
                        status = EventStatus.Hypothetical;
                        reason = $"modal '{ct.Form}'";
                    }
                    if (ct.Deprel == "aux" && FutureAux.Contains(form) && status == EventStatus.Happened)
                    {
                        status = EventStatus.Planned;
                        reason = $"future auxiliary '{ct.Form}'";
                    }
                    // "Blair is to visit Sheffield", "the ministers are to meet": 'be' + 'to' before the verb is an arrangement.
                    if (ct.Deprel is "aux" or "cop" && cl == "be" && c < node && status == EventStatus.Happened
                        && ctx.Children(node).Any(m => m > c && m < node && d.Tokens[m].Deprel == "mark" && d.Tokens[m].Lemma == "to"))
                    {
                        status = EventStatus.Planned;
                        reason = $"'{ct.Form} to {d.Tokens[node].Form}': an arrangement";
                    }
                }
            }
        }

        // "according to X" anywhere in the sentence; quotes around the trigger with a speech verb in the sentence.
        if (attribution is null)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int i = sentence.FirstToken; i + 2 < end; i++)
            {
                if (d.Tokens[i].Lemma.Equals("accord", StringComparison.OrdinalIgnoreCase) && d.Tokens[i + 1].Lemma == "to")
                {
                    var paths = new List<int>();
                    int who = ctx.HeadOfName(i + 2);
                    for (int j = i + 2; j < Math.Min(end, i + 6); j++)
                        if (d.Tokens[j].Upos is "NOUN" or "PROPN") { who = ctx.HeadOfName(j); break; }
                    var actor = ctx.ActorAt(who, ref paths, i, _actors);
                    attribution = new EventAttribution(actor?.Text ?? ctx.PhraseText(who), "according to", actor);
                    break;
                }
            }
        }
        return (status, reason, attribution);
    }

    /// <summary>
    /// "attacked a checkpoint on Sunday, killing 12 civilians": a participle clause with no subject or conjunction of its
    /// own tells what followed from the verb it hangs on, when and where that happened; -1 for any other trigger.
    /// </summary>
    private static int ParticipleGovernor(DocContext ctx, int head)
    {
        var t = ctx.Doc.Tokens[head];
        if (t.Deprel != "advcl" || t.Xpos != "VBG" || t.Head < 0 || ctx.Doc.Tokens[t.Head].Upos != "VERB") return -1;
        return ctx.Children(head).Any(c => ctx.Doc.Tokens[c].Deprel is "mark" or "nsubj" or "nsubj:pass" or "aux") ? -1 : t.Head;
    }

    private static EventDate DateOf(DocContext ctx, Sentence sentence, int head)
    {
        var d = ctx.Doc;
        TimeExpression? best = null;
        int bestDistance = int.MaxValue;
        foreach (var tx in d.TimeExpressions)
        {
            if (tx.Span.Start < sentence.Start || tx.Span.End > sentence.End || tx.Type is TimexType.Duration or TimexType.Set) continue;
            if (tx.Value.StartsWith('P') || tx.Value.Contains('X', StringComparison.Ordinal)) continue;
            int tok = ctx.TokenAt(tx.Span.Start);
            if (tok < 0) continue;
            // The expression's last word is its head ("next week", "on Thursday").
            int last = ctx.TokenAt(tx.Span.End - 1);
            // A time expression the parser made the sentence's root ("The EU imposed[VBN] sanctions on Belarus earlier this
            // month": "month" root) governs nothing in the parse, so it dates whatever the sentence reports.
            if (!ctx.DominatesInClause(head, tok) && !ctx.DominatesInClause(head, last) && d.Tokens[last].Deprel != "root") continue;
            int distance = Math.Abs(tok - head);
            if (distance < bestDistance) { best = tx; bestDistance = distance; }
        }
        if (best is not null)
        {
            if (PreviousYearForPastTense(ctx, head, best) is { } earlier)
                return new EventDate(earlier.Value, Precision(best.Precision), best.Text, earlier.Reason);
            return new EventDate(best.Value, Precision(best.Precision), best.Text, $"time expression '{best.Text}' governed by the trigger: {best.Reason}");
        }
        var t = d.Tokens[head];
        // "Talks between Haftar and Conte were held on May 3": a noun trigger takes the date of the verb that says it happened.
        if (HostVerb(ctx, head) is >= 0 and var host && DateOf(ctx, sentence, host) is { Text: not null } hosted)
            return hosted with { Reason = $"on '{d.Tokens[host].Form}', whose subject is the trigger: {hosted.Reason}" };
        // "held talks with Haftar on Wednesday and called on him to ...": a coordinated verb with no date and no auxiliary
        // of its own shares its first conjunct's date ("and will travel ..." does not).
        if (t.Deprel == "conj" && t.Head >= 0 && !ctx.Children(head).Any(c => d.Tokens[c].Deprel is "aux" or "aux:pass" or "mark")
            && DateOf(ctx, sentence, t.Head) is { Text: not null } shared)
            return shared with { Reason = $"shared with the coordinated verb '{d.Tokens[t.Head].Form}': {shared.Reason}" };
        if (ParticipleGovernor(ctx, head) is >= 0 and var governor && DateOf(ctx, sentence, governor) is { Text: not null } governed)
            return governed with { Reason = $"shared with '{d.Tokens[governor].Form}', the clause it follows from: {governed.Reason}" };
        // "Haftar met Macron in 2017 and 2018, when the French president tried to broker a deal": a 'when' clause (through the
        // verb whose complement the trigger is) happens at the time of the clause it modifies.
        if (WhenClauseOf(ctx, head) is >= 0 and var modified && DateOf(ctx, sentence, modified) is { Text: not null } then)
            return then with { Reason = $"the time of '{d.Tokens[modified].Form}', which the trigger's 'when' clause modifies: {then.Reason}" };
        if (d.Metadata.PublishedOn is { } published)
            return new EventDate(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", null, "no time expression in the trigger's clause: publication date");
        return new EventDate(null, null, null, "no time expression in the trigger's clause and no publication date");
    }

    /// <summary>
    /// "Haftar met Macron twice, in 2017 and 2018": the event's date joined by "and" or a comma to more dates of the same
    /// precision names more happenings, one per date. Years and months only (one meeting cannot span them), or any
    /// precision when the sentence says "twice" / "three times"; "talks on Monday and Tuesday" stay one event.
    /// </summary>
    private static IEnumerable<EventDate> CoordinatedDates(DocContext ctx, Sentence sentence, EventDate date)
    {
        if (date.Text is null)
            yield break;
        var d = ctx.Doc;
        var dates = d.TimeExpressions
            .Where(tx => tx.Span.Start >= sentence.Start && tx.Span.End <= sentence.End && tx.Type == TimexType.Date && !tx.Value.Contains('X', StringComparison.Ordinal))
            .OrderBy(tx => tx.Span.Start).ToList();
        var at = dates.FindIndex(tx => tx.Text == date.Text);
        if (at < 0)
            yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal) { dates[at].Value };
        for (var i = at; i + 1 < dates.Count; i++)
        {
            var (a, b) = (dates[i], dates[i + 1]);
            var between = d.Text[a.Span.End..b.Span.Start].Trim();
            if (between is not ("and" or "," or ", and" or "and in" or ", and in" or "and on" or ", and on" or "and again in" or "and again on"))
                yield break;
            if (b.Precision != a.Precision || !seen.Add(b.Value) || !(b.Precision is TimePrecision.Year or TimePrecision.Month || SaysRepeated(d, sentence)))
                yield break;
            yield return new EventDate(b.Value, Precision(b.Precision), b.Text, $"time expression '{b.Text}' coordinated with '{date.Text}': another happening");
        }
    }

    /// <summary>The verb a 'when' or 'while' clause holding the trigger modifies ("met ..., when he tried to broker"), or -1.</summary>
    private static int WhenClauseOf(DocContext ctx, int head)
    {
        var d = ctx.Doc;
        int v = head;
        for (int hops = 0; hops < 2 && d.Tokens[v].Deprel == "xcomp" && d.Tokens[v].Head >= 0; hops++) v = d.Tokens[v].Head;
        if (d.Tokens[v].Deprel != "advcl" || d.Tokens[v].Head < 0) return -1;
        bool when = ctx.Children(v).Any(c => d.Tokens[c].Deprel is "advmod" or "mark" && d.Tokens[c].Lemma.ToLowerInvariant() is "when" or "while");
        return when ? d.Tokens[v].Head : -1;
    }

    // "met twice", "three times": the sentence counts happenings (read only when dates of a finer precision are joined).
    private static bool SaysRepeated(Document d, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            if (d.Tokens[t].Form.Equals("twice", StringComparison.OrdinalIgnoreCase) || d.Tokens[t].Form.Equals("times", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    // Verbs whose subject is the happening itself: "talks were held", "the meeting took place", "the visit began".
    private static readonly FrozenWords HappeningVerbs = new(
        "hold", "take", "occur", "happen", "begin", "start", "open", "resume", "end", "conclude", "close", "continue", "last",
        "schedule", "plan", "set", "expect", "postpone", "delay", "convene", "go");

    // Of those, the ones that put the happening ahead even in the past tense: "talks were scheduled for June 3".
    private static readonly FrozenWords PlanningVerbs = new("schedule", "plan", "set", "expect", "postpone", "delay");

    /// <summary>The verb whose subject a noun trigger is, when that verb says the happening took place ("talks were held"), else -1.</summary>
    private static int HostVerb(DocContext ctx, int head)
    {
        var t = ctx.Doc.Tokens[head];
        if (t.Upos is not ("NOUN" or "PROPN") || t.Deprel is not ("nsubj" or "nsubj:pass") || t.Head < 0) return -1;
        var verb = ctx.Doc.Tokens[t.Head];
        return verb.Upos == "VERB" && HappeningVerbs.Contains(verb.Lemma) ? t.Head : -1;
    }

    /// <summary>
    /// "Talks were held on May 3" in a February article: the time stage keeps a yearless date within three months ahead
    /// in the same year ("paid Dec. 15" in November is this December), but a happening told in the past tense cannot lie
    /// after publication, so it is the previous year's. Only for month names without a year; null when nothing changes.
    /// </summary>
    private static (string Value, string Reason)? PreviousYearForPastTense(DocContext ctx, int head, TimeExpression tx)
    {
        var d = ctx.Doc;
        if (tx.Rule is not ("month-day" or "day-month" or "month") || YearDigits().IsMatch(tx.Text) || !IsFuture(tx.Value, d.Metadata.PublishedOn)) return null;
        int verb = HostVerb(ctx, head) is >= 0 and var host ? host : head;
        if (PlanningVerbs.Contains(d.Tokens[verb].Lemma) || PastTenseWord(ctx, verb) is not { } tense) return null;
        if (tx.Value.Length < 4 || !int.TryParse(tx.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return null;
        string earlier = (year - 1).ToString(CultureInfo.InvariantCulture) + tx.Value[4..];
        return (earlier, $"time expression '{tx.Text}' governed by the trigger, the previous year's: '{tense}' is in the past tense and {tx.Value} lies after publication");
    }

    /// <summary>The word that puts the verb in the past: the verb itself ("met", VBD) or its auxiliary ("were held", "had met"); null otherwise.</summary>
    private static string? PastTenseWord(DocContext ctx, int verb)
    {
        var d = ctx.Doc;
        var aux = ctx.Children(verb).Where(c => d.Tokens[c].Deprel is "aux" or "aux:pass").ToList();
        // "will have met", "is to be held", "could have met": not a plain report of the past.
        if (aux.Any(c => d.Tokens[c].Xpos is "MD" or "VBZ" or "VBP" or "TO")) return null;
        if (d.Tokens[verb].Xpos == "VBD") return d.Tokens[verb].Form;
        if (d.Tokens[verb].Xpos != "VBN") return null;
        foreach (int c in aux)
            if (d.Tokens[c].Xpos == "VBD") return d.Tokens[c].Form + " " + d.Tokens[verb].Form;
        return null;
    }

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearDigits();

    private static string Precision(TimePrecision p) => p switch
    {
        TimePrecision.PartOfDay => "partOfDay",
        _ => p.ToString().ToLowerInvariant(),
    };

    /// <summary>"2019-05-20" or "2019-W21" after the publication day: the event lies ahead.</summary>
    private static bool IsFuture(string? value, DateOnly? published)
    {
        if (value is null || published is not { } pub) return false;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day > pub;
        var week = WeekValue().Match(value);
        if (week.Success)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(week.Groups[2].Value, CultureInfo.InvariantCulture), DayOfWeek.Monday));
            return monday > pub;
        }
        return false;
    }

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex WeekValue();

    private EventPlace PlaceOf(DocContext ctx, Sentence sentence, int head, Trigger trigger, List<EventActor> sources, List<EventActor> targets)
    {
        var d = ctx.Doc;
        EventPlace? destination = null;
        // "Talks ... were held in Rome": a noun trigger's place hangs on the verb that says it happened; "attacked a
        // checkpoint in Gharyan, killing 12": the killing happened where the attack did.
        int host = HostVerb(ctx, head);
        bool participle = host < 0 && (host = ParticipleGovernor(ctx, head)) >= 0;
        // "attacked the town of Gharyan", "shelled Mitiga airport": force against a place happens there.
        int struckPlace = !trigger.IsNoun && IsForce(trigger) && Deps(ctx, head, "obj") is [var thing, ..] ? HeldBy(ctx, thing) : -1;
        foreach (var m in ctx.BodyMentions)
        {
            var mention = d.EntityMentions[m];
            if (mention.Type is not (EntityType.GPE or EntityType.LOC) || mention.Span.Start < sentence.Start || mention.Span.End > sentence.End) continue;
            int tok = ctx.TokenAt(mention.Span.Start);
            if (tok <= sentence.FirstToken) continue;
            var prep = d.Tokens[tok - 1].Lemma.ToLowerInvariant();
            bool inAt = prep is "in" or "at";
            bool to = prep is "to" && trigger.Mode == "visit";
            // "Haftar visited Cairo": the place visited is where the visit was.
            bool visited = trigger.Mode == "visit" && !trigger.IsNoun && ctx.HeadOfName(tok) is var named && d.Tokens[named].Deprel == "obj" && d.Tokens[named].Head == head;
            bool struck = struckPlace >= 0 && ctx.HeadOfName(tok) == struckPlace;
            if (struck)
                return _places.Locate(d, mention, ctx.Places, $"the place attacked ('{mention.Text}')");
            if (!inAt && !to && !visited) continue;
            int last = ctx.TokenAt(mention.Span.End - 1);
            bool governed = ctx.DominatesInClause(head, tok) || ctx.DominatesInClause(head, last);
            bool hosted = !governed && host >= 0 && (ctx.DominatesInClause(host, tok) || ctx.DominatesInClause(host, last));
            // Word order when the parser hung the phrase elsewhere: after the trigger, no verb between.
            bool near = tok > head && !Enumerable.Range(head + 1, tok - head - 1).Any(k => d.Tokens[k].Upos == "VERB");
            if (!governed && !hosted && !near) continue;
            var on = hosted ? $"on '{d.Tokens[host].Form}', {(participle ? "the clause the trigger follows from" : "whose subject is the trigger")}" : governed ? "on the trigger" : "on the trigger (by word order)";
            var how = inAt ? $"'{d.Tokens[tok - 1].Form} {mention.Text}' {on}" : visited ? $"the place visited ('{mention.Text}')" : $"destination of the visit ('to {mention.Text}')";
            var place = _places.Locate(d, mention, ctx.Places, how);
            if (inAt) return place;
            destination ??= place;
        }
        if (destination is not null) return destination;
        if (ctx.Places.Dateline is { } dateline) return DatelinePlace(ctx, sentence, trigger, sources, targets, dateline);
        return new EventPlace { Reason = "no place in the sentence and no dateline" };
    }
}
