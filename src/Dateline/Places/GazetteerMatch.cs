namespace Dateline.Places;

/// <summary>
/// A place whose name or one of whose alternate names matched a look-up; <see cref="ByMainName"/> when it was the place's
/// own name, <see cref="ByNewsName"/> when it was the English name news uses for it (data/gazetteer/news-names.tsv: "Geneva").
/// </summary>
public sealed record GazetteerMatch(GazetteerPlace Place, bool ByMainName, bool ByNewsName = false);
