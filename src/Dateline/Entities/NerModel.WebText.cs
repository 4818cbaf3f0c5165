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
        // The state the tagger left outside, right after the town ("San Rafael" LOC, "Ca" O): a place of its own.
        for (var i = 1; i < words.Count; i++)
        {
            if (result[i] != 0 || result[i - 1] is not (5 or 6))
                continue;
            var two = i + 1 < words.Count && result[i + 1] == 0 ? StateLength(words, i - 1, i + 2, mode) : 0;
            var state = two == 2 ? 2 : StateLength(words, i - 1, i + 1, mode);
            if (state == 0)
                continue;
            result[i] = 5;
            if (state == 2)
                result[i + 1] = 6;
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

    /// <summary>
    /// Last words that make a capitalised run an organisation: companies and institutions (team-written; on CoNLL-2003
    /// eng.train runs ending in these are ORG, and "Hospital", "Church", "Centre", "Museum", "Hotel" are left out: there
    /// they are places as often as not).
    /// </summary>
    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.Ordinal)
    {
        "Company", "Co", "Co.", "Airlines", "Airways", "Bank", "Bancorp", "University", "College", "School", "Academy", "Institute",
        "Association", "Foundation", "Society", "Insurance", "Motors", "Holdings", "Industries", "Systems", "Partners", "Associates",
        // Public bodies ("Powys Local Health Board", "Wheat Board"; session 16, the EWT-trained tagger stopped before them).
        "Board", "Council", "Commission", "Committee", "Authority", "Agency",
        // Trades a business is named after (web text's reviews: "Tiger Heating", "Allen Tire", "Bloom Legal").
        "Heating", "Plumbing", "Roofing", "Construction", "Realty", "Dentistry", "Dental", "Tire", "Tires", "Towing", "Legal",
        "Cleaning", "Landscaping", "Printing", "Photography", "Catering", "Movers", "Consulting", "Solutions", "Technologies",
        "Automotive", "Electronics", "Communications", "Enterprises", "Builders", "Contractors", "Services",
    };

    private static readonly HashSet<string> CompassPoints = new(StringComparer.Ordinal) { "North", "South", "East", "West", "Left", "Right" };

    /// <summary>
    /// A run of capitalised words ending in a company's or institution's last word ("Charter One Bank", "Franklin High
    /// School", "Enron LNG Marketing Company") whose last word the tagger left outside any name is one organisation,
    /// names inside it included ("Oxford" LOC + "University"). Only in running text (not a headline or an all-caps line:
    /// a lower-case word of three letters or more elsewhere in the sentence), at most four words before the head, not
    /// starting with a function word ("The", "At"), and one of them not a common word ("Excellent Driving School" is a
    /// review's title): the case profile must not read it lower case.
    /// </summary>
    private void InstitutionNames(IReadOnlyList<string> words, int[] result, int mode)
    {
        var names = Scheme.BioNames;
        var org = -1;
        for (var t = 0; t < names.Count; t++)
            if (names[t] == "B-ORG")
                org = t;
        if (org < 0 || mode != 0 || Cases.Count == 0)
            return;
        bool? running = null;
        for (var i = 1; i < words.Count; i++)
        {
            // A compass point before the head makes a place ("the West Bank", "London's South Bank").
            if (!InstitutionHeads.Contains(words[i]) || !NerFeatures.IsCapitalised(words[i - 1]) || CompassPoints.Contains(words[i - 1]))
                continue;
            if (result[i] != 0)
            {
                // A person or MISC name ending in the head is the organisation ("Deutsche Bank" MISC, "Dow Chemical Co" PER).
                if ((i + 1 < words.Count && names[result[i + 1]].StartsWith("I-", StringComparison.Ordinal))
                    || names[result[i]].EndsWith("ORG", StringComparison.Ordinal) || names[result[i]].EndsWith("LOC", StringComparison.Ordinal))
                    continue;
                var first = i;
                while (first > 0 && names[result[first]].StartsWith("I-", StringComparison.Ordinal))
                    first--;
                if (first == i)
                    continue;
                result[first] = org;
                for (var k = first + 1; k <= i; k++)
                    result[k] = org + 1;
                continue;
            }
            var start = i;
            while (start > 0 && i - start < 4 && NerFeatures.IsCapitalised(words[start - 1]))
                start--;
            while (start < i && SentenceOpeners.Contains(words[start]))
                start++;
            if (start == i)
                continue;
            var proper = false;
            for (var k = start; k < i && !proper; k++)
                proper = Cases.Of(words[k].ToLowerInvariant()) != CaseProfile.Lower;
            if (!proper)
                continue;
            running ??= words.Any(w => w.Length >= 3 && IsLowerWord(w));
            if (running == false)
                continue;
            // A name that runs on past the head's own run is left alone ("Bank" inside a longer name is not one).
            if (start > 0 && result[start] != 0 && names[result[start]].StartsWith("I-", StringComparison.Ordinal))
                continue;
            result[start] = org;
            for (var k = start + 1; k <= i; k++)
                result[k] = org + 1;
        }
        // "Standards Board of England", "Council of Europe": an organisation ending in an institution word, then "of" and a
        // place, is one name (CoNLL-2003 tags it whole; the tagger trained on web text stops at "of").
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] != "of" || result[i] != 0 || !InstitutionHeads.Contains(words[i - 1])
                || !names[result[i - 1]].EndsWith("ORG", StringComparison.Ordinal) || names[result[i + 1]] != "B-LOC")
                continue;
            var end = i + 2;
            while (end < words.Count && names[result[end]] == "I-LOC")
                end++;
            for (var k = i; k < end; k++)
                result[k] = org + 1;
        }
    }
}
