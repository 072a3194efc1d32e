using K8sTyped.ManifestWriter;

return ManifestWriterCommand.Run(args, Console.Out, Console.Error);
