namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>
/// Everything the distribution's rabbitmq-server script needs to run as a plain foreground process in a folder of
/// its own (no systemd, no /var/lib/rabbitmq, no shared epmd): files, then environment variables.
/// </summary>
internal static class RabbitMqNode
{
    public static Dictionary<string, string> Prepare(string folder, string password, int port, int epmdPort)
    {
        var configFile = Path.Combine(folder, "rabbitmq.conf");
        File.WriteAllLines(configFile,
        [
            $"default_user = {LocalRabbitMQResource.UserName}",
            $"default_pass = {password}",
            "loopback_users = none",
        ]);
        var pluginsFile = Path.Combine(folder, "enabled_plugins");
        File.WriteAllText(pluginsFile, "[].");

        return new Dictionary<string, string>
        {
            ["HOME"] = folder, // the Erlang cookie lives here
            ["RABBITMQ_NODENAME"] = "rabbit@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = FreePort.Pick().ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_PID_FILE"] = Path.Combine(folder, "rabbitmq.pid"),
            ["RABBITMQ_CONFIG_FILE"] = configFile,
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = pluginsFile,
            ["RABBITMQ_CONF_ENV_FILE"] = "/dev/null",
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["ERL_EPMD_PORT"] = epmdPort.ToString(),
            // Never start a daemonised epmd of its own: that one would outlive everything.
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-start_epmd false",
        };
    }
}
