namespace Mlops.Model.Profiles;

public sealed record TargetProfile(string Column, string PositiveClass, long Positives, double PositiveRate);
