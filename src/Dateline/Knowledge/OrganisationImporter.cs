using System.Collections.Immutable;

namespace Dateline.Knowledge;

/// <summary>
/// Reads ../shared/datasets/intl-orgs by path: the CIA Factbook organisations (factbook_orgs.tsv,
/// acronym as id) with their members (factbook_org_membership.csv, full members only), and the
/// SupraVerden list (supraverden_orgs.tsv: English name, abbreviations, other names).
/// </summary>
public static class OrganisationImporter
{
    /// <summary>The files a folder must hold at least one of (the CLI names them when it holds none).</summary>
    public static IReadOnlyList<string> Files { get; } = ["factbook_orgs.tsv", "supraverden_orgs.tsv"];

    public static int ImportFolder(string folder, IKnowledgeStore store)
    {
        var before = store.OrganisationCount;
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var membership = Path.Combine(folder, "factbook_org_membership.csv");
        if (File.Exists(membership))
            using (var reader = File.OpenText(membership))
                foreach (var (org, iso3) in ReadMembership(reader))
                {
                    if (!members.TryGetValue(org, out var list))
                        members[org] = list = [];
                    list.Add(iso3);
                }
        var factbook = Path.Combine(folder, "factbook_orgs.tsv");
        if (File.Exists(factbook))
            using (var reader = File.OpenText(factbook))
                foreach (var org in ReadFactbook(reader, members))
                    store.AddOrganisation(org);
        var supraverden = Path.Combine(folder, "supraverden_orgs.tsv");
        if (File.Exists(supraverden))
            using (var reader = File.OpenText(supraverden))
                foreach (var org in ReadSupraVerden(reader))
                {
                    // The same body in both lists ("EU"): merge into the Factbook entry by acronym.
                    var existing = org.Acronyms.Select(store.FindOrganisation).FirstOrDefault(o => o is not null && o.Acronyms.Intersect(org.Acronyms).Any());
                    store.AddOrganisation(existing is null ? org : org with { Id = existing.Id, Name = existing.Name, Aliases = org.Aliases.Add(org.Name) });
                }
        return store.OrganisationCount - before;
    }

    public static IEnumerable<(string Org, string Iso3)> ReadMembership(TextReader reader)
    {
        foreach (var row in DelimitedText.Read(reader, ','))
            if (row.GetValueOrDefault("org_member") == "member" && row.GetValueOrDefault("ISO_3166_3") is { Length: 3 } iso3)
                yield return (row["org_id"], iso3);
    }

    public static IEnumerable<KnownOrganisation> ReadFactbook(TextReader reader, IReadOnlyDictionary<string, List<string>> members)
    {
        foreach (var row in DelimitedText.Read(reader, '\t'))
        {
            var id = row.GetValueOrDefault("org_id", "");
            var name = row.GetValueOrDefault("org_name", "");
            if (id.Length == 0 || name.Length == 0)
                continue;
            yield return new KnownOrganisation("factbook:" + id, name, [id], [], [.. members.GetValueOrDefault(id) ?? []], "intl-orgs/factbook");
        }
    }

    public static IEnumerable<KnownOrganisation> ReadSupraVerden(TextReader reader)
    {
        foreach (var row in DelimitedText.Read(reader, '\t'))
        {
            var name = row.GetValueOrDefault("name_en", "");
            if (name.Length == 0)
                continue;
            var id = row.GetValueOrDefault("wikidata") is { Length: > 0 } qid ? "wd:" + qid : "sprvd:" + row.GetValueOrDefault("sprvd_id", name);
            ImmutableArray<string> acronyms = [.. Split(row.GetValueOrDefault("abbreviation_en")), .. Split(row.GetValueOrDefault("other_abbreviations_en"))];
            yield return new KnownOrganisation(id, name, acronyms, [.. Split(row.GetValueOrDefault("other_names_en"))], [], "intl-orgs/supraverden");
        }
    }

    private static IEnumerable<string> Split(string? s) =>
        string.IsNullOrWhiteSpace(s) ? [] : s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
