using System.CommandLine;
using K8sTyped.Rules;

namespace K8sTyped.Tool.Catalogue;

/// <summary><c>k8styped rules</c>: the catalogue, one rule a line (id, default severity, category, title).</summary>
internal static class RulesCommand
{
    public static Command Create(ToolConsole console)
    {
        var command = new Command("rules", "List every rule: id, default severity, category and title.");
        command.SetAction(_ =>
        {
            var severityWidth = Enum.GetNames<Severity>().Max(n => n.Length);
            var categoryWidth = RuleDescriptors.All.Max(d => d.Category.Length);
            foreach (var rule in RuleDescriptors.All)
            {
                var severity = rule.DefaultSeverity.ToString().ToLowerInvariant().PadRight(severityWidth);
                console.Out.WriteLine($"{rule.Id}  {severity}  {rule.Category.PadRight(categoryWidth)}  {rule.Title}");
            }

            console.Out.WriteLine();
            console.Out.WriteLine("'k8styped explain KTnnnn' prints a rule's page.");
            return ExitCodes.Success;
        });
        return command;
    }
}
