namespace Dateline.Web.Desk;

public sealed class DocumentEventSource(DeskIndex index) : IEventSource
{
    public IReadOnlyList<DeskEvent> All() => index.Current.Events;

    public DeskEvent? Find(string id) => index.Current.EventsById.GetValueOrDefault(id);
}
