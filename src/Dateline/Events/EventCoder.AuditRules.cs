using Dateline.Model;

namespace Dateline.Events;

/// <summary>
/// Rules from the session-14 audit of 60 random BBC business and 60 BBC politics rows: words our lexicon reads as events
/// that, with a thing where an actor should be, are opinion, comment or cause ("I agree that ...", "refused to comment",
/// "recognised the need", "a move would help", "blamed high fuel prices", "hit more than $12bn", "suspended gun sales").
/// Each is a named test on the parse; the coder drops the row when one holds and <see cref="DropsNonEvents"/> is on (off
/// for ECB+, which annotates every event mention). Our lexicon's codes only: an imported dictionary pattern with another
/// code is left as its author wrote it.
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>What one signs as a formal agreement ("signed the treaty", "a $6bn deal", "a letter of intent"); a motion, a
    /// statement or a shareholding is signed in other senses.</summary>
    private static readonly FrozenWords AgreementNouns = new(
        "agreement", "deal", "accord", "treaty", "pact", "protocol", "memorandum", "contract", "charter", "constitution",
        "convention", "ceasefire", "truce", "settlement", "declaration", "communique", "communiqué", "armistice", "compact",
        "package", "term", "terms", "plan", "proposal", "price", "sale", "loan", "budget", "framework", "arrangement", "merger",
        "takeover", "buyout", "rescue", "compensation", "fine", "bill", "law", "letter", "intent", "order", "decree", "resolution");

    /// <summary>Auxiliaries that make a clause say what someone will do ("agreed that she would not be health minister").</summary>
    private static readonly FrozenWords Undertaking = new("will", "would", "shall", "should", "must", "can", "could", "may", "might", "'ll", "wo", "ca");

    /// <summary>
    /// "I agree that we do not need to cut supply", "I absolutely agree with Frederick Forsyth", "Mr Valentine agreed": our
    /// lexicon's bare "agree" (CAMEO 030) with nothing agreed (no object, no 'to' infinitive, no 'on' or 'to' matter) and at
    /// most a clause of what is so is sharing an opinion, not an agreement. Kept: "agreed a deal", "agreed to pay", "agreed on
    /// a ceasefire", "agreed with Ms Hutt that she would not be health minister" (what someone will do), and the passive
    /// ("a package agreed with the US").
    /// </summary>
    private static bool AgreesAsOpinion(DocContext ctx, int head, Trigger trigger, bool passive)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || passive || trigger.Lemmas.Length != 1 || trigger.Head != "agree" || trigger.Cameo != "030") return false;
        // "a package of security measures agreed with the US": a participle on a noun says what was agreed.
        if (d.Tokens[head].Deprel is "acl" or "amod") return false;
        foreach (var c in ctx.Children(head))
        {
            var t = d.Tokens[c];
            if (t.Deprel is "obj" or "iobj" or "xcomp") return false;
            if (Infinitive(d, c)) return false;
            if (t.Deprel.StartsWith("obl", StringComparison.Ordinal) && !ctx.InTimeOrDateline(c)
                && ctx.Children(c).Any(k => d.Tokens[k].Deprel == "case" && d.Tokens[k].Lemma.ToLowerInvariant() is "on" or "to" or "upon" or "over"))
                return false;
        }
        // A clause of what someone will or would do is a deal about it, wherever the parser hung it ("agreed with Ms Hutt in
        // 2003 that she would not be health minister": on "Hutt"); one of what is so ("that prices were stronger") is opinion.
        return !Below(ctx, head, 3).Any(c => ctx.Children(c).Any(a => d.Tokens[a].Deprel == "aux" && Undertaking.Contains(d.Tokens[a].Form.ToLowerInvariant())));
    }

    /// <summary>
    /// The tokens under <paramref name="head"/> in the parse, down to <paramref name="depth"/> levels, leaving out its own
    /// auxiliaries and what is coordinated with it ("will agree", "agreed ... but said nothing could be done").
    /// </summary>
    private static IEnumerable<int> Below(DocContext ctx, int head, int depth)
    {
        foreach (var c in ctx.Children(head))
        {
            if (ctx.Doc.Tokens[c].Deprel is "conj" or "parataxis" or "cc" or "punct" || ctx.Doc.Tokens[c].Deprel.StartsWith("aux", StringComparison.Ordinal)) continue;
            yield return c;
            if (depth > 1)
                foreach (var k in Below(ctx, c, depth - 1)) yield return k;
        }
    }

    /// <summary>
    /// "Asked if she was a member of the group, Ms Kelly said ...", "was also asked whether he thought the war had made the
    /// world less safe": asking a question is no request (CAMEO 10 asks for something). "asked if he could visit the camp"
    /// (permission, a modal in the clause) stays a request.
    /// </summary>
    private static bool AsksQuestion(DocContext ctx, int head, Trigger trigger)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || trigger.Event != "REQUEST" || trigger.Lemmas.Length != 1 || trigger.Head != "ask") return false;
        // The question follows the verb; an 'if' clause before it is a condition ("If Labour has broken the rules, it will be asked to stop").
        return ctx.Children(head).Any(c => c > head && d.Tokens[c].Deprel is "ccomp" or "advcl"
            && ctx.Children(c).Any(k => d.Tokens[k].Deprel == "mark" && d.Tokens[k].Lemma.ToLowerInvariant() is "if" or "whether")
            && !ctx.Children(c).Any(k => d.Tokens[k].Deprel == "aux" && Undertaking.Contains(d.Tokens[k].Form.ToLowerInvariant())));
    }

    /// <summary>
    /// "They will be hard-pressed to cope": hard-pressed is struggling, not pressed by anyone. "pressed them hard to agree" has
    /// 'hard' after the verb, an adverb, and stays a request.
    /// </summary>
    private static bool HardPressed(DocContext ctx, int head, Trigger trigger)
    {
        var d = ctx.Doc;
        // "will be hard pressed to keep reserves": the parser may hang the verb on "hard".
        return !trigger.IsNoun && trigger.Event == "REQUEST" && trigger.Head == "press"
            && (ctx.Children(head).Any(c => c < head && d.Tokens[c].Lemma.Equals("hard", StringComparison.OrdinalIgnoreCase))
                || head > 0 && d.Tokens[head].Head == head - 1 && d.Tokens[head - 1].Lemma.Equals("hard", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "But it will mobilise public opinion", "mobilised support for the bill": our lexicon's mobilisation (CAMEO 150, armed
    /// force shown) of a thing that is no force is campaigning; "mobilised its troops", "mobilised" with no object stay.
    /// </summary>
    private static bool MobilisesThing(DocContext ctx, int head, Trigger trigger, bool passive)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || passive || trigger.Event != "MOBILIZE" || trigger.Lemmas.Length != 1 || trigger.Head is not ("mobilise" or "mobilize")) return false;
        var mobilised = Deps(ctx, head, "obj");
        return mobilised.Count > 0 && mobilised.All(m => d.Tokens[m].Upos == "NOUN" && !ctx.IsActor(m) && !Weapons.Contains(Singular(d.Tokens[m].Lemma.ToLowerInvariant())));
    }

    /// <summary>What one declines to say: CAMEO's "decline comment" (011) is a statement, not a refusal of anything.</summary>
    private static readonly FrozenWords CommentVerbs = new(
        "say", "comment", "discuss", "answer", "confirm", "deny", "reveal", "disclose", "elaborate", "speculate", "specify",
        "name", "identify", "explain", "detail", "respond", "reply", "clarify", "pin", "draw", "rule", "give", "tell", "talk", "be");

    /// <summary>
    /// "LVMH refused to comment on the reports", "Mr Balls refused to say whether ...", "refused to be pinned down", "refused
    /// to rule out future tax rises": declining to comment (CAMEO 011, a public statement PLOVER does not code) is no
    /// rejection. "refused to back the bill", "refused to retract a Nazi insult" stay refusals. "give" only as "give details".
    /// </summary>
    private static bool DeclinesComment(DocContext ctx, int head, Trigger trigger)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || trigger.Event != "REJECT" || trigger.Lemmas.Length != 1 || trigger.Head is not ("refuse" or "decline")) return false;
        foreach (var c in ctx.Children(head))
        {
            if (d.Tokens[c].Deprel != "xcomp" && !Infinitive(d, c)) continue;
            var lemma = d.Tokens[c].Lemma.ToLowerInvariant();
            if (!CommentVerbs.Contains(lemma)) return false;
            if (lemma == "give") return Deps(ctx, c, "obj").Any(o => d.Tokens[o].Lemma.ToLowerInvariant() is "detail" or "details" or "comment" or "figure" or "figures");
            // "refused to be drawn on", "refused to be pinned down": only the passive of drawing and pinning is keeping quiet.
            if (lemma is "pin" or "draw") return ctx.Children(c).Any(k => d.Tokens[k].Deprel == "aux:pass");
            // "refused to rule out": the particle makes it an answer withheld.
            if (lemma == "rule") return ctx.Children(c).Any(k => d.Tokens[k].Deprel == "compound:prt" && d.Tokens[k].Lemma.ToLowerInvariant() == "out");
            if (lemma == "be") return ctx.Children(c).Any(k => d.Tokens[k].Lemma.ToLowerInvariant() is "pin" or "draw");
            return true;
        }
        return false;
    }

    /// <summary>
    /// "We have recognised the need for clarity", "recognised people's concerns", "voters would recognise that Labour had
    /// brought stability", "one in 10 recognised Charles Kennedy": our lexicon's recognition (CAMEO 054) is of a state or a
    /// government, so it needs one as its object; "Turkey must recognise Cyprus", "recognising the Greek Cypriot government"
    /// stay.
    /// </summary>
    private static bool RecognisesNoState(DocContext ctx, int head, Trigger trigger, bool passive, bool reduced)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || trigger.Lemmas.Length != 1 || trigger.Cameo != "054" || trigger.Head is not ("recognise" or "recognize")) return false;
        var recognised = reduced ? [d.Tokens[head].Head] : passive ? Deps(ctx, head, "nsubj:pass") : Deps(ctx, head, "obj");
        return !recognised.Any(r => ctx.IsActor(r) && !ctx.NamesPerson(r) && d.Tokens[r].Upos != "PRON" || d.Tokens[r].Upos == "PRON" && d.Tokens[r].Lemma.ToLowerInvariant() is "it" or "them");
    }

    /// <summary>
    /// "Such a move would help Alfa Romeo and Maserati to share costs", "These actions helped Nissan turn a loss into a
    /// profit", "a £1bn package to help local authorities", "helped by interest rates": a thing that helps is a cause, not
    /// aid given; aid has a giver. The subject, the 'by' agent, the noun an infinitive hangs on, or the subject of the verb
    /// whose complement it is ("were meant to help Europe"): a common noun that is no actor.
    /// </summary>
    private static bool ThingHelps(DocContext ctx, int head, Trigger trigger, bool passive)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || trigger.Event != "AID" || trigger.Lemmas.Length != 1 || trigger.Head != "help") return false;
        int v = head;
        for (int hops = 0; hops < 3 && v >= 0; hops++)
        {
            var subject = passive && v == head ? AgentOf(ctx, v) : Deps(ctx, v, "nsubj", "nsubj:pass");
            if (subject.Count > 0)
                return subject.Select(s => Antecedent(ctx, v, s)).All(s => d.Tokens[s].Upos == "NOUN" && !ctx.IsActor(s));
            var rel = d.Tokens[v].Deprel;
            // "a £1bn package to help local authorities": the infinitive's doer is the thing it is for.
            if (rel == "acl") return d.Tokens[v].Head >= 0 && d.Tokens[d.Tokens[v].Head].Upos == "NOUN" && !ctx.IsActor(d.Tokens[v].Head);
            // "were meant to help Europe", "was needed to help seven million Ethiopians": a passive upper verb's subject is the thing.
            if (rel != "xcomp") return false;
            v = d.Tokens[v].Head;
        }
        return false;
    }

    /// <summary>
    /// "it is set to hit more than $12bn", "Yukos was hit with a bill of $27bn", "after hitting the
    /// company with a $27bn bill": hitting an amount or a mark is reaching it, and hitting someone with a thing that is no
    /// weapon (a bill, a fine, a tax) is a charge, not an assault.
    /// </summary>
    private static bool HitsAmountOrWithThing(DocContext ctx, int head, Trigger trigger)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || trigger.Event != "ASSAULT" || d.Tokens[head].Lemma != "hit") return false;
        foreach (var c in ctx.Children(head))
        {
            var t = d.Tokens[c];
            if (t.Deprel == "obj" && (t.Upos is "NUM" or "SYM" || ctx.Children(c).Any(k => d.Tokens[k].Deprel == "nummod")
                || char.IsDigit(t.Form[0]))) return true;
            if (t.Deprel == "obl" && t.Upos == "NOUN" && !ctx.IsActor(c) && !Weapons.Contains(Singular(t.Lemma.ToLowerInvariant()))
                && ctx.Children(c).Any(k => d.Tokens[k].Deprel == "case" && d.Tokens[k].Lemma.ToLowerInvariant() == "with"))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "Wal-Mart has suspended firearms sales in the state", "BA will now suspend the Saudi flights", "the government has
    /// suspended its plan": our lexicon's suspension (CAMEO 160, reduce relations) of a thing with no one it was withheld from
    /// is a decision of one's own, not a sanction. "suspended a candidate", "suspend gas exports to Chile" stay.
    /// </summary>
    private static bool SuspendsOwnThing(DocContext ctx, int head, Trigger trigger, bool passive, int targets)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || trigger.Event != "SANCTION" || trigger.Head != "suspend" || trigger.Lemmas.Length != 1 || targets > 0) return false;
        var suspended = passive ? Deps(ctx, head, "nsubj:pass") : Deps(ctx, head, "obj");
        // "suspended firearms[obj] sales[nsubj]": the parser may cut the compound before its head.
        bool Operation(int k) => k < d.Tokens.Length && d.Tokens[k].Upos == "NOUN" && OwnOperations.Contains(Singular(d.Tokens[k].Lemma.ToLowerInvariant()));
        return suspended.Count > 0 && suspended.All(s => d.Tokens[s].Upos == "NOUN" && !ctx.IsActor(s) && (Operation(s) || Operation(s + 1)));
    }

    /// <summary>What a firm or a government runs itself and may suspend of its own accord ("suspended gun sales", "the flights").</summary>
    private static readonly FrozenWords OwnOperations = new(
        "sale", "flight", "service", "operation", "production", "trading", "payment", "repayment", "dividend", "plan", "programme",
        "program", "scheme", "route", "shipment", "delivery", "work", "construction", "listing", "output", "activity", "broadcast");

    /// <summary>
    /// "British Airways has blamed high fuel prices for a 40% drop in profits", "It blamed a weaker dollar", "The peg is often
    /// blamed by US lawmakers for job losses": blaming a thing, with no one blamed, is an explanation, not an accusation.
    /// "blamed the US for the rise", "blamed Boeing's senior management" keep their target.
    /// </summary>
    private static bool BlamesThing(DocContext ctx, int head, Trigger trigger, bool passive, int targets)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || trigger.Event != "ACCUSE" || trigger.Head != "blame" || targets > 0) return false;
        var blamed = passive ? Deps(ctx, head, "nsubj:pass") : Deps(ctx, head, "obj");
        return blamed.Select(b => Antecedent(ctx, head, b)).Any(b => d.Tokens[b].Upos is "NOUN" or "PROPN" or "NUM" && !ctx.IsActor(b)
            || d.Tokens[b].Upos == "PRON" && d.Tokens[b].Lemma.ToLowerInvariant() is "this" or "that");
    }

    /// <summary>
    /// "without killing off demand", "designed to kill the Disability Bill": killing a thing ends it; our lexicon's killing
    /// (CAMEO 18-19) needs someone killed. "killed seven people", "killed three soldiers" stay.
    /// </summary>
    private static bool KillsThing(DocContext ctx, int head, Trigger trigger, bool passive)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || passive || trigger.Event != "ASSAULT" || trigger.Head != "kill") return false;
        var killed = Deps(ctx, head, "obj");
        return killed.Count > 0 && killed.All(k => d.Tokens[k].Upos == "NOUN" && !ctx.IsActor(k) && (IdeaNouns.Contains(d.Tokens[k].Lemma.ToLowerInvariant())
            || ctx.Children(head).Any(p => d.Tokens[p].Deprel == "compound:prt" && d.Tokens[p].Lemma.ToLowerInvariant() == "off")));
    }

    /// <summary>
    /// "signed a parliamentary motion", "signed over his shareholding", "signing up stars", "sign it off": our lexicon's
    /// signing (CAMEO 057, a formal agreement) needs an agreement signed; "signed a deal with Tanzania", "signed the
    /// constitution", "has signed a letter of intent", "refused to sign up to the Kyoto treaty" stay.
    /// </summary>
    private static bool SignsNoAgreement(DocContext ctx, int head, Trigger trigger, bool passive, bool reduced)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || trigger.Cameo != "057" || trigger.Head != "sign" || trigger.Lemmas.Length != 1) return false;
        if (ctx.Children(head).Any(c => d.Tokens[c].Deprel == "compound:prt" && d.Tokens[c].Lemma.ToLowerInvariant() is "off" or "over")) return true;
        // "responsible for signing off the leave": the parser may read the particle as the preposition of the next noun.
        if (head + 1 < d.Tokens.Length && d.Tokens[head + 1].Lemma.ToLowerInvariant() is "off" or "over" && d.Tokens[head + 1].Deprel == "case"
            && d.Tokens[d.Tokens[head + 1].Head].Head == head) return true;
        var signed = reduced ? [d.Tokens[head].Head] : passive ? Deps(ctx, head, "nsubj:pass") : Deps(ctx, head, "obj");
        // "sign up to the Kyoto treaty": what one signs up to.
        if (signed.Count == 0 && PrepTarget(ctx, head, "to") is { } upTo) signed = [upTo];
        if (signed.Count == 0) return false;
        bool up = ctx.Children(head).Any(c => d.Tokens[c].Deprel == "compound:prt");
        // "signed a $6bn (£3.12bn) deal": the parser may head the phrase on the amount, which says nothing of what was signed.
        return signed.All(s => !NamesAgreement(ctx, s) && char.IsLetter(d.Tokens[s].Form[0])
            && (d.Tokens[s].Upos == "NOUN" && !ctx.IsActor(s) || up && ctx.IsActor(s) && d.Tokens[s].Upos != "PRON"));
    }

    /// <summary>A noun phrase whose words name an agreement ("a production agreement", "the Kyoto treaty", "a letter of intent").</summary>
    private static bool NamesAgreement(DocContext ctx, int noun)
    {
        var d = ctx.Doc;
        if (AgreementNouns.Contains(d.Tokens[noun].Lemma.ToLowerInvariant())) return true;
        return ctx.Children(noun).Any(k => d.Tokens[k].Deprel is "compound" or "nmod" or "flat" && AgreementNouns.Contains(d.Tokens[k].Lemma.ToLowerInvariant()));
    }

    /// <summary>The object of a preposition the verb governs directly ("sign up to the treaty"), or null.</summary>
    private static int? PrepTarget(DocContext ctx, int head, string prep)
    {
        var d = ctx.Doc;
        foreach (var c in ctx.Children(head))
            if (d.Tokens[c].Deprel.StartsWith("obl", StringComparison.Ordinal)
                && ctx.Children(c).Any(k => d.Tokens[k].Deprel == "case" && d.Tokens[k].Lemma.Equals(prep, StringComparison.OrdinalIgnoreCase)))
                return c;
        return null;
    }

    /// <summary>
    /// "The police were alerted and called to the premises" (the parse misses the passive: "alerted" an adjective): one is
    /// called to a place or into something; a phone call (CAMEO 041) is made to someone, the object.
    /// </summary>
    private static bool CalledToPlace(DocContext ctx, int head, Trigger trigger, bool passive)
    {
        var d = ctx.Doc;
        if (trigger.IsNoun || trigger.Event != "CONSULT" || trigger.Head != "call" || trigger.Lemmas.Length != 1) return false;
        if (!passive && Deps(ctx, head, "obj").Count > 0 || AgentOf(ctx, head).Count > 0) return false;
        return (PrepTarget(ctx, head, "to") ?? PrepTarget(ctx, head, "into")) is { } place && d.Tokens[place].Upos == "NOUN" && !ctx.IsActor(place);
    }
}
