using System.Security.Cryptography;
using System.Text;

namespace Dateline.Ingest;

/// <summary>SHA-256 over the decoded text: the same content re-ingested, from any path, is recognised.</summary>
public static class ContentHash
{
    public static string Of(params string?[] parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(part ?? ""));
            sha.AppendData([0]);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
