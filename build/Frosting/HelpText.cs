namespace Cake.Frosting;

internal static class HelpText
{
    public static string Render(TaskCatalog catalog) => $"""
        Usage: ./build.sh [--target=<task>] [options] [--name=value ...]

        Options:
          --target=<task>       the task to run (default: {HostOptions.DefaultTarget})
          --verbosity=<level>   quiet, minimal, normal, verbose or diagnostic
          --exclusive           run the target alone, without its dependencies
          --dryrun              print the tasks that would run, in order, and run nothing
          --description         list every task with its description
          --tree                print the target's dependency tree
          --help                this text
          --name=value          any argument a task reads (context.Argument("name"))

        Tasks:
        {catalog.DescribeAll()}
        """;
}
