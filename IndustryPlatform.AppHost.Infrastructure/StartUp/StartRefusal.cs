namespace IndustryPlatform.AppHost.Infrastructure.StartUp;

/// <summary>
/// A start the AppHost refuses (<see cref="DistributedApplicationException"/>: a server missing, a port taken, a data
/// folder out of reach) ends with its message alone on the console and exit code 1, not a stack trace.
/// </summary>
internal static class StartRefusal
{
    private const int ExitCode = 1;
    private static int _installed;

    public static void ExplainRefusalsPlainly()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            for (var exception = e.ExceptionObject as Exception; exception is not null; exception = exception.InnerException)
            {
                if (exception is DistributedApplicationException refusal)
                {
                    Console.Error.WriteLine($"\nThe AppHost cannot start: {refusal.Message}\n");
                    Console.Error.Flush();
                    Environment.Exit(ExitCode);
                }
            }
        };
    }
}
