namespace NeutralitasKb.Build;

/// <summary>One step of the build. Stages run in the order listed in <see cref="SiteBuilder"/>, each over the whole site.</summary>
public interface IBuildStage
{
    /// <summary>When false, the stage is skipped once an earlier stage reported an error (e.g. writing output).</summary>
    bool RunsAfterErrors { get; }

    void Run(BuildContext context);
}
