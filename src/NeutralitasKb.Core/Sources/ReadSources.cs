using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Sources;

/// <summary>Collects theme/ then input/: a file in input/ with the same relative path replaces the theme's.</summary>
public sealed class ReadSources : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var folders = context.Folders;
        if (!Directory.Exists(folders.Input))
        {
            return; // reported by LoadSettings, which runs first
        }

        if (!Directory.Exists(folders.Theme))
        {
            context.Diagnostics.Error(DiagnosticCodes.InputFolderMissing, folders.Display(folders.Theme), 0, 0,
                "the theme folder does not exist", "pass '--theme DIR', or run from the project folder that has theme/");
            return;
        }

        var files = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        Collect(folders.Theme, SourceOrigin.Theme, folders, files);
        Collect(folders.Input, SourceOrigin.Input, folders, files);
        context.Sources = files;
    }

    private static void Collect(string root, SourceOrigin origin, SiteFolders folders, Dictionary<string, SourceFile> files)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden };
        foreach (var path in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            files[relative] = new SourceFile(relative, path, origin, folders.Display(path));
        }
    }
}
