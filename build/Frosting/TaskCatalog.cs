using System.Reflection;
using System.Text;

namespace Cake.Frosting;

/// <summary>The tasks of a build, checked as a graph before anything runs.</summary>
public sealed class TaskCatalog
{
    private readonly Dictionary<string, TaskDefinition> _byName;

    public TaskCatalog(IEnumerable<Type> taskTypes)
    {
        ArgumentNullException.ThrowIfNull(taskTypes);
        Tasks = [.. taskTypes.Select(TaskDefinition.From).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
        _byName = new Dictionary<string, TaskDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var task in Tasks)
        {
            if (!_byName.TryAdd(task.Name, task))
            {
                throw new FrostingException(
                    $"Two tasks are named '{task.Name}': {_byName[task.Name].Type.FullName} and {task.Type.FullName}.");
            }
        }
    }

    public IReadOnlyList<TaskDefinition> Tasks { get; }

    public static IEnumerable<Type> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IFrostingTask).IsAssignableFrom(t));
    }

    public TaskDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Fails on a dependency that is not a task of this build, and on a cycle.</summary>
    public void Validate()
    {
        foreach (var task in Tasks)
        {
            foreach (var dependency in task.DependsOn.Concat(task.DependeeOf))
            {
                if (!Tasks.Any(t => t.Type == dependency))
                {
                    throw new FrostingException(
                        $"Task '{task.Name}' refers to {dependency.FullName}, which is not a task of this build.");
                }
            }
        }

        var cycle = FindCycle();
        if (cycle is not null)
        {
            throw new FrostingException($"The tasks depend on each other in a cycle: {string.Join(" -> ", cycle)}.");
        }
    }

    /// <summary>What a task waits for: its own dependencies and every task that names it as a dependee.</summary>
    public IReadOnlyList<TaskDefinition> Prerequisites(TaskDefinition task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return [.. task.DependsOn.Select(t => Tasks.First(d => d.Type == t))
            .Concat(Tasks.Where(other => other.DependeeOf.Contains(task.Type)))
            .Distinct()];
    }

    public string DescribeAll()
    {
        var width = Tasks.Max(t => t.Name.Length) + 2;
        var text = new StringBuilder();
        foreach (var task in Tasks)
        {
            text.Append(task.Name.PadRight(width)).AppendLine(task.Description);
        }

        return text.ToString();
    }

    public string Tree(TaskDefinition root)
    {
        var text = new StringBuilder();
        AppendTree(text, root, string.Empty, true, isRoot: true);
        return text.ToString();
    }

    private void AppendTree(StringBuilder text, TaskDefinition task, string indent, bool last, bool isRoot)
    {
        text.Append(indent).Append(isRoot ? string.Empty : last ? "└─ " : "├─ ").AppendLine(task.Name);
        var children = Prerequisites(task);
        var childIndent = isRoot ? string.Empty : indent + (last ? "   " : "│  ");
        for (var i = 0; i < children.Count; i++)
        {
            AppendTree(text, children[i], childIndent, i == children.Count - 1, isRoot: false);
        }
    }

    private List<string>? FindCycle()
    {
        var state = new Dictionary<TaskDefinition, bool>();
        var path = new Stack<TaskDefinition>();
        foreach (var task in Tasks)
        {
            var cycle = Visit(task, state, path);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        return null;
    }

    // state: false while on the current path, true once fully explored.
    private List<string>? Visit(TaskDefinition task, Dictionary<TaskDefinition, bool> state, Stack<TaskDefinition> path)
    {
        if (state.TryGetValue(task, out var done))
        {
            return done ? null : [.. path.Reverse().SkipWhile(t => t != task).Select(t => t.Name).Append(task.Name)];
        }

        state[task] = false;
        path.Push(task);
        foreach (var prerequisite in Prerequisites(task))
        {
            var cycle = Visit(prerequisite, state, path);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        path.Pop();
        state[task] = true;
        return null;
    }
}
