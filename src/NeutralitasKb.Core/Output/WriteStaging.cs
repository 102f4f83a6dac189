using System.Text;
using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Output;

/// <summary>Writes the whole site into a fresh staging folder beside the output folder (pages and files in parallel).</summary>
public sealed class WriteStaging : IBuildStage
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public bool RunsAfterErrors => false;

    public void Run(BuildContext context)
    {
        if (context.Options.CheckOnly) return;
        var output = context.Folders.Display(context.Folders.Output);
        if (File.Exists(context.Folders.Output))
        {
            context.Diagnostics.Error(DiagnosticCodes.OutputFailed, output, 0, 0, "the output path is a file, not a folder",
                "rename or delete that file, or pass '--output DIR' with a folder; nothing was written");
            return;
        }

        var staging = OutputFolder.NewStagingPath(context.Folders.Output);
        try
        {
            Directory.CreateDirectory(staging);
            var options = new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism };
            Parallel.ForEach(context.Pages.Where(p => !p.Failed), options, page => Write(staging, page.OutputPath, Utf8.GetBytes(page.Html), null));
            Parallel.ForEach(context.Files.Values, options, file => Write(staging, file.Path, file.Bytes, file.CopyFrom));
            context.StagingPath = staging;
        }
        catch (Exception ex) when (IoProblem.IsIo(ex))
        {
            OutputFolder.TryDelete(staging);
            context.Diagnostics.Error(DiagnosticCodes.OutputFailed, output, 0, 0,
                $"cannot write the site: {IoProblem.Describe(ex)}", "check free disk space and that you may write next to the output folder; the previous site is unchanged");
        }
    }

    private static void Write(string root, string relative, byte[]? bytes, string? copyFrom)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (copyFrom is not null)
        {
            File.Copy(copyFrom, path, overwrite: true);
        }
        else
        {
            File.WriteAllBytes(path, bytes!);
        }
    }
}
