using K8sTyped.Tool;

return ToolCommand.Run(args, ToolConsole.System());
