using System.Security.Cryptography;

namespace Mlops.Model;

public static class Checksums
{
    /// <summary>SHA-256 of the bytes as lowercase hex, the form the model card stores.</summary>
    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
