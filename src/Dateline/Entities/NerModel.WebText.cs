namespace Dateline.Entities;

/// <summary>Decoding rules for the layouts of web text (UNER English-EWT's genres: reviews, answers, e-mail).</summary>
public sealed partial class NerModel
{
    /// <summary>US postal codes of the states and DC, written as a place's last word in web text ("San Rafael Ca", "Austin TX").</summary>
    private static readonly HashSet<string> StateCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
        "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
        "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    };

    private static readonly HashSet<string> CommonCodes = new(StringComparer.OrdinalIgnoreCase) { "IN", "OR", "ME", "OK", "HI", "OH", "PA", "MA", "ID", "AL", "CO", "DE", "LA", "MS", "MD", "SC", "DC", "GA", "NE", "MI" };

    /// <summary>Words that make one name with a state name after them ("Northern California", "Lake Michigan", "Fort Washington").</summary>
    private static readonly HashSet<string> StateQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest",
        "Southeast", "Southwest", "Upstate", "Downstate", "Baja", "Lower", "Upper", "Greater", "New", "Rural", "Coastal",
        "Lake", "Mount", "Mt", "Mt.", "Fort", "Ft.", "Port", "Cape", "Camp", "State",
    };

    private static readonly Lazy<HashSet<string>> StateNames = new(() => new(PersonNameList.BuiltIn.States, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// A place name that ends in a US state written without a comma ("Miramar California", "San Rafael Ca", "san francisco
    /// california"; web text) is two places, the town and the state, as "Miramar , California" would be. The state is one of
    /// the 50 names (data/names) or a postal code written in capitals or title case ("CA", "Ca"); the words before it are not
    /// a region word alone ("Northern California", "Baja California") and the name is not a state itself ("West Virginia").
    /// </summary>
    private void CityAndState(IReadOnlyList<string> words, int[] result, int mode)
    {
        var names = Scheme.BioNames;
        if (names.Count < 7 || names[5] != "B-LOC" || names[6] != "I-LOC")
            return;
        for (var end = words.Count; end >= 2; end--)
        {
            var last = end - 1;
            if (result[last] != 6 || (end < words.Count && result[end] == 6))
                continue; // not the last word of a multi-word place
            var start = last;
            while (start > 0 && result[start] == 6)
                start--;
            if (result[start] != 5)
                continue;
            var state = StateLength(words, start, end, mode);
            if (state == 0 || end - state - start < 1)
                continue;
            var town = end - state;
            if ((town - start == 1 && StateQualifiers.Contains(words[start])) || !char.IsLetter(words[town - 1][^1]) || words[town - 1] is "of" or "de")
                continue;
            result[town] = 5;
            end = start + 1;
        }
    }

    /// <summary>How many of the words before <paramref name="end"/> (at most two, after <paramref name="start"/>) name a US state; 0 for none.</summary>
    private static int StateLength(IReadOnlyList<string> words, int start, int end, int mode)
    {
        var names = StateNames.Value;
        if (end - start >= 3 && names.Contains(words[end - 2] + " " + words[end - 1]))
            return 2;
        if (end - start >= 2 && names.Contains(words[end - 1]) && !names.Contains(words[end - 2] + " " + words[end - 1]))
            return 1;
        var code = words[end - 1];
        // A code in an ALL-CAPS line or one that is also a word ("IN", "Or", "Me") says nothing.
        return end - start >= 2 && code.Length == 2 && StateCodes.Contains(code) && char.IsUpper(code[0]) && mode != 2 && !CommonCodes.Contains(code) ? 1 : 0;
    }

    /// <summary>
    /// A quoted "Surname , Given" pair of persons (an e-mail header's display name: "\" Lenhart , Matthew \" &lt;address&gt;")
    /// is one person, the name written surname first; the tagger reads the comma as ending it. Both sides must be persons
    /// of one or two words, the comma between them, and quotation marks right around the pair.
    /// </summary>
    private void SurnameCommaGiven(IReadOnlyList<string> words, int[] result)
    {
        var names = Scheme.BioNames;
        if (names.Count < 3 || names[1] != "B-PER" || names[2] != "I-PER")
            return;
        for (var open = 0; open + 4 < words.Count; open++)
        {
            if (words[open] is not ("\"" or "``" or "“") || result[open + 1] != 1)
                continue;
            var comma = open + 2;
            while (comma < words.Count && result[comma] == 2)
                comma++;
            if (comma - open - 1 > 2 || comma + 2 >= words.Count || words[comma] != "," || result[comma] != 0 || result[comma + 1] != 1)
                continue;
            var close = comma + 2;
            while (close < words.Count && result[close] == 2)
                close++;
            if (close - comma - 1 > 2 || close >= words.Count || words[close] is not ("\"" or "''" or "”"))
                continue;
            for (var k = open + 2; k < close; k++)
                result[k] = 2;
            open = close;
        }
    }
}
