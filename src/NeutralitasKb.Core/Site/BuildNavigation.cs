using NeutralitasKb.Build;

namespace NeutralitasKb.Site;

public sealed class BuildNavigation : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context) => context.Navigation = new SiteNavigation(context.Pages);
}
