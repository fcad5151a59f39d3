namespace Mlops.Simulators.NuGet;

/// <summary>A package the simulated feed holds, under its lower-case id and normalized version as the flat container names them.</summary>
public sealed record PublishedPackage(string LowerId, string LowerVersion, byte[] Bytes);
