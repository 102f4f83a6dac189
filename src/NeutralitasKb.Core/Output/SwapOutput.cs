using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Output;

/// <summary>Replaces the output folder with the staging folder, only when the whole build succeeded.</summary>
public sealed class SwapOutput : IBuildStage
{
    public bool RunsAfterErrors => false;

    public void Run(BuildContext context)
    {
        if (context.StagingPath is null) return;
        try
        {
            OutputFolder.Swap(context.StagingPath, context.Folders.Output);
        }
        catch (Exception ex) when (IoProblem.IsIo(ex))
        {
            OutputFolder.TryDelete(context.StagingPath);
            context.Diagnostics.Error(DiagnosticCodes.OutputFailed, context.Folders.Display(context.Folders.Output), 0, 0,
                $"cannot replace the output folder: {IoProblem.Describe(ex)}", "close programs that use files in it (a file manager, a web server on Windows) and build again");
        }
    }
}
