using Mlops.Build.Integrations.Railway;
using Mlops.Integrations.Tests.Railway.Schema;
using Mlops.Simulators.Railway;

namespace Mlops.Integrations.Tests.Railway;

/// <summary>Every GraphQL document the client sends validates against Railway's published schema (tests/contracts).</summary>
public sealed class RailwaySchemaTests
{
    private static readonly Lazy<SchemaValidator> Validator =
        new(() => new SchemaValidator(IntrospectionSchema.Load(ContractFiles.RailwaySchemaPath())));

    public static TheoryData<string> Operations() => [.. RailwayDocuments.All.Select(operation => operation.RootField)];

    [Theory]
    [MemberData(nameof(Operations))]
    public void Each_document_the_client_can_send_is_valid(string rootField)
    {
        var operation = RailwayDocuments.All.Single(o => o.RootField == rootField);

        Assert.Empty(Validator.Value.Validate(operation.Document));
    }

    [Theory]
    [InlineData(RailwayTokenKind.Project)]
    [InlineData(RailwayTokenKind.Account)]
    public async Task Every_request_sent_during_a_deploy_and_rollback_is_valid_with_its_variables(RailwayTokenKind tokenKind)
    {
        await using var rig = await RailwayRig.StartAsync(tokenKind);
        rig.Simulator.SeedLiveDeployment("1.0.0");
        rig.Simulator.ScriptNextDeployment(RailwayOutcome.Success, "1.0.9");
        await rig.DeployAsync("1.1.0", rig.HealthReports("1.1.0"));

        var sent = rig.Simulator.Requests;

        Assert.Contains(sent, request => request.RootField == "deploymentRollback");
        Assert.All(sent, request => Assert.Empty(Validator.Value.Validate(request.Query, request.VariablesJson)));
    }

    [Theory]
    [InlineData("query Q($id: String!) { deployment(id: $id) { id statuss } }", "Deployment.statuss does not exist.")]
    [InlineData("query Q { deployment { id } }", "Query.deployment requires argument 'id' (String!).")]
    [InlineData("query Q($id: Int!) { deployment(id: $id) { id } }", "Query.deployment(id:) expects String!, but $id is Int!.")]
    [InlineData("query Q($id: String) { deployment(id: $id) { id } }", "Query.deployment(id:) expects String!, but $id is String.")]
    [InlineData("query Q($id: String!) { deployment(id: $id) }", "Query.deployment is a Deployment: select at least one of its fields.")]
    [InlineData("mutation M($id: String!) { deploymentRollback(id: $id) { id } }", "Mutation.deploymentRollback is a Boolean, which has no fields to select.")]
    [InlineData("query Q($id: String!, $x: Int) { deployment(id: $id) { id } }", "$x is declared but never used.")]
    [InlineData("query Q { deployment(id: $id) { id } }", "Query.deployment(id:) uses $id, which is not declared.")]
    public void The_validator_rejects_what_Railway_would_reject(string document, string expected)
    {
        Assert.Contains(expected, Validator.Value.Validate(document, """{"id":"d","x":1}"""));
    }

    [Theory]
    [InlineData("""{"input":{"status":{"in":["SUCCEEDED"]}}}""", "$input.status.in[0]: \"SUCCEEDED\" is not a DeploymentStatus value.")]
    [InlineData("""{"input":{"service":"s"}}""", "$input.service: DeploymentListInput has no such field.")]
    [InlineData("""{"input":{},"first":"ten"}""", "$first: \"ten\" is not a Int.")]
    [InlineData("""{}""", "$input is required (DeploymentListInput!) but has no value.")]
    public void The_validator_rejects_variable_values_that_do_not_fit_their_types(string variables, string expected)
    {
        Assert.Contains(expected, Validator.Value.Validate(RailwayDocuments.Deployments.Document, variables));
    }
}
