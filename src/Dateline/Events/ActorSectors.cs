using System.Collections.Frozen;
using Dateline.Knowledge;

namespace Dateline.Events;

/// <summary>
/// Sector codes (CAMEO-style: GOV, MIL, REB, IGO, COP, OPP, CVL, MED, JUD, NGO) from roles, titles,
/// organisation kinds and the common nouns that name collective actors ("officials", "rebels").
/// Small named vocabularies: the sizeable knowledge is in data/knowledge.
/// </summary>
public static class ActorSectors
{
    /// <summary>Common nouns that stand for an actor without a name ("the army", "officials") and their sector.</summary>
    private static readonly FrozenDictionary<string, string> NounSectors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["government"] = "GOV", ["official"] = "GOV", ["minister"] = "GOV", ["ministry"] = "GOV", ["president"] = "GOV",
        ["prime minister"] = "GOV", ["authority"] = "GOV", ["administration"] = "GOV", ["leader"] = "GOV", ["diplomat"] = "GOV",
        ["envoy"] = "GOV", ["member state"] = "GOV", ["ambassador"] = "GOV", ["cabinet"] = "GOV", ["parliament"] = "LEG", ["lawmaker"] = "LEG",
        ["army"] = "MIL", ["military"] = "MIL", ["troop"] = "MIL", ["force"] = "MIL", ["soldier"] = "MIL", ["commander"] = "MIL",
        ["general"] = "MIL", ["strongman"] = "MIL", ["navy"] = "MIL", ["militia"] = "REB", ["rebel"] = "REB",
        ["insurgent"] = "REB", ["fighter"] = "REB", ["jihadist"] = "REB", ["militant"] = "REB", ["raider"] = "REB",
        // Armed men nobody names: Phoenix's agents code GUNMAN and ASSAILANT as UAF (unidentified armed forces).
        ["gunman"] = "UAF", ["attacker"] = "UAF", ["assailant"] = "UAF",
        // Phoenix's agents code separatists REB; an armed group is one whatever it is called ("armed groups linked to ...").
        ["separatist"] = "REB", ["militiaman"] = "REB", ["armed group"] = "REB",
        ["police"] = "COP", ["policeman"] = "COP", ["protester"] = "CVL", ["demonstrator"] = "CVL", ["civilian"] = "CVL",
        ["resident"] = "CVL", ["citizen"] = "CVL", ["national"] = "CVL", ["opposition"] = "OPP", ["court"] = "JUD", ["judge"] = "JUD", ["prosecutor"] = "JUD",
        ["journalist"] = "MED", ["reporter"] = "MED", ["chancellor"] = "GOV", ["premier"] = "GOV",
        // Who one meets in diplomacy without a name: "met the Italian delegation", "his French counterpart".
        ["delegation"] = "GOV", ["counterpart"] = "GOV", ["negotiator"] = "GOV",
        // A force that is no army: "a government task force" (was MIL), "the police force".
        ["task force"] = "GOV", ["police force"] = "COP",
        // A leader or commander of the opposition or of rebels is theirs, not a government's ("recognised the opposition leader").
        ["opposition leader"] = "OPP", ["rebel leader"] = "REB", ["rebel commander"] = "REB", ["militia leader"] = "REB", ["militia commander"] = "REB",
        // Weapons that stand for the armed force using them, as Phoenix's agents dictionary codes them ("a Turkish drone
        // hit ...", "Russian warplanes bombed ..."); "tank", "helicopter" and "jet" left out (think tanks, rescue helicopters, airliners).
        // "missile" as Phoenix codes its kinds (cruise, Scud, anti-ship missiles MIL); "rocket" and "shell" left out: Phoenix codes
        // neither, and both have other senses (space rockets, Shell, shell companies).
        ["drone"] = "MIL", ["warplane"] = "MIL", ["warship"] = "MIL", ["bomber"] = "MIL", ["gunship"] = "MIL",
        ["artillery"] = "MIL", ["missile"] = "MIL",
        // Trade unions, as Phoenix's agents code them (LAB): "union leaders" were government leaders by "leader" alone.
        ["union"] = "LAB", ["trade union"] = "LAB", ["union leader"] = "LAB", ["union official"] = "LAB", ["union boss"] = "LAB",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The sector of an actor noun lemma ("troops" -> MIL), null when the noun does not name an actor ("claims").</summary>
    public static string? ForNoun(string lemma)
    {
        var key = lemma.ToLowerInvariant();
        // The lemmatiser leaves some plurals whole ("troops"): the singular's sector.
        return NounSectors.GetValueOrDefault(key) ?? (key.Length > 3 && key[^1] == 's' && key[^2] != 's' ? NounSectors.GetValueOrDefault(key[..^1])
            // "Gunmen", "Militiamen" as a proper noun keep their form as lemma.
            : key.EndsWith("men", StringComparison.Ordinal) ? NounSectors.GetValueOrDefault(key[..^3] + "man") : null);
    }

    /// <summary>A noun that stands for an actor: one with a sector, or "chief", whose sector is what it heads ("military chief").</summary>
    public static bool IsActorNoun(string lemma) => ForNoun(lemma) is not null || lemma.Equals("chief", StringComparison.OrdinalIgnoreCase)
        || lemma.Equals("coalition", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Prime Minister" -> GOV, "Field Marshal" -> MIL, via the title's kind in the knowledge base, else by its words.</summary>
    public static string? ForRole(string? role, KnowledgeBase knowledge)
    {
        if (string.IsNullOrEmpty(role)) return null;
        var kind = knowledge.FindTitle(role)?.Kind;
        var byKind = kind switch
        {
            "political" or "diplomatic" or "royal" => "GOV",
            "legislative" => "LEG",
            "military" => "MIL",
            "judicial" => "JUD",
            "religious" => "REL",
            _ => null,
        };
        if (byKind is not null) return byKind;
        var lower = role.ToLowerInvariant();
        if (lower.Contains("minister", StringComparison.Ordinal) || lower.Contains("president", StringComparison.Ordinal)
            || lower.Contains("ambassador", StringComparison.Ordinal) || lower.Contains("chancellor", StringComparison.Ordinal)) return "GOV";
        if (lower.Contains("general", StringComparison.Ordinal) || lower.Contains("marshal", StringComparison.Ordinal)
            || lower.Contains("commander", StringComparison.Ordinal) || lower.Contains("colonel", StringComparison.Ordinal)) return "MIL";
        return null;
    }

    /// <summary>UN, EU, NATO, AU ... -> IGO; armed groups -> REB; NGOs -> NGO.</summary>
    public static string? ForOrganisationKind(string kind) => kind switch
    {
        "igo" or "un-body" or "un-mission" or "alliance" or "bloc" or "court" or "financial" => "IGO",
        "armed-group" => "REB",
        "government" => "GOV",
        "legislature" => "LEG",
        "ngo" => "NGO",
        "party" => "PTY",
        "company" => "BUS",
        "media" => "MED",
        _ => null,
    };
}
