namespace Mlops.Build.Integrations.Railway;

/// <summary>
/// Every GraphQL document the Railway client sends. Values always travel as variables, never spliced into the text,
/// so a commit sha or id cannot change the document; the tests validate each one against Railway's published schema.
/// </summary>
public static class RailwayDocuments
{
    public static readonly RailwayOperation Deploy = new(
        "serviceInstanceDeployV2",
        """
        mutation DeployCommit($serviceId: String!, $environmentId: String!, $commitSha: String) {
          serviceInstanceDeployV2(serviceId: $serviceId, environmentId: $environmentId, commitSha: $commitSha)
        }
        """);

    public static readonly RailwayOperation Deployment = new(
        "deployment",
        """
        query Deployment($id: String!) {
          deployment(id: $id) { id status url staticUrl createdAt canRollback }
        }
        """);

    public static readonly RailwayOperation Deployments = new(
        "deployments",
        """
        query Deployments($input: DeploymentListInput!, $first: Int) {
          deployments(input: $input, first: $first) { edges { node { id status createdAt canRollback } } }
        }
        """);

    public static readonly RailwayOperation Rollback = new(
        "deploymentRollback",
        """
        mutation RollBack($id: String!) {
          deploymentRollback(id: $id)
        }
        """);

    public static readonly RailwayOperation ProjectToken = new(
        "projectToken",
        """
        query ProjectToken {
          projectToken { projectId environmentId }
        }
        """);

    /// <summary>The service instance's variables (rendered): the deploy reads the model version live before it changes it.</summary>
    public static readonly RailwayOperation Variables = new(
        "variables",
        """
        query Variables($projectId: String!, $environmentId: String!, $serviceId: String) {
          variables(projectId: $projectId, environmentId: $environmentId, serviceId: $serviceId)
        }
        """);

    /// <summary>Sets some variables, leaving the others; skipDeploys so Railway does not start a deploy of its own.</summary>
    public static readonly RailwayOperation UpsertVariables = new(
        "variableCollectionUpsert",
        """
        mutation SetVariables($input: VariableCollectionUpsertInput!) {
          variableCollectionUpsert(input: $input)
        }
        """);

    public static IReadOnlyList<RailwayOperation> All { get; } = [Deploy, Deployment, Deployments, Rollback, ProjectToken, Variables, UpsertVariables];
}
