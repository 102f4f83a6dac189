using NeutralitasKb.Build;

namespace NeutralitasKb.Site;

public sealed class LoadSettings : IBuildStage
{
    public bool RunsAfterErrors => false;

    public void Run(BuildContext context)
    {
        var settings = SettingsLoader.Load(context.Folders, context.Diagnostics);
        if (settings is not null)
        {
            context.Settings = settings;
        }
    }
}
