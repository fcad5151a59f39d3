using System.Security.Cryptography;
using System.Text;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// SHA-256 over the data file, the spec text and the training code's identity (the module version id of this
/// assembly, which a deterministic build changes exactly when the code changes).
/// </summary>
public static class TrainingFingerprint
{
    public static string Compute(string dataPath, string specText)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var data = File.OpenRead(dataPath))
        {
            hash.AppendData(SHA256.HashData(data));
        }

        hash.AppendData(SHA256.HashData(Encoding.UTF8.GetBytes(specText)));
        hash.AppendData(typeof(TrainingFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
