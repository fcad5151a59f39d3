namespace Mlops.Model.Profiles;

public sealed record CategoryCount(string Value, long Count);
