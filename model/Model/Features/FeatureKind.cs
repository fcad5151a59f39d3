namespace Mlops.Model.Features;

/// <summary>The type of a column as the spec declares it.</summary>
public enum FeatureKind
{
    Numeric,
    Categorical,
    Boolean,
}
