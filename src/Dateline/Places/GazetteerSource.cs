namespace Dateline.Places;

/// <summary>Where a build's input came from: the npm package (name@version), its declared licence, the file inside it and that file's SHA-256.</summary>
public sealed record GazetteerSource(string Package, string PackageLicence, string File, string Sha256);
