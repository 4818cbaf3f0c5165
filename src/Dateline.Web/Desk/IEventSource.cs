namespace Dateline.Web.Desk;

/// <summary>The events the desk shows; empty until the store's documents carry an event layer.</summary>
public interface IEventSource
{
    IReadOnlyList<DeskEvent> All();

    DeskEvent? Find(string id);
}
