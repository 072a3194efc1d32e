using System.CommandLine;

namespace K8sTyped.Tool.Catalogue;

/// <summary><c>k8styped explain KTnnnn</c>: the rule's page from docs/rules, headings highlighted on a terminal.</summary>
internal static class ExplainCommand
{
    public static Command Create(ToolConsole console)
    {
        var id = new Argument<string>("id") { Description = "The rule id, e.g. KT2001." };
        var command = new Command("explain", "Print a rule's documentation: what it checks, why, and a wrong and a right example.") { id };
        command.SetAction(parsed =>
        {
            var requested = parsed.GetValue(id)!;
            var rule = RulePages.Descriptor(requested);
            if (rule is null)
                throw new ToolInputException($"unknown rule '{requested}'; 'k8styped rules' lists them");

            var page = RulePages.Of(rule.Id) ?? $"# {rule.Id}: {rule.Title}\n\nSee {rule.HelpLink}\n";
            foreach (var line in page.Split('\n'))
                console.Out.WriteLine(console.Colours && line.StartsWith('#') ? $"\u001b[1m{line}\u001b[0m" : line);
            console.Out.WriteLine($"Online: {rule.HelpLink}");
            return ExitCodes.Success;
        });
        return command;
    }
}
