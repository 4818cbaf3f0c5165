using System.Collections.Frozen;

namespace Dateline.Export;

/// <summary>
/// A CAMEO actor code broken into GDELT's fields: "LBYMIL" is country LBY, type MIL; "IGOUNO" is type IGO, known
/// group UNO; "ITAGOVMIL" country ITA, types GOV and MIL. The code is read in three-letter parts: a country code
/// (ISO3, as the knowledge base knows them, or the actor's own country), a type from CAMEO's actor types, else the
/// first other part is taken as a known group. Ethnic and religion codes cannot be told apart from groups without
/// CAMEO's dictionaries, so they are left empty, never guessed.
/// </summary>
public sealed record CameoActorCode(string? Country, string? KnownGroup, IReadOnlyList<string> Types)
{
    /// <summary>CAMEO's actor type codes (primary and secondary roles), from the CAMEO codebook.</summary>
    public static readonly FrozenSet<string> TypeCodes = FrozenSet.ToFrozenSet(
    [
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
        "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MNC", "MOD",
        "NGM", "NGO", "RAD", "REF", "REL", "SET", "IGO", "IMG", "UIS",
    ], StringComparer.Ordinal);

    public static CameoActorCode Empty { get; } = new(null, null, []);

    /// <param name="isCountry">Whether a three-letter part is a country code.</param>
    /// <param name="actorCountry">The actor's own ISO3 country, when known: a first part equal to it is its country.</param>
    public static CameoActorCode Parse(string? code, Func<string, bool> isCountry, string? actorCountry = null)
    {
        if (string.IsNullOrEmpty(code) || code.Length % 3 != 0 || !code.All(char.IsAsciiLetterUpper)) return Empty;
        string? country = null, group = null;
        var types = new List<string>();
        for (int i = 0; i < code.Length; i += 3)
        {
            var part = code.Substring(i, 3);
            if (i == 0 && !TypeCodes.Contains(part) && (isCountry(part) || string.Equals(part, actorCountry, StringComparison.Ordinal))) country = part;
            else if (TypeCodes.Contains(part)) types.Add(part);
            else group ??= part;
        }
        return new CameoActorCode(country, group, types);
    }
}
