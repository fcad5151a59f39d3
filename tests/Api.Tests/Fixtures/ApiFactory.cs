namespace Mlops.Api.Tests.Fixtures;

/// <summary>The API in memory with the test model and default settings, shared by a test class.</summary>
public sealed class ApiFactory() : ModelApiFactory(TestModel.Directory);
