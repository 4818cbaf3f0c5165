using System.Collections.Immutable;
using Dateline.Entities;
using Dateline.Knowledge;
using Dateline.Model;
using Dateline.Places;

namespace Dateline.Events;

/// <summary>
/// Turns the place words the coder picked ("in Tripoli", the dateline "TRIPOLI, Libya (AP) —") into an
/// <see cref="EventPlace"/> with country (ISO3) and coordinates: a country name stays a country (no point);
/// a city goes through the gazetteer with the article's context (countries it mentions, its dateline, a
/// country written after the name). Capitals used as actors ("Rome said") never come here: the coder reads
/// them as governments (see DocContext).
/// </summary>
internal sealed class EventPlaceLocator
{
    private readonly KnowledgeBase _knowledge;
    private readonly PlaceResolver _resolver;

    public EventPlaceLocator(Gazetteer gazetteer, KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _resolver = new PlaceResolver(gazetteer, iso2 => knowledge.FindCountryByCode(iso2)?.Iso3);
    }

    /// <summary>The article's country context (countries named, their demonyms and capitals: "Libyan", "Beirut") and dateline place, once per document.</summary>
    public DocumentPlaces For(Document doc)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!doc.EntityMentions.IsDefault)
            foreach (var m in doc.EntityMentions)
                if (m.Country is { } iso3 && _knowledge.FindCountryByCode(iso3) is { } c && m.KnowledgeId is { } id
                    && (id.StartsWith("country:", StringComparison.Ordinal) || id.StartsWith("city:", StringComparison.Ordinal) || id.StartsWith("region:", StringComparison.Ordinal)))
                    counts[c.Iso2] = counts.GetValueOrDefault(c.Iso2) + 1;
        var context = new PlaceContext { MentionedCountries = counts.ToImmutableDictionary(StringComparer.Ordinal) };
        var dateline = DatelineReader.Read(doc.Text);
        if (dateline is null) return new DocumentPlaces(context, null);
        var qualifier = dateline.Qualifier is { } q ? _knowledge.FindCountryByName(q) : null;
        var place = Locate(dateline.Name, dateline.Start, dateline.End, null, context with { QualifierCountry = qualifier?.Iso2 },
            "no place in the sentence: the article's dateline" + (qualifier is null ? "" : $" ('{dateline.Qualifier}')"));
        // The dateline's country helps every later place of the article ("TRIPOLI, Lebanon —" then "in Tripoli").
        var datelineIso2 = place.Country is { } iso ? _knowledge.FindCountryByCode(iso)?.Iso2 : null;
        return new DocumentPlaces(context with { DatelineCountry = datelineIso2 }, place);
    }

    /// <summary>A body mention the coder chose as the place: <paramref name="how"/> says why it was chosen.</summary>
    public EventPlace Locate(Document doc, EntityMention mention, DocumentPlaces places, string how)
    {
        var name = mention.Name.Length > 0 ? mention.Name : mention.Text;
        var context = places.Context;
        // "in Misrata, Libya": a country written right after the name.
        if (QualifierAfter(doc.Text, mention.Span.End) is { } qualifier)
            context = context with { QualifierCountry = qualifier.Iso2 };
        if (mention.KnowledgeId?.StartsWith("country:", StringComparison.Ordinal) ?? false)
            return new EventPlace { Text = mention.Text, Start = mention.Span.Start, End = mention.Span.End, Country = mention.Country, Reason = how + $"; the country {name} (no point for a country)" };
        return Locate(name, mention.Span.Start, mention.Span.End, mention.Country, context, how) with { Text = mention.Text };
    }

    private EventPlace Locate(string name, int start, int end, string? knownCountry, PlaceContext context, string how)
    {
        if (_knowledge.FindCountryByName(name) is { } country)
            return new EventPlace { Text = name, Start = start, End = end, Country = country.Iso3, Reason = how + $"; the country {country.Name} (no point for a country)" };
        var found = _resolver.Resolve(name, context);
        if (_knowledge.RegionOverTown(name, found is null ? null : _knowledge.FindCountryByCode(found.Place.CountryCode)?.Iso3) is { } region)
            return new EventPlace
            {
                Text = name, Start = start, End = end, Country = region.Country,
                Reason = how + $"; the {region.Kind} {region.Name} of {region.Country} (built-in regions; no point for a region)"
                    + (found is null ? "" : $"; not the gazetteer's {found.Place.Name}, {found.Place.CountryCode}"),
            };
        if (found is not null)
        {
            var iso3 = _knowledge.FindCountryByCode(found.Place.CountryCode)?.Iso3;
            return new EventPlace
            {
                Text = name, Start = start, End = end, Country = iso3 ?? knownCountry,
                Latitude = found.Place.Latitude, Longitude = found.Place.Longitude,
                Reason = how + "; " + found.Reason + (iso3 is null ? $" (country code {found.Place.CountryCode} is not in the country table)" : ""),
            };
        }
        var fallback = knownCountry ?? (_knowledge.FindCountryByCapital(name) ?? _knowledge.FindCountry(name))?.Iso3;
        return new EventPlace { Text = name, Start = start, End = end, Country = fallback, Reason = how + "; not in the gazetteer" };
    }

    /// <summary>", Libya" right after a place name (within the same sentence): the country it is in.</summary>
    private Country? QualifierAfter(string text, int end)
    {
        int i = end;
        if (i >= text.Length || text[i] != ',') return null;
        i++;
        while (i < text.Length && text[i] == ' ') i++;
        int start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == ' ') && i - start < 40) i++;
        // Longest country name first: ", Saudi Arabia said" -> Saudi Arabia.
        for (int stop = i; stop > start; stop--)
        {
            if (stop < text.Length && char.IsLetter(text[stop]) && stop != i) continue;
            if (_knowledge.FindCountryByName(text[start..stop].TrimEnd()) is { } c) return c;
        }
        return null;
    }
}
