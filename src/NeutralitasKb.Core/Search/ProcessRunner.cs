using System.Diagnostics;
using System.Text;

namespace NeutralitasKb.Search;

/// <summary>Runs a program to completion with a time limit, capturing what it prints; on timeout the whole process tree is ended.</summary>
public static class ProcessRunner
{
    public sealed record Outcome(int ExitCode, string Output, bool TimedOut);

    public static Outcome Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (output) output.Append(e.Data).Append('\n');
        }

        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended between the timeout and the kill.
            }

            process.WaitForExit(TimeSpan.FromSeconds(10));
            lock (output) return new Outcome(-1, output.ToString(), TimedOut: true);
        }

        process.WaitForExit(); // flushes the asynchronous output readers
        lock (output) return new Outcome(process.ExitCode, output.ToString(), TimedOut: false);
    }
}
