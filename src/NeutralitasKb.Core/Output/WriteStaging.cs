using System.Buffers;
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
            var pages = context.Pages.Where(p => !p.Failed).ToList();
            var files = context.Files.Values.ToList();
            CreateFolders(staging, pages.Select(p => p.OutputPath).Concat(files.Select(f => f.Path)));
            var options = new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism };
            Parallel.ForEach(pages, options, page => WriteText(Path.Combine(staging, page.OutputPath), page.Html));
            Parallel.ForEach(files, options, file => Write(staging, file));
            context.StagingPath = staging;
        }
        catch (Exception ex) when (IoProblem.IsIo(ex))
        {
            OutputFolder.TryDelete(staging);
            context.Diagnostics.Error(DiagnosticCodes.OutputFailed, output, 0, 0,
                $"cannot write the site: {IoProblem.Describe(ex)}", "check free disk space and that you may write next to the output folder; the previous site is unchanged");
        }
    }

    /// <summary>Every folder the files need, each created once (not once per file), parents before children.</summary>
    private static void CreateFolders(string root, IEnumerable<string> relativePaths)
    {
        var folders = relativePaths.Select(Path.GetDirectoryName).OfType<string>().Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        Directory.CreateDirectory(root);
        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }
    }

    /// <summary>Encodes into a pooled buffer and writes it with one call: no per-page byte array, no chunked writes.</summary>
    private static void WriteText(string path, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(handle, buffer.AsSpan(0, length), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Write(string root, OutputFile file)
    {
        var path = Path.Combine(root, file.Path);
        if (file.CopyFrom is not null)
        {
            File.Copy(file.CopyFrom, path, overwrite: true);
        }
        else
        {
            File.WriteAllBytes(path, file.Bytes!);
        }
    }
}
