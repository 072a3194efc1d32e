namespace K8sTyped.BuildOverhead;

/// <summary>
/// The projects the runner builds: <c>units</c> copies of the MariaDB sample's Service and StatefulSet made in a loop
/// inside one manifests class, or the MariaDB sample itself. Each is written twice, with the K8sTyped package as users
/// reference it (A) and with its analyzers and build targets excluded (B): the same code, compiled without the generator.
/// </summary>
internal static class Consumers
{
    public static void Write(string directory, string feed, string version, bool withGenerator, int? units, string repositoryRoot)
    {
        Directory.CreateDirectory(directory);
        // Nothing above the temporary folder may be imported.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
        // Only the feed the runner packed: a net10.0 consumer of K8sTyped needs no other package.
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{System.Security.SecurityElement.Escape(feed)}" />
              </packageSources>
            </configuration>
            """);
        string exclude = withGenerator ? "" : " ExcludeAssets=\"analyzers;build\"";
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <UseAppHost>false</UseAppHost>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages/</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="K8sTyped" Version="{version}"{exclude} />
              </ItemGroup>
            </Project>
            """);
        if (units is { } count)
        {
            File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine(Units.UnitsApplication.App.Build().Objects.Count);\n");
            File.WriteAllText(Path.Combine(directory, "UnitsApplication.cs"), UnitsSource(count));
        }
        else
        {
            foreach (string source in Directory.EnumerateFiles(Path.Combine(repositoryRoot, "samples", "MariaDb"), "*.cs"))
                File.Copy(source, Path.Combine(directory, Path.GetFileName(source)), overwrite: true);
        }
    }

    private static string UnitsSource(int units) => $$"""
        using K8sTyped;

        namespace Units;

        [KubernetesManifests(FileName = "units.yaml")]
        public static partial class UnitsApplication
        {
            public static Application App { get; } = Build();

            private static Application Build()
            {
                var application = Application.Named("units").InNamespace("units");
                for (var i = 0; i < {{units}}; i++)
                {
                    var labels = Labels.Of("app", $"db-{i}");
                    var service = Service.Headless($"db-{i}")
                        .Labeled(labels)
                        .Selecting(labels)
                        .Port("mysql", 3306, targetPort: "mysql")
                        .PublishNotReadyAddresses();
                    var database = StatefulSet.Named($"db-{i}")
                        .GovernedBy(service)
                        .Replicas(3)
                        .Pods(labels, pod => pod
                            .TerminationGracePeriodSeconds(30)
                            .Container("mariadb", "mariadb:11.4", c => c
                                .Port("mysql", 3306)
                                .Env("MARIADB_ROOT_PASSWORD", Secret.Key("db-secret", "root-password"))
                                .Requests(cpu: "250m", memory: "512Mi")
                                .Limits(memory: "1Gi")
                                .ReadinessProbe(Probe.Exec("healthcheck.sh", "--connect", "--innodb_initialized").InitialDelay(10).Period(5))
                                .Mount("data", "/var/lib/mysql")))
                        .ClaimTemplate("data", AccessMode.ReadWriteOnce, "250Mi");
                    application.Add(service, database);
                }

                return application.ExternalSecret("db-secret");
            }
        }
        """;
}
