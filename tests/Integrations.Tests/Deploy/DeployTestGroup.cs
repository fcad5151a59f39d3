namespace Mlops.Integrations.Tests.Deploy;

/// <summary>Publishing the API takes a while: every deploy test class shares one published copy.</summary>
[CollectionDefinition(Name)]
public sealed class DeployTestGroup : ICollectionFixture<PublishedApi>
{
    public const string Name = "Published API";
}
